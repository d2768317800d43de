//! `kubectl get`, the object printers and `kubectl events`, checked against what the real
//! kubectl prints.
//!
//! Sources of the expected texts:
//! - `shared/oracle/golden-v1.33/*` (kubectl 1.33.1 against the fake API server), for the
//!   layouts of `-o yaml|json|name|jsonpath`, `kubectl events`, errors;
//! - oracle runs made for this file with `shared/oracle/run.sh` (states written for the
//!   purpose: `tricky` — a ConfigMap full of strings that need quoting, folding and escapes —
//!   and the `a-complete` state for errors), embedded below verbatim;
//! - K8S-SPEC §15.2 for the server-side table columns (the fake API server has no Table
//!   support, so kubectl there prints NAME/AGE only).

use kubeplay_core::kubectl::printers::{self, table};
use kubeplay_core::kubectl::{self, Output};
use kubeplay_core::model::Pod;
use kubeplay_core::time::{Epoch, SimTime};
use kubeplay_core::value::{Map, Value};
use kubeplay_core::{Cluster, ClusterConfig, Profile};

// ---- helpers ------------------------------------------------------------------------------

/// A small JSON parser (numbers without fraction/exponent become `Int`).
fn parse_json(s: &str) -> Value {
    struct P<'a> {
        b: &'a [u8],
        i: usize,
    }
    impl P<'_> {
        fn ws(&mut self) {
            while self.i < self.b.len() && (self.b[self.i] as char).is_ascii_whitespace() {
                self.i += 1;
            }
        }
        fn value(&mut self) -> Value {
            self.ws();
            match self.b[self.i] {
                b'{' => {
                    self.i += 1;
                    let mut m = Map::new();
                    self.ws();
                    if self.b[self.i] == b'}' {
                        self.i += 1;
                        return Value::Object(m);
                    }
                    loop {
                        self.ws();
                        let k = self.string();
                        self.ws();
                        assert_eq!(self.b[self.i], b':');
                        self.i += 1;
                        let v = self.value();
                        m.insert(k, v);
                        self.ws();
                        let c = self.b[self.i];
                        self.i += 1;
                        if c == b'}' {
                            return Value::Object(m);
                        }
                    }
                }
                b'[' => {
                    self.i += 1;
                    let mut a = Vec::new();
                    self.ws();
                    if self.b[self.i] == b']' {
                        self.i += 1;
                        return Value::Array(a);
                    }
                    loop {
                        a.push(self.value());
                        self.ws();
                        let c = self.b[self.i];
                        self.i += 1;
                        if c == b']' {
                            return Value::Array(a);
                        }
                    }
                }
                b'"' => Value::String(self.string()),
                b't' => {
                    self.i += 4;
                    Value::Bool(true)
                }
                b'f' => {
                    self.i += 5;
                    Value::Bool(false)
                }
                b'n' => {
                    self.i += 4;
                    Value::Null
                }
                _ => {
                    let start = self.i;
                    while self.i < self.b.len()
                        && matches!(
                            self.b[self.i],
                            b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'
                        )
                    {
                        self.i += 1;
                    }
                    let t = std::str::from_utf8(&self.b[start..self.i]).unwrap();
                    match t.parse::<i64>() {
                        Ok(i) => Value::Int(i),
                        Err(_) => Value::Float(t.parse().unwrap()),
                    }
                }
            }
        }
        fn string(&mut self) -> String {
            assert_eq!(self.b[self.i], b'"');
            self.i += 1;
            let mut out: Vec<u16> = Vec::new();
            let mut s = String::new();
            loop {
                let c = self.b[self.i];
                if c == b'"' {
                    self.i += 1;
                    break;
                }
                if c == b'\\' {
                    let e = self.b[self.i + 1];
                    self.i += 2;
                    let ch = match e {
                        b'n' => '\n',
                        b't' => '\t',
                        b'r' => '\r',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'/' => '/',
                        b'\\' => '\\',
                        b'"' => '"',
                        b'u' => {
                            let h = std::str::from_utf8(&self.b[self.i..self.i + 4]).unwrap();
                            self.i += 4;
                            out.push(u16::from_str_radix(h, 16).unwrap());
                            // Surrogate pairs.
                            if (0xD800..0xDC00).contains(&out[0]) && out.len() == 1 {
                                continue;
                            }
                            let decoded: String = char::decode_utf16(out.drain(..))
                                .map(|r| r.unwrap())
                                .collect();
                            s.push_str(&decoded);
                            continue;
                        }
                        _ => panic!("bad escape"),
                    };
                    s.push(ch);
                    continue;
                }
                let w = match c {
                    0x00..=0x7f => 1,
                    0xc0..=0xdf => 2,
                    0xe0..=0xef => 3,
                    _ => 4,
                };
                s.push_str(std::str::from_utf8(&self.b[self.i..self.i + w]).unwrap());
                self.i += w;
            }
            s
        }
    }
    let mut p = P {
        b: s.as_bytes(),
        i: 0,
    };
    p.value()
}

/// A cluster in the default profile (seed 1, 3 nodes, kubernetes 1.33).
fn cluster() -> Cluster {
    Cluster::new(ClusterConfig::default())
}

fn run(c: &mut Cluster, line: &str) -> Output {
    kubectl::run(c, line)
}

fn ok(c: &mut Cluster, line: &str) -> String {
    let o = run(c, line);
    assert_eq!(o.exit_code, 0, "{line}: {o:?}");
    assert_eq!(o.stderr, "", "{line}");
    o.stdout
}

/// Runs `line` and compares stdout, stderr and the exit code exactly.
fn check(c: &mut Cluster, line: &str, stdout: &str, stderr: &str, exit: i32) {
    let o = run(c, line);
    assert_text(&o.stdout, stdout, &format!("stdout of `kubectl {line}`"));
    assert_text(&o.stderr, stderr, &format!("stderr of `kubectl {line}`"));
    assert_eq!(o.exit_code, exit, "exit code of `kubectl {line}`");
}

/// The tutorial Deployment (kubernetes.io "Deployments" page).
const NGINX_DEPLOYMENT: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
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
        image: nginx:1.14.2
        ports:
        - containerPort: 80
";

/// The oracle's `a-complete` Deployment (`shared/oracle/states/manifests/nginx-deploy.yaml`
/// with the image the state uses).
const NGINX_DEPLOY: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deploy
  namespace: default
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

/// The `a-complete` situation: created through `kubectl apply -f`, 139 s old.
fn a_complete() -> Cluster {
    let mut c = cluster();
    c.write_file("nginx-deploy.yaml", NGINX_DEPLOY);
    ok(&mut c, "apply -f nginx-deploy.yaml");
    c.step(139_000).unwrap();
    c
}

/// Masks what differs between two clusters: uids, resourceVersions, RFC 3339 timestamps and
/// the generated parts of `nginx-deploy-<hash>…` names.
fn mask(text: &str) -> String {
    fn is_ts(c: &[char]) -> bool {
        let p = "dddd-dd-ddTdd:dd:ddZ";
        c.len() == p.len()
            && p.chars().zip(c).all(|(p, c)| {
                if p == 'd' {
                    c.is_ascii_digit()
                } else {
                    p == *c
                }
            })
    }
    let chars: Vec<char> = text.chars().collect();
    let mut s = String::new();
    let mut i = 0;
    while i < chars.len() {
        if i + 20 <= chars.len() && is_ts(&chars[i..i + 20]) {
            s.push_str("<ts>");
            i += 20;
        } else {
            s.push(chars[i]);
            i += 1;
        }
    }
    let mut out = String::new();
    for line in s.split_inclusive('\n') {
        let mut l = line.to_string();
        for key in ["uid", "resourceVersion", "pod-template-hash"] {
            for pat in [format!("{key}: "), format!("\"{key}\": ")] {
                if let Some(i) = l.find(&pat) {
                    let start = i + pat.len();
                    let tail = if l.trim_end().ends_with(',') {
                        ",\n"
                    } else {
                        "\n"
                    };
                    l = format!("{}<{key}>{tail}", &l[..start]);
                }
            }
        }
        out.push_str(&l);
    }
    let mut s = String::new();
    let mut rest = out.as_str();
    while let Some(i) = rest.find("nginx-deploy-") {
        s.push_str(&rest[..i + "nginx-deploy-".len()]);
        rest = &rest[i + "nginx-deploy-".len()..];
        let n = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        s.push_str("<hash>");
        rest = &rest[n..];
    }
    s.push_str(rest);
    s
}

/// Line-by-line comparison with a readable failure.
fn assert_text(got: &str, want: &str, what: &str) {
    if got == want {
        return;
    }
    let g: Vec<&str> = got.split('\n').collect();
    let w: Vec<&str> = want.split('\n').collect();
    for i in 0..g.len().max(w.len()) {
        let (a, b) = (g.get(i), w.get(i));
        if a != b {
            panic!(
                "{what}: first difference at line {}:\n  got:  {:?}\n  want: {:?}\n--- got ---\n{got}\n--- want ---\n{want}",
                i + 1,
                a,
                b
            );
        }
    }
    panic!("{what}: texts differ");
}

// ---- YAML / JSON printers against the oracle ------------------------------------------------

/// The whole ConfigMap: every quoting rule, folding at column 80 (plain, single- and
/// double-quoted, nested, in sequences), literal blocks with `|`, `|-`, `|+`, `|2`, escapes,
/// go-yaml's key order, non-simple keys (`? `), `{}`/`[]`, floats, ints. Both printers get
/// the object kubectl decoded (parsed from the oracle's own JSON output).
#[test]
fn yaml_and_json_match_real_kubectl_on_tricky_strings() {
    let v = parse_json(TRICKY_JSON);
    assert_text(&printers::to_json(&v, true), TRICKY_JSON, "json");
    assert_text(&printers::to_yaml(&v), TRICKY_YAML, "yaml");
}

// ---- objects as the real kubectl prints them -------------------------------------------------

/// `get deploy nginx-deploy -o yaml` of the oracle's `a-complete` situation, line by line
/// against `golden-v1.33/a-complete__get-deploy-yaml.txt`: same keys, order, quoting, the
/// last-applied annotation as a `|` block, `creationTimestamp: null` in the template; only
/// uids, resourceVersions, timestamps and the pod-template-hash differ.
#[test]
fn deployment_yaml_matches_the_golden() {
    let mut c = a_complete();
    let got = ok(&mut c, "get deploy nginx-deploy -o yaml");
    assert_text(&mask(&got), &mask(GOLDEN_DEPLOY_YAML), "get deploy -o yaml");
}

