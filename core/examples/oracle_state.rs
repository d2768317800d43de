//! Runs a scripted kubeplay scenario and writes what the real-kubectl oracle needs to check
//! kubeplay's output (used by `scripts/oracle-diff.sh`):
//!
//! - `state.json`: every object in the fake API server's state format
//!   (`shared/oracle/states/make_states.py`): kubeplay's own `-o json` form of nodes,
//!   deployments, replicasets, pods and events, plus one node lease each, with every time
//!   turned into an offset from "now" (`"-139s"`), so ages print the same on both sides;
//! - `commands.txt`: one kubectl command per line;
//! - `NNN.ours.txt`: kubeplay's output of command NNN in `run.sh`'s format.
//!
//! ```text
//! cargo run -p kubeplay-core --example oracle_state -- SCENARIO [--profile current|1.28] [--out DIR]
//! cargo run -p kubeplay-core --example oracle_state -- --list
//! ```
// A development tool beside the core, not part of it: it reads its arguments and writes files.
#![allow(clippy::disallowed_methods)]

use std::fmt::Write as _;
use std::path::PathBuf;

use kubeplay_core::kubectl;
use kubeplay_core::model::ToValue;
use kubeplay_core::time::Epoch;
use kubeplay_core::value::{Map, Value, write_compact_json};
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

/// A template with everything `describe` has a format for.
const RICH: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
  annotations:
    example.com/owner: team-a
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
      tier: frontend
  template:
    metadata:
      labels:
        app: web
        tier: frontend
      annotations:
        prometheus.io/scrape: 'true'
    spec:
      nodeSelector:
        kubernetes.io/os: linux
      tolerations:
      - key: dedicated
        operator: Equal
        value: web
        effect: NoSchedule
      containers:
      - name: nginx
        image: nginx:1.27
        command: [nginx, -g, 'daemon off;']
        args: [--verbose]
        ports:
        - containerPort: 80
          name: http
        - containerPort: 443
          hostPort: 8443
        resources:
          limits:
            cpu: 500m
            memory: 128Mi
          requests:
            cpu: '0.25'
            memory: 64Mi
        livenessProbe:
          tcpSocket:
            port: 80
          initialDelaySeconds: 15
          periodSeconds: 20
        readinessProbe:
          httpGet:
            path: /healthz
            port: http
          initialDelaySeconds: 2
        startupProbe:
          exec:
            command: [cat, /tmp/ready]
        env:
        - name: APP_MODE
          value: production
        - name: MULTI
          value: |-
            line one
            line two
        - name: LOG_LEVEL
          valueFrom:
            configMapKeyRef:
              name: web-config
              key: log-level
        - name: POD_NAME
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
        - name: POD_NS
          valueFrom:
            fieldRef:
              fieldPath: metadata.namespace
        - name: POD_IP
          valueFrom:
            fieldRef:
              fieldPath: status.podIP
        - name: NODE
          valueFrom:
            fieldRef:
              fieldPath: spec.nodeName
        - name: CPU_LIMIT
          valueFrom:
            resourceFieldRef:
              resource: limits.cpu
        - name: MEM_REQ
          valueFrom:
            resourceFieldRef:
              resource: requests.memory
              divisor: 1Mi
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: db-secret
              key: password
              optional: true
        envFrom:
        - configMapRef:
            name: web-env
        - prefix: SEC_
          secretRef:
            name: web-secret
            optional: true
        volumeMounts:
        - name: config
          mountPath: /etc/nginx/conf.d
          readOnly: true
        - name: cache
          mountPath: /var/cache/nginx
        - name: data
          mountPath: /data
          subPath: web
      - name: sidecar
        image: busybox:1.36
        command: [sh, -c, 'sleep 3600']
      volumes:
      - name: config
        configMap:
          name: web-config
      - name: cache
        emptyDir:
          sizeLimit: 1Gi
      - name: data
        persistentVolumeClaim:
          claimName: web-data
      - name: certs
        secret:
          secretName: web-certs
          optional: true
      - name: host
        hostPath:
          path: /var/log
          type: Directory
      - name: podinfo
        downwardAPI:
          items:
          - path: labels
            fieldRef:
              fieldPath: metadata.labels
      - name: mem
        emptyDir:
          medium: Memory
