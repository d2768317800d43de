//! `kubectl scale`.
//!
//! Texts checked against kubectl v1.33.1 (oracle, `a-complete` / `e-rs-pod-node`): the
//! required `--replicas` flag, the negative-count error, `--current-replicas` preconditions
//! (`Expected replicas to be 3, was 5`), `no objects passed to scale …`, partial failures
//! (`scaled` for the found objects, NotFound for the others), `(dry run)` suffixes, `-o name`.

use super::args::{FlagKind, FlagSpec, flag};
use super::misc::{self, DryRun, KErr, Obj};
use super::{Command, Invocation, Output};
use crate::cluster::Cluster;
use crate::config::Profile;
use crate::model::Kind;
use crate::model::deployment::CHANGE_CAUSE_ANNOTATION;

const FLAGS: &[FlagSpec] = &[
    flag("replicas", None, FlagKind::Int),
    flag("current-replicas", None, FlagKind::Int),
    flag("all", None, FlagKind::Bool),
    flag("selector", Some('l'), FlagKind::String),
    flag("dry-run", None, FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("resource-version", None, FlagKind::String),
    flag("timeout", None, FlagKind::String),
    flag("record", None, FlagKind::Bool),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
];

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![Command {
        path: "scale",
        flags: FLAGS,
        run: scale,
        short: "Set a new size for a deployment, replica set, or replication controller",
    }]
}

fn scale(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let Some(replicas) = inv
        .flags
        .get("replicas")
        .and_then(|r| r.parse::<i64>().ok())
    else {
        return Output::error("required flag(s) \"replicas\" not set");
    };
    if replicas < 0 {
        return Output::error(
            "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0",
        );
    }
    let current: i64 = inv
        .flags
        .get("current-replicas")
        .and_then(|r| r.parse().ok())
        .unwrap_or(-1);
    if current < -1 {
        return Output::error("The --current-replicas must specify an integer of -1 or greater");
    }
    let dry = match DryRun::of(inv) {
        Ok(d) => d,
        Err(o) => return o,
    };
    let out = match misc::Out::of(inv) {
        Ok(o) => o,
        Err(o) => return o,
    };
    if let Some(t) = inv.flags.get("timeout") {
        if let Err(e) = misc::go_duration_ms(t) {
            return misc::usage_error(
                inv,
                &format!("invalid argument \"{t}\" for \"--timeout\" flag: {e}"),
            );
        }
    }
    let mut stderr = String::new();
    let record = inv.flags.has("record");
    if record {
        stderr.push_str(misc::RECORD_DEPRECATED);
    }
    let cause = (record && inv.flags.bool("record", false)).then(|| misc::record_cause(inv, FLAGS));
    let picked = match misc::pick(
        cluster,
        &inv.namespace,
        &inv.args,
        inv.flags.bool("all", false),
        inv.flags.get("selector"),
        false,
    ) {
        Ok(p) => p,
        Err(e) => {
            let mut o = Output::error(e);
            o.stderr.insert_str(0, &stderr);
            return o;
        }
    };
    if picked.iter().all(Result::is_err) {
        let errs: Vec<String> = picked
            .iter()
            .filter_map(|r| r.as_ref().err().map(KErr::message))
            .collect();
        let msg = if errs.is_empty() || cluster.config().profile == Profile::V1_28 {
            "no objects passed to scale".to_string()
        } else if errs.len() == 1 {
            format!("no objects passed to scale {}", errs[0])
        } else {
            format!("no objects passed to scale [{}]", errs.join(", "))
        };
        let mut o = Output::error(msg);
        o.stderr.insert_str(0, &stderr);
        return o;
    }
    let replicas = i32::try_from(replicas).unwrap_or(i32::MAX);
    let mut stdout = String::new();
    let mut errs = Vec::new();
    for p in picked {
        let obj = match p {
            Ok(o) => o,
            Err(e) => {
                errs.push(e);
                continue;
            }
        };
        match scale_one(cluster, inv, &obj, replicas, current, dry, cause.as_deref()) {
            Ok(()) => {
                let human = format!("{} scaled{}\n", obj.printed(), dry.suffix());
                match out.render(cluster, &obj, &inv.namespace, human) {
                    Ok(s) => stdout.push_str(&s),
                    Err(e) => errs.push(e),
                }
            }
            Err(e) => errs.push(e),
        }
    }
    misc::finish(stdout, stderr, errs)
}

fn scale_one(
    cluster: &mut Cluster,
    inv: &Invocation,
    obj: &Obj,
    replicas: i32,
    current: i64,
    dry: DryRun,
    cause: Option<&str>,
) -> Result<(), KErr> {
    let ns = inv.namespace.as_str();
    let now = match obj.kind {
        Kind::Deployment => cluster
            .store()
            .deployment(ns, &obj.name)
            .map(|d| d.spec.replicas),
        Kind::ReplicaSet => cluster
            .store()
            .replicaset(ns, &obj.name)
            .map(|r| r.spec.replicas),
        _ => {
            return Err(KErr::Status(
                "NotFound",
                "the server could not find the requested resource".into(),
            ));
        }
    };
    let Some(now) = now else {
        return Err(KErr::not_found(obj.resource, &obj.name));
    };
    if current != -1 && i64::from(now) != current {
        return Err(KErr::Plain(format!(
            "Expected replicas to be {current}, was {now}"
        )));
    }
    if dry != DryRun::None {
        return Ok(());
    }
    let result = match obj.kind {
        Kind::Deployment => cluster.update_deployment(ns, &obj.name, |d| {
            d.spec.replicas = replicas;
            if let Some(c) = cause {
                d.meta
                    .annotations
                    .insert(CHANGE_CAUSE_ANNOTATION.into(), c.to_string());
            }
        }),
        _ => cluster.update_replicaset(ns, &obj.name, |r| {
            r.spec.replicas = replicas;
            if let Some(c) = cause {
                r.meta
                    .annotations
                    .insert(CHANGE_CAUSE_ANNOTATION.into(), c.to_string());
            }
        }),
    };
    result.map(|_| ()).map_err(|e| KErr::op(&e))
}
