//! Table-driven tests of the manifest pipeline's error texts and positions: every bad
//! manifest is refused with Kubernetes' exact message at the line and column of the field
//! it is about, nothing is stored (the dump is byte-identical), and `validate` reports the
//! same diagnostics as `apply`.
//!
//! Positions are 1-based and point at the field's key; for a missing field, at the nearest
//! key that exists; for a list item, at its first key. Type errors point at the value.

use kubeplay_core::manifest::validation;
use kubeplay_core::manifest::yaml::{YamlLimits, parse_documents};
use kubeplay_core::{ApplyAction, Cluster, ClusterConfig, Diagnostic, Severity};

/// One refused manifest.
struct Case {
    name: &'static str,
    /// Applied first (must succeed), e.g. the object a bad update is made to.
    before: Option<&'static str>,
    /// The manifest that must be refused.
    yaml: &'static str,
    /// Every diagnostic, sorted by position: (line, column, message).
    want: &'static [(u32, u32, &'static str)],
}

/// A valid Deployment. Key positions: `metadata.name` 4:3, `spec` 5:1, `spec.replicas`
/// 6:3, `spec.selector` 7:3, `spec.template` 10:3, template `labels` 12:7, template `spec`
/// 14:5, `containers` 15:7, `containers[0]` 16:9, its `image` 17:9.
const BASE: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
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
        image: nginx:1.25
";

