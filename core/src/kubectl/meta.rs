//! `kubectl label`, `kubectl annotate`.
//!
//! Checked against kubectl v1.33.1 (oracle, `a-complete`): `labeled` / `unlabeled` /
//! `not labeled` (and `label "foo" not found.` for removing an absent label), the overwrite
//! errors of each command (`'role' already has a value (deploy), and --overwrite is false`;
//! `--overwrite is false but found the following declared annotation(s): 'foo' already has a
//! value (bar)`), client-side label value validation, several objects failing at once (one
//! line each, no `error: ` prefix), `--dry-run`, `-o name`, `--list`.

use std::collections::BTreeMap;

use super::args::{FlagKind, FlagSpec, flag};
use super::misc::{self, DryRun, KErr};
use super::{Command, Invocation, Output};
use crate::cluster::Cluster;
use crate::manifest::validation;
use crate::model::deployment::CHANGE_CAUSE_ANNOTATION;

const FLAGS: &[FlagSpec] = &[
    flag("overwrite", None, FlagKind::Bool),
    flag("all", None, FlagKind::Bool),
    flag("all-namespaces", Some('A'), FlagKind::Bool),
    flag("selector", Some('l'), FlagKind::String),
    flag("field-selector", None, FlagKind::String),
    flag("dry-run", None, FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("list", None, FlagKind::Bool),
    flag("local", None, FlagKind::Bool),
    flag("resource-version", None, FlagKind::String),
    flag("record", None, FlagKind::Bool),
    flag("field-manager", None, FlagKind::String),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
];

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![
        Command {
            path: "label",
            flags: FLAGS,
            run: label,
            short: "Update the labels on a resource",
        },
        Command {
            path: "annotate",
            flags: FLAGS,
            run: annotate,
            short: "Update the annotations on a resource",
        },
    ]
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum What {
    Labels,
    Annotations,
}

impl What {
    fn word(self) -> &'static str {
        match self {
            What::Labels => "label",
            What::Annotations => "annotation",
        }
    }
}

fn label(cluster: &mut Cluster, inv: &Invocation) -> Output {
    run(cluster, inv, What::Labels)
}

fn annotate(cluster: &mut Cluster, inv: &Invocation) -> Output {
    run(cluster, inv, What::Annotations)
}

type Changes = (Vec<(String, String)>, Vec<String>);

/// `parseLabels` / `parseAnnotations`.
fn parse_changes(specs: &[String], what: What) -> Result<Changes, String> {
    let mut set: Vec<(String, String)> = Vec::new();
    let mut remove: Vec<String> = Vec::new();
    for spec in specs {
        if spec.contains('=') {
            let (k, v) = match what {
                What::Labels => {
                    let parts: Vec<&str> = spec.split('=').collect();
                    if parts.len() != 2 {
                        return Err(format!("invalid label spec: {spec}"));
                    }
                    let errs = validation::label_value_errors(parts[1]);
                    if !errs.is_empty() {
                        return Err(format!("invalid label value: {spec:?}: {}", errs.join(";")));
                    }
                    (parts[0].to_string(), parts[1].to_string())
                }
                What::Annotations => {
                    let (k, v) = spec.split_once('=').unwrap_or((spec, ""));
                    if k.is_empty() {
                        return Err(format!("invalid annotation format: {spec}"));
                    }
                    (k.to_string(), v.to_string())
                }
            };
            set.retain(|(key, _)| *key != k);
            set.push((k, v));
        } else if let Some(k) = spec.strip_suffix('-') {
            remove.push(k.to_string());
        } else {
            return Err(format!("unknown {} spec: {spec}", what.word()));
        }
    }
    if remove.iter().any(|r| set.iter().any(|(k, _)| k == r)) {
        return Err(format!(
            "can not both modify and remove {} {} in the same command",
            if what == What::Labels { "a" } else { "an" },
            what.word()
        ));
    }
    Ok((set, remove))
}

/// The length of `"labels":{…}` in the object's JSON (nothing when empty: omitempty), to
/// tell `labeled` from `unlabeled` as kubectl does (it compares the JSON lengths).
fn json_len(m: &BTreeMap<String, String>) -> usize {
    if m.is_empty() {
        return 0;
    }
    m.iter().map(|(k, v)| k.len() + v.len() + 6).sum::<usize>() + 10
}