/// The Deployment's ReplicaSet against what kubectl 1.33.1 printed for the oracle's
/// `a-complete` state (`get rs nginx-deploy-cd55c47f5 -o yaml`): annotations, owner
/// reference, the hash label in selector and template, status.
#[test]
fn replicaset_yaml_matches_the_oracle() {
    let mut c = a_complete();
    let rs = c
        .store()
        .replicasets
        .values()
        .next()
        .unwrap()
        .meta
        .name
        .clone();
    let got = ok(&mut c, &format!("get rs {rs} -o yaml"));
    assert_text(&mask(&got), &mask(ORACLE_RS_YAML), "get rs -o yaml");
}

/// Same for `-o json` (`golden-v1.33/a-complete__get-deploy-json.txt`).
#[test]
fn deployment_json_matches_the_golden() {
    let mut c = a_complete();
    let got = ok(&mut c, "get deploy nginx-deploy -o json");
    assert_text(&mask(&got), &mask(GOLDEN_DEPLOY_JSON), "get deploy -o json");
}

/// Several objects print as a `List` (checked with the oracle: `get rs -o yaml|json` of
/// `a-complete`); an empty list too; one named object prints alone.
#[test]
fn lists_in_yaml_and_json() {
    let mut c = a_complete();
    let y = ok(&mut c, "get rs -o yaml");
    assert!(
        y.starts_with(
            "apiVersion: v1\nitems:\n- apiVersion: apps/v1\n  kind: ReplicaSet\n  metadata:\n"
        ),
        "{y}"
    );
    assert!(
        y.ends_with("kind: List\nmetadata:\n  resourceVersion: \"\"\n"),
        "{y}"
    );
    let j = ok(&mut c, "get pods -o json");
    assert!(j.starts_with("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n        {\n            \"apiVersion\": \"v1\",\n"), "{j}");
    assert!(j.ends_with("    ],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n"), "{j}");
    // kubectl 1.33 on `get pods -l app=none -o yaml|json|name|jsonpath`.
    check(
        &mut c,
        "get pods -l app=none -o yaml",
        "apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n",
        "",
        0,
    );
    check(
        &mut c,
        "get pods -l app=none -o json",
        "{\n    \"apiVersion\": \"v1\",\n    \"items\": [],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n",
        "",
        0,
    );
    check(&mut c, "get pods -l app=none -o name", "", "", 0);
    check(
        &mut c,
        "get pods -l app=none -o jsonpath={.items}",
        "[]",
        "",
        0,
    );
    // One named object: the object itself, not a List.
    let y = ok(&mut c, "get deploy/nginx-deploy -o yaml");
    assert!(
        y.starts_with("apiVersion: apps/v1\nkind: Deployment\n"),
        "{y}"
    );
    // Two names: a List again.
    let y = ok(&mut c, "get deploy nginx-deploy nginx-deploy -o yaml");
    assert!(y.starts_with("apiVersion: v1\nitems:\n"), "{y}");
}

/// `-o name` and `-o jsonpath` as in `golden-v1.33/a-complete__get-rs-name.txt`,
/// `__get-pods-jsonpath.txt` and `__get-pods-selector-name.txt` (modulo generated names).
#[test]
fn name_and_jsonpath_like_the_goldens() {
    let mut c = a_complete();
    let rs = c
        .store()
        .replicasets
        .values()
        .next()
        .unwrap()
        .meta
        .name
        .clone();
    let hash = rs.trim_start_matches("nginx-deploy-").to_string();
    let pods: Vec<String> = c
        .store()
        .pods
        .values()
        .map(|p| p.meta.name.clone())
        .collect();
    assert_eq!(pods.len(), 3);
    check(
        &mut c,
        "get rs -o name",
        &format!("replicaset.apps/{rs}\n"),
        "",
        0,
    );
    // No final newline (run.sh: `--- stderr (stdout had no final newline)`).
    check(
        &mut c,
        "get pods -o jsonpath='{.items[*].metadata.name}'",
        &pods.join(" "),
        "",
        0,
    );
    let names: String = pods.iter().map(|p| format!("pod/{p}\n")).collect();
    check(
        &mut c,
        &format!("get pods -l app=nginx,pod-template-hash={hash} -o name"),
        &names,
        "",
        0,
    );
    check(
        &mut c,
        "get deploy,rs -o name",
        &format!("deployment.apps/nginx-deploy\nreplicaset.apps/{rs}\n"),
        "",
        0,
    );
    check(&mut c, "get nodes node-1 -o name", "node/node-1\n", "", 0);
}

/// JSONPath beyond the goldens: ranges with literals, filters, indexes, maps printed as
/// JSON, `null`, and kubectl's error texts (all checked with the oracle on `a-complete`).
#[test]
fn jsonpath_templates() {
    let mut c = a_complete();
    let pods: Vec<String> = c
        .store()
        .pods
        .values()
        .map(|p| p.meta.name.clone())
        .collect();
    let nodes: Vec<String> = c
        .store()
        .pods
        .values()
        .map(|p| p.node_name.clone().unwrap())
        .collect();
    let want: String = pods
        .iter()
        .zip(&nodes)
        .map(|(p, n)| format!("{p}\t{n}\n"))
        .collect();
    check(
        &mut c,
        r#"get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.spec.nodeName}{"\n"}{end}'"#,
        &want,
        "",
        0,
    );
    check(
        &mut c,
        "get deploy nginx-deploy -o jsonpath={.spec.replicas}",
        "3",
        "",
        0,
    );
    check(
        &mut c,
        r#"get deploy -o jsonpath='{.items[0].status.conditions[?(@.type=="Available")].status}'"#,
        "True",
        "",
        0,
    );
    check(
        &mut c,
        "get deploy nginx-deploy -o jsonpath={.metadata.labels}",
        "{\"role\":\"deploy\"}",
        "",
        0,
    );
    check(
        &mut c,
        "get deploy nginx-deploy -o jsonpath={.spec.template.metadata.creationTimestamp}",
        "null",
        "",
        0,
    );
    check(
        &mut c,
        "get deploy nginx-deploy -o jsonpath={.spec.nope}",
        "",
        "",
        0,
    );
    check(
        &mut c,
        "get pods -o jsonpath={.items[*",
        "",
        "error: error parsing jsonpath {.items[*, unterminated array\n",
        1,
    );
    let o = run(&mut c, "get pods -o jsonpath={.items[5].metadata.name}");
    assert_eq!(o.exit_code, 1);
    assert!(
        o.stderr.starts_with(
            "error: error executing jsonpath \"{.items[5].metadata.name}\": Error executing template: array index out of bounds: index 5, length 3. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.items[5].metadata.name}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"items\":[]interface {}{map[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"creationTimestamp\":"
        ),
        "{}",
        o.stderr
    );
    assert!(o.stderr.ends_with("\"kind\":\"List\", \"metadata\":map[string]interface {}{\"resourceVersion\":\"\"}}\n\n\n"), "{}", o.stderr);
}

/// `-o custom-columns` (checked with the oracle): `<none>` for missing values, lists
/// comma-joined, the table tabwriter.
#[test]
fn custom_columns() {
    let mut c = a_complete();
    let pods: Vec<String> = c
        .store()
        .pods
        .values()
        .map(|p| p.meta.name.clone())
        .collect();
    let w = pods.iter().map(String::len).max().unwrap() + 3;
    let mut want = format!("{:<w$}IMG            X\n", "NAME");
    for p in &pods {
        want.push_str(&format!("{p:<w$}nginx:latest   <none>\n"));
    }
    check(
        &mut c,
        "get pods -o custom-columns=NAME:.metadata.name,IMG:.spec.containers[*].image,X:.foo",
        &want,
        "",
        0,
    );
    check(
        &mut c,
        "get pods -o custom-columns=",
        "",
        "error: custom-columns format specified but no custom columns given\n",
        1,
    );
}

// ---- errors (texts of kubectl 1.33.1, from goldens and oracle runs) --------------------------

#[test]
fn argument_and_server_errors() {
    let mut c = a_complete();
    // golden-v1.33/a-complete__get-deploy-missing.txt
    check(
        &mut c,
        "get deploy nope",
        "",
        "Error from server (NotFound): deployments.apps \"nope\" not found\n",
        1,
    );
    check(
        &mut c,
        "get",
        "",
        "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples\n",
        1,
    );
    check(
        &mut c,
        "get foo",
        "",
        "error: the server doesn't have a resource type \"foo\"\n",
        1,
    );
    check(
        &mut c,
        "get deploy,foo",
        "",
        "error: the server doesn't have a resource type \"foo\"\n",
        1,
    );
    check(
        &mut c,
        "get pods -o foo",
        "",
        "error: unable to match a printer suitable for the output format \"foo\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n",
        1,
    );
    check(
        &mut c,
        "get pods --show-labels -o yaml",
        "",
        "error: --show-labels option cannot be used with yaml printer\n",
        1,
    );
    check(
        &mut c,
        "get pods x -l app=y",
        "",
        "error: name cannot be provided when a selector is specified\n",
        1,
    );
    check(
        &mut c,
        "get pods x -A",
        "",
        "error: a resource cannot be retrieved by name across all namespaces\n",
        1,
    );
    // Found objects print, the errors follow (oracle: `get deploy nope nginx-deploy`).
    let o = run(&mut c, "get deploy nope nginx-deploy");
    assert_eq!(
        o.stdout,
        "NAME           READY   UP-TO-DATE   AVAILABLE   AGE\nnginx-deploy   3/3     3            3           2m19s\n"
    );
    assert_eq!(
        o.stderr,
        "Error from server (NotFound): deployments.apps \"nope\" not found\n"
    );
    assert_eq!(o.exit_code, 1);
    check(
        &mut c,
        "get deploy nope -o yaml",
        "",
        "Error from server (NotFound): deployments.apps \"nope\" not found\n",
        1,
    );
    check(
        &mut c,
        "get deploy nope nginx-deploy -o name",
        "deployment.apps/nginx-deploy\n",
        "Error from server (NotFound): deployments.apps \"nope\" not found\n",
        1,
    );
    check(
        &mut c,
        "get deploy nope other",
        "",
        "Error from server (NotFound): deployments.apps \"nope\" not found\nError from server (NotFound): deployments.apps \"other\" not found\n",
        1,
    );
    check(&mut c, "get deploy nope --ignore-not-found", "", "", 0);
    check(
        &mut c,
        "get pods --sort-by=.foo",
        "",
        // With server-side tables the table sorter's error is dropped and the table is not
        // printed (kubernetes/kubectl#1343); the oracle's fake server has no tables, so its
        // kubectl took the object-list path and printed the error below instead.
        "No resources found in default namespace.\n",
        0,
    );
    check(
        &mut c,
        "get deploy,rs --sort-by=.metadata.name",
        "",
        // Several tables: kubectl sorts the Table objects themselves first
        // (kubernetes/kubernetes#104318).
        "error: couldn't find any field with path \"{.metadata.name}\" in the list of objects\n",
        1,
    );
    check(
        &mut c,
        "get pods --sort-by=.foo -o name",
        "",
        "error: couldn't find any field with path \"{.foo}\" in the list of objects\n",
        1,
    );
    // klog.Exitf from the sorter (the real line has the wall clock and kubectl's pid).
    check(
        &mut c,
        "get pods --sort-by=.status.containerStatuses[0].ready -o name",
        "",
        "F0101 00:02:19.000000       1 sorter.go:329] Field {.status.containerStatuses[0].ready} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable type: bool\n",
        1,
    );
    check(
        &mut c,
        "get deploy --field-selector=spec.replicas=3",
        "",
        "Error from server (BadRequest): Unable to find \"apps/v1, Resource=deployments\" that match label selector \"\", field selector \"spec.replicas=3\": field label not supported: spec.replicas\n",
        1,
    );
    check(
        &mut c,
        "get all x",
        "",
        "error: you must specify only one resource\n",
        1,
    );
}

