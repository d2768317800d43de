//! Property tests of Deployment rollouts over random input sequences (seeded, no extra
//! dependency): a Deployment with random replicas, strategy and minReadySeconds, then
//! random scales, image changes (good and unpullable), undos, pauses/resumes and pod
//! deletions separated by random gaps. `kubeplay_core::invariants` is checked after every
//! input and at every instant anything happens (each timer firing), at least every 500 ms
//! of virtual time; once the inputs stop on a good image and the Deployment is resumed,
//! the rollout must converge within 10 virtual minutes and stay converged.
//!
//! - `KUBEPLAY_PROPTEST_CASES=10000` runs more cases (default 1,000).
//! - `KUBEPLAY_PROPTEST_SEED=<n>` replays case `n` alone and prints its input log.
//!
//! Run with `cargo test -p kubeplay-core --test rollout_properties -- --nocapture`.

use std::fmt::Write as _;

use kubeplay_core::invariants::{self, RolloutMonitor};
use kubeplay_core::model::{Kind, ObjectKey};
use kubeplay_core::rng::Rng;
use kubeplay_core::{Cluster, ClusterConfig, Propagation, SimTime};

const NS: &str = "default";
const NAME: &str = "web";
const CONTAINER: &str = "web";
const GOOD: &[&str] = &[
    "nginx:1.14.2",
    "nginx:1.16.1",
    "nginx:1.19",
    "nginx:1.25",
    "nginx:alpine",
];
const BAD: &str = "nginx:1.161";
/// The longest pause between checks while time moves.
const MAX_STEP_MS: u64 = 500;
/// How long a case may take to converge once the inputs stop.
const CONVERGE_WITHIN_MS: u64 = 10 * 60 * 1000;
/// How long it must then stay converged.
const STAY_CONVERGED_MS: u64 = 60 * 1000;
const DEFAULT_CASES: u64 = 1_000;
/// Case `n` uses seed `SEED_BASE + n`.
const SEED_BASE: u64 = 0x6b75_6265_0000;

/// `maxSurge` / `maxUnavailable` as written.
#[derive(Clone, Copy, Debug)]
enum IntOrPct {
    Int(i32),
    Pct(i32),
}

impl IntOrPct {
    fn yaml(self) -> String {
        match self {
            IntOrPct::Int(i) => i.to_string(),
            IntOrPct::Pct(p) => format!("\"{p}%\""),
        }
    }

    fn is_zero(self) -> bool {
        matches!(self, IntOrPct::Int(0) | IntOrPct::Pct(0))
    }
}

#[derive(Clone, Debug)]
enum Strategy {
    Rolling {
        max_surge: Option<IntOrPct>,
        max_unavailable: Option<IntOrPct>,
    },
    Recreate,
}

#[derive(Clone, Debug)]
struct Setup {
    cluster_seed: u64,
    replicas: i32,
    strategy: Strategy,
    min_ready_seconds: i32,
    revision_history_limit: Option<i32>,
    image: &'static str,
}

impl Setup {
    fn random(rng: &mut Rng) -> Setup {
        let strategy = if rng.below(4) == 0 {
            Strategy::Recreate
        } else {
            loop {
                let max_surge = random_int_or_pct(rng);
                let max_unavailable = random_int_or_pct(rng);
                // Validation forbids both being 0 (a missing one defaults to 25%).
                if !(max_surge.is_some_and(IntOrPct::is_zero)
                    && max_unavailable.is_some_and(IntOrPct::is_zero))
                {
                    break Strategy::Rolling {
                        max_surge,
                        max_unavailable,
                    };
                }
            }
        };
        Setup {
            cluster_seed: rng.next_u64(),
            replicas: rng.below(13) as i32,
            strategy,
            min_ready_seconds: if rng.below(3) == 0 {
                0
            } else {
                rng.below(11) as i32
            },
            revision_history_limit: if rng.below(4) == 0 {
                Some(rng.below(4) as i32)
            } else {
                None
            },
            image: pick_image(rng),
        }
    }