fn run(cluster: &mut Cluster, inv: &Invocation, what: What) -> Output {
    // Resources first, then the changes.
    let mut resources = Vec::new();
    let mut changes = Vec::new();
    for a in &inv.args {
        let is_change = a.contains('=') || a.ends_with('-');
        match (changes.is_empty(), is_change) {
            (_, true) => changes.push(a.clone()),
            (true, false) => resources.push(a.clone()),
            (false, false) => {
                return Output::error(format!(
                    "all resources must be specified before {} changes: {a}",
                    what.word()
                ));
            }
        }
    }
    let (set, remove) = match parse_changes(&changes, what) {
        Ok(c) => c,
        Err(e) => return Output::error(e),
    };
    let list = inv.flags.bool("list", false);
    if resources.is_empty() && inv.flags.all("filename").is_empty() {
        return Output::error(
            "one or more resources must be specified as <resource> <name> or <resource>/<name>",
        );
    }
    if set.is_empty() && remove.is_empty() && !list {
        return Output::error(format!("at least one {} update is required", what.word()));
    }
    let dry = match DryRun::of(inv) {
        Ok(d) => d,
        Err(o) => return o,
    };
    let out = match misc::Out::of(inv) {
        Ok(o) => o,
        Err(o) => return o,
    };
    let mut stderr = String::new();
    if inv.flags.has("record") {
        stderr.push_str(misc::RECORD_DEPRECATED);
    }
    let cause = inv
        .flags
        .bool("record", false)
        .then(|| misc::record_cause(inv, FLAGS));
    let picked = match misc::pick(
        cluster,
        &inv.namespace,
        &resources,
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
    let overwrite = inv.flags.bool("overwrite", false);
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
        let ns = misc::ns_of(obj.kind, &inv.namespace).to_string();
        let Some(live) = cluster.live_object(obj.kind, &ns, &obj.name) else {
            errs.push(KErr::not_found(obj.resource, &obj.name));
            continue;
        };
        let meta = live.meta();
        let current = match what {
            What::Labels => meta.labels.clone(),
            What::Annotations => meta.annotations.clone(),
        };
        if what == What::Labels {
            for r in &remove {
                if !current.contains_key(r) {
                    stdout.push_str(&format!("label {r:?} not found.\n"));
                }
            }
        }
        if !overwrite {
            let clashes: Vec<String> = set
                .iter()
                .filter_map(|(k, v)| {
                    current
                        .get(k)
                        .filter(|cur| *cur != v)
                        .map(|cur| format!("'{k}' already has a value ({cur})"))
                })
                .collect();
            if !clashes.is_empty() {
                match what {
                    What::Labels => {
                        for c in clashes {
                            errs.push(KErr::Plain(format!("{c}, and --overwrite is false")));
                        }
                    }
                    What::Annotations => errs.push(KErr::Plain(format!(
                        "--overwrite is false but found the following declared annotation(s): {}",
                        clashes.join("; ")
                    ))),
                }
                continue;
            }
        }
        let mut updated = current.clone();
        for (k, v) in &set {
            updated.insert(k.clone(), v.clone());
        }
        for r in &remove {
            updated.remove(r);
        }
        let mut meta_after = meta.clone();
        match what {
            What::Labels => meta_after.labels = updated.clone(),
            What::Annotations => meta_after.annotations = updated.clone(),
        }
        if let Some(c) = &cause {
            meta_after
                .annotations
                .insert(CHANGE_CAUSE_ANNOTATION.into(), c.clone());
        }
        let changed = meta_after != *meta;
        if changed && dry == DryRun::None {
            let (labels, annotations) = (meta_after.labels.clone(), meta_after.annotations.clone());
            if let Err(e) = cluster.update_object_meta(obj.kind, &ns, &obj.name, |m| {
                m.labels = labels;
                m.annotations = annotations;
            }) {
                errs.push(KErr::op(&e));
                continue;
            }
        }
        if list {
            for (k, v) in &updated {
                stdout.push_str(&format!("{k}={v}\n"));
            }
            continue;
        }
        let op = match what {
            What::Annotations => "annotated",
            What::Labels if !changed => "not labeled",
            What::Labels => {
                let shorter = json_len(&meta_after.labels) + json_len(&meta_after.annotations)
                    < json_len(&meta.labels) + json_len(&meta.annotations);
                if !overwrite && shorter {
                    "unlabeled"
                } else {
                    "labeled"
                }
            }
        };
        match out.render(
            cluster,
            &obj,
            &ns,
            format!("{} {op}{}\n", obj.printed(), dry.suffix()),
        ) {
            Ok(s) => stdout.push_str(&s),
            Err(e) => errs.push(e),
        }
    }
    misc::finish(stdout, stderr, errs)
}
