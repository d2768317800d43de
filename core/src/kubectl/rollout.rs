//! `kubectl rollout status`, `kubectl rollout history`, `kubectl rollout undo`, `kubectl rollout pause`, `kubectl rollout resume`, `kubectl rollout restart`.
//!
//! Texts checked against kubectl v1.33.1 (oracle goldens `*__rollout-*` and requests.md):
//! history's trailing-space name line, table and final empty line, `--revision=N` with the
//! raw-tab pod template, undo's `rolled back` / `skipped rollback (current template already
//! matches revision N)` / dry-run template, the pause/resume/restart refusals, the errors
//! for other kinds (`no status viewer has been implemented for ReplicaSet.apps`, …).
//!
//! `rollout status` watches by advancing virtual time (DESIGN.md): the real command prints a
//! line for the initial state and one per Deployment update event until the rollout is
//! done, fails (progress deadline) or `--timeout` passes. Here a line is printed for the
//! initial state and for every instant at which the Deployment was written (its
//! resourceVersion moved: a status update, a spec or annotation change), repeats included;
//! several writes at one virtual instant count as one. The wait is bounded by `--timeout`,
//! or one virtual hour when none is given.

use super::args::{FlagKind, FlagSpec, flag};
use super::misc::{self, DryRun, KErr, Obj};
use super::printers::{OutputFormat, print_object};
use super::{Command, Invocation, Output};
use crate::cluster::Cluster;
use crate::config::Profile;
use crate::model::deployment::{CHANGE_CAUSE_ANNOTATION, Deployment};
use crate::model::pod::PodTemplateSpec;
use crate::model::{Kind, ReplicaSet};
use crate::ops::UndoOutcome;
use crate::time::SimDuration;

const STATUS_FLAGS: &[FlagSpec] = &[
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("revision", None, FlagKind::Int),
    flag("selector", Some('l'), FlagKind::String),
    flag("timeout", None, FlagKind::String),
    flag("watch", Some('w'), FlagKind::Bool),
];

