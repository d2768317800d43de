//! The facade: a deterministic simulated cluster.
//!
//! Inputs are writes ([`Cluster::apply`], [`Cluster::delete`], …) and time
//! ([`Cluster::advance_to`]); outputs are events, [`Cluster::next_wakeup`] and views.
//! After every write and every instant with due timers, the controllers run to a fixpoint
//! (bounded) before the call returns, as a real control plane would a few ms later.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};
use std::rc::Rc;

use crate::config::ClusterConfig;
use crate::controllers::deployment::controller::DeploymentAction;
use crate::controllers::{self, Action};
use crate::error::{Diagnostic, FieldError, Severity};
use crate::events::{ClusterEvent, EventLog, Source};
use crate::kubelet::{KubeletState, KubeletStep};
use crate::manifest::yaml::{Pos, YamlLimits};
use crate::manifest::{self, DocError, ManifestDoc, defaults, merge, validation};
use crate::model::deployment::{Deployment, LAST_APPLIED_ANNOTATION};
use crate::model::pod::{Pod, PodPhase, PodStatus, qos_class};
use crate::model::replicaset::{ReplicaSet, ReplicaSetCondition};
use crate::model::{Kind, Node, Object, ObjectKey, ObjectMeta, OwnerReference, ToValue};
use crate::rng::Rng;
use crate::store::{Change, NsName, Store};
use crate::time::{SimDuration, SimTime};
use crate::value::{Value, obj, write_compact_json};

/// The namespace objects go to when none is given.
pub const DEFAULT_NAMESPACE: &str = "default";

/// What `apply` did to one object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApplyAction {
    /// Newly created.
    Created,
    /// Changed.
    Configured,
    /// Already as written.
    Unchanged,
}

impl ApplyAction {
    /// `created` / `configured` / `unchanged`.
    pub fn as_str(self) -> &'static str {
        match self {
            ApplyAction::Created => "created",
            ApplyAction::Configured => "configured",
            ApplyAction::Unchanged => "unchanged",
        }
    }
}

/// One object applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppliedObject {
    /// Kind.
    pub kind: Kind,
    /// Name.
    pub name: String,
    /// Namespace ("" for cluster-scoped kinds).
    pub namespace: String,
    /// What happened.
    pub action: ApplyAction,
}

/// The result of a successful apply.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ApplyOutcome {
    /// Per object, in document order.
    pub applied: Vec<AppliedObject>,
    /// Non-fatal remarks.
    pub warnings: Vec<Diagnostic>,
}

/// Why an apply was refused (nothing was changed).
#[derive(Clone, Debug, PartialEq)]
pub struct ApplyError {
    /// Each problem, in document order.
    pub errors: Vec<DocError>,
}

impl ApplyError {
    /// Every diagnostic, sorted by position.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let mut all: Vec<Diagnostic> = self.errors.iter().flat_map(DocError::diagnostics).collect();
        all.sort();
        all.dedup();
        all
    }
}

/// An error from the API (for single-object operations).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// `deployments.apps "x" not found`
    NotFound {
        /// Kind.
        kind: Kind,
        /// Name.
        name: String,
    },
    /// `deployments.apps "x" already exists`
    AlreadyExists {
        /// Kind.
        kind: Kind,
        /// Name.
        name: String,
    },
    /// The controllers did not settle (a bug or a limit).
    NotSettled(String),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::NotFound { kind, name } => {
                write!(f, "{} \"{name}\" not found", kind.qualified_resource())
            }
            ApiError::AlreadyExists { kind, name } => {
                write!(f, "{} \"{name}\" already exists", kind.qualified_resource())
            }
            ApiError::NotSettled(m) => write!(f, "{m}"),
        }
    }
}

/// How dependents are treated when an owner is deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Propagation {
    /// Delete the owner now, the garbage collector deletes dependents (kubectl's default).
    #[default]
    Background,
    /// Delete dependents first, then the owner.
    Foreground,
    /// Leave dependents, without their owner reference.
    Orphan,
}

/// A scheduled wake-up.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub(crate) enum Timer {
    /// A kubelet step for one pod (ignored if the pod's uid changed).
    Kubelet {
        /// The pod.
        pod: NsName,
        /// Its uid.
        uid: String,
        /// What to do.
        step: KubeletStep,
    },
    /// Resync a ReplicaSet (minReadySeconds availability checks).
    SyncReplicaSet(NsName),
    /// Resync a Deployment (progress deadline).
    SyncDeployment(NsName),
    /// Resync a HorizontalPodAutoscaler (every 15 s, as the controller does).
    SyncHpa(NsName),
    /// The node-monitor grace period of a failed node is over.
    NodeMonitor(String),
    /// The NoExecute toleration of a failed node's pods is over.
    NodeEvict(String),
}

/// The simulated cluster.
#[derive(Clone, Debug)]
pub struct Cluster {
    pub(crate) config: ClusterConfig,
    pub(crate) now: SimTime,
    pub(crate) store: Store,
    pub(crate) events: EventLog,
    pub(crate) rng: Rng,
    pub(crate) timers: BinaryHeap<Reverse<(SimTime, u64, Timer)>>,
    pub(crate) timer_seq: u64,
    pub(crate) kubelet: KubeletState,
    pub(crate) rs_queue: BTreeSet<NsName>,
    pub(crate) deploy_queue: BTreeSet<NsName>,
    pub(crate) hpa_queue: BTreeSet<NsName>,
    pub(crate) sched_queue: BTreeSet<NsName>,
    pub(crate) gc_queue: BTreeSet<(Kind, String)>,
    pub(crate) foreground: BTreeSet<ObjectKey>,
    pub(crate) files: BTreeMap<String, String>,
    pub(crate) pod_specs: BTreeMap<(String, i64), Rc<Value>>,
    pub(crate) pending_syncs: BTreeMap<Timer, SimTime>,
    /// The HPA controller's memory: each HPA's recent replica recommendations.
    pub(crate) hpa_recommendations: BTreeMap<NsName, Vec<(SimTime, i32)>>,
}

impl Cluster {
    /// A cluster with `config.nodes` Ready nodes at virtual time 0.
    pub fn new(config: ClusterConfig) -> Cluster {
        let mut c = Cluster {
            config,
            now: SimTime::ZERO,
            store: Store::default(),
            events: EventLog::default(),
            rng: Rng::new(config.seed),
            timers: BinaryHeap::new(),
            timer_seq: 0,
            kubelet: KubeletState::default(),
            rs_queue: BTreeSet::new(),
            deploy_queue: BTreeSet::new(),
            hpa_queue: BTreeSet::new(),
            sched_queue: BTreeSet::new(),
            gc_queue: BTreeSet::new(),
            foreground: BTreeSet::new(),
            files: BTreeMap::new(),
            pod_specs: BTreeMap::new(),
            pending_syncs: BTreeMap::new(),
            hpa_recommendations: BTreeMap::new(),
        };
        for i in 1..=config.nodes.clamp(1, 100) {
            let node = c.make_node(i);
            c.store.put_node(node);
        }
        c.store.take_changes();
        c
    }

    // ---- getters ----------------------------------------------------------------------

    /// Current virtual time.
    pub fn now(&self) -> SimTime {
        self.now
    }

