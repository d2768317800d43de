//! ReplicaSet behaviour at the core API level: tutorial 01 (keep N pods, self-heal, scale,
//! owner references, adoption), the pod lifecycle timings, image pull failures and back-off,
//! garbage collection and determinism.

use kubeplay_core::model::pod::PodPhase;
use kubeplay_core::model::{Kind, ObjectKey, Pod};
use kubeplay_core::{Cluster, ClusterConfig, ClusterEvent, Propagation};

const NGINX_RS: &str = "\
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: nginx-rs
  namespace: default
spec:
  replicas: REPLICAS
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: IMAGE
        ports:
        - containerPort: 80
";

fn rs_yaml(replicas: u32, image: &str) -> String {
    NGINX_RS
        .replace("REPLICAS", &replicas.to_string())
        .replace("IMAGE", image)
}

fn cluster() -> Cluster {
    Cluster::new(ClusterConfig::default())
}

fn pods(c: &Cluster) -> Vec<&Pod> {
    c.store().pods.values().collect()
}

fn pod_names(c: &Cluster) -> Vec<String> {
    pods(c).iter().map(|p| p.meta.name.clone()).collect()
}

fn events_with(c: &Cluster, reason: &str) -> Vec<String> {
    c.events()
        .all()
        .filter(|e| e.reason == reason)
        .map(|e| e.message.clone())
        .collect()
}

fn ready_count(c: &Cluster) -> usize {
    pods(c)
        .iter()
        .filter(|p| p.is_ready() && p.meta.deletion_timestamp.is_none())
        .count()
}

#[test]
fn tutorial_01_replicaset() {
    let mut c = cluster();
    let out = c.apply(&rs_yaml(3, "nginx:latest")).expect("applies");
    assert_eq!(out.applied.len(), 1);
    assert_eq!(out.applied[0].action.as_str(), "created");

    // Three pods at once, named <rs>-<5 chars>, each announced by SuccessfulCreate.
    let names = pod_names(&c);
    assert_eq!(names.len(), 3);
    for n in &names {
        assert!(
            n.starts_with("nginx-rs-") && n.len() == "nginx-rs-".len() + 5,
            "{n}"
        );
    }
    let created = events_with(&c, "SuccessfulCreate");
    assert_eq!(created.len(), 3);
    for n in &names {
        assert!(
            created.contains(&format!("Created pod: {n}")),
            "{created:?}"
        );
    }
    // Every pod is owned by the ReplicaSet.
    let rs_uid = c
        .store()
        .replicaset("default", "nginx-rs")
        .unwrap()
        .meta
        .uid
        .clone();
    for p in pods(&c) {
        let r = p.meta.controller_ref().expect("owned");
        assert_eq!(
            (r.kind.as_str(), r.name.as_str(), r.uid.as_str()),
            ("ReplicaSet", "nginx-rs", rs_uid.as_str())
        );
        assert!(r.block_owner_deletion);
    }

    c.step(46_000).unwrap();
    assert_eq!(ready_count(&c), 3);
    let rs = c.store().replicaset("default", "nginx-rs").unwrap();
    assert_eq!(
        (
            rs.status.replicas,
            rs.status.ready_replicas,
            rs.status.available_replicas
        ),
        (3, 3, 3)
    );

    // Delete one pod: a replacement with a new name appears at once (the old one is
    // Terminating meanwhile), with its own SuccessfulCreate.
    let victim = names[2].clone();
    c.delete(
        &ObjectKey::new(Kind::Pod, "default", &victim),
        Propagation::Background,
        None,
    )
    .unwrap();
    let now_names = pod_names(&c);
    assert_eq!(now_names.len(), 4, "old pod terminating + replacement");
    let replacement: Vec<&String> = now_names.iter().filter(|n| !names.contains(n)).collect();
    assert_eq!(replacement.len(), 1);
    let replacement = replacement[0].clone();
    assert_eq!(events_with(&c, "SuccessfulCreate").len(), 4);
    assert!(events_with(&c, "SuccessfulCreate").contains(&format!("Created pod: {replacement}")));
    let terminating = c.store().pod("default", &victim).unwrap();
    assert_eq!(terminating.printed_status().status, "Terminating");

    c.step(60_000).unwrap();
    assert!(
        c.store().pod("default", &victim).is_none(),
        "terminated pod is gone"
    );
    assert_eq!(ready_count(&c), 3);

    // Scale to 2: the pod ready most recently (the replacement) is deleted.
    let out = c.apply(&rs_yaml(2, "nginx:latest")).unwrap();
    assert_eq!(out.applied[0].action.as_str(), "configured");
    assert_eq!(
        events_with(&c, "SuccessfulDelete"),
        vec![format!("Deleted pod: {replacement}")]
    );
    c.step(30_000).unwrap();
    assert_eq!(pod_names(&c).len(), 2);
    let rs = c.store().replicaset("default", "nginx-rs").unwrap();
    assert_eq!(
        (
            rs.spec.replicas,
            rs.status.replicas,
            rs.status.ready_replicas
        ),
        (2, 2, 2)
    );

    // Same file again: unchanged.
    assert_eq!(
        c.apply(&rs_yaml(2, "nginx:latest")).unwrap().applied[0]
            .action
            .as_str(),
        "unchanged"
    );

    // A new image in the template does not touch the running pods.
    let before: Vec<String> = pod_names(&c);
    c.apply(&rs_yaml(2, "nginx:1.14.2")).unwrap();
    c.step(30_000).unwrap();
    assert_eq!(pod_names(&c), before);
    for p in pods(&c) {
        assert_eq!(
            p.containers()[0].get("image").and_then(|v| v.as_str()),
            Some("nginx:latest")
        );
    }
    let rs = c.store().replicaset("default", "nginx-rs").unwrap();
    assert_eq!(
        rs.spec.template.containers()[0]
            .get("image")
            .and_then(|v| v.as_str()),
        Some("nginx:1.14.2")
    );
    assert_eq!(rs.meta.generation, 3, "two spec changes");

    // A hand-made pod with matching labels is adopted; being the least ready it is the one
    // deleted to get back to 2.
    c.apply(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: stray\n  labels:\n    app: nginx\nspec:\n  containers:\n  - name: c\n    image: busybox:1.36\n",
    )
    .unwrap();
    assert!(events_with(&c, "SuccessfulDelete").contains(&"Deleted pod: stray".to_string()));
    let stray = c.store().pod("default", "stray");
    if let Some(stray) = stray {
        assert_eq!(
            stray.meta.controller_ref().map(|r| r.name.as_str()),
            Some("nginx-rs"),
            "adopted"
        );
    }
    c.step(30_000).unwrap();
    assert!(c.store().pod("default", "stray").is_none());
    assert_eq!(pod_names(&c), before);

    // Deleting the ReplicaSet deletes its pods (background propagation).
    c.delete(
        &ObjectKey::new(Kind::ReplicaSet, "default", "nginx-rs"),
        Propagation::Background,
        None,
    )
    .unwrap();
    assert!(c.store().replicasets.is_empty());
    assert!(
        pods(&c).iter().all(|p| p.meta.deletion_timestamp.is_some()),
        "pods terminating"
    );
    c.step(60_000).unwrap();
    assert!(pods(&c).is_empty());
}