const SUBDOMAIN_MSG: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn cases() -> Vec<Case> {
    let long_name = "a".repeat(254);
    let long_name_yaml =
        leak(BASE.replace("name: web\nspec:", &format!("name: {long_name}\nspec:")));
    let long_name_want: &'static [(u32, u32, &'static str)] = Box::leak(Box::new([(
        4,
        3,
        leak(format!(
            "metadata.name: Invalid value: \"{long_name}\": must be no more than 253 characters"
        )),
    )]));
    let nginx_want: &'static [(u32, u32, &'static str)] = Box::leak(Box::new([(
        4,
        3,
        leak(format!(
            "metadata.name: Invalid value: \"Nginx\": {SUBDOMAIN_MSG}"
        )),
    )]));
    let a_b_want: &'static [(u32, u32, &'static str)] = Box::leak(Box::new([(
        4,
        3,
        leak(format!(
            "metadata.name: Invalid value: \"a_b\": {SUBDOMAIN_MSG}"
        )),
    )]));

    vec![
        // ---- YAML syntax ------------------------------------------------------------------
        Case {
            name: "yaml: mapping values not allowed",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web: x
",
            want: &[(
                4,
                12,
                "YAML syntax error: mapping values are not allowed in this context",
            )],
        },
        Case {
            name: "yaml: unterminated quoted scalar",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: \"web
",
            // Where the unterminated scalar starts.
            want: &[(
                4,
                9,
                "YAML syntax error: while scanning a quoted scalar, found unexpected end of stream",
            )],
        },
        Case {
            name: "yaml: duplicate key",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  replicas: 3
",
            want: &[(
                7,
                3,
                "YAML syntax error: key \"replicas\" already set in map",
            )],
        },
        // ---- identification ---------------------------------------------------------------
        Case {
            name: "document is a list, not a mapping",
            before: None,
            yaml: "- apiVersion: apps/v1
- kind: Deployment
",
            want: &[(1, 1, "a manifest must be a mapping (an object)")],
        },
        Case {
            name: "kind missing",
            before: None,
            yaml: "apiVersion: apps/v1
metadata:
  name: web
",
            // A missing field points at the document's first key.
            want: &[(1, 1, "kind not set")],
        },
        Case {
            name: "apiVersion missing",
            before: None,
            yaml: "kind: Deployment
metadata:
  name: web
",
            want: &[(1, 1, "apiVersion not set")],
        },
        Case {
            name: "unknown kind",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deploymnet
metadata:
  name: web
",
            want: &[(
                2,
                7,
                "no matches for kind \"Deploymnet\" in version \"apps/v1\"",
            )],
        },
        // ---- strict decoding: unknown fields and JSON types -------------------------------
        Case {
            name: "unknown field spec.replica",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replica: 2
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
        image: nginx:1.25
",
            want: &[(6, 3, "unknown field \"spec.replica\"")],
        },
        Case {
            name: "unknown field in a container",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
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
        imagee: nginx:1.25
",
            want: &[(
                17,
                9,
                "unknown field \"spec.template.spec.containers[0].imagee\"",
            )],
        },
        Case {
            name: "two unknown fields give two diagnostics",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  nmae: web
  name: web
spec:
  replicas: 2
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
        image: nginx:1.25
        ports:
        - contanerPort: 80
",
            want: &[
                (4, 3, "unknown field \"metadata.nmae\""),
                (
                    20,
                    11,
                    "unknown field \"spec.template.spec.containers[0].ports[0].contanerPort\"",
                ),
            ],
        },
        Case {
            name: "replicas as a string",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: \"3\"
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
        image: nginx:1.25
",
            want: &[(
                6,
                13,
                "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32",
            )],
        },
        Case {
            name: "label with a number value",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    version: 1
spec:
  replicas: 2
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
        image: nginx:1.25
",
            want: &[(
                6,
                14,
                "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string",
            )],
        },
        Case {
            name: "containers as a map",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        name: web
        image: nginx:1.25
",
            // The value position of a block mapping is where its first key starts.
            want: &[(
                16,
                9,
                "json: cannot unmarshal object into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container",
            )],
        },
        // ---- selector and template labels -------------------------------------------------
        Case {
            name: "selector missing: required, and nothing matches the template",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
",
            want: &[
                (5, 1, "spec.selector: Required value"),
                (
                    9,
                    7,
                    "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`",
                ),
            ],
        },
        Case {
            name: "empty selector",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector: {}
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
",
            want: &[(
                7,
                3,
                "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment",
            )],
        },
        Case {
            name: "selector does not match template labels",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
",
            want: &[(
                12,
                7,
                "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`",
            )],
        },
        Case {
            name: "selector In without values: the template is not validated",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchExpressions:
    - key: app
      operator: In
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
",
            want: &[
                (
                    7,
                    3,
                    "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:\"app\", Operator:\"In\", Values:[]string(nil)}}}: invalid label selector",
                ),
                (
                    9,
                    7,
                    "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
                ),
            ],
        },
        Case {
            name: "selector with an invalid label value",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: \"a b\"
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
",
            want: &[
                (
                    7,
                    3,
                    "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"a b\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: invalid label selector",
                ),
                (
                    8,
                    5,
                    "spec.selector.matchLabels: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
                ),
            ],
        },
        // ---- numbers ----------------------------------------------------------------------
        Case {
            name: "negative replicas",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: -1
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
        image: nginx:1.25
",
            want: &[(
                6,
                3,
                "spec.replicas: Invalid value: -1: must be greater than or equal to 0",
            )],
        },
        Case {
            name: "progressDeadlineSeconds not above minReadySeconds",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  minReadySeconds: 10
  progressDeadlineSeconds: 10
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
        image: nginx:1.25
",
            want: &[(
                8,
                3,
                "spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds",
            )],
        },
        // ---- names and labels -------------------------------------------------------------
        Case {
            name: "name with capitals",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: Nginx
spec:
  replicas: 2
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
        image: nginx:1.25
",
            want: nginx_want,
        },
        Case {
            name: "name of 254 characters",
            before: None,
            yaml: long_name_yaml,
            want: long_name_want,
        },
        Case {
            name: "name with an underscore",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: a_b
spec:
  replicas: 2
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
        image: nginx:1.25
",
            want: a_b_want,
        },
        Case {
            name: "bad label key and bad label value",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    \"-bad\": x
    tier: \"a b\"
spec:
  replicas: 2
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
        image: nginx:1.25
",
            want: &[
                (
                    5,
                    3,
                    "metadata.labels: Invalid value: \"-bad\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
                ),
                (
                    5,
                    3,
                    "metadata.labels: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
                ),
            ],
        },
        Case {
            // ValidatePodTemplateSpec names the field `spec.template.labels` (no `metadata`);
            // the diagnostic points at the manifest's `metadata.labels` key.
            name: "bad template label value",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tier: \"front end\"
    spec:
      containers:
      - name: web
        image: nginx:1.25
",
            want: &[(
                12,
                7,
                "spec.template.labels: Invalid value: \"front end\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
            )],
        },
        // ---- pod template -----------------------------------------------------------------
        Case {
            name: "restartPolicy Never in a Deployment template",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      restartPolicy: Never
      containers:
      - name: web
        image: nginx:1.25
",
            want: &[(
                15,
                7,
                "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"",
            )],
        },
        Case {
            name: "activeDeadlineSeconds in a Deployment template",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      activeDeadlineSeconds: 30
      containers:
      - name: web
        image: nginx:1.25
",
            want: &[(
                15,
                7,
                "spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported",
            )],
        },
        Case {
            name: "no containers",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec: {}
",
            want: &[(14, 5, "spec.template.spec.containers: Required value")],
        },
        Case {
            // The template is a Go struct, never nil: a missing one is validated as empty.
            name: "template missing",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
",
            want: &[
                (
                    5,
                    1,
                    "spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`",
                ),
                (5, 1, "spec.template.spec.containers: Required value"),
            ],
        },
        Case {
            name: "container without an image",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
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
",
            want: &[(
                16,
                9,
                "spec.template.spec.containers[0].image: Required value",
            )],
        },
        Case {
            name: "duplicate container names",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
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
        image: nginx:1.25
      - name: web
        image: redis:7
",
            want: &[(
                18,
                9,
                "spec.template.spec.containers[1].name: Duplicate value: \"web\"",
            )],
        },
        Case {
            name: "container name with a dot",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web.v1
        image: nginx:1.25
",
            want: &[(
                16,
                9,
                "spec.template.spec.containers[0].name: Invalid value: \"web.v1\": must not contain dots",
            )],
        },
        Case {
            name: "containerPort 0",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
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
        image: nginx:1.25
        ports:
        - containerPort: 0
",
            want: &[(
                19,
                11,
                "spec.template.spec.containers[0].ports[0].containerPort: Required value",
            )],
        },
        Case {
            name: "containerPort 70000",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
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
        image: nginx:1.25
        ports:
        - containerPort: 70000
",
            want: &[(
                19,
                11,
                "spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive",
            )],
        },
        // ---- strategy ---------------------------------------------------------------------
        Case {
            name: "maxSurge and maxUnavailable both 0",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  strategy:
    rollingUpdate:
      maxSurge: 0
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
        image: nginx:1.25
",
            want: &[(
                10,
                7,
                "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: may not be 0 when `maxSurge` is 0",
            )],
        },
        Case {
            name: "maxSurge 0 and maxUnavailable 0%",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 0
      maxUnavailable: 0%
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
        image: nginx:1.25
",
            want: &[(
                11,
                7,
                "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"0%\"}: may not be 0 when `maxSurge` is 0",
            )],
        },
        Case {
            name: "maxUnavailable 150%",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  strategy:
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 150%
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
        image: nginx:1.25
",
            want: &[(
                10,
                7,
                "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"150%\"}: must not be greater than 100%",
            )],
        },
        Case {
            name: "percent string without %",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  strategy:
    rollingUpdate:
      maxSurge: \"25\"
      maxUnavailable: 1
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
        image: nginx:1.25
",
            want: &[(
                9,
                7,
                "spec.strategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"25\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
            )],
        },
        Case {
            // Go reads a bad string as Atoi(s) = 0 for the both-zero rule, and checks it
            // whatever the earlier errors.
            name: "bad percent string and zero surge",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  strategy:
    rollingUpdate:
      maxSurge: 0
      maxUnavailable: half
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
        image: nginx:1.25
",
            want: &[
                (
                    10,
                    7,
                    "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"half\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
                ),
                (
                    10,
                    7,
                    "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"half\"}: may not be 0 when `maxSurge` is 0",
                ),
            ],
        },
        Case {
            name: "Recreate with a rollingUpdate block",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  strategy:
    type: Recreate
    rollingUpdate:
      maxSurge: 1
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
        image: nginx:1.25
",
            want: &[(
                9,
                5,
                "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
            )],
        },
        Case {
            name: "unknown strategy type",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  strategy:
    type: BlueGreen
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
        image: nginx:1.25
",
            want: &[(
                7,
                3,
                "spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:\"BlueGreen\", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: \"Recreate\", \"RollingUpdate\"",
            )],
        },
        // ---- updates ----------------------------------------------------------------------
        Case {
            name: "selector changed on update",
            before: Some(BASE),
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
      tier: front
  template:
    metadata:
      labels:
        app: web
        tier: front
    spec:
      containers:
      - name: web
        image: nginx:1.25
",
            want: &[(
                7,
                3,
                "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"web\", \"tier\":\"front\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable",
            )],
        },
        Case {
            name: "invalid update of an existing Deployment",
            before: Some(BASE),
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: -2
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
        image: nginx:1.26
",
            want: &[(
                6,
                3,
                "spec.replicas: Invalid value: -2: must be greater than or equal to 0",
            )],
        },
        // ---- other kinds ------------------------------------------------------------------
        Case {
            // The ReplicaSet validation says "deployment" too (a Kubernetes copy-paste).
            name: "ReplicaSet with an empty selector",
            before: None,
            yaml: "apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web-rs
spec:
  replicas: 1
  selector: {}
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
",
            want: &[(
                7,
                3,
                "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment",
            )],
        },
        Case {
            name: "ReplicaSet with negative minReadySeconds and mismatched labels",
            before: None,
            yaml: "apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web-rs
spec:
  replicas: 1
  minReadySeconds: -5
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
",
            want: &[
                (
                    7,
                    3,
                    "spec.minReadySeconds: Invalid value: -5: must be greater than or equal to 0",
                ),
                (
                    13,
                    7,
                    "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`",
                ),
            ],
        },
        Case {
            name: "Pod with an unknown restartPolicy and a padded image",
            before: None,
            yaml: "apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  restartPolicy: Sometimes
  containers:
  - name: c
    image: \" nginx\"
",
            want: &[
                (
                    6,
                    3,
                    "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"",
                ),
                (
                    9,
                    5,
                    "spec.containers[0].image: Invalid value: \" nginx\": must not have leading or trailing whitespace",
                ),
            ],
        },
        // ---- batches ----------------------------------------------------------------------
        Case {
            name: "two documents, only the second bad: nothing is applied",
            before: None,
            yaml: "apiVersion: apps/v1
kind: Deployment
metadata:
  name: good
spec:
  replicas: 2
  selector:
    matchLabels:
      app: good
  template:
    metadata:
      labels:
        app: good
    spec:
      containers:
      - name: web
        image: nginx:1.25
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: bad
spec:
  replicas: -3
  selector:
    matchLabels:
      app: bad
  template:
    metadata:
      labels:
        app: bad
    spec:
      containers:
      - name: web
        image: nginx:1.25
",
            want: &[(
                24,
                3,
                "spec.replicas: Invalid value: -3: must be greater than or equal to 0",
            )],
        },
    ]
}

