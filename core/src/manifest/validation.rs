//! The API server's validation (`pkg/apis/apps/validation`, `pkg/apis/core/validation`,
//! apimachinery's name and label rules) with its exact texts.
//!
//! Values inside `Invalid value:` are rendered as apimachinery's `field.Error` renders them:
//! strings quoted, integers plain, structs (`intstr.IntOrString`, `v1.LabelSelector`, maps)
//! in Go's `%#v` with pointers dereferenced.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::{BadValue, FieldError};
use crate::model::Kind;
use crate::model::deployment::Deployment;
use crate::model::intstr::IntOrString;
use crate::model::pod::PodTemplateSpec;
use crate::model::replicaset::ReplicaSet;
use crate::model::selector::{LabelSelector, go_quote, go_string_map};
use crate::value::Value;

const DNS1123_SUBDOMAIN_MSG: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_FMT: &str =
    r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
const DNS1123_LABEL_MSG: &str = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_LABEL_FMT: &str = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
const LABEL_VALUE_MSG: &str = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_FMT: &str = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
const QUALIFIED_NAME_MSG: &str = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const QUALIFIED_NAME_FMT: &str = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
const PERCENT_MSG: &str =
    "a valid percent string must be a numeric string followed by an ending '%'";
const NEGATIVE_MSG: &str = "must be greater than or equal to 0";
/// `validation.InclusiveRangeError(1, math.MaxInt32)`.
const ACTIVE_DEADLINE_RANGE_MSG: &str = "must be between 1 and 2147483647, inclusive";
/// `validation.InclusiveRangeError(1, 65535)`.
const PORT_RANGE_MSG: &str = "must be between 1 and 65535, inclusive";

/// apimachinery `RegexError`: `msg (e.g. 'a',  or 'b', regex used for validation is 'fmt')`.
fn regex_error(msg: &str, fmt: &str, examples: &[&str]) -> String {
    let mut s = msg.to_string();
    if examples.is_empty() {
        s.push_str(&format!(" (regex used for validation is '{fmt}')"));
        return s;
    }
    s.push_str(" (e.g. ");
    for (i, e) in examples.iter().enumerate() {
        if i > 0 {
            s.push_str(" or ");
        }
        s.push_str(&format!("'{e}', "));
    }
    s.push_str(&format!("regex used for validation is '{fmt}')"));
    s
}

fn is_alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_dns1123_label(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
}

/// The subdomain regex only (no length check), as Go's `dns1123SubdomainRegexp`.
fn is_dns1123_subdomain(s: &str) -> bool {
    !s.is_empty() && s.split('.').all(is_dns1123_label)
}

/// `IsDNS1123Subdomain`: the messages for a name that is not one.
pub fn dns1123_subdomain_errors(s: &str) -> Vec<String> {
    let mut errs = Vec::new();
    if s.len() > 253 {
        errs.push("must be no more than 253 characters".to_string());
    }
    if !is_dns1123_subdomain(s) {
        errs.push(regex_error(
            DNS1123_SUBDOMAIN_MSG,
            DNS1123_SUBDOMAIN_FMT,
            &["example.com"],
        ));
    }
    errs
}

/// `IsDNS1123Label`: the messages for a label-like name that is not one.
pub fn dns1123_label_errors(s: &str) -> Vec<String> {
    let mut errs = Vec::new();
    if s.len() > 63 {
        errs.push("must be no more than 63 characters".to_string());
    }
    if !is_dns1123_label(s) {
        if is_dns1123_subdomain(s) {
            // A valid subdomain but not a valid label: the length was checked above, so it
            // is the dots.
            errs.push("must not contain dots".to_string());
        } else {
            errs.push(regex_error(
                DNS1123_LABEL_MSG,
                DNS1123_LABEL_FMT,
                &["my-name", "123-abc"],
            ));
        }
    }
    errs
}

fn is_label_value_shape(s: &str) -> bool {
    let b = s.as_bytes();
    b.is_empty()
        || (is_alnum(b[0])
            && is_alnum(b[b.len() - 1])
            && b.iter()
                .all(|&c| is_alnum(c) || matches!(c, b'-' | b'_' | b'.')))
}

