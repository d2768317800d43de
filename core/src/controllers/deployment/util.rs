//! Pure calculators of the Deployment controller: a port of upstream
//! `pkg/controller/deployment/util/deployment_util.go`, the pure helpers of `sync.go`
//! (`calculateStatus`, `isScalingEvent`) and `progress.go` (`getReplicaFailures`,
//! `requeueStuckDeployment`), and the ReplicaSet sort orders of `controller_utils.go`.
//!
//! Names follow upstream 1:1 in snake_case so the two read side by side. Nothing here
//! reads the store or a clock: time comes in as `now`, ReplicaSet lists as slices of
//! references, results go out as values — or as edits of a `&mut` copy the caller owns
//! where upstream mutates its argument (annotations, conditions).
//!
//! Upstream's sorts happen *in place* on the caller's slice, and later code depends on the
//! order they leave behind (`FindNewReplicaSet` leaves `rsList` oldest first, so
//! `FindOldReplicaSets` returns old ReplicaSets oldest first; `FindActiveOrLatest` leaves
//! `oldRSs` newest first, so a saturated `scale` drains old ReplicaSets newest first).
//! Here nothing is sorted behind the caller's back: the functions document the order they
//! return, and the `sort_*` helpers are there for the caller to reproduce upstream's order.

use std::collections::BTreeMap;
use std::fmt;
use std::num::ParseIntError;

use crate::model::deployment::{
    DESIRED_REPLICAS_ANNOTATION, Deployment, DeploymentCondition, DeploymentStatus,
    LAST_APPLIED_ANNOTATION, MAX_REPLICAS_ANNOTATION, REVISION_ANNOTATION,
    REVISION_HISTORY_ANNOTATION, ROLLBACK_TO_ANNOTATION,
};
use crate::model::intstr::{IntOrString, IntOrStringError};
use crate::model::meta::ObjectMeta;
use crate::model::pod::{POD_TEMPLATE_HASH_LABEL, PodTemplateSpec};
use crate::model::replicaset::{ReplicaSet, ReplicaSetCondition};
use crate::model::selector::go_quote;
use crate::rng::NAME_ALPHABET;
use crate::time::{SimDuration, SimTime};

/// `spec.strategy.type` of a rolling update.
pub const ROLLING_UPDATE_DEPLOYMENT_STRATEGY_TYPE: &str = "RollingUpdate";
/// `spec.strategy.type` that kills all old pods before creating new ones.
pub const RECREATE_DEPLOYMENT_STRATEGY_TYPE: &str = "Recreate";

/// Condition type: the Deployment has (or lacks) minimum availability.
pub const DEPLOYMENT_AVAILABLE: &str = "Available";
/// Condition type: the rollout is progressing, complete, paused or timed out.
pub const DEPLOYMENT_PROGRESSING: &str = "Progressing";
/// Condition type: a ReplicaSet could not create or delete pods (same type on RSs).
pub const DEPLOYMENT_REPLICA_FAILURE: &str = "ReplicaFailure";

/// Condition status `True`.
pub const CONDITION_TRUE: &str = "True";
/// Condition status `False`.
pub const CONDITION_FALSE: &str = "False";
/// Condition status `Unknown`.
pub const CONDITION_UNKNOWN: &str = "Unknown";

/// Progressing reason: a ReplicaSet was updated as part of the rollout.
pub const REPLICA_SET_UPDATED_REASON: &str = "ReplicaSetUpdated";
/// Progressing reason: the new ReplicaSet could not be created.
pub const FAILED_RS_CREATE_REASON: &str = "ReplicaSetCreateError";
/// Progressing reason: the new ReplicaSet was created.
pub const NEW_REPLICA_SET_REASON: &str = "NewReplicaSetCreated";
/// Progressing reason: an existing ReplicaSet was found to be the new one.
pub const FOUND_NEW_RS_REASON: &str = "FoundNewReplicaSet";
/// Progressing reason: the rollout is complete.
pub const NEW_RS_AVAILABLE_REASON: &str = "NewReplicaSetAvailable";
/// Progressing reason: no progress for `progressDeadlineSeconds`.
pub const TIMED_OUT_REASON: &str = "ProgressDeadlineExceeded";
/// Progressing reason: the Deployment is paused (no progress is estimated).
pub const PAUSED_DEPLOY_REASON: &str = "DeploymentPaused";
/// Progressing reason: the Deployment was resumed (the deadline restarts).
pub const RESUMED_DEPLOY_REASON: &str = "DeploymentResumed";
/// Available reason: enough replicas are available.
pub const MINIMUM_REPLICAS_AVAILABLE: &str = "MinimumReplicasAvailable";
/// Available reason: too few replicas are available.
pub const MINIMUM_REPLICAS_UNAVAILABLE: &str = "MinimumReplicasUnavailable";

/// Event reason of a legacy rollback whose revision does not exist.
pub const ROLLBACK_REVISION_NOT_FOUND: &str = "DeploymentRollbackRevisionNotFound";
/// Event reason of a legacy rollback onto the current template.
pub const ROLLBACK_TEMPLATE_UNCHANGED: &str = "DeploymentRollbackTemplateUnchanged";
/// Event reason of a legacy rollback that happened.
pub const ROLLBACK_DONE: &str = "DeploymentRollback";

/// The longest `revision-history` annotation the controller writes (sync.go's
/// `maxRevHistoryLengthInChars`).
pub const MAX_REV_HISTORY_LENGTH_IN_CHARS: usize = 2000;

/// Message of `Progressing=Unknown DeploymentPaused`.
pub const PAUSED_DEPLOY_MESSAGE: &str = "Deployment is paused";
/// Message of `Progressing=Unknown DeploymentResumed`.
pub const RESUMED_DEPLOY_MESSAGE: &str = "Deployment is resumed";
/// Message of `Available=True MinimumReplicasAvailable`.
pub const MINIMUM_REPLICAS_AVAILABLE_MESSAGE: &str = "Deployment has minimum availability.";
/// Message of `Available=False MinimumReplicasUnavailable`.
pub const MINIMUM_REPLICAS_UNAVAILABLE_MESSAGE: &str =
    "Deployment does not have minimum availability.";

/// The largest int32: as `revisionHistoryLimit` or `progressDeadlineSeconds` it means
/// "unlimited".
const MAX_INT32: i32 = i32::MAX;

/// Why a calculator could not answer; upstream returns these as `error`s and the
/// controller requeues the Deployment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UtilError {
    /// maxSurge/maxUnavailable that does not scale (`invalid value for IntOrString: …`).
    IntOrString(IntOrStringError),
    /// A strategy type other than RollingUpdate or Recreate.
    UnsupportedStrategy(String),
}

impl fmt::Display for UtilError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UtilError::IntOrString(e) => e.fmt(f),
            UtilError::UnsupportedStrategy(t) => write!(f, "deployment type {t} isn't supported"),
        }
    }
}

impl std::error::Error for UtilError {}

impl From<IntOrStringError> for UtilError {
    fn from(e: IntOrStringError) -> Self {
        UtilError::IntOrString(e)
    }
}

// ---------------------------------------------------------------------------------------
// Conditions

/// `NewDeploymentCondition`: both times are `now`, truncated to the second as `metav1.Time`
/// stores it (so a status read back from the store compares equal to the one computed).
pub fn new_deployment_condition(
    type_: &str,
    status: &str,
    reason: &str,
    message: &str,
    now: SimTime,
) -> DeploymentCondition {
    let now = now.truncate_to_second();
    DeploymentCondition {
        type_: type_.to_string(),
        status: status.to_string(),
        last_update_time: now,
        last_transition_time: now,
        reason: reason.to_string(),
        message: message.to_string(),
    }
}

/// `GetDeploymentCondition`: the condition of this type, if any.
pub fn get_deployment_condition<'a>(
    status: &'a DeploymentStatus,
    type_: &str,
) -> Option<&'a DeploymentCondition> {
    status.conditions.iter().find(|c| c.type_ == type_)
}

/// `SetDeploymentCondition`: same status and reason as the current one → nothing changes
/// (not the message, not the times); otherwise the old one is removed and the new one
/// appended at the end, keeping the old `lastTransitionTime` when the status is unchanged.
///
/// The remove-and-append is why a settled Deployment lists `Available` before
/// `Progressing`: Progressing is set first (NewReplicaSetCreated), then Available, then
/// Progressing again (ReplicaSetUpdated → NewReplicaSetAvailable) moves to the end.
pub fn set_deployment_condition(status: &mut DeploymentStatus, mut condition: DeploymentCondition) {
    if let Some(current) = get_deployment_condition(status, &condition.type_) {
        if current.status == condition.status && current.reason == condition.reason {
            return;
        }
        if current.status == condition.status {
            condition.last_transition_time = current.last_transition_time;
        }
    }
    remove_deployment_condition(status, &condition.type_);
    status.conditions.push(condition);
}

/// `RemoveDeploymentCondition`: drops every condition of this type.
pub fn remove_deployment_condition(status: &mut DeploymentStatus, type_: &str) {
    status.conditions.retain(|c| c.type_ != type_);
}

/// `ReplicaSetToDeploymentCondition`: a ReplicaSet's ReplicaFailure condition as a
/// Deployment condition (both times = the RS condition's transition time).
pub fn replica_set_to_deployment_condition(cond: &ReplicaSetCondition) -> DeploymentCondition {
    DeploymentCondition {
        type_: cond.type_.clone(),
        status: cond.status.clone(),
        last_update_time: cond.last_transition_time,
        last_transition_time: cond.last_transition_time,
        reason: cond.reason.clone(),
        message: cond.message.clone(),
    }
}

// ---------------------------------------------------------------------------------------
// Revisions and annotations

/// `SetDeploymentRevision`: writes the revision annotation; true if it changed.
pub fn set_deployment_revision(d: &mut Deployment, revision: &str) -> bool {
    if d.meta
        .annotations
        .get(REVISION_ANNOTATION)
        .map(String::as_str)
        == Some(revision)
    {
        return false;
    }
    d.meta
        .annotations
        .insert(REVISION_ANNOTATION.to_string(), revision.to_string());
    true
}

/// `Revision`: the revision annotation as a number; missing is 0, unparsable an error.
pub fn revision(meta: &ObjectMeta) -> Result<i64, ParseIntError> {
    meta.annotations
        .get(REVISION_ANNOTATION)
        .map_or(Ok(0), |v| v.parse())
}

/// `MaxRevision`: the highest revision among the ReplicaSets (unparsable ones skipped, 0 if
/// none).
pub fn max_revision(all_rss: &[&ReplicaSet]) -> i64 {
    all_rss
        .iter()
        .filter_map(|rs| revision(&rs.meta).ok())
        .fold(0, i64::max)
}

/// `LastRevision`: the second-highest revision (what `rollout undo` goes back to).
///
/// Ties count twice: revisions {2, 2} give 2, because a value equal to the max pushes the
/// old max down. Revisions {1, 3, 4} give 3.
pub fn last_revision(all_rss: &[&ReplicaSet]) -> i64 {
    let (mut max, mut sec_max) = (0, 0);
    for v in all_rss.iter().filter_map(|rs| revision(&rs.meta).ok()) {
        if v >= max {
            sec_max = max;
            max = v;
        } else if v > sec_max {
            sec_max = v;
        }
    }
    sec_max
}

/// `SetNewReplicaSetAnnotations`: copies the Deployment's annotations into the new RS,
/// raises its revision to `new_revision` (recording a reused RS's old number in
/// `revision-history`) and, for an RS about to be created, sets the replica annotations.
/// True if the RS's annotations changed.
///
/// Two upstream quirks kept: an unparsable existing revision (or `new_revision`) returns
/// false at once — even though the annotation copy may already have changed `new_rs`; and
/// an RS whose revision is already ≥ `new_revision` keeps it.
///
/// History with a limit of 5 characters, reusing an RS four times (revisions 11 → 14):
/// `"11"`, then `"11,12"` (5 chars), then `"11,12,13"` would be 8 > 5, so entries are
/// dropped from the front until it fits: `"12,13"`.
pub fn set_new_replica_set_annotations(
    d: &Deployment,
    new_rs: &mut ReplicaSet,
    new_revision: &str,
    exists: bool,
    rev_history_limit_in_chars: usize,
) -> bool {
    // First, copy the Deployment's annotations (except the skip list).
    let mut annotation_changed = copy_deployment_annotations_to_replica_set(d, new_rs);
    // Then raise the RS's revision; it should be the greatest of all RSs, but old RSs may
    // have been deleted since, making `new_revision` smaller: only ever raise it.
    let old_revision = new_rs.meta.annotations.get(REVISION_ANNOTATION).cloned();
    let old_revision_int = match old_revision.as_deref() {
        None | Some("") => 0,
        Some(s) => match s.parse::<i64>() {
            Ok(v) => v,
            Err(_) => return false,
        },
    };
    let Ok(new_revision_int) = new_revision.parse::<i64>() else {
        return false;
    };
    if old_revision_int < new_revision_int {
        let annotations = &mut new_rs.meta.annotations;
        annotations.insert(REVISION_ANNOTATION.to_string(), new_revision.to_string());
        annotation_changed = true;
        // An RS that already had a revision is being reused (a rollback, or the template
        // edited back): keep its old numbers for history.
        if let Some(old) = old_revision {
            append_revision_history(annotations, &old, rev_history_limit_in_chars);
        }
    }
    // An RS about to be created also gets the replica annotations.
    if !exists
        && set_replicas_annotations(
            new_rs,
            d.spec.replicas,
            d.spec.replicas.saturating_add(max_surge(d)),
        )
    {
        annotation_changed = true;
    }
    annotation_changed
}

/// Appends `old_revision` to the comma list in `revision-history`, dropping entries from
/// the front while the result would exceed `limit` characters (left unchanged if even the
/// new entry alone does not fit). An empty history — or one whose first entry is empty —
/// is replaced by `old_revision` alone.
fn append_revision_history(
    annotations: &mut BTreeMap<String, String>,
    old_revision: &str,
    limit: usize,
) {
    let history = annotations
        .get(REVISION_HISTORY_ANNOTATION)
        .cloned()
        .unwrap_or_default();
    let old_revisions: Vec<&str> = history.split(',').collect();
    if old_revisions[0].is_empty() {
        annotations.insert(
            REVISION_HISTORY_ANNOTATION.to_string(),
            old_revision.to_string(),
        );
        return;
    }
    // The length after appending ",<old>"; each dropped entry saves its length + a comma.
    let mut total_len = history.len() + old_revision.len() + 1;
    let mut start = 0;
    while total_len > limit && start < old_revisions.len() {
        total_len -= old_revisions[start].len() + 1;
        start += 1;
    }
    if total_len <= limit {
        let mut kept = old_revisions[start..].to_vec();
        kept.push(old_revision);
        annotations.insert(REVISION_HISTORY_ANNOTATION.to_string(), kept.join(","));
    }
}

/// `skipCopyAnnotation`: annotations that stay on their object (apply's last-applied
/// configuration, the revision bookkeeping, the replica annotations, the legacy rollback
/// request) and are never copied between a Deployment and its ReplicaSets.
pub fn skip_copy_annotation(key: &str) -> bool {
    matches!(
        key,
        LAST_APPLIED_ANNOTATION
            | REVISION_ANNOTATION
            | REVISION_HISTORY_ANNOTATION
            | DESIRED_REPLICAS_ANNOTATION
            | MAX_REPLICAS_ANNOTATION
            | ROLLBACK_TO_ANNOTATION
    )
}

/// `copyDeploymentAnnotationsToReplicaSet`: adds or overwrites the Deployment's
/// non-skipped annotations on the RS (never removes any); true if something changed.
///
/// As in Go, a missing RS annotation reads as `""`, so a Deployment annotation with an
/// empty value is not copied to an RS that lacks it.
pub fn copy_deployment_annotations_to_replica_set(d: &Deployment, rs: &mut ReplicaSet) -> bool {
    let mut changed = false;
    for (k, v) in &d.meta.annotations {
        if skip_copy_annotation(k) || rs.meta.annotations.get(k).map_or("", String::as_str) == v {
            continue;
        }
        rs.meta.annotations.insert(k.clone(), v.clone());
        changed = true;
    }
    changed
}

/// `SetDeploymentAnnotationsTo`: a rollback's annotation copy — the Deployment keeps only
/// its skip-listed annotations and takes every non-skipped annotation of the RS (so the
/// RS's `kubernetes.io/change-cause` comes back, and the Deployment's own is dropped when
/// the RS has none).
pub fn set_deployment_annotations_to(d: &mut Deployment, rollback_to_rs: &ReplicaSet) {
    d.meta.annotations.retain(|k, _| skip_copy_annotation(k));
    for (k, v) in &rollback_to_rs.meta.annotations {
        if !skip_copy_annotation(k) {
            d.meta.annotations.insert(k.clone(), v.clone());
        }
    }
}

