//! The kubectl write and rollout commands: `apply`, `create`, `scale`, `set image|resources`,
//! `label`, `annotate`, `delete`, `rollout status|history|undo|pause|resume|restart`, and
//! `version`, `api-resources`, `explain`, `edit`, `cluster-info`, help texts.
//!
//! Where the expected texts come from:
//! - every error line in `BAD_COMMANDS` marked `[oracle]` was compared byte for byte with
//!   the real kubectl v1.33.1 (`shared/oracle/run.sh` against the `a-complete` state, and
//!   `scripts/oracle-diff.sh complete|history|paused|badimage|rolling|rich -- '<command>'`,
//!   which runs the real kubectl on kubeplay's own objects): 100+ commands, all identical;
//! - the rollout goldens (`golden-v1.33/*__rollout-*`) and `requests.md` for the write
//!   commands' outputs;
//! - texts the fake API server cannot produce (server-side strict decoding, validation with
//!   OpenAPI, `explain`) follow the kubectl and apiserver sources (K8S-SPEC §2.2, §15.9).

use kubeplay_core::kubectl::{self, Output};
use kubeplay_core::model::deployment::CHANGE_CAUSE_ANNOTATION;
use kubeplay_core::{Cluster, ClusterConfig, Profile};

const NGINX_DEPLOY: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deploy
  labels:
    role: deploy
spec:
  replicas: 3
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
        image: nginx:latest
        ports:
        - containerPort: 80
";

const NO_RESOURCES: &str = "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n";

fn run(c: &mut Cluster, line: &str) -> Output {
    kubectl::run(c, line)
}

/// Runs a command that must succeed; returns its stdout.
fn ok(c: &mut Cluster, line: &str) -> String {
    let o = run(c, line);
    assert_eq!(
        o.exit_code, 0,
        "kubectl {line}\nstdout:\n{}\nstderr:\n{}",
        o.stdout, o.stderr
    );
    o.stdout
}

/// A cluster with `nginx-deploy` (3 replicas, default strategy) fully rolled out, as the
/// oracle's `a-complete` state.
fn complete() -> Cluster {
    complete_with(Profile::Current)
}

fn complete_with(profile: Profile) -> Cluster {
    let mut c = Cluster::new(ClusterConfig {
        profile,
        ..ClusterConfig::default()
    });
    c.write_file("nginx-deploy.yaml", NGINX_DEPLOY);
    assert_eq!(
        ok(&mut c, "apply -f nginx-deploy.yaml"),
        "deployment.apps/nginx-deploy created\n"
    );
    c.step(140_000).unwrap();
    c
}

/// `complete`, then an image change while paused (a paused deployment with a pending
/// template change).
fn paused() -> Cluster {
    let mut c = complete();
    ok(&mut c, "rollout pause deployment/nginx-deploy");
    ok(
        &mut c,
        "set image deployment/nginx-deploy nginx=nginx:1.16.1",
    );
    c
}

fn rs_names(c: &Cluster) -> Vec<String> {
    c.store()
        .replicasets
        .values()
        .map(|r| r.meta.name.clone())
        .collect()
}

// ---- bad command lines ---------------------------------------------------------------

struct Bad {
    line: &'static str,
    stderr: &'static str,
    exit: i32,
    /// Run on a paused deployment instead of the complete one.
    paused: bool,
}

const fn bad(line: &'static str, stderr: &'static str) -> Bad {
    Bad {
        line,
        stderr,
        exit: 1,
        paused: false,
    }
}

const fn bad_paused(line: &'static str, stderr: &'static str) -> Bad {
    Bad {
        line,
        stderr,
        exit: 1,
        paused: true,
    }
}

