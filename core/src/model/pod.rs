//! Pods and pod templates.
//!
//! The pod spec is kept as a [`Value`] (with the API server's defaults filled in), shared
//! between the pods of one ReplicaSet through an `Rc`; what the simulation changes per pod
//! (node, status, the service-account token volume's name) is typed beside it.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::meta::ObjectMeta;
use super::read;
use super::write;
use super::{DecodeError, ToValue};
use crate::time::{Epoch, SimTime};
use crate::value::{Map, Value, obj};

/// The label the Deployment controller adds to tell templates apart.
pub const POD_TEMPLATE_HASH_LABEL: &str = "pod-template-hash";

/// `spec.template` of a Deployment or ReplicaSet.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PodTemplateSpec {
    /// `metadata.labels`
    pub labels: BTreeMap<String, String>,
    /// `metadata.annotations`
    pub annotations: BTreeMap<String, String>,
    /// Other template metadata fields, verbatim.
    pub metadata_extra: Map,
    /// The pod spec, API defaults applied.
    pub spec: Rc<Value>,
}

impl Default for PodTemplateSpec {
    fn default() -> Self {
        PodTemplateSpec {
            labels: BTreeMap::new(),
            annotations: BTreeMap::new(),
            metadata_extra: Map::new(),
            spec: Rc::new(Value::object()),
        }
    }
}

impl PodTemplateSpec {
    /// Reads a template value.
    pub fn from_value(v: Option<&Value>) -> PodTemplateSpec {
        let Some(v) = v else {
            return PodTemplateSpec::default();
        };
        let meta = v.get("metadata").cloned().unwrap_or_else(Value::object);
        let mut extra = meta.as_object().cloned().unwrap_or_default();
        extra.remove("labels");
        extra.remove("annotations");
        extra.remove("creationTimestamp");
        PodTemplateSpec {
            labels: read::string_map(&meta, "labels"),
            annotations: read::string_map(&meta, "annotations"),
            metadata_extra: extra,
            spec: Rc::new(v.get("spec").cloned().unwrap_or_else(Value::object)),
        }
    }

    /// As JSON (`creationTimestamp: null` kept, as the API server returns templates).
    pub fn to_value(&self) -> Value {
        let mut meta = self.metadata_extra.clone();
        if !self.annotations.is_empty() {
            meta.insert("annotations".into(), Value::from(&self.annotations));
        }
        meta.insert("creationTimestamp".into(), Value::Null);
        if !self.labels.is_empty() {
            meta.insert("labels".into(), Value::from(&self.labels));
        }
        let mut m = Map::new();
        m.insert("metadata".into(), Value::Object(meta));
        m.insert("spec".into(), (*self.spec).clone());
        Value::Object(m)
    }

    /// `EqualIgnoreHash`: equal templates once the pod-template-hash label is dropped.
    pub fn equal_ignore_hash(&self, other: &PodTemplateSpec) -> bool {
        let strip = |l: &BTreeMap<String, String>| {
            let mut l = l.clone();
            l.remove(POD_TEMPLATE_HASH_LABEL);
            l
        };
        strip(&self.labels) == strip(&other.labels)
            && self.annotations == other.annotations
            && self.metadata_extra == other.metadata_extra
            && (Rc::ptr_eq(&self.spec, &other.spec) || self.spec == other.spec)
    }

    /// The containers of the spec.
    pub fn containers(&self) -> &[Value] {
        containers_of(&self.spec)
    }
}

/// `spec.containers` of a pod spec value.
pub fn containers_of(spec: &Value) -> &[Value] {
    spec.get("containers")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// `status.phase`
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum PodPhase {
    /// Not all containers started.
    #[default]
    Pending,
    /// Bound and at least one container running.
    Running,
    /// All containers exited 0 and will not restart.
    Succeeded,
    /// All containers exited, at least one failed.
    Failed,
    /// The node stopped reporting.
    Unknown,
}

impl PodPhase {
    /// The phase as the API spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            PodPhase::Pending => "Pending",
            PodPhase::Running => "Running",
            PodPhase::Succeeded => "Succeeded",
            PodPhase::Failed => "Failed",
            PodPhase::Unknown => "Unknown",
        }
    }

    fn parse(s: &str) -> PodPhase {
        match s {
            "Running" => PodPhase::Running,
            "Succeeded" => PodPhase::Succeeded,
            "Failed" => PodPhase::Failed,
            "Unknown" => PodPhase::Unknown,
            _ => PodPhase::Pending,
        }
    }

    /// Succeeded or Failed.
    pub fn is_terminal(self) -> bool {
        matches!(self, PodPhase::Succeeded | PodPhase::Failed)
    }
}

