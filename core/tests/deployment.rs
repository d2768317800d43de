//! Deployment rollouts at the core API level: tutorials 02–07 (scale, rolling update,
//! Recreate, bad image + rollback, pause/resume, change-cause), history limit, progress
//! deadline, proportional scaling, and the version profiles' wording.

use kubeplay_core::model::Deployment;
use kubeplay_core::model::deployment::{CHANGE_CAUSE_ANNOTATION, REVISION_ANNOTATION};
use kubeplay_core::ops::UndoOutcome;
use kubeplay_core::{Cluster, ClusterConfig, Profile};

fn deploy_yaml(name: &str, replicas: i32, image: &str, extra_spec: &str) -> String {
    format!(
        "apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  labels:
    role: deploy
spec:
  replicas: {replicas}
{extra_spec}  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: {image}
        ports:
        - containerPort: 80
"
    )
}

fn cluster() -> Cluster {
    Cluster::new(ClusterConfig::default())
}

fn deployment<'a>(c: &'a Cluster, name: &str) -> &'a Deployment {
    c.store()
        .deployment("default", name)
        .expect("deployment exists")
}

/// ScalingReplicaSet messages, in the order they were first recorded.
fn scaling_events(c: &Cluster) -> Vec<String> {
    let mut evs: Vec<_> = c
        .events()
        .all()
        .filter(|e| e.reason == "ScalingReplicaSet")
        .collect();
    evs.sort_by_key(|e| (e.first_timestamp, e.meta.name.clone()));
    evs.iter().map(|e| e.message.clone()).collect()
}

/// (name, spec.replicas, revision) of the deployment's ReplicaSets, oldest first.
fn replica_sets(c: &Cluster) -> Vec<(String, i32, i64)> {
    let mut v: Vec<_> = c
        .store()
        .replicasets
        .values()
        .map(|r| {
            (
                r.meta.creation_timestamp,
                r.meta.name.clone(),
                r.spec.replicas,
                r.revision().unwrap_or(0),
            )
        })
        .collect();
    v.sort();
    v.into_iter().map(|(_, n, r, rev)| (n, r, rev)).collect()
}

fn settle_for(c: &mut Cluster, ms: u64) {
    c.step(ms).expect("steps");
}

fn condition(c: &Cluster, name: &str, type_: &str) -> Option<(String, String)> {
    deployment(c, name)
        .status
        .condition(type_)
        .map(|c| (c.status.clone(), c.reason.clone()))
}

/// Checks the rolling-update invariant at every step while images are good.
fn step_checking_invariant(
    c: &mut Cluster,
    name: &str,
    total_ms: u64,
    max_total: i32,
    min_available: i32,
) {
    let mut t = 0;
    while t < total_ms {
        c.step(100).unwrap();
        t += 100;
        let d = deployment(c, name);
        let specs: i32 = c
            .store()
            .replicasets_controlled_by(&d.meta.uid)
            .map(|r| r.spec.replicas)
            .sum();
        let available: i32 = c
            .store()
            .replicasets_controlled_by(&d.meta.uid)
            .map(|r| r.status.available_replicas)
            .sum();
        assert!(
            specs <= max_total,
            "t={} specs {specs} > {max_total}",
            c.now().millis()
        );
        assert!(
            available >= min_available,
            "t={} available {available} < {min_available}",
            c.now().millis()
        );
    }
}

