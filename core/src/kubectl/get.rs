//! `kubectl get` (tables, `-o wide|yaml|json|name|jsonpath|custom-columns`, `--show-labels`,
//! `-L`, `-l`, `--field-selector`, `--sort-by`, `--no-headers`, `-A`) and `kubectl events`.
//!
//! The flow follows kubectl's `get.go` and cli-runtime's resource builder:
//! - argument errors first (missing type, `--show-labels` with a non-table printer, names
//!   with a selector or with `-A`, unknown types);
//! - then one "info" per list request (even an empty one) or per object fetched by name;
//!   NotFound errors are collected and printed after the output;
//! - tables: one per resource type (blank line between), `kind.group/name` prefixes when the
//!   infos span several kinds, `No resources found in NS namespace.` when nothing printed;
//! - other formats: a `List` unless exactly one object was named.
//!
//! Table rows are what the API server's table printer computes (the oracle's fake API server
//! has no server-side tables, so those columns follow K8S-SPEC §15.2 and the upstream
//! printers); `-o yaml|json|name|jsonpath`, `kubectl events` and every error text were
//! checked against the real kubectl 1.33 (see `tests/kubectl_get.rs`).

use std::collections::BTreeMap;

use super::args::{FlagKind, FlagSpec, flag};
use super::printers::table::{self, NamespaceRow, PrintOptions, Table};
use super::printers::{self, OutputFormat, go_sort, gosort};
use super::resources::{self, Resource};
use super::tabwriter::TABLE;
use super::{Command, Invocation, Output, Target, parse_targets};
use crate::cluster::Cluster;
use crate::model::event::Event;
use crate::model::selector::Selector;
use crate::model::{Deployment, Kind, Node, Pod, ReplicaSet, ToValue};
use crate::time::{Epoch, SimTime};
use crate::value::{Value, obj};

const GET_FLAGS: &[FlagSpec] = &[
    flag("output", Some('o'), FlagKind::String),
    flag("selector", Some('l'), FlagKind::String),
    flag("field-selector", None, FlagKind::String),
    flag("all-namespaces", Some('A'), FlagKind::Bool),
    flag("show-labels", None, FlagKind::Bool),
    flag("no-headers", None, FlagKind::Bool),
    flag("sort-by", None, FlagKind::String),
    flag("label-columns", Some('L'), FlagKind::StringArray),
    flag("show-kind", None, FlagKind::Bool),
    flag("watch", Some('w'), FlagKind::Bool),
    flag("watch-only", None, FlagKind::Bool),
    flag("output-watch-events", None, FlagKind::Bool),
    flag("ignore-not-found", None, FlagKind::Bool),
    flag("chunk-size", None, FlagKind::Int),
    flag("raw", None, FlagKind::String),
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
    flag("server-print", None, FlagKind::Bool),
    flag("subresource", None, FlagKind::String),
    flag("use-openapi-print-columns", None, FlagKind::Bool),
];

const EVENTS_FLAGS: &[FlagSpec] = &[
    flag("output", Some('o'), FlagKind::String),
    flag("for", None, FlagKind::String),
    flag("types", None, FlagKind::StringArray),
    flag("all-namespaces", Some('A'), FlagKind::Bool),
    flag("watch", Some('w'), FlagKind::Bool),
    flag("no-headers", None, FlagKind::Bool),
    flag("chunk-size", None, FlagKind::Int),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
];

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![
        Command {
            path: "get",
            flags: GET_FLAGS,
            run: run_get,
            short: "Display one or many resources",
        },
        Command {
            path: "events",
            flags: EVENTS_FLAGS,
            run: run_events,
            short: "List events",
        },
    ]
}

// ---- objects ------------------------------------------------------------------------------

/// The four namespaces every cluster has (all created at virtual time 0).
pub const NAMESPACES: [&str; 4] = ["default", "kube-node-lease", "kube-public", "kube-system"];

fn namespace_rows() -> Vec<NamespaceRow> {
    NAMESPACES
        .iter()
        .map(|n| NamespaceRow {
            name: n.to_string(),
            phase: "Active".into(),
            created: SimTime::ZERO,
            labels: [("kubernetes.io/metadata.name".to_string(), n.to_string())]
                .into_iter()
                .collect(),
        })
        .collect()
}

