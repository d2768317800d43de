//! Typed API objects: the fields the simulation reads and writes are typed; everything
//! else the user wrote (volumes, affinity, securityContext, …) is kept verbatim as
//! [`Value`]s so `get -o yaml` round-trips it.

pub mod deployment;
pub mod event;
pub mod hpa;
pub mod intstr;
pub mod meta;
pub mod node;
pub mod pod;
pub mod replicaset;
pub mod selector;
pub mod service;

use std::collections::BTreeMap;
use std::fmt;

use crate::time::{Epoch, SimTime};
use crate::value::Value;

pub use deployment::Deployment;
pub use event::Event;
pub use hpa::HorizontalPodAutoscaler;
pub use meta::{ObjectMeta, OwnerReference};
pub use node::Node;
pub use pod::Pod;
pub use replicaset::ReplicaSet;
pub use selector::LabelSelector;
pub use service::Service;

/// The kinds of object the cluster stores.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Kind {
    /// apps/v1 Deployment
    Deployment,
    /// apps/v1 ReplicaSet
    ReplicaSet,
    /// v1 Pod
    Pod,
    /// v1 Node
    Node,
    /// v1 Event
    Event,
    /// autoscaling/v2 HorizontalPodAutoscaler
    HorizontalPodAutoscaler,
    /// v1 Service
    Service,
}

impl Kind {
    /// The `kind` field value.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Deployment => "Deployment",
            Kind::ReplicaSet => "ReplicaSet",
            Kind::Pod => "Pod",
            Kind::Node => "Node",
            Kind::Event => "Event",
            Kind::HorizontalPodAutoscaler => "HorizontalPodAutoscaler",
            Kind::Service => "Service",
        }
    }

    /// The `apiVersion` field value.
    pub fn api_version(self) -> &'static str {
        match self {
            Kind::Deployment | Kind::ReplicaSet => "apps/v1",
            Kind::Pod | Kind::Node | Kind::Event | Kind::Service => "v1",
            Kind::HorizontalPodAutoscaler => "autoscaling/v2",
        }
    }

    /// Plural resource name (`deployments`).
    pub fn resource(self) -> &'static str {
        match self {
            Kind::Deployment => "deployments",
            Kind::ReplicaSet => "replicasets",
            Kind::Pod => "pods",
            Kind::Node => "nodes",
            Kind::Event => "events",
            Kind::HorizontalPodAutoscaler => "horizontalpodautoscalers",
            Kind::Service => "services",
        }
    }

    /// API group (`apps`, or empty for the core group).
    pub fn group(self) -> &'static str {
        match self {
            Kind::Deployment | Kind::ReplicaSet => "apps",
            Kind::HorizontalPodAutoscaler => "autoscaling",
            _ => "",
        }
    }

    /// `deployments.apps` / `pods`: how the API server names the resource in errors.
    pub fn qualified_resource(self) -> String {
        if self.group().is_empty() {
            self.resource().to_string()
        } else {
            format!("{}.{}", self.resource(), self.group())
        }
    }

    /// `deployment.apps` / `pod`: how kubectl's name printer names the kind.
    pub fn qualified_singular(self) -> String {
        let singular = self.name().to_ascii_lowercase();
        if self.group().is_empty() {
            singular
        } else {
            format!("{singular}.{}", self.group())
        }
    }

    /// Whether objects of this kind live in a namespace.
    pub fn namespaced(self) -> bool {
        !matches!(self, Kind::Node)
    }

    /// The kind for an `apiVersion`/`kind` pair of a manifest.
    pub fn from_manifest(api_version: &str, kind: &str) -> Option<Kind> {
        match (api_version, kind) {
            ("apps/v1", "Deployment") => Some(Kind::Deployment),
            ("apps/v1", "ReplicaSet") => Some(Kind::ReplicaSet),
            ("v1", "Pod") => Some(Kind::Pod),
            ("v1", "Node") => Some(Kind::Node),
            ("v1", "Service") => Some(Kind::Service),
            ("autoscaling/v2" | "autoscaling/v1", "HorizontalPodAutoscaler") => {
                Some(Kind::HorizontalPodAutoscaler)
            }
            _ => None,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Identifies a stored object.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct ObjectKey {
    /// Kind.
    pub kind: Kind,
    /// Namespace (empty for cluster-scoped kinds).
    pub namespace: String,
    /// Name.
    pub name: String,
}

impl ObjectKey {
    /// A key.
    pub fn new(kind: Kind, namespace: &str, name: &str) -> Self {
        ObjectKey {
            kind,
            namespace: namespace.to_string(),
            name: name.to_string(),
        }
    }
}

impl fmt::Display for ObjectKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.kind, self.name)
    }
}

/// Renders a value as the API server returns it.
pub trait ToValue {
    /// The object (or part) as JSON.
    fn to_value(&self, epoch: Epoch) -> Value;
}

/// A decoding problem in a stored or restored object (not a user diagnostic: manifests
/// are schema-checked before they are decoded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// Field path.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Reading typed fields out of a [`Value`] object.
pub(crate) mod read {
    use super::*;

