//! Rough timing of a rolling update at scale (the criterion benches come with issue #9).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use kubeplay_core::{Cluster, ClusterConfig};
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let mut config = ClusterConfig {
        nodes: 100,
        ..ClusterConfig::default()
    };
    config.limits.max_pods = 1_000_000;
    let mut c = Cluster::new(config);
    let yaml = format!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: big\nspec:\n  replicas: {n}\n  selector:\n    matchLabels: {{app: big}}\n  template:\n    metadata:\n      labels: {{app: big}}\n    spec:\n      containers:\n      - name: c\n        image: nginx:1.14.2\n        resources:\n          requests: {{cpu: 1m}}\n"
    );
    let t = Instant::now();
    c.apply(&yaml).unwrap();
    c.step(60_000).unwrap();
    println!("apply + settle {n}: {:?}", t.elapsed());
    let t = Instant::now();
    c.set_image("default", "big", "c", "nginx:1.16.1").unwrap();
    let mut steps = 0;
    while c
        .store()
        .deployment("default", "big")
        .unwrap()
        .status
        .updated_replicas
        < n as i32
        || c.store().pods.len() > n
    {
        c.step(1_000).unwrap();
        steps += 1;
        if steps > 10_000 {
            break;
        }
    }
    println!(
        "rolling update {n}: {:?} ({steps} virtual seconds)",
        t.elapsed()
    );
}