/// A namespace as the API server returns it.
pub fn namespace_value(name: &str, epoch: Epoch) -> Value {
    // Deterministic uid and resourceVersion derived from the name.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let lo = h.rotate_left(29) ^ 0x9e37_79b9_7f4a_7c15;
    // A version-4 shaped UUID, like the API server's.
    let hi = (h & 0xffff_ffff_ffff_0fff) | 0x4000;
    let lo = (lo & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    let hex = format!("{hi:016x}{lo:016x}");
    let uid = format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    );
    let rv = NAMESPACES
        .iter()
        .position(|n| *n == name)
        .map_or(1, |i| [16, 27, 11, 4][i]);
    obj([
        ("apiVersion", Value::from("v1")),
        ("kind", Value::from("Namespace")),
        (
            "metadata",
            obj([
                (
                    "creationTimestamp",
                    Value::from(epoch.rfc3339(SimTime::ZERO)),
                ),
                (
                    "labels",
                    obj([("kubernetes.io/metadata.name", Value::from(name))]),
                ),
                ("name", Value::from(name)),
                ("resourceVersion", Value::from(rv.to_string())),
                ("uid", Value::from(uid)),
            ]),
        ),
        (
            "spec",
            obj([("finalizers", Value::Array(vec![Value::from("kubernetes")]))]),
        ),
        ("status", obj([("phase", Value::from("Active"))])),
    ])
}

/// An event as the API server returns it: `eventTime` is a non-omitempty `MicroTime`, so it
/// is always there (`eventTime: null`). (`Event::to_value` builds it with `obj()`, which drops
/// nulls.)
pub fn api_event_value(e: &Event, epoch: Epoch) -> Value {
    let mut v = e.to_value(epoch);
    if v.get("eventTime").is_none() {
        v.set("eventTime", Value::Null);
    }
    v
}

/// A pod as the API server returns it: every condition has `lastProbeTime` (`null` when
/// unset; `Pod::to_value` drops the nulls).
pub fn api_pod_value(mut v: Value) -> Value {
    if let Some(Value::Array(conds)) = v.get_mut("status").and_then(|s| s.get_mut("conditions")) {
        for c in conds.iter_mut() {
            if c.get("lastProbeTime").is_none() {
                c.set("lastProbeTime", Value::Null);
            }
        }
    }
    v
}