#[test]
fn tutorial_02_create_and_scale() {
    let mut c = cluster();
    let out = c
        .apply(&deploy_yaml("nginx-deploy", 3, "nginx:latest", ""))
        .unwrap();
    assert_eq!(out.applied[0].action.as_str(), "created");
    // Right after apply: 0/3 ready, 3 up to date, 0 available.
    let d = deployment(&c, "nginx-deploy");
    assert_eq!(
        (
            d.status.ready_replicas,
            d.status.updated_replicas,
            d.status.available_replicas
        ),
        (0, 3, 0)
    );
    let rss = replica_sets(&c);
    assert_eq!(rss.len(), 1);
    let (rs_name, replicas, rev) = rss[0].clone();
    assert_eq!((replicas, rev), (3, 1));
    let hash = rs_name.strip_prefix("nginx-deploy-").unwrap();
    assert!(hash.chars().all(|ch| "456789bcdf".contains(ch)), "{hash}");
    assert_eq!(
        scaling_events(&c),
        vec![format!("Scaled up replica set {rs_name} from 0 to 3")]
    );
    for p in c.store().pods.values() {
        assert_eq!(
            p.meta.labels.get("pod-template-hash").map(String::as_str),
            Some(hash)
        );
    }

    settle_for(&mut c, 30_000);
    let d = deployment(&c, "nginx-deploy");
    assert_eq!(
        (d.status.ready_replicas, d.status.available_replicas),
        (3, 3)
    );
    assert_eq!(
        condition(&c, "nginx-deploy", "Available"),
        Some(("True".into(), "MinimumReplicasAvailable".into()))
    );
    assert_eq!(
        condition(&c, "nginx-deploy", "Progressing"),
        Some(("True".into(), "NewReplicaSetAvailable".into()))
    );
    let conds: Vec<&str> = d
        .status
        .conditions
        .iter()
        .map(|c| c.type_.as_str())
        .collect();
    assert_eq!(conds, vec!["Available", "Progressing"]);
    assert_eq!(
        d.meta
            .annotations
            .get(REVISION_ANNOTATION)
            .map(String::as_str),
        Some("1")
    );

    // Scaling is not a rollout: same ReplicaSet, desired 4 at once, no new revision.
    assert!(c.scale_deployment("default", "nginx-deploy", 4).unwrap());
    let rss = replica_sets(&c);
    assert_eq!(rss, vec![(rs_name.clone(), 4, 1)]);
    let rs = c.store().replicaset("default", &rs_name).unwrap();
    assert_eq!(
        rs.meta
            .annotations
            .get("deployment.kubernetes.io/desired-replicas")
            .map(String::as_str),
        Some("4")
    );
    assert_eq!(
        rs.meta
            .annotations
            .get("deployment.kubernetes.io/max-replicas")
            .map(String::as_str),
        Some("5")
    );
    assert_eq!(
        scaling_events(&c).last().unwrap(),
        &format!("Scaled up replica set {rs_name} from 3 to 4")
    );
    settle_for(&mut c, 30_000);
    let d = deployment(&c, "nginx-deploy");
    assert_eq!(
        (
            d.status.replicas,
            d.status.updated_replicas,
            d.status.available_replicas,
            d.status.unavailable_replicas
        ),
        (4, 4, 4, 0)
    );
}

#[test]
fn tutorial_03_default_strategy_sequence() {
    let mut c = cluster();
    c.apply(&deploy_yaml("nginx-deployment", 3, "nginx:1.14.2", ""))
        .unwrap();
    settle_for(&mut c, 30_000);
    let old = replica_sets(&c)[0].0.clone();
    assert!(
        c.set_image("default", "nginx-deployment", "nginx", "nginx:1.16.1")
            .unwrap()
    );
    // 3 replicas, 25%/25% → surge 1, unavailable 0: never more than 4, never fewer than 3.
    step_checking_invariant(&mut c, "nginx-deployment", 60_000, 4, 3);
    let rss = replica_sets(&c);
    let new = rss.iter().find(|r| r.0 != old).unwrap().0.clone();
    let evs: Vec<String> = scaling_events(&c).into_iter().skip(1).collect();
    assert_eq!(
        evs,
        vec![
            format!("Scaled up replica set {new} from 0 to 1"),
            format!("Scaled down replica set {old} from 3 to 2"),
            format!("Scaled up replica set {new} from 1 to 2"),
            format!("Scaled down replica set {old} from 2 to 1"),
            format!("Scaled up replica set {new} from 2 to 3"),
            format!("Scaled down replica set {old} from 1 to 0"),
        ]
    );
    assert_eq!(
        rss.iter().map(|r| (r.1, r.2)).collect::<Vec<_>>(),
        vec![(0, 1), (3, 2)]
    );
    let d = deployment(&c, "nginx-deployment");
    assert_eq!(
        condition(&c, "nginx-deployment", "Progressing"),
        Some(("True".into(), "NewReplicaSetAvailable".into()))
    );
    assert_eq!(d.status.observed_generation, d.meta.generation);
}

