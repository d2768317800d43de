//! apps/v1 Deployment (types only; the controller is in `controllers::deployment`).

use super::intstr::IntOrString;
use super::meta::ObjectMeta;
use super::pod::PodTemplateSpec;
use super::read;
use super::selector::LabelSelector;
use super::write;
use super::{DecodeError, ToValue};
use crate::time::{Epoch, SimTime};
use crate::value::{Value, obj};

/// The revision of a ReplicaSet / Deployment.
pub const REVISION_ANNOTATION: &str = "deployment.kubernetes.io/revision";
/// Revisions a ReplicaSet had before it was reused.
pub const REVISION_HISTORY_ANNOTATION: &str = "deployment.kubernetes.io/revision-history";
/// The Deployment's replicas when it last scaled this ReplicaSet.
pub const DESIRED_REPLICAS_ANNOTATION: &str = "deployment.kubernetes.io/desired-replicas";
/// replicas + maxSurge when it last scaled this ReplicaSet.
pub const MAX_REPLICAS_ANNOTATION: &str = "deployment.kubernetes.io/max-replicas";
/// Legacy rollback request.
pub const ROLLBACK_TO_ANNOTATION: &str = "deprecated.deployment.rollback.to";
/// What kubectl apply last applied.
pub const LAST_APPLIED_ANNOTATION: &str = "kubectl.kubernetes.io/last-applied-configuration";
/// `--record` / hand-written change cause.
pub const CHANGE_CAUSE_ANNOTATION: &str = "kubernetes.io/change-cause";

/// `spec.strategy.rollingUpdate`
#[derive(Clone, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct RollingUpdateDeployment {
    /// `maxUnavailable`
    pub max_unavailable: Option<IntOrString>,
    /// `maxSurge`
    pub max_surge: Option<IntOrString>,
}

/// `spec.strategy`
#[derive(Clone, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct DeploymentStrategy {
    /// `RollingUpdate` or `Recreate`.
    pub type_: String,
    /// Only for RollingUpdate.
    pub rolling_update: Option<RollingUpdateDeployment>,
}

/// `spec` of a Deployment.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DeploymentSpec {
    /// Desired pods (default 1).
    pub replicas: i32,
    /// Which pods and ReplicaSets it owns.
    pub selector: LabelSelector,
    /// The pod template.
    pub template: PodTemplateSpec,
    /// How it replaces pods.
    pub strategy: DeploymentStrategy,
    /// Seconds a pod must be ready to count as available.
    pub min_ready_seconds: i32,
    /// Old ReplicaSets kept (default 10).
    pub revision_history_limit: Option<i32>,
    /// Seconds without progress before `ProgressDeadlineExceeded` (default 600).
    pub progress_deadline_seconds: Option<i32>,
    /// Paused rollouts do nothing but scale.
    pub paused: bool,
}

/// `status.conditions[]`
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentCondition {
    /// `Available`, `Progressing`, `ReplicaFailure`.
    pub type_: String,
    /// `True`, `False`, `Unknown`.
    pub status: String,
    /// Last update.
    pub last_update_time: SimTime,
    /// Last status change.
    pub last_transition_time: SimTime,
    /// Reason.
    pub reason: String,
    /// Message.
    pub message: String,
}

/// `status` of a Deployment.
#[derive(Clone, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct DeploymentStatus {
    /// Generation last acted on.
    pub observed_generation: i64,
    /// Σ RS status.replicas.
    pub replicas: i32,
    /// New RS status.replicas.
    pub updated_replicas: i32,
    /// Σ ready.
    pub ready_replicas: i32,
    /// Σ available.
    pub available_replicas: i32,
    /// Σ RS spec.replicas − available (never negative).
    pub unavailable_replicas: i32,
    /// Conditions.
    pub conditions: Vec<DeploymentCondition>,
    /// Hash collisions so far.
    pub collision_count: Option<i32>,
}

impl DeploymentStatus {
    /// The condition of a type.
    pub fn condition(&self, type_: &str) -> Option<&DeploymentCondition> {
        self.conditions.iter().find(|c| c.type_ == type_)
    }
}

/// A Deployment.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Deployment {
    /// Metadata.
    pub meta: ObjectMeta,
    /// Spec.
    pub spec: DeploymentSpec,
    /// Status.
    pub status: DeploymentStatus,
}