/// One object `get` found.
#[derive(Clone, Debug)]
enum Obj<'a> {
    Deploy(&'a Deployment),
    Rs(&'a ReplicaSet),
    Pod(&'a Pod),
    Node(&'a Node),
    Event(&'a Event),
    Hpa(&'a crate::model::HorizontalPodAutoscaler),
    Svc(&'a crate::model::Service),
    Ns(NamespaceRow),
}

impl Obj<'_> {
    fn name(&self) -> &str {
        match self {
            Obj::Deploy(o) => &o.meta.name,
            Obj::Rs(o) => &o.meta.name,
            Obj::Pod(o) => &o.meta.name,
            Obj::Node(o) => &o.meta.name,
            Obj::Event(o) => &o.meta.name,
            Obj::Hpa(o) => &o.meta.name,
            Obj::Svc(o) => &o.meta.name,
            Obj::Ns(o) => &o.name,
        }
    }

    fn namespace(&self) -> &str {
        match self {
            Obj::Deploy(o) => &o.meta.namespace,
            Obj::Rs(o) => &o.meta.namespace,
            Obj::Pod(o) => &o.meta.namespace,
            Obj::Node(_) | Obj::Ns(_) => "",
            Obj::Event(o) => &o.meta.namespace,
            Obj::Hpa(o) => &o.meta.namespace,
            Obj::Svc(o) => &o.meta.namespace,
        }
    }

    fn labels(&self) -> &BTreeMap<String, String> {
        match self {
            Obj::Deploy(o) => &o.meta.labels,
            Obj::Rs(o) => &o.meta.labels,
            Obj::Pod(o) => &o.meta.labels,
            Obj::Node(o) => &o.meta.labels,
            Obj::Event(o) => &o.meta.labels,
            Obj::Hpa(o) => &o.meta.labels,
            Obj::Svc(o) => &o.meta.labels,
            Obj::Ns(o) => &o.labels,
        }
    }

    fn value(&self, epoch: Epoch) -> Value {
        match self {
            Obj::Deploy(o) => o.to_value(epoch),
            Obj::Rs(o) => o.to_value(epoch),
            Obj::Pod(o) => api_pod_value(o.to_value(epoch)),
            Obj::Node(o) => o.to_value(epoch),
            Obj::Event(o) => api_event_value(o, epoch),
            Obj::Hpa(o) => o.to_value(epoch),
            Obj::Svc(o) => o.to_value(epoch),
            Obj::Ns(o) => namespace_value(&o.name, epoch),
        }
    }

    /// The value of a field selector key, `None` if the server does not support it.
    fn field(&self, key: &str) -> Option<String> {
        match key {
            "metadata.name" => return Some(self.name().to_string()),
            "metadata.namespace" => return Some(self.namespace().to_string()),
            _ => {}
        }
        match self {
            Obj::Pod(p) => {
                let spec = |k: &str| {
                    p.spec
                        .get(k)
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string()
                };
                Some(match key {
                    "spec.nodeName" => p.node_name.clone().unwrap_or_default(),
                    "spec.restartPolicy" => spec("restartPolicy"),
                    "spec.schedulerName" => spec("schedulerName"),
                    "spec.serviceAccountName" => spec("serviceAccountName"),
                    "spec.hostNetwork" => p
                        .spec
                        .get("hostNetwork")
                        .and_then(Value::as_bool)
                        .unwrap_or(false)
                        .to_string(),
                    "status.phase" => p.status.phase.as_str().to_string(),
                    "status.podIP" => p.status.pod_ip.clone().unwrap_or_default(),
                    "status.nominatedNodeName" => String::new(),
                    _ => return None,
                })
            }
            Obj::Event(e) => Some(match key {
                "involvedObject.kind" => e.involved.kind.clone(),
                "involvedObject.namespace" => e.involved.namespace.clone(),
                "involvedObject.name" => e.involved.name.clone(),
                "involvedObject.uid" => e.involved.uid.clone(),
                "involvedObject.apiVersion" => e.involved.api_version.clone(),
                "involvedObject.resourceVersion" => String::new(),
                "involvedObject.fieldPath" => e.involved.field_path.clone().unwrap_or_default(),
                "reason" => e.reason.clone(),
                "reportingComponent" => e.source_component.clone(),
                "source" => e.source_component.clone(),
                "type" => e.type_.clone(),
                _ => return None,
            }),
            Obj::Node(n) if key == "spec.unschedulable" => Some(n.unschedulable().to_string()),
            Obj::Rs(r) if key == "status.replicas" => Some(r.status.replicas.to_string()),
            Obj::Ns(n) if key == "status.phase" => Some(n.phase.clone()),
            _ => None,
        }
    }
}

/// Whether the API server supports a field selector key for a type.
fn field_supported(r: Resource, key: &str) -> bool {
    if matches!(key, "metadata.name" | "metadata.namespace") {
        return true;
    }
    match r {
        Resource::Kind(Kind::Pod) => matches!(
            key,
            "spec.nodeName"
                | "spec.restartPolicy"
                | "spec.schedulerName"
                | "spec.serviceAccountName"
                | "spec.hostNetwork"
                | "status.phase"
                | "status.podIP"
                | "status.nominatedNodeName"
        ),
        Resource::Kind(Kind::HorizontalPodAutoscaler) => false,
        Resource::Kind(Kind::Service) => false,
        Resource::Kind(Kind::Event) => matches!(
            key,
            "involvedObject.kind"
                | "involvedObject.namespace"
                | "involvedObject.name"
                | "involvedObject.uid"
                | "involvedObject.apiVersion"
                | "involvedObject.resourceVersion"
                | "involvedObject.fieldPath"
                | "reason"
                | "reportingComponent"
                | "source"
                | "type"
        ),
        Resource::Kind(Kind::Node) => key == "spec.unschedulable",
        Resource::Kind(Kind::ReplicaSet) => key == "status.replicas",
        Resource::Namespace => key == "status.phase",
        Resource::Kind(Kind::Deployment) => false,
    }
}

/// A field selector term.
struct FieldTerm {
    key: String,
    value: String,
    equal: bool,
}

fn parse_field_selector(s: &str) -> Result<Vec<FieldTerm>, String> {
    let mut out = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, value, equal) = if let Some((k, v)) = part.split_once("!=") {
            (k, v, false)
        } else if let Some((k, v)) = part.split_once("==") {
            (k, v, true)
        } else if let Some((k, v)) = part.split_once('=') {
            (k, v, true)
        } else {
            return Err(format!(
                "invalid selector: '{s}'; can't understand '{part}'"
            ));
        };
        out.push(FieldTerm {
            key: key.trim().to_string(),
            value: value.trim().to_string(),
            equal,
        });
    }
    Ok(out)
}

/// The `group/version, Resource=plural` form kubectl quotes in list errors.
fn gvr_string(r: Resource) -> String {
    match r {
        Resource::Kind(k) => {
            let (group, version) = match k.api_version().split_once('/') {
                Some((g, v)) => (g, v),
                None => ("", k.api_version()),
            };
            format!("{group}/{version}, Resource={}", k.resource())
        }
        Resource::Namespace => "/v1, Resource=namespaces".into(),
    }
}

/// Lists every object of a type in a namespace (`None` = all namespaces), in API order.
fn list_all<'a>(cluster: &'a Cluster, r: Resource, ns: Option<&str>) -> Vec<Obj<'a>> {
    let store = cluster.store();
    let in_ns = |o_ns: &str| ns.is_none_or(|n| n == o_ns);
    match r {
        Resource::Kind(Kind::Deployment) => store
            .deployments
            .values()
            .filter(|d| in_ns(&d.meta.namespace))
            .map(Obj::Deploy)
            .collect(),
        Resource::Kind(Kind::ReplicaSet) => store
            .replicasets
            .values()
            .filter(|d| in_ns(&d.meta.namespace))
            .map(Obj::Rs)
            .collect(),
        Resource::Kind(Kind::Pod) => store
            .pods
            .values()
            .filter(|d| in_ns(&d.meta.namespace))
            .map(Obj::Pod)
            .collect(),
        Resource::Kind(Kind::Node) => store.nodes.values().map(Obj::Node).collect(),
        Resource::Kind(Kind::Event) => cluster
            .events()
            .all()
            .filter(|e| in_ns(&e.meta.namespace))
            .map(Obj::Event)
            .collect(),
        Resource::Kind(Kind::HorizontalPodAutoscaler) => store
            .hpas
            .values()
            .filter(|d| in_ns(&d.meta.namespace))
            .map(Obj::Hpa)
            .collect(),
        Resource::Kind(Kind::Service) => store
            .services
            .values()
            .filter(|d| in_ns(&d.meta.namespace))
            .map(Obj::Svc)
            .collect(),
        Resource::Namespace => namespace_rows().into_iter().map(Obj::Ns).collect(),
    }
}

fn get_one<'a>(cluster: &'a Cluster, r: Resource, ns: &str, name: &str) -> Option<Obj<'a>> {
    let ns = if r.namespaced() { Some(ns) } else { None };
    list_all(cluster, r, ns)
        .into_iter()
        .find(|o| o.name() == name)
}

