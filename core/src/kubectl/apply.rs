//! `kubectl apply`, `kubectl create` (`-f`, `create deployment`), `kubectl replace`.
//!
//! kubectl's resource builder reads each file as a stream of YAML documents (split at
//! `---` lines: a document's line numbers count from the line after its separator) and
//! collects what it can: a syntax error or a validation error (`kind not set`) ends that
//! file's stream, a kind the server does not serve skips that document; every object read
//! before is still applied, one at a time, and a server-side failure (strict decoding,
//! Invalid, AlreadyExists) affects only its own object. Errors are printed after the
//! objects, as `checkErr` prints them. Each object goes through [`Cluster::apply`] on its
//! own, so the JS API's all-or-nothing `apply()` stays as it is.
//!
//! Checked against kubectl v1.33.1 (oracle, `--validate=false` since the fake server has no
//! OpenAPI): `created` / `configured` / `unchanged`, `(dry run)` / `(server dry run)`, the
//! syntax and mapping errors, partial application, AlreadyExists for `create -f`, `--record`
//! (recorded as `kubectl apply --filename=x.yaml --record=true`, also into the
//! last-applied annotation). The texts of validation-on errors (`kind not set`) and of
//! server-side strict decoding are kubectl's and the API server's as read in their sources.

use super::args::{FlagKind, FlagSpec, flag};
use super::misc::{self, DryRun, KErr, Obj};
use super::resources::Resource;
use super::{Command, Invocation, Output};
use crate::cluster::{ApplyAction, Cluster};
use crate::manifest::schema::SchemaIssue;
use crate::manifest::yaml::YamlLimits;
use crate::manifest::{self, DocError, ManifestDoc};
use crate::model::Kind;
use crate::model::deployment::{CHANGE_CAUSE_ANNOTATION, LAST_APPLIED_ANNOTATION};
use crate::value::{Value, write_compact_json};

