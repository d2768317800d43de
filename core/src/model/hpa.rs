//! autoscaling/v2 HorizontalPodAutoscaler. Spec and status stay [`Value`]s (they round-trip
//! as written); typed accessors read what the HPA controller and kubectl need.

use super::meta::ObjectMeta;
use super::{DecodeError, ToValue};
use crate::time::Epoch;
use crate::value::{Value, obj};

/// A HorizontalPodAutoscaler.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct HorizontalPodAutoscaler {
    /// Metadata.
    pub meta: ObjectMeta,
    /// `spec` (scaleTargetRef, minReplicas, maxReplicas, metrics, behavior).
    pub spec: Value,
    /// `status` (currentReplicas, desiredReplicas, currentMetrics, conditions, lastScaleTime).
    pub status: Value,
}

impl HorizontalPodAutoscaler {
    /// `spec.minReplicas` (default 1).
    pub fn min_replicas(&self) -> i32 {
        self.spec
            .get("minReplicas")
            .and_then(Value::as_i64)
            .map_or(1, |v| v as i32)
    }

    /// `spec.maxReplicas`.
    pub fn max_replicas(&self) -> i32 {
        self.spec
            .get("maxReplicas")
            .and_then(Value::as_i64)
            .map_or(0, |v| v as i32)
    }

    /// `(kind, name)` of `spec.scaleTargetRef`.
    pub fn target(&self) -> (String, String) {
        let r = self.spec.get("scaleTargetRef");
        let s = |k: &str| {
            r.and_then(|r| r.get(k))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        };
        (s("kind"), s("name"))
    }

    /// The target CPU utilization (percent) of the first Resource cpu metric.
    pub fn cpu_target(&self) -> Option<i64> {
        self.spec.get("metrics")?.as_array()?.iter().find_map(|m| {
            let r = m.get("resource")?;
            if r.get("name").and_then(Value::as_str) != Some("cpu") {
                return None;
            }
            r.get("target")?.get("averageUtilization")?.as_i64()
        })
    }

    /// Converts an autoscaling/v1 spec (`targetCPUUtilizationPercentage`) to v2 metrics.
    pub fn v1_spec_to_v2(spec: &mut Value) {
        if let Some(p) = spec.remove("targetCPUUtilizationPercentage") {
            let metric = obj([
                (
                    "resource",
                    obj([
                        ("name", Value::from("cpu")),
                        (
                            "target",
                            obj([
                                ("averageUtilization", p),
                                ("type", Value::from("Utilization")),
                            ]),
                        ),
                    ]),
                ),
                ("type", Value::from("Resource")),
            ]);
            spec.set("metrics", Value::Array(vec![metric]));
        }
    }

    /// Reads a stored HPA.
    pub fn from_value(v: &Value, epoch: Epoch) -> Result<HorizontalPodAutoscaler, DecodeError> {
        Ok(HorizontalPodAutoscaler {
            meta: ObjectMeta::from_value(v.get("metadata"), epoch)?,
            spec: v.get("spec").cloned().unwrap_or_else(Value::object),
            status: v.get("status").cloned().unwrap_or_else(Value::object),
        })
    }
}

impl ToValue for HorizontalPodAutoscaler {
    fn to_value(&self, epoch: Epoch) -> Value {
        obj([
            ("apiVersion", Value::from("autoscaling/v2")),
            ("kind", Value::from("HorizontalPodAutoscaler")),
            ("metadata", self.meta.to_value(epoch)),
            ("spec", self.spec.clone()),
            ("status", self.status.clone()),
        ])
    }
}