/// A pod condition (`PodScheduled`, `Initialized`, `ContainersReady`, `Ready`, …).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PodCondition {
    /// Type.
    pub type_: String,
    /// `True`, `False`, `Unknown`.
    pub status: String,
    /// When the status last changed (ms precision internally; printed to the second).
    pub last_transition_time: SimTime,
    /// Machine-readable reason.
    pub reason: Option<String>,
    /// Human-readable message.
    pub message: Option<String>,
}

/// The state of a container.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ContainerState {
    /// Not running yet (or backing off).
    Waiting {
        /// `ContainerCreating`, `ErrImagePull`, `ImagePullBackOff`, `CrashLoopBackOff`, …
        reason: String,
        /// Details.
        message: Option<String>,
    },
    /// Running since.
    Running {
        /// Start time.
        started_at: SimTime,
    },
    /// Exited.
    Terminated {
        /// Exit code.
        exit_code: i32,
        /// `Completed`, `Error`, `OOMKilled`, …
        reason: Option<String>,
        /// Details.
        message: Option<String>,
        /// Start time.
        started_at: Option<SimTime>,
        /// End time.
        finished_at: Option<SimTime>,
        /// Signal, if killed by one.
        signal: Option<i32>,
    },
}

impl ContainerState {
    fn to_value(&self, epoch: Epoch) -> Value {
        match self {
            ContainerState::Waiting { reason, message } => obj([(
                "waiting",
                obj([
                    ("message", write::str_opt(message)),
                    ("reason", Value::from(reason.as_str())),
                ]),
            )]),
            ContainerState::Running { started_at } => obj([(
                "running",
                obj([("startedAt", write::time(*started_at, epoch))]),
            )]),
            ContainerState::Terminated {
                exit_code,
                reason,
                message,
                started_at,
                finished_at,
                signal,
            } => obj([(
                "terminated",
                obj([
                    ("containerID", Value::Null),
                    ("exitCode", Value::Int(i64::from(*exit_code))),
                    ("finishedAt", write::time_opt(*finished_at, epoch)),
                    ("message", write::str_opt(message)),
                    ("reason", write::str_opt(reason)),
                    (
                        "signal",
                        signal.map_or(Value::Null, |s| Value::Int(i64::from(s))),
                    ),
                    ("startedAt", write::time_opt(*started_at, epoch)),
                ]),
            )]),
        }
    }

    fn from_value(v: &Value, epoch: Epoch) -> Option<ContainerState> {
        if let Some(w) = v.get("waiting") {
            return Some(ContainerState::Waiting {
                reason: read::str_or_empty(w, "reason"),
                message: read::str_opt(w, "message"),
            });
        }
        if let Some(r) = v.get("running") {
            return Some(ContainerState::Running {
                started_at: read::time_opt(r, "startedAt", epoch).unwrap_or_default(),
            });
        }
        if let Some(t) = v.get("terminated") {
            return Some(ContainerState::Terminated {
                exit_code: read::i32_opt(t, "exitCode").unwrap_or(0),
                reason: read::str_opt(t, "reason"),
                message: read::str_opt(t, "message"),
                started_at: read::time_opt(t, "startedAt", epoch),
                finished_at: read::time_opt(t, "finishedAt", epoch),
                signal: read::i32_opt(t, "signal"),
            });
        }
        None
    }
}

/// `status.containerStatuses[]`
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ContainerStatus {
    /// Container name.
    pub name: String,
    /// Image as written in the spec.
    pub image: String,
    /// Resolved image ID (`docker.io/library/nginx@sha256:…`), once pulled.
    pub image_id: String,
    /// `containerd://…`, once created.
    pub container_id: Option<String>,
    /// Passed its readiness check.
    pub ready: bool,
    /// Started (startup probe passed).
    pub started: bool,
    /// Restarts so far.
    pub restart_count: i32,
    /// Current state.
    pub state: ContainerState,
    /// Previous termination, if any.
    pub last_state: Option<ContainerState>,
}