#[test]
fn tutorial_03_surge_one_unavailable_one_min_ready() {
    let mut c = cluster();
    let extra = "  minReadySeconds: 5\n  strategy:\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 1\n";
    c.apply(&deploy_yaml("nginx-deploy", 4, "nginx:1.7.9", extra))
        .unwrap();
    settle_for(&mut c, 40_000);
    let old = replica_sets(&c)[0].0.clone();
    c.set_image("default", "nginx-deploy", "nginx", "nginx:1.9.1")
        .unwrap();
    // The first sync: new RS at 1, then in the next pass old to 3 (maxScaledDown = 5-3-1).
    let evs: Vec<String> = scaling_events(&c).into_iter().skip(1).collect();
    let new = replica_sets(&c)
        .iter()
        .find(|r| r.0 != old)
        .unwrap()
        .0
        .clone();
    assert_eq!(
        evs[..3].to_vec(),
        vec![
            format!("Scaled up replica set {new} from 0 to 1"),
            format!("Scaled down replica set {old} from 4 to 3"),
            format!("Scaled up replica set {new} from 1 to 2"),
        ]
    );
    step_checking_invariant(&mut c, "nginx-deploy", 90_000, 5, 3);
    let d = deployment(&c, "nginx-deploy");
    assert_eq!(
        (
            d.status.updated_replicas,
            d.status.available_replicas,
            d.status.replicas
        ),
        (4, 4, 4)
    );
    let last = scaling_events(&c).last().unwrap().clone();
    assert!(
        last.starts_with(&format!("Scaled down replica set {old} from "))
            && last.ends_with(" to 0"),
        "{last}"
    );
    // Never more than two ReplicaSet sizes changed per event, and the new RS ends at 4.
    assert_eq!(
        replica_sets(&c).iter().map(|r| r.1).collect::<Vec<_>>(),
        vec![0, 4]
    );
}

#[test]
fn tutorial_04_recreate() {
    let mut c = cluster();
    let extra = "  strategy:\n    type: Recreate\n";
    c.apply(&deploy_yaml("nginx-deploy", 4, "nginx:1.7.9", extra))
        .unwrap();
    settle_for(&mut c, 30_000);
    let old = replica_sets(&c)[0].0.clone();
    c.set_image("default", "nginx-deploy", "nginx", "nginx:1.9.1")
        .unwrap();
    // Old scaled to 0 at once; no new ReplicaSet while old pods are terminating.
    assert_eq!(
        scaling_events(&c).last().unwrap(),
        &format!("Scaled down replica set {old} from 4 to 0")
    );
    assert_eq!(replica_sets(&c).len(), 1);
    let terminating = c
        .store()
        .pods
        .values()
        .filter(|p| p.meta.deletion_timestamp.is_some())
        .count();
    assert_eq!(terminating, 4);
    let mut created_at = None;
    for _ in 0..100 {
        c.step(100).unwrap();
        if replica_sets(&c).len() == 2 {
            created_at = Some(c.now());
            break;
        }
        assert!(
            c.store()
                .pods
                .values()
                .all(|p| p.meta.deletion_timestamp.is_some())
        );
    }
    assert!(created_at.is_some(), "new RS once old pods are gone");
    assert!(
        c.store()
            .pods
            .values()
            .all(|p| p.meta.deletion_timestamp.is_none())
    );
    let rss = replica_sets(&c);
    assert_eq!(rss[1].1, 4);
    assert_eq!(rss[1].2, 2);
    assert_eq!(
        scaling_events(&c).last().unwrap(),
        &format!("Scaled up replica set {} from 0 to 4", rss[1].0)
    );
    settle_for(&mut c, 30_000);
    let d = deployment(&c, "nginx-deploy");
    assert_eq!(d.status.available_replicas, 4);
}