/// `IsValidLabelValue`.
pub fn label_value_errors(s: &str) -> Vec<String> {
    let mut errs = Vec::new();
    if s.len() > 63 {
        errs.push("must be no more than 63 characters".to_string());
    }
    if !is_label_value_shape(s) {
        errs.push(regex_error(
            LABEL_VALUE_MSG,
            LABEL_VALUE_FMT,
            &["MyValue", "my_value", "12345"],
        ));
    }
    errs
}

/// `IsQualifiedName` (label and annotation keys).
pub fn qualified_name_errors(s: &str) -> Vec<String> {
    let mut errs = Vec::new();
    let parts: Vec<&str> = s.split('/').collect();
    let name = match parts.as_slice() {
        [name] => *name,
        [prefix, name] => {
            if prefix.is_empty() {
                errs.push("prefix part must be non-empty".to_string());
            } else {
                for e in dns1123_subdomain_errors(prefix) {
                    errs.push(format!("prefix part {e}"));
                }
            }
            *name
        }
        _ => {
            errs.push(format!(
                "a qualified name {} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
                regex_error(
                    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                    QUALIFIED_NAME_FMT,
                    &["MyName", "my.name", "123-abc"]
                )
            ));
            return errs;
        }
    };
    if name.is_empty() {
        errs.push("name part must be non-empty".to_string());
    } else if name.len() > 63 {
        errs.push("name part must be no more than 63 characters".to_string());
    }
    // Go runs the regex on an empty name part too (it does not match).
    if name.is_empty() || !is_label_value_shape(name) {
        errs.push(regex_error(
            QUALIFIED_NAME_MSG,
            QUALIFIED_NAME_FMT,
            &["MyName", "my.name", "123-abc"],
        ));
    }
    errs
}

/// `ValidateLabels`.
pub fn labels(labels: &BTreeMap<String, String>, path: &str, out: &mut Vec<FieldError>) {
    for (k, v) in labels {
        for e in qualified_name_errors(k) {
            out.push(FieldError::invalid(path, BadValue::Str(k.clone()), e));
        }
        for e in label_value_errors(v) {
            out.push(FieldError::invalid(path, BadValue::Str(v.clone()), e));
        }
    }
}

/// `ValidateAnnotations`: keys are qualified names; total size ≤ 256 KiB.
pub fn annotations(ann: &BTreeMap<String, String>, path: &str, out: &mut Vec<FieldError>) {
    let mut total = 0usize;
    for (k, v) in ann {
        for e in qualified_name_errors(&k.to_ascii_lowercase()) {
            out.push(FieldError::invalid(path, BadValue::Str(k.clone()), e));
        }
        total += k.len() + v.len();
    }
    if total > 256 * 1024 {
        out.push(FieldError::too_long(path, 256 * 1024));
    }
}

/// Name rules for an object: required, DNS-1123 subdomain.
pub fn object_name(name: &str, generate_name: Option<&str>, out: &mut Vec<FieldError>) {
    if name.is_empty() {
        if generate_name.is_none_or(str::is_empty) {
            out.push(FieldError::required(
                "metadata.name",
                "name or generateName is required",
            ));
        }
        return;
    }
    for e in dns1123_subdomain_errors(name) {
        out.push(FieldError::invalid(
            "metadata.name",
            BadValue::Str(name.to_string()),
            e,
        ));
    }
}

/// Name rules for the namespace field.
pub fn namespace(ns: &str, out: &mut Vec<FieldError>) {
    if ns.is_empty() {
        return;
    }
    for e in dns1123_label_errors(ns) {
        out.push(FieldError::invalid(
            "metadata.namespace",
            BadValue::Str(ns.to_string()),
            e,
        ));
    }
}

/// The Deployment / ReplicaSet `WarningsOnCreate` name warning: a name that is not a DNS
/// label ends up in pod hostnames. Only valid names get here (an invalid one is an error),
/// so in practice the reasons are `must not contain dots` and the 63-character limit.
pub fn name_warnings(name: &str) -> Vec<String> {
    name_warnings_for(Kind::Deployment, name)
}

