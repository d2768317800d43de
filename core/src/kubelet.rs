//! The kubelets: a simulated pod lifecycle per bound pod, driven by timers.
//!
//! Bound → (per container, in order) pull the image if needed (`Pulling`, `Pulled`, or
//! `ErrImagePull` then `ImagePullBackOff` with a doubling back-off) → create and start
//! (`Created`, `Started`) → ready (at once, or when the readiness probe has passed
//! `successThreshold` times). A container whose program exits (see [`images::program`] and
//! the `kubeplay.dev/*` annotations, [`AppBehaviour`]) is `Terminated`; with the restart
//! policy allowing it the kubelet restarts it with its crash back-off (the first crash at
//! once, then 10 s doubling up to 5 min, `CrashLoopBackOff` in between). A failing liveness
//! probe kills the container after `failureThreshold` failures.
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
    /// Readiness probe of container `i` (run `n`: its restart count).
    Probe(usize, u32),
    /// Liveness probe of container `i` (run `n`).
    Liveness(usize, u32),
    /// The program of container `i` (run `n`) exited by itself.
    Exit(usize, u32),
    /// Container `i` (run `n`), killed after failing its liveness probe, is gone.
    Killed(usize, u32),
    /// The kubelet syncs exited container `i`: restart it or back off.
    CrashSync(usize),
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
    /// Per container: crash back-off and probe counters.
    #[serde(default)]
    containers: Vec<ContainerRuntime>,
}

/// The kubelet's bookkeeping for one container.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct ContainerRuntime {
    /// Started at least once (a later start is a restart).
    started_once: bool,
    /// The crash back-off entry (`flowcontrol.Backoff`): duration and last update.
    backoff: Option<(u64, SimTime)>,
    /// Consecutive readiness successes.
    ready_successes: u32,
    /// Consecutive liveness failures.
    live_failures: u32,
}

/// How a container's application behaves, from its image and command
/// ([`images::program`]) and the pod's `kubeplay.dev/*` annotations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppBehaviour {
    /// Until the application answers probes, after the container started.
    pub startup_ms: u64,
    /// The readiness probe never succeeds.
    pub never_ready: bool,
    /// The liveness probe never succeeds.
    pub liveness_fails: bool,
    /// What the process does.
    pub program: images::Program,
}

/// Annotation prefix of the simulated application settings.
pub const ANNOTATION_PREFIX: &str = "kubeplay.dev/";

fn seconds_ms(v: &str) -> Option<u64> {
    let n: f64 = v.trim().trim_end_matches('s').parse().ok()?;
    (n.is_finite() && n >= 0.0).then(|| (n * 1000.0).round() as u64)
}

/// The behaviour of container `c` of `pod`.
pub fn app_behaviour(pod: &Pod, c: &Value) -> AppBehaviour {
    let name = container_name(c);
    let ann = |key: &str| -> Option<&str> {
        let a = &pod.meta.annotations;
        a.get(&format!("{ANNOTATION_PREFIX}{key}.{name}"))
            .or_else(|| a.get(&format!("{ANNOTATION_PREFIX}{key}")))
            .map(String::as_str)
    };
    let flag = |key: &str| ann(key).is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    let strings = |key: &str| -> Vec<String> {
        c.get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|v| v.as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let exit_code = ann("exit-code").and_then(|v| v.trim().parse::<i32>().ok());
    let mut program = images::program(&container_image(c), &strings("command"), &strings("args"));
    if let Some(after_ms) = ann("crash-after").and_then(seconds_ms) {
        program = images::Program::Exits {
            after_ms,
            code: exit_code.unwrap_or(1),
        };
    } else if let (images::Program::Exits { after_ms, .. }, Some(code)) = (program, exit_code) {
        program = images::Program::Exits { after_ms, code };
    }
    AppBehaviour {
        startup_ms: ann("startup-seconds").and_then(seconds_ms).unwrap_or(0),
        never_ready: flag("never-ready"),
        liveness_fails: flag("liveness-fails"),
        program,
    }
}

/// A probe's settings with the API defaults.
struct ProbeSpec<'a> {
    spec: &'a Value,
    initial_delay_ms: u64,
    period_ms: u64,
    success_threshold: u32,
    failure_threshold: u32,
}