const APPLY_FLAGS: &[FlagSpec] = &[
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("dry-run", None, FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("validate", None, FlagKind::String),
    flag("record", None, FlagKind::Bool),
    flag("server-side", None, FlagKind::Bool),
    flag("force-conflicts", None, FlagKind::Bool),
    flag("field-manager", None, FlagKind::String),
    flag("force", None, FlagKind::Bool),
    flag("overwrite", None, FlagKind::Bool),
    flag("prune", None, FlagKind::Bool),
    flag("prune-allowlist", None, FlagKind::StringArray),
    flag("all", None, FlagKind::Bool),
    flag("selector", Some('l'), FlagKind::String),
    flag("cascade", None, FlagKind::String),
    flag("grace-period", None, FlagKind::Int),
    flag("timeout", None, FlagKind::String),
    flag("wait", None, FlagKind::Bool),
    flag("openapi-patch", None, FlagKind::Bool),
    flag("subresource", None, FlagKind::String),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
];

const CREATE_FLAGS: &[FlagSpec] = &[
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("dry-run", None, FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("validate", None, FlagKind::String),
    flag("record", None, FlagKind::Bool),
    flag("save-config", None, FlagKind::Bool),
    flag("edit", None, FlagKind::Bool),
    flag("raw", None, FlagKind::String),
    flag("selector", Some('l'), FlagKind::String),
    flag("field-manager", None, FlagKind::String),
    flag("windows-line-endings", None, FlagKind::Bool),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
];

const CREATE_DEPLOYMENT_FLAGS: &[FlagSpec] = &[
    flag("image", None, FlagKind::StringArray),
    flag("replicas", Some('r'), FlagKind::Int),
    flag("port", None, FlagKind::Int),
    flag("dry-run", None, FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("save-config", None, FlagKind::Bool),
    flag("validate", None, FlagKind::String),
    flag("field-manager", None, FlagKind::String),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
];

const REPLACE_FLAGS: &[FlagSpec] = &[
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("dry-run", None, FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("validate", None, FlagKind::String),
    flag("record", None, FlagKind::Bool),
    flag("save-config", None, FlagKind::Bool),
    flag("force", None, FlagKind::Bool),
    flag("cascade", None, FlagKind::String),
    flag("grace-period", None, FlagKind::Int),
    flag("timeout", None, FlagKind::String),
    flag("wait", None, FlagKind::Bool),
    flag("raw", None, FlagKind::String),
    flag("field-manager", None, FlagKind::String),
    flag("subresource", None, FlagKind::String),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
];

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![
        Command {
            path: "apply",
            flags: APPLY_FLAGS,
            run: apply,
            short: "Apply a configuration to a resource by file name or stdin",
        },
        Command {
            path: "create",
            flags: CREATE_FLAGS,
            run: create,
            short: "Create a resource from a file or from stdin",
        },
        Command {
            path: "create deployment",
            flags: CREATE_DEPLOYMENT_FLAGS,
            run: create_deployment,
            short: "Create a deployment with the specified name",
        },
        Command {
            path: "replace",
            flags: REPLACE_FLAGS,
            run: replace,
            short: "Replace a resource by file name or stdin",
        },
    ]
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Apply,
    ServerSideApply,
    Create,
    Replace,
}

/// One object read from a file, ready to be sent.
struct Info {
    file: String,
    /// The document as written (its own chunk of the file).
    text: String,
    /// Its identification (a strict-decoding problem is found by the server later).
    kind: Kind,
    name: String,
    namespace: Option<String>,
    /// The document's value, when it needs changing before it is sent (`--record`, `-n`).
    value: Option<Value>,
}

/// kubectl's `YAMLReader`: documents split at lines starting with `---` (followed by
/// nothing but spaces or a comment). A separator before any content stays in the first
/// document; later documents start on the line after their separator.
pub(crate) fn split_documents(text: &str) -> Vec<String> {
    let mut docs = Vec::new();
    let mut buf = String::new();
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("---") {
            let rest = rest.trim();
            if (rest.is_empty() || rest.starts_with('#')) && !buf.is_empty() {
                docs.push(std::mem::take(&mut buf));
                continue;
            }
        }
        buf.push_str(line);
    }
    if !buf.is_empty() {
        docs.push(buf);
    }
    docs
}

/// go-yaml's wording of a syntax error (`yaml: line N: <problem>`): the libyaml-style
/// message without its `while …` context; parser errors report the 0-based line of the
/// problem, scanner errors the 1-based one.
pub(crate) fn go_yaml_error(line: u32, message: &str) -> String {
    let (is_parser, problem) = match message.strip_prefix("while parsing ") {
        Some(rest) => (true, rest.split_once(", ").map_or(rest, |(_, p)| p)),
        None => match message.strip_prefix("while scanning ") {
            Some(rest) => (false, rest.split_once(", ").map_or(rest, |(_, p)| p)),
            None => (false, message),
        },
    };
    let problem = match problem {
        p if p.starts_with("tabs disallowed") => "found character that cannot start any token",
        "expected ',' or ']'" => "did not find expected ',' or ']'",
        "expected ',' or '}'" => "did not find expected ',' or '}'",
        p => p,
    };
    let line = if is_parser {
        line.saturating_sub(1)
    } else {
        line
    };
    if line == 0 {
        format!("yaml: {problem}")
    } else {
        format!("yaml: line {line}: {problem}")
    }
}

/// Reads the files: the objects to send and the errors met on the way (as kubectl's
/// builder collects them). A missing file stops everything.
fn read_files(
    cluster: &Cluster,
    files: &[String],
    validate: bool,
) -> Result<(Vec<Info>, Vec<KErr>), Output> {
    if files.iter().any(|f| f == "-") {
        return Err(Output::error(
            "the playground has no standard input: write the manifest with writeFile (or the editor) and run \"kubectl apply -f <file>\"",
        ));
    }
    for f in files {
        if cluster.file(f).is_none() {
            return Err(Output::error(format!("the path \"{f}\" does not exist")));
        }
    }
    let mut infos = Vec::new();
    let mut errs = Vec::new();
    'files: for f in files {
        let text = cluster.file(f).unwrap_or_default().to_string();
        for chunk in split_documents(&text) {
            let docs = match manifest::parse(&chunk, YamlLimits::default()) {
                Ok(d) => d,
                Err(DocError::Syntax { pos, message }) => {
                    errs.push(KErr::Plain(format!(
                        "error parsing {f}: error converting YAML to JSON: {}",
                        go_yaml_error(pos.line, &message)
                    )));
                    continue 'files;
                }
                Err(e) => {
                    errs.push(KErr::Plain(format!("error parsing {f}: {e:?}")));
                    continue 'files;
                }
            };
            for doc in docs {
                match doc {
                    Ok(ManifestDoc {
                        kind,
                        name,
                        namespace,
                        ..
                    }) => infos.push(Info {
                        file: f.clone(),
                        text: chunk.clone(),
                        kind,
                        name,
                        namespace,
                        value: None,
                    }),
                    Err(DocError::Decode { kind, name, .. }) => {
                        let namespace = raw_value(&chunk)
                            .and_then(|v| v.pointer("metadata.namespace").and_then(Value::as_str).map(str::to_string));
                        infos.push(Info {
                            file: f.clone(),
                            text: chunk.clone(),
                            kind,
                            name,
                            namespace,
                            value: None,
                        });
                    }
                    Err(DocError::MissingField { .. } | DocError::NotAnObject { .. }) => {
                        let raw = raw_value(&chunk);
                        if validate {
                            let problem = match &raw {
                                Some(v) if v.as_object().is_some() => {
                                    let mut missing = Vec::new();
                                    if v.get("apiVersion").is_none_or(Value::is_null) {
                                        missing.push("apiVersion not set");
                                    }
                                    if v.get("kind").is_none_or(Value::is_null) {
                                        missing.push("kind not set");
                                    }
                                    if missing.len() == 1 {
                                        missing[0].to_string()
                                    } else {
                                        format!("[{}]", missing.join(", "))
                                    }
                                }
                                _ => "invalid object to validate".to_string(),
                            };
                            errs.push(KErr::Plain(format!(
                                "error validating \"{f}\": error validating data: {problem}; if you choose to ignore these errors, turn validation off with --validate=false"
                            )));
                            continue 'files;
                        }
                        let mut json = String::new();
                        if let Some(v) = &raw {
                            write_compact_json(v, &mut json);
                        }
                        let field = if raw.as_ref().is_some_and(|v| v.get("kind").is_none_or(Value::is_null)) {
                            "Kind"
                        } else {
                            "apiVersion"
                        };
                        errs.push(KErr::Plain(format!(
                            "unable to decode \"{f}\": Object '{field}' is missing in '{json}'"
                        )));
                    }
                    Err(DocError::NoKindMatch {
                        kind,
                        api_version,
                        name,
                        namespace,
                        ..
                    }) => errs.push(KErr::Plain(format!(
                        "resource mapping not found for name: \"{name}\" namespace: \"{namespace}\" from \"{f}\": no matches for kind \"{kind}\" in version \"{api_version}\"\nensure CRDs are installed first"
                    ))),
                    Err(e) => errs.push(KErr::Plain(format!("error parsing {f}: {e:?}"))),
                }
            }
        }
    }
    Ok((infos, errs))
}

/// The document as parsed, before identification.
fn raw_value(chunk: &str) -> Option<Value> {
    manifest::yaml::parse_documents(chunk, YamlLimits::default())
        .ok()
        .and_then(|mut d| {
            if d.is_empty() {
                None
            } else {
                Some(d.remove(0).value)
            }
        })
}

/// The objects named in files (for `delete -f`, …), without their errors.
pub(crate) fn file_objects(cluster: &Cluster, files: &[String]) -> Result<Vec<Obj>, Output> {
    let (infos, errs) = read_files(cluster, files, true)?;
    if let Some(e) = errs.into_iter().next() {
        return Err(misc::finish(String::new(), String::new(), vec![e]));
    }
    Ok(infos
        .into_iter()
        .map(|i| Obj {
            resource: Resource::Kind(i.kind),
            kind: i.kind,
            name: i.name,
        })
        .collect())
}

/// Namespaces that exist in the playground.
const NAMESPACES: &[&str] = &["default", "kube-node-lease", "kube-public", "kube-system"];

fn apply(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let mode = if inv.flags.bool("server-side", false) {
        Mode::ServerSideApply
    } else {
        Mode::Apply
    };
    if inv.flags.bool("prune", false) {
        return Output::error("the playground does not support --prune");
    }
    run_files(cluster, inv, mode, APPLY_FLAGS)
}

fn create(cluster: &mut Cluster, inv: &Invocation) -> Output {
    if !inv.args.is_empty() {
        return misc::args_error(inv, &format!("Unexpected args: [{}]", inv.args.join(" ")));
    }
    run_files(cluster, inv, Mode::Create, CREATE_FLAGS)
}

fn replace(cluster: &mut Cluster, inv: &Invocation) -> Output {
    run_files(cluster, inv, Mode::Replace, REPLACE_FLAGS)
}

fn run_files(cluster: &mut Cluster, inv: &Invocation, mode: Mode, specs: &[FlagSpec]) -> Output {
    if inv.flags.has("kustomize") {
        return Output::error("the playground does not support kustomize (-k); use -f with a file");
    }
    let files = inv.flags.all("filename");
    if files.is_empty() {
        return Output::error("must specify one of -f and -k");
    }
    let validate = match inv.flags.get("validate") {
        None | Some("true" | "strict" | "warn") => true,
        Some("false" | "ignore") => false,
        Some(v) => {
            return Output::error(format!(
                "invalid - validate option {v:?}; must be one of: strict (or true), warn, ignore (or false)"
            ));
        }
    };
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
        .then(|| misc::record_cause(inv, specs));
    let (mut infos, mut errs) = match read_files(cluster, &files, validate) {
        Ok(x) => x,
        Err(mut o) => {
            o.stderr.insert_str(0, &stderr);
            return o;
        }
    };
    if infos.is_empty() && errs.is_empty() {
        let word = match mode {
            Mode::Apply | Mode::ServerSideApply => "apply",
            Mode::Create => "create",
            Mode::Replace => "replace",
        };
        return Output::error(format!("no objects passed to {word}"));
    }
    let mut stdout = String::new();
    for info in &mut infos {
        match send(cluster, inv, info, mode, dry, cause.as_deref()) {
            Ok((lines, warnings)) => {
                for w in warnings {
                    stderr.push_str(&format!("Warning: {w}\n"));
                }
                for (obj, action, ns) in lines {
                    let human = format!("{} {action}{}\n", obj.printed(), dry.suffix());
                    match out.render(cluster, &obj, &ns, human) {
                        Ok(s) => stdout.push_str(&s),
                        Err(e) => errs.push(e),
                    }
                }
            }
            Err(e) => errs.push(e),
        }
    }
    // Errors met while reading come first only if nothing was sent before them; kubectl
    // prints every error at the end, in the order it met them (reading, then sending).
    misc::finish(stdout, stderr, errs)
}

/// What sending an object gave: (object, operation, namespace) per object written, and the
/// server's warnings.
type Sent = (Vec<(Obj, String, String)>, Vec<String>);

/// Sends one object: the lines to print (object, operation) and the server's warnings.
fn send(
    cluster: &mut Cluster,
    inv: &Invocation,
    info: &mut Info,
    mode: Mode,
    dry: DryRun,
    cause: Option<&str>,
) -> Result<Sent, KErr> {
    let resource = Resource::Kind(info.kind);
    // The namespace: the document's, or -n's (which must agree).
    let mut ns = info.namespace.clone().filter(|n| !n.is_empty());
    if info.kind.namespaced() {
        match &ns {
            Some(doc_ns) if inv.namespace_set && *doc_ns != inv.namespace => {
                return Err(KErr::Plain(format!(
                    "the namespace from the provided object \"{doc_ns}\" does not match the namespace \"{}\". You must pass '--namespace={doc_ns}' to perform this operation.",
                    inv.namespace
                )));
            }
            Some(_) => {}
            None => ns = Some(inv.namespace.clone()),
        }
    } else {
        ns = Some(String::new());
    }
    let ns = ns.unwrap_or_default();
    let verb = match mode {
        Mode::Replace => "replacing",
        _ => "creating",
    };
    if info.kind.namespaced() && !NAMESPACES.contains(&ns.as_str()) {
        return Err(KErr::Status(
            "NotFound",
            format!(
                "error when {verb} \"{}\": namespaces \"{ns}\" not found",
                info.file
            ),
        ));
    }
    let exists = cluster.live_object(info.kind, &ns, &info.name).is_some();
    match mode {
        Mode::Create if exists => {
            return Err(KErr::Status(
                "AlreadyExists",
                format!(
                    "error when creating \"{}\": {} \"{}\" already exists",
                    info.file,
                    resource.qualified(),
                    info.name
                ),
            ));
        }
        Mode::Replace if !exists => {
            return Err(KErr::Status(
                "NotFound",
                format!(
                    "error when replacing \"{}\": {} \"{}\" not found",
                    info.file,
                    resource.qualified(),
                    info.name
                ),
            ));
        }
        _ => {}
    }
    // What is sent: the document, with the change-cause and the namespace when needed.
    let needs_value = cause.is_some()
        || (info.kind.namespaced()
            && info.namespace.as_deref().is_none_or(str::is_empty)
            && ns != "default");
    let text = if needs_value {
        let mut v = raw_value(&info.text).unwrap_or_else(Value::object);
        {
            let meta = v.entry_object("metadata");
            if info.kind.namespaced()
                && meta.get("namespace").is_none_or(Value::is_null)
                && ns != "default"
            {
                meta.set("namespace", Value::from(ns.as_str()));
            }
            if let Some(c) = cause {
                meta.entry_object("annotations")
                    .set(CHANGE_CAUSE_ANNOTATION, Value::from(c));
            }
        }
        let mut json = String::new();
        write_compact_json(&v, &mut json);
        info.value = Some(v);
        json
    } else {
        info.text.clone()
    };
    let had_last_applied = cluster
        .live_object(info.kind, &ns, &info.name)
        .is_some_and(|o| o.meta().annotations.contains_key(LAST_APPLIED_ANNOTATION));
    let mut scratch;
    let target: &mut Cluster = if dry == DryRun::None {
        cluster
    } else {
        scratch = cluster.clone();
        &mut scratch
    };
    match target.apply(&text) {
        Ok(outcome) => {
            let mut lines = Vec::new();
            for a in &outcome.applied {
                let obj = Obj {
                    resource: Resource::Kind(a.kind),
                    kind: a.kind,
                    name: a.name.clone(),
                };
                let action = match mode {
                    Mode::Apply => a.action.as_str().to_string(),
                    Mode::ServerSideApply => "serverside-applied".to_string(),
                    Mode::Create => "created".to_string(),
                    Mode::Replace => "replaced".to_string(),
                };
                let keep_last_applied = match mode {
                    Mode::Apply => true,
                    Mode::ServerSideApply => had_last_applied,
                    Mode::Create | Mode::Replace => inv.flags.bool("save-config", false),
                };
                if !keep_last_applied && a.action != ApplyAction::Unchanged {
                    target.forget_last_applied(a.kind, &a.namespace, &a.name);
                }
                lines.push((obj, action, a.namespace.clone()));
            }
            let warnings = outcome.warnings.into_iter().map(|d| d.message).collect();
            Ok((lines, warnings))
        }
        Err(e) => {
            let first = e.errors.into_iter().next();
            Err(match first {
                Some(d) => server_error(target, d, info, &ns, exists, mode),
                None => KErr::Plain("apply failed".into()),
            })
        }
    }
}

/// A server-side failure as kubectl prints it for the request it made.
fn server_error(
    cluster: &Cluster,
    e: DocError,
    info: &Info,
    ns: &str,
    exists: bool,
    mode: Mode,
) -> KErr {
    let context = if exists && matches!(mode, Mode::Apply) {
        format!(
            "error when applying patch:\n{}\nto:\n{}\nfor: \"{}\": error when patching \"{}\": ",
            apply_patch(cluster, info, ns),
            info_string(info.kind, &info.name, ns),
            info.file,
            info.file
        )
    } else if mode == Mode::Replace {
        format!("error when replacing \"{}\": ", info.file)
    } else {
        format!("error when creating \"{}\": ", info.file)
    };
    match e {
        DocError::Decode { kind, issues, .. } => {
            let detail = match issues.iter().find_map(|i| match i {
                SchemaIssue::WrongType { message, .. } => Some(message.clone()),
                SchemaIssue::UnknownField { .. } => None,
            }) {
                Some(m) => m,
                None => {
                    let fields: Vec<String> = issues
                        .iter()
                        .filter_map(|i| match i {
                            SchemaIssue::UnknownField { path, .. } => {
                                Some(format!("unknown field \"{path}\""))
                            }
                            SchemaIssue::WrongType { .. } => None,
                        })
                        .collect();
                    format!("strict decoding error: {}", fields.join(", "))
                }
            };
            let version = kind.api_version().rsplit('/').next().unwrap_or("v1");
            KErr::Status(
                "BadRequest",
                format!(
                    "{context}{kind} in version \"{version}\" cannot be handled as a {kind}: {detail}"
                ),
            )
        }
        DocError::Invalid { kind, name, causes } => KErr::Invalid {
            kind,
            name,
            causes: causes.into_iter().map(|(c, _)| c.to_string()).collect(),
            context,
        },
        DocError::Other {
            message,
            kind,
            name,
            ..
        } if message == "resource name may not be empty" => {
            let _ = name;
            KErr::Plain(format!(
                "error when retrieving current configuration of:\n{}\nfrom server for: \"{}\": resource name may not be empty",
                info_string(kind, "", ns),
                info.file
            ))
        }
        DocError::Other { message, .. } => KErr::Plain(message),
        other => KErr::Plain(format!("{other:?}")),
    }
}

/// `resource.Info.String()`.
fn info_string(kind: Kind, name: &str, ns: &str) -> String {
    let group_version = kind.api_version();
    let gv = if kind.group().is_empty() {
        format!("/{group_version}")
    } else {
        group_version.to_string()
    };
    format!(
        "Resource: \"{gv}, Resource={}\", GroupVersionKind: \"{gv}, Kind={}\"\nName: \"{name}\", Namespace: \"{ns}\"",
        kind.resource(),
        kind.name()
    )
}

/// The patch client-side apply sends for an existing object: a three-way strategic merge
/// patch (`CreateThreeWayMergePatch`) of the last applied configuration (original), the
/// manifest with its new last-applied annotation (modified) and the live object (current),
/// as compact JSON with sorted keys. Lists of containers, ports, env, volumes and mounts
/// merge by key (with `$setElementOrder`), other lists are replaced.
fn apply_patch(cluster: &Cluster, info: &Info, ns: &str) -> String {
    let Some(mut modified) = info.value.clone().or_else(|| raw_value(&info.text)) else {
        return "{}".into();
    };
    if info.kind.namespaced() {
        modified
            .entry_object("metadata")
            .set("namespace", Value::from(ns));
    }
    let mut last = String::new();
    {
        let mut m = modified.clone();
        m.entry_object("metadata")
            .entry_object("annotations")
            .remove(LAST_APPLIED_ANNOTATION);
        write_compact_json(&m, &mut last);
        last.push('\n');
    }
    modified
        .entry_object("metadata")
        .entry_object("annotations")
        .set(LAST_APPLIED_ANNOTATION, Value::from(last));
    let live = cluster.live_object(info.kind, ns, &info.name);
    let current = live
        .as_ref()
        .map(|o| crate::model::ToValue::to_value(o, cluster.config().epoch))
        .unwrap_or_else(Value::object);
    let original = live
        .as_ref()
        .and_then(|o| o.meta().annotations.get(LAST_APPLIED_ANNOTATION).cloned())
        .and_then(|s| raw_value(&s));
    let patch = smp_map(original.as_ref(), &modified, &current).unwrap_or_else(Value::object);
    let mut out = String::new();
    write_compact_json(&patch, &mut out);
    out
}

/// The merge key of a list field (strategic merge patch), if it has one.
fn merge_key(field: &str) -> Option<&'static str> {
    match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "env"
        | "volumes"
        | "imagePullSecrets" => Some("name"),
        "ports" => Some("containerPort"),
        "volumeMounts" => Some("mountPath"),
        "volumeDevices" => Some("devicePath"),
        _ => None,
    }
}