const HISTORY_FLAGS: &[FlagSpec] = &[
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("revision", None, FlagKind::Int),
    flag("selector", Some('l'), FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
];

const UNDO_FLAGS: &[FlagSpec] = &[
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("to-revision", None, FlagKind::Int),
    flag("selector", Some('l'), FlagKind::String),
    flag("dry-run", None, FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
];

const OBJECT_FLAGS: &[FlagSpec] = &[
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("selector", Some('l'), FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("field-manager", None, FlagKind::String),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
];

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![
        Command {
            path: "rollout status",
            flags: STATUS_FLAGS,
            run: status,
            short: "Show the status of the rollout",
        },
        Command {
            path: "rollout history",
            flags: HISTORY_FLAGS,
            run: history,
            short: "View rollout history",
        },
        Command {
            path: "rollout undo",
            flags: UNDO_FLAGS,
            run: undo,
            short: "Undo a previous rollout",
        },
        Command {
            path: "rollout pause",
            flags: OBJECT_FLAGS,
            run: pause,
            short: "Mark the provided resource as paused",
        },
        Command {
            path: "rollout resume",
            flags: OBJECT_FLAGS,
            run: resume,
            short: "Resume a paused resource",
        },
        Command {
            path: "rollout restart",
            flags: OBJECT_FLAGS,
            run: restart,
            short: "Restart a resource",
        },
    ]
}

/// The longest `rollout status` watches without `--timeout`, in virtual time.
const MAX_WATCH_MS: u64 = 3_600_000;

/// `ReplicaSet.apps`, `Pod`: how kubectl names a kind in "not implemented" errors.
fn group_kind(kind: Kind) -> String {
    if kind.group().is_empty() {
        kind.name().to_string()
    } else {
        format!("{}.{}", kind.name(), kind.group())
    }
}

/// The rollout builder: `TYPE NAME`, `TYPE/NAME`, a bare type (every object of it) or
/// `-l`. `Err` is a finished output (fatal error, or nothing found).
fn targets(cluster: &Cluster, inv: &Invocation) -> Result<Vec<Result<Obj, KErr>>, Output> {
    if inv.args.is_empty() && inv.flags.all("filename").is_empty() {
        return Err(Output::error("required resource not specified"));
    }
    let picked = if !inv.flags.all("filename").is_empty() {
        super::apply::file_objects(cluster, &inv.flags.all("filename"))?
            .into_iter()
            .map(|o| {
                if misc::exists(cluster, o.kind, &inv.namespace, &o.name) {
                    Ok(o)
                } else {
                    Err(KErr::not_found(o.resource, &o.name))
                }
            })
            .collect()
    } else {
        misc::pick(
            cluster,
            &inv.namespace,
            &inv.args,
            false,
            inv.flags.get("selector"),
            true,
        )
        .map_err(Output::error)?
    };
    Ok(picked)
}

fn no_resources(inv: &Invocation) -> Output {
    Output {
        stdout: String::new(),
        stderr: format!("No resources found in {} namespace.\n", inv.namespace),
        exit_code: 0,
    }
}

fn deployment(cluster: &Cluster, ns: &str, name: &str) -> Option<Deployment> {
    cluster.store().deployment(ns, name).cloned()
}

// ---- status ---------------------------------------------------------------------------

/// `DeploymentStatusViewer.Status`: the line for one observation, whether the rollout is
/// done, or kubectl's error.
pub(crate) fn status_line(d: &Deployment, revision: i64) -> Result<(String, bool), String> {
    let name = &d.meta.name;
    if revision > 0 {
        let current = match d
            .meta
            .annotations
            .get(crate::model::deployment::REVISION_ANNOTATION)
        {
            None => 0,
            Some(v) => v
                .parse::<i64>()
                .map_err(|e| format!("cannot get the revision of deployment \"{name}\": {e}"))?,
        };
        if current != revision {
            return Err(format!(
                "desired revision ({revision}) is different from the running revision ({current})"
            ));
        }
    }
    if d.meta.generation > d.status.observed_generation {
        return Ok((
            "Waiting for deployment spec update to be observed...\n".into(),
            false,
        ));
    }
    if d.status
        .condition("Progressing")
        .is_some_and(|c| c.reason == "ProgressDeadlineExceeded")
    {
        return Err(format!(
            "deployment \"{name}\" exceeded its progress deadline"
        ));
    }
    let s = &d.status;
    let line = if s.updated_replicas < d.spec.replicas {
        format!(
            "Waiting for deployment \"{name}\" rollout to finish: {} out of {} new replicas have been updated...\n",
            s.updated_replicas, d.spec.replicas
        )
    } else if s.replicas > s.updated_replicas {
        format!(
            "Waiting for deployment \"{name}\" rollout to finish: {} old replicas are pending termination...\n",
            s.replicas - s.updated_replicas
        )
    } else if s.available_replicas < s.updated_replicas {
        format!(
            "Waiting for deployment \"{name}\" rollout to finish: {} of {} updated replicas are available...\n",
            s.available_replicas, s.updated_replicas
        )
    } else {
        return Ok((
            format!("deployment \"{name}\" successfully rolled out\n"),
            true,
        ));
    };
    Ok((line, false))
}

fn status(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let timeout_ms = match inv.flags.get("timeout").map(misc::go_duration_ms) {
        None => 0,
        Some(Ok(ms)) => ms,
        Some(Err(e)) => {
            let t = inv.flags.get("timeout").unwrap_or("");
            return misc::usage_error(
                inv,
                &format!("invalid argument \"{t}\" for \"--timeout\" flag: {e}"),
            );
        }
    };
    let revision: i64 = inv
        .flags
        .get("revision")
        .and_then(|r| r.parse().ok())
        .unwrap_or(0);
    let watch = inv.flags.bool("watch", true);
    let picked = match targets(cluster, inv) {
        Ok(p) => p,
        Err(o) => return o,
    };
    if picked.is_empty() {
        return no_resources(inv);
    }
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
        if obj.kind != Kind::Deployment {
            errs.push(KErr::Plain(format!(
                "no status viewer has been implemented for {}",
                group_kind(obj.kind)
            )));
            continue;
        }
        if let Err(e) = watch_status(
            cluster,
            &inv.namespace,
            &obj.name,
            revision,
            watch,
            timeout_ms,
            &mut stdout,
        ) {
            errs.push(e);
        }
    }
    misc::finish(stdout, String::new(), errs)
}

/// Prints the status of one Deployment and, when watching, advances virtual time printing
/// a line at every instant the Deployment changed, until done, failed or timed out.
fn watch_status(
    cluster: &mut Cluster,
    ns: &str,
    name: &str,
    revision: i64,
    watch: bool,
    timeout_ms: u64,
    out: &mut String,
) -> Result<(), KErr> {
    let Some(d) = deployment(cluster, ns, name) else {
        return Err(KErr::not_found(
            super::resources::Resource::Kind(Kind::Deployment),
            name,
        ));
    };
    let (line, done) = status_line(&d, revision).map_err(KErr::Plain)?;
    out.push_str(&line);
    if done || !watch {
        return Ok(());
    }
    let limit = if timeout_ms > 0 {
        timeout_ms
    } else {
        MAX_WATCH_MS
    };
    let deadline = cluster.now().plus(SimDuration::from_millis(limit));
    let mut seen = (d.meta.uid.clone(), d.meta.resource_version);
    loop {
        let next = cluster.next_wakeup().filter(|t| *t <= deadline);
        let Some(next) = next else {
            // Nothing more happens before the deadline: wait it out.
            let _ = cluster.advance_to(deadline);
            return Err(KErr::Plain("timed out waiting for the condition".into()));
        };
        if let Err(e) = cluster.advance_to(next) {
            return Err(KErr::api(&e));
        }
        let Some(d) = deployment(cluster, ns, name) else {
            return Err(KErr::Plain("object has been deleted".into()));
        };
        if d.meta.uid != seen.0 {
            return Err(KErr::Plain("object has been deleted".into()));
        }
        if d.meta.resource_version == seen.1 {
            continue;
        }
        seen.1 = d.meta.resource_version;
        let (line, done) = status_line(&d, revision).map_err(KErr::Plain)?;
        out.push_str(&line);
        if done {
            return Ok(());
        }
    }
}

// ---- history --------------------------------------------------------------------------

/// The ReplicaSets of a Deployment by revision (a missing annotation counts as 0, an
/// unparsable one is skipped), each template carrying its RS's change-cause, as kubectl's
/// `DeploymentHistoryViewer` builds them.
fn revisions(cluster: &Cluster, d: &Deployment) -> Vec<(i64, ReplicaSet, PodTemplateSpec)> {
    let mut out: Vec<(i64, ReplicaSet, PodTemplateSpec)> = Vec::new();
    for rs in cluster.history(d) {
        let rev = match rs
            .meta
            .annotations
            .get(crate::model::deployment::REVISION_ANNOTATION)
        {
            None => 0,
            Some(v) => match v.parse::<i64>() {
                Ok(r) => r,
                Err(_) => continue,
            },
        };
        let mut template = rs.spec.template.clone();
        if let Some(c) = rs
            .meta
            .annotations
            .get(CHANGE_CAUSE_ANNOTATION)
            .filter(|c| !c.is_empty())
        {
            template
                .annotations
                .insert(CHANGE_CAUSE_ANNOTATION.into(), c.clone());
        }
        out.retain(|(r, _, _)| *r != rev);
        out.push((rev, rs, template));
    }
    out.sort_by_key(|(r, _, _)| *r);
    out
}

fn history(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let revision: i64 = inv
        .flags
        .get("revision")
        .and_then(|r| r.parse().ok())
        .unwrap_or(0);
    if revision < 0 {
        return Output::error(format!("revision must be a positive integer: {revision}"));
    }
    let out = match misc::Out::of(inv) {
        Ok(o) => o,
        Err(o) => return o,
    };
    let picked = match targets(cluster, inv) {
        Ok(p) => p,
        Err(o) => return o,
    };
    let profile = cluster.config().profile;
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
        if obj.kind != Kind::Deployment {
            errs.push(KErr::Plain(format!(
                "no history viewer has been implemented for \"{}\"",
                group_kind(obj.kind)
            )));
            continue;
        }
        let Some(d) = deployment(cluster, &inv.namespace, &obj.name) else {
            errs.push(KErr::not_found(obj.resource, &obj.name));
            continue;
        };
        let revs = revisions(cluster, &d);
        if let misc::Out::Format(f) = &out {
            // The ReplicaSets themselves, in revision order, through one printer (YAML
            // documents separated by `---`).
            let chosen: Vec<&ReplicaSet> = revs
                .iter()
                .filter(|(r, _, _)| revision == 0 || *r == revision)
                .map(|(_, rs, _)| rs)
                .collect();
            if revision > 0 && chosen.is_empty() {
                errs.push(KErr::Plain("unable to find the specified revision".into()));
                continue;
            }
            for (i, rs) in chosen.iter().enumerate() {
                let Some(v) = cluster.object_value(Kind::ReplicaSet, &inv.namespace, &rs.meta.name)
                else {
                    continue;
                };
                if i > 0 && *f == OutputFormat::Yaml {
                    stdout.push_str("---\n");
                }
                match print_object(&v, f, false, profile) {
                    Ok(s) => stdout.push_str(&s),
                    Err(e) => errs.push(KErr::Plain(e)),
                }
            }
            continue;
        }
        if revision > 0 {
            match revs.iter().find(|(r, _, _)| *r == revision) {
                Some((_, _, t)) => {
                    stdout.push_str(&format!(
                        "{} with revision #{revision}\n{}\n",
                        obj.printed(),
                        pod_template_text(t, profile)
                    ));
                }
                None => errs.push(KErr::Plain("unable to find the specified revision".into())),
            }
            continue;
        }
        stdout.push_str(&format!("{} \n", obj.printed()));
        if revs.is_empty() {
            stdout.push_str("No rollout history found.\n");
            continue;
        }
        let mut table = String::from("REVISION\tCHANGE-CAUSE\n");
        for (r, _, t) in &revs {
            let cause = t
                .annotations
                .get(CHANGE_CAUSE_ANNOTATION)
                .filter(|c| !c.is_empty())
                .map_or("<none>", String::as_str);
            table.push_str(&format!("{r}\t{cause}\n"));
        }
        stdout.push_str(&super::tabwriter::DESCRIBE.format(&table));
        stdout.push('\n');
    }
    misc::finish(stdout, String::new(), errs)
}