/// `WarningsOnCreate`'s name warning for `kind` (Pods word it differently; Nodes and Events
/// have none). Kubernetes gives it on create only, never on update.
pub fn name_warnings_for(kind: Kind, name: &str) -> Vec<String> {
    if !is_dns1123_subdomain(name) || name.len() > 253 {
        return vec![];
    }
    let errs = dns1123_label_errors(name);
    if errs.is_empty() {
        return vec![];
    }
    let used_in = match kind {
        Kind::Deployment | Kind::ReplicaSet => "Pod names and hostnames",
        Kind::Pod => "the Pod's hostname",
        Kind::Node | Kind::Event | Kind::HorizontalPodAutoscaler | Kind::Service => return vec![],
    };
    // Go prints the []string with %v: `[a b]`.
    vec![format!(
        "metadata.name: this is used in {used_in}, which can result in surprising behavior; a DNS label is recommended: [{}]",
        errs.join(" ")
    )]
}

/// The pod-spec warnings of `GetWarningsForPodTemplate` / `GetWarningsForPod` that kubeplay
/// knows, as `(field path, full warning text)`. `path` is the pod spec's path
/// (`spec.template.spec` or `spec`). A negative `terminationGracePeriodSeconds` is accepted
/// by validation; the API server only warns.
pub fn pod_spec_warnings(spec: &Value, path: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(g) = spec
        .get("terminationGracePeriodSeconds")
        .and_then(Value::as_i64)
    {
        if g < 0 {
            let field = format!("{path}.terminationGracePeriodSeconds");
            out.push((
                field.clone(),
                format!(
                    "{field}: must be >= 0; negative values are invalid and will be treated as 1"
                ),
            ));
        }
    }
    out
}

/// `ValidateLabelSelector` (strict: label values in expressions are checked too).
fn selector(sel: &LabelSelector, path: &str, out: &mut Vec<FieldError>) {
    labels(&sel.match_labels, &format!("{path}.matchLabels"), out);
    for (i, e) in sel.match_expressions.iter().enumerate() {
        let p = format!("{path}.matchExpressions[{i}]");
        match e.operator.as_str() {
            "In" | "NotIn" => {
                if e.values.is_empty() {
                    out.push(FieldError::required(
                        format!("{p}.values"),
                        "must be specified when `operator` is 'In' or 'NotIn'",
                    ));
                }
            }
            "Exists" | "DoesNotExist" => {
                if !e.values.is_empty() {
                    out.push(FieldError::forbidden(
                        format!("{p}.values"),
                        "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
                    ));
                }
            }
            other => out.push(FieldError::invalid(
                format!("{p}.operator"),
                BadValue::Str(other.to_string()),
                "not a valid selector operator",
            )),
        }
        for err in qualified_name_errors(&e.key) {
            out.push(FieldError::invalid(
                format!("{p}.key"),
                BadValue::Str(e.key.clone()),
                err,
            ));
        }
        for (j, v) in e.values.iter().enumerate() {
            for err in label_value_errors(v) {
                out.push(FieldError::invalid(
                    format!("{p}.values[{j}]"),
                    BadValue::Str(v.clone()),
                    err,
                ));
            }
        }
    }
}

fn non_negative(v: i64, path: &str, out: &mut Vec<FieldError>) {
    if v < 0 {
        out.push(FieldError::invalid(path, BadValue::Int(v), NEGATIVE_MSG));
    }
}

/// Go's `%#v` of a `map[string]string` field (nil when empty).
fn go_labels(m: &BTreeMap<String, String>) -> String {
    if m.is_empty() {
        "map[string]string(nil)".to_string()
    } else {
        go_string_map(m)
    }
}

/// `ValidateDeploymentSpec` / `ValidateReplicaSetSpec`'s selector part and
/// `ValidatePodTemplateSpecForReplicaSet`.
///
/// - A missing selector is `Required`; as `LabelSelectorAsSelector(nil)` is "match nothing",
///   the template labels never match it.
/// - `{}` is "empty selector is invalid for deployment" (the ReplicaSet code says
///   "deployment" too); it converts to "match everything", so no label mismatch is reported.
/// - A selector that does not convert (any selector error) adds `invalid label selector`
///   and the template is not validated at all.
/// - The template always exists (a Go struct, never nil): a missing one is validated as
///   empty.
fn selector_and_template(
    sel: Option<&LabelSelector>,
    template: &PodTemplateSpec,
    out: &mut Vec<FieldError>,
) {
    match sel {
        None => out.push(FieldError::required("spec.selector", "")),
        Some(s) => {
            let before = out.len();
            selector(s, "spec.selector", out);
            let selector_invalid = out.len() > before;
            if s.is_empty() {
                out.push(FieldError::invalid(
                    "spec.selector",
                    BadValue::Raw(s.go_syntax()),
                    "empty selector is invalid for deployment",
                ));
            }
            if selector_invalid {
                out.push(FieldError::invalid(
                    "spec.selector",
                    BadValue::Raw(s.go_syntax()),
                    "invalid label selector",
                ));
                return;
            }
        }
    }
    let t = template;
    let check_match = sel.is_none_or(|s| !s.is_empty());
    if check_match && !sel.is_some_and(|s| s.to_selector().matches(&t.labels)) {
        out.push(FieldError::invalid(
            "spec.template.metadata.labels",
            BadValue::Raw(go_labels(&t.labels)),
            "`selector` does not match template `labels`",
        ));
    }
    // `ValidatePodTemplateSpec` validates the template's labels and annotations at
    // `<template>.labels` / `<template>.annotations` (no `metadata`).
    labels(&t.labels, "spec.template.labels", out);
    annotations(&t.annotations, "spec.template.annotations", out);
    pod_spec(&t.spec, "spec.template.spec", true, out);
}

