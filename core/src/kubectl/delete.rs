//! `kubectl delete`.
//!
//! Checked against kubectl v1.33.1 (oracle, `a-complete`; the same texts in 1.28 and 1.32):
//! `deployment.apps "x" deleted` (no "from default namespace" before kubectl 1.34),
//! `pod "p" force deleted` plus the immediate-deletion warning with `--force`,
//! `--grace-period=0` without `--force` meaning 1 second, `No resources found` for an empty
//! selection, NotFound per missing name (the others are still deleted), the `--cascade`,
//! `--now`, `--all`/`-l` argument errors.
//!
//! Like the real command (`--wait=true`), it returns once the deleted objects are gone: a
//! pod's graceful termination, or a foreground deletion waiting for its dependents, plays
//! out in virtual time (bounded by `--timeout`, or one virtual hour).

use super::args::{FlagKind, FlagSpec, flag};
use super::misc::{self, DryRun, KErr, Obj};
use super::{Command, Invocation, Output};
use crate::cluster::{Cluster, Propagation};
use crate::model::{Kind, ObjectKey};
use crate::time::SimDuration;

const FLAGS: &[FlagSpec] = &[
    flag("all", None, FlagKind::Bool),
    flag("all-namespaces", Some('A'), FlagKind::Bool),
    flag("cascade", None, FlagKind::String),
    flag("dry-run", None, FlagKind::String),
    flag("field-selector", None, FlagKind::String),
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("force", None, FlagKind::Bool),
    flag("grace-period", None, FlagKind::Int),
    flag("ignore-not-found", None, FlagKind::Bool),
    flag("interactive", Some('i'), FlagKind::Bool),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("now", None, FlagKind::Bool),
    flag("output", Some('o'), FlagKind::String),
    flag("raw", None, FlagKind::String),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("selector", Some('l'), FlagKind::String),
    flag("timeout", None, FlagKind::String),
    flag("wait", None, FlagKind::Bool),
];

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![Command {
        path: "delete",
        flags: FLAGS,
        run: delete,
        short: "Delete resources by file names, stdin, resources and names, or by resources and label selector",
    }]
}

/// The longest a delete waits for its objects to go, in virtual time.
const MAX_WAIT_MS: u64 = 3_600_000;