    /// The configuration.
    pub fn config(&self) -> &ClusterConfig {
        &self.config
    }

    /// The object store (read only).
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The event log.
    pub fn events(&self) -> &EventLog {
        &self.events
    }

    /// When something will next happen on its own (the earliest timer), if anything.
    pub fn next_wakeup(&self) -> Option<SimTime> {
        self.timers.peek().map(|Reverse((t, _, _))| *t)
    }

    /// Files visible to `kubectl apply -f`.
    pub fn write_file(&mut self, name: &str, contents: &str) {
        self.files.insert(name.to_string(), contents.to_string());
    }

    /// A file written with [`Cluster::write_file`].
    pub fn file(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(String::as_str)
    }

    /// Every object and event as canonical JSON, one per line, in a fixed order: two
    /// clusters are in the same state iff their dumps are equal.
    pub fn dump(&self) -> String {
        let epoch = self.config.epoch;
        let mut out = format!("now {}\n", self.now.millis());
        let mut line = |v: Value| {
            write_compact_json(&v, &mut out);
            out.push('\n');
        };
        for n in self.store.nodes.values() {
            line(n.to_value(epoch));
        }
        for d in self.store.deployments.values() {
            line(d.to_value(epoch));
        }
        for r in self.store.replicasets.values() {
            line(r.to_value(epoch));
        }
        for p in self.store.pods.values() {
            line(p.to_value(epoch));
        }
        for e in self.events.all() {
            line(e.to_value(epoch));
        }
        out
    }

    // ---- time -------------------------------------------------------------------------

    /// Advances virtual time to `t`, running every timer due on the way; returns the events
    /// emitted meanwhile. Work is proportional to what happens, not to the time span.
    pub fn advance_to(&mut self, t: SimTime) -> Result<Vec<ClusterEvent>, ApiError> {
        let start = self.events.emitted_len();
        while let Some(next) = self.next_wakeup() {
            if next > t {
                break;
            }
            self.now = self.now.max(next);
            while let Some(Reverse((at, _, _))) = self.timers.peek() {
                if *at > self.now {
                    break;
                }
                let Some(Reverse((_, _, timer))) = self.timers.pop() else {
                    break;
                };
                self.fire(timer);
            }
            self.settle()?;
        }
        self.now = self.now.max(t);
        Ok(self.events.emitted_since(start))
    }

    /// Every event occurrence since the last call, including those emitted while kubectl
    /// commands advanced time (`rollout status`, `delete` waiting for pods).
    pub fn take_events(&mut self) -> Vec<ClusterEvent> {
        self.events.take_emitted()
    }

    /// Advances virtual time by `ms`.
    pub fn step(&mut self, ms: u64) -> Result<Vec<ClusterEvent>, ApiError> {
        let t = self.now.plus(SimDuration::from_millis(ms));
        self.advance_to(t)
    }

    pub(crate) fn add_timer(&mut self, at: SimTime, timer: Timer) {
        if matches!(
            timer,
            Timer::SyncReplicaSet(_) | Timer::SyncDeployment(_) | Timer::SyncHpa(_)
        ) {
            // A work queue keeps one entry per key: the earliest wins.
            if self.pending_syncs.get(&timer).is_some_and(|t| *t <= at) {
                return;
            }
            self.pending_syncs.insert(timer.clone(), at);
        }
        self.timer_seq += 1;
        self.timers.push(Reverse((at, self.timer_seq, timer)));
    }

    fn fire(&mut self, timer: Timer) {
        if self.pending_syncs.get(&timer) == Some(&self.now) {
            self.pending_syncs.remove(&timer);
        }
        match timer {
            Timer::Kubelet { pod, uid, step } => self.kubelet_step(&pod, &uid, step),
            Timer::SyncReplicaSet(k) => {
                self.rs_queue.insert(k);
            }
            Timer::SyncDeployment(k) => {
                self.deploy_queue.insert(k);
            }
            Timer::SyncHpa(k) => {
                self.hpa_queue.insert(k);
            }
            Timer::NodeMonitor(n) => self.node_monitor(&n),
            Timer::NodeEvict(n) => self.node_evict(&n),
        }
    }

    // ---- events -----------------------------------------------------------------------