    fn yaml(&self) -> String {
        let mut extra = String::new();
        match &self.strategy {
            Strategy::Recreate => extra.push_str("  strategy:\n    type: Recreate\n"),
            Strategy::Rolling {
                max_surge,
                max_unavailable,
            } => {
                extra.push_str("  strategy:\n    type: RollingUpdate\n");
                if max_surge.is_some() || max_unavailable.is_some() {
                    extra.push_str("    rollingUpdate:\n");
                }
                if let Some(v) = max_surge {
                    let _ = writeln!(extra, "      maxSurge: {}", v.yaml());
                }
                if let Some(v) = max_unavailable {
                    let _ = writeln!(extra, "      maxUnavailable: {}", v.yaml());
                }
            }
        }
        if self.min_ready_seconds > 0 {
            let _ = writeln!(extra, "  minReadySeconds: {}", self.min_ready_seconds);
        }
        if let Some(l) = self.revision_history_limit {
            let _ = writeln!(extra, "  revisionHistoryLimit: {l}");
        }
        format!(
            "apiVersion: apps/v1
kind: Deployment
metadata:
  name: {NAME}
spec:
  replicas: {replicas}
{extra}  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: {CONTAINER}
        image: {image}
",
            replicas = self.replicas,
            image = self.image,
        )
    }
}

fn random_int_or_pct(rng: &mut Rng) -> Option<IntOrPct> {
    match rng.below(5) {
        0 => None,
        1 | 2 => Some(IntOrPct::Int(rng.below(5) as i32)),
        _ => Some(IntOrPct::Pct(
            [0, 10, 20, 25, 30, 33, 50, 75, 100][rng.below(9) as usize],
        )),
    }
}

/// One image in five is the unpullable one.
fn pick_image(rng: &mut Rng) -> &'static str {
    if rng.below(5) == 0 {
        BAD
    } else {
        GOOD[rng.below(GOOD.len() as u64) as usize]
    }
}

#[derive(Clone, Debug)]
enum Op {
    Scale(i32),
    SetImage(&'static str),
    /// `rollout undo --to-revision=n` (0: the previous revision).
    Undo(i64),
    PauseOrResume,
    /// Delete the n-th (mod count) non-terminating pod, by name.
    DeletePod(u64),
}

impl Op {
    fn random(rng: &mut Rng) -> Op {
        match rng.below(20) {
            0..=3 => Op::Scale(rng.below(13) as i32),
            4..=9 => Op::SetImage(pick_image(rng)),
            10..=12 => Op::Undo(if rng.below(4) == 0 {
                1 + rng.below(5) as i64
            } else {
                0
            }),
            13..=15 => Op::PauseOrResume,
            _ => Op::DeletePod(rng.next_u64()),
        }
    }
}

#[derive(Default)]
struct Stats {
    checks: u64,
    bounds_checks: u64,
    availability_checks: u64,
    /// Times the floor was disarmed by a scale-down of a ReplicaSet with warming pods.
    warming_scale_downs: u64,
    /// Checks of Recreate's no-overlap promise.
    recreate_checks: u64,
    /// Instants looked at whose state had already been checked (nothing written since).
    unchanged: u64,
    /// Slowest convergence (virtual ms after the last input), and its case.
    slowest_convergence_ms: u64,
    slowest_seed: u64,
}

/// What one case did.
struct Outcome {
    seed: u64,
    /// The final dump, or why the case failed (with the state at that instant).
    result: Result<String, String>,
    /// Every input, with its virtual time and what the API answered.
    log: String,
}

struct Case<'a> {
    seed: u64,
    c: Cluster,
    monitor: RolloutMonitor,
    log: String,
    stats: &'a mut Stats,
    /// Log a one-line summary of the ReplicaSets whenever it changes (single-seed replays).
    trace: bool,
    last_summary: String,
    /// `resource_version` of the store at the last check.
    last_checked_rv: Option<u64>,
}