/// `GetDesiredReplicasAnnotation`: the `desired-replicas` annotation, if it is a valid
/// non-negative int32.
pub fn get_desired_replicas_annotation(rs: &ReplicaSet) -> Option<i32> {
    get_non_negative_int32_from_annotation(rs, DESIRED_REPLICAS_ANNOTATION)
}

/// `getMaxReplicasAnnotation`: the `max-replicas` annotation, if it is a valid
/// non-negative int32.
pub fn get_max_replicas_annotation(rs: &ReplicaSet) -> Option<i32> {
    get_non_negative_int32_from_annotation(rs, MAX_REPLICAS_ANNOTATION)
}

/// `getNonNegativeInt32FromAnnotation`: decimal digits only (Go's `ParseUint`: no sign),
/// at most `2147483647`; anything else is treated as missing.
fn get_non_negative_int32_from_annotation(rs: &ReplicaSet, key: &str) -> Option<i32> {
    let v = rs.meta.annotations.get(key)?;
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse::<u32>().ok().and_then(|n| i32::try_from(n).ok())
}

/// `SetReplicasAnnotations`: writes `desired-replicas` and `max-replicas`; true if either
/// changed.
pub fn set_replicas_annotations(
    rs: &mut ReplicaSet,
    desired_replicas: i32,
    max_replicas: i32,
) -> bool {
    let mut updated = false;
    for (key, value) in [
        (DESIRED_REPLICAS_ANNOTATION, desired_replicas),
        (MAX_REPLICAS_ANNOTATION, max_replicas),
    ] {
        let value = value.to_string();
        if rs.meta.annotations.get(key) != Some(&value) {
            rs.meta.annotations.insert(key.to_string(), value);
            updated = true;
        }
    }
    updated
}

/// `ReplicasAnnotationsNeedUpdate`: whether `set_replicas_annotations` would change
/// anything.
pub fn replicas_annotations_need_update(
    rs: &ReplicaSet,
    desired_replicas: i32,
    max_replicas: i32,
) -> bool {
    rs.meta.annotations.get(DESIRED_REPLICAS_ANNOTATION) != Some(&desired_replicas.to_string())
        || rs.meta.annotations.get(MAX_REPLICAS_ANNOTATION) != Some(&max_replicas.to_string())
}

// ---------------------------------------------------------------------------------------
// Arithmetic

/// `IsRollingUpdate`: the strategy type is RollingUpdate.
pub fn is_rolling_update(d: &Deployment) -> bool {
    d.spec.strategy.type_ == ROLLING_UPDATE_DEPLOYMENT_STRATEGY_TYPE
}

/// `ResolveFenceposts`: (surge, unavailable) for `desired` replicas — surge rounds up,
/// unavailable rounds down, a missing value is 0, and if both end at 0 unavailable
/// becomes 1 (so a rollout can always make progress).
///
/// 10 replicas at 25%/25%: surge ceil(2.5) = 3, unavailable floor(2.5) = 2. 1 replica at
/// `maxSurge: 0`, `maxUnavailable: 25%`: surge 0, unavailable floor(0.25) = 0 → 0/1.
pub fn resolve_fenceposts(
    max_surge: Option<&IntOrString>,
    max_unavailable: Option<&IntOrString>,
    desired: i32,
) -> Result<(i32, i32), IntOrStringError> {
    let zero = IntOrString::Int(0);
    let surge = max_surge.unwrap_or(&zero).scaled_value(desired, true)?;
    let mut unavailable = max_unavailable
        .unwrap_or(&zero)
        .scaled_value(desired, false)?;
    if surge == 0 && unavailable == 0 {
        // Validation forbids both being literally 0, but rounding down maxUnavailable can
        // get there; 1 unavailable works even where surging is blocked (e.g. by quota).
        unavailable = 1;
    }
    Ok((surge, unavailable))
}

/// The Deployment's resolved fenceposts; errors (caught by validation) count as (0, 0).
fn deployment_fenceposts(d: &Deployment) -> (i32, i32) {
    let ru = d.spec.strategy.rolling_update.as_ref();
    resolve_fenceposts(
        ru.and_then(|r| r.max_surge.as_ref()),
        ru.and_then(|r| r.max_unavailable.as_ref()),
        d.spec.replicas,
    )
    .unwrap_or((0, 0))
}

/// `MaxUnavailable`: pods a rolling update may take down, at most `spec.replicas`; 0 for
/// Recreate and for 0 replicas.
///
/// 3 replicas at 25%/25% → 0; 4 → 1; 10 → 2; `maxUnavailable: 10` with 5 replicas → 5.
pub fn max_unavailable(d: &Deployment) -> i32 {
    if !is_rolling_update(d) || d.spec.replicas == 0 {
        return 0;
    }
    deployment_fenceposts(d).1.min(d.spec.replicas)
}

/// `MinAvailable`: `spec.replicas − MaxUnavailable` for a rolling update, 0 for Recreate.
pub fn min_available(d: &Deployment) -> i32 {
    if !is_rolling_update(d) {
        return 0;
    }
    d.spec.replicas - max_unavailable(d)
}

/// `MaxSurge`: pods a rolling update may add above `spec.replicas`; 0 for Recreate.
///
/// 3 replicas at 25% → ceil(0.75) = 1; 10 → 3.
pub fn max_surge(d: &Deployment) -> i32 {
    if !is_rolling_update(d) {
        return 0;
    }
    deployment_fenceposts(d).0
}

/// `NewRSNewReplicas`: how big the new RS may become now. Recreate: `spec.replicas`.
/// RollingUpdate: grow by what the surge allows, never beyond `spec.replicas`.
///
/// 3 replicas, surge 1, old RS at 3, new RS at 0 (`all_rss` = both): max total 4, current
/// 3 → grow by min(4 − 3, 3 − 0) = 1 → 1. At current ≥ max total the new RS stays as is.
pub fn new_rs_new_replicas(
    d: &Deployment,
    all_rss: &[&ReplicaSet],
    new_rs: &ReplicaSet,
) -> Result<i32, UtilError> {
    match d.spec.strategy.type_.as_str() {
        ROLLING_UPDATE_DEPLOYMENT_STRATEGY_TYPE => {
            // Unlike MaxSurge, no fencepost resolution: only the scaled maxSurge (a missing
            // one is apimachinery's "nil value for IntOrString" error).
            let max_surge = d
                .spec
                .strategy
                .rolling_update
                .as_ref()
                .and_then(|r| r.max_surge.as_ref())
                .ok_or_else(|| IntOrStringError("nil value for IntOrString".into()))?
                .scaled_value(d.spec.replicas, true)?;
            let current_pod_count = get_replica_count_for_replica_sets(all_rss);
            let max_total_pods = d.spec.replicas.saturating_add(max_surge);
            if current_pod_count >= max_total_pods {
                // Cannot scale up.
                return Ok(new_rs.spec.replicas);
            }
            // Scale up, but not beyond the desired replicas.
            let scale_up_count =
                (max_total_pods - current_pod_count).min(d.spec.replicas - new_rs.spec.replicas);
            Ok(new_rs.spec.replicas + scale_up_count)
        }
        RECREATE_DEPLOYMENT_STRATEGY_TYPE => Ok(d.spec.replicas),
        other => Err(UtilError::UnsupportedStrategy(other.to_string())),
    }
}

/// `IsSaturated`: the new RS owns all desired replicas — its size, its `desired-replicas`
/// annotation and its available pods all equal `spec.replicas`.
pub fn is_saturated(d: &Deployment, rs: Option<&ReplicaSet>) -> bool {
    let Some(rs) = rs else { return false };
    let Some(desired) = rs
        .meta
        .annotations
        .get(DESIRED_REPLICAS_ANNOTATION)
        .and_then(|s| s.parse::<i64>().ok())
    else {
        return false;
    };
    rs.spec.replicas == d.spec.replicas
        && desired == i64::from(d.spec.replicas)
        && rs.status.available_replicas == d.spec.replicas
}

/// `GetProportion`: how many replicas this RS gets of `to_add` in a proportional scale,
/// given `added` so far — its fraction, capped by what is left (min when growing, max
/// when shrinking). 0 for an empty RS, nothing to add, or nothing left.
///
/// Scaling 5 → 10 with RSs of 3 and 2 (max-replicas 5): the 3 gets min(3, 5 − 0) = 3,
/// the 2 gets min(2, 5 − 3) = 2.
pub fn get_proportion(rs: &ReplicaSet, d: &Deployment, to_add: i32, added: i32) -> i32 {
    if rs.spec.replicas == 0 || to_add == 0 || to_add == added {
        return 0;
    }
    let rs_fraction = get_replica_set_fraction(rs, d);
    let allowed = to_add - added;
    if to_add > 0 {
        // Growing: never add more than is left to add.
        rs_fraction.min(allowed)
    } else {
        // Shrinking: never remove more than is left to remove.
        rs_fraction.max(allowed)
    }
}

/// `getReplicaSetFraction`: the change that keeps this RS's share of the Deployment,
/// `round(rs.replicas × (replicas + maxSurge) / max-replicas) − rs.replicas` (round half
/// away from zero). Scaling to 0 takes the whole RS. A missing, invalid or zero
/// `max-replicas` annotation falls back to `status.replicas`; if that is 0 too, 0.
///
/// 120 replicas + surge 10, RS of 50 annotated 110: round(50 × 130 / 110) = round(59.09)
/// = 59 → +9. 10 replicas, RS of 6 annotated 12: round(5.0) = 5 → −1.
pub fn get_replica_set_fraction(rs: &ReplicaSet, d: &Deployment) -> i32 {
    // Scaling down to zero: the fraction is the whole RS.
    if d.spec.replicas == 0 {
        return -rs.spec.replicas;
    }
    let deployment_max_replicas = i64::from(d.spec.replicas) + i64::from(max_surge(d));
    let before = match get_max_replicas_annotation(rs) {
        Some(n) if n > 0 => n,
        // Fall back to the current size: not exact if other RSs were annotated differently,
        // but get_proportion's min/max keeps the total within limits.
        _ => d.status.replicas,
    };
    if before <= 0 {
        // An unsynced Deployment does not scale proportionally.
        return 0;
    }
    let new_rs_size =
        (i64::from(rs.spec.replicas) * deployment_max_replicas) as f64 / f64::from(before);
    // f64::round rounds half away from zero, like Go's math.Round; `as` saturates.
    (new_rs_size.round() as i32).saturating_sub(rs.spec.replicas)
}

// ---------------------------------------------------------------------------------------
// Finding ReplicaSets

/// `EqualIgnoreHash`: templates equal once the `pod-template-hash` label is ignored.
pub fn equal_ignore_hash(template1: &PodTemplateSpec, template2: &PodTemplateSpec) -> bool {
    template1.equal_ignore_hash(template2)
}

/// `FindNewReplicaSet`: the oldest RS (creationTimestamp, then name) whose template equals
/// the Deployment's ignoring the hash label; two such RSs (possible after upgrades) → the
/// older one.
pub fn find_new_replica_set<'a>(
    d: &Deployment,
    rs_list: &[&'a ReplicaSet],
) -> Option<&'a ReplicaSet> {
    let mut sorted = rs_list.to_vec();
    sort_by_creation(&mut sorted);
    sorted
        .into_iter()
        .find(|rs| equal_ignore_hash(&rs.spec.template, &d.spec.template))
}

/// `FindOldReplicaSets`: `(required, all)` — every RS but the new one, oldest first, and
/// the subset with `spec.replicas ≠ 0`.
pub fn find_old_replica_sets<'a>(
    d: &Deployment,
    rs_list: &[&'a ReplicaSet],
) -> (Vec<&'a ReplicaSet>, Vec<&'a ReplicaSet>) {
    let mut sorted = rs_list.to_vec();
    sort_by_creation(&mut sorted);
    let new_rs = find_new_replica_set(d, &sorted);
    let all: Vec<&ReplicaSet> = sorted
        .into_iter()
        .filter(|rs| !new_rs.is_some_and(|n| std::ptr::eq(n, *rs)))
        .collect();
    let required = all
        .iter()
        .copied()
        .filter(|rs| rs.spec.replicas != 0)
        .collect();
    (required, all)
}

/// `FindActiveOrLatest`: the only active RS (`spec.replicas > 0`) among the old ones and
/// the new one; with none active, the new RS or else the newest old one; with two or more
/// active, none (the caller then scales proportionally).
///
/// Upstream also leaves the caller's `oldRSs` sorted newest first; `scale` then drains a
/// saturated Deployment's old RSs in that order (see `sort_by_creation_desc`).
pub fn find_active_or_latest<'a>(
    new_rs: Option<&'a ReplicaSet>,
    old_rss: &[&'a ReplicaSet],
) -> Option<&'a ReplicaSet> {
    let mut old = old_rss.to_vec();
    sort_by_creation_desc(&mut old);
    let mut candidates = old.clone();
    candidates.extend(new_rs);
    let active = filter_active_replica_sets(&candidates);
    match active.as_slice() {
        [] => new_rs.or_else(|| old.first().copied()),
        [only] => Some(*only),
        _ => None,
    }
}

/// `FilterActiveReplicaSets`: the RSs with `spec.replicas > 0`, in order.
pub fn filter_active_replica_sets<'a>(rss: &[&'a ReplicaSet]) -> Vec<&'a ReplicaSet> {
    rss.iter()
        .copied()
        .filter(|rs| rs.spec.replicas > 0)
        .collect()
}

/// `SetFromReplicaSetTemplate`: the Deployment's template becomes the RS's, minus the
/// `pod-template-hash` label (legacy rollback).
pub fn set_from_replica_set_template(d: &mut Deployment, template: &PodTemplateSpec) {
    d.spec.template = template.clone();
    d.spec.template.labels.remove(POD_TEMPLATE_HASH_LABEL);
}

/// `isScalingEvent` (sync.go): some active RS carries a valid `desired-replicas`
/// annotation that differs from `spec.replicas` — the Deployment was resized since it last
/// scaled that RS. `all_rss` is the new RS (if any) and the old ones.
pub fn is_scaling_event(d: &Deployment, all_rss: &[&ReplicaSet]) -> bool {
    filter_active_replica_sets(all_rss)
        .into_iter()
        .filter_map(get_desired_replicas_annotation)
        .any(|desired| desired != d.spec.replicas)
}

// ---------------------------------------------------------------------------------------
// Counting

/// `GetReplicaCountForReplicaSets`: Σ `spec.replicas`.
pub fn get_replica_count_for_replica_sets(rss: &[&ReplicaSet]) -> i32 {
    rss.iter()
        .fold(0, |n, rs| n.saturating_add(rs.spec.replicas))
}

/// `GetActualReplicaCountForReplicaSets`: Σ `status.replicas` (active pods).
pub fn get_actual_replica_count_for_replica_sets(rss: &[&ReplicaSet]) -> i32 {
    rss.iter()
        .fold(0, |n, rs| n.saturating_add(rs.status.replicas))
}

/// `GetReadyReplicaCountForReplicaSets`: Σ `status.readyReplicas`.
pub fn get_ready_replica_count_for_replica_sets(rss: &[&ReplicaSet]) -> i32 {
    rss.iter()
        .fold(0, |n, rs| n.saturating_add(rs.status.ready_replicas))
}

/// `GetAvailableReplicaCountForReplicaSets`: Σ `status.availableReplicas`.
pub fn get_available_replica_count_for_replica_sets(rss: &[&ReplicaSet]) -> i32 {
    rss.iter()
        .fold(0, |n, rs| n.saturating_add(rs.status.available_replicas))
}

// ---------------------------------------------------------------------------------------
// Status and progress

/// `calculateStatus` (sync.go): the status the ReplicaSets imply, with the Available
/// condition set (at `now` if it changes) and the other conditions copied.
///
/// `unavailableReplicas` uses spec totals: 3 desired, RS specs 3 + 1 during a surge, 3
/// available → 4 − 3 = 1 unavailable. Available needs `availableReplicas ≥ replicas −
/// MaxUnavailable` (Recreate: MaxUnavailable 0, so every replica).
pub fn calculate_status(
    all_rss: &[&ReplicaSet],
    new_rs: Option<&ReplicaSet>,
    d: &Deployment,
    now: SimTime,
) -> DeploymentStatus {
    let available_replicas = get_available_replica_count_for_replica_sets(all_rss);
    let total_replicas = get_replica_count_for_replica_sets(all_rss);
    // More available than desired (e.g. while scaling down) is not negative unavailability.
    let unavailable_replicas = (total_replicas - available_replicas).max(0);
    let mut status = DeploymentStatus {
        observed_generation: d.meta.generation,
        replicas: get_actual_replica_count_for_replica_sets(all_rss),
        updated_replicas: new_rs.map_or(0, |rs| rs.status.replicas),
        ready_replicas: get_ready_replica_count_for_replica_sets(all_rss),
        available_replicas,
        unavailable_replicas,
        conditions: d.status.conditions.clone(),
        collision_count: d.status.collision_count,
    };
    let condition = if available_replicas >= d.spec.replicas - max_unavailable(d) {
        new_deployment_condition(
            DEPLOYMENT_AVAILABLE,
            CONDITION_TRUE,
            MINIMUM_REPLICAS_AVAILABLE,
            MINIMUM_REPLICAS_AVAILABLE_MESSAGE,
            now,
        )
    } else {
        new_deployment_condition(
            DEPLOYMENT_AVAILABLE,
            CONDITION_FALSE,
            MINIMUM_REPLICAS_UNAVAILABLE,
            MINIMUM_REPLICAS_UNAVAILABLE_MESSAGE,
            now,
        )
    };
    set_deployment_condition(&mut status, condition);
    status
}

