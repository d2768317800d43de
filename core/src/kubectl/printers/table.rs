//! The human-readable tables of `kubectl get`: the rows the API server's table printer
//! (`pkg/printers/internalversion/printers.go`) computes for each kind, and kubectl's
//! `HumanReadablePrinter` decorations (NAMESPACE column, `kind.group/` name prefix,
//! `-L` label columns, `--show-labels`, header handling, cell escaping).
//!
//! The text produced here is tab-separated; callers align it with
//! [`crate::kubectl::tabwriter::TABLE`] (minwidth 6, padding 3), one flush per resource type.

use std::collections::BTreeMap;

use crate::model::event::Event;
use crate::model::{Deployment, LabelSelector, Node, Pod, ReplicaSet};
use crate::time::{SimTime, human_duration_ms};
use crate::value::Value;

/// A column definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// Header before upper-casing (`Nominated Node`).
    pub name: &'static str,
    /// Priority 1 columns only show with `-o wide`.
    pub wide_only: bool,
    /// The object-name column (gets the `kind.group/` prefix when several kinds print).
    pub is_name: bool,
}

const fn col(name: &'static str) -> Column {
    Column {
        name,
        wide_only: false,
        is_name: false,
    }
}

const fn wide(name: &'static str) -> Column {
    Column {
        name,
        wide_only: true,
        is_name: false,
    }
}

const fn name_col(name: &'static str, wide_only: bool) -> Column {
    Column {
        name,
        wide_only,
        is_name: true,
    }
}

/// One row and the metadata the decorations need.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Cells in column order (wide columns included).
    pub cells: Vec<String>,
    /// Namespace of the object.
    pub namespace: String,
    /// Labels of the object.
    pub labels: BTreeMap<String, String>,
}

/// The table of one resource type.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    /// Columns.
    pub columns: Vec<Column>,
    /// Rows in list order.
    pub rows: Vec<Row>,
}

/// How kubectl decorates and prints a table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrintOptions {
    /// `-o wide`.
    pub wide: bool,
    /// `--no-headers`.
    pub no_headers: bool,
    /// `-A` on a namespaced kind: a NAMESPACE column first.
    pub with_namespace: bool,
    /// `--show-labels`.
    pub show_labels: bool,
    /// `-L key,…`.
    pub label_columns: Vec<String>,
    /// `deployment.apps` when several kinds print (`--show-kind` or a multi-type get).
    pub kind: Option<String>,
}

