//! v1 Event, as the controllers' event recorders write them.

use super::meta::ObjectMeta;
use super::read;
use super::write;
use super::{DecodeError, ToValue};
use crate::time::{Epoch, SimTime};
use crate::value::{Value, obj};

/// The object an event is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct InvolvedObject {
    /// Kind.
    pub kind: String,
    /// Namespace.
    pub namespace: String,
    /// Name.
    pub name: String,
    /// Uid.
    pub uid: String,
    /// apiVersion.
    pub api_version: String,
    /// e.g. `spec.containers{nginx}` for kubelet container events.
    pub field_path: Option<String>,
}

/// An event.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    /// Metadata (name `<object>.<hex nanoseconds>`).
    pub meta: ObjectMeta,
    /// What it is about.
    pub involved: InvolvedObject,
    /// `ScalingReplicaSet`, `SuccessfulCreate`, …
    pub reason: String,
    /// Text.
    pub message: String,
    /// `deployment-controller`, `kubelet`, …
    pub source_component: String,
    /// Node name for kubelet events.
    pub source_host: Option<String>,
    /// First occurrence (ms precision internally).
    pub first_timestamp: SimTime,
    /// Last occurrence.
    pub last_timestamp: SimTime,
    /// Occurrences folded into this event.
    pub count: i32,
    /// `Normal` / `Warning`.
    pub type_: String,
}

impl Event {
    /// Reads a stored event.
    pub fn from_value(v: &Value, epoch: Epoch) -> Result<Event, DecodeError> {
        let inv = v
            .get("involvedObject")
            .cloned()
            .unwrap_or_else(Value::object);
        let src = v.get("source").cloned().unwrap_or_else(Value::object);
        Ok(Event {
            meta: ObjectMeta::from_value(v.get("metadata"), epoch)?,
            involved: InvolvedObject {
                kind: read::str_or_empty(&inv, "kind"),
                namespace: read::str_or_empty(&inv, "namespace"),
                name: read::str_or_empty(&inv, "name"),
                uid: read::str_or_empty(&inv, "uid"),
                api_version: read::str_or_empty(&inv, "apiVersion"),
                field_path: read::str_opt(&inv, "fieldPath"),
            },
            reason: read::str_or_empty(v, "reason"),
            message: read::str_or_empty(v, "message"),
            source_component: read::str_or_empty(&src, "component"),
            source_host: read::str_opt(&src, "host"),
            first_timestamp: read::time_opt(v, "firstTimestamp", epoch).unwrap_or_default(),
            last_timestamp: read::time_opt(v, "lastTimestamp", epoch).unwrap_or_default(),
            count: read::i32_opt(v, "count").unwrap_or(1),
            type_: read::str_or_empty(v, "type"),
        })
    }
}

impl ToValue for Event {
    fn to_value(&self, epoch: Epoch) -> Value {
        let mut v = obj([
            ("apiVersion", Value::from("v1")),
            ("count", Value::from(self.count)),
            ("eventTime", Value::Null),
            ("firstTimestamp", write::time(self.first_timestamp, epoch)),
            (
                "involvedObject",
                obj([
                    (
                        "apiVersion",
                        write::str_nonempty(&self.involved.api_version),
                    ),
                    ("fieldPath", write::str_opt(&self.involved.field_path)),
                    ("kind", Value::from(self.involved.kind.as_str())),
                    ("name", Value::from(self.involved.name.as_str())),
                    ("namespace", write::str_nonempty(&self.involved.namespace)),
                    ("uid", write::str_nonempty(&self.involved.uid)),
                ]),
            ),
            ("kind", Value::from("Event")),
            ("lastTimestamp", write::time(self.last_timestamp, epoch)),
            ("message", Value::from(self.message.as_str())),
            ("metadata", self.meta.to_value(epoch)),
            ("reason", Value::from(self.reason.as_str())),
            (
                "reportingComponent",
                Value::from(self.source_component.as_str()),
            ),
            (
                "reportingInstance",
                Value::from(self.source_host.as_deref().unwrap_or("")),
            ),
            (
                "source",
                obj([
                    ("component", Value::from(self.source_component.as_str())),
                    ("host", write::str_opt(&self.source_host)),
                ]),
            ),
            ("type", Value::from(self.type_.as_str())),
        ]);
        // `eventTime: null` is part of what the API server returns for core/v1 events.
        v.set("eventTime", Value::Null);
        v
    }
}
