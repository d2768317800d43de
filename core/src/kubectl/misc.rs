//! `kubectl version`, `kubectl api-resources`, `kubectl explain`, `kubectl edit`,
//! `kubectl cluster-info`; the help texts (root, parents, `--help`); and the helpers the
//! write commands share (kubectl's resource builder, error printing as `checkErr` does it,
//! `--dry-run`, `--record`).

use std::collections::BTreeMap;

use super::args::{FlagKind, FlagSpec, GLOBAL_FLAGS, flag};
use super::printers::{OutputFormat, print_object};
use super::resources::{self, Resource};
use super::{Command, Invocation, Output, tabwriter};
use crate::cluster::{ApiError, Cluster};
use crate::config::Profile;
use crate::model::Kind;
use crate::model::selector::Selector;
use crate::ops::OpError;

const VERSION_FLAGS: &[FlagSpec] = &[
    flag("client", None, FlagKind::Bool),
    flag("output", Some('o'), FlagKind::String),
];
const API_RESOURCES_FLAGS: &[FlagSpec] = &[
    flag("api-group", None, FlagKind::String),
    flag("cached", None, FlagKind::Bool),
    flag("categories", None, FlagKind::StringArray),
    flag("namespaced", None, FlagKind::Bool),
    flag("no-headers", None, FlagKind::Bool),
    flag("output", Some('o'), FlagKind::String),
    flag("sort-by", None, FlagKind::String),
    flag("verbs", None, FlagKind::StringArray),
];
const EXPLAIN_FLAGS: &[FlagSpec] = &[
    flag("api-version", None, FlagKind::String),
    flag("output", None, FlagKind::String),
    flag("recursive", None, FlagKind::Bool),
];
const EDIT_FLAGS: &[FlagSpec] = &[
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("output", Some('o'), FlagKind::String),
    flag("output-patch", None, FlagKind::Bool),
    flag("record", None, FlagKind::Bool),
    flag("save-config", None, FlagKind::Bool),
    flag("validate", None, FlagKind::String),
    flag("windows-line-endings", None, FlagKind::Bool),
    flag("field-manager", None, FlagKind::String),
    flag("subresource", None, FlagKind::String),
];

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![
        Command {
            path: "version",
            flags: VERSION_FLAGS,
            run: version,
            short: "Print the client and server version information",
        },
        Command {
            path: "api-resources",
            flags: API_RESOURCES_FLAGS,
            run: api_resources,
            short: "Print the supported API resources on the server",
        },
        Command {
            path: "explain",
            flags: EXPLAIN_FLAGS,
            run: explain,
            short: "Get documentation for a resource",
        },
        Command {
            path: "edit",
            flags: EDIT_FLAGS,
            run: edit,
            short: "Edit a resource on the server",
        },
        Command {
            path: "cluster-info",
            flags: &[],
            run: cluster_info,
            short: "Display cluster information",
        },
    ]
}

// ---- version ------------------------------------------------------------------------

struct Build {
    git_version: &'static str,
    minor: &'static str,
    git_commit: &'static str,
    build_date: &'static str,
    go_version: &'static str,
    kustomize: &'static str,
}

/// The kubectl that prints for a profile: the oracle's dispatcher runs the kubectl matching
/// the server's minor version, so the 1.28 profile's client is v1.28.15.
fn build(profile: Profile) -> Build {
    match profile {
        Profile::Current => Build {
            git_version: "v1.33.1",
            minor: "33",
            git_commit: "8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828",
            build_date: "2025-05-15T08:27:33Z",
            go_version: "go1.24.2",
            kustomize: "v5.6.0",
        },
        Profile::V1_28 => Build {
            git_version: "v1.28.15",
            minor: "28",
            git_commit: "841856557ef0f6a399096c42635d114d6f2cf7f4",
            build_date: "2024-10-22T20:34:56Z",
            go_version: "go1.22.8",
            kustomize: "v5.0.4-0.20230601165947-6ce0bf390ce3",
        },
    }
}

fn version(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let profile = cluster.config().profile;
    let b = build(profile);
    let client_only = inv.flags.bool("client", false);
    let json_info = |indent: &str, server: bool| {
        let mut fields = vec![("major", "1".to_string()), ("minor", b.minor.to_string())];
        if server && profile == Profile::Current {
            fields.extend([
                ("emulationMajor", "1".to_string()),
                ("emulationMinor", b.minor.to_string()),
                ("minCompatibilityMajor", "1".to_string()),
                ("minCompatibilityMinor", "32".to_string()),
            ]);
        }
        fields.extend([
            ("gitVersion", b.git_version.to_string()),
            ("gitCommit", b.git_commit.to_string()),
            ("gitTreeState", "clean".to_string()),
            ("buildDate", b.build_date.to_string()),
            ("goVersion", b.go_version.to_string()),
            ("compiler", "gc".to_string()),
            ("platform", "linux/amd64".to_string()),
        ]);
        fields
            .iter()
            .map(|(k, v)| format!("{indent}  \"{k}\": \"{v}\""))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    match inv.flags.get("output") {
        None => {
            let mut s = format!(
                "Client Version: {}\nKustomize Version: {}\n",
                b.git_version, b.kustomize
            );
            if !client_only {
                s.push_str(&format!("Server Version: {}\n", b.git_version));
            }
            Output::ok(s)
        }
        Some("json") => {
            let mut s = format!(
                "{{\n  \"clientVersion\": {{\n{}\n  }},\n  \"kustomizeVersion\": \"{}\"",
                json_info("  ", false),
                b.kustomize
            );
            if !client_only {
                s.push_str(&format!(
                    ",\n  \"serverVersion\": {{\n{}\n  }}",
                    json_info("  ", true)
                ));
            }
            s.push_str("\n}\n");
            Output::ok(s)
        }
        Some("yaml") => {
            let info = |server: bool| {
                let mut fields = vec![
                    ("buildDate", format!("\"{}\"", b.build_date)),
                    ("compiler", "gc".to_string()),
                ];
                if server && profile == Profile::Current {
                    fields.extend([
                        ("emulationMajor", "\"1\"".to_string()),
                        ("emulationMinor", format!("\"{}\"", b.minor)),
                    ]);
                }
                fields.extend([
                    ("gitCommit", b.git_commit.to_string()),
                    ("gitTreeState", "clean".to_string()),
                    ("gitVersion", b.git_version.to_string()),
                    ("goVersion", b.go_version.to_string()),
                    ("major", "\"1\"".to_string()),
                ]);
                if server && profile == Profile::Current {
                    fields.extend([
                        ("minCompatibilityMajor", "\"1\"".to_string()),
                        ("minCompatibilityMinor", "\"32\"".to_string()),
                    ]);
                }
                fields.extend([
                    ("minor", format!("\"{}\"", b.minor)),
                    ("platform", "linux/amd64".to_string()),
                ]);
                fields
                    .iter()
                    .map(|(k, v)| format!("  {k}: {v}\n"))
                    .collect::<String>()
            };
            let mut s = format!(
                "clientVersion:\n{}kustomizeVersion: {}\n",
                info(false),
                b.kustomize
            );
            if !client_only {
                s.push_str(&format!("serverVersion:\n{}", info(true)));
            }
            s.push('\n');
            Output::ok(s)
        }
        Some(_) => Output::error("--output must be 'yaml' or 'json'"),
    }
}

// ---- api-resources --------------------------------------------------------------------

struct ApiResource {
    name: &'static str,
    short: &'static str,
    group: &'static str,
    version: &'static str,
    namespaced: bool,
    kind: &'static str,
    verbs: &'static str,
    categories: &'static str,
}

const ALL_VERBS: &str = "create,delete,deletecollection,get,list,patch,update,watch";

/// What the playground serves, in discovery order (core group first, then by group).
const API_RESOURCES: &[ApiResource] = &[
    ApiResource {
        name: "events",
        short: "ev",
        group: "",
        version: "v1",
        namespaced: true,
        kind: "Event",
        verbs: ALL_VERBS,
        categories: "",
    },
    ApiResource {
        name: "namespaces",
        short: "ns",
        group: "",
        version: "v1",
        namespaced: false,
        kind: "Namespace",
        verbs: "create,delete,get,list,patch,update,watch",
        categories: "",
    },
    ApiResource {
        name: "nodes",
        short: "no",
        group: "",
        version: "v1",
        namespaced: false,
        kind: "Node",
        verbs: ALL_VERBS,
        categories: "",
    },
    ApiResource {
        name: "pods",
        short: "po",
        group: "",
        version: "v1",
        namespaced: true,
        kind: "Pod",
        verbs: ALL_VERBS,
        categories: "all",
    },
    ApiResource {
        name: "services",
        short: "svc",
        group: "",
        version: "v1",
        namespaced: true,
        kind: "Service",
        verbs: "create,delete,get,list,patch,update,watch",
        categories: "all",
    },
    ApiResource {
        name: "deployments",
        short: "deploy",
        group: "apps",
        version: "v1",
        namespaced: true,
        kind: "Deployment",
        verbs: ALL_VERBS,
        categories: "all",
    },
    ApiResource {
        name: "replicasets",
        short: "rs",
        group: "apps",
        version: "v1",
        namespaced: true,
        kind: "ReplicaSet",
        verbs: ALL_VERBS,
        categories: "all",
    },
    ApiResource {
        name: "horizontalpodautoscalers",
        short: "hpa",
        group: "autoscaling",
        version: "v2",
        namespaced: true,
        kind: "HorizontalPodAutoscaler",
        verbs: ALL_VERBS,
        categories: "all",
    },
    ApiResource {
        name: "events",
        short: "ev",
        group: "events.k8s.io",
        version: "v1",
        namespaced: true,
        kind: "Event",
        verbs: ALL_VERBS,
        categories: "",
    },
];

fn api_resources(_cluster: &mut Cluster, inv: &Invocation) -> Output {
    let output = inv.flags.get("output").unwrap_or("");
    if !matches!(output, "" | "wide" | "name") {
        return Output::error(format!("--output {output} is not available"));
    }
    let sort_by = inv.flags.get("sort-by").unwrap_or("");
    if !matches!(sort_by, "" | "name" | "kind") {
        return Output::error(format!(
            "--sort-by accepts only name or kind, got {sort_by}"
        ));
    }
    let mut rows: Vec<&ApiResource> = API_RESOURCES
        .iter()
        .filter(|r| inv.flags.get("api-group").is_none_or(|g| g == r.group))
        .filter(|r| {
            !inv.flags.has("namespaced") || inv.flags.bool("namespaced", true) == r.namespaced
        })
        .filter(|r| {
            let verbs = inv.flags.all("verbs");
            verbs.iter().all(|v| r.verbs.split(',').any(|x| x == v))
        })
        .filter(|r| {
            let cats = inv.flags.all("categories");
            cats.iter().all(|c| r.categories.split(',').any(|x| x == c))
        })
        .collect();
    match sort_by {
        "name" => rows.sort_by_key(|r| r.name),
        "kind" => rows.sort_by_key(|r| r.kind),
        _ => {}
    }
    if output == "name" {
        let mut s = String::new();
        for r in rows {
            s.push_str(r.name);
            if !r.group.is_empty() {
                s.push('.');
                s.push_str(r.group);
            }
            s.push('\n');
        }
        return Output::ok(s);
    }
    let wide = output == "wide";
    let mut t = String::new();
    if !inv.flags.bool("no-headers", false) {
        t.push_str("NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND");
        if wide {
            t.push_str("\tVERBS\tCATEGORIES");
        }
        t.push('\n');
    }
    for r in rows {
        let api = if r.group.is_empty() {
            r.version.to_string()
        } else {
            format!("{}/{}", r.group, r.version)
        };
        t.push_str(&format!(
            "{}\t{}\t{api}\t{}\t{}",
            r.name, r.short, r.namespaced, r.kind
        ));
        if wide {
            t.push_str(&format!("\t{}\t{}", r.verbs, r.categories));
        }
        t.push('\n');
    }
    Output::ok(tabwriter::TABLE.format(&t))
}

// ---- explain ------------------------------------------------------------------------

/// A schema (object type) explain can show, with its fields in key order.
struct TypeDoc {
    name: &'static str,
    description: &'static str,
    required: &'static [&'static str],
    fields: &'static [FieldDoc],
}

