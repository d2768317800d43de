//! The scheduler: binds each pending pod to the least-loaded Ready, schedulable node that
//! fits its requests (ties by node name), or reports why none fits.

use crate::cluster::Cluster;
use crate::events::Source;
use crate::model::node::Node;
use crate::model::pod::containers_of;
use crate::model::{Kind, Pod};
use crate::quantity::{parse_cpu_milli, parse_memory_bytes};
use crate::store::NsName;
use crate::value::Value;

/// cpu (milli) and memory (bytes) requested by a pod spec.
pub fn pod_requests(spec: &Value) -> (i64, i64) {
    let mut cpu = 0;
    let mut mem = 0;
    for c in containers_of(spec) {
        let req = c.get("resources").and_then(|r| r.get("requests"));
        if let Some(q) = req.and_then(|r| r.get("cpu")) {
            cpu += parse_cpu_milli(q).unwrap_or(0);
        }
        if let Some(q) = req.and_then(|r| r.get("memory")) {
            mem += parse_memory_bytes(q).unwrap_or(0);
        }
    }
    (cpu, mem)
}

fn allocatable(node: &Node) -> (i64, i64, i64) {
    let a = node.status.get("allocatable");
    let cpu = a
        .and_then(|a| a.get("cpu"))
        .and_then(parse_cpu_milli)
        .unwrap_or(i64::MAX);
    let mem = a
        .and_then(|a| a.get("memory"))
        .and_then(parse_memory_bytes)
        .unwrap_or(i64::MAX);
    let pods = a
        .and_then(|a| a.get("pods"))
        .and_then(|p| {
            p.as_str()
                .and_then(|s| s.parse().ok())
                .or_else(|| p.as_i64())
        })
        .unwrap_or(110);
    (cpu, mem, pods)
}

/// Why a node was rejected (the scheduler's per-plugin reasons).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Reject {
    NotReady,
    Unschedulable,
    Taint,
    Cpu,
    Memory,
    Pods,
    Selector,
}

impl Cluster {
    pub(crate) fn run_scheduler(&mut self) {
        let keys = std::mem::take(&mut self.sched_queue);
        for key in keys {
            self.schedule_one(&key);
        }
    }

    fn schedule_one(&mut self, key: &NsName) {
        let Some(pod) = self.store.pods.get(key) else {
            self.kubelet.unschedulable.remove(key);
            return;
        };
        if pod.node_name.is_some() || pod.meta.deletion_timestamp.is_some() {
            self.kubelet.unschedulable.remove(key);
            return;
        }
        let (cpu, mem) = pod_requests(&pod.spec);
        let selector = pod
            .spec
            .get("nodeSelector")
            .and_then(Value::as_object)
            .cloned();
        let mut best: Option<(usize, String)> = None;
        let mut rejects: Vec<Reject> = Vec::new();
        for node in self.store.nodes.values() {
            let name = node.meta.name.clone();
            let reject = if !node.is_ready() {
                Some(Reject::NotReady)
            } else if node.unschedulable() {
                Some(Reject::Unschedulable)
            } else if node.has_blocking_taint() {
                Some(Reject::Taint)
            } else if selector.as_ref().is_some_and(|s| {
                s.iter()
                    .any(|(k, v)| node.meta.labels.get(k).map(String::as_str) != v.as_str())
            }) {
                Some(Reject::Selector)
            } else {
                let (acpu, amem, apods) = allocatable(node);
                let (ucpu, umem, upods) = self.node_usage(&name);
                if upods + 1 > apods {
                    Some(Reject::Pods)
                } else if ucpu + cpu > acpu {
                    Some(Reject::Cpu)
                } else if umem + mem > amem {
                    Some(Reject::Memory)
                } else {
                    None
                }
            };
            match reject {
                Some(r) => rejects.push(r),
                None => {
                    let load = self.kubelet.pods_on(&name);
                    if best
                        .as_ref()
                        .is_none_or(|(l, n)| load < *l || (load == *l && name < *n))
                    {
                        best = Some((load, name));
                    }
                }
            }
        }
        match best {
            Some((_, node)) => self.bind(key, &node),
            None => self.unschedulable(key, rejects),
        }
    }

    /// Requests and pod count of the non-terminated pods bound to a node.
    fn node_usage(&self, node: &str) -> (i64, i64, i64) {
        self.kubelet.usage(node)
    }

    fn bind(&mut self, key: &NsName, node: &str) {
        let Some(mut pod) = self.store.pods.get(key).cloned() else {
            return;
        };
        self.kubelet.unschedulable.remove(key);
        pod.node_name = Some(node.to_string());
        pod.status
            .set_condition("PodScheduled", "True", self.now, None, None);
        let meta = pod.meta.clone();
        self.store.put_pod(pod);
        self.record_event(
            Kind::Pod,
            &meta,
            None,
            Source::component("default-scheduler"),
            "Normal",
            "Scheduled",
            format!(
                "Successfully assigned {}/{} to {node}",
                meta.namespace, meta.name
            ),
        );
        self.kubelet_admit(key);
    }

    fn unschedulable(&mut self, key: &NsName, mut rejects: Vec<Reject>) {
        let Some(mut pod) = self.store.pods.get(key).cloned() else {
            return;
        };
        let total = self.store.nodes.len();
        rejects.sort();
        let mut parts: Vec<String> = Vec::new();
        let mut i = 0;
        while i < rejects.len() {
            let r = rejects[i];
            let n = rejects.iter().filter(|x| **x == r).count();
            parts.push(match r {
                Reject::NotReady => {
                    format!("{n} node(s) had untolerated taint {{node.kubernetes.io/not-ready: }}")
                }
                Reject::Unschedulable => format!("{n} node(s) were unschedulable"),
                Reject::Taint => format!("{n} node(s) had untolerated taint(s)"),
                Reject::Cpu => format!("{n} Insufficient cpu"),
                Reject::Memory => format!("{n} Insufficient memory"),
                Reject::Pods => format!("{n} Too many pods"),
                Reject::Selector => {
                    format!("{n} node(s) didn't match Pod's node affinity/selector")
                }
            });
            i += n;
        }
        let preemption = if rejects
            .iter()
            .any(|r| matches!(r, Reject::Cpu | Reject::Memory | Reject::Pods))
        {
            format!(
                "preemption: 0/{total} nodes are available: {total} No preemption victims found for incoming pod."
            )
        } else {
            format!(
                "preemption: 0/{total} nodes are available: {total} Preemption is not helpful for scheduling."
            )
        };
        let message = format!(
            "0/{total} nodes are available: {}. {preemption}",
            parts.join(", ")
        );
        let first = !self.kubelet.unschedulable.contains(key);
        self.kubelet.unschedulable.insert(key.clone());
        let changed = pod
            .status
            .condition("PodScheduled")
            .is_none_or(|c| c.status != "False" || c.message.as_deref() != Some(message.as_str()));
        if changed {
            pod.status.set_condition(
                "PodScheduled",
                "False",
                self.now,
                Some("Unschedulable"),
                Some(&message),
            );
            let meta = pod.meta.clone();
            self.store.put_pod(pod);
            if first || changed {
                self.record_event(
                    Kind::Pod,
                    &meta,
                    None,
                    Source::component("default-scheduler"),
                    "Warning",
                    "FailedScheduling",
                    message,
                );
            }
        }
    }
}

/// A pod's share of a node, for tests and views.
pub fn fits(pod: &Pod, node: &Node) -> bool {
    let (cpu, mem) = pod_requests(&pod.spec);
    let (acpu, amem, _) = allocatable(node);
    cpu <= acpu && mem <= amem
}
