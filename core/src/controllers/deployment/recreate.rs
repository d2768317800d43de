//! `recreate.go`: the Recreate strategy (K8S-SPEC §7): every old pod goes, and only when
//! they are really gone (terminating pods count) is the new ReplicaSet created at full size.

use super::controller::{Ctx, pod_phases_by_rs, scale_replica_set_and_record_event};
use super::progress::sync_rollout_status;
use super::sync::{cleanup_deployment, get_all_replica_sets_and_sync_revision};
use super::util;
use crate::model::ReplicaSet;
use crate::model::deployment::Deployment;
use crate::model::pod::PodPhase;

/// `rolloutRecreate`.
pub fn rollout_recreate(ctx: &mut Ctx<'_>, d: &mut Deployment, rs_list: &[ReplicaSet]) {
    let phases = pod_phases_by_rs(ctx.store, rs_list);
    let (mut new_rs, mut old_rss) = get_all_replica_sets_and_sync_revision(ctx, d, rs_list, false);
    let mut all: Vec<ReplicaSet> = old_rss.clone();
    all.extend(new_rs.clone());

    let active_old: Vec<ReplicaSet> = old_rss
        .iter()
        .filter(|r| r.spec.replicas > 0)
        .cloned()
        .collect();
    if scale_down_old_replica_sets_for_recreate(ctx, &active_old, d) {
        sync_rollout_status(ctx, &all, new_rs.as_ref(), d);
        return;
    }
    if old_pods_running(new_rs.as_ref(), &old_rss, &phases) {
        sync_rollout_status(ctx, &all, new_rs.as_ref(), d);
        return;
    }
    if new_rs.is_none() {
        let (n, o) = get_all_replica_sets_and_sync_revision(ctx, d, rs_list, true);
        new_rs = n;
        old_rss = o;
        all = old_rss.clone();
        all.extend(new_rs.clone());
    }
    if let Some(rs) = &new_rs {
        scale_replica_set_and_record_event(ctx, rs, d.spec.replicas, d);
    }
    if util::deployment_complete(d, &d.status) {
        cleanup_deployment(ctx, &old_rss, d);
    }
    sync_rollout_status(ctx, &all, new_rs.as_ref(), d);
}

/// `scaleDownOldReplicaSetsForRecreate`: every active old ReplicaSet to 0.
fn scale_down_old_replica_sets_for_recreate(
    ctx: &mut Ctx<'_>,
    old: &[ReplicaSet],
    d: &Deployment,
) -> bool {
    let mut scaled = false;
    for rs in old {
        if rs.spec.replicas == 0 {
            continue;
        }
        if scale_replica_set_and_record_event(ctx, rs, 0, d).0 {
            scaled = true;
        }
    }
    scaled
}

/// `oldPodsRunning`: old ReplicaSets still report pods, or a pod of a ReplicaSet other than
/// the new one is not finished (terminating pods included).
fn old_pods_running(
    new_rs: Option<&ReplicaSet>,
    old: &[ReplicaSet],
    phases: &[(String, Vec<PodPhase>)],
) -> bool {
    if old.iter().map(|r| r.status.replicas).sum::<i32>() > 0 {
        return true;
    }
    phases.iter().any(|(uid, ps)| {
        new_rs.is_none_or(|n| n.meta.uid != *uid) && ps.iter().any(|p| !p.is_terminal())
    })
}