#[test]
fn empty_results() {
    let mut c = cluster();
    check(
        &mut c,
        "get pods",
        "",
        "No resources found in default namespace.\n",
        0,
    );
    check(
        &mut c,
        "get deploy,rs",
        "",
        "No resources found in default namespace.\n",
        0,
    );
    check(
        &mut c,
        "get pods -n kube-system",
        "",
        "No resources found in kube-system namespace.\n",
        0,
    );
    check(&mut c, "get pods -A", "", "No resources found\n", 0);
    check(
        &mut c,
        "get all",
        "",
        "No resources found in default namespace.\n",
        0,
    );
    check(
        &mut c,
        "get events",
        "",
        "No resources found in default namespace.\n",
        0,
    );
    check(&mut c, "get nodes -l nope=1", "", "No resources found\n", 0);
    check(
        &mut c,
        "events",
        "",
        "No events found in default namespace.\n",
        0,
    );
    check(&mut c, "events -A", "", "No events found.\n", 0);
}

// ---- tables ------------------------------------------------------------------------------------

/// The tutorial rollout, table by table. Layouts are those of K8S-SPEC §15.2 (the server-side
/// table printer's columns; minwidth 6, padding 3); the names are kubeplay's with seed 1.
#[test]
fn tables_of_the_tutorial_deployment() {
    let mut c = cluster();
    c.apply(NGINX_DEPLOYMENT).unwrap();
    check(
        &mut c,
        "get deploy",
        concat!(
            "NAME               READY   UP-TO-DATE   AVAILABLE   AGE\n",
            "nginx-deployment   0/3     3            0           0s\n"
        ),
        "",
        0,
    );
    let rs = c
        .store()
        .replicasets
        .values()
        .next()
        .unwrap()
        .meta
        .name
        .clone();
    let pods: Vec<String> = c
        .store()
        .pods
        .values()
        .map(|p| p.meta.name.clone())
        .collect();
    let mut want = String::from(
        "NAME                                READY   STATUS              RESTARTS   AGE\n",
    );
    for p in &pods {
        want.push_str(&format!(
            "{p:<36}0/1     ContainerCreating   0          0s\n"
        ));
    }
    check(&mut c, "get pods", &want, "", 0);
    c.step(139_000).unwrap();
    check(
        &mut c,
        "get deploy",
        concat!(
            "NAME               READY   UP-TO-DATE   AVAILABLE   AGE\n",
            "nginx-deployment   3/3     3            3           2m19s\n"
        ),
        "",
        0,
    );
    check(
        &mut c,
        "get deployments.apps nginx-deployment -o wide",
        concat!(
            "NAME               READY   UP-TO-DATE   AVAILABLE   AGE     CONTAINERS   IMAGES         SELECTOR\n",
            "nginx-deployment   3/3     3            3           2m19s   nginx        nginx:1.14.2   app=nginx\n",
        ),
        "",
        0,
    );
    let hash = rs.trim_start_matches("nginx-deployment-");
    check(
        &mut c,
        "get rs -o wide",
        &format!(
            "NAME{pad}DESIRED   CURRENT   READY   AGE     CONTAINERS   IMAGES         SELECTOR\n{rs}   3         3         3       2m19s   nginx        nginx:1.14.2   app=nginx,pod-template-hash={hash}\n",
            pad = " ".repeat(rs.len() + 3 - 4)
        ),
        "",
        0,
    );
    let node_of: Vec<(String, String, String)> = c
        .store()
        .pods
        .values()
        .map(|p| {
            (
                p.meta.name.clone(),
                p.status.pod_ip.clone().unwrap(),
                p.node_name.clone().unwrap(),
            )
        })
        .collect();
    let mut want = String::from(
        "NAME                                READY   STATUS    RESTARTS   AGE     IP           NODE     NOMINATED NODE   READINESS GATES\n",
    );
    for (p, ip, node) in &node_of {
        want.push_str(&format!(
            "{p:<36}1/1     Running   0          2m19s   {ip:<13}{node}   <none>           <none>\n"
        ));
    }
    check(&mut c, "get pods -o wide", &want, "", 0);
    let mut want = String::from(
        "NAME                                READY   STATUS    RESTARTS   AGE     LABELS\n",
    );
    for p in &pods {
        want.push_str(&format!(
            "{p:<36}1/1     Running   0          2m19s   app=nginx,pod-template-hash={hash}\n"
        ));
    }
    check(&mut c, "get pods --show-labels", &want, "", 0);
    // --no-headers: widths come from the rows only.
    let mut want = String::new();
    for p in &pods {
        want.push_str(&format!(
            "{p}   1/1   Running   0     2m19s   nginx   {hash}\n"
        ));
    }
    check(
        &mut c,
        "get pods -L app,pod-template-hash --no-headers",
        &want,
        "",
        0,
    );
    // Several kinds: one table each, blank line between, kind-qualified names.
    let mut want = format!(
        "NAME                               READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/nginx-deployment   3/3     3            3           2m19s\n\nNAME{}DESIRED   CURRENT   READY   AGE\nreplicaset.apps/{rs}   3         3         3       2m19s\n\nNAME                                    READY   STATUS    RESTARTS   AGE\n",
        " ".repeat("replicaset.apps/".len() + rs.len() + 3 - 4)
    );
    for p in &pods {
        want.push_str(&format!("pod/{p}   1/1     Running   0          2m19s\n"));
    }
    check(&mut c, "get deploy,rs,po", &want, "", 0);
    // `get all`: pods, (services), deployments, replicasets — kubectl's order (oracle).
    let all = ok(&mut c, "get all");
    let heads: Vec<&str> = all.lines().filter(|l| l.starts_with("NAME")).collect();
    assert_eq!(heads.len(), 3, "{all}");
    assert!(
        heads[0].contains("STATUS")
            && heads[1].contains("UP-TO-DATE")
            && heads[2].contains("DESIRED"),
        "{all}"
    );
    let mut want = String::from(
        "NAMESPACE   NAME                                READY   STATUS    RESTARTS   AGE\n",
    );
    for p in &pods {
        want.push_str(&format!(
            "default     {p}   1/1     Running   0          2m19s\n"
        ));
    }
    check(&mut c, "get pods -A", &want, "", 0);
    check(
        &mut c,
        "get rs --show-kind",
        &format!(
            "NAME{}DESIRED   CURRENT   READY   AGE\nreplicaset.apps/{rs}   3         3         3       2m19s\n",
            " ".repeat("replicaset.apps/".len() + rs.len() + 3 - 4)
        ),
        "",
        0,
    );
    // One type fetched by name, another missing: no kind prefix (only one object printed).
    check(
        &mut c,
        "get deploy/nginx-deployment rs/nope",
        concat!(
            "NAME               READY   UP-TO-DATE   AVAILABLE   AGE\n",
            "nginx-deployment   3/3     3            3           2m19s\n"
        ),
        "Error from server (NotFound): replicasets.apps \"nope\" not found\n",
        1,
    );

    // A rolling update two seconds in (K8S-SPEC §15.2 samples).
    c.set_image("default", "nginx-deployment", "nginx", "nginx:1.16.1")
        .unwrap();
    c.step(2_000).unwrap();
    let new_rs = c
        .store()
        .replicasets
        .values()
        .map(|r| r.meta.name.clone())
        .find(|n| *n != rs)
        .unwrap();
    let mut rows = vec![
        (new_rs.clone(), "1         1         0       2s"),
        (rs.clone(), "3         3         3       2m21s"),
    ];
    rows.sort();
    let mut want = String::from("NAME                          DESIRED   CURRENT   READY   AGE\n");
    for (n, r) in &rows {
        want.push_str(&format!("{n}   {r}\n"));
    }
    check(&mut c, "get rs", &want, "", 0);
    let new_pod = c
        .store()
        .pods
        .values()
        .map(|p| p.meta.name.clone())
        .find(|n| !pods.contains(n))
        .unwrap();
    let mut want = String::from(
        "NAME                                READY   STATUS              RESTARTS   AGE\n",
    );
    let mut all_pods: Vec<(String, bool)> = pods
        .iter()
        .map(|p| (p.clone(), true))
        .chain([(new_pod.clone(), false)])
        .collect();
    all_pods.sort();
    for (p, old) in &all_pods {
        if *old {
            want.push_str(&format!(
                "{p}   1/1     Running             0          2m21s\n"
            ));
        } else {
            want.push_str(&format!(
                "{p}   0/1     ContainerCreating   0          2s\n"
            ));
        }
    }
    check(&mut c, "get pods", &want, "", 0);
    // --sort-by: by creation time the new pod comes last.
    let sorted = ok(
        &mut c,
        "get pods --sort-by=.metadata.creationTimestamp -o name",
    );
    assert_eq!(
        sorted.lines().last(),
        Some(format!("pod/{new_pod}").as_str()),
        "{sorted}"
    );
    check(
        &mut c,
        "get rs --field-selector=status.replicas=1 -o name",
        &format!("replicaset.apps/{new_rs}\n"),
        "",
        0,
    );
    let running = ok(
        &mut c,
        "get pods --field-selector=status.phase=Running -o name",
    );
    assert_eq!(running.lines().count(), 3, "{running}");
    let on_node2 = ok(
        &mut c,
        "get pods --field-selector=status.phase=Pending,spec.nodeName!=node-2 -o name",
    );
    assert!(
        on_node2.lines().all(|l| l == format!("pod/{new_pod}")),
        "{on_node2}"
    );
}