/// `DeploymentComplete`: every desired replica is updated and available, no old pods are
/// left, and the status has seen the current generation.
pub fn deployment_complete(d: &Deployment, new_status: &DeploymentStatus) -> bool {
    new_status.updated_replicas == d.spec.replicas
        && new_status.replicas == d.spec.replicas
        && new_status.available_replicas == d.spec.replicas
        && new_status.observed_generation >= d.meta.generation
}

/// `DeploymentProgressing`: compared with the stored status, more updated pods, fewer old
/// pods (`replicas − updatedReplicas`), more ready or more available pods.
///
/// Stored 10 total / 4 updated, new 8 / 4: old pods 6 → 4, progressing. Stored 10 / 7,
/// new 10 / 6: fewer new pods and more old ones, not progressing.
pub fn deployment_progressing(d: &Deployment, new_status: &DeploymentStatus) -> bool {
    let old_status = &d.status;
    let old_status_old_replicas = old_status.replicas - old_status.updated_replicas;
    let new_status_old_replicas = new_status.replicas - new_status.updated_replicas;
    new_status.updated_replicas > old_status.updated_replicas
        || new_status_old_replicas < old_status_old_replicas
        || new_status.ready_replicas > old_status.ready_replicas
        || new_status.available_replicas > old_status.available_replicas
}

/// `DeploymentTimedOut`: no progress reported for longer than `progressDeadlineSeconds`:
/// the Progressing condition's `lastUpdateTime + deadline` is strictly before `now`. Never
/// without a deadline or a Progressing condition, never after a completed rollout
/// (NewReplicaSetAvailable), always once ProgressDeadlineExceeded.
///
/// Deadline 10s, last update 00:01:09: at 00:01:20 timed out (00:01:19 < 00:01:20); last
/// update 00:01:11: not yet (00:01:21); exactly at 00:01:19 not yet either.
pub fn deployment_timed_out(d: &Deployment, new_status: &DeploymentStatus, now: SimTime) -> bool {
    if !has_progress_deadline(d) {
        return false;
    }
    // Without a Progressing condition there is no base to estimate progress from.
    let Some(condition) = get_deployment_condition(new_status, DEPLOYMENT_PROGRESSING) else {
        return false;
    };
    // A finished rollout is not re-estimated: a resync may run before the condition for a
    // newly created RS is stored, and must not time the old, long-finished one out.
    if condition.reason == NEW_RS_AVAILABLE_REASON {
        return false;
    }
    if condition.reason == TIMED_OUT_REASON {
        return true;
    }
    condition.last_update_time.plus(progress_deadline(d)) < now
}

/// `progressDeadlineSeconds` as a duration (negative, which validation forbids, as 0).
fn progress_deadline(d: &Deployment) -> SimDuration {
    let secs = d.spec.progress_deadline_seconds.unwrap_or(0);
    SimDuration::from_secs(u64::try_from(secs).unwrap_or(0))
}

/// `requeueStuckDeployment` (progress.go): when to sync again for a progress check.
/// `None` — no need (no deadline, no stored Progressing condition, complete, or already
/// timed out); `Some(0)` — now (less than a second left, or past the deadline);
/// `Some(after)` — the remaining time, which the controller waits **plus one second**
/// (upstream's guard against millisecond skew).
///
/// Last update 18:49:00, deadline 60s, now 18:49:30 → `Some(30s)`, requeued at 18:50:01.
pub fn requeue_stuck_deployment(
    d: &Deployment,
    new_status: &DeploymentStatus,
    now: SimTime,
) -> Option<SimDuration> {
    let current_cond = get_deployment_condition(&d.status, DEPLOYMENT_PROGRESSING)?;
    if !has_progress_deadline(d) {
        return None;
    }
    if deployment_complete(d, new_status) || current_cond.reason == TIMED_OUT_REASON {
        return None;
    }
    let deadline = current_cond.last_update_time.plus(progress_deadline(d));
    let after = i128::from(deadline.millis()) - i128::from(now.millis());
    if after < 1000 {
        return Some(SimDuration::from_millis(0));
    }
    Some(SimDuration::from_millis(
        u64::try_from(after).unwrap_or(u64::MAX),
    ))
}

/// `getReplicaFailures` (progress.go): the ReplicaFailure conditions of the new RS as
/// Deployment conditions, or if it has none, those of all RSs (in order).
pub fn get_replica_failures(
    all_rss: &[&ReplicaSet],
    new_rs: Option<&ReplicaSet>,
) -> Vec<DeploymentCondition> {
    let failures = |rs: &ReplicaSet| -> Vec<DeploymentCondition> {
        rs.status
            .conditions
            .iter()
            .filter(|c| c.type_ == DEPLOYMENT_REPLICA_FAILURE)
            .map(replica_set_to_deployment_condition)
            .collect()
    };
    let from_new = new_rs.map(failures).unwrap_or_default();
    if !from_new.is_empty() {
        return from_new;
    }
    all_rss.iter().flat_map(|rs| failures(rs)).collect()
}

/// `HasProgressDeadline`: `progressDeadlineSeconds` is set and not MaxInt32.
pub fn has_progress_deadline(d: &Deployment) -> bool {
    d.spec
        .progress_deadline_seconds
        .is_some_and(|s| s != MAX_INT32)
}

/// `HasRevisionHistoryLimit`: `revisionHistoryLimit` is set and not MaxInt32 (0 is a
/// limit: keep no old RSs).
pub fn has_revision_history_limit(d: &Deployment) -> bool {
    d.spec
        .revision_history_limit
        .is_some_and(|l| l != MAX_INT32)
}

// ---------------------------------------------------------------------------------------
// Hash and names

/// `ComputeHash`: the `pod-template-hash` — FNV-1a 32-bit over a canonical dump of the
/// template (upstream: a Go spew dump; here the canonical JSON, so values differ from a
/// real cluster's), then, if set, `collisionCount` as 4 little-endian bytes + 4 zero
/// bytes; the decimal digits of the sum mapped through `rand.SafeEncodeString`.
///
/// Only digits are mapped, each to the alphabet entry at (ASCII code mod 27): `0→4 1→5
/// 2→6 3→7 4→8 5→9 6→b 7→c 8→d 9→f`. So hashes use only `456789bcdf`, and start with `4`
/// only for the sum 0. The sum 3826194597 gives `7d6b5f89fc` (3→7, 8→d, 2→6, 6→b, …).
pub fn compute_hash(template: &PodTemplateSpec, collision_count: Option<i32>) -> String {
    let mut hash = crate::hash::Fnv1a32::default();
    hash.write(template.to_value().canonical().as_bytes());
    if let Some(count) = collision_count {
        let mut bytes = [0u8; 8];
        bytes[..4].copy_from_slice(&count.to_le_bytes());
        hash.write(&bytes);
    }
    safe_encode_string(&hash.sum32().to_string())
}

/// `rand.SafeEncodeString`: every character replaced by the alphabet entry at (its code
/// mod 27).
fn safe_encode_string(s: &str) -> String {
    s.chars()
        .map(|c| char::from(NAME_ALPHABET[c as usize % NAME_ALPHABET.len()]))
        .collect()
}

/// The new RS's name, `<deployment>-<hash>`, with the deployment part cut so the whole
/// stays within 253 characters (a DNS-1123 subdomain): a 250-character name and a
/// 10-character hash keep 253 − 1 − 10 = 242 characters.
pub fn replica_set_name(deployment_name: &str, hash: &str) -> String {
    const DNS1123_SUBDOMAIN_MAX_LENGTH: usize = 253;
    let bound = DNS1123_SUBDOMAIN_MAX_LENGTH.saturating_sub(1 + hash.len());
    let mut prefix = deployment_name;
    if bound > 0 && deployment_name.len() > bound {
        let mut end = bound;
        while !deployment_name.is_char_boundary(end) {
            end -= 1;
        }
        prefix = &deployment_name[..end];
    }
    format!("{prefix}-{hash}")
}

// ---------------------------------------------------------------------------------------
// Sort orders (controller_utils.go, deployment_util.go)

/// `ReplicaSetsByCreationTimestamp.Less`: older first, ties by name.
pub fn replica_sets_by_creation_timestamp(a: &ReplicaSet, b: &ReplicaSet) -> bool {
    if a.meta.creation_timestamp == b.meta.creation_timestamp {
        return a.meta.name < b.meta.name;
    }
    a.meta.creation_timestamp < b.meta.creation_timestamp
}

/// `ReplicaSetsBySizeOlder.Less`: larger first, ties older first (proportional scale-down
/// gives leftovers to the largest, oldest RS).
pub fn replica_sets_by_size_older(a: &ReplicaSet, b: &ReplicaSet) -> bool {
    if a.spec.replicas == b.spec.replicas {
        return replica_sets_by_creation_timestamp(a, b);
    }
    a.spec.replicas > b.spec.replicas
}

/// `ReplicaSetsBySizeNewer.Less`: larger first, ties newer first (proportional scale-up
/// gives leftovers to the largest, newest RS).
pub fn replica_sets_by_size_newer(a: &ReplicaSet, b: &ReplicaSet) -> bool {
    if a.spec.replicas == b.spec.replicas {
        return replica_sets_by_creation_timestamp(b, a);
    }
    a.spec.replicas > b.spec.replicas
}

/// `ReplicaSetsByRevision.Less`: lower revision first; equal or unparsable revisions by
/// creation time, then name (revisionHistoryLimit cleanup deletes from the front).
pub fn replica_sets_by_revision(a: &ReplicaSet, b: &ReplicaSet) -> bool {
    match (revision(&a.meta), revision(&b.meta)) {
        (Ok(r1), Ok(r2)) if r1 != r2 => r1 < r2,
        _ => replica_sets_by_creation_timestamp(a, b),
    }
}