/// `ValidatePodSpec` (the subset kubeplay acts on) at `path`; with `in_template`, the extra
/// rules of `ValidatePodTemplateSpecForReplicaSet` (restartPolicy `Always`, no
/// `activeDeadlineSeconds`), without it the pod-only rules (`validateContainersOnlyForPod`).
pub fn pod_spec(spec: &Value, path: &str, in_template: bool, out: &mut Vec<FieldError>) {
    let containers = spec.get("containers").and_then(Value::as_array);
    match containers {
        Some(cs) if !cs.is_empty() => {
            let mut names = BTreeSet::new();
            for (i, c) in cs.iter().enumerate() {
                container(
                    c,
                    &format!("{path}.containers[{i}]"),
                    &mut names,
                    in_template,
                    out,
                );
            }
        }
        _ => out.push(FieldError::required(format!("{path}.containers"), "")),
    }
    // An empty restartPolicy / dnsPolicy is defaulted (to Always / ClusterFirst).
    let rp = spec
        .get("restartPolicy")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .unwrap_or("Always");
    if !matches!(rp, "Always" | "OnFailure" | "Never") {
        out.push(FieldError::not_supported(
            format!("{path}.restartPolicy"),
            rp,
            &["Always", "OnFailure", "Never"],
        ));
    }
    if let Some(dns) = spec
        .get("dnsPolicy")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
    {
        if !matches!(
            dns,
            "ClusterFirstWithHostNet" | "ClusterFirst" | "Default" | "None"
        ) {
            out.push(FieldError::not_supported(
                format!("{path}.dnsPolicy"),
                dns,
                &["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"],
            ));
        }
    }
    let active_deadline = spec.get("activeDeadlineSeconds").filter(|v| !v.is_null());
    if let Some(a) = active_deadline.and_then(Value::as_i64) {
        if !(1..=i64::from(i32::MAX)).contains(&a) {
            out.push(FieldError::invalid(
                format!("{path}.activeDeadlineSeconds"),
                BadValue::Int(a),
                ACTIVE_DEADLINE_RANGE_MSG,
            ));
        }
    }
    if in_template {
        // "RestartPolicy has already been first-order validated as per ValidatePodTemplateSpec()."
        if rp != "Always" {
            out.push(FieldError::not_supported(
                format!("{path}.restartPolicy"),
                rp,
                &["Always"],
            ));
        }
        if active_deadline.is_some() {
            out.push(FieldError::forbidden(
                format!("{path}.activeDeadlineSeconds"),
                "activeDeadlineSeconds in ReplicaSet is not Supported",
            ));
        }
    }
}