/// One property: its type as explain's `typeGuess` prints it, its own description, and
/// the type it refers to (whose description explain appends, and whose fields it lists).
struct FieldDoc {
    name: &'static str,
    ty: &'static str,
    description: &'static str,
    refers: Option<&'static str>,
}

const API_VERSION_DESC: &str = "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources";
const KIND_DESC: &str = "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds";
const MIN_READY_DESC: &str = "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)";

const fn field(
    name: &'static str,
    ty: &'static str,
    description: &'static str,
    refers: Option<&'static str>,
) -> FieldDoc {
    FieldDoc {
        name,
        ty,
        description,
        refers,
    }
}

/// The part of the apps/v1 OpenAPI v3 schema the playground explains (texts from the
/// Kubernetes API reference).
const TYPES: &[TypeDoc] = &[
    TypeDoc {
        name: "Deployment",
        description: "Deployment enables declarative updates for Pods and ReplicaSets.",
        required: &[],
        fields: &[
            field("apiVersion", "string", API_VERSION_DESC, None),
            field("kind", "string", KIND_DESC, None),
            field(
                "metadata",
                "ObjectMeta",
                "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
                Some("ObjectMeta"),
            ),
            field(
                "spec",
                "DeploymentSpec",
                "Specification of the desired behavior of the Deployment.",
                Some("DeploymentSpec"),
            ),
            field(
                "status",
                "DeploymentStatus",
                "Most recently observed status of the Deployment.",
                Some("DeploymentStatus"),
            ),
        ],
    },
    TypeDoc {
        name: "DeploymentSpec",
        description: "DeploymentSpec is the specification of the desired behavior of the Deployment.",
        required: &["selector", "template"],
        fields: &[
            field("minReadySeconds", "integer", MIN_READY_DESC, None),
            field(
                "paused",
                "boolean",
                "Indicates that the deployment is paused.",
                None,
            ),
            field(
                "progressDeadlineSeconds",
                "integer",
                "The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.",
                None,
            ),
            field(
                "replicas",
                "integer",
                "Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.",
                None,
            ),
            field(
                "revisionHistoryLimit",
                "integer",
                "The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.",
                None,
            ),
            field(
                "selector",
                "LabelSelector",
                "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels.",
                Some("LabelSelector"),
            ),
            field(
                "strategy",
                "DeploymentStrategy",
                "The deployment strategy to use to replace existing pods with new ones.",
                Some("DeploymentStrategy"),
            ),
            field(
                "template",
                "PodTemplateSpec",
                "Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is \"Always\".",
                Some("PodTemplateSpec"),
            ),
        ],
    },
    TypeDoc {
        name: "DeploymentStrategy",
        description: "DeploymentStrategy describes how to replace existing pods with new ones.",
        required: &[],
        fields: &[
            field(
                "rollingUpdate",
                "RollingUpdateDeployment",
                "Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.",
                Some("RollingUpdateDeployment"),
            ),
            field(
                "type",
                "string",
                "Type of deployment. Can be \"Recreate\" or \"RollingUpdate\". Default is RollingUpdate.",
                None,
            ),
        ],
    },
    TypeDoc {
        name: "RollingUpdateDeployment",
        description: "Spec to control the desired behavior of rolling update.",
        required: &[],
        fields: &[
            field(
                "maxSurge",
                "string",
                "The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%. Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when the rolling update starts, such that the total number of old and new pods do not exceed 130% of desired pods. Once old pods have been killed, new ReplicaSet can be scaled up further, ensuring that total number of pods running at any time during the update is at most 130% of desired pods.",
                Some("IntOrString"),
            ),
            field(
                "maxUnavailable",
                "string",
                "The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%. Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods immediately when the rolling update starts. Once new pods are ready, old ReplicaSet can be scaled down further, followed by scaling up the new ReplicaSet, ensuring that the total number of pods available at all times during the update is at least 70% of desired pods.",
                Some("IntOrString"),
            ),
        ],
    },
    TypeDoc {
        name: "ReplicaSet",
        description: "ReplicaSet ensures that a specified number of pod replicas are running at any given time.",
        required: &[],
        fields: &[
            field("apiVersion", "string", API_VERSION_DESC, None),
            field("kind", "string", KIND_DESC, None),
            field(
                "metadata",
                "ObjectMeta",
                "If the Labels of a ReplicaSet are empty, they are defaulted to be the same as the Pod(s) that the ReplicaSet manages. Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
                Some("ObjectMeta"),
            ),
            field(
                "spec",
                "ReplicaSetSpec",
                "Spec defines the specification of the desired behavior of the ReplicaSet. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
                Some("ReplicaSetSpec"),
            ),
            field(
                "status",
                "ReplicaSetStatus",
                "Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
                Some("ReplicaSetStatus"),
            ),
        ],
    },
    TypeDoc {
        name: "ReplicaSetSpec",
        description: "ReplicaSetSpec is the specification of a ReplicaSet.",
        required: &["selector"],
        fields: &[
            field("minReadySeconds", "integer", MIN_READY_DESC, None),
            field(
                "replicas",
                "integer",
                "Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset",
                None,
            ),
            field(
                "selector",
                "LabelSelector",
                "Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
                Some("LabelSelector"),
            ),
            field(
                "template",
                "PodTemplateSpec",
                "Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#pod-template",
                Some("PodTemplateSpec"),
            ),
        ],
    },
    TypeDoc {
        name: "LabelSelector",
        description: "A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.",
        required: &[],
        fields: &[
            field(
                "matchExpressions",
                "[]LabelSelectorRequirement",
                "matchExpressions is a list of label selector requirements. The requirements are ANDed.",
                None,
            ),
            field(
                "matchLabels",
                "map[string]string",
                "matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is \"key\", the operator is \"In\", and the values array contains only \"value\". The requirements are ANDed.",
                None,
            ),
        ],
    },
];