/// The patch turning `current` into `modified` for a map, deleting what `original` had and
/// `modified` dropped; `None` when nothing changes.
fn smp_map(original: Option<&Value>, modified: &Value, current: &Value) -> Option<Value> {
    let m = modified.as_object()?;
    let mut patch = crate::value::Map::new();
    for (k, mv) in m {
        let cv = current.get(k);
        let ov = original.and_then(|o| o.get(k));
        match (mv, cv) {
            (Value::Object(_), Some(c @ Value::Object(_))) => {
                if let Some(sub) = smp_map(ov, mv, c) {
                    patch.insert(k.clone(), sub);
                }
            }
            (Value::Array(ma), Some(Value::Array(ca))) if merge_key(k).is_some() => {
                let key = merge_key(k).unwrap_or("name");
                let oa = ov.and_then(Value::as_array);
                let find = |list: &[Value], v: Option<&Value>| {
                    list.iter()
                        .find(|e| e.get(key).is_some() && e.get(key) == v)
                        .cloned()
                };
                let mut items = Vec::new();
                for me in ma {
                    let kv = me.get(key);
                    match find(ca, kv) {
                        Some(ce) => {
                            let oe = oa.and_then(|o| find(o, kv));
                            if let Some(mut sub) = smp_map(oe.as_ref(), me, &ce) {
                                if let (Some(obj), Some(kv)) = (sub.as_object_mut(), kv) {
                                    obj.insert(key.to_string(), kv.clone());
                                }
                                items.push(sub);
                            }
                        }
                        None => items.push(me.clone()),
                    }
                }
                for oe in oa.into_iter().flatten() {
                    let kv = oe.get(key);
                    if find(ma, kv).is_none() && find(ca, kv).is_some() {
                        let mut del = crate::value::Map::new();
                        del.insert("$patch".into(), Value::from("delete"));
                        if let Some(kv) = kv {
                            del.insert(key.to_string(), kv.clone());
                        }
                        items.push(Value::Object(del));
                    }
                }
                if !items.is_empty() {
                    let order = ma
                        .iter()
                        .filter_map(|e| e.get(key))
                        .map(|kv| {
                            let mut o = crate::value::Map::new();
                            o.insert(key.to_string(), kv.clone());
                            Value::Object(o)
                        })
                        .collect();
                    patch.insert(format!("$setElementOrder/{k}"), Value::Array(order));
                    patch.insert(k.clone(), Value::Array(items));
                }
            }
            (_, Some(c)) if c == mv => {}
            _ => {
                patch.insert(k.clone(), mv.clone());
            }
        }
    }
    if let Some(o) = original.and_then(Value::as_object) {
        for k in o.keys() {
            if !m.contains_key(k) && current.get(k).is_some() {
                patch.insert(k.clone(), Value::Null);
            }
        }
    }
    if patch.is_empty() {
        None
    } else {
        Some(Value::Object(patch))
    }
}