    /// Records an event about an object.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn record_event(
        &mut self,
        kind: Kind,
        meta: &ObjectMeta,
        field_path: Option<String>,
        source: Source,
        type_: &str,
        reason: &str,
        message: String,
    ) {
        let (now, epoch) = (self.now, self.config.epoch);
        self.events.record(
            now,
            epoch,
            &mut self.rng,
            kind,
            meta,
            field_path,
            source,
            type_,
            reason,
            message,
        );
    }

    // ---- the controllers' loop --------------------------------------------------------

    /// Runs the controllers until nothing changes (bounded).
    pub(crate) fn settle(&mut self) -> Result<(), ApiError> {
        let max = self.config.limits.max_settle_rounds;
        for _ in 0..max {
            let changes = self.store.take_changes();
            for c in &changes {
                self.route(c);
            }
            if self.rs_queue.is_empty()
                && self.deploy_queue.is_empty()
                && self.hpa_queue.is_empty()
                && self.sched_queue.is_empty()
                && self.gc_queue.is_empty()
                && self.foreground.is_empty()
            {
                return Ok(());
            }
            self.run_gc();
            self.run_scheduler();
            self.run_replicaset_controller();
            self.run_deployment_controller();
            self.run_hpa_controller();
            if !self.store.has_changes() && self.gc_queue.is_empty() && self.rs_queue.is_empty() {
                // Nothing new: the remaining queue entries (unschedulable pods, waiting
                // foreground deletions) wait for a later change.
                self.sched_queue.clear();
                self.deploy_queue.clear();
                self.hpa_queue.clear();
                return Ok(());
            }
        }
        Err(ApiError::NotSettled(format!(
            "the controllers did not settle after {max} rounds at t={}ms",
            self.now.millis()
        )))
    }

    /// Wakes the controllers a write concerns.
    fn route(&mut self, c: &Change) {
        let ns = c.key.namespace.clone();
        match c.key.kind {
            Kind::Pod => {
                let pod = self.store.pods.get(&(ns.clone(), c.key.name.clone()));
                // A write that changes none of what a ReplicaSet counts (labels, owner,
                // readiness, activeness) does not need a ReplicaSet sync: the result would be
                // the same (a status-only kubelet update such as "image pulled").
                let irrelevant = pod.is_some_and(|p| {
                    c.old_pod_state == Some((p.is_ready(), p.is_active()))
                        && c.old_labels.as_ref() == Some(&p.meta.labels)
                        && c.old_controller.as_ref() == p.meta.controller_ref()
                });
                if irrelevant {
                    return;
                }
                let owners = pod
                    .and_then(|p| p.meta.controller_ref().cloned())
                    .into_iter()
                    .chain(c.old_controller.clone());
                let mut owned = false;
                for r in owners {
                    if r.kind == "ReplicaSet" {
                        self.rs_queue.insert((ns.clone(), r.name.clone()));
                        owned = true;
                    }
                }
                if let Some(p) = pod {
                    if !owned && p.is_active() {
                        let matching: Vec<NsName> = self
                            .store
                            .replicasets_in(&ns)
                            .filter(|rs| rs.spec.selector.matches(&p.meta.labels))
                            .map(|rs| (ns.clone(), rs.meta.name.clone()))
                            .collect();
                        self.rs_queue.extend(matching);
                    }
                    if p.node_name.is_none() && p.meta.deletion_timestamp.is_none() {
                        self.sched_queue.insert((ns.clone(), c.key.name.clone()));
                    }
                } else {
                    // A pod is gone: a node has room again; and a Recreate Deployment waits
                    // for exactly this (`deletePod` enqueues it).
                    self.requeue_unscheduled();
                    if let Some(owner) =
                        c.old_controller.as_ref().filter(|r| r.kind == "ReplicaSet")
                    {
                        let deploy = self
                            .store
                            .replicaset(&ns, &owner.name)
                            .and_then(|rs| rs.meta.controller_ref())
                            .filter(|r| r.kind == "Deployment")
                            .map(|r| (ns.clone(), r.name.clone()));
                        if let Some(key) = deploy {
                            if self
                                .store
                                .deployments
                                .get(&key)
                                .is_some_and(|d| d.spec.strategy.type_ == "Recreate")
                            {
                                self.deploy_queue.insert(key);
                            }
                        }
                    }
                }
            }
            Kind::ReplicaSet => {
                if c.deleted {
                    self.gc_queue.insert((Kind::ReplicaSet, c.uid.clone()));
                } else {
                    self.rs_queue.insert((ns.clone(), c.key.name.clone()));
                }
                let rs = self
                    .store
                    .replicasets
                    .get(&(ns.clone(), c.key.name.clone()));
                let owners = rs
                    .and_then(|r| r.meta.controller_ref().cloned())
                    .into_iter()
                    .chain(c.old_controller.clone());
                let mut owned = false;
                for r in owners {
                    if r.kind == "Deployment" {
                        self.deploy_queue.insert((ns.clone(), r.name.clone()));
                        owned = true;
                    }
                }
                if let (false, Some(rs)) = (owned, rs) {
                    let matching: Vec<NsName> = self
                        .store
                        .deployments_in(&ns)
                        .filter(|d| {
                            !d.spec.selector.is_empty() && d.spec.selector.matches(&rs.meta.labels)
                        })
                        .map(|d| (ns.clone(), d.meta.name.clone()))
                        .collect();
                    self.deploy_queue.extend(matching);
                }
            }
            Kind::Deployment => {
                if c.deleted {
                    self.gc_queue.insert((Kind::Deployment, c.uid.clone()));
                } else {
                    self.deploy_queue.insert((ns, c.key.name.clone()));
                }
            }
            Kind::Node => self.requeue_unscheduled(),
            Kind::HorizontalPodAutoscaler => {
                // A new HPA syncs at once; later writes (its own status updates, spec edits)
                // wait for the 15 s resync, as the controller's fixed-interval rate-limited
                // queue makes them.
                if !c.deleted && c.old_labels.is_none() {
                    self.hpa_queue.insert((ns, c.key.name.clone()));
                }
            }
            Kind::Service | Kind::Event => {}
        }
    }

    fn requeue_unscheduled(&mut self) {
        let pending: Vec<NsName> = self.kubelet.unschedulable.iter().cloned().collect();
        self.sched_queue.extend(pending);
    }

    fn run_replicaset_controller(&mut self) {
        let keys = std::mem::take(&mut self.rs_queue);
        for key in keys {
            let actions = controllers::replicaset::sync_replica_set(&self.store, &key, self.now);
            for a in actions {
                self.apply_action(a);
            }
        }
    }

    fn run_deployment_controller(&mut self) {
        let keys = std::mem::take(&mut self.deploy_queue);
        for key in keys {
            let actions = controllers::deployment::controller::sync_deployment(
                &self.store,
                &key,
                self.now,
                self.config.profile,
            );
            for a in actions {
                self.apply_deployment_action(&key, a);
            }
        }
    }

    fn apply_deployment_action(&mut self, key: &NsName, action: DeploymentAction) {
        match action {
            DeploymentAction::CreateReplicaSet(rs) => {
                let mut rs = *rs;
                if self
                    .store
                    .replicaset(&rs.meta.namespace, &rs.meta.name)
                    .is_some()
                {
                    return;
                }
                rs.meta.uid = self.rng.uuid();
                rs.meta.creation_timestamp = self.now.truncate_to_second();
                rs.meta.generation = 1;
                self.store.put_replicaset(rs);
            }
            DeploymentAction::UpdateReplicaSet(rs) => {
                let mut rs = *rs;
                let Some(old) = self.store.replicaset(&rs.meta.namespace, &rs.meta.name) else {
                    return;
                };
                rs.meta.uid.clone_from(&old.meta.uid);
                rs.meta.creation_timestamp = old.meta.creation_timestamp;
                rs.meta.generation = old.meta.generation;
                rs.status = old.status.clone();
                if rs.spec != old.spec {
                    rs.meta.generation += 1;
                }
                if rs.spec != old.spec
                    || rs.meta.labels != old.meta.labels
                    || rs.meta.annotations != old.meta.annotations
                    || rs.meta.owner_references != old.meta.owner_references
                {
                    self.store.put_replicaset(rs);
                }
            }
            DeploymentAction::DeleteReplicaSet((ns, name)) => {
                self.delete_replicaset(&ns, &name, Propagation::Background);
            }
            DeploymentAction::UpdateDeployment(d) => {
                let mut d = *d;
                let Some(old) = self.store.deployment(&key.0, &key.1) else {
                    return;
                };
                d.status = old.status.clone();
                d.meta.generation = old.meta.generation;
                if d.spec != old.spec || d.meta.annotations != old.meta.annotations {
                    d.meta.generation += 1;
                }
                self.store.put_deployment(d);
            }
            DeploymentAction::UpdateDeploymentStatus(d) => {
                let Some(mut stored) = self.store.deployment(&key.0, &key.1).cloned() else {
                    return;
                };
                if stored.status == d.status && stored.meta.annotations == d.meta.annotations {
                    return;
                }
                stored.status = d.status;
                stored.meta.annotations = d.meta.annotations;
                self.store.put_deployment(stored);
            }
            DeploymentAction::Event {
                type_,
                reason,
                message,
            } => {
                if let Some(meta) = self
                    .store
                    .deployment(&key.0, &key.1)
                    .map(|d| d.meta.clone())
                {
                    self.record_event(
                        Kind::Deployment,
                        &meta,
                        None,
                        Source::component("deployment-controller"),
                        type_,
                        reason,
                        message,
                    );
                }
            }
            DeploymentAction::RequeueAfter(after) => {
                let at = self.now.plus(after.max(SimDuration::from_millis(1)));
                self.add_timer(at, Timer::SyncDeployment(key.clone()));
            }
        }
    }

    /// The garbage collector: dependents of deleted owners go (background propagation), and
    /// owners waiting for foreground deletion go once their dependents are gone.
    fn run_gc(&mut self) {
        let owners = std::mem::take(&mut self.gc_queue);
        for (_, uid) in owners {
            let rss: Vec<NsName> = self
                .store
                .replicasets_controlled_by(&uid)
                .map(|r| (r.meta.namespace.clone(), r.meta.name.clone()))
                .collect();
            for (ns, name) in rss {
                self.delete_replicaset(&ns, &name, Propagation::Background);
            }
            let pods: Vec<NsName> = self
                .store
                .pods_controlled_by(&uid)
                .filter(|p| p.meta.deletion_timestamp.is_none())
                .map(|p| (p.meta.namespace.clone(), p.meta.name.clone()))
                .collect();
            for (ns, name) in pods {
                self.delete_pod(&ns, &name, None);
            }
        }
        let waiting: Vec<ObjectKey> = self.foreground.iter().cloned().collect();
        for key in waiting {
            let Some(uid) = self.store.meta(&key).map(|m| m.uid.clone()) else {
                self.foreground.remove(&key);
                continue;
            };
            let has_dependents = self.store.replicasets_controlled_by(&uid).next().is_some()
                || self.store.pods_controlled_by(&uid).next().is_some();
            if !has_dependents {
                self.foreground.remove(&key);
                match key.kind {
                    Kind::Deployment => {
                        self.store.remove_deployment(&key.namespace, &key.name);
                    }
                    Kind::ReplicaSet => {
                        self.store.remove_replicaset(&key.namespace, &key.name);
                    }
                    _ => {}
                }
            }
        }
    }

    // ---- actions ------------------------------------------------------------------------

    fn apply_action(&mut self, action: Action) {
        match action {
            Action::AdoptPod { pod, owner } => {
                if let Some(mut p) = self.store.pods.get(&pod).cloned() {
                    if p.meta.controller_ref().is_none() && p.is_active() {
                        p.meta.owner_references.push(owner);
                        self.store.put_pod(p);
                    }
                }
            }
            Action::ReleasePod { pod, owner_uid } => {
                if let Some(mut p) = self.store.pods.get(&pod).cloned() {
                    p.meta.owner_references.retain(|r| r.uid != owner_uid);
                    self.store.put_pod(p);
                }
            }
            Action::CreatePods {
                rs,
                count,
                template,
            } => self.create_pods(&rs, count, &template),
            Action::DeletePods { rs, pods } => {
                for (ns, name) in pods {
                    let existed = self.store.pods.contains_key(&(ns.clone(), name.clone()));
                    self.delete_pod(&ns, &name, None);
                    if existed {
                        if let Some(meta) = self.store.replicasets.get(&rs).map(|r| r.meta.clone())
                        {
                            self.record_event(
                                Kind::ReplicaSet,
                                &meta,
                                None,
                                Source::component("replicaset-controller"),
                                "Normal",
                                "SuccessfulDelete",
                                format!("Deleted pod: {name}"),
                            );
                        }
                    }
                }
            }
            Action::UpdateReplicaSetStatus { rs, status } => {
                if let Some(mut r) = self.store.replicasets.get(&rs).cloned() {
                    r.status = status;
                    self.store.put_replicaset(r);
                }
            }
            Action::RequeueReplicaSet { rs, after } => {
                let at = self.now.plus(after);
                self.add_timer(at, Timer::SyncReplicaSet(rs));
            }
        }
    }

    fn create_pods(&mut self, rs_key: &NsName, count: usize, template: &Pod) {
        let Some(rs_meta) = self.store.replicasets.get(rs_key).map(|r| r.meta.clone()) else {
            return;
        };
        let spec = self.admitted_spec_for(rs_key);
        let (_, err) = controllers::slow_start_batch(count, 1, || {
            let name = self.create_pod_for(template, &spec)?;
            self.record_event(
                Kind::ReplicaSet,
                &rs_meta,
                None,
                Source::component("replicaset-controller"),
                "Normal",
                "SuccessfulCreate",
                format!("Created pod: {name}"),
            );
            Ok::<(), String>(())
        });
        if let Some(e) = err {
            let message = format!(
                "pods \"{}\" is forbidden: {e}",
                template.meta.generate_name.as_deref().unwrap_or("")
            );
            self.record_event(
                Kind::ReplicaSet,
                &rs_meta,
                None,
                Source::component("replicaset-controller"),
                "Warning",
                "FailedCreate",
                format!("Error creating: {message}"),
            );
            if let Some(mut rs) = self.store.replicasets.get(rs_key).cloned() {
                if !rs
                    .status
                    .conditions
                    .iter()
                    .any(|c| c.type_ == "ReplicaFailure")
                {
                    rs.status.conditions.push(ReplicaSetCondition {
                        type_: "ReplicaFailure".into(),
                        status: "True".into(),
                        last_transition_time: self.now,
                        reason: "FailedCreate".into(),
                        message,
                    });
                    self.store.put_replicaset(rs);
                }
            }
        }
    }

    /// The pod spec the admission plugins produce from an RS template, shared by its pods.
    fn admitted_spec_for(&mut self, rs_key: &NsName) -> Rc<Value> {
        let Some(rs) = self.store.replicasets.get(rs_key) else {
            return Rc::new(Value::object());
        };
        let key = (rs.meta.uid.clone(), rs.meta.generation);
        if let Some(s) = self.pod_specs.get(&key) {
            return s.clone();
        }
        let mut spec = (*rs.spec.template.spec).clone();
        admit_pod_spec(&mut spec);
        let spec = Rc::new(spec);
        if self.pod_specs.len() > 1000 {
            self.pod_specs.clear();
        }
        self.pod_specs.insert(key, spec.clone());
        spec
    }

    /// Creates a pod from `template` (its generateName), as the API server does.
    fn create_pod_for(&mut self, template: &Pod, spec: &Rc<Value>) -> Result<String, String> {
        if self.store.pods.len() >= self.config.limits.max_pods {
            return Err(format!(
                "exceeded the playground's limit of {} pods",
                self.config.limits.max_pods
            ));
        }
        let base = template.meta.generate_name.clone().unwrap_or_default();
        let base: String = base.chars().take(58).collect();
        let ns = template.meta.namespace.clone();
        let mut name = format!("{base}{}", self.rng.name_suffix(5));
        while self.store.pods.contains_key(&(ns.clone(), name.clone())) {
            name = format!("{base}{}", self.rng.name_suffix(5));
        }
        let mut pod = template.clone();
        pod.meta.name = name.clone();
        pod.meta.uid = self.rng.uuid();
        pod.meta.creation_timestamp = self.now.truncate_to_second();
        pod.spec = spec.clone();
        pod.api_access_suffix = Some(self.rng.name_suffix(5));
        pod.status = PodStatus {
            phase: PodPhase::Pending,
            qos_class: qos_class(spec).to_string(),
            ..PodStatus::default()
        };
        self.store.put_pod(pod);
        Ok(name)
    }

    // ---- deletion -----------------------------------------------------------------------

    /// Deletes an object as `kubectl delete` does.
    pub fn delete(
        &mut self,
        key: &ObjectKey,
        propagation: Propagation,
        grace_seconds: Option<i64>,
    ) -> Result<(), ApiError> {
        let not_found = || ApiError::NotFound {
            kind: key.kind,
            name: key.name.clone(),
        };
        match key.kind {
            Kind::Pod => {
                if self.store.pod(&key.namespace, &key.name).is_none() {
                    return Err(not_found());
                }
                if propagation == Propagation::Orphan {
                    // Pods have no dependents we simulate.
                }
                self.delete_pod(&key.namespace, &key.name, grace_seconds);
            }
            Kind::ReplicaSet => {
                if self.store.replicaset(&key.namespace, &key.name).is_none() {
                    return Err(not_found());
                }
                self.delete_replicaset(&key.namespace, &key.name, propagation);
            }
            Kind::Deployment => {
                let Some(d) = self.store.deployment(&key.namespace, &key.name).cloned() else {
                    return Err(not_found());
                };
                match propagation {
                    Propagation::Background => {
                        self.store.remove_deployment(&key.namespace, &key.name);
                    }
                    Propagation::Orphan => {
                        self.orphan_dependents(&d.meta.uid);
                        self.store.remove_deployment(&key.namespace, &key.name);
                    }
                    Propagation::Foreground => {
                        let mut d = d;
                        self.mark_foreground(&mut d.meta);
                        self.store.put_deployment(d);
                        self.foreground.insert(key.clone());
                    }
                }
            }
            Kind::HorizontalPodAutoscaler => {
                if self.store.remove_hpa(&key.namespace, &key.name).is_none() {
                    return Err(not_found());
                }
                self.hpa_recommendations
                    .remove(&(key.namespace.clone(), key.name.clone()));
            }
            Kind::Service => {
                if self
                    .store
                    .remove_service(&key.namespace, &key.name)
                    .is_none()
                {
                    return Err(not_found());
                }
            }
            Kind::Node | Kind::Event => return Err(not_found()),
        }
        self.settle()
    }

    fn mark_foreground(&mut self, meta: &mut ObjectMeta) {
        meta.deletion_timestamp = Some(self.now.truncate_to_second());
        meta.deletion_grace_period_seconds = Some(0);
        if !meta.finalizers.iter().any(|f| f == "foregroundDeletion") {
            meta.finalizers.push("foregroundDeletion".into());
        }
        self.gc_queue.insert((Kind::Deployment, meta.uid.clone()));
    }

    fn orphan_dependents(&mut self, uid: &str) {
        let rss: Vec<ReplicaSet> = self.store.replicasets_controlled_by(uid).cloned().collect();
        for mut rs in rss {
            rs.meta.owner_references.retain(|r| r.uid != uid);
            self.store.put_replicaset(rs);
        }
        let pods: Vec<Pod> = self.store.pods_controlled_by(uid).cloned().collect();
        for mut p in pods {
            p.meta.owner_references.retain(|r| r.uid != uid);
            self.store.put_pod(p);
        }
    }

    pub(crate) fn delete_replicaset(&mut self, ns: &str, name: &str, propagation: Propagation) {
        let Some(rs) = self.store.replicaset(ns, name).cloned() else {
            return;
        };
        match propagation {
            Propagation::Background => {
                self.store.remove_replicaset(ns, name);
            }
            Propagation::Orphan => {
                self.orphan_dependents(&rs.meta.uid);
                self.store.remove_replicaset(ns, name);
            }
            Propagation::Foreground => {
                let mut rs = rs;
                self.mark_foreground(&mut rs.meta);
                self.store.put_replicaset(rs);
                self.foreground
                    .insert(ObjectKey::new(Kind::ReplicaSet, ns, name));
            }
        }
    }

    /// Graceful pod deletion: unbound pods go at once; bound pods get a deletionTimestamp
    /// and their kubelet stops them (`grace` 0 removes at once, like `--force`).
    pub(crate) fn delete_pod(&mut self, ns: &str, name: &str, grace_seconds: Option<i64>) {
        let Some(mut pod) = self.store.pod(ns, name).cloned() else {
            return;
        };
        let grace = grace_seconds.unwrap_or_else(|| {
            pod.spec
                .get("terminationGracePeriodSeconds")
                .and_then(Value::as_i64)
                .unwrap_or(30)
        });
        if pod.node_name.is_none() || grace <= 0 || pod.status.phase.is_terminal() {
            self.store.remove_pod(ns, name);
            self.kubelet.forget(&pod.meta.uid);
            return;
        }
        if pod.meta.deletion_timestamp.is_some() {
            return;
        }
        let grace = grace.max(1);
        pod.meta.deletion_timestamp = Some(
            self.now
                .plus(SimDuration::from_secs(grace as u64))
                .truncate_to_second(),
        );
        pod.meta.deletion_grace_period_seconds = Some(grace);
        self.store.put_pod(pod);
        self.kubelet_kill(&(ns.to_string(), name.to_string()), grace);
    }

    // ---- apply --------------------------------------------------------------------------

    /// Applies one or more YAML documents like `kubectl apply -f`, all or nothing: if any
    /// document is invalid, nothing changes and every problem is returned.
    pub fn apply(&mut self, yaml: &str) -> Result<ApplyOutcome, ApplyError> {
        let mut rng = self.rng.clone();
        let prepared = self.prepare_all(yaml, &mut rng)?;
        self.rng = rng;
        let mut out = ApplyOutcome::default();
        for (obj, action, warnings) in prepared {
            out.warnings.extend(warnings);
            let meta = obj.meta();
            out.applied.push(AppliedObject {
                kind: obj.kind(),
                name: meta.name.clone(),
                namespace: meta.namespace.clone(),
                action,
            });
            if action != ApplyAction::Unchanged {
                self.commit(obj);
            }
        }
        self.settle().map_err(|e| ApplyError {
            errors: vec![DocError::Other {
                kind: Kind::Pod,
                name: String::new(),
                message: e.to_string(),
                pos: Pos::default(),
            }],
        })?;
        Ok(out)
    }

    /// What `apply` would report, without changing anything.
    pub fn validate(&self, yaml: &str) -> Vec<Diagnostic> {
        let mut rng = self.rng.clone();
        match self.prepare_all(yaml, &mut rng) {
            Ok(prepared) => prepared.into_iter().flat_map(|(_, _, w)| w).collect(),
            Err(e) => e.diagnostics(),
        }
    }

    fn yaml_limits(&self) -> YamlLimits {
        YamlLimits::default()
    }

    #[allow(clippy::type_complexity)]
    fn prepare_all(
        &self,
        yaml: &str,
        rng: &mut Rng,
    ) -> Result<Vec<(Object, ApplyAction, Vec<Diagnostic>)>, ApplyError> {
        if yaml.len() > self.config.limits.max_document_bytes {
            return Err(ApplyError {
                errors: vec![DocError::Syntax {
                    pos: Pos { line: 1, column: 1 },
                    message: format!(
                        "the manifest is {} bytes; the playground accepts at most {}",
                        yaml.len(),
                        self.config.limits.max_document_bytes
                    ),
                }],
            });
        }
        let docs = manifest::parse(yaml, self.yaml_limits())
            .map_err(|e| ApplyError { errors: vec![e] })?;
        let mut errors = Vec::new();
        let mut prepared: Vec<(Object, ApplyAction, Vec<Diagnostic>)> = Vec::new();
        for doc in docs {
            let doc = match doc {
                Ok(d) => d,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            // A later document of the same object applies on top of the earlier one.
            let ns = self.namespace_for(&doc);
            let earlier = prepared
                .iter()
                .rev()
                .find(|(o, _, _)| {
                    o.kind() == doc.kind && o.meta().name == doc.name && o.meta().namespace == ns
                })
                .map(|(o, _, _)| o.clone());
            let live = earlier.or_else(|| self.live_object(doc.kind, &ns, &doc.name));
            match self.prepare(&doc, live.as_ref(), rng) {
                Ok((obj, mut action, warnings)) => {
                    if let Some(pos) = prepared.iter().position(|(o, _, _)| {
                        o.kind() == obj.kind()
                            && o.meta().name == obj.meta().name
                            && o.meta().namespace == obj.meta().namespace
                    }) {
                        let (_, first, _) = prepared.remove(pos);
                        if first == ApplyAction::Created {
                            action = ApplyAction::Created;
                        }
                    }
                    prepared.push((obj, action, warnings));
                }
                Err(e) => errors.push(e),
            }
        }
        if errors.is_empty() {
            Ok(prepared)
        } else {
            Err(ApplyError { errors })
        }
    }

    fn namespace_for(&self, doc: &ManifestDoc) -> String {
        if !doc.kind.namespaced() {
            return String::new();
        }
        doc.namespace
            .clone()
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| DEFAULT_NAMESPACE.to_string())
    }

    /// A live object by kind, namespace and name.
    pub fn live_object(&self, kind: Kind, ns: &str, name: &str) -> Option<Object> {
        match kind {
            Kind::Deployment => self
                .store
                .deployment(ns, name)
                .cloned()
                .map(Object::Deployment),
            Kind::ReplicaSet => self
                .store
                .replicaset(ns, name)
                .cloned()
                .map(Object::ReplicaSet),
            Kind::Pod => self.store.pod(ns, name).cloned().map(Object::Pod),
            Kind::Node => self.store.nodes.get(name).cloned().map(Object::Node),
            Kind::HorizontalPodAutoscaler => self
                .store
                .hpas
                .get(&(ns.to_string(), name.to_string()))
                .cloned()
                .map(Object::HorizontalPodAutoscaler),
            Kind::Service => self
                .store
                .services
                .get(&(ns.to_string(), name.to_string()))
                .cloned()
                .map(Object::Service),
            Kind::Event => None,
        }
    }

    /// Merge with the live object, default, decode, validate: the object to store.
    fn prepare(
        &self,
        doc: &ManifestDoc,
        live: Option<&Object>,
        rng: &mut Rng,
    ) -> Result<(Object, ApplyAction, Vec<Diagnostic>), DocError> {
        let epoch = self.config.epoch;
        let ns = self.namespace_for(doc);
        let at = |field: &str| doc.spans.locate(field);
        if doc.name.is_empty() {
            return Err(DocError::Other {
                kind: doc.kind,
                name: String::new(),
                message: "resource name may not be empty".into(),
                pos: at("metadata.name"),
            });
        }
        // What kubectl records as last-applied: the manifest with its namespace and its own
        // annotations (an empty map if none).
        let mut manifest = doc.value.clone();
        {
            let meta = manifest.entry_object("metadata");
            if !ns.is_empty() {
                meta.set("namespace", Value::from(ns.as_str()));
            }
            let ann = meta.entry_object("annotations");
            ann.remove(LAST_APPLIED_ANNOTATION);
        }
        let mut last_applied = String::new();
        write_compact_json(&manifest, &mut last_applied);
        last_applied.push('\n');
        manifest
            .entry_object("metadata")
            .entry_object("annotations")
            .set(LAST_APPLIED_ANNOTATION, Value::from(last_applied.as_str()));

        let mut merged = match live {
            Some(l) => {
                let mut live_v = l.to_value(epoch);
                live_v.remove("status");
                let last = l
                    .meta()
                    .annotations
                    .get(LAST_APPLIED_ANNOTATION)
                    .and_then(|s| manifest::yaml::parse_documents(s, YamlLimits::default()).ok())
                    .and_then(|mut d| d.pop())
                    .map(|d| d.value);
                merge::three_way(last.as_ref(), &manifest, &live_v)
            }
            None => manifest,
        };
        let selector_present = merged
            .pointer("spec.selector")
            .is_some_and(|s| !s.is_null());
        let template_present = merged
            .pointer("spec.template")
            .is_some_and(|s| !s.is_null());
        let decode_err = |e: crate::model::DecodeError| DocError::Other {
            kind: doc.kind,
            name: doc.name.clone(),
            message: e.to_string(),
            pos: at(&e.path),
        };
        let mut errs: Vec<FieldError> = Vec::new();
        let (obj, action) = match doc.kind {
            Kind::Deployment => {
                defaults::deployment(&mut merged);
                let mut d = Deployment::from_value(&merged, epoch).map_err(decode_err)?;
                validation::deployment(&d, selector_present, template_present, &mut errs);
                let action = match live {
                    Some(Object::Deployment(old)) => {
                        validation::deployment_update(&d, old, &mut errs);
                        copy_server_fields(&mut d.meta, &old.meta);
                        d.status = old.status.clone();
                        let spec_changed = d.spec != old.spec;
                        if spec_changed || d.meta.annotations != old.meta.annotations {
                            d.meta.generation = old.meta.generation + 1;
                        }
                        if spec_changed || d.meta != old.meta {
                            ApplyAction::Configured
                        } else {
                            ApplyAction::Unchanged
                        }
                    }
                    _ => {
                        self.init_new_meta(&mut d.meta, &ns, rng);
                        d.meta.generation = 1;
                        ApplyAction::Created
                    }
                };
                (Object::Deployment(d), action)
            }
            Kind::ReplicaSet => {
                defaults::replicaset(&mut merged);
                let mut rs = ReplicaSet::from_value(&merged, epoch).map_err(decode_err)?;
                validation::replicaset(&rs, selector_present, template_present, &mut errs);
                let action = match live {
                    Some(Object::ReplicaSet(old)) => {
                        validation::replicaset_update(&rs, old, &mut errs);
                        copy_server_fields(&mut rs.meta, &old.meta);
                        rs.status = old.status.clone();
                        let spec_changed = rs.spec != old.spec;
                        if spec_changed {
                            rs.meta.generation = old.meta.generation + 1;
                        }
                        if spec_changed || rs.meta != old.meta {
                            ApplyAction::Configured
                        } else {
                            ApplyAction::Unchanged
                        }
                    }
                    _ => {
                        self.init_new_meta(&mut rs.meta, &ns, rng);
                        rs.meta.generation = 1;
                        ApplyAction::Created
                    }
                };
                (Object::ReplicaSet(rs), action)
            }
            Kind::Pod => {
                defaults::pod(&mut merged);
                let meta =
                    ObjectMeta::from_value(merged.get("metadata"), epoch).map_err(decode_err)?;
                let mut spec = merged.get("spec").cloned().unwrap_or_else(Value::object);
                validation::object_name(&meta.name, meta.generate_name.as_deref(), &mut errs);
                validation::labels(&meta.labels, "metadata.labels", &mut errs);
                validation::annotations(&meta.annotations, "metadata.annotations", &mut errs);
                validation::pod_spec(&spec, "spec", false, &mut errs);
                let node_name = spec
                    .remove("nodeName")
                    .and_then(|n| n.as_str().map(str::to_string));
                match live {
                    Some(Object::Pod(old)) => {
                        // The live form carries nodeName and the token volume; strip them
                        // the way a stored pod is read back, then compare specs.
                        let updated = Pod::from_value(&merged, epoch).map_err(decode_err)?;
                        let mut p = old.clone();
                        p.meta.labels = meta.labels;
                        p.meta.annotations = meta.annotations;
                        if *updated.spec != *old.spec {
                            errs.push(FieldError::forbidden(
                                "spec",
                                "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)",
                            ));
                        }
                        let _ = node_name;
                        let action = if p.meta != old.meta {
                            ApplyAction::Configured
                        } else {
                            ApplyAction::Unchanged
                        };
                        (Object::Pod(p), action)
                    }
                    _ => {
                        admit_pod_spec(&mut spec);
                        let mut meta = meta;
                        self.init_new_meta(&mut meta, &ns, rng);
                        let status = PodStatus {
                            phase: PodPhase::Pending,
                            qos_class: qos_class(&spec).to_string(),
                            ..PodStatus::default()
                        };
                        let pod = Pod {
                            meta,
                            spec: Rc::new(spec),
                            node_name,
                            api_access_suffix: Some(rng.name_suffix(5)),
                            status,
                        };
                        (Object::Pod(pod), ApplyAction::Created)
                    }
                }
            }
            Kind::HorizontalPodAutoscaler => {
                let mut h = crate::model::HorizontalPodAutoscaler::from_value(&merged, epoch)
                    .map_err(decode_err)?;
                crate::model::HorizontalPodAutoscaler::v1_spec_to_v2(&mut h.spec);
                // SetDefaults_HorizontalPodAutoscaler: no metrics means 80% CPU utilization.
                if h.spec
                    .get("metrics")
                    .and_then(Value::as_array)
                    .is_none_or(Vec::is_empty)
                {
                    let mut spec = h.spec.clone();
                    spec.set("targetCPUUtilizationPercentage", Value::Int(80));
                    crate::model::HorizontalPodAutoscaler::v1_spec_to_v2(&mut spec);
                    h.spec = spec;
                }
                if h.spec.get("minReplicas").is_none_or(Value::is_null) {
                    h.spec.set("minReplicas", Value::Int(1));
                }
                crate::controllers::hpa::validate(&h, &mut errs);
                let action = match live {
                    Some(Object::HorizontalPodAutoscaler(old)) => {
                        copy_server_fields(&mut h.meta, &old.meta);
                        h.status = old.status.clone();
                        if h.spec != old.spec || h.meta != old.meta {
                            ApplyAction::Configured
                        } else {
                            ApplyAction::Unchanged
                        }
                    }
                    _ => {
                        self.init_new_meta(&mut h.meta, &ns, rng);
                        h.status = crate::value::obj([
                            ("currentReplicas", Value::Int(0)),
                            ("desiredReplicas", Value::Int(0)),
                        ]);
                        ApplyAction::Created
                    }
                };
                (Object::HorizontalPodAutoscaler(h), action)
            }
            Kind::Service => {
                let mut svc =
                    crate::model::Service::from_value(&merged, epoch).map_err(decode_err)?;
                crate::model::service::set_defaults(&mut svc.spec);
                let old = match live {
                    Some(Object::Service(old)) => Some(old),
                    _ => None,
                };
                self.store.assign_node_ports(&mut svc, old);
                crate::model::service::validate(&svc, old, &mut errs);
                let action = match old {
                    Some(old) => {
                        copy_server_fields(&mut svc.meta, &old.meta);
                        svc.status = old.status.clone();
                        if svc.spec.get("clusterIP").is_none_or(Value::is_null) {
                            svc.spec.set("clusterIP", Value::from(old.cluster_ip()));
                            svc.spec.set(
                                "clusterIPs",
                                old.spec.get("clusterIPs").cloned().unwrap_or(Value::Null),
                            );
                        }
                        if svc.spec != old.spec || svc.meta != old.meta {
                            ApplyAction::Configured
                        } else {
                            ApplyAction::Unchanged
                        }
                    }
                    None => {
                        self.init_new_meta(&mut svc.meta, &ns, rng);
                        if svc.spec.get("clusterIP").is_none_or(Value::is_null) {
                            let ip = self.store.free_cluster_ip(&ns, &svc.meta.name);
                            svc.spec.set("clusterIP", Value::from(ip.as_str()));
                            svc.spec
                                .set("clusterIPs", Value::Array(vec![Value::from(ip.as_str())]));
                        }
                        ApplyAction::Created
                    }
                };
                (Object::Service(svc), action)
            }
            Kind::Node | Kind::Event => {
                return Err(DocError::Other {
                    kind: doc.kind,
                    name: doc.name.clone(),
                    message: format!(
                        "{} objects are managed by the playground; use its node controls",
                        doc.kind
                    ),
                    pos: at("kind"),
                });
            }
        };
        if !errs.is_empty() {
            let causes = errs
                .into_iter()
                .map(|e| {
                    let pos = doc.spans.locate(&manifest_path(&e.field));
                    (e, pos)
                })
                .collect();
            return Err(DocError::Invalid {
                kind: doc.kind,
                name: doc.name.clone(),
                causes,
            });
        }
        // Warnings the API server returns: name rules on create, pod spec rules when the
        // template is new or changed.
        let mut warnings = Vec::new();
        let mut warn = |field: &str, message: String| {
            let pos = doc.spans.locate(&manifest_path(field));
            warnings.push(Diagnostic {
                line: pos.line,
                column: pos.column,
                message,
                severity: Severity::Warning,
            });
        };
        if action == ApplyAction::Created {
            for w in validation::name_warnings_for(doc.kind, &doc.name) {
                warn("metadata.name", w);
            }
        }
        let template_changed = match (&obj, live) {
            (Object::Deployment(d), Some(Object::Deployment(old))) => {
                d.spec.template != old.spec.template
            }
            (Object::ReplicaSet(r), Some(Object::ReplicaSet(old))) => {
                r.spec.template != old.spec.template
            }
            _ => action == ApplyAction::Created,
        };
        if template_changed {
            let (spec, path) = match &obj {
                Object::Deployment(d) => (d.spec.template.spec.clone(), "spec.template.spec"),
                Object::ReplicaSet(r) => (r.spec.template.spec.clone(), "spec.template.spec"),
                Object::Pod(p) => (p.spec.clone(), "spec"),
                Object::Node(_) | Object::HorizontalPodAutoscaler(_) | Object::Service(_) => {
                    (Rc::new(Value::Null), "spec")
                }
            };
            for (field, w) in validation::pod_spec_warnings(&spec, path) {
                warn(&field, w);
            }
        }
        Ok((obj, action, warnings))
    }

    fn init_new_meta(&self, meta: &mut ObjectMeta, ns: &str, rng: &mut Rng) {
        meta.namespace = ns.to_string();
        meta.uid = rng.uuid();
        meta.creation_timestamp = self.now.truncate_to_second();
        meta.resource_version = 0;
        meta.deletion_timestamp = None;
        meta.deletion_grace_period_seconds = None;
    }

    /// Stores an object produced by `prepare`.
    pub(crate) fn commit(&mut self, obj: Object) {
        match obj {
            Object::Deployment(d) => self.store.put_deployment(d),
            Object::ReplicaSet(r) => self.store.put_replicaset(r),
            Object::Pod(p) => self.store.put_pod(p),
            Object::Node(n) => self.store.put_node(n),
            Object::HorizontalPodAutoscaler(h) => self.store.put_hpa(h),
            Object::Service(s) => self.store.put_service(s),
        }
    }

    // ---- nodes --------------------------------------------------------------------------

    fn make_node(&mut self, i: u32) -> Node {
        let name = format!("node-{i}");
        let ip = format!("172.18.0.{}", i + 1);
        let cidr = format!("10.244.{i}.0/24");
        let res = obj([
            ("cpu", Value::from("2")),
            ("ephemeral-storage", Value::from("61202244Ki")),
            ("hugepages-1Gi", Value::from("0")),
            ("hugepages-2Mi", Value::from("0")),
            ("memory", Value::from("8032708Ki")),
            ("pods", Value::from("110")),
        ]);
        let t0 = self.config.epoch.rfc3339(SimTime::ZERO);
        let cond = |type_: &str, status: &str, reason: &str, message: &str| {
            obj([
                ("lastHeartbeatTime", Value::from(t0.as_str())),
                ("lastTransitionTime", Value::from(t0.as_str())),
                ("message", Value::from(message)),
                ("reason", Value::from(reason)),
                ("status", Value::from(status)),
                ("type", Value::from(type_)),
            ])
        };
        let mut labels = BTreeMap::new();
        for (k, v) in [
            ("beta.kubernetes.io/arch", "amd64"),
            ("beta.kubernetes.io/os", "linux"),
            ("kubernetes.io/arch", "amd64"),
            ("kubernetes.io/hostname", name.as_str()),
            ("kubernetes.io/os", "linux"),
        ] {
            labels.insert(k.to_string(), v.to_string());
        }
        let mut annotations = BTreeMap::new();
        annotations.insert(
            "kubeadm.alpha.kubernetes.io/cri-socket".into(),
            "unix:///run/containerd/containerd.sock".into(),
        );
        annotations.insert("node.alpha.kubernetes.io/ttl".into(), "0".into());
        annotations.insert(
            "volumes.kubernetes.io/controller-managed-attach-detach".into(),
            "true".into(),
        );
        let uid = self.rng.uuid();
        let machine = self.rng.hex(32);
        let boot = self.rng.uuid();
        let system = self.rng.uuid();
        Node {
            meta: ObjectMeta {
                name: name.clone(),
                uid,
                creation_timestamp: SimTime::ZERO,
                labels,
                annotations,
                ..ObjectMeta::default()
            },
            spec: obj([
                ("podCIDR", Value::from(cidr.as_str())),
                ("podCIDRs", Value::Array(vec![Value::from(cidr.as_str())])),
                (
                    "providerID",
                    Value::from(format!("kind://docker/kind/{name}")),
                ),
            ]),
            status: obj([
                (
                    "addresses",
                    Value::Array(vec![
                        obj([
                            ("address", Value::from(ip.as_str())),
                            ("type", Value::from("InternalIP")),
                        ]),
                        obj([
                            ("address", Value::from(name.as_str())),
                            ("type", Value::from("Hostname")),
                        ]),
                    ]),
                ),
                ("allocatable", res.clone()),
                ("capacity", res),
                (
                    "conditions",
                    Value::Array(vec![
                        cond(
                            "MemoryPressure",
                            "False",
                            "KubeletHasSufficientMemory",
                            "kubelet has sufficient memory available",
                        ),
                        cond(
                            "DiskPressure",
                            "False",
                            "KubeletHasNoDiskPressure",
                            "kubelet has no disk pressure",
                        ),
                        cond(
                            "PIDPressure",
                            "False",
                            "KubeletHasSufficientPID",
                            "kubelet has sufficient PID available",
                        ),
                        cond(
                            "Ready",
                            "True",
                            "KubeletReady",
                            "kubelet is posting ready status",
                        ),
                    ]),
                ),
                (
                    "daemonEndpoints",
                    obj([("kubeletEndpoint", obj([("Port", Value::Int(10250))]))]),
                ),
                (
                    "nodeInfo",
                    obj([
                        ("architecture", Value::from("amd64")),
                        ("bootID", Value::from(boot)),
                        (
                            "containerRuntimeVersion",
                            Value::from("containerd://1.7.24"),
                        ),
                        ("kernelVersion", Value::from("6.8.0-1015-gcp")),
                        ("kubeProxyVersion", Value::from("")),
                        (
                            "kubeletVersion",
                            Value::from(self.config.profile.server_version()),
                        ),
                        ("machineID", Value::from(machine)),
                        ("operatingSystem", Value::from("linux")),
                        ("osImage", Value::from("Debian GNU/Linux 12 (bookworm)")),
                        ("systemUUID", Value::from(system)),
                    ]),
                ),
            ]),
        }
    }
}

