//! Rollout invariants for tests: what must hold of a Deployment, its ReplicaSets and their
//! pods at any instant a test looks (between inputs and timer firings, i.e. after the
//! controllers have settled), and when a rollout counts as finished. Nothing in the
//! simulation calls this; `tests/rollout_properties.rs` drives it over random inputs.
//!
//! # What is checked, and when
//!
//! "The Deployment's ReplicaSets" are the ones it controls whose labels its selector
//! matches (what its controller claims). maxSurge / maxUnavailable are the resolved
//! fenceposts of K8S-SPEC §3.3 ([`util::max_surge`], [`util::max_unavailable`]), for the
//! current `spec.replicas`; `minAvailable = replicas − maxUnavailable`.
//!
//! 1. **Structure** ([`check_structure`]) — always, whatever the strategy, paused or not:
//!    - no negative `spec.replicas` or status count (Deployment and ReplicaSets);
//!    - `status.observedGeneration ≤ generation` (Deployment and ReplicaSets);
//!    - every pod and ReplicaSet in the namespace whose controller reference names an
//!      object kind we simulate either has that object (same uid) or is being deleted;
//!    - each ReplicaSet's `status.replicas` equals its active owned pods (controlled by it,
//!      matching its selector, not terminal, not being deleted), `readyReplicas` equals the
//!      ready ones, and `availableReplicas ≤ readyReplicas ≤ replicas` with
//!      `availableReplicas` never more than the pods available right now (a status may lag
//!      *behind* a pod becoming available — the minReadySeconds resync — never ahead);
//!    - the Deployment's status adds up from its ReplicaSets' (replicas, ready, available,
//!      updated = the new ReplicaSet's replicas, unavailable = max(0, Σ spec − available)):
//!      the simulation settles every write before time moves, so no stale status is
//!      ever visible;
//!    - at most one of its ReplicaSets has the Deployment's template (ignoring
//!      `pod-template-hash`);
//!    - `deployment.kubernetes.io/revision` annotations parse and are unique among its
//!      ReplicaSets; if the new ReplicaSet exists, it has the highest revision and the
//!      Deployment's annotation says the same.
//! 2. **Surge bounds** — only in [`Scope::Bounded`]: RollingUpdate, not paused, not being
//!    deleted, no scaling event pending (every active ReplicaSet's `desired-replicas`
//!    annotation equals `spec.replicas`; proportional scaling may overshoot by design until
//!    that pass has run), and every image of the template pullable
//!    ([`crate::images::lookup`]):
//!    - `Σ spec.replicas ≤ replicas + maxSurge` (the controller never asks for more pods);
//!    - `Σ spec.replicas ≥ minAvailable` (it never asks for fewer pods than it must keep
//!      available).
//! 3. **Availability** — `Σ status.availableReplicas ≥ minAvailable`, also only in
//!    [`Scope::Bounded`], and only once the Deployment has *reached* that availability since
//!    the last disruption. A rolling update promises not to take availability below the
//!    floor itself; it cannot promise to be above it right after it was created, resized
//!    (scaling 3 → 10 asks for 7 new pods at once) or lost a pod to someone else
//!    (`kubectl delete pod`). [`check_rollout`] asserts it unconditionally — call it only at
//!    such steady instants — and [`RolloutMonitor`] tracks steadiness for a sequence of
//!    inputs: tell it about each disruption, and it arms the availability check the first
//!    time a bounded instant has enough available pods. With `minReadySeconds > 0` the
//!    promise has a hole upstream too (a ReplicaSet scaled down while some of its pods are
//!    ready but not yet available may lose an available pod instead); the monitor
//!    disarms at such scale-downs — see its docs.
//! 4. **Recreate** ([`check_recreate`]): no pod of the new ReplicaSet is active while an
//!    old pod is left (terminating ones included) — except after a pause (see there).
//!    Recreate takes availability to 0 by design, so items 2 and 3 do not apply.
//!
//! Paused RollingUpdate Deployments are checked for structure only.
//!
//! A rollout has finished ([`converged`]) when the stored status says DeploymentComplete,
//! `observedGeneration == generation`, and the new ReplicaSet is the only one with pods
//! wanted or running.

use std::collections::BTreeMap;

use crate::cluster::Cluster;
use crate::controllers::deployment::util;
use crate::model::deployment::{DESIRED_REPLICAS_ANNOTATION, Deployment, REVISION_ANNOTATION};
use crate::model::pod::containers_of;
use crate::model::{Pod, ReplicaSet};
use crate::value::Value;