/// `status` of a pod.
#[derive(Clone, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct PodStatus {
    /// Phase.
    pub phase: PodPhase,
    /// Conditions in the kubelet's order.
    pub conditions: Vec<PodCondition>,
    /// Node IP.
    pub host_ip: Option<String>,
    /// Pod IP.
    pub pod_ip: Option<String>,
    /// When the kubelet accepted the pod.
    pub start_time: Option<SimTime>,
    /// One per container.
    pub container_statuses: Vec<ContainerStatus>,
    /// `BestEffort`, `Burstable`, `Guaranteed`.
    pub qos_class: String,
    /// Pod-level reason (e.g. `Evicted`, `NodeLost`).
    pub reason: Option<String>,
    /// Pod-level message.
    pub message: Option<String>,
}

impl PodStatus {
    /// The condition of a type.
    pub fn condition(&self, type_: &str) -> Option<&PodCondition> {
        self.conditions.iter().find(|c| c.type_ == type_)
    }

    /// Sets a condition; keeps lastTransitionTime when the status is unchanged.
    pub fn set_condition(
        &mut self,
        type_: &str,
        status: &str,
        now: SimTime,
        reason: Option<&str>,
        message: Option<&str>,
    ) {
        let new = PodCondition {
            type_: type_.to_string(),
            status: status.to_string(),
            last_transition_time: now,
            reason: reason.map(str::to_string),
            message: message.map(str::to_string),
        };
        match self.conditions.iter_mut().find(|c| c.type_ == type_) {
            Some(c) => {
                let ltt = if c.status == status {
                    c.last_transition_time
                } else {
                    now
                };
                *c = PodCondition {
                    last_transition_time: ltt,
                    ..new
                };
            }
            None => self.conditions.push(new),
        }
    }
}

/// A pod.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pod {
    /// Metadata.
    pub meta: ObjectMeta,
    /// Spec (defaults applied, without `nodeName`); shared by the pods of one template.
    pub spec: Rc<Value>,
    /// `spec.nodeName`, once bound.
    pub node_name: Option<String>,
    /// Suffix of the `kube-api-access-xxxxx` volume the ServiceAccount admission adds.
    pub api_access_suffix: Option<String>,
    /// Status.
    pub status: PodStatus,
}

impl Pod {
    /// `IsPodReady`: the Ready condition is True.
    pub fn is_ready(&self) -> bool {
        self.status
            .condition("Ready")
            .is_some_and(|c| c.status == "True")
    }

    /// When the pod last became ready, if it is ready.
    pub fn ready_since(&self) -> Option<SimTime> {
        self.status
            .condition("Ready")
            .filter(|c| c.status == "True")
            .map(|c| c.last_transition_time)
    }

    /// `IsPodAvailable`: ready for more than `min_ready_seconds` (strictly) at `now`.
    pub fn is_available(&self, min_ready_seconds: i32, now: SimTime) -> bool {
        match self.ready_since() {
            None => false,
            Some(_) if min_ready_seconds <= 0 => true,
            Some(since) => {
                since.plus(crate::time::SimDuration::from_secs(
                    min_ready_seconds as u64,
                )) < now
            }
        }
    }

    /// Active in the ReplicaSet controller's sense: not terminal, not being deleted.
    pub fn is_active(&self) -> bool {
        !self.status.phase.is_terminal() && self.meta.deletion_timestamp.is_none()
    }

    /// The containers of the spec.
    pub fn containers(&self) -> &[Value] {
        containers_of(&self.spec)
    }