#[test]
fn adoption_with_match_expressions() {
    let mut c = cluster();
    c.apply("apiVersion: v1\nkind: Pod\nmetadata:\n  name: early\n  labels:\n    app: web\n    tier: front\nspec:\n  containers:\n  - name: c\n    image: nginx:1.25\n").unwrap();
    c.step(20_000).unwrap();
    c.apply(
        "apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchExpressions:\n    - {key: app, operator: In, values: [web, api]}\n    - {key: tier, operator: Exists}\n  template:\n    metadata:\n      labels: {app: web, tier: front}\n    spec:\n      containers:\n      - name: c\n        image: nginx:1.25\n",
    )
    .unwrap();
    // The running orphan is adopted and counted: only one more pod is created.
    let early = c.store().pod("default", "early").unwrap();
    assert_eq!(
        early.meta.controller_ref().map(|r| r.name.as_str()),
        Some("web")
    );
    assert_eq!(events_with(&c, "SuccessfulCreate").len(), 1);
    assert_eq!(c.store().pods.len(), 2);
}

#[test]
fn release_when_labels_stop_matching() {
    let mut c = cluster();
    c.apply(&rs_yaml(2, "nginx:1.14.2")).unwrap();
    c.step(20_000).unwrap();
    let name = pod_names(&c)[0].clone();
    // Relabel a pod by re-applying it as a bare Pod manifest is not possible; patch via
    // apply of the pod's labels: pods accept label changes.
    let yaml = format!(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {name}\n  labels:\n    app: other\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.14.2\n    ports:\n    - containerPort: 80\n"
    );
    let out = c.apply(&yaml).unwrap();
    assert_eq!(out.applied[0].action.as_str(), "configured");
    let p = c.store().pod("default", &name).unwrap();
    assert!(p.meta.controller_ref().is_none(), "released");
    // The ReplicaSet replaces it.
    let owned = c
        .store()
        .pods
        .values()
        .filter(|p| p.meta.controller_ref().is_some())
        .count();
    assert_eq!(owned, 2);
}

