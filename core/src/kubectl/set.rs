//! `kubectl set image`, `kubectl set resources`.
//!
//! Checked against kubectl v1.33.1 (oracle): `image updated` only when something changed
//! (no output at all otherwise), an unknown container named among found ones still updates
//! the others and fails with `error: unable to find container named "foo"`, `*` sets every
//! container, `--record` writes the change-cause in the same write (and prints pflag's
//! deprecation notice); `set resources` parses quantities client-side with
//! `resource.ParseQuantity`'s errors and stores them in canonical form (`0.5` → `500m`).

use super::args::{FlagKind, FlagSpec, flag};
use super::misc::{self, DryRun, KErr, Obj};
use super::{Command, Invocation, Output};
use crate::cluster::Cluster;
use crate::model::Kind;
use crate::model::deployment::CHANGE_CAUSE_ANNOTATION;
use crate::model::pod::PodTemplateSpec;
use crate::value::Value;

const IMAGE_FLAGS: &[FlagSpec] = &[
    flag("all", None, FlagKind::Bool),
    flag("selector", Some('l'), FlagKind::String),
    flag("dry-run", None, FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("local", None, FlagKind::Bool),
    flag("record", None, FlagKind::Bool),
    flag("field-manager", None, FlagKind::String),
    flag("template", None, FlagKind::String),
    flag("allow-missing-template-keys", None, FlagKind::Bool),
    flag("show-managed-fields", None, FlagKind::Bool),
];

const RESOURCES_FLAGS: &[FlagSpec] = &[
    flag("containers", Some('c'), FlagKind::String),
    flag("limits", None, FlagKind::String),
    flag("requests", None, FlagKind::String),
    flag("all", None, FlagKind::Bool),
    flag("selector", Some('l'), FlagKind::String),
    flag("dry-run", None, FlagKind::String),
    flag("output", Some('o'), FlagKind::String),
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("kustomize", Some('k'), FlagKind::String),
    flag("local", None, FlagKind::Bool),
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
            path: "set image",
            flags: IMAGE_FLAGS,
            run: set_image,
            short: "Update the image of a pod template",
        },
        Command {
            path: "set resources",
            flags: RESOURCES_FLAGS,
            run: set_resources,
            short: "Update resource requests/limits on objects with pod templates",
        },
    ]
}

/// `cmdutil.GetResourcesAndPairs`: resources first, then `key=value` (or `key-`) pairs.
fn resources_and_pairs(
    args: &[String],
    pair_type: &str,
) -> Result<(Vec<String>, Vec<String>), String> {
    let mut resources = Vec::new();
    let mut pairs = Vec::new();
    for s in args {
        let non_resource =
            (s.contains('=') && !s.starts_with('=')) || (s.ends_with('-') && s != "-");
        match (pairs.is_empty(), non_resource) {
            (_, true) => pairs.push(s.clone()),
            (true, false) => resources.push(s.clone()),
            (false, false) => {
                return Err(format!(
                    "all resources must be specified before {pair_type} changes: {s}"
                ));
            }
        }
    }
    Ok((resources, pairs))
}

/// What `set` commands share: the objects (all must exist: the builder's `Infos()` fails
/// as a whole), `--record`, `--dry-run`, `-o name`.
struct Common {
    objs: Vec<Obj>,
    dry: DryRun,
    out: misc::Out,
    cause: Option<String>,
    stderr: String,
}

fn common(
    cluster: &Cluster,
    inv: &Invocation,
    resources: &[String],
    specs: &[FlagSpec],
) -> Result<Common, Output> {
    let dry = DryRun::of(inv)?;
    let out = misc::Out::of(inv)?;
    let mut stderr = String::new();
    if inv.flags.has("record") {
        stderr.push_str(misc::RECORD_DEPRECATED);
    }
    let cause = inv
        .flags
        .bool("record", false)
        .then(|| misc::record_cause(inv, specs));
    let with_stderr = |mut o: Output, pre: &str| {
        o.stderr.insert_str(0, pre);
        o
    };
    if resources.is_empty() && inv.flags.all("filename").is_empty() {
        return Err(with_stderr(Output::error(misc::NO_RESOURCES), &stderr));
    }
    let picked = misc::pick(
        cluster,
        &inv.namespace,
        resources,
        inv.flags.bool("all", false),
        inv.flags.get("selector"),
        false,
    )
    .map_err(|e| with_stderr(Output::error(e), &stderr))?;
    let errs: Vec<KErr> = picked
        .iter()
        .filter_map(|p| p.as_ref().err().cloned())
        .collect();
    if !errs.is_empty() {
        return Err(misc::finish(String::new(), stderr, errs));
    }
    Ok(Common {
        objs: picked.into_iter().filter_map(Result::ok).collect(),
        dry,
        out,
        cause,
        stderr,
    })
}