/// Whether, at an instant, the rollout bounds apply to a Deployment — and if not, why not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// RollingUpdate, not paused, no scaling event, every template image pullable.
    Bounded,
    /// The strategy is not RollingUpdate (Recreate).
    NotRollingUpdate,
    /// `spec.paused`.
    Paused,
    /// The Deployment is being deleted.
    Deleting,
    /// An active ReplicaSet's `desired-replicas` annotation differs from `spec.replicas`.
    ScalingEvent,
    /// The template uses an image that cannot be pulled (the first such image).
    UnpullableImage(String),
}

/// The numbers the bounds compare, at one instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RolloutNumbers {
    /// `spec.replicas`.
    pub replicas: i32,
    /// Resolved maxSurge (0 for Recreate).
    pub max_surge: i32,
    /// Resolved maxUnavailable (0 for Recreate or 0 replicas).
    pub max_unavailable: i32,
    /// Σ spec.replicas of the Deployment's ReplicaSets.
    pub spec_total: i32,
    /// Σ status.availableReplicas of the Deployment's ReplicaSets.
    pub available_total: i32,
    /// Whether the bounds apply now.
    pub scope: Scope,
}

impl RolloutNumbers {
    /// `replicas − maxUnavailable`.
    pub fn min_available(&self) -> i32 {
        self.replicas - self.max_unavailable
    }

    /// `replicas + maxSurge`.
    pub fn max_total(&self) -> i32 {
        self.replicas + self.max_surge
    }
}

fn deployment<'a>(cluster: &'a Cluster, ns: &str, name: &str) -> Result<&'a Deployment, String> {
    cluster
        .store()
        .deployment(ns, name)
        .ok_or_else(|| format!("deployment {ns}/{name} not found"))
}

/// The ReplicaSets the Deployment's controller claims (controlled by it, selector match),
/// in name order.
pub fn owned_replica_sets<'a>(cluster: &'a Cluster, d: &Deployment) -> Vec<&'a ReplicaSet> {
    let sel = d.spec.selector.to_selector();
    cluster
        .store()
        .replicasets_controlled_by(&d.meta.uid)
        .filter(|r| sel.matches(&r.meta.labels))
        .collect()
}

/// The active pods a ReplicaSet owns (controlled by it, selector match, not terminal, not
/// being deleted).
fn active_pods<'a>(cluster: &'a Cluster, rs: &ReplicaSet) -> Vec<&'a Pod> {
    let sel = rs.spec.selector.to_selector();
    cluster
        .store()
        .pods_controlled_by(&rs.meta.uid)
        .filter(|p| p.is_active() && sel.matches(&p.meta.labels))
        .collect()
}

/// The first image of the template (containers and init containers) that cannot be
/// pulled, if any.
pub fn unpullable_image(d: &Deployment) -> Option<String> {
    let spec = &d.spec.template.spec;
    let init = spec
        .get("initContainers")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    containers_of(spec)
        .iter()
        .chain(init)
        .filter_map(|c| c.get("image").and_then(Value::as_str))
        .find(|image| crate::images::lookup(image).is_err())
        .map(str::to_string)
}

/// Whether the rollout bounds apply to `d` with these ReplicaSets now.
pub fn scope(d: &Deployment, rss: &[&ReplicaSet]) -> Scope {
    if d.meta.deletion_timestamp.is_some() {
        return Scope::Deleting;
    }
    if !util::is_rolling_update(d) {
        return Scope::NotRollingUpdate;
    }
    if d.spec.paused {
        return Scope::Paused;
    }
    let scaling = rss
        .iter()
        .filter(|r| r.spec.replicas > 0)
        .filter_map(|r| r.meta.annotations.get(DESIRED_REPLICAS_ANNOTATION))
        .any(|v| v.parse::<i32>().ok() != Some(d.spec.replicas));
    if scaling {
        return Scope::ScalingEvent;
    }
    if let Some(image) = unpullable_image(d) {
        return Scope::UnpullableImage(image);
    }
    Scope::Bounded
}

/// The numbers the bounds compare, and whether they apply now.
pub fn rollout_numbers(cluster: &Cluster, ns: &str, name: &str) -> Result<RolloutNumbers, String> {
    let d = deployment(cluster, ns, name)?;
    let rss = owned_replica_sets(cluster, d);
    Ok(RolloutNumbers {
        replicas: d.spec.replicas,
        max_surge: util::max_surge(d),
        max_unavailable: util::max_unavailable(d),
        spec_total: rss.iter().map(|r| r.spec.replicas).sum(),
        available_total: rss.iter().map(|r| r.status.available_replicas).sum(),
        scope: scope(d, &rss),
    })
}