#[test]
fn tutorial_05_bad_image_deadline_and_rollback() {
    let mut c = cluster();
    c.apply(&deploy_yaml("nginx-deploy", 3, "nginx:1.14.2", ""))
        .unwrap();
    settle_for(&mut c, 30_000);
    c.set_image("default", "nginx-deploy", "nginx", "nginx:1.16.1")
        .unwrap();
    settle_for(&mut c, 60_000);
    c.set_image("default", "nginx-deploy", "nginx", "nginx:1.161")
        .unwrap();
    settle_for(&mut c, 60_000);
    // Stuck: 3 old pods running, 1 new pod failing to pull.
    let rss = replica_sets(&c);
    assert_eq!(
        rss.iter().map(|r| (r.1, r.2)).collect::<Vec<_>>(),
        vec![(0, 1), (3, 2), (1, 3)]
    );
    assert_eq!(
        condition(&c, "nginx-deploy", "Progressing"),
        Some(("True".into(), "ReplicaSetUpdated".into()))
    );
    // progressDeadlineSeconds 600 without progress → ProgressDeadlineExceeded.
    settle_for(&mut c, 600_000);
    assert_eq!(
        condition(&c, "nginx-deploy", "Progressing"),
        Some(("False".into(), "ProgressDeadlineExceeded".into()))
    );
    let msg = deployment(&c, "nginx-deploy")
        .status
        .condition("Progressing")
        .unwrap()
        .message
        .clone();
    assert_eq!(
        msg,
        format!("ReplicaSet \"{}\" has timed out progressing.", rss[2].0)
    );

    // Undo → back to revision 2's template; it becomes revision 4, its old number leaves.
    assert_eq!(
        c.rollout_undo("default", "nginx-deploy", 0).unwrap(),
        UndoOutcome::RolledBack
    );
    settle_for(&mut c, 60_000);
    let revs: Vec<i64> = {
        let mut v: Vec<i64> = replica_sets(&c).iter().map(|r| r.2).collect();
        v.sort();
        v
    };
    assert_eq!(revs, vec![1, 3, 4]);
    assert_eq!(
        condition(&c, "nginx-deploy", "Progressing"),
        Some(("True".into(), "NewReplicaSetAvailable".into()))
    );
    let rs2 = c
        .store()
        .replicasets
        .values()
        .find(|r| r.revision() == Some(4))
        .unwrap();
    assert_eq!(
        rs2.meta
            .annotations
            .get("deployment.kubernetes.io/revision-history")
            .map(String::as_str),
        Some("2")
    );
    // Undo to revision 1 → it becomes 5: history 3, 4, 5.
    c.rollout_undo("default", "nginx-deploy", 1).unwrap();
    settle_for(&mut c, 60_000);
    let mut revs: Vec<i64> = replica_sets(&c).iter().map(|r| r.2).collect();
    revs.sort();
    assert_eq!(revs, vec![3, 4, 5]);
    // Errors with kubectl's texts.
    assert_eq!(
        c.rollout_undo("default", "nginx-deploy", 9)
            .unwrap_err()
            .to_string(),
        "unable to find specified revision 9 in history"
    );
    c.pause_deployment("default", "nginx-deploy").unwrap();
    assert_eq!(
        c.rollout_undo("default", "nginx-deploy", 0)
            .unwrap_err()
            .to_string(),
        "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again"
    );
    assert_eq!(
        c.pause_deployment("default", "nginx-deploy")
            .unwrap_err()
            .to_string(),
        "deployments.apps \"nginx-deploy\" is already paused"
    );
    // Undo to the current template is skipped.
    c.resume_deployment("default", "nginx-deploy").unwrap();
    assert_eq!(
        c.rollout_undo("default", "nginx-deploy", 5).unwrap(),
        UndoOutcome::Skipped { revision: 5 }
    );
}

