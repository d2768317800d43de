//! `kubectl autoscale deployment NAME --min=N --max=M [--cpu-percent=P]`.

use super::args::{FlagKind, FlagSpec, flag};
use super::{Command, Invocation, Output, parse_targets};
use crate::cluster::Cluster;
use crate::model::Kind;

const FLAGS: &[FlagSpec] = &[
    flag("min", None, FlagKind::Int),
    flag("max", None, FlagKind::Int),
    flag("cpu-percent", None, FlagKind::Int),
    flag("name", None, FlagKind::String),
    flag("dry-run", None, FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("record", None, FlagKind::Bool),
    flag("save-config", None, FlagKind::Bool),
];

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![Command {
        path: "autoscale",
        flags: FLAGS,
        run,
        short: "Auto-scale a deployment, replica set, stateful set, or replication controller",
    }]
}

fn run(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let targets = match parse_targets(&inv.args) {
        Ok(t) => t,
        Err(e) => return Output::error(e),
    };
    let Some(target) = targets.first().filter(|t| t.name.is_some()) else {
        return Output::error(format!(
            "You must provide the name of the resource to autoscale\n{}",
            inv.usage_hint()
        ));
    };
    let name = target.name.clone().unwrap_or_default();
    let max: i64 = inv
        .flags
        .get("max")
        .and_then(|v| v.parse().ok())
        .unwrap_or(-1);
    if max < 1 {
        return Output::error(format!(
            "--max=MAXPODS is required and must be at least 1, max: {max}"
        ));
    }
    let min: i64 = inv
        .flags
        .get("min")
        .and_then(|v| v.parse().ok())
        .unwrap_or(-1);
    if min > max {
        return Output::error(format!(
            "--max=MAXPODS must be larger or equal to --min=MINPODS, max: {max}, min: {min}"
        ));
    }
    let kind = match target.resource.kind() {
        Some(Kind::Deployment) => "Deployment",
        Some(Kind::ReplicaSet) => "ReplicaSet",
        _ => {
            return Output::error(format!(
                "cannot autoscale a {}: not scalable",
                target.resource.singular_qualified()
            ));
        }
    };
    let exists = match target.resource.kind() {
        Some(Kind::Deployment) => cluster.store().deployment(&inv.namespace, &name).is_some(),
        _ => cluster.store().replicaset(&inv.namespace, &name).is_some(),
    };
    if !exists {
        return Output::server_error(
            "NotFound",
            format!("{} \"{name}\" not found", target.resource.qualified()),
        );
    }
    let hpa_name = inv.flags.get("name").unwrap_or(&name).to_string();
    let api = "apps/v1";
    let mut yaml = format!(
        "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: {hpa_name}\n  namespace: {ns}\nspec:\n  scaleTargetRef:\n    apiVersion: {api}\n    kind: {kind}\n    name: {name}\n  maxReplicas: {max}\n",
        ns = inv.namespace
    );
    if min >= 1 {
        yaml.push_str(&format!("  minReplicas: {min}\n"));
    }
    if let Some(p) = inv
        .flags
        .get("cpu-percent")
        .and_then(|v| v.parse::<i64>().ok())
        .filter(|p| *p >= 0)
    {
        yaml.push_str(&format!(
            "  metrics:\n  - type: Resource\n    resource:\n      name: cpu\n      target:\n        type: Utilization\n        averageUtilization: {p}\n"
        ));
    }
    if cluster
        .store()
        .hpas
        .contains_key(&(inv.namespace.clone(), hpa_name.clone()))
    {
        return Output::server_error(
            "AlreadyExists",
            format!("horizontalpodautoscalers.autoscaling \"{hpa_name}\" already exists"),
        );
    }
    match cluster.apply_created(&yaml) {
        Ok(()) => Output::ok(format!(
            "horizontalpodautoscaler.autoscaling/{hpa_name} autoscaled\n"
        )),
        Err(e) => Output::error(e),
    }
}
