//! `rolling.go`: the RollingUpdate strategy (K8S-SPEC §6). One sync scales the new
//! ReplicaSet up (or down) *or* scales old ReplicaSets down, never both.

use super::controller::{Ctx, scale_replica_set_and_record_event};
use super::progress::sync_rollout_status;
use super::sync::{cleanup_deployment, get_all_replica_sets_and_sync_revision};
use super::util;
use crate::model::ReplicaSet;
use crate::model::deployment::Deployment;

/// `rolloutRolling`.
pub fn rollout_rolling(ctx: &mut Ctx<'_>, d: &mut Deployment, rs_list: &[ReplicaSet]) {
    let (new_rs, old_rss) = get_all_replica_sets_and_sync_revision(ctx, d, rs_list, true);
    let mut all: Vec<ReplicaSet> = old_rss.clone();
    all.extend(new_rs.clone());
    let Some(new_rs) = new_rs else {
        // The create failed (hash collision): the status write requeues us.
        return;
    };

    if reconcile_new_replica_set(ctx, &all, &new_rs, d) {
        sync_rollout_status(ctx, &all, Some(&new_rs), d);
        return;
    }
    let active_old: Vec<ReplicaSet> = old_rss
        .iter()
        .filter(|r| r.spec.replicas > 0)
        .cloned()
        .collect();
    if reconcile_old_replica_sets(ctx, &all, &active_old, &new_rs, d) {
        sync_rollout_status(ctx, &all, Some(&new_rs), d);
        return;
    }
    if util::deployment_complete(d, &d.status) {
        cleanup_deployment(ctx, &old_rss, d);
    }
    sync_rollout_status(ctx, &all, Some(&new_rs), d);
}

/// `reconcileNewReplicaSet`: grow the new ReplicaSet within the surge allowance (or shrink
/// it to `replicas`). Returns whether it scaled.
pub fn reconcile_new_replica_set(
    ctx: &mut Ctx<'_>,
    all: &[ReplicaSet],
    new_rs: &ReplicaSet,
    d: &Deployment,
) -> bool {
    if new_rs.spec.replicas == d.spec.replicas {
        return false;
    }
    if new_rs.spec.replicas > d.spec.replicas {
        return scale_replica_set_and_record_event(ctx, new_rs, d.spec.replicas, d).0;
    }
    let refs: Vec<&ReplicaSet> = all.iter().collect();
    let Ok(count) = util::new_rs_new_replicas(d, &refs, new_rs) else {
        return false;
    };
    scale_replica_set_and_record_event(ctx, new_rs, count, d).0
}

/// `reconcileOldReplicaSets`: scale old ReplicaSets down as far as availability allows,
/// unhealthy pods first. Returns whether anything scaled.
///
/// E.g. 4 replicas, maxSurge 1, maxUnavailable 1, old=4 available, new just created at 1
/// with 1 unavailable pod: maxScaledDown = 5 − 3 − 1 = 1, so old goes to 3.
pub fn reconcile_old_replica_sets(
    ctx: &mut Ctx<'_>,
    all: &[ReplicaSet],
    old: &[ReplicaSet],
    new_rs: &ReplicaSet,
    d: &Deployment,
) -> bool {
    let old_pods: i32 = old.iter().map(|r| r.spec.replicas).sum();
    if old_pods == 0 {
        return false;
    }
    let all_pods: i32 = all.iter().map(|r| r.spec.replicas).sum();
    let min_available = d.spec.replicas - util::max_unavailable(d);
    let new_unavailable = new_rs.spec.replicas - new_rs.status.available_replicas;
    let max_scaled_down = all_pods - min_available - new_unavailable;
    if max_scaled_down <= 0 {
        return false;
    }
    let (old, cleaned) = cleanup_unhealthy_replicas(ctx, old, d, max_scaled_down);
    let mut all_after: Vec<ReplicaSet> = old.clone();
    all_after.push(new_rs.clone());
    let scaled = scale_down_old_replica_sets_for_rolling_update(ctx, &all_after, &old, d);
    cleaned + scaled > 0
}

/// `cleanupUnhealthyReplicas`: scale old ReplicaSets down by their unavailable pods,
/// oldest first, up to `max_cleanup`. Returns the updated list and how many went.
pub fn cleanup_unhealthy_replicas(
    ctx: &mut Ctx<'_>,
    old: &[ReplicaSet],
    d: &Deployment,
    max_cleanup: i32,
) -> (Vec<ReplicaSet>, i32) {
    let mut old: Vec<ReplicaSet> = old.to_vec();
    old.sort_by(|a, b| {
        (a.meta.creation_timestamp, &a.meta.name).cmp(&(b.meta.creation_timestamp, &b.meta.name))
    });
    let mut total = 0;
    for rs in old.iter_mut() {
        if total >= max_cleanup {
            break;
        }
        if rs.spec.replicas == 0 || rs.spec.replicas == rs.status.available_replicas {
            continue;
        }
        let k = (max_cleanup - total).min(rs.spec.replicas - rs.status.available_replicas);
        let new_count = rs.spec.replicas - k;
        if new_count > rs.spec.replicas {
            break;
        }
        let (_, updated) = scale_replica_set_and_record_event(ctx, rs, new_count, d);
        total += k;
        *rs = updated;
    }
    (old, total)
}

/// `scaleDownOldReplicaSetsForRollingUpdate`: take old pods away while availability stays
/// above `replicas − maxUnavailable`, oldest ReplicaSets first.
pub fn scale_down_old_replica_sets_for_rolling_update(
    ctx: &mut Ctx<'_>,
    all: &[ReplicaSet],
    old: &[ReplicaSet],
    d: &Deployment,
) -> i32 {
    let min_available = d.spec.replicas - util::max_unavailable(d);
    let available: i32 = all.iter().map(|r| r.status.available_replicas).sum();
    if available <= min_available {
        return 0;
    }
    let mut old: Vec<ReplicaSet> = old.to_vec();
    old.sort_by(|a, b| {
        (a.meta.creation_timestamp, &a.meta.name).cmp(&(b.meta.creation_timestamp, &b.meta.name))
    });
    let budget = available - min_available;
    let mut done = 0;
    for rs in &old {
        if done >= budget {
            break;
        }
        if rs.spec.replicas == 0 {
            continue;
        }
        let k = rs.spec.replicas.min(budget - done);
        scale_replica_set_and_record_event(ctx, rs, rs.spec.replicas - k, d);
        done += k;
    }
    done
}
