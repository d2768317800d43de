//! Plain DTOs for rendering (the page, embedders, tests): what `snapshot()` returns.
//! camelCase on the wire; built here so the binding only converts.

use serde::Serialize;

use crate::cluster::Cluster;
use crate::events::ClusterEvent;
use crate::model::deployment::REVISION_ANNOTATION;
use crate::model::pod::Pod;
use crate::model::{Kind, ToValue};
use crate::value::Value;

/// A node as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeView {
    /// Name.
    pub name: String,
    /// Ready condition is True.
    pub ready: bool,
    /// Cordoned.
    pub unschedulable: bool,
    /// Non-terminated pods bound to it.
    pub pods: usize,
    /// InternalIP.
    pub address: String,
}

/// A Deployment as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeploymentView {
    /// Name.
    pub name: String,
    /// Namespace.
    pub namespace: String,
    /// spec.replicas
    pub replicas: i32,
    /// status.readyReplicas
    pub ready_replicas: i32,
    /// status.updatedReplicas
    pub updated_replicas: i32,
    /// status.availableReplicas
    pub available_replicas: i32,
    /// Σ status.replicas of its ReplicaSets.
    pub total_replicas: i32,
    /// `RollingUpdate` / `Recreate`.
    pub strategy: String,
    /// replicas + maxSurge (RollingUpdate), else replicas.
    pub max_total: i32,
    /// replicas − maxUnavailable (RollingUpdate), else replicas.
    pub min_available: i32,
    /// Current revision annotation.
    pub revision: Option<i64>,
    /// spec.paused
    pub paused: bool,
    /// `kubectl rollout status --watch=false` text.
    pub conditions: Vec<ConditionView>,
    /// Creation time (virtual ms).
    pub created_at: u64,
}

/// A status condition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConditionView {
    /// Type.
    #[serde(rename = "type")]
    pub type_: String,
    /// Status.
    pub status: String,
    /// Reason.
    pub reason: String,
    /// Message.
    pub message: String,
}

/// A ReplicaSet as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplicaSetView {
    /// Name.
    pub name: String,
    /// Namespace.
    pub namespace: String,
    /// Name of the owning Deployment, if any.
    pub owner: Option<String>,
    /// Revision annotation.
    pub revision: Option<i64>,
    /// pod-template-hash label.
    pub hash: Option<String>,
    /// Images of the template's containers.
    pub images: Vec<String>,
    /// DESIRED
    pub desired: i32,
    /// CURRENT
    pub current: i32,
    /// READY
    pub ready: i32,
    /// Available.
    pub available: i32,
    /// Creation time (virtual ms).
    pub created_at: u64,
}

/// A pod as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PodView {
    /// Name.
    pub name: String,
    /// Namespace.
    pub namespace: String,
    /// status.phase
    pub phase: String,
    /// STATUS as `kubectl get pods` prints it.
    pub status: String,
    /// All containers ready.
    pub ready: bool,
    /// Ready for minReadySeconds (as its ReplicaSet counts it).
    pub available: bool,
    /// READY column (`1/1`).
    pub ready_text: String,
    /// RESTARTS (sum).
    pub restarts: i64,
    /// Node, once bound.
    pub node: Option<String>,
    /// Name of the owning ReplicaSet, if any.
    pub owner: Option<String>,
    /// The owner's revision.
    pub revision: Option<i64>,
    /// First container's image.
    pub image: String,
    /// Labels.
    pub labels: std::collections::BTreeMap<String, String>,
    /// Pod IP.
    pub ip: Option<String>,
    /// Creation time (virtual ms).
    pub created_at: u64,
    /// Deletion time (virtual ms), while terminating.
    pub deleted_at: Option<u64>,
}

/// An event as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EventView {
    /// `Normal` / `Warning`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Reason.
    pub reason: String,
    /// `Kind/name`.
    pub object: String,
    /// Message.
    pub message: String,
    /// Virtual ms.
    pub time: u64,
    /// First occurrence (virtual ms).
    pub first_time: u64,
    /// Occurrences.
    pub count: i32,
}

impl From<&ClusterEvent> for EventView {
    fn from(e: &ClusterEvent) -> Self {
        EventView {
            type_: e.type_.clone(),
            reason: e.reason.clone(),
            object: e.object.clone(),
            message: e.message.clone(),
            time: e.time.millis(),
            first_time: e.time.millis(),
            count: 1,
        }
    }
}

/// Everything the page renders, at one instant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterSnapshot {
    /// Virtual ms.
    pub now: u64,
    /// Nodes.
    pub nodes: Vec<NodeView>,
    /// Deployments.
    pub deployments: Vec<DeploymentView>,
    /// ReplicaSets.
    pub replica_sets: Vec<ReplicaSetView>,
    /// Pods.
    pub pods: Vec<PodView>,
    /// The most recent events (last 100, oldest first).
    pub events: Vec<EventView>,
}

fn revision(ann: &std::collections::BTreeMap<String, String>) -> Option<i64> {
    ann.get(REVISION_ANNOTATION).and_then(|r| r.parse().ok())
}

