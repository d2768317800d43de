//! `sync.go`: finding or creating the new ReplicaSet, revisions, scaling events and
//! proportional scaling, history cleanup, status.

use std::collections::BTreeMap;

use super::controller::{
    Ctx, DeploymentAction, created_scaled_message, scale_replica_set,
    scale_replica_set_and_record_event,
};
use super::util;
use crate::model::deployment::{Deployment, ROLLBACK_TO_ANNOTATION};
use crate::model::pod::POD_TEMPLATE_HASH_LABEL;
use crate::model::{ObjectMeta, OwnerReference, ReplicaSet};

/// Longest `revision-history` annotation upstream keeps.
pub const MAX_REV_HISTORY_LENGTH_IN_CHARS: usize = 2000;

/// `sync`: scaling (and cleanup when paused), then a plain status sync.
pub fn sync(ctx: &mut Ctx<'_>, d: &mut Deployment, rs_list: &[ReplicaSet]) {
    let (new_rs, old_rss) = get_all_replica_sets_and_sync_revision(ctx, d, rs_list, false);
    scale(ctx, d, new_rs.as_ref(), &old_rss);
    if d.spec.paused && !d.meta.annotations.contains_key(ROLLBACK_TO_ANNOTATION) {
        cleanup_deployment(ctx, &old_rss, d);
    }
    let mut all = old_rss;
    all.extend(new_rs.clone());
    sync_deployment_status(ctx, &all, new_rs.as_ref(), d);
}

/// `syncStatusOnly`: for a Deployment being deleted.
pub fn sync_status_only(ctx: &mut Ctx<'_>, d: &mut Deployment, rs_list: &[ReplicaSet]) {
    let (new_rs, old_rss) = get_all_replica_sets_and_sync_revision(ctx, d, rs_list, false);
    let mut all = old_rss;
    all.extend(new_rs.clone());
    sync_deployment_status(ctx, &all, new_rs.as_ref(), d);
}

/// `isScalingEvent`: an active ReplicaSet remembers a different `desired-replicas`.
pub fn is_scaling_event(ctx: &mut Ctx<'_>, d: &mut Deployment, rs_list: &[ReplicaSet]) -> bool {
    let (new_rs, old_rss) = get_all_replica_sets_and_sync_revision(ctx, d, rs_list, false);
    old_rss
        .iter()
        .chain(new_rs.iter())
        .filter(|rs| rs.spec.replicas > 0)
        .filter_map(util::get_desired_replicas_annotation)
        .any(|desired| desired != d.spec.replicas)
}

/// `getAllReplicaSetsAndSyncRevision`: (new RS, all old RSs), creating the new one if asked.
pub fn get_all_replica_sets_and_sync_revision(
    ctx: &mut Ctx<'_>,
    d: &mut Deployment,
    rs_list: &[ReplicaSet],
    create_if_not_existed: bool,
) -> (Option<ReplicaSet>, Vec<ReplicaSet>) {
    let refs: Vec<&ReplicaSet> = rs_list.iter().collect();
    let all_old: Vec<ReplicaSet> = util::find_old_replica_sets(d, &refs)
        .1
        .into_iter()
        .cloned()
        .collect();
    let new_rs = get_new_replica_set(ctx, d, rs_list, &all_old, create_if_not_existed);
    (new_rs, all_old)
}