#[test]
fn slow_start_creates_in_one_sync_and_events_per_pod() {
    let mut c = cluster();
    c.apply(&rs_yaml(10, "nginx:1.14.2")).unwrap();
    assert_eq!(c.store().pods.len(), 10);
    assert_eq!(events_with(&c, "SuccessfulCreate").len(), 10);
    // Spread over the three nodes: least loaded first.
    let mut per_node = std::collections::BTreeMap::new();
    for p in pods(&c) {
        *per_node.entry(p.node_name.clone().unwrap()).or_insert(0) += 1;
    }
    assert_eq!(
        per_node.values().copied().collect::<Vec<_>>(),
        vec![4, 3, 3]
    );
}

/// Pod lifecycle timings with jitter off: pull (1 s + 40 ms/MB; nginx 70 MB = 3.8 s), start
/// (0.4 s), ready at start; a second pod on the same node finds the image present.
#[test]
fn pod_lifecycle_timings() {
    let mut config = ClusterConfig {
        nodes: 1,
        ..ClusterConfig::default()
    };
    config.timings.jitter_percent = 0;
    let mut c = Cluster::new(config);
    c.apply(&rs_yaml(1, "nginx:1.14.2")).unwrap();
    let name = pod_names(&c)[0].clone();
    let status = |c: &Cluster| {
        c.store()
            .pod("default", &name)
            .unwrap()
            .printed_status()
            .status
    };
    assert_eq!(status(&c), "ContainerCreating");
    assert_eq!(c.next_wakeup().map(|t| t.millis()), Some(3_800));
    c.step(3_799).unwrap();
    assert_eq!(status(&c), "ContainerCreating");
    c.step(1).unwrap();
    assert_eq!(
        status(&c),
        "ContainerCreating",
        "pulled, container starting"
    );
    c.step(400).unwrap();
    assert_eq!(status(&c), "Running");
    let p = c.store().pod("default", &name).unwrap();
    assert!(p.is_ready());
    assert_eq!(p.status.phase, PodPhase::Running);
    assert!(p.status.pod_ip.as_deref().unwrap().starts_with("10.244.1."));
    let reasons: Vec<String> = c
        .events()
        .all()
        .filter(|e| e.involved.name == name)
        .map(|e| e.reason.clone())
        .collect();
    assert_eq!(
        reasons,
        vec!["Scheduled", "Pulling", "Pulled", "Created", "Started"]
    );
    let pulled = c.events().all().find(|e| e.reason == "Pulled").unwrap();
    assert!(
        pulled.message.starts_with(
            "Successfully pulled image \"nginx:1.14.2\" in 3.8s (3.8s including waiting)"
        ),
        "{}",
        pulled.message
    );

    // Scale to 2: the image is present, no pull.
    c.apply(&rs_yaml(2, "nginx:1.14.2")).unwrap();
    let second = pod_names(&c).into_iter().find(|n| *n != name).unwrap();
    let msg: Vec<String> = c
        .events()
        .all()
        .filter(|e| e.involved.name == second && e.reason == "Pulled")
        .map(|e| e.message.clone())
        .collect();
    assert_eq!(
        msg,
        vec!["Container image \"nginx:1.14.2\" already present on machine"]
    );
    c.step(400).unwrap();
    assert!(c.store().pod("default", &second).unwrap().is_ready());

    // Deletion: Killing, Terminating, gone after the shutdown time (1.5 s).
    c.delete(
        &ObjectKey::new(Kind::Pod, "default", &second),
        Propagation::Background,
        None,
    )
    .unwrap();
    assert!(c.events().all().any(|e| e.involved.name == second
        && e.reason == "Killing"
        && e.message == "Stopping container nginx"));
    c.step(1_499).unwrap();
    assert!(c.store().pod("default", &second).is_some());
    c.step(1).unwrap();
    assert!(c.store().pod("default", &second).is_none());
}