#[test]
fn undo_with_single_revision_fails() {
    let mut c = cluster();
    c.apply(&deploy_yaml("web", 1, "nginx:1.14.2", "")).unwrap();
    assert_eq!(
        c.rollout_undo("default", "web", 0).unwrap_err().to_string(),
        "no rollout history found for deployment \"web\""
    );
}

#[test]
fn tutorial_06_pause_two_edits_one_rollout() {
    let mut c = cluster();
    c.apply(&deploy_yaml("nginx-deploy", 3, "nginx:1.14.2", ""))
        .unwrap();
    settle_for(&mut c, 30_000);
    c.pause_deployment("default", "nginx-deploy").unwrap();
    assert_eq!(
        condition(&c, "nginx-deploy", "Progressing"),
        Some(("Unknown".into(), "DeploymentPaused".into()))
    );
    c.set_image("default", "nginx-deploy", "nginx", "nginx:1.9.1")
        .unwrap();
    c.update_deployment("default", "nginx-deploy", |d| {
        let mut spec = (*d.spec.template.spec).clone();
        let cs = spec.get_mut("containers").unwrap().as_array_mut().unwrap();
        cs[0].set(
            "resources",
            kubeplay_core::value::obj([(
                "limits",
                kubeplay_core::value::obj([("cpu", "500m".into()), ("memory", "512Mi".into())]),
            )]),
        );
        d.spec.template.spec = std::rc::Rc::new(spec);
    })
    .unwrap();
    settle_for(&mut c, 30_000);
    assert_eq!(replica_sets(&c).len(), 1, "no new ReplicaSet while paused");
    // Scaling still works while paused.
    c.scale_deployment("default", "nginx-deploy", 4).unwrap();
    assert_eq!(replica_sets(&c)[0].1, 4);
    c.resume_deployment("default", "nginx-deploy").unwrap();
    assert_eq!(
        condition(&c, "nginx-deploy", "Progressing").map(|c| c.0),
        Some("True".into())
    );
    settle_for(&mut c, 90_000);
    let rss = replica_sets(&c);
    assert_eq!(rss.len(), 2, "exactly one new revision");
    assert_eq!((rss[1].1, rss[1].2), (4, 2));
    assert_eq!(
        c.resume_deployment("default", "nginx-deploy")
            .unwrap_err()
            .to_string(),
        "deployments.apps \"nginx-deploy\" is not paused"
    );
}

#[test]
fn tutorial_07_change_cause_annotations() {
    let mut c = cluster();
    let extra = "  minReadySeconds: 15\n";
    let with_cause = |cause: &str, image: &str, cname: &str| {
        deploy_yaml("ngx-dep", 4, image, extra)
            .replace(
                "  labels:\n    role: deploy\n",
                &format!("  annotations:\n    kubernetes.io/change-cause: {cause}\n"),
            )
            .replace("- name: nginx", &format!("- name: {cname}"))
    };
    c.apply(&with_cause("v1, ngx=1.21", "nginx:1.21-alpine", "nginx"))
        .unwrap();
    settle_for(&mut c, 60_000);
    c.apply(&with_cause(
        "update to v2, ngx=1.22",
        "nginx:1.22-alpine",
        "nginx",
    ))
    .unwrap();
    settle_for(&mut c, 120_000);
    c.apply(&with_cause(
        "update to v3, change name",
        "nginx:1.22-alpine",
        "web",
    ))
    .unwrap();
    settle_for(&mut c, 120_000);
    let mut causes: Vec<(i64, String)> = c
        .store()
        .replicasets
        .values()
        .map(|r| {
            (
                r.revision().unwrap(),
                r.meta
                    .annotations
                    .get(CHANGE_CAUSE_ANNOTATION)
                    .cloned()
                    .unwrap_or_default(),
            )
        })
        .collect();
    causes.sort();
    assert_eq!(
        causes,
        vec![
            (1, "v1, ngx=1.21".to_string()),
            (2, "update to v2, ngx=1.22".to_string()),
            (3, "update to v3, change name".to_string()),
        ]
    );
    let d = deployment(&c, "ngx-dep");
    assert_eq!(d.status.available_replicas, 4);
}