fn delete(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let mut stderr = String::new();
    let mut grace: i64 = inv
        .flags
        .get("grace-period")
        .and_then(|g| g.parse().ok())
        .unwrap_or(-1);
    let force = inv.flags.bool("force", false);
    if inv.flags.bool("now", false) {
        if grace != -1 {
            return Output::error("--now and --grace-period cannot be specified together");
        }
        grace = 1;
    }
    if grace == 0 && !force {
        // kubectl turns --grace-period=0 into 1 unless --force is given.
        grace = 1;
    }
    if force && grace < 0 {
        grace = 0;
    }
    let propagation = match inv.flags.get("cascade") {
        None | Some("background" | "true") => Propagation::Background,
        Some("orphan") => Propagation::Orphan,
        Some("false") => {
            stderr.push_str("warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n");
            Propagation::Orphan
        }
        Some("foreground") => Propagation::Foreground,
        Some(v) => {
            return Output::error(format!(
                "invalid cascade value ({v}). Must be \"background\", \"foreground\", or \"orphan\""
            ));
        }
    };
    let dry = match DryRun::of(inv) {
        Ok(d) => d,
        Err(o) => return o,
    };
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
    // The objects: from files, or from arguments.
    let files = inv.flags.all("filename");
    let picked: Vec<Result<Obj, KErr>> = if !files.is_empty() {
        if !inv.args.is_empty() {
            return Output::error(
                "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
            );
        }
        match super::apply::file_objects(cluster, &files) {
            Ok(objs) => objs
                .into_iter()
                .map(|o| {
                    if misc::exists(cluster, o.kind, &inv.namespace, &o.name) {
                        Ok(o)
                    } else {
                        Err(KErr::not_found(o.resource, &o.name))
                    }
                })
                .collect(),
            Err(o) => return o,
        }
    } else {
        match misc::pick(
            cluster,
            &inv.namespace,
            &inv.args,
            inv.flags.bool("all", false),
            inv.flags.get("selector"),
            false,
        ) {
            Ok(p) => p,
            Err(e) => return Output::error(e),
        }
    };
    let name_only = match inv.flags.get("output") {
        None | Some("") => false,
        Some("name") => true,
        Some(o) => {
            return Output::error(format!(
                "unexpected -o output mode: {o}. We only support '-o name'"
            ));
        }
    };
    if grace == 0 && force {
        stderr.push_str("Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n");
    } else if grace > 0 && force {
        return Output::error(
            "--force and --grace-period greater than 0 cannot be specified together",
        );
    }
    let ignore_not_found = inv.flags.bool("ignore-not-found", false);
    let mut stdout = String::new();
    let mut errs = Vec::new();
    let mut found = 0;
    let mut gone_wait: Vec<(ObjectKey, String)> = Vec::new();
    let mut warned_scope = false;
    for p in picked {
        let obj = match p {
            Ok(o) => o,
            Err(e) => {
                found += 1;
                if !(ignore_not_found && matches!(e, KErr::Status("NotFound", _))) {
                    errs.push(e);
                }
                continue;
            }
        };
        found += 1;
        if !obj.kind.namespaced() && inv.namespace_set && !warned_scope {
            stderr.push_str("warning: deleting cluster-scoped resources, not scoped to the provided namespace\n");
            warned_scope = true;
        }
        let ns = misc::ns_of(obj.kind, &inv.namespace).to_string();
        if matches!(obj.kind, Kind::Node | Kind::Event) {
            errs.push(KErr::Plain(format!(
                "the playground manages {} itself; deleting {} is not supported",
                obj.resource.plural(),
                obj.printed()
            )));
            continue;
        }
        let op = if grace == 0 {
            "force deleted"
        } else {
            "deleted"
        };
        let line = if name_only {
            format!("{}\n", obj.printed())
        } else {
            format!(
                "{} \"{}\" {op}{}\n",
                obj.resource.singular_qualified(),
                obj.name,
                dry.suffix()
            )
        };
        if dry != DryRun::None {
            stdout.push_str(&line);
            continue;
        }
        let key = ObjectKey::new(obj.kind, &ns, &obj.name);
        let uid = cluster
            .store()
            .meta(&key)
            .map(|m| m.uid.clone())
            .unwrap_or_default();
        let grace_opt = (grace >= 0).then_some(grace);
        match cluster.delete(&key, propagation, grace_opt) {
            Ok(()) => {
                stdout.push_str(&line);
                gone_wait.push((key, uid));
            }
            Err(e) => {
                let e = KErr::api(&e);
                if !(ignore_not_found && matches!(e, KErr::Status("NotFound", _))) {
                    errs.push(e);
                }
            }
        }
    }
    if found == 0 {
        stdout.push_str("No resources found\n");
        return misc::finish(stdout, stderr, errs);
    }
    if inv.flags.bool("wait", true) && dry == DryRun::None {
        let limit = if timeout_ms > 0 {
            timeout_ms
        } else {
            MAX_WAIT_MS
        };
        wait_gone(cluster, &gone_wait, limit);
    }
    misc::finish(stdout, stderr, errs)
}

/// Advances virtual time until none of the objects (same uid) is left, or nothing more can
/// happen, or `limit_ms` has passed.
fn wait_gone(cluster: &mut Cluster, objs: &[(ObjectKey, String)], limit_ms: u64) {
    let deadline = cluster.now().plus(SimDuration::from_millis(limit_ms));
    let present = |c: &Cluster| {
        objs.iter()
            .any(|(k, uid)| c.store().meta(k).is_some_and(|m| m.uid == *uid))
    };
    while present(cluster) {
        let Some(next) = cluster.next_wakeup() else {
            break;
        };
        if next > deadline {
            break;
        }
        if cluster.advance_to(next).is_err() {
            break;
        }
    }
}