const BAD_COMMANDS: &[Bad] = &[
    // scale [oracle]
    bad(
        "scale deployment/nginx-deploy --replicas=3 --foo",
        "error: unknown flag: --foo\nSee 'kubectl scale --help' for usage.\n",
    ),
    bad(
        "scale deployment nginx-deploy --replicas=x",
        "error: invalid argument \"x\" for \"--replicas\" flag: strconv.ParseInt: parsing \"x\": invalid syntax\nSee 'kubectl scale --help' for usage.\n",
    ),
    bad(
        "scale deployment nginx-deploy",
        "error: required flag(s) \"replicas\" not set\n",
    ),
    bad(
        "scale deployment nginx-deploy --replicas=-1",
        "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n",
    ),
    bad(
        "scale deployment nope --replicas=2",
        "error: no objects passed to scale deployments.apps \"nope\" not found\n",
    ),
    bad(
        "scale deployment nope nope2 --replicas=2",
        "error: no objects passed to scale [deployments.apps \"nope\" not found, deployments.apps \"nope2\" not found]\n",
    ),
    bad("scale --replicas=2", NO_RESOURCES),
    bad(
        "scale deploy --replicas=3",
        "error: resource(s) were provided, but no name was specified\n",
    ),
    bad(
        "scale foo/x --replicas=2",
        "error: the server doesn't have a resource type \"foo\"\n",
    ),
    bad(
        "scale deployment nginx-deploy --current-replicas=2 --replicas=3",
        "error: Expected replicas to be 2, was 3\n",
    ),
    bad(
        "scale deployment nginx-deploy --current-replicas=-5 --replicas=3",
        "error: The --current-replicas must specify an integer of -1 or greater\n",
    ),
    // set [oracle]
    bad(
        "set image deployment/nginx-deploy foo=x",
        "error: unable to find container named \"foo\"\n",
    ),
    bad(
        "set image deployment/nope nginx=x",
        "Error from server (NotFound): deployments.apps \"nope\" not found\n",
    ),
    bad(
        "set image deployment/nginx-deploy",
        "error: at least one image update is required\n",
    ),
    bad("set image", NO_RESOURCES),
    bad(
        "set image deployment nginx=x",
        "error: resource(s) were provided, but no name was specified\n",
    ),
    bad(
        "set resources deploy nginx-deploy",
        "error: you must specify an update to requests or limits (in the form of --requests/--limits)\n",
    ),
    bad(
        "set resources deploy nginx-deploy -c=foo --limits=cpu=1",
        "error: unable to find container named foo\n",
    ),
    bad(
        "set resources deploy nginx-deploy --limits=cpu=abc",
        "error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'\n",
    ),
    bad(
        "set resources deploy nginx-deploy --limits=foo",
        "error: Invalid argument syntax foo, expected <resource>=<value>\n",
    ),
    bad(
        "set foo",
        "error: unknown command \"foo\"\nSee 'kubectl set -h' for help and examples\n",
    ),
    // label, annotate [oracle]
    bad(
        "label deploy nginx-deploy role=x",
        "error: 'role' already has a value (deploy), and --overwrite is false\n",
    ),
    bad(
        "label deploy nginx-deploy",
        "error: at least one label update is required\n",
    ),
    bad(
        "label deploy nginx-deploy a=b a-",
        "error: can not both modify and remove a label in the same command\n",
    ),
    bad(
        "label deploy nope a=b",
        "Error from server (NotFound): deployments.apps \"nope\" not found\n",
    ),
    bad(
        "label",
        "error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n",
    ),
    bad(
        "label deploy a=b",
        "error: resource(s) were provided, but no name was specified\n",
    ),
    bad(
        "label deploy nginx-deploy a=bad!value",
        "error: invalid label value: \"a=bad!value\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\n",
    ),
    bad(
        "annotate deploy nginx-deploy deployment.kubernetes.io/revision=5",
        "error: --overwrite is false but found the following declared annotation(s): 'deployment.kubernetes.io/revision' already has a value (1)\n",
    ),
    bad(
        "annotate deploy nope a=b",
        "Error from server (NotFound): deployments.apps \"nope\" not found\n",
    ),
    // delete [oracle]
    bad(
        "delete deployment",
        "error: resource(s) were provided, but no name was specified\n",
    ),
    bad("delete", NO_RESOURCES),
    bad(
        "delete deploy nope",
        "Error from server (NotFound): deployments.apps \"nope\" not found\n",
    ),
    bad(
        "delete deploy nope nope2",
        "Error from server (NotFound): deployments.apps \"nope\" not found\nError from server (NotFound): deployments.apps \"nope2\" not found\n",
    ),
    bad(
        "delete deploy nginx-deploy --cascade=bad",
        "error: invalid cascade value (bad). Must be \"background\", \"foreground\", or \"orphan\"\n",
    ),
    bad(
        "delete deploy nginx-deploy --now --grace-period=5",
        "error: --now and --grace-period cannot be specified together\n",
    ),
    bad(
        "delete deploy x --all",
        "error: name cannot be provided when a selector is specified\n",
    ),
    bad(
        "delete deploy -l app=nginx --all",
        "error: setting 'all' parameter but found a non empty selector. \n",
    ),
    bad(
        "delete foo x",
        "error: the server doesn't have a resource type \"foo\"\n",
    ),
    // rollout [oracle]
    bad("rollout status", "error: required resource not specified\n"),
    bad("rollout undo", "error: required resource not specified\n"),
    bad(
        "rollout status deployment/nope",
        "Error from server (NotFound): deployments.apps \"nope\" not found\n",
    ),
    bad(
        "rollout history deployment/nope",
        "Error from server (NotFound): deployments.apps \"nope\" not found\n",
    ),
    bad(
        "rollout history deployment/nginx-deploy --revision=99",
        "error: unable to find the specified revision\n",
    ),
    bad(
        "rollout history deployment/nginx-deploy --revision=-1",
        "error: revision must be a positive integer: -1\n",
    ),
    bad(
        "rollout undo deployment/nginx-deploy",
        "error: no rollout history found for deployment \"nginx-deploy\"\n",
    ),
    bad(
        "rollout undo deployment/nginx-deploy --to-revision=99",
        "error: unable to find specified revision 99 in history\n",
    ),
    bad(
        "rollout undo deploy/nginx-deploy --to-revision=-1",
        "error: unable to find specified revision -1 in history\n",
    ),
    bad(
        "rollout status rs",
        "error: no status viewer has been implemented for ReplicaSet.apps\n",
    ),
    bad(
        "rollout history rs",
        "error: no history viewer has been implemented for \"ReplicaSet.apps\"\n",
    ),
    bad(
        "rollout undo rs",
        "error: no rollbacker has been implemented for \"ReplicaSet.apps\"\n",
    ),
    bad(
        "rollout resume deployment/nginx-deploy",
        "error: deployments.apps \"nginx-deploy\" is not paused\n",
    ),
    bad(
        "rollout status deploy/nginx-deploy --timeout=abc",
        "error: invalid argument \"abc\" for \"--timeout\" flag: time: invalid duration \"abc\"\nSee 'kubectl rollout status --help' for usage.\n",
    ),
    bad(
        "rollout pause deploy/nginx-deploy --dry-run=client",
        "error: unknown flag: --dry-run\nSee 'kubectl rollout pause --help' for usage.\n",
    ),
    bad(
        "rollout foo",
        "error: unknown command \"foo\"\nSee 'kubectl rollout -h' for help and examples\n",
    ),
    bad(
        "rollout --foo",
        "error: unknown flag: --foo\nSee 'kubectl rollout --help' for usage.\n",
    ),
    bad(
        "set -z",
        "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl set --help' for usage.\n",
    ),
    bad_paused(
        "rollout pause deployment/nginx-deploy",
        "error: deployments.apps \"nginx-deploy\" is already paused\n",
    ),
    bad_paused(
        "rollout restart deployment/nginx-deploy",
        "error: deployments.apps \"nginx-deploy\" can't restart paused deployment (run rollout resume first)\n",
    ),
    bad_paused(
        "rollout undo deployment/nginx-deploy --to-revision=1",
        "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n",
    ),
    // apply, create [oracle]
    bad("apply", "error: must specify one of -f and -k\n"),
    bad("create", "error: must specify one of -f and -k\n"),
    bad(
        "apply -f nope.yaml",
        "error: the path \"nope.yaml\" does not exist\n",
    ),
    bad(
        "create deployment x",
        "error: required flag(s) \"image\" not set\n",
    ),
    bad(
        "create deployment x y --image=nginx",
        "error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n",
    ),
    bad(
        "create foo",
        "error: Unexpected args: [foo]\nSee 'kubectl create -h' for help and examples\n",
    ),
    bad(
        "create -f nginx-deploy.yaml",
        "Error from server (AlreadyExists): error when creating \"nginx-deploy.yaml\": deployments.apps \"nginx-deploy\" already exists\n",
    ),
    bad(
        "create deployment nginx-deploy --image=nginx",
        "error: failed to create deployment: deployments.apps \"nginx-deploy\" already exists\n",
    ),
    // misc [oracle for version and edit; explain from kubectl's sources]
    bad(
        "version -o foo",
        "error: --output must be 'yaml' or 'json'\n",
    ),
    bad(
        "edit deploy nope",
        "Error from server (NotFound): deployments.apps \"nope\" not found\n",
    ),
    bad(
        "explain",
        "error: You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.\n",
    ),
    bad(
        "explain deployment.spec.foo",
        "error: field \"foo\" does not exist\n",
    ),
    bad(
        "explain foo",
        "error: the server doesn't have a resource type \"foo\"\n",
    ),
];

#[test]
fn bad_command_lines_print_kubectls_errors() {
    assert!(BAD_COMMANDS.len() >= 30);
    let base = complete();
    let base_paused = paused();
    for b in BAD_COMMANDS {
        let mut c = if b.paused {
            base_paused.clone()
        } else {
            base.clone()
        };
        let o = run(&mut c, b.line);
        assert_eq!(o.stderr, b.stderr, "kubectl {}", b.line);
        assert_eq!(o.exit_code, b.exit, "kubectl {}", b.line);
        assert_eq!(o.stdout, "", "kubectl {}", b.line);
    }
}

#[test]
fn partial_failures_print_successes_and_errors() {
    // [oracle] the found objects are handled, the missing ones reported after.
    let mut c = complete();
    let o = run(&mut c, "scale deployment nginx-deploy nope --replicas=4");
    assert_eq!(o.stdout, "deployment.apps/nginx-deploy scaled\n");
    assert_eq!(
        o.stderr,
        "Error from server (NotFound): deployments.apps \"nope\" not found\n"
    );
    assert_eq!(o.exit_code, 1);
    let o = run(
        &mut c,
        "set image deployment/nginx-deploy nginx=nginx:1.3 foo=bar",
    );
    assert_eq!(o.stdout, "deployment.apps/nginx-deploy image updated\n");
    assert_eq!(o.stderr, "error: unable to find container named \"foo\"\n");
    let o = run(&mut c, "rollout history deploy/nginx-deploy deploy/nope");
    assert!(
        o.stdout
            .starts_with("deployment.apps/nginx-deploy \nREVISION  CHANGE-CAUSE\n")
    );
    assert_eq!(
        o.stderr,
        "Error from server (NotFound): deployments.apps \"nope\" not found\n"
    );
    // Several plain errors: one line each, without `error: `.
    let o = run(&mut c, "label pods -l app=nginx tier=x");
    assert_eq!(o.exit_code, 0);
    let o = run(&mut c, "label pods -l app=nginx tier=y");
    let n = c.store().pods.len();
    assert_eq!(
        o.stderr,
        "'tier' already has a value (x), and --overwrite is false\n".repeat(n)
    );
}