impl Deployment {
    /// Reads a (schema-checked, defaulted) Deployment.
    pub fn from_value(v: &Value, epoch: Epoch) -> Result<Deployment, DecodeError> {
        let spec = v.get("spec").cloned().unwrap_or_else(Value::object);
        let status = v.get("status").cloned().unwrap_or_else(Value::object);
        let strategy = spec.get("strategy").cloned().unwrap_or_else(Value::object);
        let rolling_update = strategy
            .get("rollingUpdate")
            .filter(|r| !r.is_null())
            .map(|r| RollingUpdateDeployment {
                max_unavailable: r.get("maxUnavailable").and_then(IntOrString::from_value),
                max_surge: r.get("maxSurge").and_then(IntOrString::from_value),
            });
        Ok(Deployment {
            meta: ObjectMeta::from_value(v.get("metadata"), epoch)?,
            spec: DeploymentSpec {
                replicas: read::i32_opt(&spec, "replicas").unwrap_or(1),
                selector: spec
                    .get("selector")
                    .map(LabelSelector::from_value)
                    .unwrap_or_default(),
                template: PodTemplateSpec::from_value(spec.get("template")),
                strategy: DeploymentStrategy {
                    type_: read::str_or_empty(&strategy, "type"),
                    rolling_update,
                },
                min_ready_seconds: read::i32_opt(&spec, "minReadySeconds").unwrap_or(0),
                revision_history_limit: read::i32_opt(&spec, "revisionHistoryLimit"),
                progress_deadline_seconds: read::i32_opt(&spec, "progressDeadlineSeconds"),
                paused: read::bool_opt(&spec, "paused").unwrap_or(false),
            },
            status: DeploymentStatus {
                observed_generation: read::int_opt(&status, "observedGeneration").unwrap_or(0),
                replicas: read::i32_opt(&status, "replicas").unwrap_or(0),
                updated_replicas: read::i32_opt(&status, "updatedReplicas").unwrap_or(0),
                ready_replicas: read::i32_opt(&status, "readyReplicas").unwrap_or(0),
                available_replicas: read::i32_opt(&status, "availableReplicas").unwrap_or(0),
                unavailable_replicas: read::i32_opt(&status, "unavailableReplicas").unwrap_or(0),
                conditions: status
                    .get("conditions")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .map(|c| DeploymentCondition {
                                type_: read::str_or_empty(c, "type"),
                                status: read::str_or_empty(c, "status"),
                                last_update_time: read::time_opt(c, "lastUpdateTime", epoch)
                                    .unwrap_or_default(),
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
                collision_count: read::i32_opt(&status, "collisionCount"),
            },
        })
    }

    /// The spec as JSON (used for apply comparisons and output).
    pub fn spec_value(&self) -> Value {
        let s = &self.spec;
        let strategy = obj([
            (
                "rollingUpdate",
                s.strategy.rolling_update.as_ref().map_or(Value::Null, |r| {
                    obj([
                        (
                            "maxSurge",
                            r.max_surge
                                .as_ref()
                                .map_or(Value::Null, IntOrString::to_value),
                        ),
                        (
                            "maxUnavailable",
                            r.max_unavailable
                                .as_ref()
                                .map_or(Value::Null, IntOrString::to_value),
                        ),
                    ])
                }),
            ),
            ("type", write::str_nonempty(&s.strategy.type_)),
        ]);
        obj([
            (
                "minReadySeconds",
                write::int_nonzero(i64::from(s.min_ready_seconds)),
            ),
            (
                "paused",
                if s.paused {
                    Value::Bool(true)
                } else {
                    Value::Null
                },
            ),
            (
                "progressDeadlineSeconds",
                s.progress_deadline_seconds.map_or(Value::Null, Value::from),
            ),
            ("replicas", Value::from(s.replicas)),
            (
                "revisionHistoryLimit",
                s.revision_history_limit.map_or(Value::Null, Value::from),
            ),
            ("selector", s.selector.to_value()),
            ("strategy", strategy),
            ("template", s.template.to_value()),
        ])
    }
}

impl ToValue for Deployment {
    fn to_value(&self, epoch: Epoch) -> Value {
        let st = &self.status;
        let conditions: Vec<Value> = st
            .conditions
            .iter()
            .map(|c| {
                obj([
                    (
                        "lastTransitionTime",
                        write::time(c.last_transition_time, epoch),
                    ),
                    ("lastUpdateTime", write::time(c.last_update_time, epoch)),
                    ("message", Value::from(c.message.as_str())),
                    ("reason", Value::from(c.reason.as_str())),
                    ("status", Value::from(c.status.as_str())),
                    ("type", Value::from(c.type_.as_str())),
                ])
            })
            .collect();
        obj([
            ("apiVersion", Value::from("apps/v1")),
            ("kind", Value::from("Deployment")),
            ("metadata", self.meta.to_value(epoch)),
            ("spec", self.spec_value()),
            (
                "status",
                obj([
                    (
                        "availableReplicas",
                        write::int_nonzero(i64::from(st.available_replicas)),
                    ),
                    (
                        "collisionCount",
                        st.collision_count.map_or(Value::Null, Value::from),
                    ),
                    (
                        "conditions",
                        if conditions.is_empty() {
                            Value::Null
                        } else {
                            Value::Array(conditions)
                        },
                    ),
                    (
                        "observedGeneration",
                        write::int_nonzero(st.observed_generation),
                    ),
                    (
                        "readyReplicas",
                        write::int_nonzero(i64::from(st.ready_replicas)),
                    ),
                    ("replicas", write::int_nonzero(i64::from(st.replicas))),
                    (
                        "unavailableReplicas",
                        write::int_nonzero(i64::from(st.unavailable_replicas)),
                    ),
                    (
                        "updatedReplicas",
                        write::int_nonzero(i64::from(st.updated_replicas)),
                    ),
                ]),
            ),
        ])
    }
}
