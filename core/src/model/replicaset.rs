//! apps/v1 ReplicaSet.

use super::meta::ObjectMeta;
use super::pod::PodTemplateSpec;
use super::read;
use super::selector::LabelSelector;
use super::write;
use super::{DecodeError, ToValue};
use crate::time::{Epoch, SimTime};
use crate::value::{Value, obj};

/// `spec` of a ReplicaSet.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ReplicaSetSpec {
    /// Desired pods (default 1).
    pub replicas: i32,
    /// Seconds a pod must be ready to count as available.
    pub min_ready_seconds: i32,
    /// Which pods it owns.
    pub selector: LabelSelector,
    /// What it creates.
    pub template: PodTemplateSpec,
}

/// `status.conditions[]` of a ReplicaSet (only `ReplicaFailure`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReplicaSetCondition {
    /// `ReplicaFailure`
    pub type_: String,
    /// `True`
    pub status: String,
    /// When it appeared.
    pub last_transition_time: SimTime,
    /// `FailedCreate` / `FailedDelete`
    pub reason: String,
    /// The error.
    pub message: String,
}

/// `status` of a ReplicaSet.
#[derive(Clone, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct ReplicaSetStatus {
    /// Active pods owned.
    pub replicas: i32,
    /// Active pods carrying every template label.
    pub fully_labeled_replicas: i32,
    /// Ready pods.
    pub ready_replicas: i32,
    /// Available pods (ready for minReadySeconds).
    pub available_replicas: i32,
    /// Generation last acted on.
    pub observed_generation: i64,
    /// Conditions.
    pub conditions: Vec<ReplicaSetCondition>,
}

/// A ReplicaSet.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ReplicaSet {
    /// Metadata.
    pub meta: ObjectMeta,
    /// Spec.
    pub spec: ReplicaSetSpec,
    /// Status.
    pub status: ReplicaSetStatus,
}

impl ReplicaSet {
    /// Reads a (schema-checked, defaulted) ReplicaSet.
    pub fn from_value(v: &Value, epoch: Epoch) -> Result<ReplicaSet, DecodeError> {
        let spec = v.get("spec").cloned().unwrap_or_else(Value::object);
        let status = v.get("status").cloned().unwrap_or_else(Value::object);
        Ok(ReplicaSet {
            meta: ObjectMeta::from_value(v.get("metadata"), epoch)?,
            spec: ReplicaSetSpec {
                replicas: read::i32_opt(&spec, "replicas").unwrap_or(1),
                min_ready_seconds: read::i32_opt(&spec, "minReadySeconds").unwrap_or(0),
                selector: spec
                    .get("selector")
                    .map(LabelSelector::from_value)
                    .unwrap_or_default(),
                template: PodTemplateSpec::from_value(spec.get("template")),
            },
            status: ReplicaSetStatus {
                replicas: read::i32_opt(&status, "replicas").unwrap_or(0),
                fully_labeled_replicas: read::i32_opt(&status, "fullyLabeledReplicas").unwrap_or(0),
                ready_replicas: read::i32_opt(&status, "readyReplicas").unwrap_or(0),
                available_replicas: read::i32_opt(&status, "availableReplicas").unwrap_or(0),
                observed_generation: read::int_opt(&status, "observedGeneration").unwrap_or(0),
                conditions: status
                    .get("conditions")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .map(|c| ReplicaSetCondition {
                                type_: read::str_or_empty(c, "type"),
                                status: read::str_or_empty(c, "status"),
                                last_transition_time: read::time_opt(
                                    c,
                                    "lastTransitionTime",
                                    epoch,
                                )
                                .unwrap_or_default(),
                                reason: read::str_or_empty(c, "reason"),
                                message: read::str_or_empty(c, "message"),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            },
        })
    }

    /// The `deployment.kubernetes.io/revision` annotation, parsed.
    pub fn revision(&self) -> Option<i64> {
        self.meta
            .annotations
            .get(super::deployment::REVISION_ANNOTATION)?
            .parse()
            .ok()
    }
}

impl ToValue for ReplicaSet {
    fn to_value(&self, epoch: Epoch) -> Value {
        let s = &self.status;
        obj([
            ("apiVersion", Value::from("apps/v1")),
            ("kind", Value::from("ReplicaSet")),
            ("metadata", self.meta.to_value(epoch)),
            (
                "spec",
                obj([
                    (
                        "minReadySeconds",
                        write::int_nonzero(i64::from(self.spec.min_ready_seconds)),
                    ),
                    ("replicas", Value::Int(i64::from(self.spec.replicas))),
                    ("selector", self.spec.selector.to_value()),
                    ("template", self.spec.template.to_value()),
                ]),
            ),
            (
                "status",
                obj([
                    (
                        "availableReplicas",
                        write::int_nonzero(i64::from(s.available_replicas)),
                    ),
                    (
                        "conditions",
                        if s.conditions.is_empty() {
                            Value::Null
                        } else {
                            Value::Array(
                                s.conditions
                                    .iter()
                                    .map(|c| {
                                        obj([
                                            (
                                                "lastTransitionTime",
                                                write::time(c.last_transition_time, epoch),
                                            ),
                                            ("message", Value::from(c.message.as_str())),
                                            ("reason", Value::from(c.reason.as_str())),
                                            ("status", Value::from(c.status.as_str())),
                                            ("type", Value::from(c.type_.as_str())),
                                        ])
                                    })
                                    .collect(),
                            )
                        },
                    ),
                    (
                        "fullyLabeledReplicas",
                        write::int_nonzero(i64::from(s.fully_labeled_replicas)),
                    ),
                    (
                        "observedGeneration",
                        write::int_nonzero(s.observed_generation),
                    ),
                    (
                        "readyReplicas",
                        write::int_nonzero(i64::from(s.ready_replicas)),
                    ),
                    ("replicas", Value::Int(i64::from(s.replicas))),
                ]),
            ),
        ])
    }
}