fn create_deployment(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let images = inv.flags.all("image");
    if images.is_empty() {
        return Output::error("required flag(s) \"image\" not set");
    }
    if inv.args.len() != 1 {
        return misc::args_error(
            inv,
            &format!("exactly one NAME is required, got {}", inv.args.len()),
        );
    }
    let name = &inv.args[0];
    let dry = match DryRun::of(inv) {
        Ok(d) => d,
        Err(o) => return o,
    };
    let out = match misc::Out::of(inv) {
        Ok(o) => o,
        Err(o) => return o,
    };
    let replicas: i32 = inv
        .flags
        .get("replicas")
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    let port: Option<i32> = inv
        .flags
        .get("port")
        .and_then(|p| p.parse().ok())
        .filter(|p: &i32| *p >= 0);
    let obj = Obj {
        resource: Resource::Kind(Kind::Deployment),
        kind: Kind::Deployment,
        name: name.clone(),
    };
    let line = format!("{} created{}\n", obj.printed(), dry.suffix());
    if dry == DryRun::Client {
        return Output::ok(if out == misc::Out::Human {
            line
        } else {
            format!("{}\n", obj.printed())
        });
    }
    let mut scratch;
    let target: &mut Cluster = if dry == DryRun::None {
        cluster
    } else {
        scratch = cluster.clone();
        &mut scratch
    };
    match target.create_deployment(&inv.namespace, name, &images, replicas, port) {
        Ok(()) => match out.render(target, &obj, &inv.namespace, line) {
            Ok(s) => Output::ok(s),
            Err(e) => misc::finish(String::new(), String::new(), vec![e]),
        },
        Err(e) => Output::error(format!(
            "failed to create deployment: {}",
            KErr::op(&e).message()
        )),
    }
}