/// Types explain can name but whose fields the playground does not list.
const LEAF_TYPES: &[(&str, &str)] = &[
    (
        "ObjectMeta",
        "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.",
    ),
    (
        "DeploymentStatus",
        "DeploymentStatus is the most recently observed status of the Deployment.",
    ),
    (
        "ReplicaSetStatus",
        "ReplicaSetStatus represents the current status of a ReplicaSet.",
    ),
    (
        "PodTemplateSpec",
        "PodTemplateSpec describes the data a pod should have when created from a template",
    ),
    (
        "IntOrString",
        "IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.",
    ),
];

fn type_doc(name: &str) -> Option<&'static TypeDoc> {
    TYPES.iter().find(|t| t.name == name)
}

fn type_description(name: &str) -> Option<&'static str> {
    type_doc(name)
        .map(|t| t.description)
        .or_else(|| LEAF_TYPES.iter().find(|(n, _)| *n == name).map(|(_, d)| *d))
}

/// sprig's `wrap` (goutils `WrapCustom` without long-word wrapping): breaks at the last
/// space that keeps a line within `width` bytes; existing line breaks count as ordinary
/// characters, exactly as in the Go code.
pub(crate) fn go_wrap(s: &str, width: usize) -> String {
    let b = s.as_bytes();
    let len = b.len();
    let mut out: Vec<u8> = Vec::with_capacity(len + len / 40);
    let mut offset = 0;
    while len - offset > width {
        if b[offset] == b' ' {
            offset += 1;
            continue;
        }
        let end = (width + offset + 1).min(len);
        match b[offset..end].iter().rposition(|&c| c == b' ') {
            Some(i) => {
                out.extend_from_slice(&b[offset..offset + i]);
                out.push(b'\n');
                offset += i + 1;
            }
            None => match b[width + offset..].iter().position(|&c| c == b' ') {
                Some(i) => {
                    let at = width + offset + i;
                    out.extend_from_slice(&b[offset..at]);
                    out.push(b'\n');
                    offset = at + 1;
                }
                None => {
                    out.extend_from_slice(&b[offset..]);
                    offset = len;
                }
            },
        }
    }
    out.extend_from_slice(&b[offset..]);
    String::from_utf8_lossy(&out).into_owned()
}

/// sprig's `indent`: the pad before the text and after every line break.
fn go_indent(s: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    format!("{pad}{}", s.replace('\n', &format!("\n{pad}")))
}

fn explain_fields(t: &TypeDoc) -> String {
    let mut s = String::new();
    for f in t.fields {
        s.push_str(&format!("  {}\t<{}>", f.name, f.ty));
        if t.required.contains(&f.name) {
            s.push_str(" -required-");
        }
        s.push('\n');
        s.push_str(&go_indent(&go_wrap(f.description, 76), 4));
        s.push_str("\n\n");
    }
    s
}

fn explain(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let _ = cluster;
    let Some(arg) = inv.args.first() else {
        return Output::error(
            "You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.",
        );
    };
    if inv.args.len() > 1 {
        return Output::error(format!(
            "We accept only this format: explain RESOURCE\n{}",
            inv.usage_hint()
        ));
    }
    let mut parts = arg.split('.');
    let res_name = parts.next().unwrap_or("");
    let path: Vec<&str> = parts.collect();
    let Some(res) = resources::resolve(res_name) else {
        return Output::error(format!(
            "the server doesn't have a resource type \"{res_name}\""
        ));
    };
    let kind = match res {
        Resource::Kind(k @ (Kind::Deployment | Kind::ReplicaSet)) => k,
        _ => {
            return Output::error(format!(
                "the playground's explain covers deployments and replicasets (try \"kubectl explain deployment.spec\"), not {}",
                res.plural()
            ));
        }
    };
    let mut out = format!(
        "GROUP:      apps\nKIND:       {}\nVERSION:    v1\n\n",
        kind.name()
    );
    let Some(mut current) = type_doc(kind.name()) else {
        return Output::error("internal error: no schema");
    };
    let mut description = format!("{}\n", current.description);
    let mut fields: Option<&TypeDoc> = Some(current);
    for (i, step) in path.iter().enumerate() {
        let Some(f) = current.fields.iter().find(|f| f.name == *step) else {
            return Output::error(format!("field \"{step}\" does not exist"));
        };
        let last = i + 1 == path.len();
        if last {
            out.push_str(&format!("FIELD: {} <{}>\n\n\n", f.name, f.ty));
            description = format!("{}\n", f.description);
            if let Some(d) = f.refers.and_then(type_description) {
                description.push_str(d);
                description.push('\n');
            }
            fields = f.refers.and_then(type_doc);
            if let Some(r) = f.refers.filter(|r| fields.is_none() && *r != "IntOrString") {
                return Output::error(format!(
                    "the playground's explain does not list the fields of {r} (it covers the Deployment and ReplicaSet specs)"
                ));
            }
        } else {
            match f.refers.and_then(type_doc) {
                Some(t) => current = t,
                None => {
                    return Output::error(format!(
                        "the playground's explain does not cover the fields of {}.{} (it covers the Deployment and ReplicaSet specs)",
                        res_name,
                        path[..=i].join(".")
                    ));
                }
            }
        }
    }
    out.push_str("DESCRIPTION:\n");
    out.push_str(&go_indent(&go_wrap(&description, 76), 4));
    out.push('\n');
    if let Some(t) = fields {
        out.push_str("FIELDS:\n");
        out.push_str(&explain_fields(t));
    }
    out.push('\n');
    Output::ok(out)
}

// ---- edit, cluster-info -------------------------------------------------------------

fn edit(cluster: &mut Cluster, inv: &Invocation) -> Output {
    if !inv.args.is_empty() {
        match pick(cluster, &inv.namespace, &inv.args, false, None, false) {
            Err(e) => return Output::error(e),
            Ok(objs) => {
                let errs: Vec<KErr> = objs.into_iter().filter_map(Result::err).collect();
                if !errs.is_empty() {
                    return finish(String::new(), String::new(), errs);
                }
            }
        }
    } else if inv.flags.all("filename").is_empty() {
        return Output::error(NO_RESOURCES);
    }
    Output::error(
        "the playground has no interactive editor for \"kubectl edit\": change the YAML in the editor and run \"kubectl apply -f <file>\" instead (or use kubectl scale, set image, label, annotate)",
    )
}

fn cluster_info(cluster: &mut Cluster, _inv: &Invocation) -> Output {
    let server = "https://127.0.0.1:6443";
    let dns = format!("{server}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy");
    let line = |what: &str, url: &str| match cluster.config().profile {
        // kubectl 1.28 colours these words even when stdout is not a terminal.
        Profile::V1_28 => format!("\x1b[0;32m{what}\x1b[0m is running at \x1b[0;33m{url}\x1b[0m\n"),
        Profile::Current => format!("{what} is running at {url}\n"),
    };
    Output::ok(format!(
        "{}{}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
        line("Kubernetes control plane", server),
        line("CoreDNS", &dns)
    ))
}

// ---- help -----------------------------------------------------------------------------

/// `kubectl` with no command: the root help.
pub fn root_help() -> Output {
    Output::ok(ROOT_HELP)
}

/// A parent command (`rollout`, `set`) without a valid subcommand.
pub fn parent_help(parent: &str, sub: Option<&str>) -> Output {
    let help = help_text(parent).unwrap_or("");
    match sub {
        Some("--help" | "-h") => Output::ok(help),
        Some(s) if !s.starts_with('-') => Output {
            stdout: String::new(),
            stderr: format!(
                "error: unknown command \"{s}\"\nSee 'kubectl {parent} -h' for help and examples\n"
            ),
            exit_code: 1,
        },
        Some(s) if !is_global_flag(s) => {
            let msg = match s.strip_prefix("--") {
                Some(long) => format!("unknown flag: --{}", long.split('=').next().unwrap_or(long)),
                None => format!(
                    "unknown shorthand flag: '{}' in {s}",
                    s.chars().nth(1).unwrap_or('-')
                ),
            };
            Output {
                stdout: String::new(),
                stderr: format!("error: {msg}\nSee 'kubectl {parent} --help' for usage.\n"),
                exit_code: 1,
            }
        }
        // `kubectl rollout` prints its help on stdout, `kubectl set` on stderr; both exit 1.
        _ if parent == "set" => Output {
            stdout: String::new(),
            stderr: help.to_string(),
            exit_code: 1,
        },
        _ => Output {
            stdout: help.to_string(),
            stderr: String::new(),
            exit_code: 1,
        },
    }
}

/// `--help` of a command.
pub fn command_help(cmd: &Command) -> Output {
    match help_text(cmd.path) {
        Some(h) => Output::ok(h),
        None => Output::ok(format!("{}\n", cmd.short)),
    }
}

fn is_global_flag(word: &str) -> bool {
    match word.strip_prefix("--") {
        Some(long) => {
            let name = long.split('=').next().unwrap_or(long);
            GLOBAL_FLAGS.iter().any(|f| f.name == name)
        }
        None => word
            .chars()
            .nth(1)
            .is_some_and(|c| GLOBAL_FLAGS.iter().any(|f| f.short == Some(c))),
    }
}

