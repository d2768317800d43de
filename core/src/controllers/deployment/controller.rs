//! `syncDeployment` (`deployment_controller.go`): the orchestrator of one sync of one
//! Deployment, and the context the sync works in.
//!
//! A sync reads the store, works on a copy of the Deployment (which, as upstream, reflects
//! its own status writes), and returns [`DeploymentAction`]s in the order upstream makes
//! its API calls; the cluster applies them in that order.

use super::util;
use crate::config::Profile;
use crate::model::deployment::{Deployment, ROLLBACK_TO_ANNOTATION};
use crate::model::{OwnerReference, ReplicaSet};
use crate::store::{NsName, Store};
use crate::time::{SimDuration, SimTime};

/// A write (or event, or requeue) the Deployment controller asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum DeploymentAction {
    /// Create a ReplicaSet (the cluster assigns uid and timestamps).
    CreateReplicaSet(Box<ReplicaSet>),
    /// Update a ReplicaSet's metadata and spec.
    UpdateReplicaSet(Box<ReplicaSet>),
    /// Delete a ReplicaSet (history cleanup).
    DeleteReplicaSet(NsName),
    /// Update the Deployment's metadata and spec (a normal update: bumps generation when the
    /// spec or annotations change).
    UpdateDeployment(Box<Deployment>),
    /// Update the Deployment's status (and annotations, as the status subresource keeps them).
    UpdateDeploymentStatus(Box<Deployment>),
    /// Record an event on the Deployment.
    Event {
        /// `Normal` / `Warning`.
        type_: &'static str,
        /// Reason.
        reason: &'static str,
        /// Message.
        message: String,
    },
    /// Sync this Deployment again after a while.
    RequeueAfter(SimDuration),
}

/// One sync in progress.
pub struct Ctx<'a> {
    /// Read-only view of the cluster at the start of the sync.
    pub store: &'a Store,
    /// Now.
    pub now: SimTime,
    /// Event wording profile.
    pub profile: Profile,
    /// The writes, in order.
    pub actions: Vec<DeploymentAction>,
}

impl Ctx<'_> {
    /// Records an event on the Deployment.
    pub fn event(&mut self, type_: &'static str, reason: &'static str, message: String) {
        self.actions.push(DeploymentAction::Event {
            type_,
            reason,
            message,
        });
    }

    /// `UpdateStatus(d)`.
    pub fn update_status(&mut self, d: &Deployment) {
        self.actions
            .push(DeploymentAction::UpdateDeploymentStatus(Box::new(
                d.clone(),
            )));
    }

    /// `ReplicaSets.Update(rs)`.
    pub fn update_rs(&mut self, rs: &ReplicaSet) {
        self.actions
            .push(DeploymentAction::UpdateReplicaSet(Box::new(rs.clone())));
    }
}

/// `syncDeployment` for the Deployment at `key`: the actions to take, in order.
pub fn sync_deployment(
    store: &Store,
    key: &NsName,
    now: SimTime,
    profile: Profile,
) -> Vec<DeploymentAction> {
    let Some(d) = store.deployments.get(key) else {
        return vec![];
    };
    let mut d = d.clone();
    let mut ctx = Ctx {
        store,
        now,
        profile,
        actions: Vec::new(),
    };

    if d.spec.selector.is_empty() {
        ctx.event(
            "Warning",
            "SelectingAll",
            "This deployment is selecting all pods. A non-empty selector is required.".into(),
        );
        if d.status.observed_generation < d.meta.generation {
            d.status.observed_generation = d.meta.generation;
            ctx.update_status(&d);
        }
        return ctx.actions;
    }

    let rs_list = claim_replica_sets(&mut ctx, &d);

    if d.meta.deletion_timestamp.is_some() {
        super::sync::sync_status_only(&mut ctx, &mut d, &rs_list);
        return ctx.actions;
    }

    super::progress::check_paused_conditions(&mut ctx, &mut d);

    if d.spec.paused {
        super::sync::sync(&mut ctx, &mut d, &rs_list);
        return ctx.actions;
    }

    if d.meta.annotations.contains_key(ROLLBACK_TO_ANNOTATION) {
        super::rollback::rollback(&mut ctx, &mut d, &rs_list);
        return ctx.actions;
    }

    if super::sync::is_scaling_event(&mut ctx, &mut d, &rs_list) {
        super::sync::sync(&mut ctx, &mut d, &rs_list);
        return ctx.actions;
    }

    match d.spec.strategy.type_.as_str() {
        "Recreate" => super::recreate::rollout_recreate(&mut ctx, &mut d, &rs_list),
        "RollingUpdate" => super::rolling::rollout_rolling(&mut ctx, &mut d, &rs_list),
        _ => {}
    }
    ctx.actions
}

