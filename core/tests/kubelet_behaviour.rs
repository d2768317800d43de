//! The simulated kubelet's application behaviour (issue #7): programs that exit (the image
//! catalog's shells and `kubeplay/crashy`, `kubeplay.dev/*` annotations), crash loops with
//! the kubelet's back-off, readiness probes that pass late or never, liveness probes that
//! kill, and what `kubectl` shows of them (the `h-crashloop` goldens of the real cluster).

use kubeplay_core::kubectl;
use kubeplay_core::model::Pod;
use kubeplay_core::model::pod::{ContainerState, PodPhase};
use kubeplay_core::{Cluster, ClusterConfig, Timings};

/// One node, no jitter: every duration is the README's default exactly.
fn cluster() -> Cluster {
    Cluster::new(ClusterConfig {
        nodes: 1,
        timings: Timings {
            jitter_percent: 0,
            ..Timings::default()
        },
        ..ClusterConfig::default()
    })
}

fn pod_yaml(name: &str, annotations: &str, container: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {name}\n  labels:\n    run: {name}\n{annotations}spec:\n  containers:\n{container}"
    )
}

fn pod<'a>(c: &'a Cluster, name: &str) -> &'a Pod {
    c.store().pod("default", name).expect("pod exists")
}

fn run(c: &mut Cluster, cmd: &str) -> String {
    let out = kubectl::run(c, cmd);
    assert_eq!(out.stderr, "", "{cmd}");
    out.stdout
}

/// (reason, message, count) of the events about `name` with this reason.
fn events(c: &Cluster, name: &str, reason: &str) -> Vec<(String, i32)> {
    c.events()
        .all()
        .filter(|e| e.involved.name == name && e.reason == reason)
        .map(|e| (e.message.clone(), e.count))
        .collect()
}

/// Steps in 100 ms ticks up to `until_ms`, noting the virtual time of each restart.
fn restart_times(c: &mut Cluster, name: &str, until_ms: u64) -> Vec<u64> {
    let mut seen = 0;
    let mut out = vec![];
    while c.now().millis() < until_ms {
        c.step(100).unwrap();
        let n = pod(c, name).status.container_statuses[0].restart_count;
        if n != seen {
            seen = n;
            out.push(c.now().millis());
        }
    }
    out
}

const BUSYBOX: &str = "  - name: app\n    image: busybox:1.36\n";

#[test]
fn busybox_without_command_completes_then_crash_loops_with_doubling_back_off() {
    let mut c = cluster();
    c.apply(&pod_yaml("bb", "", BUSYBOX)).unwrap();
    // Pull 1 s + 2 MB × 40 ms, start 0.4 s: running at 1.48 s; `sh` with no stdin exits
    // 0 at once (seen after min_run_ms, 1 s).
    c.step(1_500).unwrap();
    assert_eq!(pod(&c, "bb").printed_status().status, "Running");
    c.step(1_000).unwrap();
    let p = pod(&c, "bb");
    let st = p.printed_status();
    assert_eq!(
        (st.status.as_str(), st.ready, st.restarts),
        ("Completed", 0, 0)
    );
    assert_eq!(p.status.phase, PodPhase::Running, "phase stays Running");
    assert!(!p.is_ready());
    // The first exit restarts at once (next sync, 1 s later, + 0.4 s start); then the
    // back-off is 10 s, 20 s, 40 s, 80 s, 160 s, 300 s (restart at the first 10 s resync
    // past it, + 0.4 s).
    let times = restart_times(&mut c, "bb", 1_000_000);
    assert_eq!(
        times,
        vec![
            3_900, 16_300, 38_700, 81_100, 163_500, 325_900, 628_300, 930_700
        ]
    );
    let mut c = cluster();
    c.apply(&pod_yaml("bb", "", BUSYBOX)).unwrap();
    let mut messages = vec![];
    while c.now().millis() < 700_000 {
        c.step(100).unwrap();
        if let ContainerState::Waiting {
            message: Some(m), ..
        } = &pod(&c, "bb").status.container_statuses[0].state
        {
            if messages.last() != Some(m) {
                messages.push(m.clone());
            }
        }
    }
    let uid = pod(&c, "bb").meta.uid.clone();
    let want: Vec<String> = ["10s", "20s", "40s", "1m20s", "2m40s", "5m0s"]
        .iter()
        .map(|d| format!("back-off {d} restarting failed container=app pod=bb_default({uid})"))
        .collect();
    assert_eq!(messages, want);
}