/// Applies `f` to the pod spec of an object (a Deployment's or ReplicaSet's template, a
/// pod's own spec), writing only when something changed; `f` returns its per-object errors.
fn update_spec(
    cluster: &mut Cluster,
    ns: &str,
    obj: &Obj,
    dry: DryRun,
    cause: Option<&str>,
    f: &dyn Fn(&mut Value) -> Vec<KErr>,
) -> Result<(bool, Vec<KErr>), KErr> {
    let current: Option<Value> = match obj.kind {
        Kind::Deployment => cluster
            .store()
            .deployment(ns, &obj.name)
            .map(|d| (*d.spec.template.spec).clone()),
        Kind::ReplicaSet => cluster
            .store()
            .replicaset(ns, &obj.name)
            .map(|r| (*r.spec.template.spec).clone()),
        Kind::Pod => cluster
            .store()
            .pod(ns, &obj.name)
            .map(|p| (*p.spec).clone()),
        _ => {
            return Err(KErr::Plain(format!(
                "error: {} {}",
                obj.printed(),
                "has no pod template to update"
            )));
        }
    };
    let Some(mut spec) = current else {
        return Err(KErr::not_found(obj.resource, &obj.name));
    };
    let before = spec.clone();
    let errs = f(&mut spec);
    let cause_changes = cause.is_some_and(|c| {
        let ann = match obj.kind {
            Kind::Deployment => cluster
                .store()
                .deployment(ns, &obj.name)
                .map(|d| &d.meta.annotations),
            Kind::ReplicaSet => cluster
                .store()
                .replicaset(ns, &obj.name)
                .map(|r| &r.meta.annotations),
            _ => cluster
                .store()
                .pod(ns, &obj.name)
                .map(|p| &p.meta.annotations),
        };
        ann.and_then(|a| a.get(CHANGE_CAUSE_ANNOTATION))
            .map(String::as_str)
            != Some(c)
    });
    if spec == before && !cause_changes {
        return Ok((false, errs));
    }
    if dry != DryRun::None {
        return Ok((true, errs));
    }
    let set_cause = |meta: &mut crate::model::ObjectMeta| {
        if let Some(c) = cause {
            meta.annotations
                .insert(CHANGE_CAUSE_ANNOTATION.into(), c.to_string());
        }
    };
    let result = match obj.kind {
        Kind::Pod => cluster.update_pod_images(ns, &obj.name, |s, meta| {
            *s = spec.clone();
            set_cause(meta);
        }),
        kind => {
            cluster.update_pod_template(kind, ns, &obj.name, |t: &mut PodTemplateSpec, meta| {
                t.spec = std::rc::Rc::new(spec.clone());
                set_cause(meta);
            })
        }
    };
    result
        .map(|changed| (changed, errs))
        .map_err(|e| KErr::op(&e))
}