fn container(
    c: &Value,
    path: &str,
    names: &mut BTreeSet<String>,
    in_template: bool,
    out: &mut Vec<FieldError>,
) {
    let name = c.get("name").and_then(Value::as_str).unwrap_or("");
    if name.is_empty() {
        out.push(FieldError::required(format!("{path}.name"), ""));
    } else {
        for e in dns1123_label_errors(name) {
            out.push(FieldError::invalid(
                format!("{path}.name"),
                BadValue::Str(name.to_string()),
                e,
            ));
        }
    }
    // Duplicates are checked whatever the name (two nameless containers are duplicates).
    if !names.insert(name.to_string()) {
        out.push(FieldError::duplicate(
            format!("{path}.name"),
            BadValue::Str(name.to_string()),
        ));
    }
    let image = c.get("image").and_then(Value::as_str).unwrap_or("");
    if image.is_empty() {
        out.push(FieldError::required(format!("{path}.image"), ""));
    } else if !in_template && image.trim() != image {
        // Pods only: templates keep accepting " " for backward compatibility.
        out.push(FieldError::invalid(
            format!("{path}.image"),
            BadValue::Str(image.to_string()),
            "must not have leading or trailing whitespace",
        ));
    }
    if let Some(policy) = c
        .get("imagePullPolicy")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
    {
        if !matches!(policy, "Always" | "IfNotPresent" | "Never") {
            out.push(FieldError::not_supported(
                format!("{path}.imagePullPolicy"),
                policy,
                &["Always", "IfNotPresent", "Never"],
            ));
        }
    }
    if let Some(ports) = c.get("ports").and_then(Value::as_array) {
        for (i, p) in ports.iter().enumerate() {
            let pp = format!("{path}.ports[{i}]");
            match p.get("containerPort").and_then(Value::as_i64).unwrap_or(0) {
                0 => out.push(FieldError::required(format!("{pp}.containerPort"), "")),
                n if !(1..=65535).contains(&n) => out.push(FieldError::invalid(
                    format!("{pp}.containerPort"),
                    BadValue::Int(n),
                    PORT_RANGE_MSG,
                )),
                _ => {}
            }
            if let Some(hp) = p.get("hostPort").and_then(Value::as_i64) {
                if hp != 0 && !(1..=65535).contains(&hp) {
                    out.push(FieldError::invalid(
                        format!("{pp}.hostPort"),
                        BadValue::Int(hp),
                        PORT_RANGE_MSG,
                    ));
                }
            }
            if let Some(proto) = p
                .get("protocol")
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
            {
                if !matches!(proto, "TCP" | "UDP" | "SCTP") {
                    out.push(FieldError::not_supported(
                        format!("{pp}.protocol"),
                        proto,
                        &["SCTP", "TCP", "UDP"],
                    ));
                }
            }
        }
    }
    for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
        let Some(p) = c.get(probe).filter(|p| p.as_object().is_some()) else {
            continue;
        };
        let pp = format!("{path}.{probe}");
        // `validateHandler`: the first handler counts, each further one is forbidden at its
        // own path.
        let mut handlers = 0;
        for h in ["exec", "httpGet", "tcpSocket", "grpc"] {
            if p.get(h).is_some_and(|v| !v.is_null()) {
                if handlers > 0 {
                    out.push(FieldError::forbidden(
                        format!("{pp}.{h}"),
                        "may not specify more than 1 handler type",
                    ));
                } else {
                    handlers += 1;
                }
            }
        }
        if handlers == 0 {
            out.push(FieldError::required(
                pp.clone(),
                "must specify a handler type",
            ));
        }
        for f in [
            "initialDelaySeconds",
            "timeoutSeconds",
            "periodSeconds",
            "successThreshold",
            "failureThreshold",
        ] {
            if let Some(v) = p.get(f).and_then(Value::as_i64) {
                non_negative(v, &format!("{pp}.{f}"), out);
            }
        }
        if probe != "readinessProbe" {
            if let Some(s) = p.get("successThreshold").and_then(Value::as_i64) {
                if s != 1 {
                    out.push(FieldError::invalid(
                        format!("{pp}.successThreshold"),
                        BadValue::Int(s),
                        "must be 1",
                    ));
                }
            }
        }
    }
}

/// `IsValidPercent`.
fn is_valid_percent(s: &str) -> bool {
    s.strip_suffix('%')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
}

/// `ValidatePositiveIntOrPercent`. The bad value is the whole `intstr.IntOrString`.
fn positive_int_or_percent(v: &IntOrString, path: &str, out: &mut Vec<FieldError>) {
    match v {
        IntOrString::Int(i) => non_negative(i64::from(*i), path, out),
        IntOrString::Str(s) => {
            if !is_valid_percent(s) {
                out.push(FieldError::invalid(
                    path,
                    BadValue::Raw(v.go_syntax()),
                    regex_error(PERCENT_MSG, "[0-9]+%", &["1%", "93%"]),
                ));
            }
        }
    }
}

/// Go's `strconv.Atoi` (0 on error, as the callers ignore the error).
fn go_atoi(s: &str) -> i64 {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return 0;
    }
    s.parse().unwrap_or(0)
}

