//! The kubelets: a simulated pod lifecycle per bound pod, driven by timers.
//!
//! Bound → (per container, in order) pull the image if needed (`Pulling`, `Pulled`, or
//! `ErrImagePull` then `ImagePullBackOff` with a doubling back-off) → create and start
//! (`Created`, `Started`) → ready (at once, or after the readiness probe's initial delay).
//! Deletion → `Killing` → gone after the container's shutdown time (≤ the grace period).

use std::collections::{BTreeMap, BTreeSet};

use crate::cluster::{Cluster, Timer};
use crate::config::Profile;
use crate::events::Source;
use crate::images::{self, ImageRef};
use crate::model::Kind;
use crate::model::pod::{ContainerState, ContainerStatus, Pod, PodPhase};
use crate::store::NsName;
use crate::time::{SimDuration, SimTime, go_duration_ms};
use crate::value::Value;

/// A kubelet step for one pod.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum KubeletStep {
    /// The image of container `i` finished pulling.
    PullDone(usize),
    /// The pull of container `i`'s image failed.
    PullFailed(usize),
    /// Container `i` is created and started.
    Start(usize),
    /// Container `i` passed its readiness probe.
    Ready(usize),
    /// Sync the pod again (back-off handling).
    Resync,
    /// All containers stopped after deletion: the pod goes.
    Terminated,
}

/// Per-pod kubelet bookkeeping.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PodRuntime {
    key: NsName,
    node: String,
    next_container: usize,
    pull_started: SimTime,
    backoff_ms: u64,
    backoff_until: SimTime,
    killing: bool,
    /// cpu (milli) and memory (bytes) requested, counted in the node's usage.
    requests: (i64, i64),
}

/// What all kubelets know: pods per node, images per node, IP counters.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KubeletState {
    pods: BTreeMap<String, PodRuntime>,
    on_node: BTreeMap<String, BTreeSet<NsName>>,
    images: BTreeMap<String, BTreeSet<String>>,
    next_ip: BTreeMap<String, u32>,
    /// cpu (milli), memory (bytes) requested by the pods bound to each node.
    usage: BTreeMap<String, (i64, i64)>,
    /// Pods the scheduler could not place yet.
    pub unschedulable: BTreeSet<NsName>,
}

impl KubeletState {
    /// Non-terminated pods bound to a node.
    pub fn pods_on(&self, node: &str) -> usize {
        self.on_node.get(node).map_or(0, BTreeSet::len)
    }

    /// Keys of the pods bound to a node.
    pub fn pod_keys_on(&self, node: &str) -> impl Iterator<Item = &NsName> {
        self.on_node.get(node).into_iter().flatten()
    }

    /// Drops a pod's bookkeeping.
    pub fn forget(&mut self, uid: &str) {
        if let Some(rt) = self.pods.remove(uid) {
            if let Some(set) = self.on_node.get_mut(&rt.node) {
                set.remove(&rt.key);
            }
            if let Some(u) = self.usage.get_mut(&rt.node) {
                u.0 -= rt.requests.0;
                u.1 -= rt.requests.1;
            }
        }
    }

    /// cpu (milli), memory (bytes) and pod count of the pods bound to a node.
    pub fn usage(&self, node: &str) -> (i64, i64, i64) {
        let (cpu, mem) = self.usage.get(node).copied().unwrap_or((0, 0));
        (cpu, mem, self.pods_on(node) as i64)
    }

    /// Whether a node has an image.
    pub fn has_image(&self, node: &str, image: &str) -> bool {
        self.images
            .get(node)
            .is_some_and(|s| s.contains(&ImageRef::parse(image).full()))
    }
}

const CONDITION_ORDER: [&str; 5] = [
    "PodReadyToStartContainers",
    "Initialized",
    "Ready",
    "ContainersReady",
    "PodScheduled",
];

fn sort_conditions(pod: &mut Pod) {
    pod.status.conditions.sort_by_key(|c| {
        CONDITION_ORDER
            .iter()
            .position(|t| *t == c.type_)
            .unwrap_or(CONDITION_ORDER.len())
    });
}