// ---- scale ------------------------------------------------------------------------------

#[test]
fn scale_changes_the_replica_set() {
    let mut c = complete();
    assert_eq!(
        ok(&mut c, "scale deployment nginx-deploy --replicas=5"),
        "deployment.apps/nginx-deploy scaled\n"
    );
    let rs = c.store().replicasets.values().next().unwrap();
    assert_eq!(rs.spec.replicas, 5);
    assert_eq!(
        c.store()
            .deployment("default", "nginx-deploy")
            .unwrap()
            .spec
            .replicas,
        5
    );
    // Unchanged count: still "scaled". TYPE NAME and TYPE/NAME, --current-replicas.
    assert_eq!(
        ok(&mut c, "scale deploy/nginx-deploy --replicas=5"),
        "deployment.apps/nginx-deploy scaled\n"
    );
    assert_eq!(
        ok(
            &mut c,
            "scale deployment nginx-deploy --current-replicas=5 --replicas=2"
        ),
        "deployment.apps/nginx-deploy scaled\n"
    );
    assert_eq!(
        c.store().replicasets.values().next().unwrap().spec.replicas,
        2
    );
    // Dry runs change nothing.
    assert_eq!(
        ok(
            &mut c,
            "scale deploy nginx-deploy --replicas=9 --dry-run=server"
        ),
        "deployment.apps/nginx-deploy scaled (server dry run)\n"
    );
    assert_eq!(
        ok(
            &mut c,
            "scale deploy nginx-deploy --replicas=9 --dry-run=client -o name"
        ),
        "deployment.apps/nginx-deploy\n"
    );
    assert_eq!(
        c.store()
            .deployment("default", "nginx-deploy")
            .unwrap()
            .spec
            .replicas,
        2
    );
}

#[test]
fn scale_a_replica_set() {
    let mut c = Cluster::new(ClusterConfig::default());
    c.write_file(
        "rs.yaml",
        "apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: nginx-rs\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:latest\n",
    );
    assert_eq!(
        ok(&mut c, "apply -f rs.yaml"),
        "replicaset.apps/nginx-rs created\n"
    );
    assert_eq!(
        ok(&mut c, "scale rs nginx-rs --replicas=2"),
        "replicaset.apps/nginx-rs scaled\n"
    );
    assert_eq!(
        c.store()
            .replicaset("default", "nginx-rs")
            .unwrap()
            .spec
            .replicas,
        2
    );
    let pod = c.store().pods.values().next().unwrap().meta.name.clone();
    let o = run(&mut c, &format!("scale pod/{pod} --replicas=2"));
    assert_eq!(
        o.stderr,
        "Error from server (NotFound): the server could not find the requested resource\n"
    );
}

#[test]
fn scale_no_objects_in_the_1_28_profile() {
    let mut c = complete_with(Profile::V1_28);
    let o = run(&mut c, "scale deployment nope --replicas=2");
    assert_eq!(o.stderr, "error: no objects passed to scale\n");
}

// ---- set image, set resources -----------------------------------------------------------

#[test]
fn set_image_makes_a_new_replica_set() {
    let mut c = complete();
    assert_eq!(rs_names(&c).len(), 1);
    assert_eq!(
        ok(
            &mut c,
            "set image deployment/nginx-deploy nginx=nginx:1.16.1"
        ),
        "deployment.apps/nginx-deploy image updated\n"
    );
    let rss: Vec<_> = c.store().replicasets.values().cloned().collect();
    assert_eq!(rss.len(), 2);
    let new = rss
        .iter()
        .find(|r| r.revision() == Some(2))
        .expect("revision 2");
    assert_eq!(
        new.spec.template.containers()[0]
            .get("image")
            .and_then(|v| v.as_str()),
        Some("nginx:1.16.1")
    );
    // [oracle] the same image again: no request, no output at all.
    let o = run(
        &mut c,
        "set image deployment/nginx-deploy nginx=nginx:1.16.1",
    );
    assert_eq!(
        (o.stdout.as_str(), o.stderr.as_str(), o.exit_code),
        ("", "", 0)
    );
    // `*` sets every container; TYPE NAME works; dry run changes nothing.
    assert_eq!(
        ok(
            &mut c,
            "set image deploy nginx-deploy *=nginx:1.25 --dry-run=client"
        ),
        "deployment.apps/nginx-deploy image updated (dry run)\n"
    );
    assert_eq!(rs_names(&c).len(), 2);
}

#[test]
fn set_image_record_writes_the_change_cause_in_the_same_write() {
    let mut c = complete();
    let before = c
        .store()
        .deployment("default", "nginx-deploy")
        .unwrap()
        .meta
        .generation;
    let o = run(
        &mut c,
        "set image deploy nginx-deploy nginx=nginx:1.161 --record",
    );
    assert_eq!(o.stdout, "deployment.apps/nginx-deploy image updated\n");
    assert_eq!(
        o.stderr,
        "Flag --record has been deprecated, --record will be removed in the future\n"
    );
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    assert_eq!(d.meta.generation, before + 1);
    assert_eq!(
        d.meta
            .annotations
            .get(CHANGE_CAUSE_ANNOTATION)
            .map(String::as_str),
        Some("kubectl set image deploy nginx-deploy nginx=nginx:1.161 --record=true")
    );
    // [oracle] without --record an existing change-cause is left alone.
    ok(&mut c, "set image deploy nginx-deploy nginx=nginx:1.16.1");
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    assert_eq!(
        d.meta
            .annotations
            .get(CHANGE_CAUSE_ANNOTATION)
            .map(String::as_str),
        Some("kubectl set image deploy nginx-deploy nginx=nginx:1.161 --record=true")
    );
}

#[test]
fn set_resources_stores_canonical_quantities() {
    let mut c = complete();
    assert_eq!(
        ok(
            &mut c,
            "set resources deploy nginx-deploy -c=nginx --limits=memory=512Mi,cpu=0.5 --requests=cpu=250m"
        ),
        "deployment.apps/nginx-deploy resource requirements updated\n"
    );
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    let res = d.spec.template.containers()[0]
        .get("resources")
        .unwrap()
        .clone();
    assert_eq!(
        res.pointer("limits.cpu").and_then(|v| v.as_str()),
        Some("500m")
    );
    assert_eq!(
        res.pointer("limits.memory").and_then(|v| v.as_str()),
        Some("512Mi")
    );
    assert_eq!(
        res.pointer("requests.cpu").and_then(|v| v.as_str()),
        Some("250m")
    );
    // [oracle] nothing changes the second time: no output.
    let o = run(
        &mut c,
        "set resources deploy nginx-deploy -c=nginx --limits=memory=512Mi,cpu=500m",
    );
    assert_eq!((o.stdout.as_str(), o.exit_code), ("", 0));
}

// ---- label, annotate --------------------------------------------------------------------