/// `getNewReplicaSet` (K8S-SPEC §5.1).
pub fn get_new_replica_set(
    ctx: &mut Ctx<'_>,
    d: &mut Deployment,
    rs_list: &[ReplicaSet],
    old_rss: &[ReplicaSet],
    create_if_not_existed: bool,
) -> Option<ReplicaSet> {
    let refs: Vec<&ReplicaSet> = rs_list.iter().collect();
    let existing = util::find_new_replica_set(d, &refs).cloned();
    let old_refs: Vec<&ReplicaSet> = old_rss.iter().collect();
    let max_old_revision = util::max_revision(&old_refs);
    let new_revision = (max_old_revision + 1).to_string();

    if let Some(existing) = existing {
        let mut copy = existing.clone();
        let annotations_updated = util::set_new_replica_set_annotations(
            d,
            &mut copy,
            &new_revision,
            true,
            MAX_REV_HISTORY_LENGTH_IN_CHARS,
        );
        let min_ready_needs_update = copy.spec.min_ready_seconds != d.spec.min_ready_seconds;
        if annotations_updated || min_ready_needs_update {
            copy.spec.min_ready_seconds = d.spec.min_ready_seconds;
            ctx.update_rs(&copy);
            return Some(copy);
        }
        let rs_revision = copy
            .meta
            .annotations
            .get(crate::model::deployment::REVISION_ANNOTATION)
            .cloned()
            .unwrap_or_default();
        let mut needs_update = util::set_deployment_revision(d, &rs_revision);
        if util::has_progress_deadline(d)
            && util::get_deployment_condition(&d.status, "Progressing").is_none()
        {
            let cond = util::new_deployment_condition(
                "Progressing",
                "True",
                util::FOUND_NEW_RS_REASON,
                &format!("Found new replica set \"{}\"", copy.meta.name),
                ctx.now,
            );
            util::set_deployment_condition(&mut d.status, cond);
            needs_update = true;
        }
        if needs_update {
            ctx.update_status(d);
        }
        return Some(copy);
    }

    if !create_if_not_existed {
        return None;
    }

    // Create the new ReplicaSet.
    let mut template = d.spec.template.clone();
    let hash = util::compute_hash(&template, d.status.collision_count);
    template
        .labels
        .insert(POD_TEMPLATE_HASH_LABEL.into(), hash.clone());
    let mut selector = d.spec.selector.clone();
    selector
        .match_labels
        .insert(POD_TEMPLATE_HASH_LABEL.into(), hash.clone());
    let name = util::replica_set_name(&d.meta.name, &hash);
    let mut new_rs = ReplicaSet {
        meta: ObjectMeta {
            name: name.clone(),
            namespace: d.meta.namespace.clone(),
            owner_references: vec![OwnerReference::controller_ref(
                "apps/v1",
                "Deployment",
                &d.meta.name,
                &d.meta.uid,
            )],
            labels: template.labels.clone(),
            ..ObjectMeta::default()
        },
        spec: crate::model::replicaset::ReplicaSetSpec {
            replicas: 0,
            min_ready_seconds: d.spec.min_ready_seconds,
            selector,
            template,
        },
        status: Default::default(),
    };
    let mut all: Vec<&ReplicaSet> = old_rss.iter().collect();
    all.push(&new_rs);
    let new_replicas = util::new_rs_new_replicas(d, &all, &new_rs).unwrap_or(0);
    new_rs.spec.replicas = new_replicas;
    util::set_new_replica_set_annotations(
        d,
        &mut new_rs,
        &new_revision,
        false,
        MAX_REV_HISTORY_LENGTH_IN_CHARS,
    );

    // The name is deterministic: an existing object of that name is either ours (use it)
    // or a hash collision (bump collisionCount and try again on the next sync).
    if let Some(other) = ctx.store.replicaset(&d.meta.namespace, &name) {
        let ours = other
            .meta
            .controller_ref()
            .is_some_and(|r| r.uid == d.meta.uid)
            && d.spec.template.equal_ignore_hash(&other.spec.template);
        if ours {
            let created = other.clone();
            let needs_update = util::set_deployment_revision(d, &new_revision);
            if needs_update {
                ctx.update_status(d);
            }
            return Some(created);
        }
        d.status.collision_count = Some(d.status.collision_count.unwrap_or(0) + 1);
        ctx.update_status(d);
        return None;
    }

    ctx.actions
        .push(DeploymentAction::CreateReplicaSet(Box::new(new_rs.clone())));
    if new_replicas > 0 {
        let message = created_scaled_message(ctx.profile, &name, new_replicas);
        ctx.event("Normal", "ScalingReplicaSet", message);
    }
    let mut needs_update = util::set_deployment_revision(d, &new_revision);
    if util::has_progress_deadline(d) {
        let cond = util::new_deployment_condition(
            "Progressing",
            "True",
            util::NEW_REPLICA_SET_REASON,
            &format!("Created new replica set \"{name}\""),
            ctx.now,
        );
        util::set_deployment_condition(&mut d.status, cond);
        needs_update = true;
    }
    if needs_update {
        ctx.update_status(d);
    }
    Some(new_rs)
}