fn triples(diags: &[Diagnostic]) -> Vec<(u32, u32, String)> {
    diags
        .iter()
        .map(|d| (d.line, d.column, d.message.clone()))
        .collect()
}

#[test]
fn bad_manifests_are_refused_with_kubernetes_texts_and_positions() {
    let cases = cases();
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    for case in &cases {
        let mut cluster = Cluster::new(ClusterConfig::default());
        if let Some(before) = case.before {
            if let Err(e) = cluster.apply(before) {
                panic!("{}: setup apply failed: {:?}", case.name, e.diagnostics());
            }
        }
        let dump_before = cluster.dump();
        let validated = cluster.validate(case.yaml);
        let err = match cluster.apply(case.yaml) {
            Ok(out) => panic!("{}: apply succeeded: {:?}", case.name, out),
            Err(e) => e,
        };
        let diags = err.diagnostics();
        let want: Vec<(u32, u32, String)> = case
            .want
            .iter()
            .map(|(l, c, m)| (*l, *c, m.to_string()))
            .collect();
        assert_eq!(triples(&diags), want, "{}: diagnostics", case.name);
        assert!(
            diags.iter().all(|d| d.severity == Severity::Error),
            "{}: severities {:?}",
            case.name,
            diags
        );
        assert_eq!(
            validated, diags,
            "{}: validate() differs from apply()",
            case.name
        );
        assert!(
            cluster.dump() == dump_before,
            "{}: the store changed after a refused apply",
            case.name
        );
    }
}