";

fn step_until(c: &mut Cluster, max_ms: u64, step_ms: u64, mut done: impl FnMut(&Cluster) -> bool) {
    let mut waited = 0;
    while !done(c) && waited < max_ms {
        c.step(step_ms).expect("step");
        waited += step_ms;
    }
}

fn printed(c: &Cluster, pred: impl Fn(&str) -> bool) -> bool {
    c.store()
        .pods
        .values()
        .any(|p| pred(&p.printed_status().status))
}

/// Builds the scenario's cluster; returns it and the deployment name.
fn scenario(name: &str, profile: Profile) -> Option<(Cluster, &'static str)> {
    let mut c = Cluster::new(ClusterConfig {
        profile,
        ..ClusterConfig::default()
    });
    let deploy = match name {
        // a-complete: nginx-deploy, 3 replicas of nginx:latest, complete, 139s old.
        "complete" => {
            c.apply(&deploy_yaml("nginx-deploy", 3, "nginx:latest", ""))
                .expect("apply");
            c.step(139_400).expect("step");
            "nginx-deploy"
        }
        // A rolling update caught with an old pod Terminating and a new one ContainerCreating.
        "rolling" => {
            c.apply(&deploy_yaml("nginx-deployment", 3, "nginx:1.14.2", ""))
                .expect("apply");
            c.step(120_000).expect("step");
            c.set_image("default", "nginx-deployment", "nginx", "nginx:1.16.1")
                .expect("set image");
            step_until(&mut c, 60_000, 100, |c| {
                printed(c, |s| s == "Terminating") && printed(c, |s| s == "ContainerCreating")
            });
            "nginx-deployment"
        }
        // A bad image: the rollout is stuck until the progress deadline passes.
        "badimage" => {
            c.apply(&deploy_yaml("nginx-deploy", 3, "nginx:1.16.1", ""))
                .expect("apply");
            c.step(60_000).expect("step");
            c.set_image("default", "nginx-deploy", "nginx", "nginx:1.161")
                .expect("set image");
            c.step(12 * 60_000).expect("step");
            "nginx-deploy"
        }
        // The same, 42 seconds after the update (ErrImagePull / ImagePullBackOff).
        "badimage-early" => {
            c.apply(&deploy_yaml("nginx-deploy", 3, "nginx:1.16.1", ""))
                .expect("apply");
            c.step(60_000).expect("step");
            c.set_image("default", "nginx-deploy", "nginx", "nginx:1.161")
                .expect("set image");
            c.step(42_000).expect("step");
            "nginx-deploy"
        }
        // A paused half-done rollout (4 replicas, surge 1, unavailable 1, minReadySeconds 5).
        "paused" => {
            let extra = "  minReadySeconds: 5\n  strategy:\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 1\n";
            c.apply(&deploy_yaml("nginx-deploy", 4, "nginx:1.14.2", extra))
                .expect("apply");
            c.step(16 * 60_000).expect("step");
            c.set_image("default", "nginx-deploy", "nginx", "nginx:1.16.1")
                .expect("set image");
            c.step(1_500).expect("step");
            c.pause_deployment("default", "nginx-deploy")
                .expect("pause");
            c.step(75_000).expect("step");
            "nginx-deploy"
        }
        // Recreate strategy, complete.
        "recreate" => {
            let extra = "  strategy:\n    type: Recreate\n";
            c.apply(&deploy_yaml("nginx-deploy", 2, "nginx:1.14.2", extra))
                .expect("apply");
            c.step(30_000).expect("step");
            c.set_image("default", "nginx-deploy", "nginx", "nginx:1.16.1")
                .expect("set image");
            c.step(90_000).expect("step");
            "nginx-deploy"
        }
        // History: three revisions, then an undo, scaled.
        "history" => {
            c.apply(&deploy_yaml("nginx-deploy", 2, "nginx:1.14.2", ""))
                .expect("apply");
            c.step(40_000).expect("step");
            for image in ["nginx:1.16.1", "nginx:1.25"] {
                c.set_image("default", "nginx-deploy", "nginx", image)
                    .expect("set image");
                c.step(40_000).expect("step");
            }
            c.rollout_undo("default", "nginx-deploy", 1).expect("undo");
            c.step(40_000).expect("step");
            c.scale_deployment("default", "nginx-deploy", 3)
                .expect("scale");
            c.step(20_000).expect("step");
            "nginx-deploy"
        }
        // Every template field describe formats (volumes, probes, env forms, two containers).
        "rich" => {
            c.apply(RICH).expect("apply");
            c.step(300_000).expect("step");
            "web"
        }
        // A pod no node can take (it asks for more cpu than a node has).
        "pending" => {
            let yaml = deploy_yaml("big", 2, "nginx:1.25", "").replace(
                "        ports:\n",
                "        resources:\n          requests:\n            cpu: '3'\n        ports:\n",
            );
            c.apply(&yaml).expect("apply");
            c.step(30_000).expect("step");
            "big"
        }
        _ => return None,
    };
    Some((c, deploy))
}