fn help_text(path: &str) -> Option<&'static str> {
    HELP.iter().find(|(p, _)| *p == path).map(|(_, h)| *h)
}

// ---- shared by the write commands -----------------------------------------------------

/// The resource builder's error when no resource was named.
pub(crate) const NO_RESOURCES: &str = "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/// The deprecation notice pflag prints when `--record` is used.
pub(crate) const RECORD_DEPRECATED: &str =
    "Flag --record has been deprecated, --record will be removed in the future\n";

/// An error as kubectl's `checkErr` prints it: alone (`error: …`, `Error from server (…): …`,
/// `The Deployment "x" is invalid: …`) or, when a command collected several, one line each
/// (plain messages then lose their `error: ` prefix, Invalid errors print the API server's
/// message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum KErr {
    /// A client-side error.
    Plain(String),
    /// An API status error: reason and message.
    Status(&'static str, String),
    /// An Invalid status error.
    Invalid {
        /// Kind.
        kind: Kind,
        /// Object name.
        name: String,
        /// `field: body` causes.
        causes: Vec<String>,
        /// What the command was doing (`error when creating "f.yaml": `), shown only when
        /// several errors are printed.
        context: String,
    },
}

impl KErr {
    /// From an operation error.
    pub(crate) fn op(e: &OpError) -> KErr {
        match e {
            OpError::Api(a) => KErr::api(a),
            OpError::Invalid { kind, name, causes } => KErr::Invalid {
                kind: *kind,
                name: name.clone(),
                causes: causes.iter().map(ToString::to_string).collect(),
                context: String::new(),
            },
            OpError::Refused(m) => KErr::Plain(m.clone()),
        }
    }

    /// From an API error.
    pub(crate) fn api(e: &ApiError) -> KErr {
        match e {
            ApiError::NotFound { .. } => KErr::Status("NotFound", e.to_string()),
            ApiError::AlreadyExists { .. } => KErr::Status("AlreadyExists", e.to_string()),
            ApiError::NotSettled(m) => KErr::Plain(m.clone()),
        }
    }

    /// `deployments.apps "x" not found`.
    pub(crate) fn not_found(resource: Resource, name: &str) -> KErr {
        KErr::Status(
            "NotFound",
            format!("{} \"{name}\" not found", resource.qualified()),
        )
    }

    /// The message alone (what `err.Error()` gives).
    pub(crate) fn message(&self) -> String {
        match self {
            KErr::Plain(m) | KErr::Status(_, m) => m.clone(),
            KErr::Invalid {
                kind,
                name,
                causes,
                context,
            } => {
                let group = kind.group();
                let qualified = if group.is_empty() {
                    kind.name().to_string()
                } else {
                    format!("{}.{group}", kind.name())
                };
                let agg = if causes.len() == 1 {
                    causes[0].clone()
                } else {
                    format!("[{}]", causes.join(", "))
                };
                format!("{context}{qualified} \"{name}\" is invalid: {agg}")
            }
        }
    }

    fn single(&self) -> String {
        match self {
            KErr::Plain(m) if m.starts_with("error: ") => format!("{m}\n"),
            KErr::Plain(m) => format!("error: {m}\n"),
            KErr::Status(r, m) => format!("Error from server ({r}): {m}\n"),
            KErr::Invalid {
                kind, name, causes, ..
            } => {
                let mut seen: Vec<&String> = Vec::new();
                for c in causes {
                    if !seen.contains(&c) {
                        seen.push(c);
                    }
                }
                if seen.len() == 1 {
                    format!("The {kind} \"{name}\" is invalid: {}\n", seen[0])
                } else {
                    let mut s = format!("The {kind} \"{name}\" is invalid: \n");
                    for c in seen {
                        s.push_str(&format!("* {c}\n"));
                    }
                    s
                }
            }
        }
    }

    fn multi(&self) -> String {
        match self {
            KErr::Plain(m) => format!("{m}\n"),
            KErr::Status(r, m) => format!("Error from server ({r}): {m}\n"),
            KErr::Invalid { .. } => format!("Error from server (Invalid): {}\n", self.message()),
        }
    }
}

/// What a command printed: its stdout, anything it wrote on stderr before failing
/// (warnings), and its errors as `checkErr` prints them (exit 1 if there is one).
pub(crate) fn finish(stdout: String, stderr: String, errs: Vec<KErr>) -> Output {
    let mut err_text = stderr;
    match errs.len() {
        0 => {}
        1 => err_text.push_str(&errs[0].single()),
        _ => {
            for e in &errs {
                err_text.push_str(&e.multi());
            }
        }
    }
    Output {
        stdout,
        stderr: err_text,
        exit_code: i32::from(!errs.is_empty()),
    }
}

/// An object a command acts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Obj {
    /// How it was named.
    pub resource: Resource,
    /// Its kind.
    pub kind: Kind,
    /// Its name.
    pub name: String,
}

impl Obj {
    /// `deployment.apps/x` (the name printer).
    pub(crate) fn printed(&self) -> String {
        format!("{}/{}", self.resource.singular_qualified(), self.name)
    }
}

/// The namespace to look a kind up in ("" for cluster-scoped kinds).
pub(crate) fn ns_of(kind: Kind, ns: &str) -> &str {
    if kind.namespaced() { ns } else { "" }
}

/// Names and labels of every stored object of a kind in a namespace, in name order.
pub(crate) fn list_of(
    cluster: &Cluster,
    kind: Kind,
    ns: &str,
) -> Vec<(String, BTreeMap<String, String>)> {
    let s = cluster.store();
    match kind {
        Kind::Deployment => s
            .deployments_in(ns)
            .map(|d| (d.meta.name.clone(), d.meta.labels.clone()))
            .collect(),
        Kind::ReplicaSet => s
            .replicasets_in(ns)
            .map(|d| (d.meta.name.clone(), d.meta.labels.clone()))
            .collect(),
        Kind::Pod => s
            .pods_in(ns)
            .map(|d| (d.meta.name.clone(), d.meta.labels.clone()))
            .collect(),
        Kind::Node => s
            .nodes
            .values()
            .map(|d| (d.meta.name.clone(), d.meta.labels.clone()))
            .collect(),
        Kind::HorizontalPodAutoscaler => s
            .hpas
            .values()
            .filter(|h| h.meta.namespace == ns)
            .map(|d| (d.meta.name.clone(), d.meta.labels.clone()))
            .collect(),
        Kind::Service => s
            .services
            .values()
            .filter(|h| h.meta.namespace == ns)
            .map(|d| (d.meta.name.clone(), d.meta.labels.clone()))
            .collect(),
        Kind::Event => Vec::new(),
    }
}

/// Whether an object exists.
pub(crate) fn exists(cluster: &Cluster, kind: Kind, ns: &str, name: &str) -> bool {
    cluster.live_object(kind, ns_of(kind, ns), name).is_some()
}

/// kubectl's resource builder for commands that act on existing objects: `TYPE NAME…`,
/// `TYPE/NAME…`, or a type with `--all` / `-l` (or, when `type_lists` is set, a bare type:
/// every object of it). Fatal errors (kubectl's text without `error: `) stop the command;
/// a named object that does not exist is a per-object NotFound error.
pub(crate) fn pick(
    cluster: &Cluster,
    ns: &str,
    args: &[String],
    all: bool,
    selector: Option<&str>,
    type_lists: bool,
) -> Result<Vec<Result<Obj, KErr>>, String> {
    let selector = selector.filter(|s| !s.is_empty());
    if all && selector.is_some() {
        return Err("setting 'all' parameter but found a non empty selector. ".into());
    }
    if args.is_empty() {
        return Err(NO_RESOURCES.into());
    }
    let targets = super::parse_targets(args)?;
    let named = targets.iter().any(|t| t.name.is_some());
    if named && (all || selector.is_some()) {
        return Err("name cannot be provided when a selector is specified".into());
    }
    let sel = match selector {
        Some(s) => Some(Selector::parse(s)?),
        None => None,
    };
    let mut out = Vec::new();
    for t in targets {
        let Some(kind) = t.resource.kind() else {
            return Err(format!(
                "the playground does not support this command on {}",
                t.resource.plural()
            ));
        };
        match t.name {
            Some(name) => {
                if exists(cluster, kind, ns, &name) {
                    out.push(Ok(Obj {
                        resource: t.resource,
                        kind,
                        name,
                    }));
                } else {
                    out.push(Err(KErr::not_found(t.resource, &name)));
                }
            }
            None => {
                if !all && sel.is_none() && !type_lists {
                    return Err("resource(s) were provided, but no name was specified".into());
                }
                for (name, labels) in list_of(cluster, kind, ns_of(kind, ns)) {
                    if sel.as_ref().is_none_or(|s| s.matches(&labels)) {
                        out.push(Ok(Obj {
                            resource: t.resource,
                            kind,
                            name,
                        }));
                    }
                }
            }
        }
    }
    Ok(out)
}