    /// Ready containers / all containers, restarts and the STATUS text of `kubectl get pods`
    /// (`printPod` in kubectl's table printer).
    pub fn printed_status(&self) -> PrintedPodStatus {
        let st = &self.status;
        let mut reason = st.phase.as_str().to_string();
        if let Some(r) = st.reason.as_deref().filter(|r| !r.is_empty()) {
            reason = r.to_string();
        }
        let mut restarts = 0i64;
        let mut ready = 0usize;
        let mut has_running = false;
        let mut last_restart: Option<SimTime> = None;
        for c in st.container_statuses.iter().rev() {
            restarts += i64::from(c.restart_count);
            if let Some(ContainerState::Terminated {
                finished_at: Some(f),
                ..
            }) = &c.last_state
            {
                if last_restart.is_none_or(|l| *f > l) {
                    last_restart = Some(*f);
                }
            }
            match &c.state {
                ContainerState::Waiting { reason: r, .. } if !r.is_empty() => reason = r.clone(),
                ContainerState::Terminated {
                    reason: Some(r), ..
                } if !r.is_empty() => reason = r.clone(),
                ContainerState::Terminated {
                    signal: Some(s), ..
                } if *s != 0 => reason = format!("Signal:{s}"),
                ContainerState::Terminated { exit_code, .. } => {
                    reason = format!("ExitCode:{exit_code}")
                }
                ContainerState::Running { .. } if c.ready => {
                    has_running = true;
                    ready += 1;
                }
                _ => {}
            }
        }
        if reason == "Completed" && has_running {
            reason = if st.condition("Ready").is_some_and(|c| c.status == "True") {
                "Running".into()
            } else {
                "NotReady".into()
            };
        }
        if self.meta.deletion_timestamp.is_some() && st.reason.as_deref() == Some("NodeLost") {
            reason = "Unknown".into();
        } else if self.meta.deletion_timestamp.is_some() && !st.phase.is_terminal() {
            reason = "Terminating".into();
        }
        PrintedPodStatus {
            ready,
            total: self.containers().len(),
            status: reason,
            restarts,
            last_restart,
        }
    }

    /// The pod as the API server returns it.
    pub fn to_value_with(&self, epoch: Epoch) -> Value {
        let mut spec = (*self.spec).clone();
        if let Some(n) = &self.node_name {
            spec.set("nodeName", Value::from(n.as_str()));
        }
        if let Some(suffix) = &self.api_access_suffix {
            add_api_access_volume(&mut spec, suffix);
        }
        let mut status = self.status.to_value(epoch);
        add_status_volume_mounts(&mut status, &spec, &self.status);
        obj([
            ("apiVersion", Value::from("v1")),
            ("kind", Value::from("Pod")),
            ("metadata", self.meta.to_value(epoch)),
            ("spec", spec),
            ("status", status),
        ])
    }

    /// Reads a stored pod (snapshot) back.
    pub fn from_value(v: &Value, epoch: Epoch) -> Result<Pod, DecodeError> {
        let meta = ObjectMeta::from_value(v.get("metadata"), epoch)?;
        let mut spec = v.get("spec").cloned().unwrap_or_else(Value::object);
        let node_name = spec
            .remove("nodeName")
            .and_then(|n| n.as_str().map(str::to_string));
        let api_access_suffix = remove_api_access_volume(&mut spec);
        Ok(Pod {
            meta,
            spec: Rc::new(spec),
            node_name,
            api_access_suffix,
            status: v
                .get("status")
                .map(|s| PodStatus::from_value(s, epoch))
                .unwrap_or_default(),
        })
    }
}

impl ToValue for Pod {
    fn to_value(&self, epoch: Epoch) -> Value {
        self.to_value_with(epoch)
    }
}

/// What `kubectl get pods` shows of a pod.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintedPodStatus {
    /// Ready containers.
    pub ready: usize,
    /// All containers.
    pub total: usize,
    /// STATUS column.
    pub status: String,
    /// Sum of restarts.
    pub restarts: i64,
    /// The latest last-termination time (for `3 (5s ago)`).
    pub last_restart: Option<SimTime>,
}

const API_ACCESS_PREFIX: &str = "kube-api-access-";

/// The kubelet reports the mounts of every created container in its status
/// (`recursiveReadOnly: Disabled` for plain mounts).
fn add_status_volume_mounts(status: &mut Value, spec: &Value, typed: &PodStatus) {
    let Some(Value::Array(statuses)) = status.get_mut("containerStatuses") else {
        return;
    };
    for (cs, t) in statuses.iter_mut().zip(&typed.container_statuses) {
        if matches!(t.state, ContainerState::Waiting { .. }) && t.last_state.is_none() {
            continue;
        }
        let mounts = containers_of(spec)
            .iter()
            .find(|c| c.get("name").and_then(Value::as_str) == Some(t.name.as_str()))
            .and_then(|c| c.get("volumeMounts"))
            .and_then(Value::as_array);
        let Some(mounts) = mounts else { continue };
        let list: Vec<Value> = mounts
            .iter()
            .map(|m| {
                let mut m = m.clone();
                if m.get("readOnly").and_then(Value::as_bool) == Some(true) {
                    m.set("recursiveReadOnly", Value::from("Disabled"));
                }
                m
            })
            .collect();
        cs.set("volumeMounts", Value::Array(list));
    }
}

