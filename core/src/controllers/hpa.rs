//! The HorizontalPodAutoscaler controller (`pkg/controller/podautoscaler`), reduced to what
//! the playground simulates: every 15 s it reads the target Deployment's replicas, keeps them
//! within min/max (`Current number of replicas below Spec.MinReplicas`), and, when a CPU load
//! is simulated, applies the replica formula `ceil(ready × utilization / target)` with the 10%
//! tolerance. The simulated load is the Deployment annotation `kubeplay.dev/cpu-load` (total
//! CPU demand, e.g. `300m` or `1.5`) spread over its ready pods' CPU requests; without it the
//! metrics are unknown, as on a cluster without metrics-server.

use crate::cluster::{Cluster, Timer};
use crate::error::{BadValue, FieldError};
use crate::events::Source;
use crate::model::{HorizontalPodAutoscaler, Kind};
use crate::quantity::parse_cpu_milli;
use crate::scheduler::pod_requests;
use crate::store::NsName;
use crate::time::{SimDuration, SimTime};
use crate::value::{Value, obj};

/// The annotation on a Deployment that sets its simulated total CPU demand.
pub const CPU_LOAD_ANNOTATION: &str = "kubeplay.dev/cpu-load";
/// The controller's resync period.
pub const SYNC_PERIOD: SimDuration = SimDuration::from_secs(15);
/// Ratios within this distance of 1 do not scale.
pub const TOLERANCE: f64 = 0.1;

/// Validation of an HPA (`ValidateHorizontalPodAutoscalerSpec`, the common rules).
pub fn validate(h: &HorizontalPodAutoscaler, out: &mut Vec<FieldError>) {
    let min = h.min_replicas();
    let max = h.max_replicas();
    if min < 1 {
        out.push(FieldError::invalid(
            "spec.minReplicas",
            BadValue::Int(i64::from(min)),
            "must be greater than or equal to 1",
        ));
    }
    if max < 1 {
        out.push(FieldError::invalid(
            "spec.maxReplicas",
            BadValue::Int(i64::from(max)),
            "must be greater than 0",
        ));
    } else if max < min {
        out.push(FieldError::invalid(
            "spec.maxReplicas",
            BadValue::Int(i64::from(max)),
            "must be greater than or equal to `minReplicas`",
        ));
    }
    let (kind, name) = h.target();
    if kind.is_empty() {
        out.push(FieldError::required("spec.scaleTargetRef.kind", ""));
    }
    if name.is_empty() {
        out.push(FieldError::required("spec.scaleTargetRef.name", ""));
    }
}

/// The replica count the metrics ask for (`GetResourceReplicas`): `None` within tolerance.
pub fn replicas_for_utilization(ready: i32, utilization: f64, target: f64) -> Option<i32> {
    if ready <= 0 || target <= 0.0 {
        return None;
    }
    let ratio = utilization / target;
    if (ratio - 1.0).abs() <= TOLERANCE {
        return None;
    }
    Some((ratio * f64::from(ready)).ceil() as i32)
}

fn condition(type_: &str, status: &str, reason: &str, message: &str, time: &str) -> Value {
    obj([
        ("lastTransitionTime", Value::from(time)),
        ("message", Value::from(message)),
        ("reason", Value::from(reason)),
        ("status", Value::from(status)),
        ("type", Value::from(type_)),
    ])
}

/// How long scale-down recommendations are remembered (`--horizontal-pod-autoscaler-
/// downscale-stabilization`, default 5 minutes).
pub const DOWNSCALE_STABILIZATION: SimDuration = SimDuration::from_secs(300);

/// `scaleUpLimitFactor` and `scaleUpLimitMinimum`: without `spec.behavior` one sync may at
/// most double the replicas, or go to 4.
fn scale_up_limit(current: i32) -> i32 {
    (2 * current).max(4)
}

/// An HPA's status conditions, updated as upstream's `setCondition` does: in place by type
/// (new types appended), the transition time kept while the status stays the same.
struct ConditionList {
    items: Vec<Value>,
    now: String,
}

impl ConditionList {
    fn from_status(status: &Value, now: &str) -> Self {
        let items = status
            .get("conditions")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        ConditionList {
            items,
            now: now.to_string(),
        }
    }