fn container_name(c: &Value) -> String {
    c.get("name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

fn container_image(c: &Value) -> String {
    c.get("image")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

impl Cluster {
    fn pod_and_runtime(&self, key: &NsName) -> Option<(Pod, PodRuntime)> {
        let pod = self.store.pods.get(key)?.clone();
        let rt = self.kubelet.pods.get(&pod.meta.uid)?.clone();
        Some((pod, rt))
    }

    fn kubelet_event(
        &mut self,
        pod: &Pod,
        container: Option<&str>,
        type_: &str,
        reason: &str,
        message: String,
    ) {
        let source = Source {
            component: "kubelet",
            host: pod.node_name.clone(),
        };
        let field_path = container.map(|c| format!("spec.containers{{{c}}}"));
        let meta = pod.meta.clone();
        self.record_event(Kind::Pod, &meta, field_path, source, type_, reason, message);
    }

    fn jittered(&mut self, ms: u64) -> u64 {
        let spread = self.config.timings.jitter_percent;
        self.rng.jitter(ms, spread)
    }

    /// A pod was bound to its node: the kubelet takes it.
    pub(crate) fn kubelet_admit(&mut self, key: &NsName) {
        let Some(mut pod) = self.store.pods.get(key).cloned() else {
            return;
        };
        let Some(node) = pod.node_name.clone() else {
            return;
        };
        self.kubelet.pods.insert(
            pod.meta.uid.clone(),
            PodRuntime {
                key: key.clone(),
                node: node.clone(),
                next_container: 0,
                pull_started: self.now,
                backoff_ms: 0,
                backoff_until: self.now,
                killing: false,
                requests: crate::scheduler::pod_requests(&pod.spec),
            },
        );
        let (cpu, mem) = crate::scheduler::pod_requests(&pod.spec);
        let u = self.kubelet.usage.entry(node.clone()).or_insert((0, 0));
        u.0 += cpu;
        u.1 += mem;
        self.kubelet
            .on_node
            .entry(node.clone())
            .or_default()
            .insert(key.clone());
        let now = self.now;
        pod.status.host_ip = self
            .store
            .nodes
            .get(&node)
            .and_then(|n| n.internal_ip())
            .map(str::to_string);
        pod.status.start_time = Some(now);
        let names: Vec<String> = pod.containers().iter().map(container_name).collect();
        let unready = format!("containers with unready status: [{}]", names.join(" "));
        pod.status
            .set_condition("PodReadyToStartContainers", "False", now, None, None);
        pod.status
            .set_condition("Initialized", "True", now, None, None);
        pod.status.set_condition(
            "Ready",
            "False",
            now,
            Some("ContainersNotReady"),
            Some(&unready),
        );
        pod.status.set_condition(
            "ContainersReady",
            "False",
            now,
            Some("ContainersNotReady"),
            Some(&unready),
        );
        pod.status.container_statuses = pod
            .containers()
            .iter()
            .map(|c| ContainerStatus {
                name: container_name(c),
                image: container_image(c),
                image_id: String::new(),
                container_id: None,
                ready: false,
                started: false,
                restart_count: 0,
                state: ContainerState::Waiting {
                    reason: "ContainerCreating".into(),
                    message: None,
                },
                last_state: None,
            })
            .collect();
        sort_conditions(&mut pod);
        self.store.put_pod(pod);
        self.kubelet_work(key);
    }

    /// Works on the next container that is not started: pull or start it.
    fn kubelet_work(&mut self, key: &NsName) {
        let Some((pod, rt)) = self.pod_and_runtime(key) else {
            return;
        };
        if rt.killing {
            return;
        }
        let idx = rt.next_container;
        let Some(c) = pod.containers().get(idx).cloned() else {
            return;
        };
        let name = container_name(&c);
        let image = container_image(&c);
        let policy = c
            .get("imagePullPolicy")
            .and_then(Value::as_str)
            .unwrap_or("IfNotPresent")
            .to_string();
        let present = self.kubelet.has_image(&rt.node, &image);
        let uid = pod.meta.uid.clone();
        let t = self.config.timings;
        match (policy.as_str(), present) {
            ("Never", false) => {
                self.set_waiting(
                    key,
                    idx,
                    "ErrImageNeverPull",
                    Some(format!(
                        "Container image \"{image}\" is not present with pull policy of Never"
                    )),
                );
                self.kubelet_event(
                    &pod,
                    Some(&name),
                    "Warning",
                    "ErrImageNeverPull",
                    format!("Container image \"{image}\" is not present with pull policy of Never"),
                );
                self.kubelet_event(
                    &pod,
                    Some(&name),
                    "Warning",
                    "Failed",
                    "Error: ErrImageNeverPull".into(),
                );
            }
            ("Never" | "IfNotPresent", true) => {
                self.kubelet_event(
                    &pod,
                    Some(&name),
                    "Normal",
                    "Pulled",
                    format!("Container image \"{image}\" already present on machine"),
                );
                let at = self.now.plus(SimDuration::from_millis(
                    self.jittered(t.container_start_ms),
                ));
                self.add_timer(
                    at,
                    Timer::Kubelet {
                        pod: key.clone(),
                        uid,
                        step: KubeletStep::Start(idx),
                    },
                );
            }
            _ => {
                self.kubelet_event(
                    &pod,
                    Some(&name),
                    "Normal",
                    "Pulling",
                    format!("Pulling image \"{image}\""),
                );
                if let Some(rt) = self.kubelet.pods.get_mut(&uid) {
                    rt.pull_started = self.now;
                }
                let (ms, step) = match images::lookup(&image) {
                    Ok(size_mb) => {
                        let base = if present {
                            t.pull_cached_ms
                        } else {
                            t.pull_base_ms + t.pull_ms_per_mb * u64::from(size_mb)
                        };
                        (self.jittered(base), KubeletStep::PullDone(idx))
                    }
                    Err(_) => (
                        self.jittered(t.pull_failure_ms),
                        KubeletStep::PullFailed(idx),
                    ),
                };
                let at = self.now.plus(SimDuration::from_millis(ms));
                self.add_timer(
                    at,
                    Timer::Kubelet {
                        pod: key.clone(),
                        uid,
                        step,
                    },
                );
            }
        }
    }

    fn set_waiting(&mut self, key: &NsName, idx: usize, reason: &str, message: Option<String>) {
        let Some(mut pod) = self.store.pods.get(key).cloned() else {
            return;
        };
        if let Some(cs) = pod.status.container_statuses.get_mut(idx) {
            cs.state = ContainerState::Waiting {
                reason: reason.to_string(),
                message,
            };
        }
        self.store.put_pod(pod);
    }

    /// A kubelet timer fired.
    pub(crate) fn kubelet_step(&mut self, key: &NsName, uid: &str, step: KubeletStep) {
        let Some((pod, rt)) = self.pod_and_runtime(key) else {
            return;
        };
        if pod.meta.uid != uid || (rt.killing && step != KubeletStep::Terminated) {
            return;
        }
        match step {
            KubeletStep::PullDone(idx) => self.pull_done(key, &pod, &rt, idx),
            KubeletStep::PullFailed(idx) => self.pull_failed(key, &pod, idx),
            KubeletStep::Start(idx) => self.start_container(key, idx),
            KubeletStep::Ready(idx) => self.container_ready(key, idx),
            KubeletStep::Resync => self.resync(key, &pod, &rt),
            KubeletStep::Terminated => {
                self.store.remove_pod(&key.0, &key.1);
                self.kubelet.forget(uid);
            }
        }
    }

    fn pull_done(&mut self, key: &NsName, pod: &Pod, rt: &PodRuntime, idx: usize) {
        let Some(c) = pod.containers().get(idx) else {
            return;
        };
        let image = container_image(c);
        let name = container_name(c);
        let r = ImageRef::parse(&image);
        self.kubelet
            .images
            .entry(rt.node.clone())
            .or_default()
            .insert(r.full());
        let took = go_duration_ms(self.now.since(rt.pull_started).as_millis());
        let size_mb = u64::from(images::lookup(&image).unwrap_or(1));
        let bytes = size_mb * 1_000_000 + u64::from_str_radix(&r.sha256()[..5], 16).unwrap_or(0);
        let message = match self.config.profile {
            Profile::V1_28 => format!(
                "Successfully pulled image \"{image}\" in {took} ({took} including waiting)"
            ),
            Profile::Current => {
                format!(
                    "Successfully pulled image \"{image}\" in {took} ({took} including waiting). Image size: {bytes} bytes."
                )
            }
        };
        self.kubelet_event(pod, Some(&name), "Normal", "Pulled", message);
        if let Some(rt) = self.kubelet.pods.get_mut(&pod.meta.uid) {
            rt.backoff_ms = 0;
        }
        let ms = self.jittered(self.config.timings.container_start_ms);
        let at = self.now.plus(SimDuration::from_millis(ms));
        self.add_timer(
            at,
            Timer::Kubelet {
                pod: key.clone(),
                uid: pod.meta.uid.clone(),
                step: KubeletStep::Start(idx),
            },
        );
    }

    fn pull_failed(&mut self, key: &NsName, pod: &Pod, idx: usize) {
        let Some(c) = pod.containers().get(idx) else {
            return;
        };
        let image = container_image(c);
        let name = container_name(c);
        let err = images::lookup(&image)
            .err()
            .map(|e| e.message)
            .unwrap_or_default();
        self.set_waiting(key, idx, "ErrImagePull", Some(err.clone()));
        if let Some(mut p) = self.store.pods.get(key).cloned() {
            if p.status.pod_ip.is_none() {
                self.assign_pod_ip(&mut p);
                self.store.put_pod(p);
            }
        }
        self.kubelet_event(
            pod,
            Some(&name),
            "Warning",
            "Failed",
            format!("Failed to pull image \"{image}\": {err}"),
        );
        self.kubelet_event(
            pod,
            Some(&name),
            "Warning",
            "Failed",
            "Error: ErrImagePull".into(),
        );
        let t = self.config.timings;
        let now = self.now;
        if let Some(rt) = self.kubelet.pods.get_mut(&pod.meta.uid) {
            rt.backoff_ms = if rt.backoff_ms == 0 {
                t.image_backoff_initial_ms
            } else {
                (rt.backoff_ms * 2).min(t.image_backoff_max_ms)
            };
            rt.backoff_until = now.plus(SimDuration::from_millis(rt.backoff_ms));
        }
        let at = now.plus(SimDuration::from_millis(t.kubelet_retry_ms));
        self.add_timer(
            at,
            Timer::Kubelet {
                pod: key.clone(),
                uid: pod.meta.uid.clone(),
                step: KubeletStep::Resync,
            },
        );
    }

    fn resync(&mut self, key: &NsName, pod: &Pod, rt: &PodRuntime) {
        let idx = rt.next_container;
        let Some(c) = pod.containers().get(idx) else {
            return;
        };
        if self.now < rt.backoff_until {
            let image = container_image(c);
            let name = container_name(c);
            let msg = format!("Back-off pulling image \"{image}\"");
            self.set_waiting(key, idx, "ImagePullBackOff", Some(msg.clone()));
            self.kubelet_event(pod, Some(&name), "Normal", "BackOff", msg);
            self.kubelet_event(
                pod,
                Some(&name),
                "Warning",
                "Failed",
                "Error: ImagePullBackOff".into(),
            );
            let at = self.now.plus(SimDuration::from_millis(
                self.config.timings.kubelet_resync_ms,
            ));
            self.add_timer(
                at,
                Timer::Kubelet {
                    pod: key.clone(),
                    uid: pod.meta.uid.clone(),
                    step: KubeletStep::Resync,
                },
            );
        } else {
            self.kubelet_work(key);
        }
    }

    fn start_container(&mut self, key: &NsName, idx: usize) {
        let Some(mut pod) = self.store.pods.get(key).cloned() else {
            return;
        };
        let Some(c) = pod.containers().get(idx).cloned() else {
            return;
        };
        let now = self.now;
        let name = container_name(&c);
        let r = ImageRef::parse(&container_image(&c));
        let probe = c
            .get("readinessProbe")
            .filter(|p| p.as_object().is_some())
            .cloned();
        let container_id = format!("containerd://{}", self.rng.hex(64));
        if let Some(cs) = pod.status.container_statuses.get_mut(idx) {
            cs.state = ContainerState::Running { started_at: now };
            cs.image = r.full();
            cs.image_id = r.image_id();
            cs.container_id = Some(container_id);
            cs.started = true;
            cs.ready = probe.is_none();
        }
        self.assign_pod_ip(&mut pod);
        let all_started = pod.status.container_statuses.iter().all(|s| s.started);
        if all_started {
            pod.status.phase = PodPhase::Running;
        }
        self.update_ready(&mut pod);
        let created = match self.config.profile {
            Profile::V1_28 => format!("Created container {name}"),
            Profile::Current => format!("Created container: {name}"),
        };
        let snapshot = pod.clone();
        self.store.put_pod(pod);
        self.kubelet_event(&snapshot, Some(&name), "Normal", "Created", created);
        self.kubelet_event(
            &snapshot,
            Some(&name),
            "Normal",
            "Started",
            format!("Started container {name}"),
        );
        if let Some(p) = probe {
            let delay = p
                .get("initialDelaySeconds")
                .and_then(Value::as_i64)
                .unwrap_or(0)
                .max(0) as u64;
            let at = now.plus(SimDuration::from_secs(delay));
            let uid = snapshot.meta.uid.clone();
            self.add_timer(
                at,
                Timer::Kubelet {
                    pod: key.clone(),
                    uid,
                    step: KubeletStep::Ready(idx),
                },
            );
        }
        if let Some(rt) = self.kubelet.pods.get_mut(&snapshot.meta.uid) {
            rt.next_container = idx + 1;
        }
        self.kubelet_work(key);
    }

    /// The pod sandbox is up: the pod gets its IP and `PodReadyToStartContainers`. Happens
    /// when the first image pull ends (well or badly) or the first container starts, so a
    /// pod still pulling shows no IP while one in ErrImagePull has one, as on a real node.
    fn assign_pod_ip(&mut self, pod: &mut Pod) {
        if pod.status.pod_ip.is_some() {
            return;
        }
        let now = self.now;
        let node = pod.node_name.clone().unwrap_or_default();
        let cidr_base = self
            .store
            .nodes
            .get(&node)
            .and_then(|n| n.pod_cidr())
            .and_then(|c| c.rsplit_once('.').map(|(b, _)| b.to_string()))
            .unwrap_or_else(|| "10.244.0".into());
        let n = self.kubelet.next_ip.entry(node).or_insert(1);
        *n = if *n >= 254 { 2 } else { *n + 1 };
        pod.status.pod_ip = Some(format!("{cidr_base}.{n}"));
        pod.status
            .set_condition("PodReadyToStartContainers", "True", now, None, None);
    }

    fn container_ready(&mut self, key: &NsName, idx: usize) {
        let Some(mut pod) = self.store.pods.get(key).cloned() else {
            return;
        };
        if let Some(cs) = pod.status.container_statuses.get_mut(idx) {
            if matches!(cs.state, ContainerState::Running { .. }) {
                cs.ready = true;
            }
        }
        self.update_ready(&mut pod);
        self.store.put_pod(pod);
    }

    /// Recomputes the Ready/ContainersReady conditions; wakes the owner's availability check.
    fn update_ready(&mut self, pod: &mut Pod) {
        let now = self.now;
        let was_ready = pod.is_ready();
        let unready: Vec<String> = pod
            .status
            .container_statuses
            .iter()
            .filter(|c| !c.ready)
            .map(|c| c.name.clone())
            .collect();
        if unready.is_empty() {
            pod.status.set_condition("Ready", "True", now, None, None);
            pod.status
                .set_condition("ContainersReady", "True", now, None, None);
        } else {
            let msg = format!("containers with unready status: [{}]", unready.join(" "));
            pod.status.set_condition(
                "Ready",
                "False",
                now,
                Some("ContainersNotReady"),
                Some(&msg),
            );
            pod.status.set_condition(
                "ContainersReady",
                "False",
                now,
                Some("ContainersNotReady"),
                Some(&msg),
            );
        }
        sort_conditions(pod);
        if !was_ready && pod.is_ready() {
            // The ReplicaSet controller re-checks availability minReadySeconds + 1s later.
            if let Some(owner) = pod.meta.controller_ref().filter(|r| r.kind == "ReplicaSet") {
                let key = (pod.meta.namespace.clone(), owner.name.clone());
                if let Some(min_ready) = self
                    .store
                    .replicasets
                    .get(&key)
                    .map(|r| r.spec.min_ready_seconds)
                {
                    if min_ready > 0 {
                        let at = now.plus(SimDuration::from_secs(min_ready as u64 + 1));
                        self.add_timer(at, Timer::SyncReplicaSet(key));
                    }
                }
            }
        }
    }

    /// Graceful termination started: stop the containers.
    pub(crate) fn kubelet_kill(&mut self, key: &NsName, grace_seconds: i64) {
        let Some((pod, _)) = self.pod_and_runtime(key) else {
            // Not known to a kubelet (never admitted): it goes at once.
            if let Some(p) = self.store.pods.get(key).cloned() {
                self.store.remove_pod(&key.0, &key.1);
                self.kubelet.forget(&p.meta.uid);
            }
            return;
        };
        if let Some(rt) = self.kubelet.pods.get_mut(&pod.meta.uid) {
            rt.killing = true;
        }
        let running: Vec<String> = pod
            .status
            .container_statuses
            .iter()
            .filter(|c| matches!(c.state, ContainerState::Running { .. }))
            .map(|c| c.name.clone())
            .collect();
        for name in &running {
            self.kubelet_event(
                &pod,
                Some(name),
                "Normal",
                "Killing",
                format!("Stopping container {name}"),
            );
        }
        let grace_ms = (grace_seconds.max(0) as u64).saturating_mul(1000);
        let shutdown = if running.is_empty() {
            300
        } else {
            self.jittered(self.config.timings.shutdown_ms)
        };
        let at = self
            .now
            .plus(SimDuration::from_millis(shutdown.min(grace_ms)));
        self.add_timer(
            at,
            Timer::Kubelet {
                pod: key.clone(),
                uid: pod.meta.uid.clone(),
                step: KubeletStep::Terminated,
            },
        );
    }
}