/// `labels.FormatLabels`: `k=v,k=v` sorted by key, `<none>` when empty.
pub fn format_labels(labels: &BTreeMap<String, String>) -> String {
    if labels.is_empty() {
        return "<none>".into();
    }
    labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// `printers.EscapeTerminal` and the table printer's cut at the first line break.
fn cell_text(s: &str) -> String {
    let (body, cut) = match s.find(['\u{c}', '\n', '\r']) {
        Some(i) => (&s[..i], true),
        None => (s, false),
    };
    let mut out = body.replace('\u{1b}', "^[").replace('\r', "\\r");
    if cut {
        out.push_str("...");
    }
    out
}

/// The tab-separated text of a table (headers unless `no_headers`; nothing at all for a table
/// without rows, as kubectl skips empty tables).
pub fn render(table: &Table, opts: &PrintOptions, print_headers: bool) -> String {
    let mut out = String::new();
    if table.rows.is_empty() {
        return out;
    }
    let shown = |c: &Column| opts.wide || !c.wide_only;
    let label_headers: Vec<String> = opts
        .label_columns
        .iter()
        .map(|l| l.rsplit('/').next().unwrap_or(l).to_uppercase())
        .collect();
    if print_headers && !opts.no_headers {
        let mut headers: Vec<String> = Vec::new();
        if opts.with_namespace {
            headers.push("NAMESPACE".into());
        }
        headers.extend(
            table
                .columns
                .iter()
                .filter(|c| shown(c))
                .map(|c| c.name.to_uppercase()),
        );
        headers.extend(label_headers.iter().cloned());
        if opts.show_labels {
            headers.push("LABELS".into());
        }
        out.push_str(&headers.join("\t"));
        out.push('\n');
    }
    for row in &table.rows {
        let mut cells: Vec<String> = Vec::new();
        if opts.with_namespace {
            cells.push(cell_text(&row.namespace));
        }
        for (c, v) in table.columns.iter().zip(&row.cells) {
            if !shown(c) {
                continue;
            }
            let v = match (&opts.kind, c.is_name) {
                (Some(k), true) => format!("{k}/{v}"),
                _ => v.clone(),
            };
            cells.push(cell_text(&v));
        }
        for l in &opts.label_columns {
            cells.push(cell_text(
                row.labels.get(l).map(String::as_str).unwrap_or(""),
            ));
        }
        if opts.show_labels {
            cells.push(format_labels(&row.labels));
        }
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// `translateTimestampSince`: the age of a (second-precision) timestamp.
pub fn age(now: SimTime, t: SimTime) -> String {
    let t = t.truncate_to_second();
    human_duration_ms(now.millis() as i64 - t.millis() as i64)
}

fn containers_cells(containers: &[Value]) -> (String, String) {
    let names: Vec<&str> = containers
        .iter()
        .map(|c| c.get("name").and_then(Value::as_str).unwrap_or(""))
        .collect();
    let images: Vec<&str> = containers
        .iter()
        .map(|c| c.get("image").and_then(Value::as_str).unwrap_or(""))
        .collect();
    (names.join(","), images.join(","))
}

fn selector_string(s: &LabelSelector) -> String {
    let sel = s.to_selector();
    if sel.nothing {
        "<error>".into()
    } else {
        sel.to_string()
    }
}

/// Deployments: `NAME READY UP-TO-DATE AVAILABLE AGE` (+ `CONTAINERS IMAGES SELECTOR`).
pub fn deployments<'a>(items: impl Iterator<Item = &'a Deployment>, now: SimTime) -> Table {
    let columns = vec![
        name_col("Name", false),
        col("Ready"),
        col("Up-to-date"),
        col("Available"),
        col("Age"),
        wide("Containers"),
        wide("Images"),
        wide("Selector"),
    ];
    let rows = items
        .map(|d| {
            let (names, images) = containers_cells(d.spec.template.containers());
            Row {
                cells: vec![
                    d.meta.name.clone(),
                    format!("{}/{}", d.status.ready_replicas, d.spec.replicas),
                    d.status.updated_replicas.to_string(),
                    d.status.available_replicas.to_string(),
                    age(now, d.meta.creation_timestamp),
                    names,
                    images,
                    selector_string(&d.spec.selector),
                ],
                namespace: d.meta.namespace.clone(),
                labels: d.meta.labels.clone(),
            }
        })
        .collect();
    Table { columns, rows }
}

/// ReplicaSets: `NAME DESIRED CURRENT READY AGE` (+ `CONTAINERS IMAGES SELECTOR`).
pub fn replicasets<'a>(items: impl Iterator<Item = &'a ReplicaSet>, now: SimTime) -> Table {
    let columns = vec![
        name_col("Name", false),
        col("Desired"),
        col("Current"),
        col("Ready"),
        col("Age"),
        wide("Containers"),
        wide("Images"),
        wide("Selector"),
    ];
    let rows = items
        .map(|r| {
            let (names, images) = containers_cells(r.spec.template.containers());
            // metav1.FormatLabelSelector: `<none>` for an empty selector.
            let mut sel = selector_string(&r.spec.selector);
            if sel.is_empty() {
                sel = "<none>".into();
            }
            Row {
                cells: vec![
                    r.meta.name.clone(),
                    r.spec.replicas.to_string(),
                    r.status.replicas.to_string(),
                    r.status.ready_replicas.to_string(),
                    age(now, r.meta.creation_timestamp),
                    names,
                    images,
                    sel,
                ],
                namespace: r.meta.namespace.clone(),
                labels: r.meta.labels.clone(),
            }
        })
        .collect();
    Table { columns, rows }
}

/// Pods: `NAME READY STATUS RESTARTS AGE` (+ `IP NODE NOMINATED NODE READINESS GATES`).
pub fn pods<'a>(items: impl Iterator<Item = &'a Pod>, now: SimTime) -> Table {
    let columns = vec![
        name_col("Name", false),
        col("Ready"),
        col("Status"),
        col("Restarts"),
        col("Age"),
        wide("IP"),
        wide("Node"),
        wide("Nominated Node"),
        wide("Readiness Gates"),
    ];
    let rows = items
        .map(|p| {
            let st = p.printed_status();
            let restarts = match st.last_restart {
                Some(t) if st.restarts != 0 => format!("{} ({} ago)", st.restarts, age(now, t)),
                _ => st.restarts.to_string(),
            };
            let gates = p
                .spec
                .get("readinessGates")
                .and_then(Value::as_array)
                .filter(|g| !g.is_empty());
            let gates = match gates {
                None => "<none>".to_string(),
                Some(g) => {
                    let ok = g
                        .iter()
                        .filter(|gate| {
                            let t = gate
                                .get("conditionType")
                                .and_then(Value::as_str)
                                .unwrap_or("");
                            p.status.condition(t).is_some_and(|c| c.status == "True")
                        })
                        .count();
                    format!("{ok}/{}", g.len())
                }
            };
            Row {
                cells: vec![
                    p.meta.name.clone(),
                    format!("{}/{}", st.ready, st.total),
                    st.status.clone(),
                    restarts,
                    age(now, p.meta.creation_timestamp),
                    p.status
                        .pod_ip
                        .clone()
                        .filter(|s| !s.is_empty())
                        .unwrap_or_else(|| "<none>".into()),
                    p.node_name
                        .clone()
                        .filter(|s| !s.is_empty())
                        .unwrap_or_else(|| "<none>".into()),
                    "<none>".into(),
                    gates,
                ],
                namespace: p.meta.namespace.clone(),
                labels: p.meta.labels.clone(),
            }
        })
        .collect();
    Table { columns, rows }
}