#[test]
fn revision_history_limit_cleans_oldest() {
    let mut c = cluster();
    c.apply(&deploy_yaml(
        "web",
        2,
        "nginx:1.14.2",
        "  revisionHistoryLimit: 2\n",
    ))
    .unwrap();
    settle_for(&mut c, 30_000);
    for tag in ["1.15", "1.16", "1.17", "1.18"] {
        c.set_image("default", "web", "nginx", &format!("nginx:{tag}"))
            .unwrap();
        settle_for(&mut c, 60_000);
    }
    let mut revs: Vec<i64> = replica_sets(&c).iter().map(|r| r.2).collect();
    revs.sort();
    assert_eq!(
        revs,
        vec![3, 4, 5],
        "the new RS and the 2 most recent old ones"
    );
}

#[test]
fn history_limit_zero_leaves_nothing_to_undo() {
    let mut c = cluster();
    c.apply(&deploy_yaml(
        "web",
        2,
        "nginx:1.14.2",
        "  revisionHistoryLimit: 0\n",
    ))
    .unwrap();
    settle_for(&mut c, 30_000);
    c.set_image("default", "web", "nginx", "nginx:1.16.1")
        .unwrap();
    settle_for(&mut c, 60_000);
    assert_eq!(replica_sets(&c).len(), 1);
    assert_eq!(
        c.rollout_undo("default", "web", 0).unwrap_err().to_string(),
        "no rollout history found for deployment \"web\""
    );
}

#[test]
fn proportional_scaling_mid_rollout() {
    let mut c = cluster();
    // 10 replicas, surge 3 / unavailable 2; a bad image freezes the rollout half-way.
    c.apply(&deploy_yaml("web", 10, "nginx:1.14.2", ""))
        .unwrap();
    settle_for(&mut c, 40_000);
    c.set_image("default", "web", "nginx", "nginx:1.161")
        .unwrap();
    settle_for(&mut c, 20_000);
    let before: Vec<i32> = replica_sets(&c).iter().map(|r| r.1).collect();
    assert_eq!(before, vec![8, 5], "old 10-2, new surge 3 + 2");
    c.scale_deployment("default", "web", 20).unwrap();
    // allowed = 20 + 5 = 25, to_add = 25 - 13 = 12; old: round(8*25/13)-8 = 7, new: 5 → 10+... leftovers to the largest.
    let after: Vec<i32> = replica_sets(&c).iter().map(|r| r.1).collect();
    assert_eq!(after.iter().sum::<i32>(), 25);
    assert_eq!(after, vec![15, 10]);
}

#[test]
fn profile_1_28_event_wording() {
    let mut c = Cluster::new(ClusterConfig {
        profile: Profile::V1_28,
        ..ClusterConfig::default()
    });
    c.apply(&deploy_yaml("nginx-deploy", 3, "nginx:latest", ""))
        .unwrap();
    settle_for(&mut c, 30_000);
    c.scale_deployment("default", "nginx-deploy", 4).unwrap();
    let rs = replica_sets(&c)[0].0.clone();
    assert_eq!(
        scaling_events(&c),
        vec![
            format!("Scaled up replica set {rs} to 3"),
            format!("Scaled up replica set {rs} to 4 from 3")
        ]
    );
}

#[test]
fn template_and_replicas_changed_together_is_two_passes() {
    let mut c = cluster();
    c.apply(&deploy_yaml("web", 2, "nginx:1.14.2", "")).unwrap();
    settle_for(&mut c, 30_000);
    c.apply(&deploy_yaml("web", 4, "nginx:1.16.1", "")).unwrap();
    let evs = scaling_events(&c);
    let old = replica_sets(&c)[0].0.clone();
    assert_eq!(
        evs[1],
        format!("Scaled up replica set {old} from 2 to 4"),
        "first the scaling event"
    );
    settle_for(&mut c, 60_000);
    let d = deployment(&c, "web");
    assert_eq!(
        (d.status.updated_replicas, d.status.available_replicas),
        (4, 4)
    );
}
