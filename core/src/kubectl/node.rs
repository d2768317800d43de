//! `kubectl cordon`, `uncordon` and `drain`: marking nodes unschedulable and evicting their
//! pods, with kubectl's texts (`node/node-1 cordoned`, `evicting pod default/x`,
//! `pod/x evicted`, `node/node-1 drained`).

use super::args::{FlagKind, FlagSpec, flag};
use super::{Command, Invocation, Output};
use crate::cluster::Cluster;
use crate::model::selector::Selector;

const CORDON_FLAGS: &[FlagSpec] = &[
    flag("selector", Some('l'), FlagKind::String),
    flag("dry-run", None, FlagKind::String),
];

const DRAIN_FLAGS: &[FlagSpec] = &[
    flag("selector", Some('l'), FlagKind::String),
    flag("dry-run", None, FlagKind::String),
    flag("ignore-daemonsets", None, FlagKind::Bool),
    flag("delete-emptydir-data", None, FlagKind::Bool),
    flag("delete-local-data", None, FlagKind::Bool),
    flag("force", None, FlagKind::Bool),
    flag("grace-period", None, FlagKind::Int),
    flag("timeout", None, FlagKind::String),
    flag("pod-selector", None, FlagKind::String),
    flag("disable-eviction", None, FlagKind::Bool),
    flag("skip-wait-for-delete-timeout", None, FlagKind::Int),
    flag("chunk-size", None, FlagKind::Int),
];

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![
        Command {
            path: "cordon",
            flags: CORDON_FLAGS,
            run: cordon,
            short: "Mark node as unschedulable",
        },
        Command {
            path: "uncordon",
            flags: CORDON_FLAGS,
            run: uncordon,
            short: "Mark node as schedulable",
        },
        Command {
            path: "drain",
            flags: DRAIN_FLAGS,
            run: drain,
            short: "Drain node in preparation for maintenance",
        },
    ]
}

/// The nodes named on the command line (`NODE` or `-l selector`), or an error output.
fn nodes(cluster: &Cluster, inv: &Invocation) -> Result<Vec<String>, Output> {
    if let Some(sel) = inv.flags.get("selector") {
        let s = Selector::parse(sel)
            .map_err(|e| Output::error(format!("unable to parse requirement: {e}")))?;
        let names: Vec<String> = cluster
            .store()
            .nodes
            .values()
            .filter(|n| s.matches(&n.meta.labels))
            .map(|n| n.meta.name.clone())
            .collect();
        if names.is_empty() {
            return Err(Output {
                stdout: String::new(),
                stderr: "No resources found\n".into(),
                exit_code: 0,
            });
        }
        return Ok(names);
    }
    match inv.args.as_slice() {
        [] => Err(Output::error(format!(
            "USAGE: {} [flags]\n{}",
            usage(inv.command),
            inv.usage_hint()
        ))),
        names => {
            for n in names {
                let n = n
                    .strip_prefix("node/")
                    .or_else(|| n.strip_prefix("nodes/"))
                    .unwrap_or(n);
                if !cluster.store().nodes.contains_key(n) {
                    return Err(Output::server_error(
                        "NotFound",
                        format!("nodes \"{n}\" not found"),
                    ));
                }
            }
            Ok(names
                .iter()
                .map(|n| {
                    n.strip_prefix("node/")
                        .or_else(|| n.strip_prefix("nodes/"))
                        .unwrap_or(n)
                        .to_string()
                })
                .collect())
        }
    }
}

fn usage(cmd: &str) -> String {
    match cmd {
        "drain" => "drain NODE".into(),
        c => format!("{c} NODE"),
    }
}

/// Sets or clears `spec.unschedulable`; returns whether anything changed.
fn set_unschedulable(cluster: &mut Cluster, node: &str, value: bool) -> bool {
    cluster.set_node_unschedulable(node, value)
}

fn cordon(cluster: &mut Cluster, inv: &Invocation) -> Output {
    toggle(cluster, inv, true)
}

fn uncordon(cluster: &mut Cluster, inv: &Invocation) -> Output {
    toggle(cluster, inv, false)
}

fn toggle(cluster: &mut Cluster, inv: &Invocation, value: bool) -> Output {
    let names = match nodes(cluster, inv) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let mut out = String::new();
    for n in names {
        let changed = set_unschedulable(cluster, &n, value);
        let verb = match (value, changed) {
            (true, true) => "cordoned",
            (false, true) => "uncordoned",
            (true, false) => "already cordoned",
            (false, false) => "already uncordoned",
        };
        out.push_str(&format!("node/{n} {verb}\n"));
    }
    Output::ok(out)
}

fn drain(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let names = match nodes(cluster, inv) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let mut out = Output::default();
    for n in names {
        if set_unschedulable(cluster, &n, true) {
            out.stdout.push_str(&format!("node/{n} cordoned\n"));
        } else {
            out.stdout.push_str(&format!("node/{n} already cordoned\n"));
        }
        // Pods without a controller are refused unless --force, as kubectl does.
        let pods: Vec<(String, String, bool)> = cluster
            .store()
            .pods
            .values()
            .filter(|p| {
                p.node_name.as_deref() == Some(n.as_str()) && p.meta.deletion_timestamp.is_none()
            })
            .map(|p| {
                (
                    p.meta.namespace.clone(),
                    p.meta.name.clone(),
                    p.meta.controller_ref().is_some(),
                )
            })
            .collect();
        let unmanaged: Vec<String> = pods
            .iter()
            .filter(|(_, _, owned)| !owned)
            .map(|(ns, name, _)| format!("{ns}/{name}"))
            .collect();
        if !unmanaged.is_empty() && !inv.flags.bool("force", false) {
            out.stderr.push_str(&format!(
                "error: unable to drain node \"{n}\" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): {}, continuing command...\nThere are pending nodes to be drained:\n {n}\ncannot delete cannot delete Pods that declare no controller (use --force to override): {}\n",
                unmanaged.join(", "),
                unmanaged.join(", ")
            ));
            out.exit_code = 1;
            continue;
        }
        if !unmanaged.is_empty() {
            out.stderr.push_str(&format!(
                "Warning: deleting Pods that declare no controller: {}\n",
                unmanaged.join(", ")
            ));
        }
        let grace = inv
            .flags
            .get("grace-period")
            .and_then(|g| g.parse::<i64>().ok())
            .filter(|g| *g >= 0);
        for (ns, name, _) in &pods {
            out.stdout.push_str(&format!("evicting pod {ns}/{name}\n"));
        }
        for (ns, name, _) in &pods {
            cluster.evict_pod(ns, name, grace);
        }
        // kubectl waits for each evicted pod to be gone.
        for (ns, name, _) in &pods {
            let _ = cluster.wait_pod_gone(ns, name);
            out.stdout.push_str(&format!("pod/{name} evicted\n"));
        }
        out.stdout.push_str(&format!("node/{n} drained\n"));
    }
    out
}