/// Adds the projected service-account token volume and its mounts, as the ServiceAccount
/// admission plugin does for every pod.
fn add_api_access_volume(spec: &mut Value, suffix: &str) {
    let name = format!("{API_ACCESS_PREFIX}{suffix}");
    let volume = obj([
        ("name", Value::from(name.as_str())),
        (
            "projected",
            obj([
                ("defaultMode", Value::Int(420)),
                (
                    "sources",
                    Value::Array(vec![
                        obj([(
                            "serviceAccountToken",
                            obj([
                                ("expirationSeconds", Value::Int(3607)),
                                ("path", Value::from("token")),
                            ]),
                        )]),
                        obj([(
                            "configMap",
                            obj([
                                (
                                    "items",
                                    Value::Array(vec![obj([
                                        ("key", Value::from("ca.crt")),
                                        ("path", Value::from("ca.crt")),
                                    ])]),
                                ),
                                ("name", Value::from("kube-root-ca.crt")),
                            ]),
                        )]),
                        obj([(
                            "downwardAPI",
                            obj([(
                                "items",
                                Value::Array(vec![obj([
                                    (
                                        "fieldRef",
                                        obj([
                                            ("apiVersion", Value::from("v1")),
                                            ("fieldPath", Value::from("metadata.namespace")),
                                        ]),
                                    ),
                                    ("path", Value::from("namespace")),
                                ])]),
                            )]),
                        )]),
                    ]),
                ),
            ]),
        ),
    ]);
    let mount = obj([
        (
            "mountPath",
            Value::from("/var/run/secrets/kubernetes.io/serviceaccount"),
        ),
        ("name", Value::from(name.as_str())),
        ("readOnly", Value::Bool(true)),
    ]);
    if let Some(Value::Array(cs)) = spec.get_mut("containers") {
        for c in cs.iter_mut() {
            match c.get_mut("volumeMounts") {
                Some(Value::Array(ms)) => ms.push(mount.clone()),
                _ => c.set("volumeMounts", Value::Array(vec![mount.clone()])),
            }
        }
    }
    match spec.get_mut("volumes") {
        Some(Value::Array(vs)) => vs.push(volume),
        _ => spec.set("volumes", Value::Array(vec![volume])),
    }
}

fn remove_api_access_volume(spec: &mut Value) -> Option<String> {
    let vols = spec.get_mut("volumes")?.as_array_mut()?;
    let idx = vols.iter().position(|v| {
        v.get("name")
            .and_then(Value::as_str)
            .is_some_and(|n| n.starts_with(API_ACCESS_PREFIX))
    })?;
    let name = vols.remove(idx).get("name")?.as_str()?.to_string();
    if vols.is_empty() {
        spec.remove("volumes");
    }
    if let Some(Value::Array(cs)) = spec.get_mut("containers") {
        for c in cs.iter_mut() {
            if let Some(Value::Array(ms)) = c.get_mut("volumeMounts") {
                ms.retain(|m| m.get("name").and_then(Value::as_str) != Some(name.as_str()));
                if ms.is_empty() {
                    c.remove("volumeMounts");
                }
            }
        }
    }
    Some(name[API_ACCESS_PREFIX.len()..].to_string())
}