impl Case<'_> {
    fn note(&mut self, what: impl AsRef<str>) {
        let _ = writeln!(
            self.log,
            "t={:>7}ms {}",
            self.c.now().millis(),
            what.as_ref()
        );
    }

    fn check(&mut self) -> Result<(), String> {
        // Nothing was written since the last check: the same state was verified already
        // (the checks depend on time only through pod availability, which only grows).
        let rv = self.c.store().resource_version;
        if self.last_checked_rv == Some(rv) {
            self.stats.unchanged += 1;
            return Ok(());
        }
        self.last_checked_rv = Some(rv);
        if self.trace {
            let summary = self.summary();
            if summary != self.last_summary {
                self.note(format!("  {summary}"));
                self.last_summary = summary;
            }
        }
        let checked = self
            .monitor
            .observe(&self.c)
            .map_err(|e| format!("invariant violated: {e}"))?;
        self.stats.checks += 1;
        self.stats.bounds_checks += u64::from(checked.bounds);
        self.stats.availability_checks += u64::from(checked.availability);
        self.stats.warming_scale_downs += u64::from(checked.warming_scale_down);
        self.stats.recreate_checks += u64::from(checked.recreate);
        Ok(())
    }

    /// Advances to `until`, stopping at every wake-up and at least every 500 ms to check.
    fn advance(
        &mut self,
        until: SimTime,
        mut stop: impl FnMut(&Cluster) -> bool,
    ) -> Result<bool, String> {
        while self.c.now() < until {
            let mut t = SimTime(self.c.now().millis() + MAX_STEP_MS).min(until);
            if let Some(w) = self.c.next_wakeup() {
                t = t.min(w.max(SimTime(self.c.now().millis() + 1)));
            }
            self.c
                .advance_to(t)
                .map_err(|e| format!("advance_to {}ms: {e}", t.millis()))?;
            self.check()?;
            if stop(&self.c) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn gap(&mut self, ms: u64) -> Result<(), String> {
        if ms > 0 {
            self.note(format!("step {ms}ms"));
            let until = SimTime(self.c.now().millis() + ms);
            self.advance(until, |_| false)?;
        }
        Ok(())
    }

    fn template_image(&self) -> String {
        let d = self.c.store().deployment(NS, NAME).expect("deployment");
        d.spec.template.containers()[0]
            .get("image")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    }

    fn paused(&self) -> bool {
        self.c
            .store()
            .deployment(NS, NAME)
            .is_some_and(|d| d.spec.paused)
    }

    fn apply_op(&mut self, op: &Op) -> Result<(), String> {
        let outcome = match *op {
            Op::Scale(n) => {
                self.monitor.disrupted();
                format!(
                    "scale --replicas={n} -> {:?}",
                    self.c.scale_deployment(NS, NAME, n)
                )
            }
            Op::SetImage(image) => {
                format!(
                    "set image {CONTAINER}={image} -> {:?}",
                    self.c.set_image(NS, NAME, CONTAINER, image)
                )
            }
            Op::Undo(rev) => format!(
                "rollout undo --to-revision={rev} -> {:?}",
                self.c.rollout_undo(NS, NAME, rev)
            ),
            Op::PauseOrResume => {
                if self.paused() {
                    format!("rollout resume -> {:?}", self.c.resume_deployment(NS, NAME))
                } else {
                    format!("rollout pause -> {:?}", self.c.pause_deployment(NS, NAME))
                }
            }
            Op::DeletePod(k) => {
                let pods: Vec<String> = self
                    .c
                    .store()
                    .pods_in(NS)
                    .filter(|p| p.meta.deletion_timestamp.is_none())
                    .map(|p| p.meta.name.clone())
                    .collect();
                if pods.is_empty() {
                    "delete pod: no pod to delete".to_string()
                } else {
                    let pod = &pods[(k % pods.len() as u64) as usize];
                    self.monitor.disrupted();
                    let r = self.c.delete(
                        &ObjectKey::new(Kind::Pod, NS, pod),
                        Propagation::Background,
                        None,
                    );
                    format!("delete pod {pod} -> {r:?}")
                }
            }
        };
        self.note(&outcome);
        if outcome.contains("NotSettled") {
            return Err(format!("the controllers did not settle: {outcome}"));
        }
        self.check()
    }

    /// `rs(rev) spec/active/ready/available[ -terminating]` per ReplicaSet, oldest revision first.
    fn summary(&self) -> String {
        let store = self.c.store();
        let mut rss: Vec<_> = store.replicasets.values().collect();
        rss.sort_by_key(|r| r.revision());
        let parts: Vec<String> = rss
            .iter()
            .map(|r| {
                let terminating = store
                    .pods_controlled_by(&r.meta.uid)
                    .filter(|p| p.meta.deletion_timestamp.is_some())
                    .count();
                let image = r.spec.template.containers()[0]
                    .get("image")
                    .and_then(|v| v.as_str())
                    .unwrap_or_default();
                let mut s = format!(
                    "{}(r{} {image}) {}/{}/{}/{}",
                    &r.meta.name[r.meta.name.len() - 4..],
                    r.revision().unwrap_or(0),
                    r.spec.replicas,
                    r.status.replicas,
                    r.status.ready_replicas,
                    r.status.available_replicas
                );
                if terminating > 0 {
                    let _ = write!(s, " -{terminating}");
                }
                s
            })
            .collect();
        parts.join(" | ")
    }

    /// The ReplicaSets and pods, for failure reports.
    fn state(&self) -> String {
        let mut s = String::new();
        if let Some(d) = self.c.store().deployment(NS, NAME) {
            let st = &d.status;
            let _ = writeln!(
                s,
                "deployment: replicas {} paused {} gen {}/{} status replicas {} updated {} ready {} available {} unavailable {} image {}",
                d.spec.replicas,
                d.spec.paused,
                st.observed_generation,
                d.meta.generation,
                st.replicas,
                st.updated_replicas,
                st.ready_replicas,
                st.available_replicas,
                st.unavailable_replicas,
                self.template_image()
            );
            for c in &st.conditions {
                let _ = writeln!(s, "  condition {} {} {}", c.type_, c.status, c.reason);
            }
        }
        for rs in self.c.store().replicasets.values() {
            let _ = writeln!(
                s,
                "rs {} rev {:?} image {} spec {} status {}/{}/{} annotations desired {:?} max {:?}",
                rs.meta.name,
                rs.revision(),
                rs.spec.template.containers()[0]
                    .get("image")
                    .and_then(|v| v.as_str())
                    .unwrap_or_default(),
                rs.spec.replicas,
                rs.status.replicas,
                rs.status.ready_replicas,
                rs.status.available_replicas,
                rs.meta
                    .annotations
                    .get("deployment.kubernetes.io/desired-replicas"),
                rs.meta
                    .annotations
                    .get("deployment.kubernetes.io/max-replicas"),
            );
        }
        for p in self.c.store().pods.values() {
            let _ = writeln!(
                s,
                "pod {} {:?} ready {} deleting {}",
                p.meta.name,
                p.status.phase,
                p.is_ready(),
                p.meta.deletion_timestamp.is_some()
            );
        }
        s
    }
}

/// Runs case `seed`.
fn run_case(seed: u64, stats: &mut Stats, trace: bool) -> Outcome {
    let mut rng = Rng::new(seed);
    let setup = Setup::random(&mut rng);
    let mut case = Case {
        seed,
        c: Cluster::new(ClusterConfig {
            seed: setup.cluster_seed,
            ..ClusterConfig::default()
        }),
        monitor: RolloutMonitor::new(NS, NAME),
        log: String::new(),
        stats,
        trace,
        last_summary: String::new(),
        last_checked_rv: None,
    };
    let result = match drive(&mut case, &setup, &mut rng) {
        Ok(()) => Ok(case.c.dump()),
        Err(message) => Err(format!(
            "{message}\n--- state at t={}ms ---\n{}",
            case.c.now().millis(),
            case.state()
        )),
    };
    Outcome {
        seed,
        result,
        log: case.log,
    }
}

fn drive(case: &mut Case<'_>, setup: &Setup, rng: &mut Rng) -> Result<(), String> {
    case.note(format!(
        "apply replicas={} strategy={:?} minReadySeconds={} revisionHistoryLimit={:?} image={} (cluster seed {:#x})",
        setup.replicas,
        setup.strategy,
        setup.min_ready_seconds,
        setup.revision_history_limit,
        setup.image,
        setup.cluster_seed
    ));
    case.c
        .apply(&setup.yaml())
        .map_err(|e| format!("apply failed: {:?}", e.diagnostics()))?;
    case.check()?;
    let random_gap = |rng: &mut Rng| {
        if rng.below(3) == 0 {
            0
        } else {
            rng.below(30_001)
        }
    };
    let g = random_gap(rng);
    case.gap(g)?;

    let n_ops = 1 + rng.below(8);
    for _ in 0..n_ops {
        let op = Op::random(rng);
        case.apply_op(&op)?;
        let g = random_gap(rng);
        case.gap(g)?;
    }

    // The inputs stop: resume, and make sure the template is pullable.
    if case.paused() {
        case.apply_op(&Op::PauseOrResume)?;
    }
    if case.template_image() == BAD || rng.below(4) == 0 {
        let image = GOOD[rng.below(GOOD.len() as u64) as usize];
        case.apply_op(&Op::SetImage(image))?;
    }
    let start = case.c.now();
    let until = SimTime(start.millis() + CONVERGE_WITHIN_MS);
    let done = case.advance(until, |c| invariants::converged(c, NS, NAME))?;
    if !done {
        return Err(format!(
            "did not converge within {}s of the last input: {}",
            CONVERGE_WITHIN_MS / 1000,
            invariants::convergence_gap(&case.c, NS, NAME).unwrap_or_default()
        ));
    }
    let d = case.c.store().deployment(NS, NAME).expect("deployment");
    let cond = |t: &str| {
        d.status
            .condition(t)
            .map(|c| format!("{} {}", c.status, c.reason))
    };
    if cond("Available").as_deref() != Some("True MinimumReplicasAvailable")
        || cond("Progressing").as_deref() != Some("True NewReplicaSetAvailable")
    {
        return Err(format!(
            "converged with conditions Available={:?} Progressing={:?}",
            cond("Available"),
            cond("Progressing")
        ));
    }
    let took = case.c.now().millis() - start.millis();
    case.note(format!("converged after {took}ms"));
    if took > case.stats.slowest_convergence_ms {
        case.stats.slowest_convergence_ms = took;
        case.stats.slowest_seed = case.seed;
    }
    let until = SimTime(case.c.now().millis() + STAY_CONVERGED_MS);
    let left = case.advance(until, |c| !invariants::converged(c, NS, NAME))?;
    if left {
        return Err(format!(
            "converged, then left it: {}",
            invariants::convergence_gap(&case.c, NS, NAME).unwrap_or_default()
        ));
    }
    Ok(())
}

/// Tests may read the environment (core itself may not: see core/clippy.toml).
#[allow(clippy::disallowed_methods)]
fn env_u64(key: &str) -> Option<u64> {
    std::env::var(key).ok().and_then(|v| v.trim().parse().ok())
}

#[test]
fn images_used_are_what_the_test_thinks() {
    for image in GOOD {
        assert!(
            kubeplay_core::images::lookup(image).is_ok(),
            "{image} should pull"
        );
    }
    assert!(kubeplay_core::images::lookup(BAD).is_err());
}

#[test]
fn rollouts_keep_their_invariants_and_converge() {
    let single = env_u64("KUBEPLAY_PROPTEST_SEED");
    let seeds: Vec<u64> = match single {
        Some(s) => vec![s],
        None => {
            let cases = env_u64("KUBEPLAY_PROPTEST_CASES").unwrap_or(DEFAULT_CASES);
            (0..cases).map(|i| SEED_BASE + i).collect()
        }
    };
    let mut stats = Stats::default();
    let mut failures: Vec<Outcome> = Vec::new();
    for &seed in &seeds {
        let out = run_case(seed, &mut stats, single.is_some());
        if single.is_some() {
            let mut rng = Rng::new(seed);
            println!(
                "case {seed}:\n{}\n--- inputs ---\n{}",
                Setup::random(&mut rng).yaml(),
                out.log
            );
        }
        if out.result.is_err() {
            failures.push(out);
        }
    }
    println!(
        "rollout properties: {} cases, {} checks + {} instants with nothing new ({} with surge bounds, {} with the availability floor; floor disarmed {} times by a scale-down of warming pods; {} Recreate no-overlap), slowest convergence {}ms (seed {}), {} failed",
        seeds.len(),
        stats.checks,
        stats.unchanged,
        stats.bounds_checks,
        stats.availability_checks,
        stats.warming_scale_downs,
        stats.recreate_checks,
        stats.slowest_convergence_ms,
        stats.slowest_seed,
        failures.len()
    );
    for f in failures.iter().take(10) {
        println!(
            "\n=== FAILED seed {seed} (replay: KUBEPLAY_PROPTEST_SEED={seed} cargo test -p kubeplay-core --test rollout_properties -- --nocapture)\n{}\n--- inputs ---\n{}",
            f.result.as_ref().err().map_or("", String::as_str),
            f.log,
            seed = f.seed,
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed; seeds: {:?}",
        failures.len(),
        seeds.len(),
        failures.iter().map(|f| f.seed).collect::<Vec<_>>()
    );
}

#[test]
fn same_seed_same_dump() {
    for i in 0..20 {
        let seed = SEED_BASE + 7_919 * i;
        let mut stats = Stats::default();
        let a = run_case(seed, &mut stats, false);
        let b = run_case(seed, &mut stats, false);
        assert_eq!(a.log, b.log, "seed {seed}: the inputs' outcomes differ");
        assert!(a.result == b.result, "seed {seed}: the final dumps differ");
        if let Ok(dump) = &a.result {
            assert!(dump.lines().count() > 4, "seed {seed}: {dump}");
        }
    }
}

/// Upstream behaviour the availability floor has to live with (see
/// `invariants::RolloutMonitor`): `cleanupUnhealthyReplicas` scales an old ReplicaSet
/// down by `spec − availableReplicas`, but the ReplicaSet controller picks the victims by
/// `ActivePodsWithRanks` — readiness, co-location, log₂-bucketed ready time, uid — not by
/// availability. With `minReadySeconds`, a pod that is ready but not yet available can
/// outlive an available one, and availability drops below `replicas − maxUnavailable`.
///
/// Exact reproducer (cluster seed 26): replicas 2, maxSurge 2, maxUnavailable 0,
/// minReadySeconds 10, nginx:1.14.2; step 30 s; set image nginx:1.16.1; step 14.8 s; undo.
/// The new ReplicaSet's pods were ready at 33.76 s (available) and 34.91 s (not yet);
/// both sit alone on their nodes and in the same ready-time bucket (⌊log₂ ns⌋ = 33), so
/// the uid decides and the available one goes: Σ available 2 → 1 with a floor of 2.
///
/// The test searches a few seeds (so it survives timing changes) and checks the mechanism
/// each time availability drops.
#[test]
fn upstream_gap_warming_pod_can_outlive_an_available_one() {
    let yaml = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  minReadySeconds: 10
  strategy:
    rollingUpdate:
      maxSurge: 2
      maxUnavailable: 0
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.14.2
";
    let available = |c: &Cluster| {
        c.store()
            .replicasets
            .values()
            .map(|r| r.status.available_replicas)
            .sum::<i32>()
    };
    let mut hits = 0;
    for seed in 1..=40 {
        let mut c = Cluster::new(ClusterConfig {
            seed,
            ..ClusterConfig::default()
        });
        c.apply(yaml).unwrap();
        c.step(30_000).unwrap();
        c.set_image(NS, NAME, CONTAINER, "nginx:1.16.1").unwrap();
        for _ in 0..200 {
            c.step(100).unwrap();
            if available(&c) < 3 {
                continue;
            }
            let mut undone = c.clone();
            undone.rollout_undo(NS, NAME, 0).unwrap();
            if available(&undone) >= 3 {
                continue;
            }
            // The mechanism: an old ReplicaSet was scaled down while it had warming pods,
            // and one of its pods that went was available while a warming one stayed.
            let now = c.now();
            let min_ready = 10;
            let gone_available = c.store().pods.values().any(|p| {
                p.meta.deletion_timestamp.is_none()
                    && p.is_available(min_ready, now)
                    && undone
                        .store()
                        .pod(NS, &p.meta.name)
                        .is_some_and(|q| q.meta.deletion_timestamp.is_some())
            });
            let kept_warming = undone.store().pods.values().any(|p| {
                p.meta.deletion_timestamp.is_none()
                    && p.is_ready()
                    && !p.is_available(min_ready, now)
            });
            assert!(
                gone_available && kept_warming,
                "seed {seed} t={}ms: availability fell another way",
                now.millis()
            );
            hits += 1;
            break;
        }
        if hits >= 3 {
            break;
        }
    }
    assert!(
        hits > 0,
        "no seed in 1..=40 reproduces the upstream gap any more: has the deletion order changed?"
    );
}

/// Upstream behaviour `invariants::check_recreate` exempts: pausing a Recreate Deployment
/// while its old pods are still terminating. The paused `sync()` runs `scale()`;
/// `FindActiveOrLatest` finds no active ReplicaSet (the rollout scaled them all to 0) and
/// returns the new ReplicaSet, which already exists here because the undo went back to
/// revision 1 — so it is scaled straight to `replicas` and its pods start next to the
/// terminating old ones, which Recreate otherwise never allows.
#[test]
fn upstream_pausing_a_recreate_mid_way_starts_new_pods_early() {
    let yaml = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  strategy:
    type: Recreate
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.14.2
";
    let mut c = Cluster::new(ClusterConfig::default());
    c.apply(yaml).unwrap();
    c.step(30_000).unwrap();
    c.set_image(NS, NAME, CONTAINER, "nginx:1.16.1").unwrap();
    c.step(30_000).unwrap();
    assert!(invariants::converged(&c, NS, NAME));
    c.rollout_undo(NS, NAME, 0).unwrap();
    // Not paused: revision 1's ReplicaSet waits for the old pods to go.
    assert_eq!(invariants::check_recreate(&c, NS, NAME), Ok(()));
    let rev1 = c
        .store()
        .replicasets
        .values()
        .find(|r| r.revision() == Some(3))
        .unwrap()
        .meta
        .name
        .clone();
    assert_eq!(c.store().replicaset(NS, &rev1).unwrap().spec.replicas, 0);
    c.pause_deployment(NS, NAME).unwrap();
    let rs = c.store().replicaset(NS, &rev1).unwrap();
    assert_eq!(
        rs.spec.replicas, 2,
        "paused sync scaled the new ReplicaSet up at once"
    );
    let old_terminating = c
        .store()
        .pods
        .values()
        .filter(|p| p.meta.deletion_timestamp.is_some())
        .count();
    assert_eq!(
        (rs.status.replicas, old_terminating),
        (2, 2),
        "new pods next to terminating old ones"
    );
    // The overlap check itself would object once resumed, until the old pods are gone.
    c.resume_deployment(NS, NAME).unwrap();
    assert!(invariants::check_recreate(&c, NS, NAME).is_err());
    c.step(60_000).unwrap();
    assert_eq!(invariants::check_recreate(&c, NS, NAME), Ok(()));
    assert!(invariants::converged(&c, NS, NAME));
}