/// The pod template as `DescribePodTemplate` writes it (raw tabs).
fn pod_template_text(t: &PodTemplateSpec, profile: Profile) -> String {
    super::describe::describe_pod_template(t, profile)
}

// ---- undo -----------------------------------------------------------------------------

fn undo(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let to_revision: i64 = inv
        .flags
        .get("to-revision")
        .and_then(|r| r.parse().ok())
        .unwrap_or(0);
    let dry = match DryRun::of(inv) {
        Ok(d) => d,
        Err(o) => return o,
    };
    let out = match misc::Out::of(inv) {
        Ok(o) => o,
        Err(o) => return o,
    };
    let picked = match targets(cluster, inv) {
        Ok(p) => p,
        Err(o) => return o,
    };
    if picked.is_empty() {
        return no_resources(inv);
    }
    let profile = cluster.config().profile;
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
        if obj.kind != Kind::Deployment {
            errs.push(KErr::Plain(format!(
                "no rollbacker has been implemented for \"{}\"",
                group_kind(obj.kind)
            )));
            continue;
        }
        let Some(d) = deployment(cluster, &inv.namespace, &obj.name) else {
            errs.push(KErr::not_found(obj.resource, &obj.name));
            continue;
        };
        let target = match cluster.rollback_target(&d, to_revision) {
            Ok(t) => t,
            Err(e) => {
                errs.push(KErr::op(&e));
                continue;
            }
        };
        let result = if dry == DryRun::Client {
            Ok(format!(
                "{} (dry run)",
                pod_template_text(&target.spec.template, profile)
            ))
        } else {
            let mut scratch;
            let c: &mut Cluster = if dry == DryRun::Server {
                scratch = cluster.clone();
                &mut scratch
            } else {
                cluster
            };
            c.rollout_undo(&inv.namespace, &obj.name, to_revision)
                .map(|o| match o {
                    UndoOutcome::RolledBack => format!("rolled back{}", dry.suffix()),
                    // kubectl prints the revision asked for (0 when none was given).
                    UndoOutcome::Skipped { .. } => format!(
                        "skipped rollback (current template already matches revision {to_revision}){}",
                        dry.suffix()
                    ),
                })
        };
        match result {
            Ok(op) => match out.render(
                cluster,
                &obj,
                &inv.namespace,
                format!("{} {op}\n", obj.printed()),
            ) {
                Ok(s) => stdout.push_str(&s),
                Err(e) => errs.push(e),
            },
            Err(e) => errs.push(KErr::op(&e)),
        }
    }
    misc::finish(stdout, String::new(), errs)
}