    fn set(&mut self, type_: &str, status: &str, reason: &str, message: &str) {
        let i = match self
            .items
            .iter()
            .position(|c| c.get("type").and_then(Value::as_str) == Some(type_))
        {
            Some(i) => i,
            None => {
                self.items.push(condition(type_, "", "", "", &self.now));
                self.items.len() - 1
            }
        };
        let c = &mut self.items[i];
        if c.get("status").and_then(Value::as_str) != Some(status) {
            c.set("lastTransitionTime", Value::from(self.now.as_str()));
        }
        c.set("status", Value::from(status));
        c.set("reason", Value::from(reason));
        c.set("message", Value::from(message));
    }
}

/// `stabilizeRecommendation`: the highest recommendation of the stabilization window
/// (the new one included), recording the new one in place of an expired sample.
fn stabilize_recommendation(window: &mut Vec<(SimTime, i32)>, now: SimTime, wanted: i32) -> i32 {
    let cutoff = now
        .millis()
        .saturating_sub(DOWNSCALE_STABILIZATION.as_millis());
    let mut highest = wanted;
    let mut old_sample = None;
    for (i, (t, rec)) in window.iter().enumerate() {
        if t.millis() < cutoff {
            old_sample = Some(i);
        } else if *rec > highest {
            highest = *rec;
        }
    }
    match old_sample {
        Some(i) => window[i] = (now, wanted),
        None => window.push((now, wanted)),
    }
    highest
}

/// `convertDesiredReplicasWithRules`: clamp to min/max and the scale-up rate limit; the
/// ScalingLimited reason and message.
fn convert_desired_replicas_with_rules(
    current: i32,
    desired: i32,
    (min, max): (i32, i32),
) -> (i32, &'static str, &'static str) {
    let limit = scale_up_limit(current);
    let (maximum, cond, why) = if max > limit {
        (
            limit,
            "ScaleUpLimit",
            "the desired replica count is increasing faster than the maximum scale rate",
        )
    } else {
        (
            max,
            "TooManyReplicas",
            "the desired replica count is more than the maximum replica count",
        )
    };
    if desired < min {
        (
            min,
            "TooFewReplicas",
            "the desired replica count is less than the minimum replica count",
        )
    } else if desired > maximum {
        (maximum, cond, why)
    } else {
        (
            desired,
            "DesiredWithinRange",
            "the desired count is within the acceptable range",
        )
    }
}

/// `normalizeDesiredReplicas` (an HPA without `spec.behavior`): stabilize, then limit, and
/// set the AbleToScale and ScalingLimited conditions.
fn normalize_desired_replicas(
    window: &mut Vec<(SimTime, i32)>,
    now: SimTime,
    current: i32,
    wanted: i32,
    bounds: (i32, i32),
    conditions: &mut ConditionList,
) -> i32 {
    let stabilized = stabilize_recommendation(window, now, wanted);
    if stabilized != wanted {
        conditions.set(
            "AbleToScale",
            "True",
            "ScaleDownStabilized",
            "recent recommendations were higher than current one, applying the highest recent recommendation",
        );
    } else {
        conditions.set(
            "AbleToScale",
            "True",
            "ReadyForNewScale",
            "recommended size matches current size",
        );
    }
    let (desired, cond, why) = convert_desired_replicas_with_rules(current, stabilized, bounds);
    let limited = if desired == stabilized {
        "False"
    } else {
        "True"
    };
    conditions.set("ScalingLimited", limited, cond, why);
    desired
}

impl Cluster {
    pub(crate) fn run_hpa_controller(&mut self) {
        let keys = std::mem::take(&mut self.hpa_queue);
        for key in keys {
            self.sync_hpa(&key);
        }
    }

    fn hpa_event(
        &mut self,
        h: &HorizontalPodAutoscaler,
        type_: &str,
        reason: &str,
        message: String,
    ) {
        let meta = h.meta.clone();
        self.record_event(
            Kind::HorizontalPodAutoscaler,
            &meta,
            None,
            Source::component("horizontal-pod-autoscaler"),
            type_,
            reason,
            message,
        );
    }

