//! Snapshot and restore of a whole cluster (objects, events, timers, kubelet and controller
//! state, RNG), exact to the millisecond: a restored cluster continues byte-identically.
//! For permalinks and time travel. Loading a corrupted or hostile snapshot is an error,
//! never a panic.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::cluster::{Cluster, Timer};
use crate::config::ClusterConfig;
use crate::events::EventLog;
use crate::kubelet::KubeletState;
use crate::model::{
    Deployment, Event, HorizontalPodAutoscaler, Kind, Node, ObjectKey, Pod, ReplicaSet, Service,
};
use crate::rng::Rng;
use crate::store::{NsName, Store};
use crate::time::SimTime;

/// The format tag of this version of snapshots.
pub const FORMAT: &str = "kubeplay-snapshot/1";

#[derive(Serialize, Deserialize)]
struct Snapshot {
    format: String,
    config: ClusterConfig,
    now: SimTime,
    rng: Rng,
    timer_seq: u64,
    timers: Vec<(SimTime, u64, Timer)>,
    pending_syncs: Vec<(Timer, SimTime)>,
    resource_version: u64,
    nodes: Vec<Node>,
    deployments: Vec<Deployment>,
    replicasets: Vec<ReplicaSet>,
    pods: Vec<Pod>,
    #[serde(default)]
    hpas: Vec<HorizontalPodAutoscaler>,
    #[serde(default)]
    services: Vec<Service>,
    events: Vec<Event>,
    event_seq: u64,
    kubelet: KubeletState,
    rs_queue: Vec<NsName>,
    deploy_queue: Vec<NsName>,
    sched_queue: Vec<NsName>,
    gc_queue: Vec<(Kind, String)>,
    foreground: Vec<ObjectKey>,
    files: BTreeMap<String, String>,
    #[serde(default)]
    hpa_recommendations: Vec<(NsName, Vec<(SimTime, i32)>)>,
}

/// Why a snapshot could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError(pub String);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot load snapshot: {}", self.0)
    }
}

impl Cluster {
    /// The whole cluster as a JSON string.
    pub fn save(&self) -> String {
        let mut timers: Vec<(SimTime, u64, Timer)> =
            self.timers.iter().map(|Reverse(t)| t.clone()).collect();
        timers.sort();
        let snap = Snapshot {
            format: FORMAT.to_string(),
            config: self.config,
            now: self.now,
            rng: self.rng.clone(),
            timer_seq: self.timer_seq,
            timers,
            pending_syncs: self
                .pending_syncs
                .iter()
                .map(|(t, at)| (t.clone(), *at))
                .collect(),
            resource_version: self.store.resource_version,
            nodes: self.store.nodes.values().cloned().collect(),
            deployments: self.store.deployments.values().cloned().collect(),
            replicasets: self.store.replicasets.values().cloned().collect(),
            pods: self.store.pods.values().cloned().collect(),
            hpas: self.store.hpas.values().cloned().collect(),
            services: self.store.services.values().cloned().collect(),
            events: self.events.all().cloned().collect(),
            event_seq: self.events.seq(),
            kubelet: self.kubelet.clone(),
            rs_queue: self.rs_queue.iter().cloned().collect(),
            deploy_queue: self.deploy_queue.iter().cloned().collect(),
            sched_queue: self.sched_queue.iter().cloned().collect(),
            gc_queue: self.gc_queue.iter().cloned().collect(),
            foreground: self.foreground.iter().cloned().collect(),
            files: self.files.clone(),
            hpa_recommendations: self
                .hpa_recommendations
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        };
        serde_json::to_string(&snap).unwrap_or_default()
    }

    /// A cluster from [`Cluster::save`]'s output.
    pub fn load(text: &str) -> Result<Cluster, LoadError> {
        let snap: Snapshot = serde_json::from_str(text).map_err(|e| LoadError(e.to_string()))?;
        if snap.format != FORMAT {
            return Err(LoadError(format!(
                "unknown format {:?} (expected {FORMAT:?})",
                snap.format
            )));
        }
        let limits = snap.config.limits;
        if snap.nodes.is_empty() || snap.nodes.len() > 100 {
            return Err(LoadError(format!(
                "{} nodes (1–100 allowed)",
                snap.nodes.len()
            )));
        }
        if snap.pods.len() > limits.max_pods {
            return Err(LoadError(format!(
                "{} pods exceed the limit of {}",
                snap.pods.len(),
                limits.max_pods
            )));
        }
        let objects =
            snap.deployments.len() + snap.replicasets.len() + snap.pods.len() + snap.events.len();
        if objects > limits.max_objects * 2 {
            return Err(LoadError(format!("{objects} objects exceed the limit")));
        }
        if snap.timers.iter().any(|(t, _, _)| *t < snap.now) {
            return Err(LoadError("a timer lies in the past".into()));
        }
        let mut c = Cluster::new(snap.config);
        c.now = snap.now;
        c.rng = snap.rng;
        c.timer_seq = snap.timer_seq;
        c.timers = snap.timers.into_iter().map(Reverse).collect();
        c.pending_syncs = snap.pending_syncs.into_iter().collect();
        c.store = Store::restore(
            snap.nodes,
            snap.deployments,
            snap.replicasets,
            snap.pods,
            snap.hpas,
            snap.services,
            snap.resource_version,
        );
        c.events = EventLog::restore(snap.events, snap.event_seq);
        c.kubelet = snap.kubelet;
        c.rs_queue = snap.rs_queue.into_iter().collect::<BTreeSet<_>>();
        c.deploy_queue = snap.deploy_queue.into_iter().collect();
        c.sched_queue = snap.sched_queue.into_iter().collect();
        c.gc_queue = snap.gc_queue.into_iter().collect();
        c.foreground = snap.foreground.into_iter().collect();
        c.files = snap.files;
        c.hpa_recommendations = snap.hpa_recommendations.into_iter().collect();
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEPLOY: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 4\n  minReadySeconds: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.14.2\n";

    #[test]
    fn round_trip_continues_identically() {
        let mut a = Cluster::new(ClusterConfig {
            seed: 9,
            ..ClusterConfig::default()
        });
        a.apply(DEPLOY).unwrap();
        a.step(2_345).unwrap();
        a.set_image("default", "web", "web", "nginx:1.16.1")
            .unwrap();
        a.step(1_234).unwrap();
        a.write_file("x.yaml", "kind: X\n");
        let saved = a.save();
        let mut b = Cluster::load(&saved).expect("loads");
        assert_eq!(b.dump(), a.dump());
        assert_eq!(b.save(), saved, "save(load(s)) == s");
        // Both continue the same way.
        let ea = a.step(60_000).unwrap();
        let eb = b.step(60_000).unwrap();
        assert_eq!(ea, eb);
        assert_eq!(a.dump(), b.dump());
        assert_eq!(a.snapshot(), b.snapshot());
    }

    #[test]
    fn hostile_snapshots_are_errors() {
        for bad in [
            "",
            "null",
            "{}",
            "[1,2,3]",
            "{\"format\":\"kubeplay-snapshot/99\"}",
            &"[".repeat(100_000),
        ] {
            assert!(Cluster::load(bad).is_err(), "{bad:.40}");
        }
        let good = Cluster::new(ClusterConfig::default()).save();
        let truncated = &good[..good.len() / 2];
        assert!(Cluster::load(truncated).is_err());
        let wrong_type = good.replacen("\"now\":0", "\"now\":\"soon\"", 1);
        assert!(Cluster::load(&wrong_type).is_err());
    }
}