#[test]
fn label_and_annotate_outputs() {
    let mut c = complete();
    // [oracle] each line as kubectl 1.33.1 printed it on the same state.
    assert_eq!(
        ok(&mut c, "label deploy nginx-deploy role=deploy"),
        "deployment.apps/nginx-deploy not labeled\n"
    );
    assert_eq!(
        ok(&mut c, "label deploy nginx-deploy role=x --overwrite"),
        "deployment.apps/nginx-deploy labeled\n"
    );
    assert_eq!(
        ok(&mut c, "label deploy nginx-deploy role-"),
        "deployment.apps/nginx-deploy unlabeled\n"
    );
    assert_eq!(
        ok(&mut c, "label deploy nginx-deploy foo-"),
        "label \"foo\" not found.\ndeployment.apps/nginx-deploy not labeled\n"
    );
    assert_eq!(
        ok(&mut c, "label deploy nginx-deploy a=b c=d"),
        "deployment.apps/nginx-deploy labeled\n"
    );
    assert_eq!(
        ok(&mut c, "label deploy/nginx-deploy x=y --dry-run=client"),
        "deployment.apps/nginx-deploy labeled (dry run)\n"
    );
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    assert_eq!(d.meta.labels.get("a").map(String::as_str), Some("b"));
    assert!(!d.meta.labels.contains_key("x"));
    assert!(!d.meta.labels.contains_key("role"));
    // Pods: one line each, in name order.
    let pods: Vec<String> = c
        .store()
        .pods
        .values()
        .map(|p| p.meta.name.clone())
        .collect();
    let want: String = pods.iter().map(|p| format!("pod/{p} labeled\n")).collect();
    assert_eq!(ok(&mut c, "label pods --all tier=web"), want);
    assert!(
        c.store()
            .pods
            .values()
            .all(|p| p.meta.labels.get("tier").map(String::as_str) == Some("web"))
    );
    // Annotations: a change-cause by hand relabels the current revision (K8S-SPEC §15.10).
    assert_eq!(
        ok(
            &mut c,
            "annotate deployment nginx-deploy kubernetes.io/change-cause='image updated to 1.16.1'"
        ),
        "deployment.apps/nginx-deploy annotated\n"
    );
    assert_eq!(
        ok(&mut c, "rollout history deployment/nginx-deploy"),
        "deployment.apps/nginx-deploy \nREVISION  CHANGE-CAUSE\n1         image updated to 1.16.1\n\n"
    );
    assert_eq!(
        ok(
            &mut c,
            "annotate deploy nginx-deploy kubernetes.io/change-cause-"
        ),
        "deployment.apps/nginx-deploy annotated\n"
    );
    assert_eq!(
        ok(
            &mut c,
            "annotate deploy nginx-deploy --overwrite foo=1 foo=2"
        ),
        "deployment.apps/nginx-deploy annotated\n"
    );
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    assert_eq!(d.meta.annotations.get("foo").map(String::as_str), Some("2"));
}

#[test]
fn relabelled_pod_is_released_and_replaced() {
    let mut c = complete();
    let pod = c.store().pods.values().next().unwrap().meta.name.clone();
    assert_eq!(
        ok(&mut c, &format!("label pod {pod} app=debug --overwrite")),
        format!("pod/{pod} labeled\n")
    );
    // The ReplicaSet releases it and creates a replacement.
    let p = c.store().pod("default", &pod).unwrap();
    assert!(p.meta.owner_references.is_empty());
    assert_eq!(c.store().pods.len(), 4);
}

// ---- delete ---------------------------------------------------------------------------------

#[test]
fn delete_pod_waits_until_it_is_gone() {
    let mut c = complete();
    let pod = c.store().pods.values().next().unwrap().meta.name.clone();
    let before = c.now();
    assert_eq!(
        ok(&mut c, &format!("delete pod {pod}")),
        format!("pod \"{pod}\" deleted\n")
    );
    assert!(c.store().pod("default", &pod).is_none());
    assert!(
        c.now() > before,
        "the graceful termination took virtual time"
    );
    // The ReplicaSet replaced it.
    assert_eq!(c.store().pods.len(), 3);
    // --force: at once, with the warning.
    let pod = c.store().pods.values().next().unwrap().meta.name.clone();
    let o = run(&mut c, &format!("delete pod {pod} --force"));
    assert_eq!(o.stdout, format!("pod \"{pod}\" force deleted\n"));
    assert_eq!(
        o.stderr,
        "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n"
    );
    // --wait=false returns with the pod Terminating.
    let pod = c.store().pods.values().next().unwrap().meta.name.clone();
    ok(&mut c, &format!("delete pod {pod} --wait=false"));
    assert!(
        c.store()
            .pod("default", &pod)
            .unwrap()
            .meta
            .deletion_timestamp
            .is_some()
    );
}

#[test]
fn delete_deployment_cascades() {
    // Background (default): the ReplicaSet and pods go too.
    let mut c = complete();
    assert_eq!(
        ok(&mut c, "delete deployment nginx-deploy"),
        "deployment.apps \"nginx-deploy\" deleted\n"
    );
    assert!(c.store().replicasets.is_empty());
    c.step(60_000).unwrap();
    assert!(c.store().pods.is_empty());
    // Orphan: the ReplicaSet and its pods stay, without an owner.
    let mut c = complete();
    assert_eq!(
        ok(&mut c, "delete deploy nginx-deploy --cascade=orphan"),
        "deployment.apps \"nginx-deploy\" deleted\n"
    );
    c.step(60_000).unwrap();
    assert!(c.store().deployment("default", "nginx-deploy").is_none());
    assert_eq!(c.store().replicasets.len(), 1);
    assert!(
        c.store()
            .replicasets
            .values()
            .all(|r| r.meta.owner_references.is_empty())
    );
    assert_eq!(c.store().pods.len(), 3);
    assert!(
        c.store()
            .pods
            .values()
            .all(|p| p.meta.deletion_timestamp.is_none())
    );
    // Nothing selected.
    assert_eq!(
        ok(&mut c, "delete pods -l app=nope"),
        "No resources found\n"
    );
    assert_eq!(ok(&mut c, "delete deploy nope --ignore-not-found"), "");
    // -f and dry runs.
    let mut c = complete();
    assert_eq!(
        ok(&mut c, "delete -f nginx-deploy.yaml --dry-run=client"),
        "deployment.apps \"nginx-deploy\" deleted (dry run)\n"
    );
    assert!(c.store().deployment("default", "nginx-deploy").is_some());
    assert_eq!(
        ok(&mut c, "delete -f nginx-deploy.yaml -o name"),
        "deployment.apps/nginx-deploy\n"
    );
    assert!(c.store().deployment("default", "nginx-deploy").is_none());
}

// ---- rollout status ---------------------------------------------------------------------------

#[test]
fn rollout_status_of_the_default_rolling_update() {
    let mut c = complete();
    ok(
        &mut c,
        "set image deployment/nginx-deploy nginx=nginx:1.16.1",
    );
    let before = c.now();
    // One line for the state the watch starts from, then one per instant at which the
    // Deployment was written, until complete (3 replicas, maxSurge 1, maxUnavailable 0:
    // one new pod at a time).
    assert_eq!(
        ok(&mut c, "rollout status deployment/nginx-deploy"),
        "Waiting for deployment \"nginx-deploy\" rollout to finish: 1 out of 3 new replicas have been updated...\n\
         Waiting for deployment \"nginx-deploy\" rollout to finish: 2 out of 3 new replicas have been updated...\n\
         Waiting for deployment \"nginx-deploy\" rollout to finish: 1 old replicas are pending termination...\n\
         deployment \"nginx-deploy\" successfully rolled out\n"
    );
    assert!(c.now() > before, "the watch advanced virtual time");
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    assert_eq!(
        (
            d.status.updated_replicas,
            d.status.available_replicas,
            d.status.replicas
        ),
        (3, 3, 3)
    );
    // Done: one line, no time passes.
    let t = c.now();
    assert_eq!(
        ok(&mut c, "rollout status deploy nginx-deploy"),
        "deployment \"nginx-deploy\" successfully rolled out\n"
    );
    assert_eq!(c.now(), t);
}

