//! The ReplicaSet controller (`pkg/controller/replicaset/replica_set.go`): claim pods
//! (adopt matching orphans, release owned pods that stopped matching), create or delete
//! toward `spec.replicas` (at most `burst_replicas` per sync, deleting by
//! `getPodsToDelete`'s ranking), and compute status.

use std::collections::BTreeMap;

use super::Action;
use crate::model::pod::PodPhase;
use crate::model::replicaset::{ReplicaSet, ReplicaSetStatus};
use crate::model::{ObjectMeta, OwnerReference, Pod};
use crate::store::{NsName, Store};
use crate::time::{SimDuration, SimTime};

/// `BurstReplicas`: the most pods created or deleted in one sync.
pub const BURST_REPLICAS: usize = 500;

/// The annotation that orders pods for deletion (lower first).
pub const POD_DELETION_COST: &str = "controller.kubernetes.io/pod-deletion-cost";

/// `syncReplicaSet` for one ReplicaSet: the actions to take.
pub fn sync_replica_set(store: &Store, key: &NsName, now: SimTime) -> Vec<Action> {
    let Some(rs) = store.replicasets.get(key) else {
        return vec![];
    };
    let mut actions = Vec::new();
    let selector = rs.spec.selector.to_selector();

    // Claim pods: owned ones that match stay, owned ones that do not are released,
    // orphans that match are adopted (unless either side is being deleted).
    let mut claimed: Vec<&Pod> = Vec::new();
    for pod in store.pods_controlled_by(&rs.meta.uid) {
        if !pod.is_active() {
            continue;
        }
        if rs.spec.selector.matches(&pod.meta.labels) {
            claimed.push(pod);
        } else if rs.meta.deletion_timestamp.is_none() {
            actions.push(Action::ReleasePod {
                pod: (pod.meta.namespace.clone(), pod.meta.name.clone()),
                owner_uid: rs.meta.uid.clone(),
            });
        }
    }
    if rs.meta.deletion_timestamp.is_none() && !selector.is_everything() {
        for pod in store.orphan_pods_in(&rs.meta.namespace) {
            if !pod.is_active() || !selector.matches(&pod.meta.labels) {
                continue;
            }
            actions.push(Action::AdoptPod {
                pod: (pod.meta.namespace.clone(), pod.meta.name.clone()),
                owner: OwnerReference::controller_ref(
                    "apps/v1",
                    "ReplicaSet",
                    &rs.meta.name,
                    &rs.meta.uid,
                ),
            });
            claimed.push(pod);
        }
    }
    claimed.sort_by(|a, b| a.meta.name.cmp(&b.meta.name));

    if rs.meta.deletion_timestamp.is_none() {
        manage_replicas(store, rs, &claimed, now, &mut actions);
    }

    let status = calculate_status(rs, &claimed, now);
    if status != rs.status {
        actions.push(Action::UpdateReplicaSetStatus {
            rs: key.clone(),
            status: status.clone(),
        });
    }
    if rs.spec.min_ready_seconds > 0
        && status.ready_replicas == rs.spec.replicas
        && status.available_replicas != rs.spec.replicas
    {
        actions.push(Action::RequeueReplicaSet {
            rs: key.clone(),
            after: SimDuration::from_secs(rs.spec.min_ready_seconds as u64),
        });
    }
    actions
}

fn manage_replicas(
    store: &Store,
    rs: &ReplicaSet,
    pods: &[&Pod],
    now: SimTime,
    actions: &mut Vec<Action>,
) {
    let diff = pods.len() as i64 - i64::from(rs.spec.replicas);
    let key = (rs.meta.namespace.clone(), rs.meta.name.clone());
    if diff < 0 {
        let count = ((-diff) as usize).min(BURST_REPLICAS);
        actions.push(Action::CreatePods {
            rs: key,
            count,
            template: Box::new(pod_from_template(rs)),
        });
    } else if diff > 0 {
        let count = (diff as usize).min(BURST_REPLICAS);
        let related = related_pods(store, rs);
        let victims = get_pods_to_delete(pods, &related, count, now);
        actions.push(Action::DeletePods {
            rs: key,
            pods: victims
                .iter()
                .map(|p| (p.meta.namespace.clone(), p.meta.name.clone()))
                .collect(),
        });
    }
}

