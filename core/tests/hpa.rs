//! The HorizontalPodAutoscaler under a simulated load: rate-limited scale-up, the downscale
//! stabilization window, and a snapshot taken inside that window restoring the controller's
//! memory (a restored cluster scales down at the same instant as the original).

use kubeplay_core::kubectl;
use kubeplay_core::{Cluster, ClusterConfig};

const WEB: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        resources:
          requests:
            cpu: 100m
";

fn ok(c: &mut Cluster, line: &str) -> String {
    let o = kubectl::run(c, line);
    assert_eq!(o.exit_code, 0, "kubectl {line}: {}", o.stderr);
    o.stdout
}

fn replicas(c: &mut Cluster) -> String {
    ok(c, "get deploy web -o jsonpath={.spec.replicas}")
}

/// Steps the clock `secs` seconds and returns the Deployment's replicas after each second.
fn replicas_over(c: &mut Cluster, secs: u64) -> Vec<String> {
    (0..secs)
        .map(|_| {
            c.step(1000).expect("settles");
            replicas(c)
        })
        .collect()
}

fn loaded_cluster() -> Cluster {
    let mut c = Cluster::new(ClusterConfig::default());
    c.write_file("web.yaml", WEB);
    ok(&mut c, "apply -f web.yaml");
    c.step(20_000).expect("settles");
    ok(
        &mut c,
        "autoscale deploy web --min=1 --max=20 --cpu-percent=50",
    );
    ok(&mut c, "annotate deploy web kubeplay.dev/cpu-load=1000m");
    c
}

#[test]
fn scale_up_is_rate_limited_per_sync() {
    let mut c = loaded_cluster();
    // The new HPA synced before the load was set; from the next sync on, 1000% of 50% asks
    // for 20 replicas but each sync may go to at most max(2×current, 4).
    assert_eq!(replicas(&mut c), "1");
    let seen = replicas_over(&mut c, 75);
    let mut distinct: Vec<&String> = seen.iter().collect();
    distinct.dedup();
    assert_eq!(
        distinct,
        ["1", "4", "8", "16", "20"],
        "one step per 15 s sync"
    );
    let changes: Vec<usize> = (1..seen.len())
        .filter(|&i| seen[i] != seen[i - 1])
        .collect();
    assert!(changes.windows(2).all(|w| w[1] - w[0] == 15), "{changes:?}");
    let events = ok(
        &mut c,
        "get events --field-selector reason=SuccessfulRescale",
    );
    assert_eq!(events.lines().count(), 5, "{events}");
}

#[test]
fn scale_down_waits_for_the_stabilization_window_and_survives_a_snapshot() {
    let mut c = loaded_cluster();
    replicas_over(&mut c, 60);
    ok(
        &mut c,
        "annotate deploy web kubeplay.dev/cpu-load=100m --overwrite",
    );
    replicas_over(&mut c, 60);
    assert_eq!(replicas(&mut c), "20", "still inside the 5-minute window");
    let describe = ok(&mut c, "describe hpa web");
    assert!(describe.contains("ScaleDownStabilized"), "{describe}");

    let mut restored = Cluster::load(&c.save()).expect("loads");
    let original = replicas_over(&mut c, 300);
    let after_restore = replicas_over(&mut restored, 300);
    assert_eq!(original, after_restore);
    let first_down = original
        .iter()
        .position(|r| r != "20")
        .expect("scales down");
    assert!(
        first_down > 150,
        "no scale-down before the window ends: {first_down}"
    );
    assert_eq!(original.last().map(String::as_str), Some("2"));
}