#[test]
fn rollout_status_of_a_new_deployment_and_watch_false() {
    let mut c = Cluster::new(ClusterConfig::default());
    c.write_file("nginx-deploy.yaml", NGINX_DEPLOY);
    ok(&mut c, "apply -f nginx-deploy.yaml");
    let t = c.now();
    // [golden a-complete/rollout-status-nowatch for the done case] --watch=false: the
    // current line, exit 0, no time passes.
    assert_eq!(
        ok(
            &mut c,
            "rollout status deployment/nginx-deploy --watch=false"
        ),
        "Waiting for deployment \"nginx-deploy\" rollout to finish: 0 of 3 updated replicas are available...\n"
    );
    assert_eq!(c.now(), t);
    let out = ok(&mut c, "rollout status deployment/nginx-deploy");
    assert!(
        out.ends_with("deployment \"nginx-deploy\" successfully rolled out\n"),
        "{out}"
    );
    assert!(
        out.contains("2 of 3 updated replicas are available"),
        "{out}"
    );
}

#[test]
fn rollout_status_fails_at_the_progress_deadline_and_times_out() {
    let mut c = complete();
    ok(
        &mut c,
        "set image deployment/nginx-deploy nginx=nginx:1.161",
    );
    // --timeout: the first line, then the timeout; exactly that much virtual time passes.
    let t = c.now();
    let o = run(
        &mut c,
        "rollout status deployment/nginx-deploy --timeout=2s",
    );
    assert_eq!(
        o.stdout,
        "Waiting for deployment \"nginx-deploy\" rollout to finish: 1 out of 3 new replicas have been updated...\n"
    );
    assert_eq!(o.stderr, "error: timed out waiting for the condition\n");
    assert_eq!(o.exit_code, 1);
    assert_eq!(c.now().millis() - t.millis(), 2_000);
    // Without a timeout: it waits until the progress deadline (600 s) is exceeded.
    let o = run(&mut c, "rollout status deployment/nginx-deploy");
    assert!(
        o.stdout
            .starts_with("Waiting for deployment \"nginx-deploy\" rollout to finish: 1 out of 3")
    );
    assert_eq!(
        o.stderr,
        "error: deployment \"nginx-deploy\" exceeded its progress deadline\n"
    );
    assert_eq!(o.exit_code, 1);
    assert!(c.now().millis() - t.millis() >= 600_000);
    // [golden c-badimage-deadline/rollout-status-nowatch]
    let o = run(
        &mut c,
        "rollout status deployment/nginx-deploy --watch=false",
    );
    assert_eq!(
        o.stderr,
        "error: deployment \"nginx-deploy\" exceeded its progress deadline\n"
    );
    assert_eq!((o.stdout.as_str(), o.exit_code), ("", 1));
}

#[test]
fn rollout_status_of_a_paused_rollout_is_bounded() {
    let mut c = paused();
    let t = c.now();
    let o = run(&mut c, "rollout status deployment/nginx-deploy");
    assert_eq!(o.stderr, "error: timed out waiting for the condition\n");
    assert!(c.now().millis() - t.millis() <= 3_600_000);
    // [golden b-paused/rollout-status-rev1 shape] a revision that is not the running one.
    let o = run(
        &mut c,
        "rollout status deployment/nginx-deploy --revision=2 --watch=false",
    );
    assert_eq!(
        o.stderr,
        "error: desired revision (2) is different from the running revision (1)\n"
    );
}

// ---- rollout history, undo ----------------------------------------------------------------

/// Scenario 05: apply --record, two recorded image changes (the second a bad image), undo,
/// undo --to-revision=1.
#[test]
fn rollout_history_before_and_after_undo_scenario_05() {
    let mut c = Cluster::new(ClusterConfig::default());
    c.write_file("nginx-deploy.yaml", NGINX_DEPLOY);
    ok(&mut c, "apply -f nginx-deploy.yaml --record");
    c.step(60_000).unwrap();
    ok(
        &mut c,
        "set image deploy nginx-deploy nginx=nginx:1.16.1 --record",
    );
    c.step(60_000).unwrap();
    ok(
        &mut c,
        "set image deploy nginx-deploy nginx=nginx:1.161 --record",
    );
    c.step(60_000).unwrap();
    assert_eq!(
        ok(&mut c, "rollout history deploy nginx-deploy"),
        "deployment.apps/nginx-deploy \n\
         REVISION  CHANGE-CAUSE\n\
         1         kubectl apply --filename=nginx-deploy.yaml --record=true\n\
         2         kubectl set image deploy nginx-deploy nginx=nginx:1.16.1 --record=true\n\
         3         kubectl set image deploy nginx-deploy nginx=nginx:1.161 --record=true\n\n"
    );
    let hash = c
        .store()
        .replicasets
        .values()
        .find(|r| r.revision() == Some(3))
        .unwrap()
        .meta
        .labels["pod-template-hash"]
        .clone();
    assert_eq!(
        ok(&mut c, "rollout history deploy nginx-deploy --revision=3"),
        format!(
            "deployment.apps/nginx-deploy with revision #3\nPod Template:\n  Labels:\tapp=nginx\n\tpod-template-hash={hash}\n  Annotations:\tkubernetes.io/change-cause: kubectl set image deploy nginx-deploy nginx=nginx:1.161 --record=true\n  Containers:\n   nginx:\n    Image:\tnginx:1.161\n    Port:\t80/TCP\n    Host Port:\t0/TCP\n    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n\n"
        )
    );
    assert_eq!(
        ok(&mut c, "rollout undo deploy nginx-deploy"),
        "deployment.apps/nginx-deploy rolled back\n"
    );
    c.step(60_000).unwrap();
    assert_eq!(
        ok(&mut c, "rollout undo deploy nginx-deploy --to-revision=1"),
        "deployment.apps/nginx-deploy rolled back\n"
    );
    c.step(60_000).unwrap();
    assert_eq!(
        ok(&mut c, "rollout history deploy nginx-deploy"),
        "deployment.apps/nginx-deploy \n\
         REVISION  CHANGE-CAUSE\n\
         3         kubectl set image deploy nginx-deploy nginx=nginx:1.161 --record=true\n\
         4         kubectl set image deploy nginx-deploy nginx=nginx:1.16.1 --record=true\n\
         5         kubectl apply --filename=nginx-deploy.yaml --record=true\n\n"
    );
    // [oracle] the same template again: skipped, exit 0.
    assert_eq!(
        ok(&mut c, "rollout undo deploy nginx-deploy --to-revision=5"),
        "deployment.apps/nginx-deploy skipped rollback (current template already matches revision 5)\n"
    );
    // -o name lists the ReplicaSets.
    let out = ok(
        &mut c,
        "rollout history deploy/nginx-deploy --revision=5 -o name",
    );
    assert!(out.starts_with("replicaset.apps/nginx-deploy-"), "{out}");
}