fn set_image(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let (resources, pairs) = match resources_and_pairs(&inv.args, "image") {
        Ok(x) => x,
        Err(e) => return Output::error(e),
    };
    let mut images: Vec<(String, String)> = Vec::new();
    let mut invalid = Vec::new();
    for p in &pairs {
        match p.split_once('=') {
            Some((k, v)) if !k.is_empty() => {
                images.retain(|(n, _)| n != k);
                images.push((k.to_string(), v.to_string()));
            }
            _ => invalid.push(format!("{p:?}")),
        }
    }
    let c = match common(cluster, inv, &resources, IMAGE_FLAGS) {
        Ok(c) => c,
        Err(o) => return o,
    };
    if !invalid.is_empty() {
        return finish_with(
            c.stderr,
            Output::error(format!("invalid image format: [{}]", invalid.join(" "))),
        );
    }
    if images.is_empty() {
        return finish_with(
            c.stderr,
            Output::error("at least one image update is required"),
        );
    }
    if images.len() > 1 && images.iter().any(|(n, _)| n == "*") {
        return finish_with(
            c.stderr,
            Output::error(
                "all containers are already specified by *, but saw more than one container_name=container_image pairs",
            ),
        );
    }
    let mut stdout = String::new();
    let mut errs = Vec::new();
    let ns = inv.namespace.clone();
    for obj in &c.objs {
        let images = images.clone();
        let f = move |spec: &mut Value| -> Vec<KErr> {
            let mut errs = Vec::new();
            for (name, image) in &images {
                let mut found = false;
                for list in ["initContainers", "containers", "ephemeralContainers"] {
                    if let Some(cs) = spec.get_mut(list).and_then(Value::as_array_mut) {
                        for c in cs.iter_mut() {
                            if name == "*" || c.get("name").and_then(Value::as_str) == Some(name) {
                                c.set("image", Value::from(image.as_str()));
                                found = true;
                            }
                        }
                    }
                }
                if !found {
                    errs.push(KErr::Plain(format!(
                        "error: unable to find container named {name:?}"
                    )));
                }
            }
            errs
        };
        match update_spec(cluster, &ns, obj, c.dry, c.cause.as_deref(), &f) {
            Ok((changed, e)) => {
                errs.extend(e);
                if changed {
                    match c.out.render(
                        cluster,
                        obj,
                        &ns,
                        format!("{} image updated{}\n", obj.printed(), c.dry.suffix()),
                    ) {
                        Ok(s) => stdout.push_str(&s),
                        Err(e) => errs.push(e),
                    }
                }
            }
            Err(e) => errs.push(e),
        }
    }
    misc::finish(stdout, c.stderr, errs)
}

fn finish_with(pre: String, mut o: Output) -> Output {
    o.stderr.insert_str(0, &pre);
    o
}

fn set_resources(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let c = match common(cluster, inv, &inv.args, RESOURCES_FLAGS) {
        Ok(c) => c,
        Err(o) => return o,
    };
    let limits_arg = inv.flags.get("limits").unwrap_or("");
    let requests_arg = inv.flags.get("requests").unwrap_or("");
    if limits_arg.is_empty() && requests_arg.is_empty() {
        return finish_with(
            c.stderr,
            Output::error(
                "you must specify an update to requests or limits (in the form of --requests/--limits)",
            ),
        );
    }
    let parse = |spec: &str| -> Result<Vec<(String, String)>, String> {
        if spec.is_empty() {
            return Ok(Vec::new());
        }
        let mut out: Vec<(String, String)> = Vec::new();
        for statement in spec.split(',') {
            let parts: Vec<&str> = statement.split('=').collect();
            if parts.len() != 2 {
                return Err(format!(
                    "Invalid argument syntax {statement}, expected <resource>=<value>"
                ));
            }
            let q = canonical_quantity(parts[1])?;
            out.retain(|(k, _)| k != parts[0]);
            out.push((parts[0].to_string(), q));
        }
        Ok(out)
    };
    let (limits, requests) = match (parse(limits_arg), parse(requests_arg)) {
        (Ok(l), Ok(r)) => (l, r),
        (Err(e), _) | (_, Err(e)) => return finish_with(c.stderr, Output::error(e)),
    };
    let selector = inv.flags.get("containers").unwrap_or("*").to_string();
    let mut stdout = String::new();
    let mut errs = Vec::new();
    let ns = inv.namespace.clone();
    for obj in &c.objs {
        if obj.kind == Kind::Pod {
            errs.push(KErr::Invalid {
                kind: Kind::Pod,
                name: obj.name.clone(),
                causes: vec![POD_UPDATE_FORBIDDEN.to_string()],
                context: String::new(),
            });
            continue;
        }
        let (limits, requests, selector) = (limits.clone(), requests.clone(), selector.clone());
        let f = move |spec: &mut Value| -> Vec<KErr> {
            let mut found = false;
            for list in ["containers", "initContainers"] {
                if let Some(cs) = spec.get_mut(list).and_then(Value::as_array_mut) {
                    for c in cs.iter_mut() {
                        let name = c
                            .get("name")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_string();
                        if !glob_match(&selector, &name) {
                            continue;
                        }
                        found = true;
                        let res = c.entry_object("resources");
                        for (key, list) in [("limits", &limits), ("requests", &requests)] {
                            if list.is_empty() {
                                continue;
                            }
                            let m = res.entry_object(key);
                            for (k, v) in list {
                                m.set(k, Value::from(v.as_str()));
                            }
                        }
                    }
                }
            }
            if found {
                Vec::new()
            } else {
                vec![KErr::Plain(format!(
                    "error: unable to find container named {selector}"
                ))]
            }
        };
        match update_spec(cluster, &ns, obj, c.dry, c.cause.as_deref(), &f) {
            Ok((changed, e)) => {
                errs.extend(e);
                if changed {
                    match c.out.render(
                        cluster,
                        obj,
                        &ns,
                        format!(
                            "{} resource requirements updated{}\n",
                            obj.printed(),
                            c.dry.suffix()
                        ),
                    ) {
                        Ok(s) => stdout.push_str(&s),
                        Err(e) => errs.push(e),
                    }
                }
            }
            Err(e) => errs.push(e),
        }
    }
    misc::finish(stdout, c.stderr, errs)
}