/// The always-true structural checks (module docs, item 1). All failures are reported,
/// separated by `"; "`.
pub fn check_structure(cluster: &Cluster, ns: &str, name: &str) -> Result<(), String> {
    let d = deployment(cluster, ns, name)?;
    let store = cluster.store();
    let now = cluster.now();
    let mut errs: Vec<String> = Vec::new();

    // Deployment counts.
    let st = &d.status;
    for (field, v) in [
        ("spec.replicas", d.spec.replicas),
        ("status.replicas", st.replicas),
        ("status.updatedReplicas", st.updated_replicas),
        ("status.readyReplicas", st.ready_replicas),
        ("status.availableReplicas", st.available_replicas),
        ("status.unavailableReplicas", st.unavailable_replicas),
    ] {
        if v < 0 {
            errs.push(format!("deployment {name}: {field} = {v} < 0"));
        }
    }
    if st.observed_generation > d.meta.generation {
        errs.push(format!(
            "deployment {name}: observedGeneration {} > generation {}",
            st.observed_generation, d.meta.generation
        ));
    }

    // Controllers of pods and ReplicaSets exist (or the dependent is going away).
    for p in store.pods_in(ns) {
        if let Some(r) = p.meta.controller_ref() {
            if p.meta.deletion_timestamp.is_none()
                && !store.uid_exists(&r.kind, ns, &r.name, &r.uid)
            {
                errs.push(format!(
                    "pod {}: controller {} {} (uid {}) is gone but the pod is not terminating",
                    p.meta.name, r.kind, r.name, r.uid
                ));
            }
        }
    }
    for rs in store.replicasets_in(ns) {
        if let Some(r) = rs.meta.controller_ref() {
            if rs.meta.deletion_timestamp.is_none()
                && !store.uid_exists(&r.kind, ns, &r.name, &r.uid)
            {
                errs.push(format!(
                    "replicaset {}: controller {} {} (uid {}) is gone but the replicaset is not being deleted",
                    rs.meta.name, r.kind, r.name, r.uid
                ));
            }
        }
    }

    // Each ReplicaSet against its pods.
    let rss = owned_replica_sets(cluster, d);
    for rs in &rss {
        let n = &rs.meta.name;
        let s = &rs.status;
        for (field, v) in [
            ("spec.replicas", rs.spec.replicas),
            ("status.replicas", s.replicas),
            ("status.fullyLabeledReplicas", s.fully_labeled_replicas),
            ("status.readyReplicas", s.ready_replicas),
            ("status.availableReplicas", s.available_replicas),
        ] {
            if v < 0 {
                errs.push(format!("replicaset {n}: {field} = {v} < 0"));
            }
        }
        if s.observed_generation > rs.meta.generation {
            errs.push(format!(
                "replicaset {n}: observedGeneration {} > generation {}",
                s.observed_generation, rs.meta.generation
            ));
        }
        let pods = active_pods(cluster, rs);
        let active = pods.len() as i32;
        let ready = pods.iter().filter(|p| p.is_ready()).count() as i32;
        let available = pods
            .iter()
            .filter(|p| p.is_available(rs.spec.min_ready_seconds, now))
            .count() as i32;
        if s.replicas != active {
            errs.push(format!(
                "replicaset {n}: status.replicas {} but {active} active pods",
                s.replicas
            ));
        }
        if s.ready_replicas != ready {
            errs.push(format!(
                "replicaset {n}: status.readyReplicas {} but {ready} ready pods",
                s.ready_replicas
            ));
        }
        if s.available_replicas > s.ready_replicas || s.ready_replicas > s.replicas {
            errs.push(format!(
                "replicaset {n}: not availableReplicas {} <= readyReplicas {} <= replicas {}",
                s.available_replicas, s.ready_replicas, s.replicas
            ));
        }
        if s.available_replicas > available {
            errs.push(format!(
                "replicaset {n}: status.availableReplicas {} but only {available} pods available",
                s.available_replicas
            ));
        }
    }

    // The Deployment's status adds up.
    let new_rs = util::find_new_replica_set(d, &rss);
    let sum = |f: fn(&ReplicaSet) -> i32| rss.iter().map(|r| f(r)).sum::<i32>();
    let spec_total = sum(|r| r.spec.replicas);
    let available = sum(|r| r.status.available_replicas);
    let expected = [
        ("replicas", st.replicas, sum(|r| r.status.replicas)),
        (
            "readyReplicas",
            st.ready_replicas,
            sum(|r| r.status.ready_replicas),
        ),
        ("availableReplicas", st.available_replicas, available),
        (
            "updatedReplicas",
            st.updated_replicas,
            new_rs.map_or(0, |r| r.status.replicas),
        ),
        (
            "unavailableReplicas",
            st.unavailable_replicas,
            (spec_total - available).max(0),
        ),
    ];
    for (field, got, want) in expected {
        if got != want {
            errs.push(format!(
                "deployment {name}: status.{field} {got} but its replicasets say {want}"
            ));
        }
    }

    // One ReplicaSet per template; unique revisions.
    let same_template: Vec<&str> = rss
        .iter()
        .filter(|r| r.spec.template.equal_ignore_hash(&d.spec.template))
        .map(|r| r.meta.name.as_str())
        .collect();
    if same_template.len() > 1 {
        errs.push(format!(
            "deployment {name}: {} replicasets have its template: {}",
            same_template.len(),
            same_template.join(", ")
        ));
    }
    let mut revisions: BTreeMap<i64, &str> = BTreeMap::new();
    for rs in &rss {
        let Some(v) = rs.meta.annotations.get(REVISION_ANNOTATION) else {
            continue;
        };
        match v.parse::<i64>() {
            Ok(rev) => {
                if let Some(other) = revisions.insert(rev, &rs.meta.name) {
                    errs.push(format!(
                        "replicasets {other} and {} both have revision {rev}",
                        rs.meta.name
                    ));
                }
            }
            Err(_) => errs.push(format!(
                "replicaset {}: revision annotation {v:?} does not parse",
                rs.meta.name
            )),
        }
    }

    // The new ReplicaSet carries the highest revision, and the Deployment the same one.
    if let Some(new_rs) = new_rs {
        let max = rss.iter().filter_map(|r| r.revision()).max();
        let d_rev = d
            .meta
            .annotations
            .get(REVISION_ANNOTATION)
            .and_then(|v| v.parse::<i64>().ok());
        if new_rs.revision() != max || d_rev != max {
            errs.push(format!(
                "deployment {name}: revision {d_rev:?}, new replicaset {} revision {:?}, highest {max:?}",
                new_rs.meta.name,
                new_rs.revision()
            ));
        }
    }

    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs.join("; "))
    }
}