/// Nodes: `NAME STATUS ROLES AGE VERSION` (+ `INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION
/// CONTAINER-RUNTIME`).
pub fn nodes<'a>(items: impl Iterator<Item = &'a Node>, now: SimTime) -> Table {
    let columns = vec![
        name_col("Name", false),
        col("Status"),
        col("Roles"),
        col("Age"),
        col("Version"),
        wide("Internal-IP"),
        wide("External-IP"),
        wide("OS-Image"),
        wide("Kernel-Version"),
        wide("Container-Runtime"),
    ];
    let rows = items
        .map(|n| {
            let mut status: Vec<String> = Vec::new();
            if let Some(s) = n.condition_status("Ready") {
                status.push(if s == "True" {
                    "Ready".into()
                } else {
                    "NotReady".into()
                });
            }
            if status.is_empty() {
                status.push("Unknown".into());
            }
            if n.unschedulable() {
                status.push("SchedulingDisabled".into());
            }
            let mut roles: Vec<String> = Vec::new();
            for (k, v) in &n.meta.labels {
                if let Some(r) = k.strip_prefix("node-role.kubernetes.io/") {
                    if !r.is_empty() {
                        roles.push(r.to_string());
                    }
                } else if k == "kubernetes.io/role" && !v.is_empty() {
                    roles.push(v.clone());
                }
            }
            roles.sort();
            roles.dedup();
            let info = |k: &str| {
                n.status
                    .get("nodeInfo")
                    .and_then(|i| i.get(k))
                    .and_then(Value::as_str)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
            };
            let address = |t: &str| {
                n.status
                    .get("addresses")
                    .and_then(Value::as_array)
                    .and_then(|a| {
                        a.iter()
                            .find(|x| x.get("type").and_then(Value::as_str) == Some(t))
                    })
                    .and_then(|x| x.get("address"))
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .unwrap_or_else(|| "<none>".into())
            };
            Row {
                cells: vec![
                    n.meta.name.clone(),
                    status.join(","),
                    if roles.is_empty() {
                        "<none>".into()
                    } else {
                        roles.join(",")
                    },
                    age(now, n.meta.creation_timestamp),
                    info("kubeletVersion").unwrap_or_default(),
                    address("InternalIP"),
                    address("ExternalIP"),
                    info("osImage").unwrap_or_else(|| "<unknown>".into()),
                    info("kernelVersion").unwrap_or_else(|| "<unknown>".into()),
                    info("containerRuntimeVersion").unwrap_or_else(|| "<unknown>".into()),
                ],
                namespace: String::new(),
                labels: n.meta.labels.clone(),
            }
        })
        .collect();
    Table { columns, rows }
}