/// What one request returned: a list (possibly empty) or one named object.
struct Info<'a> {
    resource: Resource,
    objects: Vec<Obj<'a>>,
}

// ---- argument handling ----------------------------------------------------------------------

/// kubectl's `CheckErr`: `error: ` prefix unless present, a newline only if missing.
fn fatal(msg: &str) -> Output {
    let mut line = if msg.starts_with("error: ") {
        msg.to_string()
    } else {
        format!("error: {msg}")
    };
    if !line.ends_with('\n') {
        line.push('\n');
    }
    Output {
        stdout: String::new(),
        stderr: line,
        exit_code: 1,
    }
}

/// The missing-type message of `kubectl get`.
fn missing_type() -> Output {
    Output {
        stdout: String::new(),
        stderr: "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples\n".into(),
        exit_code: 1,
    }
}

/// One thing to fetch: a type (listed) or a named object, maybe in a given namespace.
#[derive(Clone, Debug, PartialEq, Eq)]
struct GetTarget {
    resource: Resource,
    name: Option<String>,
    namespace: Option<String>,
}

/// Resolves the positional arguments into (targets, any-names, single-item-implied).
fn resolve_args(args: &[String]) -> Result<(Vec<GetTarget>, bool, bool, bool), String> {
    let tuples = args.iter().any(|a| a.contains('/'));
    if tuples {
        let t: Vec<GetTarget> = parse_targets(args)?
            .into_iter()
            .map(|t: Target| GetTarget {
                resource: t.resource,
                name: t.name,
                namespace: None,
            })
            .collect();
        let single = t.len() == 1;
        return Ok((t, true, single, true));
    }
    // `all` expands to the kinds of the "all" category the playground has, in discovery
    // order (pods, services, deployments, replicasets, horizontalpodautoscalers).
    let mut types: Vec<Resource> = Vec::new();
    let parts: Vec<&str> = args[0].split(',').filter(|t| !t.is_empty()).collect();
    for t in &parts {
        if t.eq_ignore_ascii_case("all") {
            types.extend([
                Resource::Kind(Kind::Pod),
                Resource::Kind(Kind::Service),
                Resource::Kind(Kind::Deployment),
                Resource::Kind(Kind::ReplicaSet),
                Resource::Kind(Kind::HorizontalPodAutoscaler),
            ]);
        } else {
            types.push(
                resources::resolve(t)
                    .ok_or_else(|| format!("the server doesn't have a resource type \"{t}\""))?,
            );
        }
    }
    let names = &args[1..];
    if names.is_empty() {
        return Ok((
            types
                .into_iter()
                .map(|r| GetTarget {
                    resource: r,
                    name: None,
                    namespace: None,
                })
                .collect(),
            false,
            false,
            false,
        ));
    }
    if parts.len() == 1 && parts[0].eq_ignore_ascii_case("all") {
        return Err("you must specify only one resource".into());
    }
    let mut out = Vec::new();
    for r in &types {
        for n in names {
            out.push(GetTarget {
                resource: *r,
                name: Some(n.clone()),
                namespace: None,
            });
        }
    }
    let single = names.len() == 1 && types.len() == 1;
    // Several types with names become TYPE/NAME tuples in kubectl.
    Ok((out, true, single, types.len() > 1))
}