/// `--dry-run`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DryRun {
    /// A real write.
    None,
    /// `--dry-run=client`: nothing is sent.
    Client,
    /// `--dry-run=server`: the server checks the write and discards it.
    Server,
}

impl DryRun {
    /// Reads `--dry-run` (kubectl's error text for a bad value).
    pub(crate) fn of(inv: &Invocation) -> Result<DryRun, Output> {
        match inv.flags.get("dry-run") {
            None | Some("none") => Ok(DryRun::None),
            Some("client") => Ok(DryRun::Client),
            Some("server") => Ok(DryRun::Server),
            Some(v) => Err(Output::error(format!(
                "Invalid dry-run value ({v}). Must be \"none\", \"server\", or \"client\"."
            ))),
        }
    }

    /// What the name printer appends.
    pub(crate) fn suffix(self) -> &'static str {
        match self {
            DryRun::None => "",
            DryRun::Client => " (dry run)",
            DryRun::Server => " (server dry run)",
        }
    }
}

/// What `-o` asks a write command to print: kubectl's line (`deployment.apps/x scaled`),
/// or the object through a printer (`name`, `yaml`, `json`, `jsonpath=…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Out {
    /// No `-o`.
    Human,
    /// A printer.
    Format(OutputFormat),
}

/// The formats a write command's printer accepts, as kubectl lists them.
const WRITE_FORMATS: &str = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml";

impl Out {
    /// Reads `-o` (kubectl's text for a format the command has no printer for).
    pub(crate) fn of(inv: &Invocation) -> Result<Out, Output> {
        let o = inv.flags.get("output");
        match OutputFormat::parse(o) {
            Ok(OutputFormat::Table) => Ok(Out::Human),
            Ok(OutputFormat::Wide | OutputFormat::CustomColumns(_)) | Err(_) => {
                Err(Output::error(format!(
                    "unable to match a printer suitable for the output format \"{}\", allowed formats are: {WRITE_FORMATS}",
                    o.unwrap_or("")
                )))
            }
            Ok(f) => Ok(Out::Format(f)),
        }
    }

    /// What to print for an object: `human` (kubectl's line, newline-terminated), or the
    /// object as it now is through the printer.
    pub(crate) fn render(
        &self,
        cluster: &Cluster,
        obj: &Obj,
        ns: &str,
        human: String,
    ) -> Result<String, KErr> {
        match self {
            Out::Human => Ok(human),
            Out::Format(OutputFormat::Name) => Ok(format!("{}\n", obj.printed())),
            Out::Format(f) => {
                let v = cluster
                    .object_value(obj.kind, ns_of(obj.kind, ns), &obj.name)
                    .ok_or_else(|| KErr::not_found(obj.resource, &obj.name))?;
                print_object(&v, f, false, cluster.config().profile).map_err(KErr::Plain)
            }
        }
    }
}

/// `--record`'s `kubernetes.io/change-cause`: `kubectl`, the command, its positional
/// arguments as typed, then every flag of the command (not the global ones) once per
/// occurrence in the order typed, as ` --name=value` (booleans as `true`/`false`).
/// Checked against the real kubectl: `kubectl scale deploy x --replicas=3 --record -n
/// default` records `kubectl scale deploy x --replicas=3 --record=true`, and `-f a -f b`
/// records `--filename=a --filename=b`.
pub(crate) fn record_cause(inv: &Invocation, specs: &[FlagSpec]) -> String {
    let mut s = format!("kubectl {}", inv.command);
    for a in &inv.args {
        s.push(' ');
        s.push_str(a);
    }
    let path: Vec<&str> = inv.command.split(' ').collect();
    let words = &inv.words;
    // The command words: the first run of words equal to the path.
    let start = (0..words.len())
        .find(|&i| {
            path.iter()
                .enumerate()
                .all(|(j, p)| words.get(i + j).map(String::as_str) == Some(*p))
        })
        .map_or(0, |i| i + path.len());
    let long = |n: &str| {
        specs
            .iter()
            .chain(GLOBAL_FLAGS)
            .find(|f| f.name == n)
            .copied()
    };
    let short = |c: char| {
        specs
            .iter()
            .chain(GLOBAL_FLAGS)
            .find(|f| f.short == Some(c))
            .copied()
    };
    let is_global = |f: &FlagSpec| GLOBAL_FLAGS.iter().any(|g| g.name == f.name);
    let mut flags = String::new();
    let mut i = start;
    while i < words.len() {
        let w = &words[i];
        i += 1;
        if w == "--" {
            break;
        }
        if let Some(rest) = w.strip_prefix("--") {
            let (name, inline) = match rest.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (rest, None),
            };
            let Some(spec) = long(name) else { continue };
            let value = match (spec.kind, inline) {
                (FlagKind::Bool, Some(v)) => bool_text(&v),
                (FlagKind::Bool, None) => "true".into(),
                (_, Some(v)) => v,
                (_, None) => {
                    i += 1;
                    words.get(i - 1).cloned().unwrap_or_default()
                }
            };
            if !is_global(&spec) {
                flags.push_str(&format!(" --{}={value}", spec.name));
            }
        } else if w.len() > 1 && w.starts_with('-') && !w[1..].chars().all(|c| c.is_ascii_digit()) {
            let body: Vec<char> = w[1..].chars().collect();
            let mut j = 0;
            while j < body.len() {
                let Some(spec) = short(body[j]) else { break };
                j += 1;
                let value = if spec.kind == FlagKind::Bool {
                    if body.get(j) == Some(&'=') {
                        let v: String = body[j + 1..].iter().collect();
                        j = body.len();
                        bool_text(&v)
                    } else {
                        "true".into()
                    }
                } else if j < body.len() {
                    let v: String = body[j..].iter().collect();
                    j = body.len();
                    v.strip_prefix('=').map(str::to_string).unwrap_or(v)
                } else {
                    i += 1;
                    words.get(i - 1).cloned().unwrap_or_default()
                };
                if !is_global(&spec) {
                    flags.push_str(&format!(" --{}={value}", spec.name));
                }
            }
        }
    }
    s.push_str(&flags);
    s
}

fn bool_text(v: &str) -> String {
    if matches!(v, "true" | "1" | "t" | "T" | "TRUE" | "True") {
        "true".into()
    } else {
        "false".into()
    }
}

