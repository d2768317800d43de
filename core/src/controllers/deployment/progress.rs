//! `progress.go`: the Progressing condition, the progress deadline, pause/resume conditions.

use super::controller::{Ctx, DeploymentAction};
use super::util;
use crate::model::ReplicaSet;
use crate::model::deployment::Deployment;
use crate::time::SimDuration;

/// `syncRolloutStatus` (K8S-SPEC §10.3).
pub fn sync_rollout_status(
    ctx: &mut Ctx<'_>,
    all: &[ReplicaSet],
    new_rs: Option<&ReplicaSet>,
    d: &mut Deployment,
) {
    let refs: Vec<&ReplicaSet> = all.iter().collect();
    let mut new_status = util::calculate_status(&refs, new_rs, d, ctx.now);
    if !util::has_progress_deadline(d) {
        util::remove_deployment_condition(&mut new_status, "Progressing");
    }
    let current = util::get_deployment_condition(&d.status, "Progressing").cloned();
    let is_complete = new_status.replicas == new_status.updated_replicas
        && current
            .as_ref()
            .is_some_and(|c| c.reason == util::NEW_RS_AVAILABLE_REASON);
    if util::has_progress_deadline(d) && !is_complete {
        let subject = match new_rs {
            Some(rs) => format!("ReplicaSet \"{}\"", rs.meta.name),
            None => format!("Deployment \"{}\"", d.meta.name),
        };
        if util::deployment_complete(d, &new_status) {
            let cond = util::new_deployment_condition(
                "Progressing",
                "True",
                util::NEW_RS_AVAILABLE_REASON,
                &format!("{subject} has successfully progressed."),
                ctx.now,
            );
            util::set_deployment_condition(&mut new_status, cond);
        } else if util::deployment_progressing(d, &new_status) {
            let mut cond = util::new_deployment_condition(
                "Progressing",
                "True",
                util::REPLICA_SET_UPDATED_REASON,
                &format!("{subject} is progressing."),
                ctx.now,
            );
            // Keep lastTransitionTime while the status stays True; always refresh
            // lastUpdateTime (the deadline restarts).
            if let Some(cur) = &current {
                if cur.status == "True" {
                    cond.last_transition_time = cur.last_transition_time;
                }
                util::remove_deployment_condition(&mut new_status, "Progressing");
            }
            util::set_deployment_condition(&mut new_status, cond);
        } else if util::deployment_timed_out(d, &new_status, ctx.now) {
            let cond = util::new_deployment_condition(
                "Progressing",
                "False",
                util::TIMED_OUT_REASON,
                &format!("{subject} has timed out progressing."),
                ctx.now,
            );
            util::set_deployment_condition(&mut new_status, cond);
        }
    }
    // ReplicaFailure: the new ReplicaSet's failure wins, else any ReplicaSet's.
    let failure = new_rs.into_iter().chain(all.iter()).find_map(|rs| {
        rs.status
            .conditions
            .iter()
            .find(|c| c.type_ == "ReplicaFailure")
    });
    match failure {
        Some(f) => {
            let cond = crate::model::deployment::DeploymentCondition {
                type_: "ReplicaFailure".into(),
                status: f.status.clone(),
                last_update_time: f.last_transition_time,
                last_transition_time: f.last_transition_time,
                reason: f.reason.clone(),
                message: f.message.clone(),
            };
            util::set_deployment_condition(&mut new_status, cond);
        }
        None => util::remove_deployment_condition(&mut new_status, "ReplicaFailure"),
    }
    if new_status == d.status {
        if let Some(after) = requeue_stuck_deployment(ctx, d, &new_status) {
            ctx.actions.push(DeploymentAction::RequeueAfter(after));
        }
        return;
    }
    d.status = new_status;
    ctx.update_status(d);
}

/// `requeueStuckDeployment`: when the deadline of a progressing rollout will pass, so the
/// controller notices it.
fn requeue_stuck_deployment(
    ctx: &Ctx<'_>,
    d: &Deployment,
    new_status: &crate::model::deployment::DeploymentStatus,
) -> Option<SimDuration> {
    let cur = util::get_deployment_condition(&d.status, "Progressing")?;
    if !util::has_progress_deadline(d)
        || cur.reason == util::TIMED_OUT_REASON
        || util::deployment_complete(d, new_status)
    {
        return None;
    }
    let deadline = i64::from(d.spec.progress_deadline_seconds.unwrap_or(600)) * 1000;
    let after = cur.last_update_time.millis() as i64 + deadline - ctx.now.millis() as i64;
    if after < 1000 {
        // Upstream requeues at once (rate limited) until the deadline has passed; in
        // virtual time that is the first millisecond after it.
        return Some(SimDuration::from_millis((after.max(0) + 1) as u64));
    }
    Some(SimDuration::from_millis((after + 1000) as u64))
}

/// `checkPausedConditions`: `DeploymentPaused` / `DeploymentResumed`, never over a deadline
/// condition.
pub fn check_paused_conditions(ctx: &mut Ctx<'_>, d: &mut Deployment) {
    if !util::has_progress_deadline(d) {
        return;
    }
    let cond = util::get_deployment_condition(&d.status, "Progressing");
    if cond.is_some_and(|c| c.reason == util::TIMED_OUT_REASON) {
        return;
    }
    let paused_exists = cond.is_some_and(|c| c.reason == util::PAUSED_DEPLOY_REASON);
    let cond = if d.spec.paused && !paused_exists {
        util::new_deployment_condition(
            "Progressing",
            "Unknown",
            util::PAUSED_DEPLOY_REASON,
            "Deployment is paused",
            ctx.now,
        )
    } else if !d.spec.paused && paused_exists {
        util::new_deployment_condition(
            "Progressing",
            "Unknown",
            util::RESUMED_DEPLOY_REASON,
            "Deployment is resumed",
            ctx.now,
        )
    } else {
        return;
    };
    util::set_deployment_condition(&mut d.status, cond);
    ctx.update_status(d);
}