const SCENARIOS: &[&str] = &[
    "complete",
    "rolling",
    "badimage",
    "badimage-early",
    "paused",
    "recreate",
    "history",
    "rich",
    "pending",
];

/// The commands to compare: the deployment, each of its ReplicaSets and pods, each node
/// with pods, and the lists.
fn commands(c: &Cluster, deploy: &str) -> Vec<String> {
    let mut v = vec![
        format!("describe deployment {deploy}"),
        "describe rs".to_string(),
        "describe pods".to_string(),
        "describe nodes".to_string(),
        "describe deployment nope".to_string(),
        format!("describe deploy {}", &deploy[..deploy.len().min(5)]),
        "describe pods -l app=nginx".to_string(),
    ];
    for rs in c.store().replicasets.values() {
        v.push(format!("describe rs {}", rs.meta.name));
    }
    for p in c.store().pods.values() {
        v.push(format!("describe pod {}", p.meta.name));
    }
    for n in c.store().nodes.values() {
        v.push(format!("describe node/{}", n.meta.name));
    }
    v
}

/// Replaces RFC 3339 times under time keys with offsets from `now` (whole seconds).
fn offsets(v: &mut Value, key: Option<&str>, epoch: Epoch, now_s: i64) {
    match v {
        Value::Object(m) => {
            for (k, child) in m.iter_mut() {
                offsets(child, Some(k), epoch, now_s);
            }
        }
        Value::Array(a) => {
            for child in a.iter_mut() {
                offsets(child, key, epoch, now_s);
            }
        }
        Value::String(s) => {
            let is_time_key = key.is_some_and(|k| {
                k.ends_with("Timestamp") || k.ends_with("Time") || k.ends_with("At")
            });
            if is_time_key {
                let unix = Epoch { unix_ms: 0 };
                if let Some(t) = unix.parse_rfc3339(s) {
                    let t_s = (t.millis() as i64).div_euclid(1000) - epoch.unix_ms.div_euclid(1000);
                    let d = now_s - t_s;
                    *s = if d >= 0 {
                        format!("-{d}s")
                    } else {
                        format!("+{}s", -d)
                    };
                }
            }
        }
        _ => {}
    }
}

