//! `kubectl expose deployment|replicaset|pod NAME [--port=P] [--target-port=T] [--type=T]
//! [--name=N] [--protocol=P]`: a Service selecting the object's pods.

use std::collections::BTreeMap;

use super::args::{FlagKind, FlagSpec, flag};
use super::printers::json::to_json;
use super::{Command, Invocation, Output, parse_targets};
use crate::cluster::Cluster;
use crate::model::Kind;
use crate::value::{Value, obj};

const FLAGS: &[FlagSpec] = &[
    flag("port", None, FlagKind::String),
    flag("target-port", None, FlagKind::String),
    flag("protocol", None, FlagKind::String),
    flag("type", None, FlagKind::String),
    flag("name", None, FlagKind::String),
    flag("selector", None, FlagKind::String),
    flag("dry-run", None, FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
];

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![Command {
        path: "expose",
        flags: FLAGS,
        run,
        short: "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
    }]
}

/// What `expose` reads from the exposed object: labels, pod selector, container ports.
struct Exposed {
    labels: BTreeMap<String, String>,
    selector: BTreeMap<String, String>,
    pod_spec: Value,
}

fn introspect(cluster: &Cluster, kind: Kind, ns: &str, name: &str) -> Option<Exposed> {
    let store = cluster.store();
    match kind {
        Kind::Deployment => store.deployment(ns, name).map(|d| Exposed {
            labels: d.meta.labels.clone(),
            selector: d.spec.selector.match_labels.clone(),
            pod_spec: (*d.spec.template.spec).clone(),
        }),
        Kind::ReplicaSet => store.replicaset(ns, name).map(|r| Exposed {
            labels: r.meta.labels.clone(),
            selector: r.spec.selector.match_labels.clone(),
            pod_spec: (*r.spec.template.spec).clone(),
        }),
        Kind::Pod => store.pod(ns, name).map(|p| Exposed {
            labels: p.meta.labels.clone(),
            selector: p.meta.labels.clone(),
            pod_spec: (*p.spec).clone(),
        }),
        _ => None,
    }
}

/// The containers' declared ports, as `expose` introspects them (`name` unused).
fn container_ports(pod_spec: &Value) -> Vec<(i64, String)> {
    pod_spec
        .get("containers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|c| c.get("ports").and_then(Value::as_array))
        .flatten()
        .filter_map(|p| {
            let port = p.get("containerPort").and_then(Value::as_i64)?;
            let proto = p
                .get("protocol")
                .and_then(Value::as_str)
                .unwrap_or("TCP")
                .to_string();
            Some((port, proto))
        })
        .collect()
}

fn run(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let targets = match parse_targets(&inv.args) {
        Ok(t) => t,
        Err(e) => return Output::error(e),
    };
    let Some(target) = targets.first().filter(|t| t.name.is_some()) else {
        return Output::error(format!(
            "You must provide one or more resources by argument or filename.\n{}",
            inv.usage_hint()
        ));
    };
    let name = target.name.clone().unwrap_or_default();
    let Some(kind) = target
        .resource
        .kind()
        .filter(|k| matches!(k, Kind::Deployment | Kind::ReplicaSet | Kind::Pod))
    else {
        return Output::error(format!(
            "cannot expose a {}",
            target.resource.singular_qualified()
        ));
    };
    let Some(exposed) = introspect(cluster, kind, &inv.namespace, &name) else {
        return Output::server_error(
            "NotFound",
            format!("{} \"{name}\" not found", target.resource.qualified()),
        );
    };
    if exposed.selector.is_empty() {
        return Output::error(
            "couldn't retrieve selectors via --selector flag or introspection: the object has no matchLabels",
        );
    }
    let protocol = inv.flags.get("protocol").map(str::to_string);
    let target_port = inv.flags.get("target-port").map(str::to_string);
    let ports: Vec<(i64, String)> = match inv.flags.get("port") {
        Some(p) => match p.parse::<i64>() {
            Ok(n) => vec![(n, protocol.clone().unwrap_or_else(|| "TCP".into()))],
            Err(_) => return Output::error(format!("invalid --port value: {p}")),
        },
        None => container_ports(&exposed.pod_spec),
    };
    if ports.is_empty() {
        return Output::error("couldn't find port via --port flag or introspection");
    }
    let many = ports.len() > 1;
    let ports: Vec<Value> = ports
        .iter()
        .enumerate()
        .map(|(i, (port, proto))| {
            let mut p = obj([
                ("port", Value::Int(*port)),
                (
                    "protocol",
                    Value::from(protocol.as_deref().unwrap_or(proto)),
                ),
            ]);
            if many {
                p.set("name", Value::from(format!("port-{}", i + 1)));
            }
            match target_port.as_deref() {
                Some(t) => p.set(
                    "targetPort",
                    t.parse::<i64>().map_or_else(|_| Value::from(t), Value::Int),
                ),
                None => p.set("targetPort", Value::Int(*port)),
            }
            p
        })
        .collect();
    let svc_name = inv.flags.get("name").unwrap_or(&name).to_string();
    let mut meta = obj([
        ("name", Value::from(svc_name.as_str())),
        ("namespace", Value::from(inv.namespace.as_str())),
    ]);
    if !exposed.labels.is_empty() {
        meta.set("labels", Value::from(&exposed.labels));
    }
    let mut spec = obj([
        ("ports", Value::Array(ports)),
        ("selector", Value::from(&exposed.selector)),
    ]);
    if let Some(t) = inv.flags.get("type") {
        spec.set("type", Value::from(t));
    }
    let service = obj([
        ("apiVersion", Value::from("v1")),
        ("kind", Value::from("Service")),
        ("metadata", meta),
        ("spec", spec),
    ]);
    if cluster
        .store()
        .services
        .contains_key(&(inv.namespace.clone(), svc_name.clone()))
    {
        return Output::server_error(
            "AlreadyExists",
            format!("services \"{svc_name}\" already exists"),
        );
    }
    match cluster.apply_created(&to_json(&service, false)) {
        Ok(()) => Output::ok(format!("service/{svc_name} exposed\n")),
        Err(e) => Output::error(e),
    }
}