/// The surge bounds (module docs, item 2) and, if `availability`, the availability floor
/// (item 3), when the Deployment is in [`Scope::Bounded`]; returns the numbers compared.
pub fn check_bounds(
    cluster: &Cluster,
    ns: &str,
    name: &str,
    availability: bool,
) -> Result<RolloutNumbers, String> {
    let n = rollout_numbers(cluster, ns, name)?;
    if n.scope != Scope::Bounded {
        return Ok(n);
    }
    let mut errs = Vec::new();
    if n.spec_total > n.max_total() {
        errs.push(format!(
            "Σ spec.replicas {} > replicas {} + maxSurge {}",
            n.spec_total, n.replicas, n.max_surge
        ));
    }
    if n.spec_total < n.min_available() {
        errs.push(format!(
            "Σ spec.replicas {} < replicas {} − maxUnavailable {}",
            n.spec_total, n.replicas, n.max_unavailable
        ));
    }
    if availability && n.available_total < n.min_available() {
        errs.push(format!(
            "Σ availableReplicas {} < replicas {} − maxUnavailable {}",
            n.available_total, n.replicas, n.max_unavailable
        ));
    }
    if errs.is_empty() {
        Ok(n)
    } else {
        Err(format!("deployment {name}: {}", errs.join("; ")))
    }
}

/// Pods of a Recreate Deployment's ReplicaSets other than the new one (the one with its
/// template) that are not terminal — terminating ones included — and the new ReplicaSet's
/// active pods. `None` for RollingUpdate.
fn recreate_pods(cluster: &Cluster, d: &Deployment) -> Option<(Vec<String>, usize)> {
    if util::is_rolling_update(d) {
        return None;
    }
    let rss = owned_replica_sets(cluster, d);
    let new_rs = util::find_new_replica_set(d, &rss);
    let old: Vec<String> = rss
        .iter()
        .filter(|r| new_rs.is_none_or(|n| n.meta.uid != r.meta.uid))
        .flat_map(|r| cluster.store().pods_controlled_by(&r.meta.uid))
        .filter(|p| !p.status.phase.is_terminal())
        .map(|p| p.meta.name.clone())
        .collect();
    Some((old, new_rs.map_or(0, |r| active_pods(cluster, r).len())))
}