fn image_of(containers: &[Value]) -> Vec<String> {
    containers
        .iter()
        .filter_map(|c| c.get("image").and_then(Value::as_str).map(str::to_string))
        .collect()
}

impl Cluster {
    /// The snapshot the page renders.
    pub fn snapshot(&self) -> ClusterSnapshot {
        let now = self.now;
        let store = &self.store;
        let nodes = store
            .nodes
            .values()
            .map(|n| NodeView {
                name: n.meta.name.clone(),
                ready: n.is_ready(),
                unschedulable: n.unschedulable(),
                pods: self.kubelet.pods_on(&n.meta.name),
                address: n.internal_ip().unwrap_or("").to_string(),
            })
            .collect();
        let deployments = store
            .deployments
            .values()
            .map(|d| {
                let total: i32 = store
                    .replicasets_controlled_by(&d.meta.uid)
                    .map(|r| r.status.replicas)
                    .sum();
                let surge = crate::controllers::deployment::util::max_surge(d);
                let unavailable = crate::controllers::deployment::util::max_unavailable(d);
                DeploymentView {
                    name: d.meta.name.clone(),
                    namespace: d.meta.namespace.clone(),
                    replicas: d.spec.replicas,
                    ready_replicas: d.status.ready_replicas,
                    updated_replicas: d.status.updated_replicas,
                    available_replicas: d.status.available_replicas,
                    total_replicas: total,
                    strategy: d.spec.strategy.type_.clone(),
                    max_total: d.spec.replicas + surge,
                    min_available: d.spec.replicas - unavailable,
                    revision: revision(&d.meta.annotations),
                    paused: d.spec.paused,
                    conditions: d
                        .status
                        .conditions
                        .iter()
                        .map(|c| ConditionView {
                            type_: c.type_.clone(),
                            status: c.status.clone(),
                            reason: c.reason.clone(),
                            message: c.message.clone(),
                        })
                        .collect(),
                    created_at: d.meta.creation_timestamp.millis(),
                }
            })
            .collect();
        let replica_sets = store
            .replicasets
            .values()
            .map(|r| ReplicaSetView {
                name: r.meta.name.clone(),
                namespace: r.meta.namespace.clone(),
                owner: r.meta.controller_ref().map(|o| o.name.clone()),
                revision: revision(&r.meta.annotations),
                hash: r.meta.labels.get("pod-template-hash").cloned(),
                images: image_of(r.spec.template.containers()),
                desired: r.spec.replicas,
                current: r.status.replicas,
                ready: r.status.ready_replicas,
                available: r.status.available_replicas,
                created_at: r.meta.creation_timestamp.millis(),
            })
            .collect();
        let pods = store.pods.values().map(|p| self.pod_view(p)).collect();
        let all: Vec<&crate::model::Event> = self.events.all().collect();
        let mut events: Vec<EventView> = all
            .iter()
            .map(|e| EventView {
                type_: e.type_.clone(),
                reason: e.reason.clone(),
                object: format!("{}/{}", e.involved.kind, e.involved.name),
                message: e.message.clone(),
                time: e.last_timestamp.millis(),
                first_time: e.first_timestamp.millis(),
                count: e.count,
            })
            .collect();
        events.sort_by_key(|e| e.time);
        let skip = events.len().saturating_sub(100);
        let events = events.into_iter().skip(skip).collect();
        ClusterSnapshot {
            now: now.millis(),
            nodes,
            deployments,
            replica_sets,
            pods,
            events,
        }
    }

    fn pod_view(&self, p: &Pod) -> PodView {
        let printed = p.printed_status();
        let owner = p.meta.controller_ref();
        let rs = owner
            .filter(|o| o.kind == "ReplicaSet")
            .and_then(|o| self.store.replicaset(&p.meta.namespace, &o.name));
        let min_ready = rs.map_or(0, |r| r.spec.min_ready_seconds);
        PodView {
            name: p.meta.name.clone(),
            namespace: p.meta.namespace.clone(),
            phase: p.status.phase.as_str().to_string(),
            status: printed.status,
            ready: p.is_ready(),
            available: p.is_available(min_ready, self.now),
            ready_text: format!("{}/{}", printed.ready, printed.total),
            restarts: printed.restarts,
            node: p.node_name.clone(),
            owner: owner.map(|o| o.name.clone()),
            revision: rs.and_then(|r| revision(&r.meta.annotations)),
            image: image_of(p.containers())
                .into_iter()
                .next()
                .unwrap_or_default(),
            labels: p.meta.labels.clone(),
            ip: p.status.pod_ip.clone(),
            created_at: p.meta.creation_timestamp.millis(),
            deleted_at: p.meta.deletion_timestamp.map(|t| t.millis()),
        }
    }

    /// An object as the API server returns it (`-o json`), if it exists.
    pub fn object_value(&self, kind: Kind, ns: &str, name: &str) -> Option<Value> {
        self.live_object(kind, ns, name)
            .map(|o| o.to_value(self.config.epoch))
    }
}