#[test]
fn rollout_undo_dry_run_prints_the_template() {
    let mut c = complete();
    ok(
        &mut c,
        "set image deployment/nginx-deploy nginx=nginx:1.16.1",
    );
    c.step(60_000).unwrap();
    let hash = c
        .store()
        .replicasets
        .values()
        .find(|r| r.revision() == Some(1))
        .unwrap()
        .meta
        .labels["pod-template-hash"]
        .clone();
    // [golden c-badimage-deadline/rollout-undo-dry-run]
    assert_eq!(
        ok(
            &mut c,
            "rollout undo deployment/nginx-deploy --dry-run=client"
        ),
        format!(
            "deployment.apps/nginx-deploy Pod Template:\n  Labels:\tapp=nginx\n\tpod-template-hash={hash}\n  Containers:\n   nginx:\n    Image:\tnginx:latest\n    Port:\t80/TCP\n    Host Port:\t0/TCP\n    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n (dry run)\n"
        )
    );
    assert_eq!(rs_names(&c).len(), 2);
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    assert_eq!(
        d.spec.template.containers()[0]
            .get("image")
            .and_then(|v| v.as_str()),
        Some("nginx:1.16.1")
    );
    assert_eq!(
        ok(
            &mut c,
            "rollout undo deployment/nginx-deploy --dry-run=server"
        ),
        "deployment.apps/nginx-deploy rolled back (server dry run)\n"
    );
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    assert_eq!(
        d.spec.template.containers()[0]
            .get("image")
            .and_then(|v| v.as_str()),
        Some("nginx:1.16.1")
    );
}

#[test]
fn rollout_history_in_the_1_28_profile_has_no_node_selectors() {
    let mut c = complete_with(Profile::V1_28);
    let out = ok(
        &mut c,
        "rollout history deployment/nginx-deploy --revision=1",
    );
    assert!(out.ends_with("  Volumes:\t<none>\n\n"), "{out}");
}

#[test]
fn pause_resume_restart() {
    let mut c = complete();
    // [oracle requests.md]
    assert_eq!(
        ok(&mut c, "rollout pause deployment/nginx-deploy"),
        "deployment.apps/nginx-deploy paused\n"
    );
    assert!(
        c.store()
            .deployment("default", "nginx-deploy")
            .unwrap()
            .spec
            .paused
    );
    ok(&mut c, "set image deploy nginx-deploy nginx=nginx:1.16.1");
    ok(
        &mut c,
        "set resources deploy nginx-deploy -c=nginx --limits=memory=512Mi,cpu=500m",
    );
    // Paused: no new revision yet (scenario 06).
    assert_eq!(rs_names(&c).len(), 1);
    assert_eq!(
        ok(&mut c, "rollout resume deploy nginx-deploy"),
        "deployment.apps/nginx-deploy resumed\n"
    );
    assert_eq!(rs_names(&c).len(), 2, "both edits make one new revision");
    ok(&mut c, "rollout status deploy/nginx-deploy");
    assert_eq!(
        ok(&mut c, "rollout restart deploy/nginx-deploy"),
        "deployment.apps/nginx-deploy restarted\n"
    );
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    assert!(
        d.spec
            .template
            .annotations
            .contains_key("kubectl.kubernetes.io/restartedAt")
    );
    // Twice in the same second.
    let o = run(&mut c, "rollout restart deploy/nginx-deploy");
    assert_eq!(
        o.stderr,
        "error: failed to create patch for nginx-deploy: if restart has already been triggered within the past second, please wait before attempting to trigger another\n"
    );
    // A bare type: every deployment; none → a notice on stderr, exit 0 [oracle e-rs-pod-node].
    let mut empty = Cluster::new(ClusterConfig::default());
    let o = run(&mut empty, "rollout pause deployment");
    assert_eq!(
        (o.stdout.as_str(), o.stderr.as_str(), o.exit_code),
        ("", "No resources found in default namespace.\n", 0)
    );
    // Other kinds.
    let rs = rs_names(&c)[0].clone();
    let o = run(&mut c, &format!("rollout pause rs/{rs}"));
    assert_eq!(
        o.stderr,
        format!("error: replicasets.apps \"{rs}\" pausing is not supported\n")
    );
}

// ---- apply, create, replace --------------------------------------------------------------

#[test]
fn apply_created_configured_unchanged() {
    let mut c = Cluster::new(ClusterConfig::default());
    c.write_file("nginx-deploy.yaml", NGINX_DEPLOY);
    assert_eq!(
        ok(&mut c, "apply -f nginx-deploy.yaml --dry-run=client"),
        "deployment.apps/nginx-deploy created (dry run)\n"
    );
    assert!(c.store().deployment("default", "nginx-deploy").is_none());
    assert_eq!(
        ok(&mut c, "apply -f nginx-deploy.yaml"),
        "deployment.apps/nginx-deploy created\n"
    );
    assert_eq!(
        ok(&mut c, "apply -f nginx-deploy.yaml"),
        "deployment.apps/nginx-deploy unchanged\n"
    );
    c.write_file(
        "nginx-deploy.yaml",
        &NGINX_DEPLOY.replace("nginx:latest", "nginx:1.16.1"),
    );
    assert_eq!(
        ok(&mut c, "apply -f nginx-deploy.yaml --dry-run=server"),
        "deployment.apps/nginx-deploy configured (server dry run)\n"
    );
    assert_eq!(rs_names(&c).len(), 1);
    assert_eq!(
        ok(&mut c, "apply -f nginx-deploy.yaml"),
        "deployment.apps/nginx-deploy configured\n"
    );
    assert_eq!(rs_names(&c).len(), 2);
    assert_eq!(
        ok(&mut c, "apply -f nginx-deploy.yaml -o name"),
        "deployment.apps/nginx-deploy\n"
    );
}

#[test]
fn apply_record_records_the_command_line() {
    let mut c = Cluster::new(ClusterConfig::default());
    c.write_file("nginx-deploy.yaml", NGINX_DEPLOY);
    let o = run(&mut c, "apply -f nginx-deploy.yaml --record");
    assert_eq!(o.stdout, "deployment.apps/nginx-deploy created\n");
    assert_eq!(
        o.stderr,
        "Flag --record has been deprecated, --record will be removed in the future\n"
    );
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    assert_eq!(
        d.meta
            .annotations
            .get(CHANGE_CAUSE_ANNOTATION)
            .map(String::as_str),
        Some("kubectl apply --filename=nginx-deploy.yaml --record=true")
    );
    // [oracle] kubectl also records it in the last-applied configuration.
    let last = &d.meta.annotations["kubectl.kubernetes.io/last-applied-configuration"];
    assert!(last.contains("\"kubernetes.io/change-cause\":\"kubectl apply --filename=nginx-deploy.yaml --record=true\""), "{last}");
    // [oracle] flags in the order typed, global flags left out.
    ok(
        &mut c,
        "scale deploy nginx-deploy --replicas=3 --record -n default",
    );
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    assert_eq!(
        d.meta
            .annotations
            .get(CHANGE_CAUSE_ANNOTATION)
            .map(String::as_str),
        Some("kubectl scale deploy nginx-deploy --replicas=3 --record=true")
    );
}

/// A two-document file and the one-document files kubectl's builder reads per document.
const VALID_D1: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d1\nspec:\n  selector:\n    matchLabels: {app: d}\n  template:\n    metadata:\n      labels: {app: d}\n    spec:\n      containers:\n      - name: c\n        image: nginx\n";