impl PodStatus {
    fn to_value(&self, epoch: Epoch) -> Value {
        let conditions: Vec<Value> = self
            .conditions
            .iter()
            .map(|c| {
                let mut cond = obj([
                    (
                        "lastTransitionTime",
                        write::time(c.last_transition_time, epoch),
                    ),
                    ("message", write::str_opt(&c.message)),
                    ("reason", write::str_opt(&c.reason)),
                    ("status", Value::from(c.status.as_str())),
                    ("type", Value::from(c.type_.as_str())),
                ]);
                // `lastProbeTime: null` is part of what the API server returns.
                cond.set("lastProbeTime", Value::Null);
                cond
            })
            .collect();
        let statuses: Vec<Value> = self
            .container_statuses
            .iter()
            .map(|c| {
                obj([
                    ("containerID", write::str_opt(&c.container_id)),
                    ("image", Value::from(c.image.as_str())),
                    ("imageID", Value::from(c.image_id.as_str())),
                    (
                        "lastState",
                        c.last_state
                            .as_ref()
                            .map_or_else(Value::object, |s| s.to_value(epoch)),
                    ),
                    ("name", Value::from(c.name.as_str())),
                    ("ready", Value::Bool(c.ready)),
                    ("restartCount", Value::Int(i64::from(c.restart_count))),
                    ("started", Value::Bool(c.started)),
                    ("state", c.state.to_value(epoch)),
                ])
            })
            .collect();
        let ips = |ip: &Option<String>| {
            ip.as_ref().map_or(Value::Null, |ip| {
                Value::Array(vec![obj([("ip", Value::from(ip.as_str()))])])
            })
        };
        obj([
            (
                "conditions",
                if conditions.is_empty() {
                    Value::Null
                } else {
                    Value::Array(conditions)
                },
            ),
            (
                "containerStatuses",
                if statuses.is_empty() {
                    Value::Null
                } else {
                    Value::Array(statuses)
                },
            ),
            ("hostIP", write::str_opt(&self.host_ip)),
            ("hostIPs", ips(&self.host_ip)),
            ("message", write::str_opt(&self.message)),
            ("phase", Value::from(self.phase.as_str())),
            ("podIP", write::str_opt(&self.pod_ip)),
            ("podIPs", ips(&self.pod_ip)),
            ("qosClass", write::str_nonempty(&self.qos_class)),
            ("reason", write::str_opt(&self.reason)),
            ("startTime", write::time_opt(self.start_time, epoch)),
        ])
    }

    /// Reads a status value (snapshots, hand-written pods).
    pub fn from_value(v: &Value, epoch: Epoch) -> PodStatus {
        let conditions = v
            .get("conditions")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|c| PodCondition {
                        type_: read::str_or_empty(c, "type"),
                        status: read::str_or_empty(c, "status"),
                        last_transition_time: read::time_opt(c, "lastTransitionTime", epoch)
                            .unwrap_or_default(),
                        reason: read::str_opt(c, "reason"),
                        message: read::str_opt(c, "message"),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let container_statuses = v
            .get("containerStatuses")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|c| ContainerStatus {
                        name: read::str_or_empty(c, "name"),
                        image: read::str_or_empty(c, "image"),
                        image_id: read::str_or_empty(c, "imageID"),
                        container_id: read::str_opt(c, "containerID"),
                        ready: read::bool_opt(c, "ready").unwrap_or(false),
                        started: read::bool_opt(c, "started").unwrap_or(false),
                        restart_count: read::i32_opt(c, "restartCount").unwrap_or(0),
                        state: c
                            .get("state")
                            .and_then(|s| ContainerState::from_value(s, epoch))
                            .unwrap_or(ContainerState::Waiting {
                                reason: String::new(),
                                message: None,
                            }),
                        last_state: c
                            .get("lastState")
                            .and_then(|s| ContainerState::from_value(s, epoch)),
                    })
                    .collect()
            })
            .unwrap_or_default();
        PodStatus {
            phase: PodPhase::parse(&read::str_or_empty(v, "phase")),
            conditions,
            host_ip: read::str_opt(v, "hostIP"),
            pod_ip: read::str_opt(v, "podIP"),
            start_time: read::time_opt(v, "startTime", epoch),
            container_statuses,
            qos_class: read::str_or_empty(v, "qosClass"),
            reason: read::str_opt(v, "reason"),
            message: read::str_opt(v, "message"),
        }
    }
}