/// Recreate's promise (K8S-SPEC §7 step 3): while any pod of the new ReplicaSet is active,
/// no other ReplicaSet of the Deployment has a pod that is not terminal (terminating ones
/// included). Nothing for RollingUpdate, nor while paused: upstream's paused `sync()` runs
/// `scale()`, whose `FindActiveOrLatest` — with every ReplicaSet scaled to 0 mid-recreate —
/// picks the new ReplicaSet if it exists (e.g. after an undo) and scales it straight to
/// `replicas` while the old pods are still terminating (or, if it does not exist yet,
/// scales the newest old one back up). That overlap outlives the pause until the old pods
/// are gone; [`RolloutMonitor`] waits for that before checking again.
pub fn check_recreate(cluster: &Cluster, ns: &str, name: &str) -> Result<(), String> {
    let d = deployment(cluster, ns, name)?;
    if d.spec.paused {
        return Ok(());
    }
    match recreate_pods(cluster, d) {
        Some((old, new_active)) if new_active > 0 && !old.is_empty() => Err(format!(
            "deployment {name} (Recreate): the new replicaset has {new_active} active pods while old pods remain: {}",
            old.join(", ")
        )),
        _ => Ok(()),
    }
}

/// The full invariant at this instant: structure always; in [`Scope::Bounded`]
/// `Σ spec.replicas ≤ replicas + maxSurge`, `Σ spec.replicas ≥ replicas − maxUnavailable`
/// and `Σ availableReplicas ≥ replicas − maxUnavailable`; for Recreate, [`check_recreate`].
///
/// The availability part presumes a steady instant: the Deployment reached that
/// availability after its last creation, resize or pod loss, nothing disrupted it since,
/// and (with `minReadySeconds`) no ReplicaSet holding warming pods was scaled down since
/// (see the module docs). The Recreate part presumes no pause since old pods were last
/// left. Use [`RolloutMonitor`] to track both over a sequence of inputs.
pub fn check_rollout(cluster: &Cluster, deployment_ns: &str, name: &str) -> Result<(), String> {
    check_structure(cluster, deployment_ns, name)?;
    check_recreate(cluster, deployment_ns, name)?;
    check_bounds(cluster, deployment_ns, name, true).map(|_| ())
}

/// What one [`RolloutMonitor::observe`] checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Checked {
    /// The surge bounds were checked.
    pub bounds: bool,
    /// The availability floor was checked.
    pub availability: bool,
    /// The floor was disarmed because a ReplicaSet with warming pods was scaled down
    /// (see [`RolloutMonitor`]).
    pub warming_scale_down: bool,
    /// Recreate's no-overlap promise was checked ([`check_recreate`]).
    pub recreate: bool,
}

/// [`check_rollout`] over a sequence of instants, with the availability floor armed only
/// while it is a promise the controllers make:
///
/// - it is disarmed by [`RolloutMonitor::disrupted`] (creation, resize, a pod deleted
///   from outside) and re-armed at the first [`Scope::Bounded`] instant with
///   `Σ availableReplicas ≥ minAvailable`;
/// - it is also disarmed when a ReplicaSet is scaled down (its `spec.replicas` dropped
///   since the previous observation) while it has *warming* pods — ready but not yet
///   available (`minReadySeconds`) — before or after. `cleanupUnhealthyReplicas` scales an
///   old ReplicaSet down by `spec − availableReplicas` trusting that the ReplicaSet
///   controller deletes those unavailable pods, but the controller's deletion order
///   (`ActivePodsWithRanks`: unassigned, phase, *ready*, deletion cost, pods co-located on
///   the node, log₂-bucketed ready time, then uid) knows readiness, not availability: a
///   warming pod on an emptier node — or in the same ready-time bucket with a larger uid
///   — outlives an available one, and availability drops below the floor. Upstream does
///   the same; `tests/rollout_properties.rs` pins a reproducer. With `minReadySeconds: 0`
///   no pod is ever warming and the floor is enforced throughout.
///
/// For Recreate, [`check_recreate`] is checked except from a pause until no old pod is
/// left (see there).
///
/// Call [`RolloutMonitor::observe`] after every input and every instant at which timers
/// fire (or as often as you can): a scale-down is recognised by comparing with the
/// previous observation.
#[derive(Clone, Debug)]
pub struct RolloutMonitor {
    ns: String,
    name: String,
    armed: bool,
    /// (spec.replicas, readyReplicas − availableReplicas) by ReplicaSet uid, as last seen.
    last: BTreeMap<String, (i32, i32)>,
    /// Recreate: the overlap check is on (off from a pause until no old pod is left).
    recreate_armed: bool,
}