#[test]
fn apply_errors_and_partial_application() {
    let mut c = Cluster::new(ClusterConfig::default());
    // [oracle] go-yaml's line numbers: parser errors at the 0-based line, scanner errors
    // at the 1-based one.
    c.write_file(
        "syn.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n spec: 1\n",
    );
    c.write_file(
        "tab.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n\tname: x\n",
    );
    let o = run(&mut c, "apply -f syn.yaml");
    assert_eq!(
        o.stderr,
        "error: error parsing syn.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n"
    );
    let o = run(&mut c, "apply -f tab.yaml");
    assert_eq!(
        o.stderr,
        "error: error parsing tab.yaml: error converting YAML to JSON: yaml: line 4: found character that cannot start any token\n"
    );
    // [oracle] a kind the server does not serve: the other documents are applied.
    c.write_file(
        "m1.yaml",
        &format!("{VALID_D1}---\napiVersion: v1\nkind: Foo\nmetadata:\n  name: yy\n"),
    );
    let o = run(&mut c, "apply -f m1.yaml");
    assert_eq!(o.stdout, "deployment.apps/d1 created\n");
    assert_eq!(
        o.stderr,
        "error: resource mapping not found for name: \"yy\" namespace: \"\" from \"m1.yaml\": no matches for kind \"Foo\" in version \"v1\"\nensure CRDs are installed first\n"
    );
    // [oracle] a syntax error ends the file: what came before is applied, what follows not;
    // the line is counted from the document's start.
    c.write_file(
        "m2.yaml",
        &format!(
            "{}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n spec: 1\n---\n{}",
            VALID_D1.replace("d1", "d2"),
            VALID_D1.replace("d1", "d3")
        ),
    );
    let o = run(&mut c, "apply -f m2.yaml");
    assert_eq!(o.stdout, "deployment.apps/d2 created\n");
    assert_eq!(
        o.stderr,
        "error: error parsing m2.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n"
    );
    assert!(c.store().deployment("default", "d3").is_none());
    // Validation (on by default): a missing kind ends the file.
    c.write_file("nokind.yaml", "apiVersion: apps/v1\nmetadata:\n  name: x\n");
    let o = run(&mut c, "apply -f nokind.yaml");
    assert_eq!(
        o.stderr,
        "error: error validating \"nokind.yaml\": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n"
    );
    // [oracle] --validate=false: the decoder's error.
    let o = run(&mut c, "apply --validate=false -f nokind.yaml");
    assert_eq!(
        o.stderr,
        "error: unable to decode \"nokind.yaml\": Object 'Kind' is missing in '{\"apiVersion\":\"apps/v1\",\"metadata\":{\"name\":\"x\"}}'\n"
    );
    // Strict decoding (server side): that object fails, the others in the file are applied.
    c.write_file(
        "typo.yaml",
        &format!(
            "{}---\n{}",
            VALID_D1
                .replace("d1", "t1")
                .replace("  selector:", "  replica: 3\n  selector:"),
            VALID_D1.replace("d1", "t2")
        ),
    );
    let o = run(&mut c, "apply -f typo.yaml");
    assert_eq!(o.stdout, "deployment.apps/t2 created\n");
    assert_eq!(
        o.stderr,
        "Error from server (BadRequest): error when creating \"typo.yaml\": Deployment in version \"v1\" cannot be handled as a Deployment: strict decoding error: unknown field \"spec.replica\"\n"
    );
    // Invalid: one cause on one line, several as a list (K8S-SPEC §2.2).
    c.write_file(
        "neg.yaml",
        &VALID_D1
            .replace("d1", "neg")
            .replace("  selector:", "  replicas: -1\n  selector:"),
    );
    let o = run(&mut c, "apply -f neg.yaml");
    assert_eq!(
        o.stderr,
        "The Deployment \"neg\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n"
    );
    c.write_file(
        "nosel.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx\nspec:\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n",
    );
    let o = run(&mut c, "apply -f nosel.yaml");
    assert_eq!(
        o.stderr,
        "The Deployment \"nginx\" is invalid: \n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"nginx\"}: `selector` does not match template `labels`\n"
    );
    assert_eq!(o.exit_code, 1);
    // Standard input does not exist here.
    let o = run(&mut c, "apply -f -");
    assert!(
        o.stderr
            .starts_with("error: the playground has no standard input"),
        "{}",
        o.stderr
    );
}

#[test]
fn apply_strict_decoding_error_on_an_existing_object_shows_the_patch() {
    let mut c = complete();
    c.write_file(
        "typo.yaml",
        &NGINX_DEPLOY
            .replace("  replicas: 3", "  replica: 3")
            .replace("nginx:latest", "nginx:1.16.1"),
    );
    let o = run(&mut c, "apply -f typo.yaml");
    let last = r#"{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{},\"labels\":{\"role\":\"deploy\"},\"name\":\"nginx-deploy\",\"namespace\":\"default\"},\"spec\":{\"replica\":3,\"selector\":{\"matchLabels\":{\"app\":\"nginx\"}},\"template\":{\"metadata\":{\"labels\":{\"app\":\"nginx\"}},\"spec\":{\"containers\":[{\"image\":\"nginx:1.16.1\",\"name\":\"nginx\",\"ports\":[{\"containerPort\":80}]}]}}}}\n"#;
    assert_eq!(
        o.stderr,
        format!(
            "Error from server (BadRequest): error when applying patch:\n{{\"metadata\":{{\"annotations\":{{\"kubectl.kubernetes.io/last-applied-configuration\":\"{last}\"}}}},\"spec\":{{\"replica\":3,\"replicas\":null,\"template\":{{\"spec\":{{\"$setElementOrder/containers\":[{{\"name\":\"nginx\"}}],\"containers\":[{{\"image\":\"nginx:1.16.1\",\"name\":\"nginx\"}}]}}}}}}}}\nto:\nResource: \"apps/v1, Resource=deployments\", GroupVersionKind: \"apps/v1, Kind=Deployment\"\nName: \"nginx-deploy\", Namespace: \"default\"\nfor: \"typo.yaml\": error when patching \"typo.yaml\": Deployment in version \"v1\" cannot be handled as a Deployment: strict decoding error: unknown field \"spec.replica\"\n"
        )
    );
}

#[test]
fn create_and_replace() {
    let mut c = Cluster::new(ClusterConfig::default());
    c.write_file("nginx-deploy.yaml", NGINX_DEPLOY);
    assert_eq!(
        ok(&mut c, "create -f nginx-deploy.yaml"),
        "deployment.apps/nginx-deploy created\n"
    );
    // `create` does not record a last-applied configuration.
    let d = c.store().deployment("default", "nginx-deploy").unwrap();
    assert!(
        !d.meta
            .annotations
            .contains_key("kubectl.kubernetes.io/last-applied-configuration")
    );
    assert_eq!(d.meta.generation, 1);
    c.write_file(
        "nginx-deploy.yaml",
        &NGINX_DEPLOY.replace("replicas: 3", "replicas: 2"),
    );
    assert_eq!(
        ok(&mut c, "replace -f nginx-deploy.yaml"),
        "deployment.apps/nginx-deploy replaced\n"
    );
    assert_eq!(
        c.store()
            .deployment("default", "nginx-deploy")
            .unwrap()
            .spec
            .replicas,
        2
    );
    c.write_file(
        "other.yaml",
        &NGINX_DEPLOY.replace("name: nginx-deploy", "name: other"),
    );
    let o = run(&mut c, "replace -f other.yaml");
    assert_eq!(
        o.stderr,
        "Error from server (NotFound): error when replacing \"other.yaml\": deployments.apps \"other\" not found\n"
    );
}