/// `get -f FILE`: the objects a manifest names (namespace as written or `-n`).
fn file_targets(cluster: &Cluster, files: &[String]) -> Result<Vec<GetTarget>, Output> {
    let mut out = Vec::new();
    for name in files {
        let Some(text) = cluster.file(name) else {
            return Err(Output::error(format!("the path \"{name}\" does not exist")));
        };
        let docs = crate::manifest::parse(text, crate::manifest::yaml::YamlLimits::default())
            .map_err(|e| {
                Output::error(format!(
                    "error parsing {name}: {}",
                    e.diagnostics()
                        .first()
                        .map(|d| d.message.clone())
                        .unwrap_or_default()
                ))
            })?;
        for d in docs {
            let d = d.map_err(|e| {
                Output::error(format!(
                    "error parsing {name}: {}",
                    e.diagnostics()
                        .first()
                        .map(|d| d.message.clone())
                        .unwrap_or_default()
                ))
            })?;
            out.push(GetTarget {
                resource: Resource::Kind(d.kind),
                name: Some(d.name.clone()),
                namespace: d.namespace.clone(),
            });
        }
    }
    Ok(out)
}

// ---- kubectl get ----------------------------------------------------------------------------

fn run_get(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let cluster: &Cluster = cluster;
    let f = &inv.flags;
    let format = match OutputFormat::parse(f.get("output")) {
        Ok(fm) => fm,
        Err(e) => return Output::error(e),
    };
    let files: Vec<String> = f
        .all("filename")
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect();
    if inv.args.is_empty() && files.is_empty() {
        return missing_type();
    }
    if !inv.args.is_empty() && !files.is_empty() {
        return Output::error(
            "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well",
        );
    }
    if f.bool("show-labels", false) && !format.is_human() {
        return Output::error(format!(
            "--show-labels option cannot be used with {} printer",
            format.printer_name()
        ));
    }
    if f.has("raw") {
        return Output::error("arguments may not be passed when --raw is specified");
    }
    let all_ns = f.bool("all-namespaces", false);
    let label_sel = f.get("selector").map(str::trim).filter(|s| !s.is_empty());
    let field_sel = f
        .get("field-selector")
        .map(str::trim)
        .filter(|s| !s.is_empty());

    let (targets, named, single, tuples) = if files.is_empty() {
        match resolve_args(&inv.args) {
            Ok(t) => t,
            Err(e) => return Output::error(e),
        }
    } else {
        match file_targets(cluster, &files) {
            Ok(t) => {
                let single = t.len() == 1;
                (t, true, single, true)
            }
            Err(e) => return e,
        }
    };
    if label_sel.is_some() || field_sel.is_some() {
        if named && tuples {
            return Output::error(
                "selectors and the all flag cannot be used when passing resource/name arguments",
            );
        }
        if named {
            return Output::error("name cannot be provided when a selector is specified");
        }
    }
    if named && all_ns && targets.iter().any(|t| t.resource.namespaced()) {
        return Output::error("a resource cannot be retrieved by name across all namespaces");
    }
    let selector = match label_sel.map(Selector::parse).transpose() {
        Ok(s) => s,
        Err(e) => return Output::error(format!("unable to parse requirement: {e}")),
    };
    let fields = match field_sel.map(parse_field_selector).transpose() {
        Ok(s) => s.unwrap_or_default(),
        Err(e) => return Output::error(e),
    };

    // Fetch.
    let ns = inv.namespace.as_str();
    let mut infos: Vec<Info> = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    let ignore_nf = f.bool("ignore-not-found", false);
    for t in &targets {
        match &t.name {
            Some(name) => match get_one(
                cluster,
                t.resource,
                t.namespace.as_deref().unwrap_or(ns),
                name,
            ) {
                Some(o) => infos.push(Info {
                    resource: t.resource,
                    objects: vec![o],
                }),
                None => {
                    if !ignore_nf {
                        errors.push(format!(
                            "Error from server (NotFound): {} \"{name}\" not found",
                            t.resource.qualified()
                        ));
                    }
                }
            },
            None => {
                let list_ns = if all_ns || !t.resource.namespaced() {
                    None
                } else {
                    Some(ns)
                };
                let mut objects = list_all(cluster, t.resource, list_ns);
                if let Some(sel) = &selector {
                    objects.retain(|o| sel.matches(o.labels()));
                }
                let unsupported = fields
                    .iter()
                    .find(|term| !field_supported(t.resource, &term.key))
                    .map(|term| term.key.clone());
                for term in &fields {
                    objects.retain(|o| {
                        o.field(&term.key)
                            .is_some_and(|v| (v == term.value) == term.equal)
                    });
                }
                if let Some(key) = unsupported {
                    errors.push(format!(
                        "Error from server (BadRequest): Unable to find \"{}\" that match label selector \"{}\", field selector \"{}\": field label not supported: {key}",
                        gvr_string(t.resource),
                        label_sel.unwrap_or(""),
                        field_sel.unwrap_or("")
                    ));
                    continue;
                }
                infos.push(Info {
                    resource: t.resource,
                    objects,
                });
            }
        }
    }

    let profile = cluster.config().profile;
    let epoch = cluster.config().epoch;
    let now = cluster.now();
    let sort_field = f.get("sort-by").filter(|s| !s.is_empty());

    if !format.is_human() {
        return print_generic(
            infos,
            errors,
            single,
            &format,
            f.bool("no-headers", false),
            sort_field,
            profile,
            epoch,
            now,
        );
    }

    // Human-readable tables.
    if let Some(field) = sort_field.filter(|_| infos.len() >= 2) {
        // kubectl's RuntimeSorter first sorts the fetched Table objects themselves (they are
        // unstructured, not `*metav1.Table`, when they reach it), so the field must exist on
        // a Table; it rarely does.
        let table_obj = obj([
            ("apiVersion", Value::from("meta.k8s.io/v1")),
            ("kind", Value::from("Table")),
            (
                "metadata",
                obj([(
                    "resourceVersion",
                    Value::from(cluster.store().resource_version.to_string()),
                )]),
            ),
        ]);
        let probes: Vec<Value> = infos.iter().map(|_| table_obj.clone()).collect();
        let mut order: Vec<usize> = (0..infos.len()).collect();
        if let Err(e) = printers::sort_by(&mut order, &probes, field, profile, 1, false) {
            return Output {
                stdout: String::new(),
                stderr: e.stderr(epoch, now),
                exit_code: 1,
            };
        }
    }
    let wide = format == OutputFormat::Wide;
    let with_kind = f.bool("show-kind", false) || {
        let mut kinds: Vec<Resource> = infos.iter().map(|i| i.resource).collect();
        kinds.dedup();
        infos.len() >= 2 && kinds.iter().any(|k| *k != kinds[0])
    };
    let no_headers = f.bool("no-headers", false);
    let mut out = String::new();
    let mut written = false;
    let mut all_namespaced = !all_ns;
    let mut i = 0;
    while i < infos.len() {
        // Consecutive infos of one type share a printer (and a tabwriter flush).
        let r = infos[i].resource;
        let mut j = i;
        let mut text = String::new();
        let mut first_with_rows = true;
        while j < infos.len() && infos[j].resource == r {
            all_namespaced = all_namespaced && r.namespaced();
            let mut objects = infos[j].objects.clone();
            if let Some(field) = sort_field {
                // The SortingPrinter sorts a table's rows once, and only when there are at
                // least two (so a missing field goes unnoticed on a one-row table). When no
                // row has the field, its error is dropped by `get` and the table is not
                // printed at all (kubernetes/kubectl#1343: "No resources found").
                if objects.len() > 1 {
                    let values: Vec<Value> = objects.iter().map(|o| o.value(epoch)).collect();
                    match printers::sort_by(&mut objects, &values, field, profile, 1, true) {
                        Ok(()) => {}
                        Err(printers::SortError::Error(_)) => objects.clear(),
                        Err(e) => {
                            return Output {
                                stdout: String::new(),
                                stderr: e.stderr(epoch, now),
                                exit_code: 1,
                            };
                        }
                    }
                }
            }
            let tbl = build_table(r, &objects, now, cluster.config().profile);
            let opts = PrintOptions {
                wide,
                no_headers,
                with_namespace: all_ns && r.namespaced(),
                show_labels: f.bool("show-labels", false),
                label_columns: f
                    .all("label-columns")
                    .into_iter()
                    .filter(|l| !l.is_empty())
                    .collect(),
                kind: with_kind.then(|| r.singular_qualified()),
            };
            let part = table::render(&tbl, &opts, first_with_rows);
            if !tbl.rows.is_empty() {
                first_with_rows = false;
            }
            text.push_str(&part);
            j += 1;
        }
        if !text.is_empty() {
            if written && !no_headers {
                out.push('\n');
            }
            out.push_str(&TABLE.format(&text));
            written = true;
        }
        i = j;
    }
    let mut o = Output::ok(out);
    if !written && !ignore_nf && errors.is_empty() {
        o.stderr = if all_namespaced {
            format!("No resources found in {} namespace.\n", inv.namespace)
        } else {
            "No resources found\n".into()
        };
    }
    if !errors.is_empty() {
        o.stderr.push_str(&errors.join("\n"));
        o.stderr.push('\n');
        o.exit_code = 1;
    }
    o
}