/// `getReplicaSetsForDeployment`: adopt matching orphans, release owned ReplicaSets that
/// stopped matching; the claimed ReplicaSets in name order.
fn claim_replica_sets(ctx: &mut Ctx<'_>, d: &Deployment) -> Vec<ReplicaSet> {
    let selector = d.spec.selector.to_selector();
    let deleting = d.meta.deletion_timestamp.is_some();
    let mut claimed = Vec::new();
    for rs in ctx.store.replicasets_in(&d.meta.namespace) {
        match rs.meta.controller_ref() {
            Some(r) if r.uid == d.meta.uid => {
                if selector.matches(&rs.meta.labels) {
                    claimed.push(rs.clone());
                } else if !deleting {
                    let mut released = rs.clone();
                    released
                        .meta
                        .owner_references
                        .retain(|o| o.uid != d.meta.uid);
                    ctx.update_rs(&released);
                }
            }
            Some(_) => {}
            None => {
                if !deleting
                    && rs.meta.deletion_timestamp.is_none()
                    && !selector.is_everything()
                    && selector.matches(&rs.meta.labels)
                {
                    let mut adopted = rs.clone();
                    adopted
                        .meta
                        .owner_references
                        .push(OwnerReference::controller_ref(
                            "apps/v1",
                            "Deployment",
                            &d.meta.name,
                            &d.meta.uid,
                        ));
                    ctx.update_rs(&adopted);
                    claimed.push(adopted);
                }
            }
        }
    }
    claimed
}

/// Pods grouped by the claimed ReplicaSet that controls them (`getPodMapForDeployment`):
/// for each ReplicaSet uid, the phases of its pods (terminating ones included).
pub fn pod_phases_by_rs(
    store: &Store,
    rs_list: &[ReplicaSet],
) -> Vec<(String, Vec<crate::model::pod::PodPhase>)> {
    rs_list
        .iter()
        .map(|rs| {
            let phases = store
                .pods_controlled_by(&rs.meta.uid)
                .map(|p| p.status.phase)
                .collect();
            (rs.meta.uid.clone(), phases)
        })
        .collect()
}

/// `ScalingReplicaSet` message in the profile's wording.
pub fn scaling_message(profile: Profile, up: bool, rs: &str, old: i32, new: i32) -> String {
    let op = if up { "up" } else { "down" };
    match profile {
        Profile::Current => format!("Scaled {op} replica set {rs} from {old} to {new}"),
        Profile::V1_28 => format!("Scaled {op} replica set {rs} to {new} from {old}"),
    }
}

/// `ScalingReplicaSet` message when a new ReplicaSet is created already scaled.
pub fn created_scaled_message(profile: Profile, rs: &str, n: i32) -> String {
    match profile {
        Profile::Current => format!("Scaled up replica set {rs} from 0 to {n}"),
        Profile::V1_28 => format!("Scaled up replica set {rs} to {n}"),
    }
}

/// `scaleReplicaSet`: writes the new size and fresh replica annotations if either differs;
/// records `ScalingReplicaSet` only when the size changed. Returns (scaled, the RS as
/// written).
pub fn scale_replica_set(
    ctx: &mut Ctx<'_>,
    rs: &ReplicaSet,
    new_scale: i32,
    d: &Deployment,
    up: Option<bool>,
) -> (bool, ReplicaSet) {
    let size_needs_update = rs.spec.replicas != new_scale;
    let max = d.spec.replicas + util::max_surge(d);
    let annotations_need_update = util::replicas_annotations_need_update(rs, d.spec.replicas, max);
    if !(size_needs_update || annotations_need_update) {
        return (false, rs.clone());
    }
    let old_scale = rs.spec.replicas;
    let mut copy = rs.clone();
    copy.spec.replicas = new_scale;
    util::set_replicas_annotations(&mut copy, d.spec.replicas, max);
    ctx.update_rs(&copy);
    let mut scaled = false;
    if size_needs_update {
        let up = up.unwrap_or(old_scale < new_scale);
        let _ = up;
        let message = scaling_message(
            ctx.profile,
            old_scale < new_scale,
            &copy.meta.name,
            old_scale,
            new_scale,
        );
        ctx.event("Normal", "ScalingReplicaSet", message);
        scaled = true;
    }
    (scaled, copy)
}

/// `scaleReplicaSetAndRecordEvent`: nothing if the size is already right.
pub fn scale_replica_set_and_record_event(
    ctx: &mut Ctx<'_>,
    rs: &ReplicaSet,
    new_scale: i32,
    d: &Deployment,
) -> (bool, ReplicaSet) {
    if rs.spec.replicas == new_scale {
        return (false, rs.clone());
    }
    scale_replica_set(ctx, rs, new_scale, d, Some(rs.spec.replicas < new_scale))
}