/// The QoS class of a pod spec (`GetPodQOS`, simplified to requests/limits of cpu and memory).
pub fn qos_class(spec: &Value) -> &'static str {
    let mut any = false;
    let mut guaranteed = true;
    for c in containers_of(spec) {
        let res = c.get("resources");
        let limits = res.and_then(|r| r.get("limits")).and_then(Value::as_object);
        let requests = res
            .and_then(|r| r.get("requests"))
            .and_then(Value::as_object);
        for name in ["cpu", "memory"] {
            let l = limits.and_then(|m| m.get(name));
            let r = requests.and_then(|m| m.get(name));
            if l.is_some() || r.is_some() {
                any = true;
            }
            match (l, r) {
                (Some(l), Some(r)) if l == r => {}
                (Some(_), None) => {}
                _ => guaranteed = false,
            }
        }
    }
    if !any {
        "BestEffort"
    } else if guaranteed {
        "Guaranteed"
    } else {
        "Burstable"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod_with(statuses: Vec<ContainerStatus>, deleting: bool) -> Pod {
        let spec = obj([(
            "containers",
            Value::Array(
                statuses
                    .iter()
                    .map(|s| obj([("name", Value::from(s.name.as_str()))]))
                    .collect(),
            ),
        )]);
        Pod {
            meta: ObjectMeta {
                deletion_timestamp: deleting.then_some(SimTime(1000)),
                ..ObjectMeta::default()
            },
            spec: Rc::new(spec),
            node_name: None,
            api_access_suffix: None,
            status: PodStatus {
                phase: PodPhase::Running,
                container_statuses: statuses,
                ..PodStatus::default()
            },
        }
    }

    fn cs(name: &str, state: ContainerState, ready: bool) -> ContainerStatus {
        ContainerStatus {
            name: name.into(),
            image: "nginx".into(),
            image_id: String::new(),
            container_id: None,
            ready,
            started: ready,
            restart_count: 0,
            state,
            last_state: None,
        }
    }

    #[test]
    fn printed_status_follows_kubectl() {
        let waiting = |r: &str| ContainerState::Waiting {
            reason: r.into(),
            message: None,
        };
        struct Case {
            name: &'static str,
            pod: Pod,
            want: (&'static str, usize, usize),
        }
        let cases = [
            Case {
                name: "running ready",
                pod: pod_with(
                    vec![cs(
                        "a",
                        ContainerState::Running {
                            started_at: SimTime(0),
                        },
                        true,
                    )],
                    false,
                ),
                want: ("Running", 1, 1),
            },
            Case {
                name: "creating",
                pod: pod_with(vec![cs("a", waiting("ContainerCreating"), false)], false),
                want: ("ContainerCreating", 0, 1),
            },
            Case {
                name: "first container with a reason wins",
                pod: pod_with(
                    vec![
                        cs("a", waiting("ErrImagePull"), false),
                        cs("b", waiting("ContainerCreating"), false),
                    ],
                    false,
                ),
                want: ("ErrImagePull", 0, 2),
            },
            Case {
                name: "terminating",
                pod: pod_with(
                    vec![cs(
                        "a",
                        ContainerState::Running {
                            started_at: SimTime(0),
                        },
                        true,
                    )],
                    true,
                ),
                want: ("Terminating", 1, 1),
            },
            Case {
                name: "exit code without reason",
                pod: pod_with(
                    vec![cs(
                        "a",
                        ContainerState::Terminated {
                            exit_code: 3,
                            reason: None,
                            message: None,
                            started_at: None,
                            finished_at: None,
                            signal: None,
                        },
                        false,
                    )],
                    false,
                ),
                want: ("ExitCode:3", 0, 1),
            },
        ];
        for c in &cases {
            let p = c.pod.printed_status();
            assert_eq!((p.status.as_str(), p.ready, p.total), c.want, "{}", c.name);
        }
    }

    #[test]
    fn api_access_volume_round_trips() {
        let mut pod = pod_with(
            vec![cs(
                "a",
                ContainerState::Running {
                    started_at: SimTime(0),
                },
                true,
            )],
            false,
        );
        pod.api_access_suffix = Some("abcde".into());
        pod.node_name = Some("node-1".into());
        let v = pod.to_value(Epoch::default());
        assert_eq!(
            v.pointer("spec.volumes")
                .and_then(|v| v.as_array())
                .map(|a| a.len()),
            Some(1)
        );
        let back = Pod::from_value(&v, Epoch::default()).unwrap();
        assert_eq!(back.api_access_suffix.as_deref(), Some("abcde"));
        assert_eq!(back.node_name.as_deref(), Some("node-1"));
        assert_eq!(back.spec, pod.spec);
    }

    #[test]
    fn qos() {
        let c = |res: Value| obj([("containers", Value::Array(vec![obj([("resources", res)])]))]);
        assert_eq!(qos_class(&c(Value::object())), "BestEffort");
        let lim = obj([(
            "limits",
            obj([("cpu", Value::from("1")), ("memory", Value::from("1Gi"))]),
        )]);
        assert_eq!(qos_class(&c(lim)), "Guaranteed");
        let req = obj([("requests", obj([("cpu", Value::from("1"))]))]);
        assert_eq!(qos_class(&c(req)), "Burstable");
    }
}