    fn sync_hpa(&mut self, key: &NsName) {
        let Some(h) = self.store.hpas.get(key).cloned() else {
            return;
        };
        let next = self.now.plus(SYNC_PERIOD);
        self.add_timer(next, Timer::SyncHpa(key.clone()));
        let now_text = self.config.epoch.rfc3339(self.now);
        let (kind, name) = h.target();
        let (min, max) = (h.min_replicas(), h.max_replicas());
        let mut status = h.status.clone();
        let old_conditions = status.get("conditions").cloned();
        let Some(d) = self
            .store
            .deployment(&key.0, &name)
            .cloned()
            .filter(|_| kind == "Deployment")
        else {
            let msg = format!("deployments.apps \"{name}\" not found");
            status.set(
                "conditions",
                Value::Array(vec![condition(
                    "AbleToScale",
                    "False",
                    "FailedGetScale",
                    &format!(
                        "the HPA controller was unable to get the target's current scale: {msg}"
                    ),
                    &now_text,
                )]),
            );
            self.hpa_event(&h, "Warning", "FailedGetScale", msg);
            self.write_hpa_status(key, status, old_conditions);
            return;
        };
        let current = d.spec.replicas;
        let cpu_target = h.cpu_target();
        // Simulated metrics: total demand over the ready pods' requests.
        let load = d
            .meta
            .annotations
            .get(CPU_LOAD_ANNOTATION)
            .and_then(|l| parse_cpu_milli(&Value::from(l.as_str())));
        let pods: Vec<_> = self
            .store
            .replicasets_controlled_by(&d.meta.uid)
            .flat_map(|rs| self.store.pods_controlled_by(&rs.meta.uid))
            .filter(|p| p.is_active() && p.is_ready())
            .collect();
        let ready = pods.len() as i32;
        let requested: i64 = pods.iter().map(|p| pod_requests(&p.spec).0).sum();
        let utilization = match (load, cpu_target) {
            (Some(load), Some(_)) if requested > 0 => {
                Some((load as f64 * 100.0 / requested as f64).round())
            }
            _ => None,
        };
        let mut conditions = ConditionList::from_status(&status, &now_text);
        conditions.set(
            "AbleToScale",
            "True",
            "SucceededGetScale",
            "the HPA controller was able to get the target's current scale",
        );
        // reconcileAutoscaler: the replica count to scale to and why.
        let (desired, reason) = if current == 0 && min != 0 {
            conditions.set(
                "ScalingActive",
                "False",
                "ScalingDisabled",
                "scaling is disabled since the replica count of the target is zero",
            );
            (0, None)
        } else if current > max {
            (
                max,
                Some("Current number of replicas above Spec.MaxReplicas".to_string()),
            )
        } else if current < min {
            (
                min,
                Some("Current number of replicas below Spec.MinReplicas".to_string()),
            )
        } else {
            match (utilization, cpu_target) {
                (Some(u), Some(t)) => {
                    conditions.set("ScalingActive", "True", "ValidMetricFound", "the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)");
                    let metric = replicas_for_utilization(ready, u, t as f64).unwrap_or(current);
                    let why = match metric.cmp(&current) {
                        std::cmp::Ordering::Greater => {
                            Some("cpu resource utilization (percentage of request) above target")
                        }
                        std::cmp::Ordering::Less => Some("All metrics below target"),
                        std::cmp::Ordering::Equal => None,
                    };
                    let window = self.hpa_recommendations.entry(key.clone()).or_default();
                    let desired = normalize_desired_replicas(
                        window,
                        self.now,
                        current,
                        metric,
                        (min, max),
                        &mut conditions,
                    );
                    (desired, why.map(str::to_string))
                }
                _ => {
                    let msg = "the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API";
                    conditions.set("ScalingActive", "False", "FailedGetResourceMetric", msg);
                    (current, None)
                }
            }
        };
        status.set("currentReplicas", Value::Int(i64::from(current)));
        status.set("desiredReplicas", Value::Int(i64::from(desired)));
        match (utilization, cpu_target) {
            (Some(u), Some(_)) => status.set(
                "currentMetrics",
                Value::Array(vec![obj([
                    (
                        "resource",
                        obj([
                            (
                                "current",
                                obj([
                                    ("averageUtilization", Value::Int(u as i64)),
                                    (
                                        "averageValue",
                                        Value::from(format!(
                                            "{}m",
                                            load.unwrap_or(0) / i64::from(ready.max(1))
                                        )),
                                    ),
                                ]),
                            ),
                            ("name", Value::from("cpu")),
                        ]),
                    ),
                    ("type", Value::from("Resource")),
                ])]),
            ),
            _ => {
                status.remove("currentMetrics");
            }
        }
        if let Some(reason) = reason {
            if desired != current {
                let mut scaled = d.clone();
                scaled.spec.replicas = desired;
                scaled.meta.generation += 1;
                self.store.put_deployment(scaled);
                status.set("lastScaleTime", Value::from(now_text.as_str()));
                conditions.set(
                    "AbleToScale",
                    "True",
                    "SucceededRescale",
                    &format!("the HPA controller was able to update the target scale to {desired}"),
                );
                self.hpa_event(
                    &h,
                    "Normal",
                    "SuccessfulRescale",
                    format!("New size: {desired}; reason: {reason}"),
                );
            }
        }
        status.set("conditions", Value::Array(conditions.items));
        self.write_hpa_status(key, status, old_conditions);
    }