/// HorizontalPodAutoscalers: `NAME REFERENCE TARGETS MINPODS MAXPODS REPLICAS AGE`. The
/// current profile prefixes resource metrics with their name (`cpu: <unknown>/80%`); 1.28
/// printed `<unknown>/80%`.
pub fn hpas<'a>(
    items: impl Iterator<Item = &'a crate::model::HorizontalPodAutoscaler>,
    now: SimTime,
    profile: crate::config::Profile,
) -> Table {
    let columns = vec![
        name_col("Name", false),
        col("Reference"),
        col("Targets"),
        col("MinPods"),
        col("MaxPods"),
        col("Replicas"),
        col("Age"),
    ];
    let rows = items
        .map(|h| {
            let (kind, name) = h.target();
            let current = h
                .status
                .get("currentMetrics")
                .and_then(Value::as_array)
                .and_then(|a| a.first())
                .and_then(|m| m.get("resource"))
                .and_then(|r| r.get("current"))
                .and_then(|c| c.get("averageUtilization"))
                .and_then(Value::as_i64)
                .map_or_else(|| "<unknown>".to_string(), |u| format!("{u}%"));
            let targets = match h.cpu_target() {
                Some(t) => match profile {
                    crate::config::Profile::Current => format!("cpu: {current}/{t}%"),
                    crate::config::Profile::V1_28 => format!("{current}/{t}%"),
                },
                None => "<none>".to_string(),
            };
            let replicas = h
                .status
                .get("currentReplicas")
                .and_then(Value::as_i64)
                .unwrap_or(0);
            Row {
                cells: vec![
                    h.meta.name.clone(),
                    format!("{kind}/{name}"),
                    targets,
                    h.min_replicas().to_string(),
                    h.max_replicas().to_string(),
                    replicas.to_string(),
                    age(now, h.meta.creation_timestamp),
                ],
                namespace: h.meta.namespace.clone(),
                labels: h.meta.labels.clone(),
            }
        })
        .collect();
    Table { columns, rows }
}

/// Services: `NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE` (wide: `… SELECTOR`).
pub fn services<'a>(items: impl Iterator<Item = &'a crate::model::Service>, now: SimTime) -> Table {
    let columns = vec![
        name_col("Name", false),
        col("Type"),
        col("Cluster-IP"),
        col("External-IP"),
        col("Port(s)"),
        col("Age"),
        wide("Selector"),
    ];
    let rows = items
        .map(|s| {
            let list = |k: &str| s.spec_strings(k);
            let internal = list("clusterIPs")
                .first()
                .cloned()
                .unwrap_or_else(|| "<none>".to_string());
            let external_ips = list("externalIPs");
            let external = match s.type_() {
                "ExternalName" => s
                    .spec
                    .get("externalName")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
                "LoadBalancer" => {
                    let mut ips: Vec<String> = s
                        .status
                        .pointer("loadBalancer.ingress")
                        .and_then(Value::as_array)
                        .map(|a| {
                            a.iter()
                                .filter_map(|i| {
                                    i.get("ip")
                                        .or_else(|| i.get("hostname"))
                                        .and_then(Value::as_str)
                                })
                                .map(str::to_string)
                                .collect()
                        })
                        .unwrap_or_default();
                    ips.extend(external_ips);
                    if ips.is_empty() {
                        "<pending>".to_string()
                    } else {
                        ips.join(",")
                    }
                }
                _ if !external_ips.is_empty() => external_ips.join(","),
                _ => "<none>".to_string(),
            };
            let ports: Vec<String> = s
                .ports()
                .iter()
                .map(|p| match p.node_port.filter(|n| *n > 0) {
                    Some(np) => format!("{}:{np}/{}", p.port, p.protocol),
                    None => format!("{}/{}", p.port, p.protocol),
                })
                .collect();
            let ports = if ports.is_empty() {
                "<none>".to_string()
            } else {
                ports.join(",")
            };
            Row {
                cells: vec![
                    s.meta.name.clone(),
                    s.type_().to_string(),
                    internal,
                    external,
                    ports,
                    age(now, s.meta.creation_timestamp),
                    format_labels(&s.selector().unwrap_or_default()),
                ],
                namespace: s.meta.namespace.clone(),
                labels: s.meta.labels.clone(),
            }
        })
        .collect();
    Table { columns, rows }
}

