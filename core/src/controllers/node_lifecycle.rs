//! Node failure and the node lifecycle controller: a failed node's kubelet stops reporting;
//! after the node-monitor grace period the node controller marks the node `Unknown`, taints
//! it `node.kubernetes.io/unreachable` (NoSchedule and NoExecute) and marks its pods not
//! ready; when the pods' toleration of the NoExecute taint runs out (300 s by default) the
//! taint-eviction controller deletes them, their ReplicaSets create replacements on healthy
//! nodes, and the deleted pods stay `Terminating` until the node comes back.

use crate::cluster::{ApiError, Cluster, Timer};
use crate::config::Profile;
use crate::events::Source;
use crate::model::Kind;
use crate::time::SimDuration;
use crate::value::{Value, obj};

/// The NoExecute/NoSchedule taint key of an unreachable node.
pub const UNREACHABLE_TAINT: &str = "node.kubernetes.io/unreachable";

impl Cluster {
    fn node_monitor_grace(&self) -> SimDuration {
        // --node-monitor-grace-period: 40 s until v1.31, 50 s since.
        match self.config.profile {
            Profile::V1_28 => SimDuration::from_secs(40),
            Profile::Current => SimDuration::from_secs(50),
        }
    }

    fn node_event(
        &mut self,
        node: &str,
        source: Source,
        type_: &str,
        reason: &str,
        message: String,
    ) {
        if let Some(meta) = self.store.nodes.get(node).map(|n| n.meta.clone()) {
            self.record_event(Kind::Node, &meta, None, source, type_, reason, message);
        }
    }

    /// Simulates a node failure: its kubelet stops reporting (the containers keep running
    /// but nobody can see or stop them).
    pub fn fail_node(&mut self, name: &str) -> Result<(), ApiError> {
        if !self.store.nodes.contains_key(name) {
            return Err(ApiError::NotFound {
                kind: Kind::Node,
                name: name.to_string(),
            });
        }
        if self.kubelet.failed.insert(name.to_string()) {
            let at = self.now.plus(self.node_monitor_grace());
            self.add_timer(at, Timer::NodeMonitor(name.to_string()));
        }
        Ok(())
    }

    /// Brings a failed node back: the kubelet reports Ready again, the taints go, pods marked
    /// for deletion meanwhile are stopped, delayed kubelet work runs.
    pub fn recover_node(&mut self, name: &str) -> Result<(), ApiError> {
        if !self.store.nodes.contains_key(name) {
            return Err(ApiError::NotFound {
                kind: Kind::Node,
                name: name.to_string(),
            });
        }
        if !self.kubelet.failed.remove(name) {
            return Ok(());
        }
        let now_text = self.config.epoch.rfc3339(self.now);
        if let Some(mut n) = self.store.nodes.get(name).cloned() {
            let was_unknown = n.condition_status("Ready") != Some("True");
            if let Some(Value::Array(conds)) = n.status.get_mut("conditions") {
                for c in conds.iter_mut() {
                    let (status, reason, message) = match c.get("type").and_then(Value::as_str) {
                        Some("Ready") => {
                            ("True", "KubeletReady", "kubelet is posting ready status")
                        }
                        Some("MemoryPressure") => (
                            "False",
                            "KubeletHasSufficientMemory",
                            "kubelet has sufficient memory available",
                        ),
                        Some("DiskPressure") => (
                            "False",
                            "KubeletHasNoDiskPressure",
                            "kubelet has no disk pressure",
                        ),
                        Some("PIDPressure") => (
                            "False",
                            "KubeletHasSufficientPID",
                            "kubelet has sufficient PID available",
                        ),
                        _ => continue,
                    };
                    c.set("status", Value::from(status));
                    c.set("reason", Value::from(reason));
                    c.set("message", Value::from(message));
                    c.set("lastHeartbeatTime", Value::from(now_text.as_str()));
                    if was_unknown {
                        c.set("lastTransitionTime", Value::from(now_text.as_str()));
                    }
                }
            }
            remove_unreachable_taints(&mut n.spec);
            self.store.put_node(n);
            if was_unknown {
                self.node_event(
                    name,
                    Source {
                        component: "kubelet",
                        host: Some(name.to_string()),
                    },
                    "Normal",
                    "NodeReady",
                    format!("Node {name} status is now: NodeReady"),
                );
            }
        }
        // Pods the node controller marked not ready report their real readiness again.
        let keys: Vec<_> = self.kubelet.pod_keys_on(name).cloned().collect();
        for key in keys {
            if let Some(mut p) = self.store.pods.get(&key).cloned() {
                if p.meta.deletion_timestamp.is_none() {
                    self.update_ready(&mut p);
                    self.store.put_pod(p);
                }
            }
        }
        let deferred = std::mem::take(&mut self.kubelet.deferred);
        let now = self.now;
        for (pod, uid, step) in deferred {
            self.add_timer(now, Timer::Kubelet { pod, uid, step });
        }
        self.settle()
    }