#[test]
fn nodes_and_namespaces() {
    let mut c = cluster();
    c.step(3 * 86_400_000 + 7 * 3_600_000).unwrap();
    check(
        &mut c,
        "get nodes",
        concat!(
            "NAME     STATUS   ROLES    AGE    VERSION\n",
            "node-1   Ready    <none>   3d7h   v1.33.1\n",
            "node-2   Ready    <none>   3d7h   v1.33.1\n",
            "node-3   Ready    <none>   3d7h   v1.33.1\n",
        ),
        "",
        0,
    );
    check(
        &mut c,
        "get nodes -o wide",
        concat!(
            "NAME     STATUS   ROLES    AGE    VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION   CONTAINER-RUNTIME\n",
            "node-1   Ready    <none>   3d7h   v1.33.1   172.18.0.2    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-1015-gcp   containerd://1.7.24\n",
            "node-2   Ready    <none>   3d7h   v1.33.1   172.18.0.3    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-1015-gcp   containerd://1.7.24\n",
            "node-3   Ready    <none>   3d7h   v1.33.1   172.18.0.4    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-1015-gcp   containerd://1.7.24\n",
        ),
        "",
        0,
    );
    check(
        &mut c,
        "get no node-2 --show-labels",
        concat!(
            "NAME     STATUS   ROLES    AGE    VERSION   LABELS\n",
            "node-2   Ready    <none>   3d7h   v1.33.1   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=node-2,kubernetes.io/os=linux\n",
        ),
        "",
        0,
    );
    check(
        &mut c,
        "get ns",
        concat!(
            "NAME              STATUS   AGE\n",
            "default           Active   3d7h\n",
            "kube-node-lease   Active   3d7h\n",
            "kube-public       Active   3d7h\n",
            "kube-system       Active   3d7h\n",
        ),
        "",
        0,
    );
    let y = ok(&mut c, "get namespaces kube-system -o yaml");
    assert_text(
        &mask(&y),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: \"<ts>\"\n  labels:\n    kubernetes.io/metadata.name: kube-system\n  name: kube-system\n  resourceVersion: <resourceVersion>\n  uid: <uid>\nspec:\n  finalizers:\n  - kubernetes\nstatus:\n  phase: Active\n",
        "namespace yaml",
    );
    check(
        &mut c,
        "get ns nope",
        "",
        "Error from server (NotFound): namespaces \"nope\" not found\n",
        1,
    );
    check(
        &mut c,
        "get ns default -o name",
        "namespace/default\n",
        "",
        0,
    );
    // The 1.28 profile's kubelets report their version.
    let mut old = Cluster::new(ClusterConfig {
        profile: Profile::V1_28,
        ..ClusterConfig::default()
    });
    let out = ok(&mut old, "get node node-1");
    assert_eq!(
        out,
        "NAME     STATUS   ROLES    AGE   VERSION\nnode-1   Ready    <none>   0s    v1.28.15\n"
    );
}

/// RESTARTS `N (age ago)`, READINESS GATES, an unscheduled pod's `<none>` cells — rows
/// built from pod objects as the API server would hold them.
#[test]
fn pod_rows() {
    let pod = parse_json(
        r#"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"crashy","namespace":"default","creationTimestamp":"2026-01-01T00:00:00Z"},
        "spec":{"containers":[{"name":"app","image":"busybox"},{"name":"side","image":"busybox"}],"readinessGates":[{"conditionType":"example.com/ready"}]},
        "status":{"phase":"Running","conditions":[{"type":"Ready","status":"False"},{"type":"example.com/ready","status":"True"}],
          "containerStatuses":[
            {"name":"app","image":"busybox","imageID":"","ready":false,"restartCount":7,"started":false,
             "state":{"waiting":{"reason":"CrashLoopBackOff"}},
             "lastState":{"terminated":{"exitCode":1,"reason":"Error","startedAt":"2026-01-01T00:13:40Z","finishedAt":"2026-01-01T00:13:53Z"}}},
            {"name":"side","image":"busybox","imageID":"","ready":true,"restartCount":0,"started":true,"state":{"running":{"startedAt":"2026-01-01T00:00:05Z"}}}]}}"#,
    );
    let pending = parse_json(
        r#"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"waiting","namespace":"default","creationTimestamp":"2026-01-01T00:13:00Z"},
        "spec":{"containers":[{"name":"app","image":"busybox"}]},"status":{"phase":"Pending"}}"#,
    );
    let epoch = Epoch::default();
    let pods = [
        Pod::from_value(&pod, epoch).unwrap(),
        Pod::from_value(&pending, epoch).unwrap(),
    ];
    let now = SimTime(14 * 60_000);
    let t = table::pods(pods.iter(), now);
    let opts = table::PrintOptions {
        wide: true,
        ..table::PrintOptions::default()
    };
    assert_text(
        &kubectl::tabwriter::TABLE.format(&table::render(&t, &opts, true)),
        concat!(
            "NAME      READY   STATUS             RESTARTS     AGE   IP       NODE     NOMINATED NODE   READINESS GATES\n",
            "crashy    1/2     CrashLoopBackOff   7 (7s ago)   14m   <none>   <none>   <none>           1/1\n",
            "waiting   0/1     Pending            0            60s   <none>   <none>   <none>           <none>\n",
        ),
        "pod rows",
    );
}

// ---- events ------------------------------------------------------------------------------------

/// `kubectl get events` (server table: LAST SEEN TYPE REASON OBJECT MESSAGE, list order =
/// event names = per-object creation order) and `kubectl events` (client table, padding 3,
/// sorted with Go's unstable sort by time). The `kubectl events` order of this exact
/// situation was compared with the real kubectl 1.33.1 (scripts/oracle-diff.sh, scenario
/// `complete`): identical.
#[test]
fn events_tables() {
    let mut c = cluster();
    c.apply(NGINX_DEPLOY).unwrap();
    c.step(139_400).unwrap();
    let get = ok(&mut c, "get events");
    let lines: Vec<&str> = get.lines().collect();
    assert!(
        lines[0].starts_with("LAST SEEN   TYPE     REASON              OBJECT"),
        "{get}"
    );
    // Name order: every pod's events in creation order, then the ReplicaSet's, then the
    // Deployment's (`nginx-deploy-<hash>-…` < `nginx-deploy-<hash>.` < `nginx-deploy.`).
    let objects: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split_whitespace().nth(3).unwrap())
        .collect();
    assert!(
        objects
            .last()
            .unwrap()
            .starts_with("deployment/nginx-deploy"),
        "{get}"
    );
    let first_rs = objects
        .iter()
        .position(|o| o.starts_with("replicaset/"))
        .unwrap();
    assert!(
        objects[..first_rs].iter().all(|o| o.starts_with("pod/")),
        "{get}"
    );
    let scaled = lines.last().unwrap();
    assert!(
        scaled.starts_with("2m19s       Normal   ScalingReplicaSet   deployment/nginx-deploy ")
            && scaled.ends_with(" from 0 to 3"),
        "{get}"
    );
    // Field selectors.
    let only = ok(
        &mut c,
        "get events --field-selector involvedObject.kind=Deployment",
    );
    assert_eq!(only.lines().count(), 2, "{only}");
    let rs = c
        .store()
        .replicasets
        .values()
        .next()
        .unwrap()
        .meta
        .name
        .clone();
    check(
        &mut c,
        "events --for deployment/nginx-deploy",
        &format!(
            "LAST SEEN   TYPE     REASON              OBJECT                    MESSAGE\n2m19s       Normal   ScalingReplicaSet   Deployment/nginx-deploy   Scaled up replica set {rs} from 0 to 3\n"
        ),
        "",
        0,
    );
    check(
        &mut c,
        "events --for deployment/nginx-deploy --no-headers",
        &format!(
            "2m19s   Normal   ScalingReplicaSet   Deployment/nginx-deploy   Scaled up replica set {rs} from 0 to 3\n"
        ),
        "",
        0,
    );
    check(
        &mut c,
        "events -A --for deployment/nginx-deploy",
        &format!(
            "NAMESPACE   LAST SEEN   TYPE     REASON              OBJECT                    MESSAGE\ndefault     2m19s       Normal   ScalingReplicaSet   Deployment/nginx-deploy   Scaled up replica set {rs} from 0 to 3\n"
        ),
        "",
        0,
    );
    // Errors and empty results (oracle texts).
    check(
        &mut c,
        "events --for nope",
        "",
        "error: --for must be in resource/name form\n",
        1,
    );
    check(
        &mut c,
        "events --for foo/x",
        "",
        "the server doesn't have a resource type \"foo\"\n",
        1,
    );
    check(
        &mut c,
        "events --for deployment/nope",
        "",
        "No events found in default namespace.\n",
        0,
    );
    check(
        &mut c,
        "events --types=Warning",
        "",
        "No events found in default namespace.\n",
        0,
    );
    check(
        &mut c,
        "events --types=foo",
        "",
        "error: valid --types are Normal or Warning\n",
        1,
    );
    check(
        &mut c,
        "events --for deployment/nginx-deploy -o name",
        "",
        "",
        0,
    );
    check(
        &mut c,
        "events -o wide",
        "",
        "error: unable to match a printer suitable for the output format \"wide\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n",
        1,
    );
    check(
        &mut c,
        "events --for deployment/nginx-deploy -o jsonpath={.items[*].reason}",
        "ScalingReplicaSet",
        "",
        0,
    );
    let y = ok(&mut c, "events --for deployment/nginx-deploy -o yaml");
    assert!(y.starts_with("apiVersion: v1\nitems:\n- apiVersion: v1\n  count: 1\n  eventTime: null\n  firstTimestamp: "), "{y}");
    assert!(
        y.ends_with("  type: Normal\nkind: EventList\nmetadata: {}\n"),
        "{y}"
    );
    // The whole `kubectl events` table: times ascending, equal times in Go's pdqsort order.
    let ev = ok(&mut c, "events");
    let ages: Vec<&str> = ev
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(ages.first(), Some(&"2m19s"), "{ev}");
    assert!(ev.lines().count() > 13, "{ev}");
}