#[test]
fn create_deployment_builds_kubectls_object() {
    let mut c = Cluster::new(ClusterConfig::default());
    assert_eq!(
        ok(
            &mut c,
            "create deployment hello --image=nginx:1.25 --replicas=2 --port=80"
        ),
        "deployment.apps/hello created\n"
    );
    let d = c.store().deployment("default", "hello").unwrap().clone();
    assert_eq!(d.spec.replicas, 2);
    assert_eq!(d.meta.labels.get("app").map(String::as_str), Some("hello"));
    assert_eq!(
        d.spec.template.labels.get("app").map(String::as_str),
        Some("hello")
    );
    let container = &d.spec.template.containers()[0];
    assert_eq!(
        container.get("name").and_then(|v| v.as_str()),
        Some("nginx")
    );
    assert_eq!(
        container
            .pointer("ports")
            .and_then(|p| p.as_array())
            .map(Vec::len),
        Some(1)
    );
    assert!(
        !d.meta
            .annotations
            .contains_key("kubectl.kubernetes.io/last-applied-configuration")
    );
    // Names with `.` or `_` are sanitized and made unique.
    ok(
        &mut c,
        "create deployment h2 --image=registry.k8s.io/my_app.v2:1.0",
    );
    let d = c.store().deployment("default", "h2").unwrap();
    let name = d.spec.template.containers()[0]
        .get("name")
        .and_then(|v| v.as_str())
        .unwrap()
        .to_string();
    assert!(
        name.starts_with("my-app-v2-") && name.len() == "my-app-v2-".len() + 5,
        "{name}"
    );
    assert_eq!(
        ok(
            &mut c,
            "create deployment h3 --image=nginx --dry-run=client"
        ),
        "deployment.apps/h3 created (dry run)\n"
    );
    assert!(c.store().deployment("default", "h3").is_none());
    let o = run(&mut c, "create deployment Bad --image=x");
    assert!(
        o.stderr.starts_with("error: failed to create deployment: Deployment.apps \"Bad\" is invalid: metadata.name: Invalid value: \"Bad\": a lowercase RFC 1123 subdomain"),
        "{}",
        o.stderr
    );
}

// ---- version, api-resources, explain, edit, cluster-info, help ------------------------------

#[test]
fn version_per_profile() {
    // [oracle] the dispatcher runs the kubectl matching the server's minor version.
    let mut c = Cluster::new(ClusterConfig::default());
    assert_eq!(
        ok(&mut c, "version"),
        "Client Version: v1.33.1\nKustomize Version: v5.6.0\nServer Version: v1.33.1\n"
    );
    assert_eq!(
        ok(&mut c, "version --client"),
        "Client Version: v1.33.1\nKustomize Version: v5.6.0\n"
    );
    let json = ok(&mut c, "version -o json");
    assert!(
        json.starts_with(
            "{\n  \"clientVersion\": {\n    \"major\": \"1\",\n    \"minor\": \"33\",\n"
        ),
        "{json}"
    );
    let mut old = Cluster::new(ClusterConfig {
        profile: Profile::V1_28,
        ..ClusterConfig::default()
    });
    assert_eq!(
        ok(&mut old, "version"),
        "Client Version: v1.28.15\nKustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3\nServer Version: v1.28.15\n"
    );
}

#[test]
fn api_resources_lists_what_the_playground_serves() {
    let mut c = Cluster::new(ClusterConfig::default());
    assert_eq!(
        ok(&mut c, "api-resources"),
        "NAME                       SHORTNAMES   APIVERSION         NAMESPACED   KIND\n\
         events                     ev           v1                 true         Event\n\
         namespaces                 ns           v1                 false        Namespace\n\
         nodes                      no           v1                 false        Node\n\
         pods                       po           v1                 true         Pod\n\
         services                   svc          v1                 true         Service\n\
         deployments                deploy       apps/v1            true         Deployment\n\
         replicasets                rs           apps/v1            true         ReplicaSet\n\
         horizontalpodautoscalers   hpa          autoscaling/v2     true         HorizontalPodAutoscaler\n\
         events                     ev           events.k8s.io/v1   true         Event\n"
    );
    assert_eq!(
        ok(&mut c, "api-resources --api-group=apps -o name"),
        "deployments.apps\nreplicasets.apps\n"
    );
    assert_eq!(
        ok(&mut c, "api-resources --namespaced=false --no-headers"),
        "namespaces   ns    v1    false   Namespace\nnodes        no    v1    false   Node\n"
    );
}

#[test]
fn explain_fields() {
    let mut c = Cluster::new(ClusterConfig::default());
    // The layout of kubectl's explain template (plaintext.tmpl): GROUP/KIND/VERSION, the
    // FIELD line with two empty lines after it, the description wrapped at 76 columns and
    // indented 4, an indented empty line, a final empty line.
    assert_eq!(
        ok(&mut c, "explain deployment.spec.replicas"),
        "GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: replicas <integer>\n\n\nDESCRIPTION:\n    Number of desired pods. This is a pointer to distinguish between explicit\n    zero and not specified. Defaults to 1.\n    \n\n"
    );
    let spec = ok(&mut c, "explain deployments.spec");
    assert!(
        spec.contains("FIELD: spec <DeploymentSpec>\n\n\nDESCRIPTION:\n    Specification of the desired behavior of the Deployment.\n    DeploymentSpec is\n    the specification of the desired behavior of the Deployment.\n    \nFIELDS:\n  minReadySeconds\t<integer>\n"),
        "{spec}"
    );
    assert!(
        spec.contains("  selector\t<LabelSelector> -required-\n"),
        "{spec}"
    );
    let d = ok(&mut c, "explain deploy");
    assert!(d.starts_with("GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nDESCRIPTION:\n    Deployment enables declarative updates for Pods and ReplicaSets.\n    \nFIELDS:\n  apiVersion\t<string>\n"), "{d}");
    assert!(ok(&mut c, "explain rs.spec.replicas").contains("KIND:       ReplicaSet\n"));
    assert!(
        ok(
            &mut c,
            "explain deployment.spec.strategy.rollingUpdate.maxSurge"
        )
        .contains("FIELD: maxSurge <string>\n")
    );
}

#[test]
fn edit_and_cluster_info() {
    let mut c = complete();
    let o = run(&mut c, "edit deployment/nginx-deploy");
    assert_eq!(o.exit_code, 1);
    assert!(
        o.stderr
            .starts_with("error: the playground has no interactive editor"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("kubectl apply -f"));
    assert_eq!(
        ok(&mut c, "cluster-info"),
        "Kubernetes control plane is running at https://127.0.0.1:6443\nCoreDNS is running at https://127.0.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n"
    );
}

#[test]
fn help_texts() {
    let mut c = Cluster::new(ClusterConfig::default());
    // [oracle] `kubectl rollout`: its help on stdout, exit 1; `kubectl set`: on stderr.
    let o = run(&mut c, "rollout");
    assert!(
        o.stdout
            .starts_with("Manage the rollout of one or many resources.")
    );
    assert_eq!(o.exit_code, 1);
    let o = run(&mut c, "set");
    assert!(o.stderr.starts_with("Configure application resources."));
    assert_eq!((o.stdout.as_str(), o.exit_code), ("", 1));
    let o = run(&mut c, "scale --help");
    assert!(o.stdout.starts_with(
        "Set a new size for a deployment, replica set, replication controller, or stateful set."
    ));
    assert!(o.stdout.contains("\nUsage:\n  kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]\n"));
    assert_eq!(o.exit_code, 0);
    let o = run(&mut c, "");
    assert!(
        o.stdout
            .starts_with("kubectl controls the Kubernetes cluster manager.")
    );
    assert_eq!(o.exit_code, 0);
}