#[test]
fn crash_loop_status_restarts_and_events() {
    let mut c = cluster();
    let yaml = pod_yaml(
        "crashy",
        "",
        "  - name: app\n    image: busybox:1.36\n    command: [sh, -c, 'echo starting; exit 1']\n",
    );
    c.apply(&yaml).unwrap();
    c.step(2_500).unwrap();
    // Exited 1 at 2.48 s: Error, not yet restarted.
    assert_eq!(
        run(&mut c, "get pods"),
        "NAME     READY   STATUS   RESTARTS   AGE\ncrashy   0/1     Error    0          2s\n"
    );
    c.step(3_500).unwrap();
    // Restarted at 3.88 s, exited again at 4.88 s, back-off since the 5.88 s sync.
    let p = pod(&c, "crashy");
    let cs = &p.status.container_statuses[0];
    assert_eq!(cs.restart_count, 1);
    assert!(!cs.ready && !cs.started);
    assert!(
        matches!(&cs.state, ContainerState::Waiting { reason, .. } if reason == "CrashLoopBackOff")
    );
    assert!(matches!(
        &cs.last_state,
        Some(ContainerState::Terminated { exit_code: 1, reason: Some(r), .. }) if r == "Error"
    ));
    assert_eq!(
        run(&mut c, "get pods"),
        "NAME     READY   STATUS             RESTARTS     AGE\ncrashy   0/1     CrashLoopBackOff   1 (2s ago)   6s\n"
    );
    c.step(120_000).unwrap();
    // Restarts at 3.88, 16.28, 38.68, 81.08 s; back-off 80 s since the 83.08 s sync.
    assert_eq!(
        run(&mut c, "get pods"),
        "NAME     READY   STATUS             RESTARTS      AGE\ncrashy   0/1     CrashLoopBackOff   4 (44s ago)   2m6s\n"
    );
    let uid = pod(&c, "crashy").meta.uid.clone();
    let pulled = "Container image \"busybox:1.36\" already present on machine".to_string();
    let first = "Successfully pulled image \"busybox:1.36\" in 1.08s (1.08s including waiting). Image size: 2512812 bytes.";
    assert_eq!(
        events(&c, "crashy", "Pulled"),
        vec![(first.to_string(), 1), (pulled, 4)]
    );
    assert_eq!(
        events(&c, "crashy", "Created"),
        vec![("Created container: app".to_string(), 5)]
    );
    assert_eq!(
        events(&c, "crashy", "Started"),
        vec![("Started container app".to_string(), 5)]
    );
    // BackOff at each 10 s sync while backing off: 1 + 2 + 4 + 5 (of 8) so far.
    assert_eq!(
        events(&c, "crashy", "BackOff"),
        vec![(
            format!("Back-off restarting failed container app in pod crashy_default({uid})"),
            12
        )]
    );
}