/// The pod a ReplicaSet stamps out (`GetPodFromTemplate`): template labels and
/// annotations, `generateName: <rs>-`, a controller reference; name and uid are filled
/// in on creation.
pub fn pod_from_template(rs: &ReplicaSet) -> Pod {
    let t = &rs.spec.template;
    Pod {
        meta: ObjectMeta {
            generate_name: Some(format!("{}-", rs.meta.name)),
            namespace: rs.meta.namespace.clone(),
            labels: t.labels.clone(),
            annotations: t.annotations.clone(),
            owner_references: vec![OwnerReference::controller_ref(
                "apps/v1",
                "ReplicaSet",
                &rs.meta.name,
                &rs.meta.uid,
            )],
            ..ObjectMeta::default()
        },
        spec: t.spec.clone(),
        node_name: None,
        api_access_suffix: None,
        status: Default::default(),
    }
}

/// Active pods of the ReplicaSets that share this one's controller (`getIndirectlyRelatedPods`).
fn related_pods<'a>(store: &'a Store, rs: &ReplicaSet) -> Vec<&'a Pod> {
    let Some(owner) = rs.meta.controller_ref() else {
        return vec![];
    };
    let mut out: Vec<&Pod> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for related in store.replicasets_controlled_by(&owner.uid) {
        let sel = related.spec.selector.to_selector();
        for pod in store.pods_controlled_by(&related.meta.uid) {
            if pod.is_active() && sel.matches(&pod.meta.labels) && seen.insert(pod.meta.uid.clone())
            {
                out.push(pod);
            }
        }
    }
    out
}

/// `getPodsToDelete`: rank by co-located related pods, sort by `ActivePodsWithRanks`,
/// take the first `diff`.
pub fn get_pods_to_delete<'a>(
    pods: &[&'a Pod],
    related: &[&Pod],
    diff: usize,
    now: SimTime,
) -> Vec<&'a Pod> {
    if diff >= pods.len() {
        return pods.to_vec();
    }
    let mut per_node: BTreeMap<&str, i64> = BTreeMap::new();
    for p in related {
        if let Some(n) = p.node_name.as_deref() {
            *per_node.entry(n).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&Pod, i64)> = pods
        .iter()
        .map(|p| {
            let rank = p
                .node_name
                .as_deref()
                .and_then(|n| per_node.get(n))
                .copied()
                .unwrap_or(0);
            (*p, rank)
        })
        .collect();
    // Go's sort.Sort tolerates the comparator's inconsistencies (logarithmic buckets with
    // uid tie-breaks are not transitive); Rust's sort does not, so sort by a total key that
    // agrees with `compare_for_deletion` wherever that is consistent.
    ranked.sort_by_cached_key(|(p, rank)| deletion_key(p, *rank, now));
    ranked.into_iter().take(diff).map(|(p, _)| p).collect()
}

fn phase_ordinal(p: PodPhase) -> u8 {
    match p {
        PodPhase::Pending => 0,
        PodPhase::Unknown => 1,
        PodPhase::Running => 2,
        _ => 0,
    }
}