// ---- pause, resume, restart -----------------------------------------------------------

#[derive(Clone, Copy)]
enum Action {
    Pause,
    Resume,
    Restart,
}

fn pause(cluster: &mut Cluster, inv: &Invocation) -> Output {
    object_action(cluster, inv, Action::Pause)
}

fn resume(cluster: &mut Cluster, inv: &Invocation) -> Output {
    object_action(cluster, inv, Action::Resume)
}

fn restart(cluster: &mut Cluster, inv: &Invocation) -> Output {
    object_action(cluster, inv, Action::Restart)
}

fn object_action(cluster: &mut Cluster, inv: &Invocation, action: Action) -> Output {
    let out = match misc::Out::of(inv) {
        Ok(o) => o,
        Err(o) => return o,
    };
    let picked = match targets(cluster, inv) {
        Ok(p) => p,
        Err(o) => return o,
    };
    if picked.is_empty() {
        return no_resources(inv);
    }
    let (gerund, done) = match action {
        Action::Pause => ("pausing", "paused"),
        Action::Resume => ("resuming", "resumed"),
        Action::Restart => ("restarting", "restarted"),
    };
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
        if obj.kind != Kind::Deployment {
            errs.push(KErr::Plain(format!(
                "{} \"{}\" {gerund} is not supported",
                obj.resource.qualified(),
                obj.name
            )));
            continue;
        }
        let ns = inv.namespace.clone();
        let result = match action {
            Action::Pause => cluster.pause_deployment(&ns, &obj.name),
            Action::Resume => cluster.resume_deployment(&ns, &obj.name),
            Action::Restart => cluster.restart_deployment(&ns, &obj.name),
        };
        match result {
            Ok(()) => match out.render(cluster, &obj, &ns, format!("{} {done}\n", obj.printed())) {
                Ok(s) => stdout.push_str(&s),
                Err(e) => errs.push(e),
            },
            Err(e) => errs.push(KErr::op(&e)),
        }
    }
    misc::finish(stdout, String::new(), errs)
}