fn build_table(
    r: Resource,
    objects: &[Obj],
    now: SimTime,
    profile: crate::config::Profile,
) -> Table {
    macro_rules! pick {
        ($variant:ident) => {
            objects.iter().filter_map(|o| {
                if let Obj::$variant(x) = o {
                    Some(*x)
                } else {
                    None
                }
            })
        };
    }
    match r {
        Resource::Kind(Kind::Deployment) => table::deployments(pick!(Deploy), now),
        Resource::Kind(Kind::ReplicaSet) => table::replicasets(pick!(Rs), now),
        Resource::Kind(Kind::Pod) => table::pods(pick!(Pod), now),
        Resource::Kind(Kind::Node) => table::nodes(pick!(Node), now),
        Resource::Kind(Kind::Event) => table::events(pick!(Event), now),
        Resource::Kind(Kind::HorizontalPodAutoscaler) => table::hpas(pick!(Hpa), now, profile),
        Resource::Kind(Kind::Service) => table::services(pick!(Svc), now),
        Resource::Namespace => {
            let rows: Vec<NamespaceRow> = objects
                .iter()
                .filter_map(|o| {
                    if let Obj::Ns(n) = o {
                        Some(n.clone())
                    } else {
                        None
                    }
                })
                .collect();
            table::namespaces(rows.iter(), now)
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn print_generic(
    infos: Vec<Info>,
    errors: Vec<String>,
    single: bool,
    format: &OutputFormat,
    no_headers: bool,
    sort_field: Option<&str>,
    profile: crate::config::Profile,
    epoch: Epoch,
    now: SimTime,
) -> Output {
    if single && !errors.is_empty() {
        let mut o = Output::ok("");
        o.stderr = format!("{}\n", errors.join("\n"));
        o.exit_code = 1;
        return o;
    }
    let mut values: Vec<Value> = infos
        .iter()
        .flat_map(|i| i.objects.iter().map(|o| o.value(epoch)))
        .collect();
    let object = if !single || values.len() != 1 {
        if let Some(field) = sort_field {
            if !values.is_empty() {
                let keys = values.clone();
                if let Err(e) = printers::sort_by(&mut values, &keys, field, profile, 1, false) {
                    return Output {
                        stdout: String::new(),
                        stderr: e.stderr(epoch, now),
                        exit_code: 1,
                    };
                }
            }
        }
        printers::list_of(values)
    } else {
        values.remove(0)
    };
    let mut o = match printers::print_object(&object, format, no_headers, profile) {
        Ok(s) => Output::ok(s),
        Err(e) => fatal(&e),
    };
    if !errors.is_empty() {
        o.stderr.push_str(&errors.join("\n"));
        o.stderr.push('\n');
        o.exit_code = 1;
    }
    o
}

// ---- kubectl events -------------------------------------------------------------------------

fn run_events(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let cluster: &Cluster = cluster;
    let f = &inv.flags;
    let all_ns = f.bool("all-namespaces", false);
    // --for TYPE/NAME
    let mut for_obj: Option<(Kind, String)> = None;
    let mut for_other: Option<(Resource, String)> = None;
    if let Some(spec) = f.get("for").filter(|s| !s.is_empty()) {
        if spec.contains('/') {
            let parts: Vec<&str> = spec.split('/').collect();
            if parts.len() != 2 {
                return Output::error(
                    "arguments in resource/name form may not have more than one slash",
                );
            }
            let Some(r) = resources::resolve(parts[0]) else {
                return Output {
                    stdout: String::new(),
                    stderr: format!(
                        "the server doesn't have a resource type \"{}\"\n",
                        parts[0].to_ascii_lowercase()
                    ),
                    exit_code: 1,
                };
            };
            match r.kind() {
                Some(k) => for_obj = Some((k, parts[1].to_string())),
                None => for_other = Some((r, parts[1].to_string())),
            }
        } else {
            return Output::error("--for must be in resource/name form");
        }
    }
    let format = match f.get("output").filter(|o| !o.is_empty()) {
        None => None,
        Some(o) => match OutputFormat::parse(Some(o)) {
            Ok(OutputFormat::Wide) | Ok(OutputFormat::Table) | Err(_) => {
                return Output::error(format!(
                    "unable to match a printer suitable for the output format \"{o}\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml"
                ));
            }
            Ok(fm) => Some(fm),
        },
    };
    let types: Vec<String> = f
        .all("types")
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect();
    for t in &types {
        if !t.eq_ignore_ascii_case("Normal") && !t.eq_ignore_ascii_case("Warning") {
            return Output::error("valid --types are Normal or Warning");
        }
    }
    let mut events: Vec<&Event> = cluster
        .events()
        .all()
        .filter(|e| all_ns || e.meta.namespace == inv.namespace)
        .filter(|e| match &for_obj {
            Some((k, name)) => {
                e.involved.kind == k.name()
                    && e.involved.api_version == k.api_version()
                    && &e.involved.name == name
            }
            None => true,
        })
        .filter(|e| match &for_other {
            Some((_, name)) => e.involved.kind == "Namespace" && &e.involved.name == name,
            None => true,
        })
        .filter(|e| types.is_empty() || types.iter().any(|t| t.eq_ignore_ascii_case(&e.type_)))
        .collect();
    if events.is_empty() {
        let mut o = Output::ok("");
        o.stderr = if all_ns {
            "No events found.\n".into()
        } else {
            format!("No events found in {} namespace.\n", inv.namespace)
        };
        return o;
    }
    let profile = cluster.config().profile;
    gosort::sort(&mut events, go_sort(profile), |a, b| {
        a.last_timestamp.truncate_to_second() < b.last_timestamp.truncate_to_second()
    });
    let epoch = cluster.config().epoch;
    if let Some(fm) = format {
        if fm == OutputFormat::Name {
            // kubectl's name printer rejects the typed EventList and the error is dropped.
            return Output::ok("");
        }
        let list = obj([
            ("apiVersion", Value::from("v1")),
            (
                "items",
                Value::Array(events.iter().map(|e| api_event_value(e, epoch)).collect()),
            ),
            ("kind", Value::from("EventList")),
            ("metadata", Value::object()),
        ]);
        return match printers::print_object(&list, &fm, f.bool("no-headers", false), profile) {
            Ok(s) => Output::ok(s),
            Err(e) => fatal(&e),
        };
    }
    let now = cluster.now();
    let mut text = String::new();
    if !f.bool("no-headers", false) {
        if all_ns {
            text.push_str("NAMESPACE\t");
        }
        text.push_str("LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n");
    }
    for e in &events {
        if all_ns {
            text.push_str(&e.meta.namespace);
            text.push('\t');
        }
        let first = table::age(now, e.first_timestamp);
        let interval = if e.count > 1 {
            format!(
                "{} (x{} over {first})",
                table::age(now, e.last_timestamp),
                e.count
            )
        } else {
            first
        };
        let esc = |s: &str| s.replace('\u{1b}', "^[").replace('\r', "\\r");
        text.push_str(&format!(
            "{interval}\t{}\t{}\t{}/{}\t{}\n",
            esc(&e.type_),
            esc(&e.reason),
            esc(&e.involved.kind),
            esc(&e.involved.name),
            esc(e.message.trim())
        ));
    }
    Output::ok(TABLE.format(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_selectors_parse() {
        let t = parse_field_selector("involvedObject.name=x,status.phase!=Running").unwrap();
        assert_eq!(t.len(), 2);
        assert!(t[0].equal && !t[1].equal);
        assert!(parse_field_selector("foo").is_err());
    }

    #[test]
    fn namespace_values_are_stable() {
        let a = namespace_value("default", Epoch::default());
        assert_eq!(a, namespace_value("default", Epoch::default()));
        assert_eq!(
            a.pointer("status.phase").and_then(Value::as_str),
            Some("Active")
        );
        assert_eq!(gvr_string(Resource::Kind(Kind::Pod)), "/v1, Resource=pods");
        assert_eq!(
            gvr_string(Resource::Kind(Kind::Deployment)),
            "apps/v1, Resource=deployments"
        );
    }
}
