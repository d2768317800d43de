//! Controllers as pure reconcile functions: they read the [`Store`](crate::store::Store)
//! and return [`Action`]s; the cluster applies them (and records the events that need the
//! outcome, such as `Created pod: <generated name>`).

pub mod deployment;
pub mod hpa;
pub mod node_lifecycle;
pub mod replicaset;

use crate::model::replicaset::ReplicaSetStatus;
use crate::model::{OwnerReference, Pod};
use crate::store::NsName;
use crate::time::SimDuration;

/// What a controller wants done.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Add a controller reference to an orphan pod.
    AdoptPod {
        /// The pod.
        pod: NsName,
        /// The new owner.
        owner: OwnerReference,
    },
    /// Remove the controller reference with this uid from a pod.
    ReleasePod {
        /// The pod.
        pod: NsName,
        /// The owner's uid.
        owner_uid: String,
    },
    /// Create `count` pods from `template` for a ReplicaSet, in slow-start batches.
    CreatePods {
        /// The ReplicaSet.
        rs: NsName,
        /// How many.
        count: usize,
        /// The pod to stamp out (name generated from `meta.generate_name`).
        template: Box<Pod>,
    },
    /// Delete these pods of a ReplicaSet (gracefully).
    DeletePods {
        /// The ReplicaSet.
        rs: NsName,
        /// The pods, in deletion order.
        pods: Vec<NsName>,
    },
    /// Write a ReplicaSet's status.
    UpdateReplicaSetStatus {
        /// The ReplicaSet.
        rs: NsName,
        /// The new status.
        status: ReplicaSetStatus,
    },
    /// Sync this ReplicaSet again after a while.
    RequeueReplicaSet {
        /// The ReplicaSet.
        rs: NsName,
        /// When.
        after: SimDuration,
    },
}

/// `SlowStartBatch`: calls `f` `count` times in batches of 1, 2, 4, … (capped by what is
/// left); stops after the first batch with a failure. Returns the successes and the first
/// error.
pub fn slow_start_batch<E>(
    count: usize,
    initial: usize,
    mut f: impl FnMut() -> Result<(), E>,
) -> (usize, Option<E>) {
    let mut remaining = count;
    let mut successes = 0;
    let mut batch = initial.max(1).min(count);
    while batch > 0 {
        let mut first_err = None;
        for _ in 0..batch {
            match f() {
                Ok(()) => successes += 1,
                Err(e) => {
                    if first_err.is_none() {
                        first_err = Some(e);
                    }
                }
            }
        }
        if first_err.is_some() {
            return (successes, first_err);
        }
        remaining -= batch;
        batch = (2 * batch).min(remaining);
    }
    (successes, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slow_start_batches() {
        struct Case {
            name: &'static str,
            count: usize,
            fail_at: Option<usize>,
            want_calls: usize,
            want_ok: usize,
        }
        let cases = [
            Case {
                name: "all succeed",
                count: 10,
                fail_at: None,
                want_calls: 10,
                want_ok: 10,
            },
            Case {
                name: "zero",
                count: 0,
                fail_at: None,
                want_calls: 0,
                want_ok: 0,
            },
            // Batches 1, 2, 4, 3: a failure on call 5 (batch of 4) finishes that batch, then stops.
            Case {
                name: "failure in third batch",
                count: 10,
                fail_at: Some(5),
                want_calls: 7,
                want_ok: 6,
            },
            Case {
                name: "failure first",
                count: 10,
                fail_at: Some(1),
                want_calls: 1,
                want_ok: 0,
            },
        ];
        for c in &cases {
            let mut calls = 0;
            let (ok, err) = slow_start_batch(c.count, 1, || {
                calls += 1;
                if Some(calls) == c.fail_at {
                    Err("boom")
                } else {
                    Ok(())
                }
            });
            assert_eq!(calls, c.want_calls, "{}", c.name);
            assert_eq!(ok, c.want_ok, "{}", c.name);
            assert_eq!(err.is_some(), c.fail_at.is_some(), "{}", c.name);
        }
    }
}
