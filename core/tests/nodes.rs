//! Node failure and the node lifecycle: NotReady after the node-monitor grace period, the
//! unreachable taints, eviction after the pods' toleration, replacements elsewhere, recovery.

use kubeplay_core::value::Value;
use kubeplay_core::{Cluster, ClusterConfig, Profile};

const WEB: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.25\n";

fn pods_on<'a>(c: &'a Cluster, node: &str) -> Vec<&'a kubeplay_core::model::Pod> {
    c.store()
        .pods
        .values()
        .filter(|p| p.node_name.as_deref() == Some(node))
        .collect()
}

fn taints(c: &Cluster, node: &str) -> Vec<String> {
    c.store().nodes[node]
        .spec
        .get("taints")
        .and_then(Value::as_array)
        .map(|ts| {
            ts.iter()
                .map(|t| {
                    format!(
                        "{}:{}",
                        t.get("key").and_then(Value::as_str).unwrap_or(""),
                        t.get("effect").and_then(Value::as_str).unwrap_or("")
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn failed_node_is_tainted_its_pods_evicted_and_replaced() {
    for (profile, grace) in [(Profile::Current, 50_000), (Profile::V1_28, 40_000)] {
        let mut c = Cluster::new(ClusterConfig {
            profile,
            ..ClusterConfig::default()
        });
        c.apply(WEB).unwrap();
        c.step(20_000).unwrap();
        assert_eq!(pods_on(&c, "node-1").len(), 1);
        c.fail_node("node-1").unwrap();
        c.step(grace - 1).unwrap();
        assert!(
            c.store().nodes["node-1"].is_ready(),
            "{profile:?}: still Ready within the grace period"
        );
        c.step(1).unwrap();
        assert!(!c.store().nodes["node-1"].is_ready());
        assert_eq!(
            c.store().nodes["node-1"].condition_status("Ready"),
            Some("Unknown")
        );
        assert_eq!(
            taints(&c, "node-1"),
            vec![
                "node.kubernetes.io/unreachable:NoSchedule",
                "node.kubernetes.io/unreachable:NoExecute"
            ]
        );
        let pod = pods_on(&c, "node-1")[0].meta.name.clone();
        assert!(
            !c.store().pod("default", &pod).unwrap().is_ready(),
            "marked not ready"
        );
        // The default toleration is 300 s: one ms before, nothing is evicted.
        c.step(299_999).unwrap();
        assert!(
            c.store()
                .pod("default", &pod)
                .unwrap()
                .meta
                .deletion_timestamp
                .is_none()
        );
        c.step(1).unwrap();
        let evicted = c.store().pod("default", &pod).unwrap();
        assert!(evicted.meta.deletion_timestamp.is_some());
        assert_eq!(evicted.printed_status().status, "Terminating");
        // The replacement goes to a healthy node; the evicted pod stays while the node is down.
        c.step(600_000).unwrap();
        assert!(
            c.store().pod("default", &pod).is_some(),
            "a dead kubelet cannot confirm the deletion"
        );
        let running: Vec<_> = c
            .store()
            .pods
            .values()
            .filter(|p| p.meta.deletion_timestamp.is_none())
            .collect();
        assert_eq!(running.len(), 3);
        assert!(
            running
                .iter()
                .all(|p| p.node_name.as_deref() != Some("node-1") && p.is_ready())
        );
        // Recovery: Ready again, taints gone, the evicted pod finally stops.
        c.recover_node("node-1").unwrap();
        assert!(c.store().nodes["node-1"].is_ready());
        assert!(taints(&c, "node-1").is_empty());
        c.step(5_000).unwrap();
        assert!(c.store().pod("default", &pod).is_none());
        let reasons: Vec<String> = c
            .events()
            .all()
            .filter(|e| e.involved.kind == "Node")
            .map(|e| e.reason.clone())
            .collect();
        assert_eq!(reasons, vec!["NodeNotReady", "NodeReady"]);
    }
}

#[test]
fn unknown_nodes_are_not_found() {
    let mut c = Cluster::new(ClusterConfig::default());
    assert_eq!(
        c.fail_node("node-9").unwrap_err().to_string(),
        "nodes \"node-9\" not found"
    );
    assert!(
        c.recover_node("node-1").is_ok(),
        "recovering a healthy node does nothing"
    );
}