    fn write_hpa_status(&mut self, key: &NsName, status: Value, _old: Option<Value>) {
        if let Some(mut h) = self.store.hpas.get(key).cloned() {
            if h.status != status {
                h.status = status;
                self.store.put_hpa(h);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `convertDesiredReplicasWithRules`: min first, then max or the scale-up limit max(2×current, 4).
    #[test]
    fn convert_desired_replicas_with_rules_table() {
        // (current, desired, min, max) -> (replicas, reason)
        let cases = [
            ((5, 7, 3, 8), (7, "DesiredWithinRange")),
            ((3, 1, 2, 8), (2, "TooFewReplicas")),
            ((3, 9, 2, 8), (6, "ScaleUpLimit")),
            ((1, 9, 1, 3), (3, "TooManyReplicas")),
            ((1, 9, 1, 20), (4, "ScaleUpLimit")),
            ((10, 30, 1, 100), (20, "ScaleUpLimit")),
            ((10, 30, 1, 15), (15, "TooManyReplicas")),
        ];
        for ((cur, want, min, max), (replicas, reason)) in cases {
            let (r, why, _) = convert_desired_replicas_with_rules(cur, want, (min, max));
            assert_eq!((r, why), (replicas, reason), "{cur} {want} {min} {max}");
        }
    }

    #[test]
    fn stabilization_keeps_the_highest_recommendation_of_five_minutes() {
        let t = |s: u64| SimTime::ZERO.plus(SimDuration::from_secs(s));
        let mut w = Vec::new();
        assert_eq!(stabilize_recommendation(&mut w, t(0), 10), 10);
        assert_eq!(stabilize_recommendation(&mut w, t(15), 3), 10);
        assert_eq!(
            stabilize_recommendation(&mut w, t(300), 3),
            10,
            "exactly 300 s old still counts"
        );
        assert_eq!(
            stabilize_recommendation(&mut w, t(301), 2),
            3,
            "the 10 has expired"
        );
        // The expired sample's slot was reused rather than the window growing.
        assert_eq!(w.len(), 3);
    }

    #[test]
    fn replica_formula_with_tolerance() {
        struct Case {
            name: &'static str,
            ready: i32,
            utilization: f64,
            target: f64,
            want: Option<i32>,
        }
        let cases = [
            Case {
                name: "within tolerance",
                ready: 3,
                utilization: 85.0,
                target: 80.0,
                want: None,
            },
            Case {
                name: "double load doubles",
                ready: 2,
                utilization: 160.0,
                target: 80.0,
                want: Some(4),
            },
            Case {
                name: "rounds up",
                ready: 3,
                utilization: 100.0,
                target: 80.0,
                want: Some(4),
            },
            Case {
                name: "half load halves",
                ready: 4,
                utilization: 40.0,
                target: 80.0,
                want: Some(2),
            },
            Case {
                name: "no ready pods",
                ready: 0,
                utilization: 40.0,
                target: 80.0,
                want: None,
            },
        ];
        for c in &cases {
            assert_eq!(
                replicas_for_utilization(c.ready, c.utilization, c.target),
                c.want,
                "{}",
                c.name
            );
        }
    }
}