/// `scale` (K8S-SPEC §8): resize for a changed `replicas`, proportionally while a rollout
/// is in flight.
pub fn scale(
    ctx: &mut Ctx<'_>,
    d: &Deployment,
    new_rs: Option<&ReplicaSet>,
    old_rss: &[ReplicaSet],
) {
    let old_refs: Vec<&ReplicaSet> = old_rss.iter().collect();
    if let Some(rs) = util::find_active_or_latest(new_rs, &old_refs) {
        if rs.spec.replicas == d.spec.replicas {
            return;
        }
        scale_replica_set_and_record_event(ctx, rs, d.spec.replicas, d);
        return;
    }

    if util::is_saturated(d, new_rs) {
        // FindActiveOrLatest sorted oldRSs newest-first in place upstream: drain in that order.
        let mut newest_first = old_refs.clone();
        util::sort_by_creation_desc(&mut newest_first);
        for old in newest_first.into_iter().filter(|r| r.spec.replicas > 0) {
            scale_replica_set_and_record_event(ctx, old, 0, d);
        }
        return;
    }

    if !util::is_rolling_update(d) {
        return;
    }
    let mut all: Vec<&ReplicaSet> = old_rss
        .iter()
        .chain(new_rs)
        .filter(|r| r.spec.replicas > 0)
        .collect();
    let all_rs_replicas: i32 = all.iter().map(|r| r.spec.replicas).sum();
    let allowed = if d.spec.replicas > 0 {
        d.spec.replicas + util::max_surge(d)
    } else {
        0
    };
    let to_add = allowed - all_rs_replicas;
    if to_add > 0 {
        util::sort_by_size_newer(&mut all);
    } else {
        util::sort_by_size_older(&mut all);
    }
    let mut sizes: BTreeMap<String, i32> = BTreeMap::new();
    let mut added = 0;
    for rs in &all {
        if to_add != 0 {
            let p = util::get_proportion(rs, d, to_add, added);
            sizes.insert(rs.meta.name.clone(), rs.spec.replicas + p);
            added += p;
        } else {
            sizes.insert(rs.meta.name.clone(), rs.spec.replicas);
        }
    }
    let up = if to_add > 0 {
        Some(true)
    } else if to_add < 0 {
        Some(false)
    } else {
        None
    };
    for (i, rs) in all.iter().enumerate() {
        let mut size = sizes[&rs.meta.name];
        if i == 0 && to_add != 0 {
            size = (size + to_add - added).max(0);
        }
        scale_replica_set(ctx, rs, size, d, up);
    }
}

/// `cleanupDeployment` (K8S-SPEC §9).
pub fn cleanup_deployment(ctx: &mut Ctx<'_>, old_rss: &[ReplicaSet], d: &Deployment) {
    if !util::has_revision_history_limit(d) {
        return;
    }
    let limit = d.spec.revision_history_limit.unwrap_or(i32::MAX);
    let mut cleanable: Vec<&ReplicaSet> = old_rss
        .iter()
        .filter(|r| r.meta.deletion_timestamp.is_none())
        .collect();
    let diff = cleanable.len() as i64 - i64::from(limit);
    if diff <= 0 {
        return;
    }
    util::sort_by_revision(&mut cleanable);
    for rs in cleanable.into_iter().take(diff as usize) {
        if rs.status.replicas != 0
            || rs.spec.replicas != 0
            || rs.meta.generation > rs.status.observed_generation
            || rs.meta.deletion_timestamp.is_some()
        {
            continue;
        }
        ctx.actions.push(DeploymentAction::DeleteReplicaSet((
            rs.meta.namespace.clone(),
            rs.meta.name.clone(),
        )));
    }
}

/// `syncDeploymentStatus`: recompute status, write it if it changed.
pub fn sync_deployment_status(
    ctx: &mut Ctx<'_>,
    all: &[ReplicaSet],
    new_rs: Option<&ReplicaSet>,
    d: &mut Deployment,
) {
    let refs: Vec<&ReplicaSet> = all.iter().collect();
    let new_status = util::calculate_status(&refs, new_rs, d, ctx.now);
    if new_status == d.status {
        return;
    }
    d.status = new_status;
    ctx.update_status(d);
}