fn state_json(c: &Cluster) -> String {
    let epoch = c.config().epoch;
    let now_s = (c.now().millis() / 1000) as i64;
    let mut objects: Vec<Value> = Vec::new();
    let s = c.store();
    for n in s.nodes.values() {
        objects.push(n.to_value(epoch));
        let mut lease = Map::new();
        lease.insert("apiVersion".into(), Value::from("coordination.k8s.io/v1"));
        lease.insert("kind".into(), Value::from("Lease"));
        let mut md = Map::new();
        md.insert("name".into(), Value::from(n.meta.name.as_str()));
        md.insert("namespace".into(), Value::from("kube-node-lease"));
        lease.insert("metadata".into(), Value::Object(md));
        let mut spec = Map::new();
        spec.insert("holderIdentity".into(), Value::from(n.meta.name.as_str()));
        spec.insert("leaseDurationSeconds".into(), Value::Int(40));
        spec.insert("renewTime".into(), Value::from("-0s"));
        lease.insert("spec".into(), Value::Object(spec));
        objects.push(Value::Object(lease));
    }
    objects.extend(s.deployments.values().map(|d| d.to_value(epoch)));
    objects.extend(s.replicasets.values().map(|r| r.to_value(epoch)));
    objects.extend(s.pods.values().map(|p| p.to_value(epoch)));
    objects.extend(c.events().all().map(|e| e.to_value(epoch)));
    for o in &mut objects {
        offsets(o, None, epoch, now_s);
    }
    let mut root = Map::new();
    root.insert(
        "serverVersion".into(),
        Value::from(c.config().profile.server_version()),
    );
    root.insert("objects".into(), Value::Array(objects));
    let mut out = String::new();
    write_compact_json(&Value::Object(root), &mut out);
    out.push('\n');
    out
}

/// One command's output in `run.sh`'s format.
fn run_format(out: &kubectl::Output) -> String {
    let mut s = String::new();
    s.push_str(&out.stdout);
    if !out.stdout.is_empty() && !out.stdout.ends_with('\n') {
        s.push_str("\n--- stderr (stdout had no final newline)\n");
    } else {
        s.push_str("--- stderr\n");
    }
    s.push_str(&out.stderr);
    if !out.stderr.is_empty() && !out.stderr.ends_with('\n') {
        let _ = writeln!(
            s,
            "\n--- exit {} (stderr had no final newline)",
            out.exit_code
        );
    } else {
        let _ = writeln!(s, "--- exit {}", out.exit_code);
    }
    s
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--list") {
        for s in SCENARIOS {
            println!("{s}");
        }
        return;
    }
    let mut profile = Profile::Current;
    let mut out_dir = PathBuf::from("/tmp/oracle-diff");
    let mut name = None;
    let mut extra: Vec<String> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--profile" => {
                i += 1;
                profile = Profile::parse(&args[i]).expect("profile: current or 1.28");
            }
            "--out" => {
                i += 1;
                out_dir = PathBuf::from(&args[i]);
            }
            "--command" => {
                i += 1;
                extra.push(args[i].clone());
            }
            s => name = Some(s.to_string()),
        }
        i += 1;
    }
    let name = name.unwrap_or_else(|| "complete".to_string());
    let Some((mut cluster, deploy)) = scenario(&name, profile) else {
        eprintln!("unknown scenario {name:?}; known: {}", SCENARIOS.join(", "));
        std::process::exit(2);
    };
    std::fs::create_dir_all(&out_dir).expect("create out dir");
    std::fs::write(out_dir.join("state.json"), state_json(&cluster)).expect("write state");
    let cmds = if extra.is_empty() {
        commands(&cluster, deploy)
    } else {
        extra
    };
    let mut list = String::new();
    for (i, cmd) in cmds.iter().enumerate() {
        let out = kubectl::run(&mut cluster, cmd);
        std::fs::write(
            out_dir.join(format!("{:03}.ours.txt", i + 1)),
            run_format(&out),
        )
        .expect("write output");
        list.push_str(cmd);
        list.push('\n');
    }
    std::fs::write(out_dir.join("commands.txt"), list).expect("write commands");
    println!("{}", out_dir.display());
}