impl RolloutMonitor {
    /// A monitor for a Deployment just created (availability not yet reached).
    pub fn new(ns: &str, name: &str) -> RolloutMonitor {
        RolloutMonitor {
            ns: ns.to_string(),
            name: name.to_string(),
            armed: false,
            last: BTreeMap::new(),
            recreate_armed: true,
        }
    }

    /// Call after an input that may legitimately take availability below the floor:
    /// a change of `spec.replicas`, a pod deleted from outside, a node lost.
    pub fn disrupted(&mut self) {
        self.armed = false;
    }

    /// Whether the availability floor is currently enforced.
    pub fn armed(&self) -> bool {
        self.armed
    }

    /// Checks the current instant.
    pub fn observe(&mut self, cluster: &Cluster) -> Result<Checked, String> {
        check_structure(cluster, &self.ns, &self.name)?;
        let mut checked = Checked::default();
        {
            let d = deployment(cluster, &self.ns, &self.name)?;
            if let Some((old, _)) = recreate_pods(cluster, d) {
                if d.spec.paused {
                    self.recreate_armed = false;
                } else if old.is_empty() {
                    self.recreate_armed = true;
                }
                if self.recreate_armed {
                    check_recreate(cluster, &self.ns, &self.name)?;
                    checked.recreate = true;
                }
            }
        }
        let now: BTreeMap<String, (i32, i32)> = {
            let d = deployment(cluster, &self.ns, &self.name)?;
            owned_replica_sets(cluster, d)
                .into_iter()
                .map(|r| {
                    let warming = r.status.ready_replicas - r.status.available_replicas;
                    (r.meta.uid.clone(), (r.spec.replicas, warming))
                })
                .collect()
        };
        for (uid, &(spec, warming)) in &now {
            if let Some(&(last_spec, last_warming)) = self.last.get(uid) {
                if spec < last_spec && (warming > 0 || last_warming > 0) {
                    checked.warming_scale_down = true;
                }
            }
        }
        self.last = now;
        if checked.warming_scale_down {
            self.armed = false;
        }
        let n = check_bounds(cluster, &self.ns, &self.name, self.armed)?;
        if n.scope != Scope::Bounded {
            return Ok(checked);
        }
        checked.bounds = true;
        checked.availability = self.armed;
        if n.available_total >= n.min_available() {
            self.armed = true;
        }
        Ok(checked)
    }
}

/// Why the rollout is not finished, or `None` if it is (see [`converged`]).
pub fn convergence_gap(cluster: &Cluster, ns: &str, name: &str) -> Option<String> {
    let d = match deployment(cluster, ns, name) {
        Ok(d) => d,
        Err(e) => return Some(e),
    };
    let st = &d.status;
    if st.observed_generation != d.meta.generation {
        return Some(format!(
            "observedGeneration {} != generation {}",
            st.observed_generation, d.meta.generation
        ));
    }
    if !util::deployment_complete(d, st) {
        return Some(format!(
            "not complete: replicas {} updated {} total {} available {}",
            d.spec.replicas, st.updated_replicas, st.replicas, st.available_replicas
        ));
    }
    let rss = owned_replica_sets(cluster, d);
    let Some(new_rs) = util::find_new_replica_set(d, &rss) else {
        return Some("no replicaset has the deployment's template".into());
    };
    if new_rs.spec.replicas != d.spec.replicas
        || new_rs.status.available_replicas != d.spec.replicas
    {
        return Some(format!(
            "new replicaset {}: spec {} available {} (want {})",
            new_rs.meta.name,
            new_rs.spec.replicas,
            new_rs.status.available_replicas,
            d.spec.replicas
        ));
    }
    for rs in rss.iter().filter(|r| r.meta.uid != new_rs.meta.uid) {
        if rs.spec.replicas != 0 || rs.status.replicas != 0 {
            return Some(format!(
                "old replicaset {} still has spec {} / {} pods",
                rs.meta.name, rs.spec.replicas, rs.status.replicas
            ));
        }
    }
    None
}