#[test]
fn image_pull_failure_and_back_off() {
    let mut config = ClusterConfig {
        nodes: 1,
        ..ClusterConfig::default()
    };
    config.timings.jitter_percent = 0;
    let mut c = Cluster::new(config);
    c.apply(&rs_yaml(1, "nginx:1.161")).unwrap();
    let name = pod_names(&c)[0].clone();
    let status = |c: &Cluster| {
        c.store()
            .pod("default", &name)
            .unwrap()
            .printed_status()
            .status
    };
    let mut seen: Vec<(u64, String)> = Vec::new();
    let mut emitted: Vec<ClusterEvent> = Vec::new();
    for _ in 0..120 {
        c.step(1_000).unwrap();
        // Every occurrence since the last take, the pull started by `apply` at 0 included.
        emitted.extend(c.take_events());
        let s = status(&c);
        if seen.last().is_none_or(|(_, last)| *last != s) {
            seen.push((c.now().millis(), s));
        }
    }
    // Pull fails after 1.5 s → ErrImagePull; 1 s later ImagePullBackOff; the kubelet
    // resyncs every 10 s and pulls again once the back-off (10 s, 20 s, 40 s) is over:
    // pulls at 0, 12.5 s (fail 14 s, +20 s), 35 s (fail 36.5 s, +40 s), 77.5 s.
    assert_eq!(seen[0], (1_000, "ContainerCreating".to_string()));
    assert_eq!(seen[1], (2_000, "ErrImagePull".to_string()));
    assert_eq!(seen[2], (3_000, "ImagePullBackOff".to_string()));
    let pulls: Vec<u64> = emitted
        .iter()
        .filter(|e| e.reason == "Pulling")
        .map(|e| e.time.millis())
        .collect();
    assert_eq!(pulls, vec![0, 12_500, 35_000, 77_500], "{seen:?}");
    let failed = c
        .events()
        .all()
        .find(|e| e.reason == "Failed" && e.message.starts_with("Failed to pull"))
        .unwrap();
    assert_eq!(
        failed.message,
        "Failed to pull image \"nginx:1.161\": rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/library/nginx:1.161\": failed to resolve reference \"docker.io/library/nginx:1.161\": docker.io/library/nginx:1.161: not found"
    );
    assert!(failed.count >= 3);
    let backoff = c.events().all().find(|e| e.reason == "BackOff").unwrap();
    assert_eq!(backoff.message, "Back-off pulling image \"nginx:1.161\"");
    assert!(!c.store().pod("default", &name).unwrap().is_ready());
}

#[test]
fn garbage_collection_background_and_orphan() {
    let mut c = cluster();
    c.apply(&rs_yaml(3, "nginx:1.14.2")).unwrap();
    c.step(20_000).unwrap();
    c.delete(
        &ObjectKey::new(Kind::ReplicaSet, "default", "nginx-rs"),
        Propagation::Orphan,
        None,
    )
    .unwrap();
    assert!(c.store().replicasets.is_empty());
    assert_eq!(c.store().pods.len(), 3, "orphaned pods stay");
    for p in pods(&c) {
        assert!(p.meta.owner_references.is_empty());
        assert!(p.meta.deletion_timestamp.is_none());
    }
    // A new ReplicaSet with the same selector adopts them instead of creating pods.
    let before = events_with(&c, "SuccessfulCreate").len();
    c.apply(&rs_yaml(3, "nginx:1.14.2")).unwrap();
    assert_eq!(events_with(&c, "SuccessfulCreate").len(), before);
    assert!(pods(&c).iter().all(|p| p.meta.controller_ref().is_some()));

    // Foreground: pods go first, the ReplicaSet waits for them.
    c.delete(
        &ObjectKey::new(Kind::ReplicaSet, "default", "nginx-rs"),
        Propagation::Foreground,
        None,
    )
    .unwrap();
    assert!(
        c.store()
            .replicaset("default", "nginx-rs")
            .is_some_and(|r| r.meta.deletion_timestamp.is_some())
    );
    c.step(30_000).unwrap();
    assert!(c.store().pods.is_empty());
    assert!(c.store().replicasets.is_empty());
}

#[test]
fn unknown_object_delete_is_not_found() {
    let mut c = cluster();
    let err = c
        .delete(
            &ObjectKey::new(Kind::ReplicaSet, "default", "nope"),
            Propagation::Background,
            None,
        )
        .unwrap_err();
    assert_eq!(err.to_string(), "replicasets.apps \"nope\" not found");
}

fn scripted_run(seed: u64) -> String {
    let mut c = Cluster::new(ClusterConfig {
        seed,
        ..ClusterConfig::default()
    });
    c.apply(&rs_yaml(5, "nginx:1.14.2")).unwrap();
    c.step(7_000).unwrap();
    let victim = pod_names(&c)[1].clone();
    c.delete(
        &ObjectKey::new(Kind::Pod, "default", &victim),
        Propagation::Background,
        None,
    )
    .unwrap();
    c.apply(&rs_yaml(2, "nginx:1.161")).unwrap();
    c.step(45_000).unwrap();
    c.dump()
}

#[test]
fn determinism_same_seed_same_dump() {
    let a = scripted_run(42);
    let b = scripted_run(42);
    assert_eq!(a, b);
    assert_ne!(a, scripted_run(43), "the seed matters");
}