#[test]
fn describe_crash_looping_pod_follows_the_golden() {
    let mut c = cluster();
    let yaml = pod_yaml(
        "crashy",
        "",
        "  - name: app\n    image: busybox:1.36\n    command: [sh, -c, 'echo starting; exit 1']\n",
    );
    c.apply(&yaml).unwrap();
    c.step(14 * 60_000).unwrap();
    let out = run(&mut c, "describe pod crashy");
    // The golden (h-crashloop__describe-pod.txt) after 14 min: 7 restarts, waiting in
    // CrashLoopBackOff, the last exit under Last State, events folded with counts. (The
    // real kubelet's resync during a back-off is jittered 10–15 s, so its BackOff count is
    // lower: x61 over 13m there; every 10 s here.)
    let containers = out
        .split("Containers:\n")
        .nth(1)
        .unwrap()
        .split("    Environment:")
        .next()
        .unwrap();
    let lines: Vec<&str> = containers.lines().collect();
    assert_eq!(lines[0], "  app:");
    assert!(lines[1].starts_with("    Container ID:  containerd://"));
    assert_eq!(lines[2], "    Image:         busybox:1.36");
    assert!(lines[3].starts_with("    Image ID:      docker.io/library/busybox@sha256:"));
    let rest: Vec<&str> = lines[4..]
        .iter()
        .copied()
        .filter(|l| !l.contains("Started:") && !l.contains("Finished:"))
        .collect();
    assert_eq!(
        rest,
        vec![
            "    Port:          <none>",
            "    Host Port:     <none>",
            "    Command:",
            "      sh",
            "      -c",
            "      echo starting; exit 1",
            "    State:          Waiting",
            "      Reason:       CrashLoopBackOff",
            "    Last State:     Terminated",
            "      Reason:       Error",
            "      Exit Code:    1",
            "    Ready:          False",
            "    Restart Count:  7",
        ]
    );
    assert!(out.contains("Status:           Running\n"));
    assert!(
        out.contains(
            "  Ready                       False \n  ContainersReady             False \n"
        )
    );
    let events = out.split("Events:\n").nth(1).unwrap();
    let uid = pod(&c, "crashy").meta.uid.clone();
    let want = format!(
        "  Type     Reason     Age                  From               Message
  ----     ------     ----                 ----               -------
  Normal   Scheduled  14m                  default-scheduler  Successfully assigned default/crashy to node-1
  Normal   Pulling    14m                  kubelet            Pulling image \"busybox:1.36\"
  Normal   Pulled     13m                  kubelet            Successfully pulled image \"busybox:1.36\" in 1.08s (1.08s including waiting). Image size: 2XXXXXX bytes.
  Normal   Pulled     3m33s (x7 over 13m)  kubelet            Container image \"busybox:1.36\" already present on machine
  Normal   Created    3m32s (x8 over 13m)  kubelet            Created container: app
  Normal   Started    3m32s (x8 over 13m)  kubelet            Started container app
  Warning  BackOff    10s (x82 over 13m)   kubelet            Back-off restarting failed container app in pod crashy_default({uid})
"
    );
    let masked: String = events
        .lines()
        .map(|l| match l.find("Image size: ") {
            Some(i) => format!("{}Image size: 2XXXXXX bytes.", &l[..i]),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    assert_eq!(masked, want);
}

#[test]
fn annotations_and_catalog_images_set_what_a_container_does() {
    struct Case {
        name: &'static str,
        annotations: &'static str,
        container: &'static str,
        restart_policy: &'static str,
        /// After 20 s: STATUS, restarts, phase.
        want: (&'static str, i64, PodPhase),
    }
    let cases = [
        Case {
            name: "crash-after",
            annotations: "  annotations:\n    kubeplay.dev/crash-after: \"5\"\n",
            container: "  - name: app\n    image: nginx:1.25\n",
            restart_policy: "Always",
            // nginx running at 4.2 s, exits 1 at 9.2 s, restarted at once, exits at 14.6 s.
            want: ("CrashLoopBackOff", 1, PodPhase::Running),
        },
        Case {
            name: "other-container",
            annotations: "  annotations:\n    kubeplay.dev/crash-after.sidecar: \"5\"\n",
            container: "  - name: app\n    image: nginx:1.25\n",
            restart_policy: "Always",
            want: ("Running", 0, PodPhase::Running),
        },
        Case {
            name: "exit-zero",
            annotations: "  annotations:\n    kubeplay.dev/crash-after.app: \"5\"\n    kubeplay.dev/exit-code: \"0\"\n",
            container: "  - name: app\n    image: nginx:1.25\n",
            restart_policy: "OnFailure",
            want: ("Completed", 0, PodPhase::Succeeded),
        },
        Case {
            name: "never",
            annotations: "",
            container: "  - name: app\n    image: busybox:1.36\n    command: [\"false\"]\n",
            restart_policy: "Never",
            want: ("Error", 0, PodPhase::Failed),
        },
        Case {
            name: "sleeper",
            annotations: "",
            container: "  - name: app\n    image: busybox:1.36\n    command: [sleep, \"3600\"]\n",
            restart_policy: "Always",
            want: ("Running", 0, PodPhase::Running),
        },
        Case {
            name: "crashy",
            annotations: "",
            container: "  - name: app\n    image: kubeplay/crashy:1.0\n",
            restart_policy: "Always",
            // Running at 1.48 s, exits 1 at 6.48 s, restarted at 7.88 s, exits at 12.88 s.
            want: ("CrashLoopBackOff", 1, PodPhase::Running),
        },
    ];
    for case in cases {
        let mut c = cluster();
        let yaml = pod_yaml(case.name, case.annotations, case.container)
            + &format!("  restartPolicy: {}\n", case.restart_policy);
        c.apply(&yaml).unwrap();
        c.step(20_000).unwrap();
        let p = pod(&c, case.name);
        let st = p.printed_status();
        assert_eq!(
            (st.status.as_str(), st.restarts, p.status.phase),
            case.want,
            "{}",
            case.name
        );
    }
}

const PROBED: &str = "  - name: web
    image: nginx:1.25
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /healthz
        port: 80
      periodSeconds: 5
";

#[test]
fn never_ready_pods_fail_their_readiness_probe_forever() {
    let mut c = cluster();
    let ann = "  annotations:\n    kubeplay.dev/never-ready: \"true\"\n";
    c.apply(&pod_yaml("web", ann, PROBED)).unwrap();
    c.step(60_000).unwrap();
    let p = pod(&c, "web");
    let st = p.printed_status();
    assert_eq!(
        (st.ready, st.status.as_str(), st.restarts),
        (0, "Running", 0)
    );
    assert!(!p.is_ready());
    // Running at 4.2 s (pull 3.8 s + 0.4 s); probes at 4.2, 9.2, … 59.2 s.
    assert_eq!(
        events(&c, "web", "Unhealthy"),
        vec![(
            "Readiness probe failed: HTTP probe failed with statuscode: 503".into(),
            12
        )]
    );
    assert_eq!(
        run(&mut c, "get pods"),
        "NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Running   0          60s\n"
    );
}

#[test]
fn startup_seconds_delay_readiness_behind_the_probe() {
    struct Case {
        probe: &'static str,
        /// Ready at (ms), Unhealthy messages.
        want: (u64, Vec<(String, i32)>),
    }
    let cases = [
        Case {
            probe: "      httpGet:\n        path: /healthz\n        port: 80\n      periodSeconds: 5\n",
            // Up at 4.2 + 12 = 16.2 s; probes at 4.2, 9.2, 14.2 fail, 19.2 passes.
            want: (
                19_200,
                vec![(
                    "Readiness probe failed: Get \"http://10.244.1.2:80/healthz\": dial tcp 10.244.1.2:80: connect: connection refused".into(),
                    3,
                )],
            ),
        },
        Case {
            probe: "      tcpSocket:\n        port: 80\n      initialDelaySeconds: 10\n      successThreshold: 2\n",
            // Probes at 14.2 (refused), 24.2, 34.2 (second success: ready).
            want: (
                34_200,
                vec![(
                    "Readiness probe failed: dial tcp 10.244.1.2:80: connect: connection refused"
                        .into(),
                    1,
                )],
            ),
        },
        Case {
            probe: "      exec:\n        command: [cat, /tmp/healthy]\n      periodSeconds: 3\n",
            // Probes at 4.2, 7.2, 10.2, 13.2 fail; 16.2 passes.
            want: (
                16_200,
                vec![(
                    "Readiness probe failed: cat: can't open '/tmp/healthy': No such file or directory".into(),
                    4,
                )],
            ),
        },
    ];
    for case in cases {
        let mut c = cluster();
        let ann = "  annotations:\n    kubeplay.dev/startup-seconds: \"12\"\n";
        let container = format!(
            "  - name: web\n    image: nginx:1.25\n    readinessProbe:\n{}",
            case.probe
        );
        c.apply(&pod_yaml("web", ann, &container)).unwrap();
        let mut ready_at = None;
        while c.now().millis() < 60_000 {
            c.step(100).unwrap();
            if ready_at.is_none() && pod(&c, "web").is_ready() {
                ready_at = Some(c.now().millis());
            }
        }
        assert_eq!(
            (ready_at.unwrap(), events(&c, "web", "Unhealthy")),
            case.want,
            "{}",
            case.probe
        );
    }
    // Without a probe the kubelet cannot know: ready as soon as it runs.
    let mut c = cluster();
    let ann = "  annotations:\n    kubeplay.dev/startup-seconds: \"12\"\n";
    c.apply(&pod_yaml(
        "web",
        ann,
        "  - name: web\n    image: nginx:1.25\n",
    ))
    .unwrap();
    c.step(4_300).unwrap();
    assert!(pod(&c, "web").is_ready());
}

#[test]
fn failing_liveness_probe_kills_and_restarts() {
    let mut c = cluster();
    let ann = "  annotations:\n    kubeplay.dev/liveness-fails: \"true\"\n";
    let container = "  - name: web
    image: nginx:1.25
    livenessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 10
      failureThreshold: 3
";
    c.apply(&pod_yaml("web", ann, container)).unwrap();
    // Running at 4.2 s, liveness fails at 4.2, 14.2, 24.2 → Killing, gone 1.5 s later,
    // restarted at once (+0.4 s) at 26.1 s; fails at 26.1, 36.1, 46.1 → gone at 47.6 s,
    // now backing off 10 s: restarted at the 57.6 s sync (+0.4 s).
    let times = restart_times(&mut c, "web", 60_000);
    assert_eq!(times, vec![26_100, 58_000]);
    assert_eq!(
        events(&c, "web", "Killing"),
        vec![(
            "Container web failed liveness probe, will be restarted".into(),
            2
        )]
    );
    assert_eq!(
        events(&c, "web", "Unhealthy"),
        vec![(
            "Liveness probe failed: HTTP probe failed with statuscode: 503".into(),
            7
        )]
    );
    let cs = &pod(&c, "web").status.container_statuses[0];
    assert!(matches!(
        &cs.last_state,
        Some(ContainerState::Terminated { exit_code: 137, reason: Some(r), .. }) if r == "Error"
    ));
}

#[test]
fn deployment_whose_pods_never_become_ready_exceeds_its_progress_deadline() {
    let mut c = cluster();
    let yaml = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
      annotations:
        kubeplay.dev/never-ready: \"true\"
    spec:
      containers:
      - name: web
        image: nginx:1.25
        readinessProbe:
          httpGet: {path: /, port: 80}
";
    c.apply(yaml).unwrap();
    let progressing = |c: &Cluster| {
        let d = c
            .store()
            .deployments
            .get(&("default".into(), "web".into()))
            .unwrap();
        d.status
            .condition("Progressing")
            .map(|p| (p.status.clone(), p.reason.clone()))
    };
    c.step(599_000).unwrap();
    assert_eq!(
        progressing(&c),
        Some(("True".into(), "ReplicaSetUpdated".into()))
    );
    c.step(2_000).unwrap();
    assert_eq!(
        progressing(&c),
        Some(("False".into(), "ProgressDeadlineExceeded".into()))
    );
    assert!(run(&mut c, "get deploy").contains("web    0/2     2            0"));
}