/// The rollout is finished: DeploymentComplete per the stored status (updated = total =
/// available = replicas), `observedGeneration == generation`, and the new ReplicaSet (the
/// one with the Deployment's template) is the only one with pods wanted or running — at
/// `replicas` wanted and available (with 0 replicas: no active ReplicaSet at all).
pub fn converged(cluster: &Cluster, ns: &str, name: &str) -> bool {
    convergence_gap(cluster, ns, name).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ClusterConfig;

    fn yaml(replicas: i32, image: &str, strategy: &str) -> String {
        format!(
            "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: {replicas}
{strategy}  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: {image}
"
        )
    }

    fn settled(replicas: i32, strategy: &str) -> Cluster {
        let mut c = Cluster::new(ClusterConfig::default());
        c.apply(&yaml(replicas, "nginx:1.14.2", strategy)).unwrap();
        c.step(60_000).unwrap();
        c
    }

    fn rs_name(c: &Cluster) -> (String, String) {
        let rs = c.store.replicasets.values().next().unwrap();
        (rs.meta.namespace.clone(), rs.meta.name.clone())
    }

    #[test]
    fn a_settled_deployment_holds_and_has_converged() {
        let c = settled(3, "");
        assert_eq!(check_rollout(&c, "default", "web"), Ok(()));
        assert!(
            converged(&c, "default", "web"),
            "{:?}",
            convergence_gap(&c, "default", "web")
        );
        let n = rollout_numbers(&c, "default", "web").unwrap();
        assert_eq!(
            (
                n.replicas,
                n.max_surge,
                n.max_unavailable,
                n.spec_total,
                n.available_total
            ),
            (3, 1, 0, 3, 3)
        );
        assert_eq!(n.scope, Scope::Bounded);
    }

    #[test]
    fn missing_deployment_is_an_error() {
        let c = Cluster::new(ClusterConfig::default());
        assert!(
            check_rollout(&c, "default", "nope")
                .unwrap_err()
                .contains("not found")
        );
        assert!(!converged(&c, "default", "nope"));
    }

    #[test]
    fn the_invariant_holds_through_a_rolling_update() {
        let mut c = settled(
            4,
            "  strategy:\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 1\n",
        );
        let mut m = RolloutMonitor::new("default", "web");
        assert_eq!(
            m.observe(&c),
            Ok(Checked {
                bounds: true,
                availability: false,
                warming_scale_down: false,
                recreate: false
            })
        );
        assert!(m.armed());
        c.set_image("default", "web", "web", "nginx:1.16.1")
            .unwrap();
        assert!(!converged(&c, "default", "web"));
        for _ in 0..300 {
            c.step(200).unwrap();
            assert_eq!(check_rollout(&c, "default", "web"), Ok(()));
            assert_eq!(
                m.observe(&c),
                Ok(Checked {
                    bounds: true,
                    availability: true,
                    warming_scale_down: false,
                    recreate: false
                })
            );
        }
        assert!(
            converged(&c, "default", "web"),
            "{:?}",
            convergence_gap(&c, "default", "web")
        );
    }

    #[test]
    fn surge_overshoot_is_caught() {
        let mut c = settled(3, "");
        let key = rs_name(&c);
        c.store.replicasets.get_mut(&key).unwrap().spec.replicas = 5;
        let err = check_bounds(&c, "default", "web", false).unwrap_err();
        assert!(
            err.contains("Σ spec.replicas 5 > replicas 3 + maxSurge 1"),
            "{err}"
        );
    }

    #[test]
    fn availability_floor_is_caught_only_when_asked() {
        let mut c = settled(3, "");
        let key = rs_name(&c);
        c.store
            .replicasets
            .get_mut(&key)
            .unwrap()
            .status
            .available_replicas = 2;
        let d = c.store.deployments.values_mut().next().unwrap();
        (d.status.available_replicas, d.status.unavailable_replicas) = (2, 1);
        assert!(check_bounds(&c, "default", "web", false).is_ok());
        let err = check_bounds(&c, "default", "web", true).unwrap_err();
        assert!(
            err.contains("Σ availableReplicas 2 < replicas 3 − maxUnavailable 0"),
            "{err}"
        );
        // The monitor arms only once the floor was reached.
        let mut m = RolloutMonitor::new("default", "web");
        assert_eq!(
            m.observe(&c),
            Ok(Checked {
                bounds: true,
                availability: false,
                warming_scale_down: false,
                recreate: false
            })
        );
        assert!(!m.armed());
    }

    #[test]
    fn bounds_are_out_of_scope_when_paused_recreate_bad_image_or_scaling() {
        let mut c = settled(3, "");
        c.set_image("default", "web", "web", "nginx:1.161").unwrap();
        assert_eq!(
            rollout_numbers(&c, "default", "web").unwrap().scope,
            Scope::UnpullableImage("nginx:1.161".into())
        );
        c.pause_deployment("default", "web").unwrap();
        assert_eq!(
            rollout_numbers(&c, "default", "web").unwrap().scope,
            Scope::Paused
        );
        let c = settled(3, "  strategy:\n    type: Recreate\n");
        assert_eq!(
            rollout_numbers(&c, "default", "web").unwrap().scope,
            Scope::NotRollingUpdate
        );
        let mut c = settled(3, "");
        c.store
            .deployments
            .values_mut()
            .next()
            .unwrap()
            .spec
            .replicas = 7;
        assert_eq!(
            rollout_numbers(&c, "default", "web").unwrap().scope,
            Scope::ScalingEvent
        );
    }

    #[test]
    fn stale_replicaset_status_is_caught() {
        let mut c = settled(3, "");
        let key = rs_name(&c);
        c.store.replicasets.get_mut(&key).unwrap().status.replicas = 2;
        let err = check_structure(&c, "default", "web").unwrap_err();
        assert!(err.contains("status.replicas 2 but 3 active pods"), "{err}");
    }

    #[test]
    fn negative_counts_are_caught() {
        let mut c = settled(3, "");
        c.store
            .deployments
            .values_mut()
            .next()
            .unwrap()
            .status
            .unavailable_replicas = -1;
        let err = check_structure(&c, "default", "web").unwrap_err();
        assert!(err.contains("status.unavailableReplicas = -1 < 0"), "{err}");
    }

    #[test]
    fn orphaned_pods_are_caught() {
        let mut c = settled(2, "");
        let key = rs_name(&c);
        // Remove the ReplicaSet behind the garbage collector's back.
        c.store.remove_replicaset(&key.0, &key.1);
        let err = check_structure(&c, "default", "web").unwrap_err();
        assert!(
            err.contains("is gone but the pod is not terminating"),
            "{err}"
        );
    }

    #[test]
    fn duplicate_templates_and_revisions_are_caught() {
        let mut c = settled(2, "");
        c.set_image("default", "web", "web", "nginx:1.16.1")
            .unwrap();
        c.step(60_000).unwrap();
        assert_eq!(check_rollout(&c, "default", "web"), Ok(()));
        let (new_tpl, first_rev) = {
            let d = c.store.deployment("default", "web").unwrap();
            let first = c
                .store
                .replicasets
                .values()
                .find(|r| r.revision() == Some(1))
                .unwrap();
            (
                d.spec.template.clone(),
                (first.meta.namespace.clone(), first.meta.name.clone()),
            )
        };
        let rs = c.store.replicasets.get_mut(&first_rev).unwrap();
        rs.spec.template.spec = new_tpl.spec.clone();
        rs.meta
            .annotations
            .insert(REVISION_ANNOTATION.into(), "2".into());
        let err = check_structure(&c, "default", "web").unwrap_err();
        assert!(err.contains("2 replicasets have its template"), "{err}");
        assert!(err.contains("both have revision 2"), "{err}");
    }

    #[test]
    fn recreate_never_overlaps_and_an_overlap_is_caught() {
        let mut c = settled(3, "  strategy:\n    type: Recreate\n");
        let mut m = RolloutMonitor::new("default", "web");
        c.set_image("default", "web", "web", "nginx:1.16.1")
            .unwrap();
        for _ in 0..300 {
            c.step(200).unwrap();
            let checked = m.observe(&c).unwrap();
            assert!(checked.recreate && !checked.bounds);
        }
        assert!(converged(&c, "default", "web"));
        // An old pod that is still running next to the new ones.
        let new_rs = c
            .store
            .replicasets
            .values()
            .find(|r| r.revision() == Some(2))
            .unwrap();
        let old_rs = c
            .store
            .replicasets
            .values()
            .find(|r| r.revision() == Some(1))
            .unwrap();
        let mut pod = c
            .store
            .pods_controlled_by(&new_rs.meta.uid)
            .next()
            .unwrap()
            .clone();
        pod.meta.name = "web-old".into();
        pod.meta.owner_references[0].uid = old_rs.meta.uid.clone();
        pod.meta.owner_references[0].name = old_rs.meta.name.clone();
        c.store.put_pod(pod);
        let err = check_recreate(&c, "default", "web").unwrap_err();
        assert!(err.contains("old pods remain: web-old"), "{err}");
    }

    #[test]
    fn convergence_needs_old_replicasets_drained() {
        let mut c = settled(3, "");
        c.set_image("default", "web", "web", "nginx:1.16.1")
            .unwrap();
        let gap = convergence_gap(&c, "default", "web").unwrap();
        assert!(gap.contains("not complete"), "{gap}");
        c.step(60_000).unwrap();
        assert_eq!(convergence_gap(&c, "default", "web"), None);
        // Scaled to 0: converged with no active ReplicaSet.
        c.scale_deployment("default", "web", 0).unwrap();
        c.step(60_000).unwrap();
        assert_eq!(convergence_gap(&c, "default", "web"), None);
    }
}