/// `getPercentValue`: N for a valid `"N%"`.
fn percent_value(v: &IntOrString) -> Option<i64> {
    match v {
        IntOrString::Str(s) if is_valid_percent(s) => Some(go_atoi(&s[..s.len() - 1])),
        _ => None,
    }
}

/// `getIntOrPercentValue`: N for `"N%"`, else `IntValue()` (`Atoi` of any other string).
fn int_or_percent_value(v: &IntOrString) -> i64 {
    match (percent_value(v), v) {
        (Some(p), _) => p,
        (None, IntOrString::Int(i)) => i64::from(*i),
        (None, IntOrString::Str(s)) => go_atoi(s),
    }
}

/// Go's `%#v` of the internal `apps.DeploymentStrategy` (the value of its
/// `Unsupported value` error). A non-nil `RollingUpdate` pointer prints as an address in
/// Go; a fixed stand-in is used here.
fn go_strategy(d: &Deployment) -> String {
    let ru = if d.spec.strategy.rolling_update.is_some() {
        "(*apps.RollingUpdateDeployment)(0xc000000000)"
    } else {
        "(*apps.RollingUpdateDeployment)(nil)"
    };
    format!(
        "apps.DeploymentStrategy{{Type:{}, RollingUpdate:{ru}}}",
        go_quote(&d.spec.strategy.type_)
    )
}

/// `ValidateDeployment` (create). `selector_present` tells a missing selector from `{}`;
/// `_template_present` is unused (a missing template is validated as an empty one, as Go's
/// non-pointer template field is).
pub fn deployment(
    d: &Deployment,
    selector_present: bool,
    _template_present: bool,
    out: &mut Vec<FieldError>,
) {
    object_name(&d.meta.name, d.meta.generate_name.as_deref(), out);
    namespace(&d.meta.namespace, out);
    labels(&d.meta.labels, "metadata.labels", out);
    annotations(&d.meta.annotations, "metadata.annotations", out);
    let s = &d.spec;
    non_negative(i64::from(s.replicas), "spec.replicas", out);
    selector_and_template(selector_present.then_some(&s.selector), &s.template, out);
    match s.strategy.type_.as_str() {
        "Recreate" => {
            if s.strategy.rolling_update.is_some() {
                out.push(FieldError::forbidden(
                    "spec.strategy.rollingUpdate",
                    "may not be specified when strategy `type` is 'Recreate'",
                ));
            }
        }
        "RollingUpdate" => {
            if let Some(ru) = &s.strategy.rolling_update {
                let unavailable = ru.max_unavailable.clone().unwrap_or(IntOrString::Int(0));
                let surge = ru.max_surge.clone().unwrap_or(IntOrString::Int(0));
                let unavailable_path = "spec.strategy.rollingUpdate.maxUnavailable";
                positive_int_or_percent(&unavailable, unavailable_path, out);
                positive_int_or_percent(&surge, "spec.strategy.rollingUpdate.maxSurge", out);
                // Both checks look at the literal numbers, whatever the errors above.
                if int_or_percent_value(&unavailable) == 0 && int_or_percent_value(&surge) == 0 {
                    out.push(FieldError::invalid(
                        unavailable_path,
                        BadValue::Raw(unavailable.go_syntax()),
                        "may not be 0 when `maxSurge` is 0",
                    ));
                }
                if percent_value(&unavailable).is_some_and(|p| p > 100) {
                    out.push(FieldError::invalid(
                        unavailable_path,
                        BadValue::Raw(unavailable.go_syntax()),
                        "must not be greater than 100%",
                    ));
                }
            }
        }
        // Unreachable once defaulting turns "" into RollingUpdate, as the API server does.
        "" => out.push(FieldError::required("spec.strategy.type", "")),
        _ => {
            let list = ["Recreate", "RollingUpdate"].map(go_quote).join(", ");
            out.push(FieldError {
                type_: crate::error::FieldErrorType::NotSupported,
                field: "spec.strategy".into(),
                value: BadValue::Raw(go_strategy(d)),
                detail: format!("supported values: {list}"),
            });
        }
    }
    non_negative(i64::from(s.min_ready_seconds), "spec.minReadySeconds", out);
    if let Some(h) = s.revision_history_limit {
        non_negative(i64::from(h), "spec.revisionHistoryLimit", out);
    }
    if let Some(p) = s.progress_deadline_seconds {
        non_negative(i64::from(p), "spec.progressDeadlineSeconds", out);
        if p <= s.min_ready_seconds {
            out.push(FieldError::invalid(
                "spec.progressDeadlineSeconds",
                BadValue::Int(i64::from(p)),
                "must be greater than minReadySeconds",
            ));
        }
    }
}