/// `kubectl events` with more than 12 events at the same second: the node-1 rows of the
/// oracle's `a-complete` state, ordered as kubectl 1.32 (Go 1.23) and 1.33 (Go 1.24) order
/// them (`golden/…` vs `golden-v1.33/a-complete__events.txt`).
#[test]
fn event_order_follows_each_kubectl() {
    use kubeplay_core::kubectl::printers::gosort::{GoSort, sort};
    let mut list: Vec<(i64, &str)> = Vec::new();
    for _ in 0..3 {
        list.extend([
            (-139, "Scheduled"),
            (-138, "Pulling"),
            (-137, "Pulled"),
            (-137, "Created"),
            (-137, "Started"),
        ]);
    }
    list.extend([
        (-139, "SuccessfulCreate"),
        (-139, "SuccessfulCreate"),
        (-139, "SuccessfulCreate"),
        (-139, "ScalingReplicaSet"),
    ]);
    list.extend([
        (-284_400, "Starting"),
        (-284_400, "Starting kubelet."),
        (-284_400, "NodeHasSufficientMemory"),
        (-284_400, "NodeHasNoDiskPressure"),
    ]);
    list.extend([
        (-284_400, "NodeHasSufficientPID"),
        (-284_400, "NodeAllocatableEnforced"),
        (-284_400, "RegisteredNode"),
        (-284_400, "NodeReady"),
    ]);
    let mut v132 = list.clone();
    sort(&mut v132, GoSort::Go119, |a, b| a.0 < b.0);
    let mut v133 = list.clone();
    sort(&mut v133, GoSort::Go124, |a, b| a.0 < b.0);
    let first8 = |v: &[(i64, &'static str)]| v.iter().take(8).map(|x| x.1).collect::<Vec<_>>();
    assert_eq!(
        first8(&v132),
        [
            "Starting kubelet.",
            "NodeHasSufficientMemory",
            "RegisteredNode",
            "NodeAllocatableEnforced",
            "NodeHasSufficientPID",
            "Starting",
            "NodeReady",
            "NodeHasNoDiskPressure"
        ]
    );
    assert_eq!(
        first8(&v133),
        [
            "Starting kubelet.",
            "NodeHasNoDiskPressure",
            "RegisteredNode",
            "NodeAllocatableEnforced",
            "NodeHasSufficientPID",
            "Starting",
            "NodeReady",
            "NodeHasSufficientMemory"
        ]
    );
    // The pod rows right after (1.33): Scheduled gwrb5, SuccessfulCreate, Scheduled ×2, …
    let next: Vec<&str> = v133.iter().skip(8).take(7).map(|x| x.1).collect();
    assert_eq!(
        next,
        [
            "Scheduled",
            "SuccessfulCreate",
            "Scheduled",
            "Scheduled",
            "ScalingReplicaSet",
            "SuccessfulCreate",
            "SuccessfulCreate"
        ]
    );
}

/// The profile changes no `get` output (goldens of 1.28 and 1.33 agree) except what the
/// objects say (the kubelet version) and the order of equal-time events.
#[test]
fn profile_1_28_prints_the_same_tables() {
    let mut a = cluster();
    let mut b = Cluster::new(ClusterConfig {
        profile: Profile::V1_28,
        ..ClusterConfig::default()
    });
    for c in [&mut a, &mut b] {
        c.apply(NGINX_DEPLOYMENT).unwrap();
        c.step(60_000).unwrap();
    }
    for cmd in [
        "get deploy -o wide",
        "get rs",
        "get pods -o wide",
        "get deploy -o yaml",
    ] {
        assert_eq!(ok(&mut a, cmd), ok(&mut b, cmd), "{cmd}");
    }
}

// ---- fixtures -----------------------------------------------------------------------------------

/// `kubectl get cm tricky -o json` (kubectl 1.33.1, oracle state `tricky`: a ConfigMap
/// with strings that need quoting, folding, escapes, and keys in go-yaml order).
const TRICKY_JSON: &str = concat!(
    "{\n",
    "    \"apiVersion\": \"v1\",\n",
    "    \"data\": {\n",
    "        \"long-81\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b c\",\n",
    "        \"long-colon\": \"key: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\",\n",
    "        \"long-double-space\": \"aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa   b  b  b  b  b  b  b  b  b  b  b  b  b  b  b  b  b  b  b  b c c c c c c c c c c c c c c c c c c c c d\",\n",
    "        \"long-exact-80\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbb cccc\",\n",
    "        \"long-json\": \"{\\\"apiVersion\\\":\\\"apps/v1\\\",\\\"kind\\\":\\\"Deployment\\\",\\\"metadata\\\":{\\\"name\\\":\\\"xxxxxxxxxx\\\",\\\"annotations\\\":{\\\"a\\\":\\\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\\\"}},\\\"spec\\\":{\\\"replicas\\\":3,\\\"template\\\":{\\\"metadata\\\":{\\\"labels\\\":{\\\"app\\\":\\\"nginx\\\"}}}}}\",\n",
    "        \"long-json-nl\": \"{\\\"a\\\":\\\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\\\"}\\n\",\n",
    "        \"long-multiline\": \"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\\nword0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\\n\",\n",
    "        \"long-nospace\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\n",
    "        \"long-plain\": \"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\",\n",
    "        \"long-quoted-true\": \"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39 true\",\n",
    "        \"long-star\": \"*word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\",\n",
    "        \"long-tab\": \"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\\tend\",\n",
    "        \"long-trailing\": \"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39 \",\n",
    "        \"long-unicode\": \"\u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}\",\n",
    "        \"v000\": \"\",\n",
    "        \"v001\": \" \",\n",
    "        \"v002\": \"a \",\n",
    "        \"v003\": \" a\",\n",
    "        \"v004\": \"1\",\n",
    "        \"v005\": \"1.5\",\n",
    "        \"v006\": \"-1\",\n",
    "        \"v007\": \"+1\",\n",
    "        \"v008\": \"0x1F\",\n",
    "        \"v009\": \"0o17\",\n",
    "        \"v010\": \"017\",\n",
    "        \"v011\": \"08\",\n",
    "        \"v012\": \"1e3\",\n",
    "        \"v013\": \"1_000\",\n",
    "        \"v014\": \".5\",\n",
    "        \"v015\": \".\",\n",
    "        \"v016\": \"..\",\n",
    "        \"v017\": \"...\",\n",
    "        \"v018\": \"---\",\n",
    "        \"v019\": \"--- a\",\n",
    "        \"v020\": \"-\",\n",
    "        \"v021\": \"- a\",\n",
    "        \"v022\": \"-a\",\n",
    "        \"v023\": \"true\",\n",
    "        \"v024\": \"True\",\n",
    "        \"v025\": \"TRUE\",\n",
    "        \"v026\": \"yes\",\n",
    "        \"v027\": \"Yes\",\n",
    "        \"v028\": \"y\",\n",
    "        \"v029\": \"Y\",\n",
    "        \"v030\": \"n\",\n",
    "        \"v031\": \"no\",\n",
    "        \"v032\": \"on\",\n",
    "        \"v033\": \"off\",\n",
    "        \"v034\": \"null\",\n",
    "        \"v035\": \"Null\",\n",
    "        \"v036\": \"~\",\n",
    "        \"v037\": \"nan\",\n",
    "        \"v038\": \".nan\",\n",
    "        \"v039\": \".inf\",\n",
    "        \"v040\": \"-.inf\",\n",
    "        \"v041\": \"inf\",\n",
    "        \"v042\": \"2026-01-01\",\n",
    "        \"v043\": \"2026-1-1\",\n",
    "        \"v044\": \"2026-01-01T00:00:00Z\",\n",
    "        \"v045\": \"2026-01-01 00:00:00\",\n",
    "        \"v046\": \"2026-13-01\",\n",
    "        \"v047\": \"2026-02-30\",\n",
    "        \"v048\": \"2024-02-29\",\n",
    "        \"v049\": \"2026-01-01T25:00:00Z\",\n",
    "        \"v050\": \"1:20\",\n",
    "        \"v051\": \"1:2\",\n",
    "        \"v052\": \"12:30:45\",\n",
    "        \"v053\": \"1:60\",\n",
    "        \"v054\": \"a: b\",\n",
    "        \"v055\": \"a:b\",\n",
    "        \"v056\": \"a :b\",\n",
    "        \"v057\": \"a #b\",\n",
    "        \"v058\": \"a#b\",\n",
    "        \"v059\": \"#a\",\n",
    "        \"v060\": \"*\",\n",
    "        \"v061\": \"\\u0026a\",\n",
    "        \"v062\": \"!a\",\n",
    "        \"v063\": \"|\",\n",
    "        \"v064\": \"\\u003e\",\n",
    "        \"v065\": \"'\",\n",
    "        \"v066\": \"\\\"\",\n",
    "        \"v067\": \"%\",\n",
    "        \"v068\": \"@\",\n",
    "        \"v069\": \"`\",\n",
    "        \"v070\": \"?\",\n",
    "        \"v071\": \"? a\",\n",
    "        \"v072\": \"?a\",\n",
    "        \"v073\": \":\",\n",
    "        \"v074\": \": a\",\n",
    "        \"v075\": \":a\",\n",
    "        \"v076\": \"[\",\n",
    "        \"v077\": \"]\",\n",
    "        \"v078\": \"{\",\n",
    "        \"v079\": \"}\",\n",
    "        \"v080\": \",\",\n",
    "        \"v081\": \"a,b\",\n",
    "        \"v082\": \"a[b]\",\n",
    "        \"v083\": \"a{b}\",\n",
    "        \"v084\": \"\\u003c\\u003c\",\n",
    "        \"v085\": \"=\",\n",
    "        \"v086\": \"\\t\",\n",
    "        \"v087\": \"a\\tb\",\n",
    "        \"v088\": \"a\\nb\",\n",
    "        \"v089\": \"a\\n\",\n",
    "        \"v090\": \"a\\n\\n\",\n",
    "        \"v091\": \"\\na\",\n",
    "        \"v092\": \" \\na\",\n",
    "        \"v093\": \"a \\nb\",\n",
    "        \"v094\": \"a\\n b\",\n",
    "        \"v095\": \"\u{e9}\",\n",
    "        \"v096\": \"\u{65e5}\u{672c}\",\n",
    "        \"v097\": \"\u{1f600}\",\n",
    "        \"v098\": \"\u{85}\",\n",
    "        \"v099\": \"\\u2028\",\n",
    "        \"v100\": \"\\u0001\",\n",
    "        \"v101\": \"line1\\nline2\\n\",\n",
    "        \"v102\": \"it's\",\n",
    "        \"v103\": \"'q'\",\n",
    "        \"v104\": \"say \\\"hi\\\"\",\n",
    "        \"v105\": \"back\\\\slash\",\n",
    "        \"v106\": \"\\u003chtml\\u003e\\u0026\",\n",
    "        \"v107\": \"123456789012345678901234567890\",\n",
    "        \"v108\": \"-123456789012345678901234567890\",\n",
    "        \"v109\": \"0b101\",\n",
    "        \"v110\": \"0B101\",\n",
    "        \"v111\": \"-0b101\",\n",
    "        \"v112\": \"1e\",\n",
    "        \"v113\": \"e3\",\n",
    "        \"v114\": \"1.2.3\",\n",
    "        \"v115\": \"+.5\",\n",
    "        \"v116\": \"-.5e3\",\n",
    "        \"v117\": \"0.\",\n",
    "        \"v118\": \"0x\",\n",
    "        \"v119\": \"12e-3\",\n",
    "        \"v120\": \"\u{661}\u{662}\",\n",
    "        \"v121\": \"50%\",\n",
    "        \"v122\": \"25%\",\n",
    "        \"v123\": \"0\",\n",
    "        \"v124\": \"-0\",\n",
    "        \"v125\": \"00\",\n",
    "        \"v126\": \"09\",\n",
    "        \"v127\": \"1__0\",\n",
    "        \"v128\": \"_1\",\n",
    "        \"v129\": \"1_\",\n",
    "        \"v130\": \"2026-01-01t10:00:00+01:00\",\n",
    "        \"v131\": \"2026-01-01T10:00:00.123Z\",\n",
    "        \"v132\": \"2026-01-01 10:00:00.5\",\n",
    "        \"v133\": \"2026-01-01T10:00:00\",\n",
    "        \"v134\": \"2026-1-1 1:2:3\",\n",
    "        \"v135\": \"a\u{a0}b\",\n",
    "        \"v136\": \"\u{feff}bom\",\n",
    "        \"v137\": \"x\\r\\ny\",\n",
    "        \"v138\": \"tab\\tend\\t\",\n",
    "        \"v139\": \"trail \\n\",\n",
    "        \"v140\": \"  two leading\",\n",
    "        \"v141\": \"end  \"\n",
    "    },\n",
    "    \"extra\": {\n",
    "        \"bools\": [\n",
    "            true,\n",
    "            false\n",
    "        ],\n",
    "        \"deep\": {\n",
    "            \"l1\": {\n",
    "                \"l2\": {\n",
    "                    \"l3\": {\n",
    "                        \"l4\": {\n",
    "                            \"items\": [\n",
    "                                \"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\",\n",
    "                                \"short\",\n",
    "                                {\n",
    "                                    \"k\": \"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\"\n",
    "                                }\n",
    "                            ],\n",
    "                            \"msg\": \"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\"\n",
    "                        }\n",
    "                    }\n",
    "                }\n",
    "            }\n",
    "        },\n",
    "        \"empty\": {\n",
    "            \"l\": [],\n",
    "            \"m\": {},\n",
    "            \"s\": \"\"\n",
    "        },\n",
    "        \"floats\": [\n",
    "            0.5,\n",
    "            1.5e-7,\n",
    "            1e+21,\n",
    "            1234567.5,\n",
    "            0.000123,\n",
    "            100000.5,\n",
    "            -2.25,\n",
    "            1e+300\n",
    "        ],\n",
    "        \"ints\": [\n",
    "            0,\n",
    "            1,\n",
    "            -1,\n",
    "            9007199254740993,\n",
    "            -9223372036854775808\n",
    "        ],\n",
    "        \"keyed\": {\n",
    "            \"\": \"v\",\n",
    "            \"-a\": \"v\",\n",
    "            \"1\": \"v\",\n",
    "            \"10\": \"v\",\n",
    "            \"1a\": \"v\",\n",
    "            \"9\": \"v\",\n",
    "            \"A\": \"v\",\n",
    "            \"B\": \"v\",\n",
    "            \"Z\": \"v\",\n",
    "            \"_a\": \"v\",\n",
    "            \"a\": \"v\",\n",
    "            \"a b\": \"v\",\n",
    "            \"a-1\": \"v\",\n",
    "            \"a-10\": \"v\",\n",
    "            \"a-9\": \"v\",\n",
    "            \"a.b\": \"v\",\n",
    "            \"a001\": \"v\",\n",
    "            \"a01\": \"v\",\n",
    "            \"a1\": \"v\",\n",
    "            \"a10\": \"v\",\n",
    "            \"a9\": \"v\",\n",
    "            \"a: b\": \"v\",\n",
    "            \"aB\": \"v\",\n",
    "            \"a_b\": \"v\",\n",
    "            \"ab\": \"v\",\n",
    "            \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\": \"v\",\n",
    "            \"multi\\nline\": \"v\",\n",
    "            \"null\": \"v\",\n",
    "            \"true\": \"v\",\n",
    "            \"x09y\": \"v\",\n",
    "            \"x10y\": \"v\",\n",
    "            \"x9y\": \"v\",\n",
    "            \"x9z\": \"v\",\n",
    "            \"z\": \"v\",\n",
    "            \"\u{e9}\": \"v\"\n",
    "        },\n",
    "        \"nested\": [\n",
    "            [\n",
    "                1,\n",
    "                [\n",
    "                    2,\n",
    "                    []\n",
    "                ]\n",
    "            ],\n",
    "            [\n",
    "                {}\n",
    "            ],\n",
    "            {\n",
    "                \"a\": [\n",
    "                    {\n",
    "                        \"b\": [\n",
    "                            {\n",
    "                                \"c\": \"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\"\n",
    "                            }\n",
    "                        ]\n",
    "                    }\n",
    "                ]\n",
    "            }\n",
    "        ],\n",
    "        \"nulls\": [\n",
    "            null,\n",
    "            {\n",
    "                \"n\": null\n",
    "            }\n",
    "        ]\n",
    "    },\n",
    "    \"kind\": \"ConfigMap\",\n",
    "    \"metadata\": {\n",
    "        \"annotations\": {\n",
    "            \"note\": \"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\"\n",
    "        },\n",
    "        \"creationTimestamp\": \"2026-11-22T01:40:45Z\",\n",
    "        \"name\": \"tricky\",\n",
    "        \"namespace\": \"default\",\n",
    "        \"resourceVersion\": \"1001\",\n",
    "        \"uid\": \"3cfd3768-c1e9-d810-565d-f30be2540925\"\n",
    "    }\n",
    "}\n",
);

/// `kubectl get cm tricky -o yaml` of the same object, same server.
const TRICKY_YAML: &str = concat!(
    "apiVersion: v1\n",
    "data:\n",
    "  long-81: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
    "    b c\n",
    "  long-colon: 'key: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10\n",
    "    word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22\n",
    "    word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34\n",
    "    word35 word36 word37 word38 word39'\n",
    "  long-double-space: aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa   b  b  b  b  b  b  b  b  b  b  b  b  b  b  b  b  b  b  b  b\n",
    "    c c c c c c c c c c c c c c c c c c c c d\n",
    "  long-exact-80: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
    "    bbbbbbbbbb cccc\n",
    "  long-json: '{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"xxxxxxxxxx\",\"annotations\":{\"a\":\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"}},\"spec\":{\"replicas\":3,\"template\":{\"metadata\":{\"labels\":{\"app\":\"nginx\"}}}}}'\n",
    "  long-json-nl: |\n",
    "    {\"a\":\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"}\n",
    "  long-multiline: |\n",
    "    word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\n",
    "    word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39\n",
    "  long-nospace: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
    "  long-plain: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11\n",
    "    word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23\n",
    "    word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35\n",
    "    word36 word37 word38 word39\n",
    "  long-quoted-true: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10\n",
    "    word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22\n",
    "    word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34\n",
    "    word35 word36 word37 word38 word39 true\n",
    "  long-star: '*word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10\n",
    "    word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22\n",
    "    word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34\n",
    "    word35 word36 word37 word38 word39'\n",
    "  long-tab: \"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11\n",
    "    word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23\n",
    "    word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35\n",
    "    word36 word37 word38 word39\\tend\"\n",
    "  long-trailing: 'word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10\n",
    "    word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22\n",
    "    word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34\n",
    "    word35 word36 word37 word38 word39 '\n",
    "  long-unicode: \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}\n",
    "    \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8} \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}\n",
    "    \u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}\n",
    "  v000: \"\"\n",
    "  v001: ' '\n",
    "  v002: 'a '\n",
    "  v003: ' a'\n",
    "  v004: \"1\"\n",
    "  v005: \"1.5\"\n",
    "  v006: \"-1\"\n",
    "  v007: \"+1\"\n",
    "  v008: \"0x1F\"\n",
    "  v009: \"0o17\"\n",
    "  v010: \"017\"\n",
    "  v011: \"08\"\n",
    "  v012: \"1e3\"\n",
    "  v013: \"1_000\"\n",
    "  v014: \".5\"\n",
    "  v015: .\n",
    "  v016: ..\n",
    "  v017: '...'\n",
    "  v018: '---'\n",
    "  v019: '--- a'\n",
    "  v020: '-'\n",
    "  v021: '- a'\n",
    "  v022: -a\n",
    "  v023: \"true\"\n",
    "  v024: \"True\"\n",
    "  v025: \"TRUE\"\n",
    "  v026: \"yes\"\n",
    "  v027: \"Yes\"\n",
    "  v028: \"y\"\n",
    "  v029: \"Y\"\n",
    "  v030: \"n\"\n",
    "  v031: \"no\"\n",
    "  v032: \"on\"\n",
    "  v033: \"off\"\n",
    "  v034: \"null\"\n",
    "  v035: \"Null\"\n",
    "  v036: \"~\"\n",
    "  v037: nan\n",
    "  v038: \".nan\"\n",
    "  v039: \".inf\"\n",
    "  v040: \"-.inf\"\n",
    "  v041: inf\n",
    "  v042: \"2026-01-01\"\n",
    "  v043: \"2026-1-1\"\n",
    "  v044: \"2026-01-01T00:00:00Z\"\n",
    "  v045: \"2026-01-01 00:00:00\"\n",
    "  v046: 2026-13-01\n",
    "  v047: 2026-02-30\n",
    "  v048: \"2024-02-29\"\n",
    "  v049: 2026-01-01T25:00:00Z\n",
    "  v050: \"1:20\"\n",
    "  v051: \"1:2\"\n",
    "  v052: \"12:30:45\"\n",
    "  v053: 1:60\n",
    "  v054: 'a: b'\n",
    "  v055: a:b\n",
    "  v056: a :b\n",
    "  v057: 'a #b'\n",
    "  v058: a#b\n",
    "  v059: '#a'\n",
    "  v060: '*'\n",
    "  v061: '&a'\n",
    "  v062: '!a'\n",
    "  v063: '|'\n",
    "  v064: '>'\n",
    "  v065: ''''\n",
    "  v066: '\"'\n",
    "  v067: '%'\n",
    "  v068: '@'\n",
    "  v069: '`'\n",
    "  v070: '?'\n",
    "  v071: '? a'\n",
    "  v072: ?a\n",
    "  v073: ':'\n",
    "  v074: ': a'\n",
    "  v075: :a\n",
    "  v076: '['\n",
    "  v077: ']'\n",
    "  v078: '{'\n",
    "  v079: '}'\n",
    "  v080: ','\n",
    "  v081: a,b\n",
    "  v082: a[b]\n",
    "  v083: a{b}\n",
    "  v084: <<\n",
    "  v085: =\n",
    "  v086: \"\\t\"\n",
    "  v087: \"a\\tb\"\n",
    "  v088: |-\n",
    "    a\n",
    "    b\n",
    "  v089: |\n",
    "    a\n",
    "  v090: |+\n",
    "    a\n",
    "\n",
    "  v091: |2-\n",
    "\n",
    "    a\n",
    "  v092: \" \\na\"\n",
    "  v093: \"a \\nb\"\n",
    "  v094: |-\n",
    "    a\n",
    "     b\n",
    "  v095: \u{e9}\n",
    "  v096: \u{65e5}\u{672c}\n",
    "  v097: \"\\U0001F600\"\n",
    "  v098: ' '\n",
    "  v099: '\u{2028}'\n",
    "  v100: \"\\x01\"\n",
    "  v101: |\n",
    "    line1\n",
    "    line2\n",
    "  v102: it's\n",
    "  v103: '''q'''\n",
    "  v104: say \"hi\"\n",
    "  v105: back\\slash\n",
    "  v106: <html>&\n",
    "  v107: \"123456789012345678901234567890\"\n",
    "  v108: \"-123456789012345678901234567890\"\n",
    "  v109: \"0b101\"\n",
    "  v110: \"0B101\"\n",
    "  v111: \"-0b101\"\n",
    "  v112: 1e\n",
    "  v113: e3\n",
    "  v114: 1.2.3\n",
    "  v115: \"+.5\"\n",
    "  v116: \"-.5e3\"\n",
    "  v117: \"0.\"\n",
    "  v118: 0x\n",
    "  v119: \"12e-3\"\n",
    "  v120: \u{661}\u{662}\n",
    "  v121: 50%\n",
    "  v122: 25%\n",
    "  v123: \"0\"\n",
    "  v124: \"-0\"\n",
    "  v125: \"00\"\n",
    "  v126: \"09\"\n",
    "  v127: \"1__0\"\n",
    "  v128: _1\n",
    "  v129: \"1_\"\n",
    "  v130: \"2026-01-01t10:00:00+01:00\"\n",
    "  v131: \"2026-01-01T10:00:00.123Z\"\n",
    "  v132: \"2026-01-01 10:00:00.5\"\n",
    "  v133: 2026-01-01T10:00:00\n",
    "  v134: \"2026-1-1 1:2:3\"\n",
    "  v135: a\u{a0}b\n",
    "  v136: \"\\uFEFF\\x62\\x6F\\x6D\"\n",
    "  v137: \"x\\r\\ny\"\n",
    "  v138: \"tab\\tend\\t\"\n",
    "  v139: \"trail \\n\"\n",
    "  v140: '  two leading'\n",
    "  v141: 'end  '\n",
    "extra:\n",
    "  bools:\n",
    "  - true\n",
    "  - false\n",
    "  deep:\n",
    "    l1:\n",
    "      l2:\n",
    "        l3:\n",
    "          l4:\n",
    "            items:\n",
    "            - word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11\n",
    "              word12 word13 word14 word15 word16 word17 word18 word19 word20 word21\n",
    "              word22 word23 word24 word25 word26 word27 word28 word29 word30 word31\n",
    "              word32 word33 word34 word35 word36 word37 word38 word39\n",
    "            - short\n",
    "            - k: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10\n",
    "                word11 word12 word13 word14 word15 word16 word17 word18 word19 word20\n",
    "                word21 word22 word23 word24 word25 word26 word27 word28 word29 word30\n",
    "                word31 word32 word33 word34 word35 word36 word37 word38 word39\n",
    "            msg: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10\n",
    "              word11 word12 word13 word14 word15 word16 word17 word18 word19 word20\n",
    "              word21 word22 word23 word24 word25 word26 word27 word28 word29 word30\n",
    "              word31 word32 word33 word34 word35 word36 word37 word38 word39\n",
    "  empty:\n",
    "    l: []\n",
    "    m: {}\n",
    "    s: \"\"\n",
    "  floats:\n",
    "  - 0.5\n",
    "  - 1.5e-07\n",
    "  - 1e+21\n",
    "  - 1.2345675e+06\n",
    "  - 0.000123\n",
    "  - 100000.5\n",
    "  - -2.25\n",
    "  - 1e+300\n",
    "  ints:\n",
    "  - 0\n",
    "  - 1\n",
    "  - -1\n",
    "  - 9007199254740993\n",
    "  - -9223372036854775808\n",
    "  keyed:\n",
    "    \"\": v\n",
    "    -a: v\n",
    "    _a: v\n",
    "    \"1\": v\n",
    "    \"10\": v\n",
    "    1a: v\n",
    "    \"9\": v\n",
    "    A: v\n",
    "    B: v\n",
    "    Z: v\n",
    "    a: v\n",
    "    a b: v\n",
    "    a-1: v\n",
    "    a-9: v\n",
    "    a-10: v\n",
    "    a.b: v\n",
    "    'a: b': v\n",
    "    a_b: v\n",
    "    a1: v\n",
    "    a01: v\n",
    "    a001: v\n",
    "    a9: v\n",
    "    a10: v\n",
    "    aB: v\n",
    "    ab: v\n",
    "    ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n",
    "    : v\n",
    "    ? |-\n",
    "      multi\n",
    "      line\n",
    "    : v\n",
    "    \"null\": v\n",
    "    \"true\": v\n",
    "    x9y: v\n",
    "    x9z: v\n",
    "    x09y: v\n",
    "    x10y: v\n",
    "    z: v\n",
    "    \u{e9}: v\n",
    "  nested:\n",
    "  - - 1\n",
    "    - - 2\n",
    "      - []\n",
    "  - - {}\n",
    "  - a:\n",
    "    - b:\n",
    "      - c: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11\n",
    "          word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22\n",
    "          word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33\n",
    "          word34 word35 word36 word37 word38 word39\n",
    "  nulls:\n",
    "  - null\n",
    "  - \"n\": null\n",
    "kind: ConfigMap\n",
    "metadata:\n",
    "  annotations:\n",
    "    note: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11\n",
    "      word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22\n",
    "      word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33\n",
    "      word34 word35 word36 word37 word38 word39\n",
    "  creationTimestamp: \"2026-11-22T01:40:45Z\"\n",
    "  name: tricky\n",
    "  namespace: default\n",
    "  resourceVersion: \"1001\"\n",
    "  uid: 3cfd3768-c1e9-d810-565d-f30be2540925\n",
);