/// Parses a Go duration (`time.ParseDuration`: `500ms`, `2s`, `1m30s`, `1h`; `0` alone) into
/// milliseconds, with Go's error text.
pub(crate) fn go_duration_ms(s: &str) -> Result<u64, String> {
    let invalid = || format!("time: invalid duration \"{s}\"");
    if s == "0" {
        return Ok(0);
    }
    let mut rest = s.strip_prefix('+').unwrap_or(s);
    if rest.starts_with('-') {
        // Negative timeouts mean "no timeout" in kubectl; treat as zero.
        rest = &rest[1..];
    }
    if rest.is_empty() {
        return Err(invalid());
    }
    let mut total = 0f64;
    while !rest.is_empty() {
        let num_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if num_end == 0 {
            return Err(invalid());
        }
        let num: f64 = rest[..num_end].parse().map_err(|_| invalid())?;
        rest = &rest[num_end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let unit = &rest[..unit_end];
        let factor = match unit {
            "ns" => 1e-6,
            "us" | "µs" | "μs" => 1e-3,
            "ms" => 1.0,
            "s" => 1e3,
            "m" => 6e4,
            "h" => 3.6e6,
            "" => return Err(format!("time: missing unit in duration \"{s}\"")),
            _ => return Err(format!("time: unknown unit \"{unit}\" in duration \"{s}\"")),
        };
        rest = &rest[unit_end..];
        total += num * factor;
    }
    if s.starts_with('-') {
        return Ok(0);
    }
    Ok(total.round() as u64)
}

/// `error: …\nSee 'kubectl <cmd> --help' for usage.` — kubectl's flag-error format.
pub(crate) fn usage_error(inv: &Invocation, msg: &str) -> Output {
    Output {
        stdout: String::new(),
        stderr: format!("error: {msg}\n{}\n", inv.usage_hint()),
        exit_code: 1,
    }
}

/// `error: …\nSee 'kubectl <cmd> -h' for help and examples` — cobra's argument-error format.
pub(crate) fn args_error(inv: &Invocation, msg: &str) -> Output {
    Output {
        stdout: String::new(),
        stderr: format!(
            "error: {msg}\nSee 'kubectl {} -h' for help and examples\n",
            inv.command
        ),
        exit_code: 1,
    }
}

// ---- help texts (kubectl v1.33.1) ----------------------------------------------------

const ROOT_HELP: &str = r##"kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  expose          Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service
  run             Run a particular image on the cluster
  set             Set specific features on objects

Basic Commands (Intermediate):
  explain         Get documentation for a resource
  get             Display one or many resources
  edit            Edit a resource on the server
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Deploy Commands:
  rollout         Manage the rollout of a resource
  scale           Set a new size for a deployment, replica set, or replication controller
  autoscale       Auto-scale a deployment, replica set, stateful set, or replication controller

Cluster Management Commands:
  certificate     Modify certificate resources
  cluster-info    Display cluster information
  top             Display resource (CPU/memory) usage
  cordon          Mark node as unschedulable
  uncordon        Mark node as schedulable
  drain           Drain node in preparation for maintenance
  taint           Update the taints on one or more nodes

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  attach          Attach to a running container
  exec            Execute a command in a container
  port-forward    Forward one or more local ports to a pod
  proxy           Run a proxy to the Kubernetes API server
  cp              Copy files and directories to and from containers
  auth            Inspect authorization
  debug           Create debugging sessions for troubleshooting workloads and nodes
  events          List events

Advanced Commands:
  diff            Diff the live version against a would-be applied version
  apply           Apply a configuration to a resource by file name or stdin
  patch           Update fields of a resource
  replace         Replace a resource by file name or stdin
  wait            Experimental: Wait for a specific condition on one or many resources
  kustomize       Build a kustomization target from a directory or URL

Settings Commands:
  label           Update the labels on a resource
  annotate        Update the annotations on a resource
  completion      Output shell completion code for the specified shell (bash, zsh, fish, or powershell)

Subcommands provided by plugins:

Other Commands:
  api-resources   Print the supported API resources on the server
  api-versions    Print the supported API versions on the server, in the form of "group/version"
  config          Modify kubeconfig files
  plugin          Provides utilities for interacting with plugins
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
"##;

const HELP: &[(&str, &str)] = &[
    (
        "rollout",
        r##"Manage the rollout of one or many resources.
        
 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets

Examples:
  # Rollback to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Check the rollout status of a daemonset
  kubectl rollout status daemonset/foo
  
  # Restart a deployment
  kubectl rollout restart deployment/abc
  
  # Restart deployments with the 'app=nginx' label
  kubectl rollout restart deployment --selector=app=nginx

Available Commands:
  history       View rollout history
  pause         Mark the provided resource as paused
  restart       Restart a resource
  resume        Resume a paused resource
  status        Show the status of the rollout
  undo          Undo a previous rollout

Usage:
  kubectl rollout SUBCOMMAND [options]

Use "kubectl rollout <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "set",
        r##"Configure application resources.

 These commands help you make changes to existing application resources.

Available Commands:
  env              Update environment variables on a pod template
  image            Update the image of a pod template
  resources        Update resource requests/limits on objects with pod templates
  selector         Set the selector on a resource
  serviceaccount   Update the service account of a resource
  subject          Update the user, group, or service account in a role binding or cluster role binding

Usage:
  kubectl set SUBCOMMAND [options]

Use "kubectl set <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "create",
        r##"Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.

Examples:
  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json
  
  # Create a pod based on the JSON passed into stdin
  cat pod.json | kubectl create -f -
  
  # Edit the data in registry.yaml in JSON then create the resource using the edited data
  kubectl create -f registry.yaml --edit -o json

Available Commands:
  clusterrole           Create a cluster role
  clusterrolebinding    Create a cluster role binding for a particular cluster role
  configmap             Create a config map from a local file, directory or literal value
  cronjob               Create a cron job with the specified name
  deployment            Create a deployment with the specified name
  ingress               Create an ingress with the specified name
  job                   Create a job with the specified name
  namespace             Create a namespace with the specified name
  poddisruptionbudget   Create a pod disruption budget with the specified name
  priorityclass         Create a priority class with the specified name
  quota                 Create a quota with the specified name
  role                  Create a role with single rule
  rolebinding           Create a role binding for a particular role or cluster role
  secret                Create a secret using a specified subcommand
  service               Create a service using a specified subcommand
  serviceaccount        Create a service account with the specified name
  token                 Request a service account token

Options:
    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    --edit=false:
	Edit the API resource before creating

    --field-manager='kubectl-create':
	Name of the manager used to track field ownership.

    -f, --filename=[]:
	Filename, directory, or URL to files to use to create the resource

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    --raw='':
	Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    --save-config=false:
	If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

    --validate='strict':
	Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.

    --windows-line-endings=false:
	Only relevant if --edit=true. Defaults to the line ending native to your platform.

Usage:
  kubectl create -f FILENAME [options]

Use "kubectl create <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "rollout status",
        r##"Show the status of the rollout.

 By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.

Examples:
  # Watch the rollout status of a deployment
  kubectl rollout status deployment/nginx

Options:
    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to get from a server.

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    --revision=0:
	Pin to a specific revision for showing its status. Defaults to 0 (last revision).

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --timeout=0s:
	The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).

    -w, --watch=true:
	Watch the status of the rollout until it's done.

Usage:
  kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "rollout history",
        r##"View previous rollout revisions and configurations.

Examples:
  # View the rollout history of a deployment
  kubectl rollout history deployment/abc
  
  # View the details of daemonset revision 3
  kubectl rollout history daemonset/abc --revision=3

Options:
    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to get from a server.

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    --revision=0:
	See the details, including podTemplate of the revision specified

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

Usage:
  kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "rollout undo",
        r##"Roll back to a previous rollout.

Examples:
  # Roll back to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Roll back to daemonset revision 3
  kubectl rollout undo daemonset/abc --to-revision=3
  
  # Roll back to the previous deployment with dry-run
  kubectl rollout undo --dry-run=server deployment/abc

Options:
    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to get from a server.

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

    --to-revision=0:
	The revision to rollback to. Default to 0 (last revision).

Usage:
  kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "rollout pause",
        r##"Mark the provided resource as paused.

 Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource. Currently only deployments support being paused.

Examples:
  # Mark the nginx deployment as paused
  # Any current state of the deployment will continue its function; new updates
  # to the deployment will not have an effect as long as the deployment is paused
  kubectl rollout pause deployment/nginx

Options:
    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --field-manager='kubectl-rollout':
	Name of the manager used to track field ownership.

    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to get from a server.

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

Usage:
  kubectl rollout pause RESOURCE [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "rollout resume",
        r##"Resume a paused resource.

 Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.

Examples:
  # Resume an already paused deployment
  kubectl rollout resume deployment/nginx

Options:
    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --field-manager='kubectl-rollout':
	Name of the manager used to track field ownership.

    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to get from a server.

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

Usage:
  kubectl rollout resume RESOURCE [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "rollout restart",
        r##"Restart a resource.

        Resource rollout will be restarted.

Examples:
  # Restart all deployments in the test-namespace namespace
  kubectl rollout restart deployment -n test-namespace
  
  # Restart a deployment
  kubectl rollout restart deployment/nginx
  
  # Restart a daemon set
  kubectl rollout restart daemonset/abc
  
  # Restart deployments with the app=nginx label
  kubectl rollout restart deployment --selector=app=nginx

Options:
    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --field-manager='kubectl-rollout':
	Name of the manager used to track field ownership.

    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to get from a server.

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

Usage:
  kubectl rollout restart RESOURCE [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "scale",
        r##"Set a new size for a deployment, replica set, replication controller, or stateful set.

 Scale also allows users to specify one or more preconditions for the scale action.

 If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.

Examples:
  # Scale a replica set named 'foo' to 3
  kubectl scale --replicas=3 rs/foo
  
  # Scale a resource identified by type and name specified in "foo.yaml" to 3
  kubectl scale --replicas=3 -f foo.yaml
  
  # If the deployment named mysql's current size is 2, scale mysql to 3
  kubectl scale --current-replicas=2 --replicas=3 deployment/mysql
  
  # Scale multiple replication controllers
  kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3
  
  # Scale stateful set named 'web' to 3
  kubectl scale --replicas=3 statefulset/web

Options:
    --all=false:
	Select all resources in the namespace of the specified resource types

    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --current-replicas=-1:
	Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.

    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to set a new size

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    --replicas=0:
	The new desired number of replicas. Required.

    --resource-version='':
	Precondition for resource version. Requires that the current resource version match this value in order to scale.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

    --timeout=0s:
	The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).

Usage:
  kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "set image",
        r##"Update existing container image(s) of resources.

 Possible resources include (case insensitive):

        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)

Examples:
  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1
  
  # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
  kubectl set image deployments,rc nginx=nginx:1.9.1 --all
  
  # Update image of all containers of daemonset abc to 'nginx:1.9.1'
  kubectl set image daemonset abc *=nginx:1.9.1
  
  # Print result (in yaml format) of updating nginx container image from local file, without hitting the server
  kubectl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml

Options:
    --all=false:
	Select all resources, in the namespace of the specified resource types

    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    --field-manager='kubectl-set':
	Name of the manager used to track field ownership.

    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to get from a server.

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    --local=false:
	If true, set image will NOT contact api-server but run locally.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

Usage:
  kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "set resources",
        r##"Specify compute resource requirements (CPU, memory) for any resource that defines a pod template.  If a pod is successfully scheduled, it is guaranteed the amount of resource requested, but may burst up to its specified limits.

 For each compute resource, if a limit is specified and a request is omitted, the request will default to the limit.

 Possible resources include (case insensitive): Use "kubectl api-resources" for a complete list of supported resources..

Examples:
  # Set a deployments nginx container cpu limits to "200m" and memory to "512Mi"
  kubectl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi
  
  # Set the resource request and limits for all containers in nginx
  kubectl set resources deployment nginx --limits=cpu=200m,memory=512Mi --requests=cpu=100m,memory=256Mi
  
  # Remove the resource requests for resources on containers in nginx
  kubectl set resources deployment nginx --limits=cpu=0,memory=0 --requests=cpu=0,memory=0
  
  # Print the result (in yaml format) of updating nginx container limits from a local, without hitting the server
  kubectl set resources -f path/to/file.yaml --limits=cpu=200m,memory=512Mi --local -o yaml

Options:
    --all=false:
	Select all resources, in the namespace of the specified resource types

    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    -c, --containers='*':
	The names of containers in the selected pod templates to change, all containers are selected by default - may use wildcards

    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    --field-manager='kubectl-set':
	Name of the manager used to track field ownership.

    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to get from a server.

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    --limits='':
	The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges.

    --local=false:
	If true, set resources will NOT contact api-server but run locally.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    --requests='':
	The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

Usage:
  kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "label",
        r##"Update the labels on a resource.

  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.

Examples:
  # Update pod 'foo' with the label 'unhealthy' and the value 'true'
  kubectl label pods foo unhealthy=true
  
  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
  kubectl label --overwrite pods foo status=unhealthy
  
  # Update all pods in the namespace
  kubectl label pods --all status=unhealthy
  
  # Update a pod identified by the type and name in "pod.json"
  kubectl label -f pod.json status=unhealthy
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl label pods foo status=unhealthy --resource-version=1
  
  # Update pod 'foo' by removing a label named 'bar' if it exists
  # Does not require the --overwrite flag
  kubectl label pods foo bar-

Options:
    --all=false:
	Select all resources, in the namespace of the specified resource types

    -A, --all-namespaces=false:
	If true, check the specified action in all namespaces.

    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    --field-manager='kubectl-label':
	Name of the manager used to track field ownership.

    --field-selector='':
	Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.

    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to update the labels

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    --list=false:
	If true, display the labels for a given resource.

    --local=false:
	If true, label will NOT contact api-server but run locally.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    --overwrite=false:
	If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    --resource-version='':
	If non-empty, the labels update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

Usage:
  kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "annotate",
        r##"Update the annotations on one or more resources.

 All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

 Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.

Use "kubectl api-resources" for a complete list of supported resources.

Examples:
  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'
  # If the same annotation is set multiple times, only the last value will be applied
  kubectl annotate pods foo description='my frontend'
  
  # Update a pod identified by type and name in "pod.json"
  kubectl annotate -f pod.json description='my frontend'
  
  # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
  kubectl annotate --overwrite pods foo description='my frontend running nginx'
  
  # Update all pods in the namespace
  kubectl annotate pods --all description='my frontend running nginx'
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl annotate pods foo description='my frontend running nginx' --resource-version=1
  
  # Update pod 'foo' by removing an annotation named 'description' if it exists
  # Does not require the --overwrite flag
  kubectl annotate pods foo description-

Options:
    --all=false:
	Select all resources, in the namespace of the specified resource types.

    -A, --all-namespaces=false:
	If true, check the specified action in all namespaces.

    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    --field-manager='kubectl-annotate':
	Name of the manager used to track field ownership.

    --field-selector='':
	Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.

    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to update the annotation

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    --list=false:
	If true, display the annotations for a given resource.

    --local=false:
	If true, annotation will NOT contact api-server but run locally.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    --overwrite=false:
	If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations.

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    --resource-version='':
	If non-empty, the annotation update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

Usage:
  kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "delete",
        r##"Delete resources by file names, stdin, resources and names, or by resources and label selector.

 JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.

 Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.

 IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.

 Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.

 After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run "kubectl api-resources" to refresh the discovery cache.

Examples:
  # Delete a pod using the type and name specified in pod.json
  kubectl delete -f ./pod.json
  
  # Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl delete -k dir
  
  # Delete resources from all files that end with '.json'
  kubectl delete -f '*.json'
  
  # Delete a pod based on the type and name in the JSON passed into stdin
  cat pod.json | kubectl delete -f -
  
  # Delete pods and services with same names "baz" and "foo"
  kubectl delete pod,service baz foo
  
  # Delete pods and services with label name=myLabel
  kubectl delete pods,services -l name=myLabel
  
  # Delete a pod with minimal delay
  kubectl delete pod foo --now
  
  # Force delete a pod on a dead node
  kubectl delete pod foo --force
  
  # Delete all pods
  kubectl delete pods --all
  
  # Delete all pods only if the user confirms the deletion
  kubectl delete pods --all --interactive

Options:
    --all=false:
	Delete all resources, in the namespace of the specified resource types.

    -A, --all-namespaces=false:
	If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.

    --cascade='background':
	Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.

    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    --field-selector='':
	Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.

    -f, --filename=[]:
	containing the resource to delete.

    --force=false:
	If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.

    --grace-period=-1:
	Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).

    --ignore-not-found=false:
	Treat "resource not found" as a successful delete. Defaults to "true" when --all is specified.

    -i, --interactive=false:
	If true, delete resource only when user confirms.

    -k, --kustomize='':
	Process a kustomization directory. This flag can't be used together with -f or -R.

    --now=false:
	If true, resources are signaled for immediate shutdown (same as --grace-period=1).

    -o, --output='':
	Output mode. Use "-o name" for shorter output (resource/name).

    --raw='':
	Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file.

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --timeout=0s:
	The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object

    --wait=true:
	If true, wait for resources to be gone before returning. This waits for finalizers.

Usage:
  kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "apply",
        r##"Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

 JSON and YAML formats are accepted.

 Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.

Examples:
  # Apply the configuration in pod.json to a pod
  kubectl apply -f ./pod.json
  
  # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl apply -k dir/
  
  # Apply the JSON passed into stdin to a pod
  cat pod.json | kubectl apply -f -
  
  # Apply the configuration from all files that end with '.json'
  kubectl apply -f '*.json'
  
  # Note: --prune is still in Alpha
  # Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx
  kubectl apply --prune -f manifest.yaml -l app=nginx
  
  # Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file
  kubectl apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap

Available Commands:
  edit-last-applied   Edit latest last-applied-configuration annotations of a resource/object
  set-last-applied    Set the last-applied-configuration annotation on a live object to match the contents of a file
  view-last-applied   View the latest last-applied-configuration annotations of a resource/object

Options:
    --all=false:
	Select all resources in the namespace of the specified resource types.

    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --cascade='background':
	Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.

    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    --field-manager='kubectl-client-side-apply':
	Name of the manager used to track field ownership.

    -f, --filename=[]:
	The files that contain the configurations to apply.

    --force=false:
	If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.

    --force-conflicts=false:
	If true, server-side apply will force the changes against conflicts.

    --grace-period=-1:
	Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).

    -k, --kustomize='':
	Process a kustomization directory. This flag can't be used together with -f or -R.

    --openapi-patch=true:
	If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    --overwrite=true:
	Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration

    --prune=false:
	Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.

    --prune-allowlist=[]:
	Overwrite the default allowlist with <group/version/kind> for --prune

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --server-side=false:
	If true, apply runs in the server instead of the client.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --subresource='':
	If specified, apply will operate on the subresource of the requested object.  Only allowed when using --server-side.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

    --timeout=0s:
	The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object

    --validate='strict':
	Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.

    --wait=false:
	If true, wait for resources to be gone before returning. This waits for finalizers.

Usage:
  kubectl apply (-f FILENAME | -k DIRECTORY) [options]

Use "kubectl apply <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "create deployment",
        r##"Create a deployment with the specified name.

Aliases:
deployment, deploy

Examples:
  # Create a deployment named my-dep that runs the busybox image
  kubectl create deployment my-dep --image=busybox
  
  # Create a deployment with a command
  kubectl create deployment my-dep --image=busybox -- date
  
  # Create a deployment named my-dep that runs the nginx image with 3 replicas
  kubectl create deployment my-dep --image=nginx --replicas=3
  
  # Create a deployment named my-dep that runs the busybox image and expose port 5701
  kubectl create deployment my-dep --image=busybox --port=5701
  
  # Create a deployment named my-dep that runs multiple containers
  kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx

Options:
    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    --field-manager='kubectl-create':
	Name of the manager used to track field ownership.

    --image=[]:
	Image names to run. A deployment can have multiple images set for multi-container pod.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    --port=-1:
	The containerPort that this deployment exposes.

    -r, --replicas=1:
	Number of replicas to create. Default is 1.

    --save-config=false:
	If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

    --validate='strict':
	Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.

Usage:
  kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "replace",
        r##"Replace a resource by file name or stdin.

 JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by

        $ kubectl get TYPE NAME -o yaml

Examples:
  # Replace a pod using the data in pod.json
  kubectl replace -f ./pod.json
  
  # Replace a pod based on the JSON passed into stdin
  cat pod.json | kubectl replace -f -
  
  # Update a single-container pod's image version (tag) to v4
  kubectl get pod mypod -o yaml | sed 's/\(image: myimage\):.*$/\1:v4/' | kubectl replace -f -
  
  # Force replace, delete and then re-create the resource
  kubectl replace --force -f ./pod.json

Options:
    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --cascade='background':
	Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.

    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    --field-manager='kubectl-replace':
	Name of the manager used to track field ownership.

    -f, --filename=[]:
	The files that contain the configurations to replace.

    --force=false:
	If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.

    --grace-period=-1:
	Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).

    -k, --kustomize='':
	Process a kustomization directory. This flag can't be used together with -f or -R.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    --raw='':
	Raw URI to PUT to the server.  Uses the transport specified by the kubeconfig file.

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    --save-config=false:
	If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --subresource='':
	If specified, replace will operate on the subresource of the requested object.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

    --timeout=0s:
	The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object

    --validate='strict':
	Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.

    --wait=false:
	If true, wait for resources to be gone before returning. This waits for finalizers.