fn actions(out: &kubeplay_core::ApplyOutcome) -> Vec<(String, ApplyAction)> {
    out.applied
        .iter()
        .map(|a| (a.name.clone(), a.action))
        .collect()
}

#[test]
fn valid_manifests_report_created_configured_unchanged() {
    let mut cluster = Cluster::new(ClusterConfig::default());
    assert_eq!(
        cluster.validate(BASE),
        vec![],
        "validate of a valid manifest"
    );

    let out = cluster.apply(BASE).expect("create");
    assert_eq!(
        actions(&out),
        vec![("web".to_string(), ApplyAction::Created)]
    );
    assert_eq!(out.warnings, vec![]);
    assert_eq!(out.applied[0].namespace, "default");

    let out = cluster.apply(BASE).expect("re-apply");
    assert_eq!(
        actions(&out),
        vec![("web".to_string(), ApplyAction::Unchanged)]
    );

    let scaled = BASE.replace("replicas: 2", "replicas: 3");
    let out = cluster.apply(&scaled).expect("scale");
    assert_eq!(
        actions(&out),
        vec![("web".to_string(), ApplyAction::Configured)]
    );

    let out = cluster.apply(&scaled).expect("re-apply scaled");
    assert_eq!(
        actions(&out),
        vec![("web".to_string(), ApplyAction::Unchanged)]
    );
}