/// `golden-v1.33/a-complete__get-deploy-yaml.txt` (kubectl 1.33.1).
const GOLDEN_DEPLOY_YAML: &str = concat!(
    "apiVersion: apps/v1\n",
    "kind: Deployment\n",
    "metadata:\n",
    "  annotations:\n",
    "    deployment.kubernetes.io/revision: \"1\"\n",
    "    kubectl.kubernetes.io/last-applied-configuration: |\n",
    "      {\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{},\"labels\":{\"role\":\"deploy\"},\"name\":\"nginx-deploy\",\"namespace\":\"default\"},\"spec\":{\"replicas\":3,\"selector\":{\"matchLabels\":{\"app\":\"nginx\"}},\"template\":{\"metadata\":{\"labels\":{\"app\":\"nginx\"}},\"spec\":{\"containers\":[{\"image\":\"nginx:latest\",\"name\":\"nginx\",\"ports\":[{\"containerPort\":80}]}]}}}}\n",
    "  creationTimestamp: \"2026-11-22T00:42:24Z\"\n",
    "  generation: 1\n",
    "  labels:\n",
    "    role: deploy\n",
    "  name: nginx-deploy\n",
    "  namespace: default\n",
    "  resourceVersion: \"1011\"\n",
    "  uid: f6469aa7-c612-6d21-e89e-110baecccf7c\n",
    "spec:\n",
    "  progressDeadlineSeconds: 600\n",
    "  replicas: 3\n",
    "  revisionHistoryLimit: 10\n",
    "  selector:\n",
    "    matchLabels:\n",
    "      app: nginx\n",
    "  strategy:\n",
    "    rollingUpdate:\n",
    "      maxSurge: 25%\n",
    "      maxUnavailable: 25%\n",
    "    type: RollingUpdate\n",
    "  template:\n",
    "    metadata:\n",
    "      creationTimestamp: null\n",
    "      labels:\n",
    "        app: nginx\n",
    "    spec:\n",
    "      containers:\n",
    "      - image: nginx:latest\n",
    "        imagePullPolicy: Always\n",
    "        name: nginx\n",
    "        ports:\n",
    "        - containerPort: 80\n",
    "          protocol: TCP\n",
    "        resources: {}\n",
    "        terminationMessagePath: /dev/termination-log\n",
    "        terminationMessagePolicy: File\n",
    "      dnsPolicy: ClusterFirst\n",
    "      restartPolicy: Always\n",
    "      schedulerName: default-scheduler\n",
    "      securityContext: {}\n",
    "      terminationGracePeriodSeconds: 30\n",
    "status:\n",
    "  availableReplicas: 3\n",
    "  conditions:\n",
    "  - lastTransitionTime: \"2026-11-22T00:42:36Z\"\n",
    "    lastUpdateTime: \"2026-11-22T00:42:36Z\"\n",
    "    message: Deployment has minimum availability.\n",
    "    reason: MinimumReplicasAvailable\n",
    "    status: \"True\"\n",
    "    type: Available\n",
    "  - lastTransitionTime: \"2026-11-22T00:42:24Z\"\n",
    "    lastUpdateTime: \"2026-11-22T00:42:36Z\"\n",
    "    message: ReplicaSet \"nginx-deploy-cd55c47f5\" has successfully progressed.\n",
    "    reason: NewReplicaSetAvailable\n",
    "    status: \"True\"\n",
    "    type: Progressing\n",
    "  observedGeneration: 1\n",
    "  readyReplicas: 3\n",
    "  replicas: 3\n",
    "  updatedReplicas: 3\n",
);