/// Go's `sort.Sort` with this `less`, as an insertion sort: Go's pdqsort is an insertion
/// sort up to 12 elements, so the result is Go's exactly there even for an inconsistent
/// `less` (mixing parsable and unparsable revisions can make `ReplicaSetsByRevision`
/// intransitive), and it never panics.
pub fn sort_replica_sets(rss: &mut [&ReplicaSet], less: impl Fn(&ReplicaSet, &ReplicaSet) -> bool) {
    for i in 1..rss.len() {
        let mut j = i;
        while j > 0 && less(rss[j], rss[j - 1]) {
            rss.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts by `ReplicaSetsByCreationTimestamp`: oldest first, ties by name.
pub fn sort_by_creation(rss: &mut [&ReplicaSet]) {
    sort_replica_sets(rss, replica_sets_by_creation_timestamp);
}

/// Sorts by `sort.Reverse(ReplicaSetsByCreationTimestamp)`: newest first, ties by name
/// descending.
pub fn sort_by_creation_desc(rss: &mut [&ReplicaSet]) {
    sort_replica_sets(rss, |a, b| replica_sets_by_creation_timestamp(b, a));
}

/// Sorts by `ReplicaSetsBySizeNewer` (proportional scale-up).
pub fn sort_by_size_newer(rss: &mut [&ReplicaSet]) {
    sort_replica_sets(rss, replica_sets_by_size_newer);
}

/// Sorts by `ReplicaSetsBySizeOlder` (proportional scale-down).
pub fn sort_by_size_older(rss: &mut [&ReplicaSet]) {
    sort_replica_sets(rss, replica_sets_by_size_older);
}

/// Sorts by `ReplicaSetsByRevision` (revisionHistoryLimit cleanup).
pub fn sort_by_revision(rss: &mut [&ReplicaSet]) {
    sort_replica_sets(rss, replica_sets_by_revision);
}

// ---------------------------------------------------------------------------------------
// Condition messages (the catalogue of the Progressing condition)

/// `Progressing=True NewReplicaSetCreated`: `Created new replica set "<rs>"`.
pub fn new_replica_set_message(rs_name: &str) -> String {
    format!("Created new replica set {}", go_quote(rs_name))
}

/// `Progressing=True FoundNewReplicaSet`: `Found new replica set "<rs>"`.
pub fn found_new_rs_message(rs_name: &str) -> String {
    format!("Found new replica set {}", go_quote(rs_name))
}

/// `Progressing=False ReplicaSetCreateError` (and the Warning event of the same reason):
/// `Failed to create new replica set "<rs>": <err>`.
pub fn failed_rs_create_message(rs_name: &str, err: &str) -> String {
    format!(
        "Failed to create new replica set {}: {err}",
        go_quote(rs_name)
    )
}

/// `Progressing=True ReplicaSetUpdated`: `ReplicaSet "<rs>" is progressing.`, or
/// `Deployment "<d>" is progressing.` without a new RS.
pub fn replica_set_updated_message(deployment_name: &str, new_rs_name: Option<&str>) -> String {
    format!(
        "{} is progressing.",
        progress_subject(deployment_name, new_rs_name)
    )
}

/// `Progressing=True NewReplicaSetAvailable`: `ReplicaSet "<rs>" has successfully
/// progressed.` (or `Deployment "<d>" …`).
pub fn new_rs_available_message(deployment_name: &str, new_rs_name: Option<&str>) -> String {
    format!(
        "{} has successfully progressed.",
        progress_subject(deployment_name, new_rs_name)
    )
}

/// `Progressing=False ProgressDeadlineExceeded`: `ReplicaSet "<rs>" has timed out
/// progressing.` (or `Deployment "<d>" …`).
pub fn timed_out_message(deployment_name: &str, new_rs_name: Option<&str>) -> String {
    format!(
        "{} has timed out progressing.",
        progress_subject(deployment_name, new_rs_name)
    )
}

/// `ReplicaSet "<rs>"` when there is a new RS, else `Deployment "<d>"`.
fn progress_subject(deployment_name: &str, new_rs_name: Option<&str>) -> String {
    match new_rs_name {
        Some(rs) => format!("ReplicaSet {}", go_quote(rs)),
        None => format!("Deployment {}", go_quote(deployment_name)),
    }
}

// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::model::OwnerReference;
    use crate::model::deployment::{DeploymentSpec, DeploymentStrategy, RollingUpdateDeployment};
    use crate::model::replicaset::{ReplicaSetSpec, ReplicaSetStatus};
    use crate::value::{Map, Value, obj};

    // --- helper constructors -----------------------------------------------------------

    fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn secs(s: u64) -> SimTime {
        SimTime(s * 1000)
    }

    fn int(i: i32) -> IntOrString {
        IntOrString::Int(i)
    }

    fn pct(s: &str) -> IntOrString {
        IntOrString::Str(s.to_string())
    }

    /// A template with label `name: <image>` and one container `<image>`
    /// (`generateDeployment`'s template).
    fn template(image: &str) -> PodTemplateSpec {
        let container = obj([("image", Value::from(image)), ("name", Value::from(image))]);
        PodTemplateSpec {
            labels: labels(&[("name", image)]),
            spec: Rc::new(obj([("containers", Value::Array(vec![container]))])),
            ..PodTemplateSpec::default()
        }
    }

    /// `generateDeployment`: named after the image, 1 replica, no strategy type.
    fn generate_deployment(image: &str) -> Deployment {
        Deployment {
            meta: ObjectMeta {
                name: image.into(),
                uid: format!("uid-{image}"),
                ..ObjectMeta::default()
            },
            spec: DeploymentSpec {
                replicas: 1,
                template: template(image),
                ..DeploymentSpec::default()
            },
            ..Deployment::default()
        }
    }

    /// `generateRS`: an RS with the Deployment's template, 0 replicas, owned by it.
    fn generate_rs(d: &Deployment, name: &str) -> ReplicaSet {
        ReplicaSet {
            meta: ObjectMeta {
                name: name.into(),
                uid: format!("uid-{name}"),
                labels: d.spec.template.labels.clone(),
                owner_references: vec![OwnerReference::controller_ref(
                    "apps/v1",
                    "Deployment",
                    &d.meta.name,
                    &d.meta.uid,
                )],
                ..ObjectMeta::default()
            },
            spec: ReplicaSetSpec {
                replicas: 0,
                template: d.spec.template.clone(),
                ..ReplicaSetSpec::default()
            },
            ..ReplicaSet::default()
        }
    }

    /// A RollingUpdate Deployment (`newDeployment` of deployment_controller_test.go: surge
    /// and unavailable default to 0).
    fn rolling(
        replicas: i32,
        max_surge: Option<IntOrString>,
        max_unavailable: Option<IntOrString>,
    ) -> Deployment {
        Deployment {
            meta: ObjectMeta {
                name: "foo".into(),
                namespace: "default".into(),
                ..ObjectMeta::default()
            },
            spec: DeploymentSpec {
                replicas,
                strategy: DeploymentStrategy {
                    type_: ROLLING_UPDATE_DEPLOYMENT_STRATEGY_TYPE.into(),
                    rolling_update: Some(RollingUpdateDeployment {
                        max_surge: Some(max_surge.unwrap_or(int(0))),
                        max_unavailable: Some(max_unavailable.unwrap_or(int(0))),
                    }),
                },
                template: template("foo/bar"),
                ..DeploymentSpec::default()
            },
            ..Deployment::default()
        }
    }

    fn recreate(replicas: i32) -> Deployment {
        let mut d = rolling(replicas, None, None);
        d.spec.strategy = DeploymentStrategy {
            type_: RECREATE_DEPLOYMENT_STRATEGY_TYPE.into(),
            rolling_update: None,
        };
        d
    }

    /// `rs(name, replicas, selector, timestamp)` of deployment_controller_test.go.
    fn rs(name: &str, replicas: i32, created: SimTime) -> ReplicaSet {
        ReplicaSet {
            meta: ObjectMeta {
                name: name.into(),
                namespace: "default".into(),
                uid: format!("uid-{name}"),
                creation_timestamp: created,
                ..ObjectMeta::default()
            },
            spec: ReplicaSetSpec {
                replicas,
                ..ReplicaSetSpec::default()
            },
            ..ReplicaSet::default()
        }
    }

    fn rs_with_status(name: &str, spec: i32, status: ReplicaSetStatus) -> ReplicaSet {
        ReplicaSet {
            status,
            ..rs(name, spec, SimTime::ZERO)
        }
    }

    fn names(rss: &[&ReplicaSet]) -> Vec<String> {
        rss.iter().map(|rs| rs.meta.name.clone()).collect()
    }

    fn condition(type_: &str, status: &str, reason: &str) -> DeploymentCondition {
        DeploymentCondition {
            type_: type_.into(),
            status: status.into(),
            last_update_time: SimTime::ZERO,
            last_transition_time: SimTime::ZERO,
            reason: reason.into(),
            message: String::new(),
        }
    }

    // --- deployment_util_test.go ---------------------------------------------------------

    #[test]
    fn test_equal_ignore_hash() {
        struct Case {
            name: &'static str,
            former: PodTemplateSpec,
            latter: PodTemplateSpec,
            expected: bool,
        }
        // generatePodTemplateSpec(name, nodeName, annotations, labels)
        let pod_template =
            |name: &str, node: &str, annotations: &[(&str, &str)], l: &[(&str, &str)]| {
                let mut extra = Map::new();
                extra.insert("name".into(), Value::from(name));
                PodTemplateSpec {
                    labels: labels(l),
                    annotations: labels(annotations),
                    metadata_extra: extra,
                    spec: Rc::new(obj([("nodeName", Value::from(node))])),
                }
            };
        let h = POD_TEMPLATE_HASH_LABEL;
        let cases = [
            Case {
                name: "Same spec, same labels",
                former: pod_template(
                    "foo",
                    "foo-node",
                    &[],
                    &[(h, "value-1"), ("something", "else")],
                ),
                latter: pod_template(
                    "foo",
                    "foo-node",
                    &[],
                    &[(h, "value-1"), ("something", "else")],
                ),
                expected: true,
            },
            Case {
                name: "Same spec, only pod-template-hash label value is different",
                former: pod_template(
                    "foo",
                    "foo-node",
                    &[],
                    &[(h, "value-1"), ("something", "else")],
                ),
                latter: pod_template(
                    "foo",
                    "foo-node",
                    &[],
                    &[(h, "value-2"), ("something", "else")],
                ),
                expected: true,
            },
            Case {
                name: "Same spec, the former doesn't have pod-template-hash label",
                former: pod_template("foo", "foo-node", &[], &[("something", "else")]),
                latter: pod_template(
                    "foo",
                    "foo-node",
                    &[],
                    &[(h, "value-2"), ("something", "else")],
                ),
                expected: true,
            },
            Case {
                name: "Same spec, the label is different, the former doesn't have pod-template-hash label, same number of labels",
                former: pod_template("foo", "foo-node", &[], &[("something", "else")]),
                latter: pod_template("foo", "foo-node", &[], &[(h, "value-2")]),
                expected: false,
            },
            Case {
                name: "Same spec, the label is different, the latter doesn't have pod-template-hash label, same number of labels",
                former: pod_template("foo", "foo-node", &[], &[(h, "value-1")]),
                latter: pod_template("foo", "foo-node", &[], &[("something", "else")]),
                expected: false,
            },
            Case {
                name: "Same spec, the label is different, and the pod-template-hash label value is the same",
                former: pod_template("foo", "foo-node", &[], &[(h, "value-1")]),
                latter: pod_template(
                    "foo",
                    "foo-node",
                    &[],
                    &[(h, "value-1"), ("something", "else")],
                ),
                expected: false,
            },
            Case {
                name: "Different spec, same labels",
                former: pod_template(
                    "foo",
                    "foo-node",
                    &[("former", "value")],
                    &[(h, "value-1"), ("something", "else")],
                ),
                latter: pod_template(
                    "foo",
                    "foo-node",
                    &[("latter", "value")],
                    &[(h, "value-1"), ("something", "else")],
                ),
                expected: false,
            },
            Case {
                name: "Different spec, different pod-template-hash label value",
                former: pod_template(
                    "foo-1",
                    "foo-node",
                    &[],
                    &[(h, "value-1"), ("something", "else")],
                ),
                latter: pod_template(
                    "foo-2",
                    "foo-node",
                    &[],
                    &[(h, "value-2"), ("something", "else")],
                ),
                expected: false,
            },
            Case {
                name: "Different spec, the former doesn't have pod-template-hash label",
                former: pod_template("foo-1", "foo-node-1", &[], &[("something", "else")]),
                latter: pod_template(
                    "foo-2",
                    "foo-node-2",
                    &[],
                    &[(h, "value-2"), ("something", "else")],
                ),
                expected: false,
            },
            Case {
                name: "Different spec, different labels",
                former: pod_template("foo", "foo-node-1", &[], &[("something", "else")]),
                latter: pod_template("foo", "foo-node-2", &[], &[("nothing", "else")]),
                expected: false,
            },
        ];
        for case in &cases {
            assert_eq!(
                equal_ignore_hash(&case.former, &case.latter),
                case.expected,
                "{}",
                case.name
            );
            assert_eq!(
                equal_ignore_hash(&case.latter, &case.former),
                case.expected,
                "{} (reverse order)",
                case.name
            );
        }
    }

    #[test]
    fn test_find_new_replica_set() {
        struct Case {
            name: &'static str,
            rs_list: Vec<&'static str>,
            expected: Option<&'static str>,
        }
        let deployment = generate_deployment("nginx");
        let mut new_rs = generate_rs(&deployment, "new");
        new_rs
            .spec
            .template
            .labels
            .insert(POD_TEMPLATE_HASH_LABEL.into(), "hash".into());
        new_rs.meta.creation_timestamp = secs(60); // later
        let mut new_rs_dup = generate_rs(&deployment, "new-dup");
        new_rs_dup
            .spec
            .template
            .labels
            .insert(POD_TEMPLATE_HASH_LABEL.into(), "different-hash".into());
        new_rs_dup.meta.creation_timestamp = secs(0); // now
        let mut old_deployment = generate_deployment("nginx");
        Rc::make_mut(&mut old_deployment.spec.template.spec) // container renamed nginx-old-1
            .set(
                "containers",
                Value::Array(vec![obj([
                    ("image", "nginx".into()),
                    ("name", "nginx-old-1".into()),
                ])]),
            );
        let old_rs = generate_rs(&old_deployment, "old");
        let by_name = |n: &str| {
            [&new_rs, &new_rs_dup, &old_rs]
                .into_iter()
                .find(|rs| rs.meta.name == n)
                .unwrap()
        };

        let cases = [
            Case {
                name: "Get new ReplicaSet with the same template as Deployment spec but different pod-template-hash value",
                rs_list: vec!["new", "old"],
                expected: Some("new"),
            },
            Case {
                name: "Get the oldest new ReplicaSet when there are more than one ReplicaSet with the same template",
                rs_list: vec!["new", "old", "new-dup"],
                expected: Some("new-dup"),
            },
            Case {
                name: "Get nil new ReplicaSet",
                rs_list: vec!["old"],
                expected: None,
            },
        ];
        for case in &cases {
            let list: Vec<&ReplicaSet> = case.rs_list.iter().map(|n| by_name(n)).collect();
            let got = find_new_replica_set(&deployment, &list).map(|rs| rs.meta.name.as_str());
            assert_eq!(got, case.expected, "{}", case.name);
        }
    }

    #[test]
    fn test_find_old_replica_sets() {
        struct Case {
            name: &'static str,
            rs_list: Vec<&'static str>,
            expected: Vec<&'static str>,
            expected_require: Vec<&'static str>,
        }
        let deployment = generate_deployment("nginx");
        let mut new_rs = generate_rs(&deployment, "new");
        new_rs.spec.replicas = 1;
        new_rs
            .spec
            .template
            .labels
            .insert(POD_TEMPLATE_HASH_LABEL.into(), "hash".into());
        new_rs.meta.creation_timestamp = secs(120); // later
        let mut new_rs_dup = generate_rs(&deployment, "new-dup");
        new_rs_dup
            .spec
            .template
            .labels
            .insert(POD_TEMPLATE_HASH_LABEL.into(), "different-hash".into());
        new_rs_dup.meta.creation_timestamp = secs(60); // now
        let mut old_deployment = generate_deployment("nginx");
        Rc::make_mut(&mut old_deployment.spec.template.spec).set(
            "containers",
            Value::Array(vec![obj([
                ("image", "nginx".into()),
                ("name", "nginx-old-1".into()),
            ])]),
        );
        let mut old_rs = generate_rs(&old_deployment, "old");
        old_rs.meta.creation_timestamp = secs(0); // before
        let by_name = |n: &str| {
            [&new_rs, &new_rs_dup, &old_rs]
                .into_iter()
                .find(|rs| rs.meta.name == n)
                .unwrap()
        };

        let cases = [
            Case {
                name: "Get old ReplicaSets",
                rs_list: vec!["new", "old"],
                expected: vec!["old"],
                expected_require: vec![],
            },
            Case {
                name: "Get old ReplicaSets with no new ReplicaSet",
                rs_list: vec!["old"],
                expected: vec!["old"],
                expected_require: vec![],
            },
            Case {
                name: "Get old ReplicaSets with two new ReplicaSets, only the oldest new ReplicaSet is seen as new ReplicaSet",
                rs_list: vec!["old", "new", "new-dup"],
                expected: vec!["old", "new"],
                expected_require: vec!["new"],
            },
            Case {
                name: "Get empty old ReplicaSets",
                rs_list: vec!["new"],
                expected: vec![],
                expected_require: vec![],
            },
        ];
        for case in &cases {
            let list: Vec<&ReplicaSet> = case.rs_list.iter().map(|n| by_name(n)).collect();
            let (required, all) = find_old_replica_sets(&deployment, &list);
            // Oldest first, as upstream leaves them.
            assert_eq!(names(&all), case.expected, "{}", case.name);
            assert_eq!(names(&required), case.expected_require, "{}", case.name);
        }
    }

    #[test]
    fn test_get_replica_count_for_replica_sets() {
        // The newest upstream test also sums status.terminatingReplicas, which is behind
        // the DeploymentPodReplacementPolicy gate (off): only the spec/actual counts here.
        struct Case {
            name: &'static str,
            sets: Vec<usize>,
            expected_count: i32,
            expected_actual: i32,
        }
        let status = |replicas| ReplicaSetStatus {
            replicas,
            ..ReplicaSetStatus::default()
        };
        let rss = [
            rs_with_status("foo-rs", 1, status(2)),
            rs_with_status("bar-rs", 2, status(3)),
            rs_with_status("unsynced-rs", 3, status(0)),
            rs_with_status("dropped-rs", 1, status(1)),
        ];
        let cases = [
            Case {
                name: "scaling down rs1",
                sets: vec![0],
                expected_count: 1,
                expected_actual: 2,
            },
            Case {
                name: "scaling down rs1 and rs2",
                sets: vec![0, 1],
                expected_count: 3,
                expected_actual: 5,
            },
            Case {
                name: "scaling up rs3",
                sets: vec![2],
                expected_count: 3,
                expected_actual: 0,
            },
            Case {
                name: "scaling down rs1 and rs2 and scaling up rs3",
                sets: vec![0, 1, 2],
                expected_count: 6,
                expected_actual: 5,
            },
            Case {
                name: "invalid/unknown terminating status for rs4",
                sets: vec![3],
                expected_count: 1,
                expected_actual: 1,
            },
            Case {
                name: "invalid/unknown terminating status for rs4 with rs1, rs2 and rs3",
                sets: vec![0, 1, 2, 3],
                expected_count: 7,
                expected_actual: 6,
            },
        ];
        for case in &cases {
            let sets: Vec<&ReplicaSet> = case.sets.iter().map(|&i| &rss[i]).collect();
            assert_eq!(
                get_replica_count_for_replica_sets(&sets),
                case.expected_count,
                "{}",
                case.name
            );
            assert_eq!(
                get_actual_replica_count_for_replica_sets(&sets),
                case.expected_actual,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn test_resolve_fenceposts() {
        struct Case {
            name: &'static str,
            max_surge: Option<&'static str>,
            max_unavailable: Option<&'static str>,
            desired: i32,
            expect_surge: i32,
            expect_unavailable: i32,
            expect_error: bool,
        }
        let cases = [
            Case {
                name: "0: 0%/0% of 0 → unavailable 1",
                max_surge: Some("0%"),
                max_unavailable: Some("0%"),
                desired: 0,
                expect_surge: 0,
                expect_unavailable: 1,
                expect_error: false,
            },
            Case {
                name: "1: 39%/39% of 10",
                max_surge: Some("39%"),
                max_unavailable: Some("39%"),
                desired: 10,
                expect_surge: 4,
                expect_unavailable: 3,
                expect_error: false,
            },
            Case {
                name: "2: bad maxSurge",
                max_surge: Some("oops"),
                max_unavailable: Some("39%"),
                desired: 10,
                expect_surge: 0,
                expect_unavailable: 0,
                expect_error: true,
            },
            Case {
                name: "3: bad maxUnavailable",
                max_surge: Some("55%"),
                max_unavailable: Some("urg"),
                desired: 10,
                expect_surge: 0,
                expect_unavailable: 0,
                expect_error: true,
            },
            Case {
                name: "4: nil maxSurge",
                max_surge: None,
                max_unavailable: Some("39%"),
                desired: 10,
                expect_surge: 0,
                expect_unavailable: 3,
                expect_error: false,
            },
            Case {
                name: "5: nil maxUnavailable",
                max_surge: Some("39%"),
                max_unavailable: None,
                desired: 10,
                expect_surge: 4,
                expect_unavailable: 0,
                expect_error: false,
            },
            Case {
                name: "6: both nil",
                max_surge: None,
                max_unavailable: None,
                desired: 10,
                expect_surge: 0,
                expect_unavailable: 1,
                expect_error: false,
            },
        ];
        for case in &cases {
            let surge = case.max_surge.map(pct);
            let unavailable = case.max_unavailable.map(pct);
            let got = resolve_fenceposts(surge.as_ref(), unavailable.as_ref(), case.desired);
            assert_eq!(got.is_err(), case.expect_error, "{}", case.name);
            assert_eq!(
                got.unwrap_or((0, 0)),
                (case.expect_surge, case.expect_unavailable),
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn test_new_rs_new_replicas() {
        struct Case {
            name: &'static str,
            strategy_type: &'static str,
            dep_replicas: i32,
            new_rs_replicas: i32,
            max_surge: i32,
            expected: i32,
        }
        let cases = [
            // allRSs = [rs5] only: current 5 ≥ 1 + 1.
            Case {
                name: "can not scale up - to newRSReplicas",
                strategy_type: ROLLING_UPDATE_DEPLOYMENT_STRATEGY_TYPE,
                dep_replicas: 1,
                new_rs_replicas: 5,
                max_surge: 1,
                expected: 5,
            },
            // max total 6 + 10 = 16, current 5: grow by min(11, 6 − 2) = 4.
            Case {
                name: "scale up - to depReplicas",
                strategy_type: ROLLING_UPDATE_DEPLOYMENT_STRATEGY_TYPE,
                dep_replicas: 6,
                new_rs_replicas: 2,
                max_surge: 10,
                expected: 6,
            },
            Case {
                name: "recreate - to depReplicas",
                strategy_type: RECREATE_DEPLOYMENT_STRATEGY_TYPE,
                dep_replicas: 3,
                new_rs_replicas: 1,
                max_surge: 1,
                expected: 3,
            },
        ];
        let mut new_deployment = generate_deployment("nginx");
        let mut new_rc = generate_rs(&new_deployment, "new");
        let mut rs5 = generate_rs(&new_deployment, "rs5");
        rs5.spec.replicas = 5;
        for case in &cases {
            new_deployment.spec.replicas = case.dep_replicas;
            new_deployment.spec.strategy = DeploymentStrategy {
                type_: case.strategy_type.into(),
                rolling_update: Some(RollingUpdateDeployment {
                    max_unavailable: Some(int(1)),
                    max_surge: Some(int(case.max_surge)),
                }),
            };
            new_rc.spec.replicas = case.new_rs_replicas;
            let got = new_rs_new_replicas(&new_deployment, &[&rs5], &new_rc);
            assert_eq!(got, Ok(case.expected), "{}", case.name);
        }
        new_deployment.spec.strategy.type_ = "Canary".into();
        assert_eq!(
            new_rs_new_replicas(&new_deployment, &[&rs5], &new_rc).map_err(|e| e.to_string()),
            Err("deployment type Canary isn't supported".to_string()),
            "unsupported strategy"
        );
    }

    // condProgressing, condProgressing2, condAvailable, status of deployment_util_test.go
    fn cond_progressing() -> DeploymentCondition {
        condition(DEPLOYMENT_PROGRESSING, CONDITION_FALSE, "ForSomeReason")
    }
    fn cond_progressing2() -> DeploymentCondition {
        condition(DEPLOYMENT_PROGRESSING, CONDITION_TRUE, "BecauseItIs")
    }
    fn cond_available() -> DeploymentCondition {
        condition(DEPLOYMENT_AVAILABLE, CONDITION_TRUE, "AwesomeController")
    }
    fn status_with(conditions: Vec<DeploymentCondition>) -> DeploymentStatus {
        DeploymentStatus {
            conditions,
            ..DeploymentStatus::default()
        }
    }

    #[test]
    fn test_get_condition() {
        struct Case {
            name: &'static str,
            cond_type: &'static str,
            expected: bool,
        }
        let example = status_with(vec![cond_progressing(), cond_available()]);
        let cases = [
            Case {
                name: "condition exists",
                cond_type: DEPLOYMENT_AVAILABLE,
                expected: true,
            },
            Case {
                name: "condition does not exist",
                cond_type: DEPLOYMENT_REPLICA_FAILURE,
                expected: false,
            },
        ];
        for case in &cases {
            assert_eq!(
                get_deployment_condition(&example, case.cond_type).is_some(),
                case.expected,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn test_set_deployment_condition() {
        struct Case {
            name: &'static str,
            status: DeploymentStatus,
            cond: DeploymentCondition,
            expected_status: DeploymentStatus,
        }
        let at = |mut c: DeploymentCondition, update: u64, transition: u64, message: &str| {
            c.last_update_time = secs(update);
            c.last_transition_time = secs(transition);
            c.message = message.into();
            c
        };
        let cases = [
            // TestSetCondition
            Case {
                name: "set for the first time",
                status: status_with(vec![]),
                cond: cond_available(),
                expected_status: status_with(vec![cond_available()]),
            },
            Case {
                name: "simple set",
                status: status_with(vec![cond_progressing()]),
                cond: cond_available(),
                expected_status: status_with(vec![cond_progressing(), cond_available()]),
            },
            Case {
                name: "overwrite",
                status: status_with(vec![cond_progressing()]),
                cond: cond_progressing2(),
                expected_status: status_with(vec![cond_progressing2()]),
            },
            // Beyond upstream's table: the rules of §10.3.
            Case {
                name: "same status and reason: nothing changes, not even the message",
                status: status_with(vec![at(cond_progressing2(), 5, 5, "old")]),
                cond: at(cond_progressing2(), 9, 9, "new"),
                expected_status: status_with(vec![at(cond_progressing2(), 5, 5, "old")]),
            },
            Case {
                name: "same status, new reason: lastTransitionTime kept, moved to the end",
                status: status_with(vec![at(cond_progressing2(), 5, 3, "a"), cond_available()]),
                cond: at(
                    condition(
                        DEPLOYMENT_PROGRESSING,
                        CONDITION_TRUE,
                        NEW_RS_AVAILABLE_REASON,
                    ),
                    9,
                    9,
                    "b",
                ),
                expected_status: status_with(vec![
                    cond_available(),
                    at(
                        condition(
                            DEPLOYMENT_PROGRESSING,
                            CONDITION_TRUE,
                            NEW_RS_AVAILABLE_REASON,
                        ),
                        9,
                        3,
                        "b",
                    ),
                ]),
            },
            Case {
                name: "new status: both times new",
                status: status_with(vec![at(cond_progressing2(), 5, 3, "a")]),
                cond: at(
                    condition(DEPLOYMENT_PROGRESSING, CONDITION_FALSE, TIMED_OUT_REASON),
                    9,
                    9,
                    "b",
                ),
                expected_status: status_with(vec![at(
                    condition(DEPLOYMENT_PROGRESSING, CONDITION_FALSE, TIMED_OUT_REASON),
                    9,
                    9,
                    "b",
                )]),
            },
        ];
        for case in cases {
            let mut status = case.status;
            set_deployment_condition(&mut status, case.cond);
            assert_eq!(status, case.expected_status, "{}", case.name);
        }
    }

    #[test]
    fn test_remove_deployment_condition() {
        struct Case {
            name: &'static str,
            status: DeploymentStatus,
            cond_type: &'static str,
            expected_status: DeploymentStatus,
        }
        let cases = [
            Case {
                name: "remove from empty status",
                status: status_with(vec![]),
                cond_type: DEPLOYMENT_PROGRESSING,
                expected_status: status_with(vec![]),
            },
            Case {
                name: "simple remove",
                status: status_with(vec![cond_progressing()]),
                cond_type: DEPLOYMENT_PROGRESSING,
                expected_status: status_with(vec![]),
            },
            Case {
                name: "doesn't remove anything",
                status: status_with(vec![cond_progressing(), cond_available()]),
                cond_type: DEPLOYMENT_REPLICA_FAILURE,
                expected_status: status_with(vec![cond_progressing(), cond_available()]),
            },
        ];
        for case in cases {
            let mut status = case.status;
            remove_deployment_condition(&mut status, case.cond_type);
            assert_eq!(status, case.expected_status, "{}", case.name);
        }
    }

    #[test]
    fn test_deployment_complete() {
        struct Case {
            name: &'static str,
            // desired, current, updated, available, maxUnavailable, maxSurge
            d: (i32, i32, i32, i32, i32, i32),
            expected: bool,
        }
        let cases = [
            Case {
                name: "not complete: min but not all pods become available",
                d: (5, 5, 5, 4, 1, 0),
                expected: false,
            },
            Case {
                name: "not complete: min availability is not honored",
                d: (5, 5, 5, 3, 1, 0),
                expected: false,
            },
            Case {
                name: "complete",
                d: (5, 5, 5, 5, 0, 0),
                expected: true,
            },
            Case {
                name: "not complete: all pods are available but not updated",
                d: (5, 5, 4, 5, 0, 0),
                expected: false,
            },
            // old RS: spec 1, status 1, available 1; new RS: spec 1, status 1, available 0
            Case {
                name: "not complete: still running old pods",
                d: (1, 2, 1, 1, 0, 1),
                expected: false,
            },
            Case {
                name: "not complete: one replica deployment never comes up",
                d: (1, 1, 1, 0, 1, 1),
                expected: false,
            },
        ];
        for case in &cases {
            let (desired, current, updated, available, unav, surge) = case.d;
            let mut d = rolling(desired, Some(int(surge)), Some(int(unav)));
            d.status = DeploymentStatus {
                replicas: current,
                updated_replicas: updated,
                available_replicas: available,
                ..DeploymentStatus::default()
            };
            assert_eq!(
                deployment_complete(&d, &d.status),
                case.expected,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn test_deployment_progressing() {
        struct Case {
            name: &'static str,
            // current, updated, ready, available
            d: (i32, i32, i32, i32),
            new_status: (i32, i32, i32, i32),
            expected: bool,
        }
        let st = |(replicas, updated_replicas, ready_replicas, available_replicas): (
            i32,
            i32,
            i32,
            i32,
        )| DeploymentStatus {
            replicas,
            updated_replicas,
            ready_replicas,
            available_replicas,
            ..DeploymentStatus::default()
        };
        let cases = [
            Case {
                name: "progressing: updated pods",
                d: (10, 4, 4, 4),
                new_status: (10, 6, 4, 4),
                expected: true,
            },
            Case {
                name: "not progressing",
                d: (10, 4, 4, 4),
                new_status: (10, 4, 4, 4),
                expected: false,
            },
            Case {
                name: "progressing: old pods removed",
                d: (10, 4, 6, 6),
                new_status: (8, 4, 6, 6),
                expected: true,
            },
            Case {
                name: "not progressing: less new pods",
                d: (10, 7, 3, 3),
                new_status: (10, 6, 3, 3),
                expected: false,
            },
            Case {
                name: "progressing: less overall but more new pods",
                d: (10, 4, 7, 7),
                new_status: (8, 8, 5, 5),
                expected: true,
            },
            Case {
                name: "progressing: more ready pods",
                d: (10, 10, 9, 8),
                new_status: (10, 10, 10, 8),
                expected: true,
            },
            Case {
                name: "progressing: more available pods",
                d: (10, 10, 10, 9),
                new_status: (10, 10, 10, 10),
                expected: true,
            },
        ];
        for case in &cases {
            let d = Deployment {
                status: st(case.d),
                ..Deployment::default()
            };
            assert_eq!(
                deployment_progressing(&d, &st(case.new_status)),
                case.expected,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn test_deployment_timed_out() {
        struct Case {
            name: &'static str,
            reason: &'static str,
            pds: Option<i32>,
            from: SimTime,
            now: SimTime,
            expected: bool,
        }
        // timeFn(min, sec)
        let t = |min: u64, sec: u64| secs(min * 60 + sec);
        let cases = [
            Case {
                name: "nil progressDeadlineSeconds specified - no timeout",
                reason: "",
                pds: None,
                from: t(1, 9),
                now: t(1, 20),
                expected: false,
            },
            Case {
                name: "infinite progressDeadlineSeconds specified - no timeout",
                reason: "",
                pds: Some(i32::MAX),
                from: t(1, 9),
                now: t(1, 20),
                expected: false,
            },
            Case {
                name: "progressDeadlineSeconds: 10s, now - started => 00:01:20 - 00:01:09 => 11s",
                reason: "",
                pds: Some(10),
                from: t(1, 9),
                now: t(1, 20),
                expected: true,
            },
            Case {
                name: "progressDeadlineSeconds: 10s, now - started => 00:01:20 - 00:01:11 => 9s",
                reason: "",
                pds: Some(10),
                from: t(1, 11),
                now: t(1, 20),
                expected: false,
            },
            // Upstream's case has no deadline, so it returns false before looking at the
            // reason; the two cases after it pin the reason checks with a deadline.
            Case {
                name: "previous status was a complete deployment",
                reason: NEW_RS_AVAILABLE_REASON,
                pds: None,
                from: SimTime::ZERO,
                now: t(1, 20),
                expected: false,
            },
            Case {
                name: "previous status was a complete deployment (with a deadline)",
                reason: NEW_RS_AVAILABLE_REASON,
                pds: Some(10),
                from: SimTime::ZERO,
                now: t(1, 20),
                expected: false,
            },
            Case {
                name: "already timed out",
                reason: TIMED_OUT_REASON,
                pds: Some(600),
                from: t(1, 9),
                now: t(1, 10),
                expected: true,
            },
            Case {
                name: "exactly at the deadline: not yet (strictly before)",
                reason: REPLICA_SET_UPDATED_REASON,
                pds: Some(10),
                from: t(1, 10),
                now: t(1, 20),
                expected: false,
            },
        ];
        for case in &cases {
            let mut d = Deployment::default();
            d.spec.progress_deadline_seconds = case.pds;
            let mut cond = condition(DEPLOYMENT_PROGRESSING, CONDITION_TRUE, case.reason);
            cond.last_update_time = case.from;
            d.status.conditions = vec![cond];
            assert_eq!(
                deployment_timed_out(&d, &d.status, case.now),
                case.expected,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn test_max_unavailable() {
        struct Case {
            name: &'static str,
            deployment: Deployment,
            expected: i32,
        }
        let deployment =
            |replicas, max_unavailable| rolling(replicas, Some(int(1)), Some(max_unavailable));
        let cases = [
            Case {
                name: "maxUnavailable less than replicas",
                deployment: deployment(10, int(5)),
                expected: 5,
            },
            Case {
                name: "maxUnavailable equal replicas",
                deployment: deployment(10, int(10)),
                expected: 10,
            },
            Case {
                name: "maxUnavailable greater than replicas",
                deployment: deployment(5, int(10)),
                expected: 5,
            },
            Case {
                name: "maxUnavailable with replicas is 0",
                deployment: deployment(0, int(10)),
                expected: 0,
            },
            Case {
                name: "maxUnavailable with Recreate deployment strategy",
                deployment: recreate(0),
                expected: 0,
            },
            Case {
                name: "maxUnavailable less than replicas with percents",
                deployment: deployment(10, pct("50%")),
                expected: 5,
            },
            Case {
                name: "maxUnavailable equal replicas with percents",
                deployment: deployment(10, pct("100%")),
                expected: 10,
            },
            Case {
                name: "maxUnavailable greater than replicas with percents",
                deployment: deployment(5, pct("100%")),
                expected: 5,
            },
        ];
        for case in &cases {
            assert_eq!(
                max_unavailable(&case.deployment),
                case.expected,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn test_min_available() {
        struct Case {
            name: &'static str,
            deployment: Deployment,
            expected: i32,
        }
        let deployment =
            |replicas, max_unavailable| rolling(replicas, Some(int(1)), Some(max_unavailable));
        let cases = [
            Case {
                name: "replicas greater than maxUnavailable",
                deployment: deployment(10, int(5)),
                expected: 5,
            },
            Case {
                name: "replicas equal maxUnavailable",
                deployment: deployment(10, int(10)),
                expected: 0,
            },
            Case {
                name: "replicas less than maxUnavailable",
                deployment: deployment(5, int(10)),
                expected: 0,
            },
            Case {
                name: "replicas is 0",
                deployment: deployment(0, int(10)),
                expected: 0,
            },
            Case {
                name: "minAvailable with Recreate deployment strategy",
                deployment: recreate(10),
                expected: 0,
            },
            Case {
                name: "replicas greater than maxUnavailable with percents",
                deployment: deployment(10, pct("60%")),
                expected: 4,
            },
            Case {
                name: "replicas equal maxUnavailable with percents",
                deployment: deployment(10, pct("100%")),
                expected: 0,
            },
            Case {
                name: "replicas less than maxUnavailable with percents",
                deployment: deployment(5, pct("100%")),
                expected: 0,
            },
        ];
        for case in &cases {
            assert_eq!(
                min_available(&case.deployment),
                case.expected,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn spec_derived_values() {
        // §3.3's examples.
        struct Case {
            name: &'static str,
            deployment: Deployment,
            surge: i32,
            unavailable: i32,
        }
        let d = |r, s: IntOrString, u: IntOrString| rolling(r, Some(s), Some(u));
        let cases = [
            Case {
                name: "3 replicas 25%/25%",
                deployment: d(3, pct("25%"), pct("25%")),
                surge: 1,
                unavailable: 0,
            },
            Case {
                name: "10 replicas 25%/25%",
                deployment: d(10, pct("25%"), pct("25%")),
                surge: 3,
                unavailable: 2,
            },
            Case {
                name: "4 replicas 25%/25%",
                deployment: d(4, pct("25%"), pct("25%")),
                surge: 1,
                unavailable: 1,
            },
            Case {
                name: "1 replica maxSurge 0 + 25%",
                deployment: d(1, int(0), pct("25%")),
                surge: 0,
                unavailable: 1,
            },
            Case {
                name: "Recreate",
                deployment: recreate(3),
                surge: 0,
                unavailable: 0,
            },
        ];
        for case in &cases {
            assert_eq!(max_surge(&case.deployment), case.surge, "{}", case.name);
            assert_eq!(
                max_unavailable(&case.deployment),
                case.unavailable,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn test_get_non_negative_int32_from_annotation() {
        struct Case {
            name: &'static str,
            value: Option<String>,
            expected: Option<i32>,
        }
        let cases = [
            Case {
                name: "invalid empty",
                value: None,
                expected: None,
            },
            Case {
                name: "invalid",
                value: Some("invalid".into()),
                expected: None,
            },
            Case {
                name: "invalid negative ",
                value: Some("-1".into()),
                expected: None,
            },
            Case {
                name: "valid zero",
                value: Some("0".into()),
                expected: Some(0),
            },
            Case {
                name: "valid",
                value: Some("13".into()),
                expected: Some(13),
            },
            Case {
                name: "valid max",
                value: Some(i32::MAX.to_string()),
                expected: Some(i32::MAX),
            },
            Case {
                name: "invalid max out of range",
                value: Some((i32::MAX as u32 + 1).to_string()),
                expected: None,
            },
            Case {
                name: "invalid max out of range 2",
                value: Some((u64::from(u32::MAX) + 1).to_string()),
                expected: None,
            },
            Case {
                name: "a sign is not a digit (ParseUint)",
                value: Some("+3".into()),
                expected: None,
            },
        ];
        for case in &cases {
            let mut rs = rs("rs", 1, SimTime::ZERO);
            rs.meta.annotations.insert("foo".into(), "2".into());
            if let Some(v) = &case.value {
                rs.meta
                    .annotations
                    .insert(DESIRED_REPLICAS_ANNOTATION.into(), v.clone());
            }
            assert_eq!(
                get_desired_replicas_annotation(&rs),
                case.expected,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn test_annotation_utils() {
        let mut t_deployment = generate_deployment("nginx");
        let mut t_rs = generate_rs(&t_deployment, "nginx-rs");
        t_deployment
            .meta
            .annotations
            .insert(REVISION_ANNOTATION.into(), "1".into());

        // SetNewReplicaSetAnnotations: revisions 11 through 20 with a 5-character history.
        for i in 10..20 {
            let next_revision = (i + 1).to_string();
            set_new_replica_set_annotations(&t_deployment, &mut t_rs, &next_revision, true, 5);
            if i >= 12 {
                let expected_history = format!("{},{}", i - 1, i);
                assert_eq!(
                    t_rs.meta.annotations.get(REVISION_HISTORY_ANNOTATION),
                    Some(&expected_history),
                    "SetNewReplicaSetAnnotations: history at revision {next_revision}"
                );
            }
            assert_eq!(
                t_rs.meta.annotations.get(REVISION_ANNOTATION),
                Some(&next_revision),
                "SetNewReplicaSetAnnotations: revision {next_revision}"
            );
        }

        // SetReplicasAnnotations
        assert!(
            set_replicas_annotations(&mut t_rs, 10, 11),
            "SetReplicasAnnotations: updated"
        );
        assert_eq!(
            t_rs.meta.annotations[DESIRED_REPLICAS_ANNOTATION], "10",
            "SetReplicasAnnotations: desired"
        );
        assert_eq!(
            t_rs.meta.annotations[MAX_REPLICAS_ANNOTATION], "11",
            "SetReplicasAnnotations: max"
        );
        assert!(
            !set_replicas_annotations(&mut t_rs, 10, 11),
            "SetReplicasAnnotations: second call changes nothing"
        );

        // IsSaturated
        t_rs.meta
            .annotations
            .insert(DESIRED_REPLICAS_ANNOTATION.into(), "1".into());
        t_rs.status.available_replicas = 1;
        t_rs.spec.replicas = 1;
        assert!(is_saturated(&t_deployment, Some(&t_rs)), "IsSaturated");
        t_rs.status.available_replicas = 0;
        assert!(
            !is_saturated(&t_deployment, Some(&t_rs)),
            "IsSaturated: a broken new RS is not saturated"
        );
        assert!(!is_saturated(&t_deployment, None), "IsSaturated: no new RS");
    }

    #[test]
    fn test_replica_set_annotations() {
        // set_new_replica_set_annotations beyond TestAnnotationUtils: the copy, the skip
        // list, creation, rollbacks and the 2000-character history limit.
        struct Case {
            name: &'static str,
            deployment_annotations: BTreeMap<String, String>,
            rs_annotations: BTreeMap<String, String>,
            new_revision: &'static str,
            exists: bool,
            limit: usize,
            expected_changed: bool,
            expected: BTreeMap<String, String>,
        }
        let join = |r: std::ops::RangeInclusive<u32>| {
            r.map(|i| i.to_string()).collect::<Vec<_>>().join(",")
        };
        // "1,2,…,400": 9 + 180 + 903 digits + 399 commas = 1491 characters.
        let long_history = join(1..=400);
        let appended = format!("{long_history},9999");
        // Limit 1420: 1491 + 5 = 1496; dropping "1".."9" saves 18 (1478), "10".."29" 60 more
        // (1418 ≤ 1420), so the history restarts at 30.
        let trimmed = format!("{},9999", join(30..=400));
        let none = BTreeMap::new();
        let cases = [
            Case {
                name: "create: copy all but the skip list, revision, replica annotations",
                deployment_annotations: labels(&[
                    ("kubernetes.io/change-cause", "kubectl set image"),
                    (LAST_APPLIED_ANNOTATION, "{}"),
                    (REVISION_ANNOTATION, "3"),
                    (ROLLBACK_TO_ANNOTATION, "1"),
                ]),
                rs_annotations: none.clone(),
                new_revision: "4",
                exists: false,
                limit: MAX_REV_HISTORY_LENGTH_IN_CHARS,
                expected_changed: true,
                // replicas 3 + maxSurge 1
                expected: labels(&[
                    (DESIRED_REPLICAS_ANNOTATION, "3"),
                    (REVISION_ANNOTATION, "4"),
                    (MAX_REPLICAS_ANNOTATION, "4"),
                    ("kubernetes.io/change-cause", "kubectl set image"),
                ]),
            },
            Case {
                name: "existing RS already at the revision: nothing changes",
                deployment_annotations: labels(&[(REVISION_ANNOTATION, "2")]),
                rs_annotations: labels(&[(REVISION_ANNOTATION, "2")]),
                new_revision: "2",
                exists: true,
                limit: MAX_REV_HISTORY_LENGTH_IN_CHARS,
                expected_changed: false,
                expected: labels(&[(REVISION_ANNOTATION, "2")]),
            },
            Case {
                name: "existing RS above the new revision keeps its number",
                deployment_annotations: none.clone(),
                rs_annotations: labels(&[(REVISION_ANNOTATION, "7")]),
                new_revision: "5",
                exists: true,
                limit: MAX_REV_HISTORY_LENGTH_IN_CHARS,
                expected_changed: false,
                expected: labels(&[(REVISION_ANNOTATION, "7")]),
            },
            Case {
                name: "rollback onto revision 2 of 3: becomes 4, history 2",
                deployment_annotations: none.clone(),
                rs_annotations: labels(&[(REVISION_ANNOTATION, "2")]),
                new_revision: "4",
                exists: true,
                limit: MAX_REV_HISTORY_LENGTH_IN_CHARS,
                expected_changed: true,
                expected: labels(&[
                    (REVISION_ANNOTATION, "4"),
                    (REVISION_HISTORY_ANNOTATION, "2"),
                ]),
            },
            Case {
                name: "second reuse appends to the history",
                deployment_annotations: none.clone(),
                rs_annotations: labels(&[
                    (REVISION_ANNOTATION, "4"),
                    (REVISION_HISTORY_ANNOTATION, "2"),
                ]),
                new_revision: "6",
                exists: true,
                limit: MAX_REV_HISTORY_LENGTH_IN_CHARS,
                expected_changed: true,
                expected: labels(&[
                    (REVISION_ANNOTATION, "6"),
                    (REVISION_HISTORY_ANNOTATION, "2,4"),
                ]),
            },
            Case {
                name: "2000-character limit: 1496 fits",
                deployment_annotations: none.clone(),
                rs_annotations: labels(&[
                    (REVISION_ANNOTATION, "9999"),
                    (REVISION_HISTORY_ANNOTATION, &long_history),
                ]),
                new_revision: "10000",
                exists: true,
                limit: MAX_REV_HISTORY_LENGTH_IN_CHARS,
                expected_changed: true,
                expected: labels(&[
                    (REVISION_ANNOTATION, "10000"),
                    (REVISION_HISTORY_ANNOTATION, &appended),
                ]),
            },
            Case {
                name: "history limit: drop from the front until it fits",
                deployment_annotations: none.clone(),
                rs_annotations: labels(&[
                    (REVISION_ANNOTATION, "9999"),
                    (REVISION_HISTORY_ANNOTATION, &long_history),
                ]),
                new_revision: "10000",
                exists: true,
                limit: 1420,
                expected_changed: true,
                expected: labels(&[
                    (REVISION_ANNOTATION, "10000"),
                    (REVISION_HISTORY_ANNOTATION, &trimmed),
                ]),
            },
            Case {
                name: "history limit: an entry that can never fit leaves the history alone",
                deployment_annotations: none.clone(),
                rs_annotations: labels(&[
                    (REVISION_ANNOTATION, "123456"),
                    (REVISION_HISTORY_ANNOTATION, "1,2"),
                ]),
                new_revision: "123457",
                exists: true,
                limit: 5,
                expected_changed: true,
                expected: labels(&[
                    (REVISION_ANNOTATION, "123457"),
                    (REVISION_HISTORY_ANNOTATION, "1,2"),
                ]),
            },
            Case {
                name: "unparsable RS revision: false at once, though the copy changed the RS",
                deployment_annotations: labels(&[("team", "a")]),
                rs_annotations: labels(&[(REVISION_ANNOTATION, "x")]),
                new_revision: "2",
                exists: true,
                limit: MAX_REV_HISTORY_LENGTH_IN_CHARS,
                expected_changed: false,
                expected: labels(&[(REVISION_ANNOTATION, "x"), ("team", "a")]),
            },
            Case {
                name: "existing RS annotations are overwritten, never removed",
                deployment_annotations: labels(&[("team", "b")]),
                rs_annotations: labels(&[
                    (REVISION_ANNOTATION, "1"),
                    ("team", "a"),
                    ("other", "x"),
                ]),
                new_revision: "1",
                exists: true,
                limit: MAX_REV_HISTORY_LENGTH_IN_CHARS,
                expected_changed: true,
                expected: labels(&[(REVISION_ANNOTATION, "1"), ("other", "x"), ("team", "b")]),
            },
        ];
        assert_eq!(long_history.len(), 1491, "history length");
        assert_eq!(trimmed.len(), 1418, "trimmed length");
        for case in cases {
            let mut d = rolling(3, Some(int(1)), Some(int(0)));
            d.meta.annotations = case.deployment_annotations;
            let mut new_rs = rs("new", 0, SimTime::ZERO);
            new_rs.meta.annotations = case.rs_annotations;
            let changed = set_new_replica_set_annotations(
                &d,
                &mut new_rs,
                case.new_revision,
                case.exists,
                case.limit,
            );
            assert_eq!(changed, case.expected_changed, "{}", case.name);
            assert_eq!(new_rs.meta.annotations, case.expected, "{}", case.name);
        }
    }

    #[test]
    fn test_replicas_annotations_need_update() {
        struct Case {
            name: &'static str,
            annotations: Vec<(&'static str, &'static str)>,
            expected: bool,
        }
        let cases = [
            Case {
                name: "test Annotations nil",
                annotations: vec![],
                expected: true,
            },
            Case {
                name: "test desiredReplicas update",
                annotations: vec![
                    (DESIRED_REPLICAS_ANNOTATION, "8"),
                    (MAX_REPLICAS_ANNOTATION, "20"),
                ],
                expected: true,
            },
            Case {
                name: "test maxReplicas update",
                annotations: vec![
                    (DESIRED_REPLICAS_ANNOTATION, "10"),
                    (MAX_REPLICAS_ANNOTATION, "16"),
                ],
                expected: true,
            },
            Case {
                name: "test needn't update",
                annotations: vec![
                    (DESIRED_REPLICAS_ANNOTATION, "10"),
                    (MAX_REPLICAS_ANNOTATION, "20"),
                ],
                expected: false,
            },
        ];
        for case in &cases {
            let mut rs = rs("hello", 1, SimTime::ZERO);
            rs.meta.annotations = labels(&case.annotations);
            assert_eq!(
                replicas_annotations_need_update(&rs, 10, 20),
                case.expected,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn revisions() {
        struct Case {
            name: &'static str,
            revisions: Vec<Option<&'static str>>,
            max: i64,
            last: i64,
        }
        let cases = [
            Case {
                name: "none",
                revisions: vec![],
                max: 0,
                last: 0,
            },
            Case {
                name: "missing is 0",
                revisions: vec![None, Some("1")],
                max: 1,
                last: 0,
            },
            Case {
                name: "1,3,4 (after undo of 2)",
                revisions: vec![Some("4"), Some("1"), Some("3")],
                max: 4,
                last: 3,
            },
            Case {
                name: "unparsable skipped",
                revisions: vec![Some("x"), Some("2"), Some("5")],
                max: 5,
                last: 2,
            },
            Case {
                name: "ties count twice",
                revisions: vec![Some("2"), Some("2")],
                max: 2,
                last: 2,
            },
        ];
        for case in &cases {
            let rss: Vec<ReplicaSet> = case
                .revisions
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut rs = rs(&format!("rs-{i}"), 0, SimTime::ZERO);
                    if let Some(r) = r {
                        rs.meta
                            .annotations
                            .insert(REVISION_ANNOTATION.into(), r.to_string());
                    }
                    rs
                })
                .collect();
            let refs: Vec<&ReplicaSet> = rss.iter().collect();
            assert_eq!(max_revision(&refs), case.max, "{}", case.name);
            assert_eq!(last_revision(&refs), case.last, "{}", case.name);
        }
        let mut meta = ObjectMeta::default();
        assert_eq!(revision(&meta), Ok(0), "missing revision");
        meta.annotations
            .insert(REVISION_ANNOTATION.into(), "x".into());
        assert!(revision(&meta).is_err(), "unparsable revision");
    }

    #[test]
    fn annotation_copies() {
        let mut d = rolling(1, None, None);
        d.meta.annotations = labels(&[
            ("kubernetes.io/change-cause", "new cause"),
            (LAST_APPLIED_ANNOTATION, "{}"),
            (REVISION_ANNOTATION, "3"),
            ("empty", ""),
        ]);
        let mut rs = rs("rs", 1, SimTime::ZERO);
        rs.meta.annotations = labels(&[
            (REVISION_ANNOTATION, "1"),
            ("kubernetes.io/change-cause", "old cause"),
        ]);

        // copyDeploymentAnnotationsToReplicaSet: an empty value reads as "missing" in Go.
        let mut copy = rs.clone();
        assert!(
            copy_deployment_annotations_to_replica_set(&d, &mut copy),
            "copy changed"
        );
        assert_eq!(
            copy.meta.annotations,
            labels(&[
                (REVISION_ANNOTATION, "1"),
                ("kubernetes.io/change-cause", "new cause")
            ]),
            "copy: skip list kept out, empty value not copied"
        );
        assert!(
            !copy_deployment_annotations_to_replica_set(&d, &mut copy),
            "second copy changes nothing"
        );

        // SetDeploymentAnnotationsTo: rollback to `rs`.
        set_deployment_annotations_to(&mut d, &rs);
        assert_eq!(
            d.meta.annotations,
            labels(&[
                (LAST_APPLIED_ANNOTATION, "{}"),
                (REVISION_ANNOTATION, "3"),
                ("kubernetes.io/change-cause", "old cause"),
            ]),
            "rollback annotations"
        );

        // SetDeploymentRevision
        assert!(set_deployment_revision(&mut d, "4"), "revision changed");
        assert!(!set_deployment_revision(&mut d, "4"), "revision unchanged");
    }

    #[test]
    fn test_get_replica_set_fraction() {
        struct Case {
            name: &'static str,
            deployment_replicas: i32,
            deployment_status_replicas: i32,
            deployment_max_surge: i32,
            rs_replicas: i32,
            rs_max_replicas: Option<&'static str>,
            expected_fraction: i32,
        }
        let cases = [
            Case {
                name: "empty deployment always scales to 0",
                deployment_replicas: 0,
                deployment_status_replicas: 0,
                deployment_max_surge: 0,
                rs_replicas: 10,
                rs_max_replicas: None,
                expected_fraction: -10,
            },
            Case {
                name: "unsynced deployment does not scale when max-replicas annotation is missing (removed by a 3rd party)",
                deployment_replicas: 10,
                deployment_status_replicas: 0,
                deployment_max_surge: 0,
                rs_replicas: 5,
                rs_max_replicas: None,
                expected_fraction: 0,
            },
            Case {
                name: "unsynced deployment does not scale when max-replicas annotation is incorrectly set to 0 (by a 3rd party)",
                deployment_replicas: 10,
                deployment_status_replicas: 0,
                deployment_max_surge: 0,
                rs_replicas: 5,
                rs_max_replicas: Some("0"),
                expected_fraction: 0,
            },
            Case {
                name: "scale up by 1/5 should increase RS replicas by 1/5 when max-replicas annotation is missing (removed by a 3rd party)",
                deployment_replicas: 120,
                deployment_status_replicas: 100,
                deployment_max_surge: 0,
                rs_replicas: 50,
                rs_max_replicas: None,
                expected_fraction: 10,
            },
            Case {
                name: "scale up by 1/5 should increase RS replicas by 1/5 when max-replicas annotation is incorrectly set to 0 (by a 3rd party)",
                deployment_replicas: 120,
                deployment_status_replicas: 100,
                deployment_max_surge: 0,
                rs_replicas: 50,
                rs_max_replicas: Some("0"),
                expected_fraction: 10,
            },
            Case {
                name: "scale up by 1/5 should increase RS replicas by 1/5",
                deployment_replicas: 120,
                deployment_status_replicas: 0,
                deployment_max_surge: 0,
                rs_replicas: 50,
                rs_max_replicas: Some("100"),
                expected_fraction: 10,
            },
            Case {
                // Not the whole 1/5 (10): the surge pods scale proportionally too.
                name: "scale up with maxSurge by 1/5 should increase RS replicas approximately by 1/5",
                deployment_replicas: 120,
                deployment_status_replicas: 0,
                deployment_max_surge: 10,
                rs_replicas: 50,
                rs_max_replicas: Some("110"),
                expected_fraction: 9,
            },
            Case {
                name: "scale down by 1/6 should decrease RS replicas by 1/6",
                deployment_replicas: 10,
                deployment_status_replicas: 0,
                deployment_max_surge: 0,
                rs_replicas: 6,
                rs_max_replicas: Some("12"),
                expected_fraction: -1,
            },
            Case {
                // round(50 × 110 / 130) = round(42.3) = 42.
                name: "scale down with maxSurge by 1/6 should decrease RS replicas approximately by 1/6",
                deployment_replicas: 100,
                deployment_status_replicas: 0,
                deployment_max_surge: 10,
                rs_replicas: 50,
                rs_max_replicas: Some("130"),
                expected_fraction: -8,
            },
        ];
        for case in &cases {
            let mut d = rolling(
                case.deployment_replicas,
                Some(int(case.deployment_max_surge)),
                Some(int(1)),
            );
            d.status.replicas = case.deployment_status_replicas;
            let mut rs = rs("rs", case.rs_replicas, SimTime::ZERO);
            if let Some(v) = case.rs_max_replicas {
                rs.meta
                    .annotations
                    .insert(MAX_REPLICAS_ANNOTATION.into(), v.into());
            }
            assert_eq!(
                get_replica_set_fraction(&rs, &d),
                case.expected_fraction,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn get_proportions() {
        struct Case {
            name: &'static str,
            rs_replicas: i32,
            to_add: i32,
            added: i32,
            expected: i32,
        }
        // Deployment scaled 5 → 10, RSs annotated max-replicas 5: fraction = rs.replicas.
        let d = rolling(10, None, None);
        let cases = [
            Case {
                name: "empty RS gets nothing",
                rs_replicas: 0,
                to_add: 5,
                added: 0,
                expected: 0,
            },
            Case {
                name: "nothing to add",
                rs_replicas: 3,
                to_add: 0,
                added: 0,
                expected: 0,
            },
            Case {
                name: "all added already",
                rs_replicas: 3,
                to_add: 5,
                added: 5,
                expected: 0,
            },
            Case {
                name: "fraction 3 of 5 to add",
                rs_replicas: 3,
                to_add: 5,
                added: 0,
                expected: 3,
            },
            Case {
                name: "capped by what is left: min(2, 5 − 4)",
                rs_replicas: 2,
                to_add: 5,
                added: 4,
                expected: 1,
            },
        ];
        for case in &cases {
            let mut rs = rs("rs", case.rs_replicas, SimTime::ZERO);
            set_replicas_annotations(&mut rs, 5, 5);
            assert_eq!(
                get_proportion(&rs, &d, case.to_add, case.added),
                case.expected,
                "{}",
                case.name
            );
        }
        // Shrinking 10 → 4 (annotated 10): fraction round(6 × 4 / 10) − 6 = −4, capped by
        // max(−4, −6 − (−3)) = −3.
        let d = rolling(4, None, None);
        let mut rs = rs("rs", 6, SimTime::ZERO);
        set_replicas_annotations(&mut rs, 10, 10);
        assert_eq!(
            get_proportion(&rs, &d, -6, -3),
            -3,
            "shrinking: capped by what is left to remove"
        );
    }

    // --- sync_test.go: TestScale ----------------------------------------------------------

    /// The decisions of upstream `scale` (sync.go), built from the calculators above:
    /// the new size of every RS by name.
    fn scale_sizes(
        d: &Deployment,
        new_rs: Option<&ReplicaSet>,
        old_rss: &[&ReplicaSet],
    ) -> BTreeMap<String, i32> {
        let mut sizes: BTreeMap<String, i32> = old_rss
            .iter()
            .copied()
            .chain(new_rs)
            .map(|rs| (rs.meta.name.clone(), rs.spec.replicas))
            .collect();
        // One active (or none): it takes the whole size.
        if let Some(rs) = find_active_or_latest(new_rs, old_rss) {
            sizes.insert(rs.meta.name.clone(), d.spec.replicas);
            return sizes;
        }
        // A saturated new RS: the old ones go to 0.
        if is_saturated(d, new_rs) {
            for old in filter_active_replica_sets(old_rss) {
                sizes.insert(old.meta.name.clone(), 0);
            }
            return sizes;
        }
        if !is_rolling_update(d) {
            return sizes;
        }
        let mut candidates = old_rss.to_vec();
        candidates.extend(new_rs);
        let mut all_rss = filter_active_replica_sets(&candidates);
        let allowed_size = if d.spec.replicas > 0 {
            d.spec.replicas + max_surge(d)
        } else {
            0
        };
        let to_add = allowed_size - get_replica_count_for_replica_sets(&all_rss);
        if to_add > 0 {
            sort_by_size_newer(&mut all_rss);
        } else if to_add < 0 {
            sort_by_size_older(&mut all_rss);
        }
        let mut added = 0;
        let mut name_to_size = BTreeMap::new();
        for rs in &all_rss {
            let proportion = if to_add != 0 {
                get_proportion(rs, d, to_add, added)
            } else {
                0
            };
            name_to_size.insert(rs.meta.name.clone(), rs.spec.replicas + proportion);
            added += proportion;
        }
        for (i, rs) in all_rss.iter().enumerate() {
            let mut size = name_to_size[&rs.meta.name];
            // Leftovers go to the first (largest) RS.
            if i == 0 && to_add != 0 {
                size = (size + to_add - added).max(0);
            }
            sizes.insert(rs.meta.name.clone(), size);
        }
        sizes
    }

    #[test]
    fn test_scale() {
        struct Case {
            name: &'static str,
            deployment: Deployment,
            old_deployment: Deployment,
            new_rs: Option<ReplicaSet>,
            old_rss: Vec<ReplicaSet>,
            expected_new: Option<i32>,
            expected_old: Vec<i32>,
            desired_replicas_annotations: Vec<(&'static str, i32)>,
        }
        let new_ts = secs(7200);
        let old_ts = secs(3600);
        let older_ts = secs(0);
        let nd = |replicas| rolling(replicas, None, None);
        let nd_surge = |replicas, surge| rolling(replicas, Some(int(surge)), None);
        let updated_template = |replicas| {
            let mut d = rolling(replicas, None, None);
            d.spec
                .template
                .labels
                .insert("another".into(), "label".into());
            d
        };
        let cases = vec![
            Case {
                name: "normal scaling event: 10 -> 12",
                deployment: nd(12),
                old_deployment: nd(10),
                new_rs: Some(rs("foo-v1", 10, new_ts)),
                old_rss: vec![],
                expected_new: Some(12),
                expected_old: vec![],
                desired_replicas_annotations: vec![],
            },
            Case {
                name: "normal scaling event: 10 -> 5",
                deployment: nd(5),
                old_deployment: nd(10),
                new_rs: Some(rs("foo-v1", 10, new_ts)),
                old_rss: vec![],
                expected_new: Some(5),
                expected_old: vec![],
                desired_replicas_annotations: vec![],
            },
            Case {
                name: "proportional scaling: 5 -> 10",
                deployment: nd(10),
                old_deployment: nd(5),
                new_rs: Some(rs("foo-v2", 2, new_ts)),
                old_rss: vec![rs("foo-v1", 3, old_ts)],
                expected_new: Some(4),
                expected_old: vec![6],
                desired_replicas_annotations: vec![],
            },
            Case {
                name: "proportional scaling: 5 -> 3",
                deployment: nd(3),
                old_deployment: nd(5),
                new_rs: Some(rs("foo-v2", 2, new_ts)),
                old_rss: vec![rs("foo-v1", 3, old_ts)],
                expected_new: Some(1),
                expected_old: vec![2],
                desired_replicas_annotations: vec![],
            },
            Case {
                name: "proportional scaling: 9 -> 4",
                deployment: nd(4),
                old_deployment: nd(9),
                new_rs: Some(rs("foo-v2", 8, new_ts)),
                old_rss: vec![rs("foo-v1", 1, old_ts)],
                expected_new: Some(4),
                expected_old: vec![0],
                desired_replicas_annotations: vec![],
            },
            Case {
                name: "proportional scaling: 7 -> 10",
                deployment: nd(10),
                old_deployment: nd(7),
                new_rs: Some(rs("foo-v3", 2, new_ts)),
                old_rss: vec![rs("foo-v2", 3, old_ts), rs("foo-v1", 2, older_ts)],
                expected_new: Some(3),
                expected_old: vec![4, 3],
                desired_replicas_annotations: vec![],
            },
            Case {
                name: "proportional scaling: 13 -> 8",
                deployment: nd(8),
                old_deployment: nd(13),
                new_rs: Some(rs("foo-v3", 2, new_ts)),
                old_rss: vec![rs("foo-v2", 8, old_ts), rs("foo-v1", 3, older_ts)],
                expected_new: Some(1),
                expected_old: vec![5, 2],
                desired_replicas_annotations: vec![],
            },
            // Scales up the new replica set.
            Case {
                name: "leftover distribution: 3 -> 4",
                deployment: nd(4),
                old_deployment: nd(3),
                new_rs: Some(rs("foo-v3", 1, new_ts)),
                old_rss: vec![rs("foo-v2", 1, old_ts), rs("foo-v1", 1, older_ts)],
                expected_new: Some(2),
                expected_old: vec![1, 1],
                desired_replicas_annotations: vec![],
            },
            // Scales down the older replica set.
            Case {
                name: "leftover distribution: 3 -> 2",
                deployment: nd(2),
                old_deployment: nd(3),
                new_rs: Some(rs("foo-v3", 1, new_ts)),
                old_rss: vec![rs("foo-v2", 1, old_ts), rs("foo-v1", 1, older_ts)],
                expected_new: Some(1),
                expected_old: vec![1, 0],
                desired_replicas_annotations: vec![],
            },
            // Scales up the latest replica set first.
            Case {
                name: "proportional scaling (no new rs): 4 -> 5",
                deployment: nd(5),
                old_deployment: nd(4),
                new_rs: None,
                old_rss: vec![rs("foo-v2", 2, old_ts), rs("foo-v1", 2, older_ts)],
                expected_new: None,
                expected_old: vec![3, 2],
                desired_replicas_annotations: vec![],
            },
            // Scales down to zero
            Case {
                name: "proportional scaling: 6 -> 0",
                deployment: nd(0),
                old_deployment: nd(6),
                new_rs: Some(rs("foo-v3", 3, new_ts)),
                old_rss: vec![rs("foo-v2", 2, old_ts), rs("foo-v1", 1, older_ts)],
                expected_new: Some(0),
                expected_old: vec![0, 0],
                desired_replicas_annotations: vec![],
            },
            // Scales up from zero
            Case {
                name: "proportional scaling: 0 -> 6",
                deployment: nd(6),
                old_deployment: nd(6),
                new_rs: Some(rs("foo-v3", 0, new_ts)),
                old_rss: vec![rs("foo-v2", 0, old_ts), rs("foo-v1", 0, older_ts)],
                expected_new: Some(6),
                expected_old: vec![0, 0],
                desired_replicas_annotations: vec![],
            },
            // Scaled 3 → 5 with foo-v1..v3 at 1; foo-v2's update failed upstream, so here
            // (no failures) foo-v2 alone has grown: its annotation says 3, the others 5.
            Case {
                name: "failed rs update",
                deployment: nd(5),
                old_deployment: nd(5),
                new_rs: Some(rs("foo-v3", 2, new_ts)),
                old_rss: vec![rs("foo-v2", 1, old_ts), rs("foo-v1", 1, older_ts)],
                expected_new: Some(2),
                expected_old: vec![2, 1],
                desired_replicas_annotations: vec![("foo-v2", 3)],
            },
            Case {
                name: "deployment with surge pods",
                deployment: nd_surge(20, 2),
                old_deployment: nd_surge(10, 2),
                new_rs: Some(rs("foo-v2", 6, new_ts)),
                old_rss: vec![rs("foo-v1", 6, old_ts)],
                expected_new: Some(11),
                expected_old: vec![11],
                desired_replicas_annotations: vec![],
            },
            Case {
                name: "change both surge and size",
                deployment: nd_surge(50, 6),
                old_deployment: nd_surge(10, 3),
                new_rs: Some(rs("foo-v2", 5, new_ts)),
                old_rss: vec![rs("foo-v1", 8, old_ts)],
                expected_new: Some(22),
                expected_old: vec![34],
                desired_replicas_annotations: vec![],
            },
            Case {
                name: "change both size and template",
                deployment: updated_template(14),
                old_deployment: nd(10),
                new_rs: None,
                old_rss: vec![rs("foo-v2", 7, new_ts), rs("foo-v1", 3, old_ts)],
                expected_new: None,
                expected_old: vec![10, 4],
                desired_replicas_annotations: vec![],
            },
            Case {
                name: "saturated but broken new replica set does not affect old pods",
                deployment: rolling(2, Some(int(1)), Some(int(1))),
                old_deployment: rolling(2, Some(int(1)), Some(int(1))),
                new_rs: Some(rs("foo-v2", 2, new_ts)),
                old_rss: vec![rs("foo-v1", 1, old_ts)],
                expected_new: Some(2),
                expected_old: vec![1],
                desired_replicas_annotations: vec![],
            },
        ];
        for mut case in cases {
            // Every RS was last scaled by the old Deployment.
            let annotate = |rs: &mut ReplicaSet| {
                let desired = case
                    .desired_replicas_annotations
                    .iter()
                    .find(|(n, _)| *n == rs.meta.name)
                    .map_or(case.old_deployment.spec.replicas, |(_, d)| *d);
                set_replicas_annotations(rs, desired, desired + max_surge(&case.old_deployment));
            };
            if let Some(rs) = &mut case.new_rs {
                annotate(rs);
            }
            for rs in &mut case.old_rss {
                annotate(rs);
            }
            let old_refs: Vec<&ReplicaSet> = case.old_rss.iter().collect();
            let sizes = scale_sizes(&case.deployment, case.new_rs.as_ref(), &old_refs);
            if let (Some(expected), Some(new_rs)) = (case.expected_new, &case.new_rs) {
                assert_eq!(
                    sizes[&new_rs.meta.name], expected,
                    "{}: new replicas",
                    case.name
                );
            }
            for (rs, expected) in case.old_rss.iter().zip(&case.expected_old) {
                assert_eq!(
                    sizes[&rs.meta.name], *expected,
                    "{}: old ({}) replicas",
                    case.name, rs.meta.name
                );
            }
        }
    }

    // --- progress_test.go -------------------------------------------------------------------

    #[test]
    fn test_requeue_stuck_deployment() {
        struct Case {
            name: &'static str,
            d: Deployment,
            status: DeploymentStatus,
            now: SimTime,
            expected: Option<SimDuration>,
        }
        // 2017-02-15 18:49:00 as the origin.
        let stuck_at = secs(1000);
        let failed = vec![condition(
            DEPLOYMENT_PROGRESSING,
            CONDITION_FALSE,
            TIMED_OUT_REASON,
        )];
        let stuck = vec![DeploymentCondition {
            last_update_time: stuck_at,
            ..condition(DEPLOYMENT_PROGRESSING, CONDITION_TRUE, "")
        }];
        let new_status = |replicas, updated_replicas, available_replicas| DeploymentStatus {
            replicas,
            updated_replicas,
            available_replicas,
            ..DeploymentStatus::default()
        };
        // currentDeployment(pds, replicas, statusReplicas, updated, available, conditions)
        let current =
            |pds: Option<i32>, replicas, sr, ur, ar, conditions: &[DeploymentCondition]| {
                let mut d = recreate(replicas);
                d.meta.name = "progress-test".into();
                d.spec.progress_deadline_seconds = pds;
                d.status = new_status(sr, ur, ar);
                d.status.conditions = conditions.to_vec();
                d
            };
        let none = vec![];
        let pds = Some(60);
        let cases = [
            Case {
                name: "no progressDeadlineSeconds specified",
                d: current(None, 4, 3, 3, 2, &none),
                status: new_status(3, 3, 2),
                now: stuck_at,
                expected: None,
            },
            Case {
                name: "no progressing condition found",
                d: current(pds, 4, 3, 3, 2, &none),
                status: new_status(3, 3, 2),
                now: stuck_at,
                expected: None,
            },
            Case {
                name: "complete deployment does not need to be requeued",
                d: current(pds, 3, 3, 3, 3, &none),
                status: new_status(3, 3, 3),
                now: stuck_at,
                expected: None,
            },
            Case {
                name: "already failed deployment does not need to be requeued",
                d: current(pds, 3, 3, 3, 0, &failed),
                status: new_status(3, 3, 0),
                now: stuck_at,
                expected: None,
            },
            Case {
                name: "stuck deployment - 30s",
                d: current(pds, 3, 3, 3, 1, &stuck),
                status: new_status(3, 3, 1),
                now: stuck_at.plus(SimDuration::from_secs(30)),
                expected: Some(SimDuration::from_secs(30)),
            },
            Case {
                name: "stuck deployment - 1s",
                d: current(pds, 3, 3, 3, 1, &stuck),
                status: new_status(3, 3, 1),
                now: stuck_at.plus(SimDuration::from_secs(59)),
                expected: Some(SimDuration::from_secs(1)),
            },
            // Upstream: 18:49:59 + 1ns; our clock ticks in milliseconds.
            Case {
                name: "failed deployment - less than a second => now",
                d: current(pds, 3, 3, 3, 1, &stuck),
                status: new_status(3, 3, 1),
                now: stuck_at.plus(SimDuration::from_millis(59_001)),
                expected: Some(SimDuration::from_millis(0)),
            },
            Case {
                name: "failed deployment - now",
                d: current(pds, 3, 3, 3, 1, &stuck),
                status: new_status(3, 3, 1),
                now: stuck_at.plus(SimDuration::from_secs(60)),
                expected: Some(SimDuration::from_millis(0)),
            },
            Case {
                name: "failed deployment - 1s after deadline",
                d: current(pds, 3, 3, 3, 1, &stuck),
                status: new_status(3, 3, 1),
                now: stuck_at.plus(SimDuration::from_secs(61)),
                expected: Some(SimDuration::from_millis(0)),
            },
            Case {
                name: "failed deployment - 60s after deadline",
                d: current(pds, 3, 3, 3, 1, &stuck),
                status: new_status(3, 3, 1),
                now: stuck_at.plus(SimDuration::from_secs(120)),
                expected: Some(SimDuration::from_millis(0)),
            },
        ];
        for case in &cases {
            assert_eq!(
                requeue_stuck_deployment(&case.d, &case.status, case.now),
                case.expected,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn replica_failures() {
        let failure = |reason: &str, at: u64| ReplicaSetCondition {
            type_: DEPLOYMENT_REPLICA_FAILURE.into(),
            status: CONDITION_TRUE.into(),
            last_transition_time: secs(at),
            reason: reason.into(),
            message: format!("{reason} error"),
        };
        let mut old = rs("old", 1, SimTime::ZERO);
        old.status.conditions = vec![failure("FailedDelete", 5)];
        let mut new = rs("new", 1, secs(10));
        let all = [&old, &new];
        let got = get_replica_failures(&all, Some(&new));
        assert_eq!(got.len(), 1, "old RS failures when the new RS has none");
        assert_eq!(got[0].reason, "FailedDelete", "old RS failure");
        assert_eq!(
            (got[0].last_update_time, got[0].last_transition_time),
            (secs(5), secs(5)),
            "times"
        );
        new.status.conditions = vec![failure("FailedCreate", 7)];
        let all = [&old, &new];
        let got: Vec<String> = get_replica_failures(&all, Some(&new))
            .into_iter()
            .map(|c| c.reason)
            .collect();
        assert_eq!(got, ["FailedCreate"], "the new RS's failures win");
        assert!(get_replica_failures(&[], None).is_empty(), "no RSs");
    }

    // --- sync.go: calculateStatus, isScalingEvent ------------------------------------------

    #[test]
    fn calculate_statuses() {
        struct Case {
            name: &'static str,
            d: Deployment,
            // (spec, status.replicas, ready, available) per RS; the last one is the new RS.
            rss: Vec<(i32, i32, i32, i32)>,
            expected: (i32, i32, i32, i32, i32),
            available: (&'static str, &'static str),
        }
        let cases = [
            Case {
                // 3 desired, surge 1: specs 3 + 1 → 4 − 3 available = 1 unavailable.
                name: "surge: unavailable from spec totals",
                d: rolling(3, Some(int(1)), Some(int(0))),
                rss: vec![(3, 3, 3, 3), (1, 1, 0, 0)],
                expected: (4, 1, 3, 3, 1),
                available: (CONDITION_TRUE, MINIMUM_REPLICAS_AVAILABLE),
            },
            Case {
                name: "below minimum availability",
                d: rolling(4, Some(int(1)), Some(int(1))),
                rss: vec![(2, 2, 2, 2), (3, 3, 1, 0)],
                expected: (5, 3, 3, 2, 3),
                available: (CONDITION_FALSE, MINIMUM_REPLICAS_UNAVAILABLE),
            },
            Case {
                name: "scaling down: more available than specs is 0 unavailable",
                d: rolling(1, Some(int(1)), Some(int(0))),
                rss: vec![(1, 3, 3, 3)],
                expected: (3, 3, 3, 3, 0),
                available: (CONDITION_TRUE, MINIMUM_REPLICAS_AVAILABLE),
            },
            Case {
                name: "Recreate needs every replica available",
                d: recreate(3),
                rss: vec![(3, 3, 3, 2)],
                expected: (3, 3, 3, 2, 1),
                available: (CONDITION_FALSE, MINIMUM_REPLICAS_UNAVAILABLE),
            },
            Case {
                name: "0 replicas is always available",
                d: recreate(0),
                rss: vec![],
                expected: (0, 0, 0, 0, 0),
                available: (CONDITION_TRUE, MINIMUM_REPLICAS_AVAILABLE),
            },
        ];
        for case in &cases {
            let rss: Vec<ReplicaSet> = case
                .rss
                .iter()
                .enumerate()
                .map(
                    |(i, &(spec, replicas, ready_replicas, available_replicas))| {
                        rs_with_status(
                            &format!("rs-{i}"),
                            spec,
                            ReplicaSetStatus {
                                replicas,
                                ready_replicas,
                                available_replicas,
                                ..ReplicaSetStatus::default()
                            },
                        )
                    },
                )
                .collect();
            let all: Vec<&ReplicaSet> = rss.iter().collect();
            let mut d = case.d.clone();
            d.meta.generation = 7;
            d.status.collision_count = Some(2);
            d.status.conditions = vec![cond_progressing2()];
            let st = calculate_status(&all, all.last().copied(), &d, SimTime(12_345));
            assert_eq!(
                (
                    st.replicas,
                    st.updated_replicas,
                    st.ready_replicas,
                    st.available_replicas,
                    st.unavailable_replicas
                ),
                case.expected,
                "{}",
                case.name
            );
            assert_eq!(
                (st.observed_generation, st.collision_count),
                (7, Some(2)),
                "{}",
                case.name
            );
            assert_eq!(
                st.conditions[0],
                cond_progressing2(),
                "{}: other conditions copied",
                case.name
            );
            let available =
                get_deployment_condition(&st, DEPLOYMENT_AVAILABLE).expect("Available condition");
            assert_eq!(
                (available.status.as_str(), available.reason.as_str()),
                case.available,
                "{}",
                case.name
            );
            assert_eq!(
                available.last_update_time,
                secs(12),
                "{}: time to the second",
                case.name
            );
        }
    }

    #[test]
    fn scaling_events() {
        let d = rolling(5, None, None);
        let mut a = rs("a", 3, SimTime::ZERO);
        let mut b = rs("b", 0, SimTime::ZERO);
        set_replicas_annotations(&mut a, 5, 5);
        set_replicas_annotations(&mut b, 3, 3);
        assert!(
            !is_scaling_event(&d, &[&a, &b]),
            "inactive RSs do not count"
        );
        b.spec.replicas = 1;
        assert!(
            is_scaling_event(&d, &[&a, &b]),
            "an active RS annotated for another size"
        );
        b.meta.annotations.clear();
        assert!(
            !is_scaling_event(&d, &[&a, &b]),
            "no annotation, no scaling event"
        );
    }

    #[test]
    fn find_active_or_latest_cases() {
        struct Case {
            name: &'static str,
            new_rs: Option<(i32, u64)>,
            old_rss: Vec<(&'static str, i32, u64)>,
            expected: Option<&'static str>,
        }
        let cases = [
            Case {
                name: "nothing",
                new_rs: None,
                old_rss: vec![],
                expected: None,
            },
            Case {
                name: "one active old",
                new_rs: Some((0, 9)),
                old_rss: vec![("a", 2, 1)],
                expected: Some("a"),
            },
            Case {
                name: "one active: the new",
                new_rs: Some((3, 9)),
                old_rss: vec![("a", 0, 1)],
                expected: Some("new"),
            },
            Case {
                name: "none active: the new",
                new_rs: Some((0, 9)),
                old_rss: vec![("a", 0, 1)],
                expected: Some("new"),
            },
            Case {
                name: "none active, no new: the newest old",
                new_rs: None,
                old_rss: vec![("a", 0, 1), ("c", 0, 5), ("b", 0, 3)],
                expected: Some("c"),
            },
            Case {
                name: "two active: none",
                new_rs: Some((1, 9)),
                old_rss: vec![("a", 1, 1)],
                expected: None,
            },
        ];
        for case in &cases {
            let new_rs = case.new_rs.map(|(r, t)| rs("new", r, secs(t)));
            let olds: Vec<ReplicaSet> = case
                .old_rss
                .iter()
                .map(|&(n, r, t)| rs(n, r, secs(t)))
                .collect();
            let old_refs: Vec<&ReplicaSet> = olds.iter().collect();
            let got =
                find_active_or_latest(new_rs.as_ref(), &old_refs).map(|rs| rs.meta.name.as_str());
            assert_eq!(got, case.expected, "{}", case.name);
        }
    }

    #[test]
    fn sort_orders() {
        struct Case {
            name: &'static str,
            sort: fn(&mut [&ReplicaSet]),
            expected: Vec<&'static str>,
        }
        // (name, replicas, created, revision)
        let mk = |name: &str, replicas, created, revision: &str| {
            let mut rs = rs(name, replicas, secs(created));
            if !revision.is_empty() {
                rs.meta
                    .annotations
                    .insert(REVISION_ANNOTATION.into(), revision.into());
            }
            rs
        };
        let rss = [
            mk("d", 2, 20, "3"),
            mk("b", 2, 10, "1"),
            mk("a", 5, 10, "4"),
            mk("c", 2, 10, "1"),
            mk("e", 1, 30, ""),
        ];
        let cases = [
            Case {
                name: "ReplicaSetsByCreationTimestamp",
                sort: sort_by_creation,
                expected: vec!["a", "b", "c", "d", "e"],
            },
            Case {
                name: "reverse ReplicaSetsByCreationTimestamp",
                sort: sort_by_creation_desc,
                expected: vec!["e", "d", "c", "b", "a"],
            },
            Case {
                name: "ReplicaSetsBySizeNewer",
                sort: sort_by_size_newer,
                expected: vec!["a", "d", "c", "b", "e"],
            },
            Case {
                name: "ReplicaSetsBySizeOlder",
                sort: sort_by_size_older,
                expected: vec!["a", "b", "c", "d", "e"],
            },
            // Missing revision = 0 sorts first; equal revisions 1 by creation then name.
            Case {
                name: "ReplicaSetsByRevision",
                sort: sort_by_revision,
                expected: vec!["e", "b", "c", "d", "a"],
            },
        ];
        for case in &cases {
            let mut refs: Vec<&ReplicaSet> = rss.iter().collect();
            (case.sort)(&mut refs);
            assert_eq!(names(&refs), case.expected, "{}", case.name);
        }
    }

    // --- ComputeHash and names ---------------------------------------------------------------

    #[test]
    fn compute_hash_properties() {
        let base = template("nginx:1.25");
        let hash = compute_hash(&base, None);
        assert_eq!(
            hash,
            compute_hash(&base.clone(), None),
            "same template, same hash"
        );
        assert_ne!(
            hash,
            compute_hash(&template("nginx:1.26"), None),
            "another image, another hash"
        );
        assert_ne!(
            hash,
            compute_hash(&base, Some(1)),
            "collisionCount changes the hash"
        );
        assert_ne!(
            compute_hash(&base, Some(1)),
            compute_hash(&base, Some(2)),
            "each collisionCount differs"
        );
        assert_ne!(
            hash,
            compute_hash(&base, Some(0)),
            "collisionCount 0 still adds 8 bytes"
        );
        let mut labelled = base.clone();
        labelled.labels.insert("tier".into(), "web".into());
        assert_ne!(
            hash,
            compute_hash(&labelled, None),
            "labels are part of the template"
        );
        for i in 0..200 {
            let h = compute_hash(&template(&format!("img-{i}")), Some(i));
            assert!(!h.is_empty() && h.len() <= 10, "1–10 characters: {h}");
            assert!(
                h.chars().all(|c| "456789bcdf".contains(c)),
                "alphabet 456789bcdf: {h}"
            );
            assert!(!h.starts_with('4'), "never a leading 4: {h}");
        }
        // The digit map of SafeEncodeString.
        assert_eq!(safe_encode_string("0123456789"), "456789bcdf", "digit map");
        assert_eq!(
            safe_encode_string("3826194597"),
            "7d6b5f89fc",
            "worked example"
        );
    }

    #[test]
    fn replica_set_names() {
        struct Case {
            name: &'static str,
            deployment: String,
            hash: &'static str,
            expected_len: usize,
            expected_prefix_len: usize,
        }
        let cases = [
            Case {
                name: "short",
                deployment: "nginx".into(),
                hash: "cd55c47f5",
                expected_len: 15,
                expected_prefix_len: 5,
            },
            Case {
                name: "250 chars + 10-char hash keeps 242",
                deployment: "a".repeat(250),
                hash: "66b6c48dd5",
                expected_len: 253,
                expected_prefix_len: 242,
            },
            Case {
                name: "exactly at the bound: untouched",
                deployment: "a".repeat(242),
                hash: "66b6c48dd5",
                expected_len: 253,
                expected_prefix_len: 242,
            },
        ];
        for case in &cases {
            let got = replica_set_name(&case.deployment, case.hash);
            assert_eq!(got.len(), case.expected_len, "{}", case.name);
            assert_eq!(
                got,
                format!(
                    "{}-{}",
                    &case.deployment[..case.expected_prefix_len],
                    case.hash
                ),
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn condition_messages() {
        assert_eq!(
            new_replica_set_message("web-7d9f"),
            "Created new replica set \"web-7d9f\"",
            "NewReplicaSetCreated"
        );
        assert_eq!(
            found_new_rs_message("web-7d9f"),
            "Found new replica set \"web-7d9f\"",
            "FoundNewReplicaSet"
        );
        assert_eq!(
            failed_rs_create_message("web-7d9f", "quota exceeded"),
            "Failed to create new replica set \"web-7d9f\": quota exceeded",
            "ReplicaSetCreateError"
        );
        assert_eq!(
            replica_set_updated_message("web", Some("web-7d9f")),
            "ReplicaSet \"web-7d9f\" is progressing.",
            "updated"
        );
        assert_eq!(
            replica_set_updated_message("web", None),
            "Deployment \"web\" is progressing.",
            "updated, no RS"
        );
        assert_eq!(
            new_rs_available_message("web", Some("web-7d9f")),
            "ReplicaSet \"web-7d9f\" has successfully progressed.",
            "NewReplicaSetAvailable"
        );
        assert_eq!(
            timed_out_message("web", None),
            "Deployment \"web\" has timed out progressing.",
            "timed out"
        );
    }

    #[test]
    fn template_copy_for_rollback() {
        let mut d = generate_deployment("nginx");
        let mut t = template("nginx:old");
        t.labels
            .insert(POD_TEMPLATE_HASH_LABEL.into(), "5f8c".into());
        set_from_replica_set_template(&mut d, &t);
        assert!(
            !d.spec.template.labels.contains_key(POD_TEMPLATE_HASH_LABEL),
            "hash label dropped"
        );
        assert!(equal_ignore_hash(&d.spec.template, &t), "template copied");
        assert!(
            has_progress_deadline(&Deployment {
                spec: DeploymentSpec {
                    progress_deadline_seconds: Some(600),
                    ..d.spec.clone()
                },
                ..d.clone()
            }),
            "600s deadline"
        );
        assert!(
            !has_revision_history_limit(&Deployment {
                spec: DeploymentSpec {
                    revision_history_limit: Some(i32::MAX),
                    ..d.spec.clone()
                },
                ..d.clone()
            }),
            "MaxInt32 is unlimited"
        );
        assert!(
            has_revision_history_limit(&Deployment {
                spec: DeploymentSpec {
                    revision_history_limit: Some(0),
                    ..d.spec.clone()
                },
                ..d
            }),
            "0 is a limit"
        );
    }
}