Usage:
  kubectl replace -f FILENAME [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "version",
        r##"Print the client and server version information for the current context.

Examples:
  # Print the client and server versions for the current context
  kubectl version

Options:
    --client=false:
	If true, shows client version only (no server required).

    -o, --output='':
	One of 'yaml' or 'json'.

Usage:
  kubectl version [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "api-resources",
        r##"Print the supported API resources on the server.

Examples:
  # Print the supported API resources
  kubectl api-resources
  
  # Print the supported API resources with more information
  kubectl api-resources -o wide
  
  # Print the supported API resources sorted by a column
  kubectl api-resources --sort-by=name
  
  # Print the supported namespaced resources
  kubectl api-resources --namespaced=true
  
  # Print the supported non-namespaced resources
  kubectl api-resources --namespaced=false
  
  # Print the supported API resources with a specific APIGroup
  kubectl api-resources --api-group=rbac.authorization.k8s.io

Options:
    --api-group='':
	Limit to resources in the specified API group.

    --cached=false:
	Use the cached list of resources if available.

    --categories=[]:
	Limit to resources that belong to the specified categories.

    --namespaced=true:
	If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.

    --no-headers=false:
	When using the default or custom-column output format, don't print headers (default print headers).

    -o, --output='':
	Output format. One of: (wide, name).

    --sort-by='':
	If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.

    --verbs=[]:
	Limit to resources that support the specified verbs.

Usage:
  kubectl api-resources [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "explain",
        r##"Describe fields and structure of various resources.

 This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:

        <type>.<fieldName>[.<fieldName>]
        
 Information about each field is retrieved from the server in OpenAPI format.

Use "kubectl api-resources" for a complete list of supported resources.

Examples:
  # Get the documentation of the resource and its fields
  kubectl explain pods
  
  # Get all the fields in the resource
  kubectl explain pods --recursive
  
  # Get the explanation for deployment in supported api versions
  kubectl explain deployments --api-version=apps/v1
  
  # Get the documentation of a specific field of a resource
  kubectl explain pods.spec.containers
  
  # Get the documentation of resources in different format
  kubectl explain deployment --output=plaintext-openapiv2

Options:
    --api-version='':
	Get different explanations for particular API version (API group/version)

    --output='plaintext':
	Format in which to render the schema (plaintext, plaintext-openapiv2)

    --recursive=false:
	Print the fields of fields (Currently only 1 level deep)

Usage:
  kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "edit",
        r##"Edit a resource from the default editor.

 The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows. When attempting to open the editor, it will first attempt to use the shell that has been defined in the 'SHELL' environment variable. If this is not defined, the default shell will be used, which is '/bin/bash' for Linux or 'cmd' for Windows.

 You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.

 Editing is done with the API version used to fetch the resource. To edit using a specific API version, fully-qualify the resource, version, and group.

 The default format is YAML. To edit in JSON, specify "-o json".

 The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.

 In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.

Examples:
  # Edit the service named 'registry'
  kubectl edit svc/registry
  
  # Use an alternative editor
  KUBE_EDITOR="nano" kubectl edit svc/registry
  
  # Edit the job 'myjob' in JSON using the v1 API format
  kubectl edit job.v1.batch/myjob -o json
  
  # Edit the deployment 'mydeployment' in YAML and save the modified config in its annotation
  kubectl edit deployment/mydeployment -o yaml --save-config
  
  # Edit the 'status' subresource for the 'mydeployment' deployment
  kubectl edit deployment mydeployment --subresource='status'

Options:
    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --field-manager='kubectl-edit':
	Name of the manager used to track field ownership.

    -f, --filename=[]:
	Filename, directory, or URL to files to use to edit the resource

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    --output-patch=false:
	Output the patch if the resource is edited.

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    --save-config=false:
	If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --subresource='':
	If specified, edit will operate on the subresource of the requested object.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

    --validate='strict':
	Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.

    --windows-line-endings=false:
	Defaults to the line ending native to your platform.

Usage:
  kubectl edit (RESOURCE/NAME | -f FILENAME) [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "cluster-info",
        r##"Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.

Examples:
  # Print the address of the control plane and cluster services
  kubectl cluster-info

Available Commands:
  dump          Dump relevant information for debugging and diagnosis

Usage:
  kubectl cluster-info [flags] [options]

Use "kubectl cluster-info <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "get",
        r##"Display one or many resources.

 Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.

 By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.

Use "kubectl api-resources" for a complete list of supported resources.

Examples:
  # List all pods in ps output format
  kubectl get pods
  
  # List all pods in ps output format with more information (such as node name)
  kubectl get pods -o wide
  
  # List a single replication controller with specified NAME in ps output format
  kubectl get replicationcontroller web
  
  # List deployments in JSON output format, in the "v1" version of the "apps" API group
  kubectl get deployments.v1.apps -o json
  
  # List a single pod in JSON output format
  kubectl get -o json pod web-pod-13je7
  
  # List a pod identified by type and name specified in "pod.yaml" in JSON output format
  kubectl get -f pod.yaml -o json
  
  # List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl get -k dir/
  
  # Return only the phase value of the specified pod
  kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}
  
  # List resource information in custom columns
  kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image
  
  # List all replication controllers and services together in ps output format
  kubectl get rc,services
  
  # List one or more resources by their type and names
  kubectl get rc/web service/frontend pods/web-pod-13je7
  
  # List the 'status' subresource for a single pod
  kubectl get pod web-pod-13je7 --subresource status
  
  # List all deployments in namespace 'backend'
  kubectl get deployments.apps --namespace backend
  
  # List all pods existing in all namespaces
  kubectl get pods --all-namespaces

Options:
    -A, --all-namespaces=false:
	If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.

    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --chunk-size=500:
	Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.

    --field-selector='':
	Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.

    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to get from a server.

    --ignore-not-found=false:
	If the requested object does not exist the command will return exit code 0.

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    -L, --label-columns=[]:
	Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...

    --no-headers=false:
	When using the default or custom-column output format, don't print headers (default print headers).

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].

    --output-watch-events=false:
	Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.

    --raw='':
	Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --server-print=true:
	If true, have the server return the appropriate table output. Supports extension APIs and CRDs.

    --show-kind=false:
	If present, list the resource type for the requested object(s).

    --show-labels=false:
	When printing, show all labels as the last column (default hide labels column)

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --sort-by='':
	If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.

    --subresource='':
	If specified, gets the subresource of the requested object.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

    -w, --watch=false:
	After listing/getting the requested object, watch for changes.

    --watch-only=false:
	Watch for changes to the requested object(s), without listing/getting first.

Usage:
  kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "describe",
        r##"Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ kubectl describe TYPE NAME_PREFIX
        
 will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.

Use "kubectl api-resources" for a complete list of supported resources.

Examples:
  # Describe a node
  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal
  
  # Describe a pod
  kubectl describe pods/nginx
  
  # Describe a pod identified by type and name in "pod.json"
  kubectl describe -f pod.json
  
  # Describe all pods
  kubectl describe pods
  
  # Describe pods by label name=myLabel
  kubectl describe pods -l name=myLabel
  
  # Describe all pods managed by the 'frontend' replication controller
  # (rc-created pods get the name of the rc as a prefix in the pod name)
  kubectl describe pods frontend

Options:
    -A, --all-namespaces=false:
	If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.

    --chunk-size=500:
	Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.

    -f, --filename=[]:
	Filename, directory, or URL to files containing the resource to describe

    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.

    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.

    --show-events=true:
	If true, display events related to the described object.

Usage:
  kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
    (
        "events",
        r##"Display events.

 Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.

Examples:
  # List recent events in the default namespace
  kubectl events
  
  # List recent events in all namespaces
  kubectl events --all-namespaces
  
  # List recent events for the specified pod, then wait for more events and list them as they arrive
  kubectl events --for pod/web-pod-13je7 --watch
  
  # List recent events in YAML format
  kubectl events -oyaml
  
  # List recent only events of type 'Warning' or 'Normal'
  kubectl events --types=Warning,Normal

Options:
    -A, --all-namespaces=false:
	If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.

    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --chunk-size=500:
	Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.

    --for='':
	Filter events to only those pertaining to the specified resource.

    --no-headers=false:
	When using the default output format, don't print headers.

    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.

    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

    --types=[]:
	Output only events of given types.

    -w, --watch=false:
	After listing the requested events, watch for more events.

Usage:
  kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
"##,
    ),
];