/// Events: `LAST SEEN TYPE REASON OBJECT MESSAGE` (wide: `… SUBOBJECT SOURCE MESSAGE FIRST SEEN
/// COUNT NAME`).
pub fn events<'a>(items: impl Iterator<Item = &'a Event>, now: SimTime) -> Table {
    let columns = vec![
        col("Last Seen"),
        col("Type"),
        col("Reason"),
        col("Object"),
        wide("Subobject"),
        wide("Source"),
        col("Message"),
        wide("First Seen"),
        wide("Count"),
        name_col("Name", true),
    ];
    let rows = items
        .map(|e| {
            let target = if e.involved.name.is_empty() {
                e.involved.kind.to_lowercase()
            } else {
                format!("{}/{}", e.involved.kind.to_lowercase(), e.involved.name)
            };
            let component = if e.source_component.is_empty() {
                ""
            } else {
                e.source_component.as_str()
            };
            let source = match e.source_host.as_deref().filter(|h| !h.is_empty()) {
                Some(h) => format!("{component}, {h}"),
                None => component.to_string(),
            };
            Row {
                cells: vec![
                    age(now, e.last_timestamp),
                    e.type_.clone(),
                    e.reason.clone(),
                    target,
                    e.involved.field_path.clone().unwrap_or_default(),
                    source,
                    e.message.trim().to_string(),
                    age(now, e.first_timestamp),
                    e.count.max(1).to_string(),
                    e.meta.name.clone(),
                ],
                namespace: e.meta.namespace.clone(),
                labels: e.meta.labels.clone(),
            }
        })
        .collect();
    Table { columns, rows }
}

/// A namespace as the table printer shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamespaceRow {
    /// Name.
    pub name: String,
    /// `Active`.
    pub phase: String,
    /// Creation time.
    pub created: SimTime,
    /// Labels.
    pub labels: BTreeMap<String, String>,
}

/// Namespaces: `NAME STATUS AGE`.
pub fn namespaces<'a>(items: impl Iterator<Item = &'a NamespaceRow>, now: SimTime) -> Table {
    let columns = vec![name_col("Name", false), col("Status"), col("Age")];
    let rows = items
        .map(|n| Row {
            cells: vec![n.name.clone(), n.phase.clone(), age(now, n.created)],
            namespace: String::new(),
            labels: n.labels.clone(),
        })
        .collect();
    Table { columns, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kubectl::tabwriter::TABLE;

    #[test]
    fn decorations() {
        let table = Table {
            columns: vec![name_col("Name", false), col("Age"), wide("Node")],
            rows: vec![Row {
                cells: vec!["a".into(), "5s".into(), "node-1".into()],
                namespace: "default".into(),
                labels: [("app".to_string(), "web".to_string())]
                    .into_iter()
                    .collect(),
            }],
        };
        let opts = PrintOptions {
            with_namespace: true,
            show_labels: true,
            label_columns: vec!["app.kubernetes.io/app".into(), "app".into()],
            kind: Some("pod".into()),
            ..PrintOptions::default()
        };
        assert_eq!(
            TABLE.format(&render(&table, &opts, true)),
            "NAMESPACE   NAME    AGE   APP   APP   LABELS\ndefault     pod/a   5s          web   app=web\n"
        );
        let opts = PrintOptions {
            wide: true,
            no_headers: true,
            ..PrintOptions::default()
        };
        assert_eq!(
            TABLE.format(&render(&table, &opts, true)),
            "a     5s    node-1\n"
        );
        assert_eq!(
            render(
                &Table {
                    columns: table.columns.clone(),
                    rows: vec![]
                },
                &opts,
                true
            ),
            ""
        );
    }

    #[test]
    fn cells_are_cut_and_escaped() {
        assert_eq!(cell_text("a\nb"), "a...");
        assert_eq!(cell_text("x\u{1b}y"), "x^[y");
    }
}