impl<'a> ProbeSpec<'a> {
    fn of(c: &'a Value, key: &str) -> Option<ProbeSpec<'a>> {
        let spec = c.get(key).filter(|p| p.as_object().is_some())?;
        let int = |k: &str, d: i64| spec.get(k).and_then(Value::as_i64).unwrap_or(d);
        Some(ProbeSpec {
            spec,
            initial_delay_ms: int("initialDelaySeconds", 0).max(0) as u64 * 1000,
            period_ms: int("periodSeconds", 10).max(1) as u64 * 1000,
            success_threshold: int("successThreshold", 1).max(1) as u32,
            failure_threshold: int("failureThreshold", 3).max(1) as u32,
        })
    }

    /// The output of a failed probe, as kubelet words it. `listening`: the application
    /// accepts connections (and answers 503).
    fn failure(&self, c: &Value, pod_ip: &str, listening: bool) -> String {
        let port_of = |h: &Value| -> String {
            match h.get("port") {
                Some(Value::Int(n)) => n.to_string(),
                Some(p) => {
                    let named = p.as_str().unwrap_or("");
                    c.get("ports")
                        .and_then(Value::as_array)
                        .and_then(|ps| {
                            ps.iter()
                                .find(|q| q.get("name").and_then(Value::as_str) == Some(named))
                        })
                        .and_then(|q| q.get("containerPort"))
                        .and_then(Value::as_i64)
                        .map_or_else(|| named.to_string(), |n| n.to_string())
                }
                None => "0".into(),
            }
        };
        if let Some(h) = self.spec.get("httpGet") {
            let host = h.get("host").and_then(Value::as_str).unwrap_or(pod_ip);
            let port = port_of(h);
            if listening {
                return "HTTP probe failed with statuscode: 503".into();
            }
            let scheme = h
                .get("scheme")
                .and_then(Value::as_str)
                .unwrap_or("HTTP")
                .to_ascii_lowercase();
            let path = h.get("path").and_then(Value::as_str).unwrap_or("/");
            let path = if path.starts_with('/') {
                path.to_string()
            } else {
                format!("/{path}")
            };
            return format!(
                "Get \"{scheme}://{host}:{port}{path}\": dial tcp {host}:{port}: connect: connection refused"
            );
        }
        if let Some(t) = self.spec.get("tcpSocket") {
            let host = t.get("host").and_then(Value::as_str).unwrap_or(pod_ip);
            return format!(
                "dial tcp {host}:{}: connect: connection refused",
                port_of(t)
            );
        }
        if let Some(g) = self.spec.get("grpc") {
            return format!(
                "timeout: failed to connect service \"{pod_ip}:{}\" within 1s: context deadline exceeded",
                port_of(g)
            );
        }
        let cmd: Vec<&str> = self
            .spec
            .get("exec")
            .and_then(|e| e.get("command"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        match cmd.as_slice() {
            ["cat", file, ..] => format!("cat: can't open '{file}': No such file or directory"),
            _ => String::new(),
        }
    }
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
    /// Nodes whose kubelet has stopped (simulated node failure).
    #[serde(default)]
    pub failed: BTreeSet<String>,
    /// Kubelet steps that came due while their node was down: they run on recovery.
    #[serde(default)]
    pub deferred: Vec<(NsName, String, KubeletStep)>,
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
                containers: vec![ContainerRuntime::default(); pod.containers().len()],
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
        self.kubelet_prepare(key, &pod, &rt, rt.next_container);
    }

    /// Pulls container `idx`'s image if needed, then starts it (first start or restart).
    fn kubelet_prepare(&mut self, key: &NsName, pod: &Pod, rt: &PodRuntime, idx: usize) {
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
                    pod,
                    Some(&name),
                    "Warning",
                    "ErrImageNeverPull",
                    format!("Container image \"{image}\" is not present with pull policy of Never"),
                );
                self.kubelet_event(
                    pod,
                    Some(&name),
                    "Warning",
                    "Failed",
                    "Error: ErrImageNeverPull".into(),
                );
            }
            ("Never" | "IfNotPresent", true) => {
                self.kubelet_event(
                    pod,
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
                    pod,
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
        if self.kubelet.failed.contains(&rt.node) {
            // The node is down: nothing happens there until it comes back.
            self.kubelet
                .deferred
                .push((key.clone(), uid.to_string(), step));
            return;
        }
        match step {
            KubeletStep::PullDone(idx) => self.pull_done(key, &pod, &rt, idx),
            KubeletStep::PullFailed(idx) => self.pull_failed(key, &pod, idx),
            KubeletStep::Start(idx) => self.start_container(key, idx),
            KubeletStep::Probe(idx, run) => self.readiness_probe(key, idx, run),
            KubeletStep::Liveness(idx, run) => self.liveness_probe(key, idx, run),
            KubeletStep::Exit(idx, run) => self.container_exited(key, idx, run, None),
            KubeletStep::Killed(idx, run) => self.container_exited(key, idx, run, Some(137)),
            KubeletStep::CrashSync(idx) => self.crash_sync(key, idx),
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
        let Some((mut pod, rt)) = self.pod_and_runtime(key) else {
            return;
        };
        let Some(c) = pod.containers().get(idx).cloned() else {
            return;
        };
        let restart = rt.containers.get(idx).is_some_and(|c| c.started_once);
        let now = self.now;
        let name = container_name(&c);
        let r = ImageRef::parse(&container_image(&c));
        let readiness = ProbeSpec::of(&c, "readinessProbe").map(|p| p.initial_delay_ms);
        let liveness = ProbeSpec::of(&c, "livenessProbe").map(|p| p.initial_delay_ms);
        let app = app_behaviour(&pod, &c);
        let container_id = format!("containerd://{}", self.rng.hex(64));
        let mut run = 0u32;
        if let Some(cs) = pod.status.container_statuses.get_mut(idx) {
            if restart {
                if let st @ ContainerState::Terminated { .. } = &cs.state {
                    cs.last_state = Some(st.clone());
                }
                cs.restart_count += 1;
            }
            run = cs.restart_count.max(0) as u32;
            cs.state = ContainerState::Running { started_at: now };
            cs.image = r.full();
            cs.image_id = r.image_id();
            cs.container_id = Some(container_id);
            cs.started = true;
            cs.ready = readiness.is_none();
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
        let uid = snapshot.meta.uid.clone();
        if let Some(delay) = readiness {
            self.kubelet_timer(key, &uid, delay, KubeletStep::Probe(idx, run));
        }
        if let Some(delay) = liveness.filter(|_| app.liveness_fails || app.startup_ms > 0) {
            self.kubelet_timer(key, &uid, delay, KubeletStep::Liveness(idx, run));
        }
        if let images::Program::Exits { after_ms, .. } = app.program {
            let ms = after_ms.max(self.config.timings.min_run_ms);
            self.kubelet_timer(key, &uid, ms, KubeletStep::Exit(idx, run));
        }
        if let Some(rt) = self.kubelet.pods.get_mut(&snapshot.meta.uid) {
            if let Some(crt) = rt.containers.get_mut(idx) {
                crt.started_once = true;
                crt.ready_successes = 0;
                crt.live_failures = 0;
            }
            if !restart {
                rt.next_container = rt.next_container.max(idx + 1);
            }
        }
        if !restart {
            self.kubelet_work(key);
        }
    }

    /// The pod, its runtime and container `idx`'s spec, if run `run` of that container is
    /// the one running now.
    fn running(&self, key: &NsName, idx: usize, run: u32) -> Option<(Pod, PodRuntime, Value)> {
        let (pod, rt) = self.pod_and_runtime(key)?;
        let cs = pod.status.container_statuses.get(idx)?;
        if cs.restart_count.max(0) as u32 != run
            || !matches!(cs.state, ContainerState::Running { .. })
        {
            return None;
        }
        let c = pod.containers().get(idx)?.clone();
        Some((pod, rt, c))
    }

    fn started_at(pod: &Pod, idx: usize) -> SimTime {
        match pod.status.container_statuses.get(idx).map(|c| &c.state) {
            Some(ContainerState::Running { started_at }) => *started_at,
            _ => SimTime::ZERO,
        }
    }

    fn kubelet_timer(&mut self, key: &NsName, uid: &str, after_ms: u64, step: KubeletStep) {
        let at = self.now.plus(SimDuration::from_millis(after_ms));
        self.add_timer(
            at,
            Timer::Kubelet {
                pod: key.clone(),
                uid: uid.to_string(),
                step,
            },
        );
    }

    /// One readiness probe: a success counts towards `successThreshold` (then the container
    /// is ready and probing stops mattering: nothing changes it until the container exits);
    /// a failure is an `Unhealthy` event and the next probe one period later.
    fn readiness_probe(&mut self, key: &NsName, idx: usize, run: u32) {
        let Some((pod, _, c)) = self.running(key, idx, run) else {
            return;
        };
        let Some(probe) = ProbeSpec::of(&c, "readinessProbe") else {
            return;
        };
        let app = app_behaviour(&pod, &c);
        let up_at = Self::started_at(&pod, idx).plus(SimDuration::from_millis(app.startup_ms));
        let listening = self.now >= up_at;
        let uid = pod.meta.uid.clone();
        if listening && !app.never_ready {
            let n = self
                .kubelet
                .pods
                .get_mut(&uid)
                .and_then(|rt| rt.containers.get_mut(idx))
                .map_or(1, |crt| {
                    crt.ready_successes += 1;
                    crt.ready_successes
                });
            if n >= probe.success_threshold {
                self.container_ready(key, idx);
            } else {
                self.kubelet_timer(key, &uid, probe.period_ms, KubeletStep::Probe(idx, run));
            }
            return;
        }
        if let Some(crt) = self
            .kubelet
            .pods
            .get_mut(&uid)
            .and_then(|rt| rt.containers.get_mut(idx))
        {
            crt.ready_successes = 0;
        }
        let ip = pod.status.pod_ip.clone().unwrap_or_default();
        let out = probe.failure(&c, &ip, listening);
        let name = container_name(&c);
        self.kubelet_event(
            &pod,
            Some(&name),
            "Warning",
            "Unhealthy",
            format!("Readiness probe failed: {out}"),
        );
        self.kubelet_timer(key, &uid, probe.period_ms, KubeletStep::Probe(idx, run));
    }

    /// One liveness probe (only scheduled while it can fail): `failureThreshold` failures
    /// in a row kill the container, which is then restarted like a crashed one.
    fn liveness_probe(&mut self, key: &NsName, idx: usize, run: u32) {
        let Some((pod, _, c)) = self.running(key, idx, run) else {
            return;
        };
        let Some(probe) = ProbeSpec::of(&c, "livenessProbe") else {
            return;
        };
        let app = app_behaviour(&pod, &c);
        let up_at = Self::started_at(&pod, idx).plus(SimDuration::from_millis(app.startup_ms));
        let listening = self.now >= up_at;
        let uid = pod.meta.uid.clone();
        let Some(crt) = self
            .kubelet
            .pods
            .get_mut(&uid)
            .and_then(|rt| rt.containers.get_mut(idx))
        else {
            return;
        };
        if listening && !app.liveness_fails {
            // Passes, and nothing can make it fail any more.
            crt.live_failures = 0;
            return;
        }
        crt.live_failures += 1;
        let failures = crt.live_failures;
        let ip = pod.status.pod_ip.clone().unwrap_or_default();
        let out = probe.failure(&c, &ip, listening);
        let name = container_name(&c);
        self.kubelet_event(
            &pod,
            Some(&name),
            "Warning",
            "Unhealthy",
            format!("Liveness probe failed: {out}"),
        );
        if failures < probe.failure_threshold {
            self.kubelet_timer(key, &uid, probe.period_ms, KubeletStep::Liveness(idx, run));
            return;
        }
        self.kubelet_event(
            &pod,
            Some(&name),
            "Normal",
            "Killing",
            format!("Container {name} failed liveness probe, will be restarted"),
        );
        let grace_ms = pod
            .spec
            .get("terminationGracePeriodSeconds")
            .and_then(Value::as_i64)
            .unwrap_or(30)
            .max(0) as u64
            * 1000;
        let ms = self.jittered(self.config.timings.shutdown_ms).min(grace_ms);
        self.kubelet_timer(key, &uid, ms, KubeletStep::Killed(idx, run));
    }

    /// Run `run` of container `idx` ended: by itself (`killed` None: the program's exit
    /// code) or killed after a failed liveness probe (`Some(code)`).
    fn container_exited(&mut self, key: &NsName, idx: usize, run: u32, killed: Option<i32>) {
        let Some((mut pod, _, c)) = self.running(key, idx, run) else {
            return;
        };
        let app = app_behaviour(&pod, &c);
        let code = match (killed, app.program) {
            (Some(k), _) => k,
            (None, images::Program::Exits { code, .. }) => code,
            (None, images::Program::Serves) => 0,
        };
        let now = self.now;
        let started_at = Self::started_at(&pod, idx);
        if let Some(cs) = pod.status.container_statuses.get_mut(idx) {
            cs.state = ContainerState::Terminated {
                exit_code: code,
                reason: Some(if code == 0 { "Completed" } else { "Error" }.into()),
                message: None,
                started_at: Some(started_at),
                finished_at: Some(now),
                signal: None,
            };
            cs.ready = false;
            cs.started = false;
        }
        let policy = pod
            .spec
            .get("restartPolicy")
            .and_then(Value::as_str)
            .unwrap_or("Always");
        let restarts = match policy {
            "Never" => false,
            "OnFailure" => code != 0,
            _ => true,
        };
        let uid = pod.meta.uid.clone();
        if !restarts {
            let statuses = &pod.status.container_statuses;
            let done = statuses
                .iter()
                .all(|s| matches!(s.state, ContainerState::Terminated { .. }));
            if done {
                let ok = statuses
                    .iter()
                    .all(|s| matches!(s.state, ContainerState::Terminated { exit_code: 0, .. }));
                pod.status.phase = if ok {
                    PodPhase::Succeeded
                } else {
                    PodPhase::Failed
                };
            }
        }
        self.update_ready(&mut pod);
        self.store.put_pod(pod);
        if restarts {
            // Killed: restarted in the same sync; an exit is seen at the next relist.
            let ms = if killed.is_some() {
                0
            } else {
                self.config.timings.kubelet_retry_ms
            };
            self.kubelet_timer(key, &uid, ms, KubeletStep::CrashSync(idx));
        }
    }

    /// The kubelet syncs a pod whose container `idx` exited (`doBackOff`): within the
    /// back-off window since the exit it stays `CrashLoopBackOff` (a `BackOff` event per
    /// sync); past it, the back-off grows (10 s, 20 s, … 5 min; reset when the previous
    /// exit is more than twice the max ago) and the container restarts.
    fn crash_sync(&mut self, key: &NsName, idx: usize) {
        let Some((mut pod, rt)) = self.pod_and_runtime(key) else {
            return;
        };
        let Some(cs) = pod.status.container_statuses.get(idx) else {
            return;
        };
        let exited = match (&cs.state, &cs.last_state) {
            (st @ ContainerState::Terminated { .. }, _) => st.clone(),
            (
                ContainerState::Waiting { reason, .. },
                Some(st @ ContainerState::Terminated { .. }),
            ) if reason == "CrashLoopBackOff" => st.clone(),
            _ => return,
        };
        let ContainerState::Terminated { finished_at, .. } = &exited else {
            return;
        };
        let finished = finished_at.unwrap_or(self.now);
        let t = self.config.timings;
        let Some(crt) = rt.containers.get(idx) else {
            return;
        };
        let expired = |last: SimTime| {
            finished.since(last).as_millis() > t.crash_backoff_max_ms.saturating_mul(2)
        };
        let in_backoff = crt
            .backoff
            .is_some_and(|(d, last)| !expired(last) && self.now.since(finished).as_millis() < d);
        let name = container_name(&pod.containers()[idx]);
        let uid = pod.meta.uid.clone();
        let pod_ref = format!("{}_{}({uid})", pod.meta.name, pod.meta.namespace);
        if in_backoff {
            let d = crt.backoff.map_or(0, |b| b.0);
            if let Some(cs) = pod.status.container_statuses.get_mut(idx) {
                cs.last_state = Some(exited.clone());
                cs.state = ContainerState::Waiting {
                    reason: "CrashLoopBackOff".into(),
                    message: Some(format!(
                        "back-off {} restarting failed container={name} pod={pod_ref}",
                        go_duration_ms(d)
                    )),
                };
            }
            let snapshot = pod.clone();
            self.store.put_pod(pod);
            self.kubelet_event(
                &snapshot,
                Some(&name),
                "Warning",
                "BackOff",
                format!("Back-off restarting failed container {name} in pod {pod_ref}"),
            );
            self.kubelet_timer(key, &uid, t.kubelet_resync_ms, KubeletStep::CrashSync(idx));
            return;
        }
        let next = match crt.backoff {
            Some((d, last)) if !expired(last) => (d.saturating_mul(2)).min(t.crash_backoff_max_ms),
            _ => t.crash_backoff_initial_ms,
        };
        if let Some(crt) = self
            .kubelet
            .pods
            .get_mut(&uid)
            .and_then(|rt| rt.containers.get_mut(idx))
        {
            crt.backoff = Some((next, finished));
        }
        self.kubelet_prepare(key, &pod, &rt, idx);
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
    pub(crate) fn update_ready(&mut self, pod: &mut Pod) {
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
        let node_down = pod
            .node_name
            .as_ref()
            .is_some_and(|n| self.kubelet.failed.contains(n));
        let running: Vec<String> = pod
            .status
            .container_statuses
            .iter()
            .filter(|c| matches!(c.state, ContainerState::Running { .. }))
            .map(|c| c.name.clone())
            .collect();
        for name in running.iter().filter(|_| !node_down) {
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