fn deletion_cost(p: &Pod) -> i32 {
    p.meta
        .annotations
        .get(POD_DELETION_COST)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// ⌊log2(now − t in ns)⌋, or −1 when t is not in the past.
fn log_bucket(t: SimTime, now: SimTime) -> i64 {
    let d_ns = (now.millis() as f64 - t.truncate_to_second().millis() as f64) * 1e6;
    if d_ns > 0.0 {
        d_ns.log2().floor() as i64
    } else {
        -1
    }
}

/// A total sort key following `ActivePodsWithRanks.Less` (smaller = deleted first).
fn deletion_key(
    p: &Pod,
    rank: i64,
    now: SimTime,
) -> (bool, u8, bool, i32, i64, i64, i32, i64, String) {
    let ready = p.is_ready();
    let ready_bucket = if ready {
        p.ready_since().map_or(-1, |t| log_bucket(t, now))
    } else {
        0
    };
    let max_restarts = p
        .status
        .container_statuses
        .iter()
        .map(|c| c.restart_count)
        .max()
        .unwrap_or(0);
    (
        p.node_name.is_some(),
        phase_ordinal(p.status.phase),
        ready,
        deletion_cost(p),
        -rank,
        ready_bucket,
        -max_restarts,
        log_bucket(p.meta.creation_timestamp, now),
        p.meta.uid.clone(),
    )
}

/// `ActivePodsWithRanks.Less` as an ordering (Less = deleted first), transcribed as is; the
/// tests check that [`deletion_key`] agrees with it.
#[cfg(test)]
fn compare_for_deletion(a: &(&Pod, i64), b: &(&Pod, i64), now: SimTime) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (pa, ra) = a;
    let (pb, rb) = b;
    // 1. Unassigned before assigned.
    let (na, nb) = (pa.node_name.is_none(), pb.node_name.is_none());
    if na != nb {
        return if na {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    // 2. Pending < Unknown < Running.
    let (oa, ob) = (
        phase_ordinal(pa.status.phase),
        phase_ordinal(pb.status.phase),
    );
    if oa != ob {
        return oa.cmp(&ob);
    }
    // 3. Not ready before ready.
    let (ya, yb) = (pa.is_ready(), pb.is_ready());
    if ya != yb {
        return if !ya {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    // 4. Lower deletion cost first.
    let (ca, cb) = (deletion_cost(pa), deletion_cost(pb));
    if ca != cb {
        return ca.cmp(&cb);
    }
    // 5. More co-located pods first.
    if ra != rb {
        return rb.cmp(ra);
    }
    // 6. Both ready: more recently ready first (logarithmic buckets, then UID).
    if ya && yb {
        let (ta, tb) = (pa.ready_since(), pb.ready_since());
        if let (Some(ta), Some(tb)) = (ta, tb) {
            if ta.truncate_to_second() != tb.truncate_to_second() {
                let diff = log_bucket(ta, now) - log_bucket(tb, now);
                if diff == 0 {
                    return pa.meta.uid.cmp(&pb.meta.uid);
                }
                return diff.cmp(&0);
            }
        }
    }
    // 7. Higher max restart count first.
    let max_restarts = |p: &Pod| {
        p.status
            .container_statuses
            .iter()
            .map(|c| c.restart_count)
            .max()
            .unwrap_or(0)
    };
    let (xa, xb) = (max_restarts(pa), max_restarts(pb));
    if xa != xb {
        return xb.cmp(&xa);
    }
    // 8. Newer first (logarithmic buckets, then UID).
    let (ca, cb) = (pa.meta.creation_timestamp, pb.meta.creation_timestamp);
    if ca != cb {
        let diff = log_bucket(ca, now) - log_bucket(cb, now);
        if diff == 0 {
            return pa.meta.uid.cmp(&pb.meta.uid);
        }
        return diff.cmp(&0);
    }
    Ordering::Equal
}

/// `calculateStatus` from the claimed active pods.
pub fn calculate_status(rs: &ReplicaSet, pods: &[&Pod], now: SimTime) -> ReplicaSetStatus {
    let template_labels = &rs.spec.template.labels;
    let mut st = ReplicaSetStatus {
        replicas: pods.len() as i32,
        observed_generation: rs.meta.generation,
        conditions: rs.status.conditions.clone(),
        ..ReplicaSetStatus::default()
    };
    for p in pods {
        if template_labels
            .iter()
            .all(|(k, v)| p.meta.labels.get(k) == Some(v))
        {
            st.fully_labeled_replicas += 1;
        }
        if p.is_ready() {
            st.ready_replicas += 1;
            if p.is_available(rs.spec.min_ready_seconds, now) {
                st.available_replicas += 1;
            }
        }
    }
    st
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::pod::{PodCondition, PodStatus};
    use std::cmp::Ordering;
    use std::rc::Rc;

    fn pod(
        name: &str,
        node: Option<&str>,
        phase: PodPhase,
        ready_at: Option<u64>,
        created: u64,
    ) -> Pod {
        let mut status = PodStatus {
            phase,
            ..PodStatus::default()
        };
        if let Some(t) = ready_at {
            status.conditions.push(PodCondition {
                type_: "Ready".into(),
                status: "True".into(),
                last_transition_time: SimTime(t * 1000),
                reason: None,
                message: None,
            });
        }
        Pod {
            meta: ObjectMeta {
                name: name.into(),
                namespace: "default".into(),
                uid: format!("uid-{name}"),
                creation_timestamp: SimTime(created * 1000),
                ..ObjectMeta::default()
            },
            spec: Rc::new(crate::value::Value::object()),
            node_name: node.map(str::to_string),
            api_access_suffix: None,
            status,
        }
    }

    /// Transcribes `TestSortingActivePodsWithRanks` (controller_utils_test.go): each pod
    /// must sort before every later one.
    #[test]
    fn sorting_active_pods_with_ranks() {
        let now = SimTime(1_000_000 * 1000);
        struct Case {
            name: &'static str,
            earlier: (Pod, i64),
            later: (Pod, i64),
        }
        let cases = vec![
            Case {
                name: "unassigned before assigned",
                earlier: (pod("a", None, PodPhase::Pending, None, 10), 0),
                later: (pod("b", Some("n1"), PodPhase::Pending, None, 10), 0),
            },
            Case {
                name: "pending before running",
                earlier: (pod("a", Some("n1"), PodPhase::Pending, None, 10), 0),
                later: (pod("b", Some("n1"), PodPhase::Running, None, 10), 0),
            },
            Case {
                name: "unknown before running",
                earlier: (pod("a", Some("n1"), PodPhase::Unknown, None, 10), 0),
                later: (pod("b", Some("n1"), PodPhase::Running, None, 10), 0),
            },
            Case {
                name: "not ready before ready",
                earlier: (pod("a", Some("n1"), PodPhase::Running, None, 10), 0),
                later: (pod("b", Some("n1"), PodPhase::Running, Some(20), 10), 0),
            },
            Case {
                name: "doubled up before not doubled up",
                earlier: (pod("a", Some("n1"), PodPhase::Running, Some(20), 10), 2),
                later: (pod("b", Some("n2"), PodPhase::Running, Some(20), 10), 1),
            },
            Case {
                name: "ready more recently first",
                earlier: (
                    pod("a", Some("n1"), PodPhase::Running, Some(999_000), 10),
                    0,
                ),
                later: (pod("b", Some("n1"), PodPhase::Running, Some(10), 10), 0),
            },
            Case {
                name: "newer created first",
                earlier: (pod("a", Some("n1"), PodPhase::Running, None, 999_000), 0),
                later: (pod("b", Some("n1"), PodPhase::Running, None, 10), 0),
            },
        ];
        for c in &cases {
            let e = (&c.earlier.0, c.earlier.1);
            let l = (&c.later.0, c.later.1);
            assert_eq!(
                compare_for_deletion(&e, &l, now),
                Ordering::Less,
                "{}",
                c.name
            );
            assert_eq!(
                compare_for_deletion(&l, &e, now),
                Ordering::Greater,
                "{} (reversed)",
                c.name
            );
        }
    }

    #[test]
    fn deletion_cost_orders_before_rank() {
        let now = SimTime(100_000);
        let mut cheap = pod("cheap", Some("n1"), PodPhase::Running, Some(10), 10);
        cheap
            .meta
            .annotations
            .insert(POD_DELETION_COST.into(), "-5".into());
        let dear = pod("dear", Some("n1"), PodPhase::Running, Some(10), 10);
        assert_eq!(
            compare_for_deletion(&(&cheap, 0), &(&dear, 3), now),
            Ordering::Less
        );
    }

    #[test]
    fn same_log_bucket_breaks_ties_by_uid() {
        let now = SimTime(1_000_000 * 1000);
        let a = pod("a", Some("n1"), PodPhase::Running, Some(1000), 10);
        let b = pod("b", Some("n1"), PodPhase::Running, Some(1001), 10);
        // 999000s and 998999s ago fall in the same power-of-two bucket: uid decides.
        assert_eq!(
            compare_for_deletion(&(&a, 0), &(&b, 0), now),
            Ordering::Less
        );
        assert_eq!(
            compare_for_deletion(&(&b, 0), &(&a, 0), now),
            Ordering::Greater
        );
    }
}
