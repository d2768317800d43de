//! `rollback.go`: the legacy controller-side rollback requested through the
//! `deprecated.deployment.rollback.to` annotation (K8S-SPEC §12.2). Modern `kubectl rollout
//! undo` patches the template instead (see the kubectl layer).

use super::controller::{Ctx, DeploymentAction};
use super::sync::get_all_replica_sets_and_sync_revision;
use super::util;
use crate::model::ReplicaSet;
use crate::model::deployment::{Deployment, ROLLBACK_TO_ANNOTATION};
use crate::model::pod::POD_TEMPLATE_HASH_LABEL;

/// `rollback`.
pub fn rollback(ctx: &mut Ctx<'_>, d: &mut Deployment, rs_list: &[ReplicaSet]) {
    let (new_rs, all_old) = get_all_replica_sets_and_sync_revision(ctx, d, rs_list, true);
    let mut all: Vec<&ReplicaSet> = all_old.iter().collect();
    if let Some(n) = &new_rs {
        all.push(n);
    }
    let mut to_revision: i64 = d
        .meta
        .annotations
        .get(ROLLBACK_TO_ANNOTATION)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    if to_revision == 0 {
        to_revision = util::last_revision(&all);
        if to_revision == 0 {
            ctx.event(
                "Warning",
                "DeploymentRollbackRevisionNotFound",
                "Unable to find last revision.".into(),
            );
            update_deployment_and_clear_rollback_to(ctx, d);
            return;
        }
    }
    for rs in &all {
        if util::revision(&rs.meta).ok() == Some(to_revision) {
            // Copy the template (minus the hash label) and the ReplicaSet's annotations.
            if d.spec.template.equal_ignore_hash(&rs.spec.template) {
                ctx.event(
                    "Warning",
                    "DeploymentRollbackTemplateUnchanged",
                    format!("The rollback revision contains the same template as current deployment \"{}\"", d.meta.name),
                );
            } else {
                let mut template = rs.spec.template.clone();
                template.labels.remove(POD_TEMPLATE_HASH_LABEL);
                d.spec.template = template;
                util::set_deployment_annotations_to(d, rs);
                ctx.event(
                    "Normal",
                    "DeploymentRollback",
                    format!(
                        "Rolled back deployment \"{}\" to revision {to_revision}",
                        d.meta.name
                    ),
                );
            }
            update_deployment_and_clear_rollback_to(ctx, d);
            return;
        }
    }
    ctx.event(
        "Warning",
        "DeploymentRollbackRevisionNotFound",
        "Unable to find the revision to rollback to.".into(),
    );
    update_deployment_and_clear_rollback_to(ctx, d);
}

fn update_deployment_and_clear_rollback_to(ctx: &mut Ctx<'_>, d: &mut Deployment) {
    d.meta.annotations.remove(ROLLBACK_TO_ANNOTATION);
    ctx.actions
        .push(DeploymentAction::UpdateDeployment(Box::new(d.clone())));
}