/// Go's `path.Match` for the patterns `-c` takes (`*`, `?`, literal text).
fn glob_match(pattern: &str, name: &str) -> bool {
    fn go(p: &[char], n: &[char]) -> bool {
        match p.first() {
            None => n.is_empty(),
            Some('*') => (0..=n.len()).any(|i| go(&p[1..], &n[i..])),
            Some('?') => !n.is_empty() && go(&p[1..], &n[1..]),
            Some(c) => n.first() == Some(c) && go(&p[1..], &n[1..]),
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    go(&p, &n)
}

/// The API server's refusal of a pod spec change other than images.
const POD_UPDATE_FORBIDDEN: &str = "spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

const QUANTITY_FORMAT_ERR: &str =
    "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/// `resource.ParseQuantity` then `Quantity.String()`: the canonical form the API server
/// stores (`0.5` → `500m`, `1024Mi` → `1Gi`, `1.5Gi` → `1536Mi`, `2000` → `2k`), with
/// ParseQuantity's error texts.
pub(crate) fn canonical_quantity(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut i = 0;
    let negative = bytes.first() == Some(&b'-');
    if matches!(bytes.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let num_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
        i += 1;
    }
    if i == num_start {
        return Err(QUANTITY_FORMAT_ERR.into());
    }
    let number = &s[num_start..i];
    let suffix = &s[i..];
    // The suffix part of the regular expression.
    let sb = suffix.as_bytes();
    let mut j = 0;
    while j < sb.len() && b"eEinumkKMGTP".contains(&sb[j]) {
        j += 1;
    }
    if j < sb.len() && matches!(sb[j], b'+' | b'-') {
        j += 1;
    }
    while j < sb.len() && sb[j].is_ascii_digit() {
        j += 1;
    }
    if j != sb.len() {
        return Err(QUANTITY_FORMAT_ERR.into());
    }
    // The number: digits with at most one point.
    let (int_part, frac_part) = match number.split_once('.') {
        Some((a, b)) => (a, b),
        None => (number, ""),
    };
    if frac_part.contains('.') || (int_part.is_empty() && frac_part.is_empty()) {
        return Err("unable to parse numeric part of quantity".into());
    }
    let digits = format!("{int_part}{frac_part}");
    let digits = digits.trim_start_matches('0');
    let mantissa: i128 = if digits.is_empty() {
        0
    } else if digits.len() > 30 {
        return Err("unable to parse numeric part of quantity".into());
    } else {
        digits
            .parse()
            .map_err(|_| "unable to parse numeric part of quantity".to_string())?
    };
    let mut exp10: i32 = -i32::try_from(frac_part.len()).unwrap_or(0);
    enum Format {
        Decimal,
        Binary,
        Exponent,
    }
    let (format, binary_pow): (Format, u32) = match suffix {
        "" => (Format::Decimal, 0),
        "n" => {
            exp10 -= 9;
            (Format::Decimal, 0)
        }
        "u" => {
            exp10 -= 6;
            (Format::Decimal, 0)
        }
        "m" => {
            exp10 -= 3;
            (Format::Decimal, 0)
        }
        "k" => {
            exp10 += 3;
            (Format::Decimal, 0)
        }
        "M" => {
            exp10 += 6;
            (Format::Decimal, 0)
        }
        "G" => {
            exp10 += 9;
            (Format::Decimal, 0)
        }
        "T" => {
            exp10 += 12;
            (Format::Decimal, 0)
        }
        "P" => {
            exp10 += 15;
            (Format::Decimal, 0)
        }
        "E" => {
            exp10 += 18;
            (Format::Decimal, 0)
        }
        "Ki" => (Format::Binary, 1),
        "Mi" => (Format::Binary, 2),
        "Gi" => (Format::Binary, 3),
        "Ti" => (Format::Binary, 4),
        "Pi" => (Format::Binary, 5),
        "Ei" => (Format::Binary, 6),
        _ => {
            let rest = suffix
                .strip_prefix(['e', 'E'])
                .ok_or("unable to parse quantity's suffix")?;
            let e: i32 = rest
                .parse()
                .map_err(|_| "unable to parse quantity's suffix".to_string())?;
            exp10 += e;
            (Format::Exponent, 0)
        }
    };
    // The value in nano-units (the API's precision), rounded up like the API server does.
    let mut nano: i128 = mantissa.saturating_mul(1024i128.pow(binary_pow));
    let shift = exp10 + 9;
    if shift >= 0 {
        for _ in 0..shift {
            nano = nano.saturating_mul(10);
        }
    } else {
        for _ in 0..(-shift) {
            nano = if nano % 10 == 0 {
                nano / 10
            } else {
                nano / 10 + 1
            };
        }
    }
    let sign = if negative && nano != 0 { "-" } else { "" };
    let one: i128 = 1_000_000_000;
    let mut format = format;
    if let Format::Binary = format {
        if nano < 1024 * one || nano % one != 0 {
            format = Format::Decimal;
        }
    }
    if let Format::Binary = format {
        let mut units = nano / one;
        let mut k = 0;
        while k < 6 && units % 1024 == 0 {
            units /= 1024;
            k += 1;
        }
        let suffix = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][k];
        return Ok(format!("{sign}{units}{suffix}"));
    }
    if nano == 0 {
        return Ok("0".into());
    }
    // Largest exponent (a multiple of 3, -9 ..= 18) that keeps the number whole.
    let mut n = nano;
    let mut e = -9;
    while e < 18 && n % 1000 == 0 {
        n /= 1000;
        e += 3;
    }
    let suffix = match format {
        Format::Exponent => {
            if e == 0 {
                String::new()
            } else {
                format!("e{e}")
            }
        }
        _ => match e {
            -9 => "n",
            -6 => "u",
            -3 => "m",
            0 => "",
            3 => "k",
            6 => "M",
            9 => "G",
            12 => "T",
            15 => "P",
            _ => "E",
        }
        .to_string(),
    };
    Ok(format!("{sign}{n}{suffix}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_canonical() {
        for (i, want) in [
            ("500m", "500m"),
            ("0.5", "500m"),
            ("1000m", "1"),
            ("1500m", "1500m"),
            ("2000", "2k"),
            ("512Mi", "512Mi"),
            ("1024Mi", "1Gi"),
            ("1.5Gi", "1536Mi"),
            ("0.5Ki", "512"),
            ("1e3", "1e3"),
            ("1G", "1G"),
            ("100", "100"),
            ("+1", "1"),
        ] {
            assert_eq!(canonical_quantity(i).as_deref(), Ok(want), "{i}");
        }
        assert_eq!(canonical_quantity("abc").unwrap_err(), QUANTITY_FORMAT_ERR);
        assert_eq!(
            canonical_quantity("1ki").unwrap_err(),
            "unable to parse quantity's suffix"
        );
        assert_eq!(
            canonical_quantity("1.2.3").unwrap_err(),
            "unable to parse numeric part of quantity"
        );
    }

    #[test]
    fn globs() {
        assert!(glob_match("*", "nginx"));
        assert!(glob_match("ng*", "nginx"));
        assert!(!glob_match("foo", "nginx"));
        assert!(glob_match("ngin?", "nginx"));
    }
}