/// The apps/v1 update rule of the Deployment strategy: the selector is immutable
/// (`ValidateImmutableField`, the new selector as the value).
pub fn deployment_update(new: &Deployment, old: &Deployment, out: &mut Vec<FieldError>) {
    if new.spec.selector != old.spec.selector {
        out.push(FieldError::invalid(
            "spec.selector",
            BadValue::Raw(new.spec.selector.go_syntax()),
            "field is immutable",
        ));
    }
}

/// `ValidateReplicaSet` (create).
pub fn replicaset(
    rs: &ReplicaSet,
    selector_present: bool,
    _template_present: bool,
    out: &mut Vec<FieldError>,
) {
    object_name(&rs.meta.name, rs.meta.generate_name.as_deref(), out);
    namespace(&rs.meta.namespace, out);
    labels(&rs.meta.labels, "metadata.labels", out);
    annotations(&rs.meta.annotations, "metadata.annotations", out);
    non_negative(i64::from(rs.spec.replicas), "spec.replicas", out);
    non_negative(
        i64::from(rs.spec.min_ready_seconds),
        "spec.minReadySeconds",
        out,
    );
    selector_and_template(
        selector_present.then_some(&rs.spec.selector),
        &rs.spec.template,
        out,
    );
}

/// The apps/v1 update rule of the ReplicaSet strategy: the selector is immutable.
pub fn replicaset_update(new: &ReplicaSet, old: &ReplicaSet, out: &mut Vec<FieldError>) {
    if new.spec.selector != old.spec.selector {
        out.push(FieldError::invalid(
            "spec.selector",
            BadValue::Raw(new.spec.selector.go_syntax()),
            "field is immutable",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_rules() {
        assert!(dns1123_subdomain_errors("nginx-deploy").is_empty());
        assert!(dns1123_subdomain_errors("a.b").is_empty());
        assert_eq!(
            dns1123_subdomain_errors("Nginx"),
            vec![
                "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
            ]
        );
        assert_eq!(dns1123_subdomain_errors(&"a".repeat(254)).len(), 1);
        assert_eq!(
            label_value_errors("a b"),
            vec![
                "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
            ]
        );
        assert!(qualified_name_errors("app.kubernetes.io/name").is_empty());
        assert!(!qualified_name_errors("-bad").is_empty());
        assert!(!qualified_name_errors("a/b/c").is_empty());
    }

    #[test]
    fn dns_label_with_dots() {
        assert_eq!(
            dns1123_label_errors("web.v1"),
            vec!["must not contain dots"]
        );
        assert_eq!(dns1123_label_errors("Web").len(), 1);
        assert_ne!(dns1123_label_errors("Web"), vec!["must not contain dots"]);
        assert_eq!(
            name_warnings_for(Kind::Pod, "a.b"),
            vec![
                "metadata.name: this is used in the Pod's hostname, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]"
            ]
        );
        assert!(name_warnings("web").is_empty());
        assert!(name_warnings("Web.x").is_empty());
    }

    #[test]
    fn empty_qualified_name_part_gets_both_messages() {
        assert_eq!(
            qualified_name_errors("example.com/"),
            vec![
                "name part must be non-empty".to_string(),
                regex_error(
                    QUALIFIED_NAME_MSG,
                    QUALIFIED_NAME_FMT,
                    &["MyName", "my.name", "123-abc"]
                ),
            ]
        );
    }

    #[test]
    fn int_or_percent_values_like_go() {
        assert_eq!(int_or_percent_value(&IntOrString::Str("25".into())), 25);
        assert_eq!(int_or_percent_value(&IntOrString::Str("0%".into())), 0);
        assert_eq!(int_or_percent_value(&IntOrString::Str("abc".into())), 0);
        assert_eq!(int_or_percent_value(&IntOrString::Str("150%".into())), 150);
        assert_eq!(int_or_percent_value(&IntOrString::Int(3)), 3);
        assert_eq!(percent_value(&IntOrString::Str("25".into())), None);
    }
}