    /// A string field (absent or null → None).
    pub fn str_opt(v: &Value, key: &str) -> Option<String> {
        v.get(key).and_then(Value::as_str).map(str::to_string)
    }

    /// A string field or "".
    pub fn str_or_empty(v: &Value, key: &str) -> String {
        str_opt(v, key).unwrap_or_default()
    }

    /// An integer field (floats with no fraction count).
    pub fn int_opt(v: &Value, key: &str) -> Option<i64> {
        match v.get(key) {
            Some(Value::Int(i)) => Some(*i),
            Some(Value::Float(f)) if f.fract() == 0.0 && f.is_finite() => Some(*f as i64),
            _ => None,
        }
    }

    /// An int32 field, clamped.
    pub fn i32_opt(v: &Value, key: &str) -> Option<i32> {
        int_opt(v, key).map(|i| i.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32)
    }

    /// A bool field.
    pub fn bool_opt(v: &Value, key: &str) -> Option<bool> {
        v.get(key).and_then(Value::as_bool)
    }

    /// A `map[string]string` field.
    pub fn string_map(v: &Value, key: &str) -> BTreeMap<String, String> {
        v.get(key)
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A `[]string` field.
    pub fn string_list(v: &Value, key: &str) -> Vec<String> {
        v.get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A time field (RFC 3339) as virtual time; times before the epoch clamp to 0.
    pub fn time_opt(v: &Value, key: &str, epoch: Epoch) -> Option<SimTime> {
        let s = v.get(key)?.as_str()?;
        epoch.parse_rfc3339(s).or_else(|| {
            // Before the epoch (e.g. a hand-written timestamp): clamp to the start.
            crate::time::Epoch {
                unix_ms: i64::MIN / 2,
            }
            .parse_rfc3339(s)
            .map(|_| SimTime::ZERO)
        })
    }
}

/// Writing helpers for [`ToValue`] implementations.
pub(crate) mod write {
    use super::*;

    /// A string map as an object, or null when empty (omitempty).
    pub fn string_map(m: &BTreeMap<String, String>) -> Value {
        if m.is_empty() {
            Value::Null
        } else {
            Value::from(m)
        }
    }

    /// A non-empty string or null (omitempty).
    pub fn str_nonempty(s: &str) -> Value {
        if s.is_empty() {
            Value::Null
        } else {
            Value::String(s.to_string())
        }
    }

    /// An optional string.
    pub fn str_opt(s: &Option<String>) -> Value {
        s.as_ref().map_or(Value::Null, |s| Value::String(s.clone()))
    }

    /// A time as RFC 3339.
    pub fn time(t: SimTime, epoch: Epoch) -> Value {
        Value::String(epoch.rfc3339(t))
    }

    /// An optional time.
    pub fn time_opt(t: Option<SimTime>, epoch: Epoch) -> Value {
        t.map_or(Value::Null, |t| time(t, epoch))
    }

    /// An int that is omitted when zero (omitempty).
    pub fn int_nonzero(i: i64) -> Value {
        if i == 0 { Value::Null } else { Value::Int(i) }
    }
}

/// Any stored object kind kubeplay simulates.
#[derive(Clone, Debug, PartialEq)]
pub enum Object {
    /// A Deployment.
    Deployment(Deployment),
    /// A ReplicaSet.
    ReplicaSet(ReplicaSet),
    /// A Pod.
    Pod(Pod),
    /// A Node.
    Node(Node),
    /// A HorizontalPodAutoscaler.
    HorizontalPodAutoscaler(HorizontalPodAutoscaler),
    /// A Service.
    Service(Service),
}

impl Object {
    /// Its metadata.
    pub fn meta(&self) -> &ObjectMeta {
        match self {
            Object::Deployment(o) => &o.meta,
            Object::ReplicaSet(o) => &o.meta,
            Object::Pod(o) => &o.meta,
            Object::Node(o) => &o.meta,
            Object::HorizontalPodAutoscaler(o) => &o.meta,
            Object::Service(o) => &o.meta,
        }
    }

    /// Its kind.
    pub fn kind(&self) -> Kind {
        match self {
            Object::Deployment(_) => Kind::Deployment,
            Object::ReplicaSet(_) => Kind::ReplicaSet,
            Object::Pod(_) => Kind::Pod,
            Object::Node(_) => Kind::Node,
            Object::HorizontalPodAutoscaler(_) => Kind::HorizontalPodAutoscaler,
            Object::Service(_) => Kind::Service,
        }
    }
}

impl ToValue for Object {
    fn to_value(&self, epoch: Epoch) -> Value {
        match self {
            Object::Deployment(o) => o.to_value(epoch),
            Object::ReplicaSet(o) => o.to_value(epoch),
            Object::Pod(o) => o.to_value(epoch),
            Object::Node(o) => o.to_value(epoch),
            Object::HorizontalPodAutoscaler(o) => o.to_value(epoch),
            Object::Service(o) => o.to_value(epoch),
        }
    }
}