/// `golden-v1.33/a-complete__get-deploy-json.txt` (kubectl 1.33.1).
const GOLDEN_DEPLOY_JSON: &str = concat!(
    "{\n",
    "    \"apiVersion\": \"apps/v1\",\n",
    "    \"kind\": \"Deployment\",\n",
    "    \"metadata\": {\n",
    "        \"annotations\": {\n",
    "            \"deployment.kubernetes.io/revision\": \"1\",\n",
    "            \"kubectl.kubernetes.io/last-applied-configuration\": \"{\\\"apiVersion\\\":\\\"apps/v1\\\",\\\"kind\\\":\\\"Deployment\\\",\\\"metadata\\\":{\\\"annotations\\\":{},\\\"labels\\\":{\\\"role\\\":\\\"deploy\\\"},\\\"name\\\":\\\"nginx-deploy\\\",\\\"namespace\\\":\\\"default\\\"},\\\"spec\\\":{\\\"replicas\\\":3,\\\"selector\\\":{\\\"matchLabels\\\":{\\\"app\\\":\\\"nginx\\\"}},\\\"template\\\":{\\\"metadata\\\":{\\\"labels\\\":{\\\"app\\\":\\\"nginx\\\"}},\\\"spec\\\":{\\\"containers\\\":[{\\\"image\\\":\\\"nginx:latest\\\",\\\"name\\\":\\\"nginx\\\",\\\"ports\\\":[{\\\"containerPort\\\":80}]}]}}}}\\n\"\n",
    "        },\n",
    "        \"creationTimestamp\": \"2026-11-22T00:42:42Z\",\n",
    "        \"generation\": 1,\n",
    "        \"labels\": {\n",
    "            \"role\": \"deploy\"\n",
    "        },\n",
    "        \"name\": \"nginx-deploy\",\n",
    "        \"namespace\": \"default\",\n",
    "        \"resourceVersion\": \"1011\",\n",
    "        \"uid\": \"f6469aa7-c612-6d21-e89e-110baecccf7c\"\n",
    "    },\n",
    "    \"spec\": {\n",
    "        \"progressDeadlineSeconds\": 600,\n",
    "        \"replicas\": 3,\n",
    "        \"revisionHistoryLimit\": 10,\n",
    "        \"selector\": {\n",
    "            \"matchLabels\": {\n",
    "                \"app\": \"nginx\"\n",
    "            }\n",
    "        },\n",
    "        \"strategy\": {\n",
    "            \"rollingUpdate\": {\n",
    "                \"maxSurge\": \"25%\",\n",
    "                \"maxUnavailable\": \"25%\"\n",
    "            },\n",
    "            \"type\": \"RollingUpdate\"\n",
    "        },\n",
    "        \"template\": {\n",
    "            \"metadata\": {\n",
    "                \"creationTimestamp\": null,\n",
    "                \"labels\": {\n",
    "                    \"app\": \"nginx\"\n",
    "                }\n",
    "            },\n",
    "            \"spec\": {\n",
    "                \"containers\": [\n",
    "                    {\n",
    "                        \"image\": \"nginx:latest\",\n",
    "                        \"imagePullPolicy\": \"Always\",\n",
    "                        \"name\": \"nginx\",\n",
    "                        \"ports\": [\n",
    "                            {\n",
    "                                \"containerPort\": 80,\n",
    "                                \"protocol\": \"TCP\"\n",
    "                            }\n",
    "                        ],\n",
    "                        \"resources\": {},\n",
    "                        \"terminationMessagePath\": \"/dev/termination-log\",\n",
    "                        \"terminationMessagePolicy\": \"File\"\n",
    "                    }\n",
    "                ],\n",
    "                \"dnsPolicy\": \"ClusterFirst\",\n",
    "                \"restartPolicy\": \"Always\",\n",
    "                \"schedulerName\": \"default-scheduler\",\n",
    "                \"securityContext\": {},\n",
    "                \"terminationGracePeriodSeconds\": 30\n",
    "            }\n",
    "        }\n",
    "    },\n",
    "    \"status\": {\n",
    "        \"availableReplicas\": 3,\n",
    "        \"conditions\": [\n",
    "            {\n",
    "                \"lastTransitionTime\": \"2026-11-22T00:42:54Z\",\n",
    "                \"lastUpdateTime\": \"2026-11-22T00:42:54Z\",\n",
    "                \"message\": \"Deployment has minimum availability.\",\n",
    "                \"reason\": \"MinimumReplicasAvailable\",\n",
    "                \"status\": \"True\",\n",
    "                \"type\": \"Available\"\n",
    "            },\n",
    "            {\n",
    "                \"lastTransitionTime\": \"2026-11-22T00:42:42Z\",\n",
    "                \"lastUpdateTime\": \"2026-11-22T00:42:54Z\",\n",
    "                \"message\": \"ReplicaSet \\\"nginx-deploy-cd55c47f5\\\" has successfully progressed.\",\n",
    "                \"reason\": \"NewReplicaSetAvailable\",\n",
    "                \"status\": \"True\",\n",
    "                \"type\": \"Progressing\"\n",
    "            }\n",
    "        ],\n",
    "        \"observedGeneration\": 1,\n",
    "        \"readyReplicas\": 3,\n",
    "        \"replicas\": 3,\n",
    "        \"updatedReplicas\": 3\n",
    "    }\n",
    "}\n",
);
/// kubectl 1.33.1 on the oracle's `a-complete` state: `get rs nginx-deploy-cd55c47f5 -o yaml`.
const ORACLE_RS_YAML: &str = concat!(
    "apiVersion: apps/v1\n",
    "kind: ReplicaSet\n",
    "metadata:\n",
    "  annotations:\n",
    "    deployment.kubernetes.io/desired-replicas: \"3\"\n",
    "    deployment.kubernetes.io/max-replicas: \"4\"\n",
    "    deployment.kubernetes.io/revision: \"1\"\n",
    "  creationTimestamp: \"2026-11-22T01:53:28Z\"\n",
    "  generation: 1\n",
    "  labels:\n",
    "    app: nginx\n",
    "    pod-template-hash: cd55c47f5\n",
    "  name: nginx-deploy-cd55c47f5\n",
    "  namespace: default\n",
    "  ownerReferences:\n",
    "  - apiVersion: apps/v1\n",
    "    blockOwnerDeletion: true\n",
    "    controller: true\n",
    "    kind: Deployment\n",
    "    name: nginx-deploy\n",
    "    uid: f6469aa7-c612-6d21-e89e-110baecccf7c\n",
    "  resourceVersion: \"1012\"\n",
    "  uid: 7e9e7591-e469-1a66-7af8-fb40932826a3\n",
    "spec:\n",
    "  replicas: 3\n",
    "  selector:\n",
    "    matchLabels:\n",
    "      app: nginx\n",
    "      pod-template-hash: cd55c47f5\n",
    "  template:\n",
    "    metadata:\n",
    "      creationTimestamp: null\n",
    "      labels:\n",
    "        app: nginx\n",
    "        pod-template-hash: cd55c47f5\n",
    "    spec:\n",
    "      containers:\n",
    "      - image: nginx:latest\n",
    "        imagePullPolicy: Always\n",
    "        name: nginx\n",
    "        ports:\n",
    "        - containerPort: 80\n",
    "          protocol: TCP\n",
    "        resources: {}\n",
    "        terminationMessagePath: /dev/termination-log\n",
    "        terminationMessagePolicy: File\n",
    "      dnsPolicy: ClusterFirst\n",
    "      restartPolicy: Always\n",
    "      schedulerName: default-scheduler\n",
    "      securityContext: {}\n",
    "      terminationGracePeriodSeconds: 30\n",
    "status:\n",
    "  availableReplicas: 3\n",
    "  fullyLabeledReplicas: 3\n",
    "  observedGeneration: 1\n",
    "  readyReplicas: 3\n",
    "  replicas: 3\n",
);