    /// The node-monitor grace period of a failed node is over.
    pub(crate) fn node_monitor(&mut self, name: &str) {
        if !self.kubelet.failed.contains(name) {
            return;
        }
        let now_text = self.config.epoch.rfc3339(self.now);
        let Some(mut n) = self.store.nodes.get(name).cloned() else {
            return;
        };
        if let Some(Value::Array(conds)) = n.status.get_mut("conditions") {
            for c in conds.iter_mut() {
                c.set("status", Value::from("Unknown"));
                c.set("reason", Value::from("NodeStatusUnknown"));
                c.set(
                    "message",
                    Value::from("Kubelet stopped posting node status."),
                );
                c.set("lastTransitionTime", Value::from(now_text.as_str()));
            }
        }
        let mut taints = n
            .spec
            .get("taints")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        taints.push(obj([
            ("effect", Value::from("NoSchedule")),
            ("key", Value::from(UNREACHABLE_TAINT)),
        ]));
        taints.push(obj([
            ("effect", Value::from("NoExecute")),
            ("key", Value::from(UNREACHABLE_TAINT)),
            ("timeAdded", Value::from(now_text.as_str())),
        ]));
        n.spec.set("taints", Value::Array(taints));
        self.store.put_node(n);
        self.node_event(
            name,
            Source::component("node-controller"),
            "Normal",
            "NodeNotReady",
            format!("Node {name} status is now: NodeNotReady"),
        );
        // MarkPodsNotReady, then the NoExecute eviction after the shortest toleration.
        let keys: Vec<_> = self.kubelet.pod_keys_on(name).cloned().collect();
        let mut toleration = u64::MAX;
        for key in keys {
            let Some(mut p) = self.store.pods.get(&key).cloned() else {
                continue;
            };
            toleration = toleration.min(unreachable_toleration_seconds(&p.spec));
            let meta = p.meta.clone();
            p.status
                .set_condition("Ready", "False", self.now, None, None);
            self.store.put_pod(p);
            self.record_event(
                Kind::Pod,
                &meta,
                None,
                Source::component("node-controller"),
                "Warning",
                "NodeNotReady",
                "Node is not ready".to_string(),
            );
        }
        let toleration = if toleration == u64::MAX {
            300
        } else {
            toleration
        };
        let at = self.now.plus(SimDuration::from_secs(toleration));
        self.add_timer(at, Timer::NodeEvict(name.to_string()));
    }

    /// The NoExecute taint's toleration ran out: evict the node's pods.
    pub(crate) fn node_evict(&mut self, name: &str) {
        if !self.kubelet.failed.contains(name) {
            return;
        }
        let component = match self.config.profile {
            Profile::V1_28 => "taint-controller",
            Profile::Current => "taint-eviction-controller",
        };
        let keys: Vec<_> = self.kubelet.pod_keys_on(name).cloned().collect();
        for key in keys {
            let Some(p) = self.store.pods.get(&key).cloned() else {
                continue;
            };
            if p.meta.deletion_timestamp.is_some() {
                continue;
            }
            let meta = p.meta.clone();
            self.record_event(
                Kind::Pod,
                &meta,
                None,
                Source::component(component),
                "Normal",
                "TaintManagerEviction",
                format!("Marking for deletion Pod {}/{}", meta.namespace, meta.name),
            );
            self.delete_pod(&key.0, &key.1, None);
        }
    }
}

fn remove_unreachable_taints(spec: &mut Value) {
    let Some(taints) = spec.get("taints").and_then(Value::as_array).cloned() else {
        return;
    };
    let kept: Vec<Value> = taints
        .into_iter()
        .filter(|t| t.get("key").and_then(Value::as_str) != Some(UNREACHABLE_TAINT))
        .collect();
    if kept.is_empty() {
        spec.remove("taints");
    } else {
        spec.set("taints", Value::Array(kept));
    }
}

/// How long a pod tolerates `node.kubernetes.io/unreachable:NoExecute` (300 s by default).
fn unreachable_toleration_seconds(spec: &Value) -> u64 {
    spec.get("tolerations")
        .and_then(Value::as_array)
        .and_then(|ts| {
            ts.iter().find(|t| {
                t.get("key").and_then(Value::as_str) == Some(UNREACHABLE_TAINT)
                    && t.get("effect")
                        .and_then(Value::as_str)
                        .is_none_or(|e| e == "NoExecute")
            })
        })
        .and_then(|t| t.get("tolerationSeconds"))
        .and_then(Value::as_i64)
        .map_or(300, |s| s.max(0) as u64)
}