/// The manifest path of a validation field path: validation names template labels
/// `spec.template.labels`, the manifest has them under `spec.template.metadata.labels`.
fn manifest_path(field: &str) -> String {
    for key in ["labels", "annotations"] {
        let short = format!("spec.template.{key}");
        if let Some(rest) = field.strip_prefix(&short) {
            return format!("spec.template.metadata.{key}{rest}");
        }
    }
    field.to_string()
}

/// Copies what the API server owns from the live object into an updated one.
fn copy_server_fields(meta: &mut ObjectMeta, old: &ObjectMeta) {
    meta.namespace = old.namespace.clone();
    meta.uid = old.uid.clone();
    meta.creation_timestamp = old.creation_timestamp;
    meta.generation = old.generation;
    meta.resource_version = old.resource_version;
    meta.deletion_timestamp = old.deletion_timestamp;
    meta.deletion_grace_period_seconds = old.deletion_grace_period_seconds;
    meta.owner_references.clone_from(&old.owner_references);
    if meta.finalizers.is_empty() {
        meta.finalizers.clone_from(&old.finalizers);
    }
}

/// What the admission plugins add to every pod: service account, priority, the default
/// NoExecute tolerations, `enableServiceLinks`.
pub(crate) fn admit_pod_spec(spec: &mut Value) {
    defaults::pod_spec(spec);
    let set = |spec: &mut Value, k: &str, v: Value| {
        if spec.get(k).is_none_or(Value::is_null) {
            spec.set(k, v);
        }
    };
    set(spec, "enableServiceLinks", Value::Bool(true));
    set(
        spec,
        "preemptionPolicy",
        Value::from("PreemptLowerPriority"),
    );
    set(spec, "priority", Value::Int(0));
    let sa = spec
        .get("serviceAccountName")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .unwrap_or("default")
        .to_string();
    spec.set("serviceAccountName", Value::from(sa.as_str()));
    spec.set("serviceAccount", Value::from(sa.as_str()));
    let mut tolerations = spec
        .get("tolerations")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for key in [
        "node.kubernetes.io/not-ready",
        "node.kubernetes.io/unreachable",
    ] {
        let has = tolerations.iter().any(|t| {
            t.get("key").and_then(Value::as_str) == Some(key)
                && t.get("effect")
                    .and_then(Value::as_str)
                    .is_none_or(|e| e == "NoExecute")
        });
        if !has {
            tolerations.push(obj([
                ("effect", Value::from("NoExecute")),
                ("key", Value::from(key)),
                ("operator", Value::from("Exists")),
                ("tolerationSeconds", Value::Int(300)),
            ]));
        }
    }
    spec.set("tolerations", Value::Array(tolerations));
}

#[allow(dead_code)]
fn _assert_owner_ref_used(_: OwnerReference) {}