#[test]
fn a_batch_of_valid_documents_applies_in_order() {
    let mut cluster = Cluster::new(ClusterConfig::default());
    let second = BASE.replace("name: web\nspec:", "name: api\nspec:");
    let batch = format!("{BASE}---\n{second}");
    let out = cluster.apply(&batch).expect("batch");
    assert_eq!(
        actions(&out),
        vec![
            ("web".to_string(), ApplyAction::Created),
            ("api".to_string(), ApplyAction::Created),
        ]
    );
}

#[test]
fn a_name_with_dots_applies_with_a_dns_label_warning() {
    let yaml = BASE.replace("name: web\nspec:", "name: web.v1\nspec:");
    let want = vec![Diagnostic {
        line: 4,
        column: 3,
        message: "metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]".to_string(),
        severity: Severity::Warning,
    }];
    let mut cluster = Cluster::new(ClusterConfig::default());
    assert_eq!(cluster.validate(&yaml), want, "validate");
    let out = cluster.apply(&yaml).expect("a name with dots is valid");
    assert_eq!(
        actions(&out),
        vec![("web.v1".to_string(), ApplyAction::Created)]
    );
    assert_eq!(out.warnings, want, "apply warnings");
}

#[test]
fn literal_percentages_are_validated_not_rounded() {
    // "1%" of 3 replicas rounds to 0 in the controller, but validation only looks at the
    // literal numbers.
    let yaml = BASE.replace(
        "  replicas: 2\n",
        "  replicas: 3\n  strategy:\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: 1%\n",
    );
    let mut cluster = Cluster::new(ClusterConfig::default());
    let out = cluster.apply(&yaml).expect("1% is accepted");
    assert_eq!(
        actions(&out),
        vec![("web".to_string(), ApplyAction::Created)]
    );
}

#[test]
fn negative_termination_grace_period_is_accepted_with_a_warning_text() {
    // Kubernetes does not reject a negative terminationGracePeriodSeconds: validation passes
    // and the API server warns (pkg/api/pod/warnings.go).
    let yaml = BASE.replace(
        "    spec:\n      containers:",
        "    spec:\n      terminationGracePeriodSeconds: -5\n      containers:",
    );
    let mut cluster = Cluster::new(ClusterConfig::default());
    let out = cluster
        .apply(&yaml)
        .expect("a negative grace period is valid");
    assert_eq!(
        actions(&out),
        vec![("web".to_string(), ApplyAction::Created)]
    );

    let doc = parse_documents(&yaml, YamlLimits::default())
        .expect("parses")
        .remove(0);
    let spec = doc
        .value
        .pointer("spec.template.spec")
        .expect("template spec");
    assert_eq!(
        validation::pod_spec_warnings(spec, "spec.template.spec"),
        vec![(
            "spec.template.spec.terminationGracePeriodSeconds".to_string(),
            "spec.template.spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1".to_string(),
        )]
    );
}