/// A diagnostic as the JS API reports it (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DiagnosticView {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// What is wrong.
    pub message: String,
    /// `error` / `warning`.
    pub severity: &'static str,
}

impl From<&crate::error::Diagnostic> for DiagnosticView {
    fn from(d: &crate::error::Diagnostic) -> Self {
        DiagnosticView {
            line: d.line,
            column: d.column,
            message: d.message.clone(),
            severity: d.severity.as_str(),
        }
    }
}

/// One object `apply` touched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppliedObjectView {
    /// Kind.
    pub kind: String,
    /// Name.
    pub name: String,
    /// Namespace ("" for cluster-scoped kinds).
    pub namespace: String,
    /// `created` / `configured` / `unchanged`.
    pub action: &'static str,
}

/// What `apply` returns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplyResultView {
    /// Per object.
    pub applied: Vec<AppliedObjectView>,
    /// Non-fatal remarks.
    pub warnings: Vec<DiagnosticView>,
}

impl From<&crate::cluster::ApplyOutcome> for ApplyResultView {
    fn from(o: &crate::cluster::ApplyOutcome) -> Self {
        ApplyResultView {
            applied: o
                .applied
                .iter()
                .map(|a| AppliedObjectView {
                    kind: a.kind.name().to_string(),
                    name: a.name.clone(),
                    namespace: a.namespace.clone(),
                    action: a.action.as_str(),
                })
                .collect(),
            warnings: o.warnings.iter().map(DiagnosticView::from).collect(),
        }
    }
}

/// An event as `step()` returns it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterEventView {
    /// `Normal` / `Warning`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Reason.
    pub reason: String,
    /// `Kind/name`.
    pub object: String,
    /// Message.
    pub message: String,
    /// Virtual ms.
    pub time: u64,
}

impl From<&ClusterEvent> for ClusterEventView {
    fn from(e: &ClusterEvent) -> Self {
        ClusterEventView {
            type_: e.type_.clone(),
            reason: e.reason.clone(),
            object: e.object.clone(),
            message: e.message.clone(),
            time: e.time.millis(),
        }
    }
}

/// What `kubectl()` returns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KubectlResultView {
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// Exit code.
    pub exit_code: i32,
}

impl From<crate::kubectl::Output> for KubectlResultView {
    fn from(o: crate::kubectl::Output) -> Self {
        KubectlResultView {
            stdout: o.stdout,
            stderr: o.stderr,
            exit_code: o.exit_code,
        }
    }
}

/// A flag value of `rollout(action, target, flags)`.
#[derive(Clone, Debug, PartialEq)]
pub enum FlagValue {
    /// `true` → `--flag`, `false` → `--flag=false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    Text(String),
}

/// `rollout("undo", "deployment/x", {toRevision: 2})` → `rollout undo deployment/x --to-revision=2`.
pub fn rollout_command_line(action: &str, target: &str, flags: &[(String, FlagValue)]) -> String {
    let mut line = format!("rollout {} {}", shell_quote(action), shell_quote(target));
    for (name, value) in flags {
        let flag = camel_to_kebab(name);
        match value {
            FlagValue::Bool(true) => line.push_str(&format!(" --{flag}")),
            FlagValue::Bool(false) => line.push_str(&format!(" --{flag}=false")),
            FlagValue::Number(n) => {
                let text = if n.fract() == 0.0 && n.abs() < 1e15 {
                    format!("{}", *n as i64)
                } else {
                    n.to_string()
                };
                line.push_str(&format!(" --{flag}={text}"));
            }
            FlagValue::Text(t) => line.push_str(&format!(" --{flag}={}", shell_quote(t))),
        }
    }
    line
}

fn camel_to_kebab(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,@%+".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rollout_lines() {
        assert_eq!(
            rollout_command_line(
                "undo",
                "deployment/nginx",
                &[("toRevision".into(), FlagValue::Number(2.0))]
            ),
            "rollout undo deployment/nginx --to-revision=2"
        );
        assert_eq!(
            rollout_command_line(
                "status",
                "deploy/x",
                &[
                    ("watch".into(), FlagValue::Bool(false)),
                    ("timeout".into(), FlagValue::Text("30s".into()))
                ]
            ),
            "rollout status deploy/x --watch=false --timeout=30s"
        );
        assert_eq!(
            rollout_command_line("status", "a b", &[]),
            "rollout status 'a b'"
        );
    }

    #[test]
    fn snapshot_shapes() {
        let mut c = Cluster::new(crate::ClusterConfig::default());
        c.apply("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.14.2\n").unwrap();
        c.step(30_000).unwrap();
        let s = c.snapshot();
        assert_eq!(s.nodes.len(), 3);
        assert_eq!(s.deployments.len(), 1);
        assert_eq!(s.deployments[0].max_total, 3);
        assert_eq!(s.deployments[0].min_available, 2);
        assert_eq!(s.replica_sets.len(), 1);
        assert_eq!(s.pods.len(), 2);
        assert!(
            s.pods
                .iter()
                .all(|p| p.status == "Running" && p.ready && p.revision == Some(1))
        );
        assert!(!s.events.is_empty());
    }
}
