//! The API server's validation (`pkg/apis/apps/validation`, `pkg/apis/core/validation`,
//! apimachinery's name and label rules) with its exact texts.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::{BadValue, FieldError};
use crate::model::deployment::Deployment;
use crate::model::intstr::IntOrString;
use crate::model::pod::PodTemplateSpec;
use crate::model::replicaset::ReplicaSet;
use crate::model::selector::{LabelSelector, go_string_map};
use crate::value::Value;

const DNS1123_SUBDOMAIN_MSG: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_FMT: &str = r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
const DNS1123_LABEL_MSG: &str = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_LABEL_FMT: &str = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
const LABEL_VALUE_MSG: &str = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_FMT: &str = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
const QUALIFIED_NAME_MSG: &str = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const QUALIFIED_NAME_FMT: &str = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
const PERCENT_MSG: &str = "a valid percent string must be a numeric string followed by an ending '%'";

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
        && b.iter().all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
}

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
        errs.push(regex_error(DNS1123_SUBDOMAIN_MSG, DNS1123_SUBDOMAIN_FMT, &["example.com"]));
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
        errs.push(regex_error(DNS1123_LABEL_MSG, DNS1123_LABEL_FMT, &["my-name", "123-abc"]));
    }
    errs
}

fn is_label_value_shape(s: &str) -> bool {
    let b = s.as_bytes();
    b.is_empty()
        || (is_alnum(b[0])
            && is_alnum(b[b.len() - 1])
            && b.iter().all(|&c| is_alnum(c) || matches!(c, b'-' | b'_' | b'.')))
}

/// `IsValidLabelValue`.
pub fn label_value_errors(s: &str) -> Vec<String> {
    let mut errs = Vec::new();
    if s.len() > 63 {
        errs.push("must be no more than 63 characters".to_string());
    }
    if !is_label_value_shape(s) {
        errs.push(regex_error(LABEL_VALUE_MSG, LABEL_VALUE_FMT, &["MyValue", "my_value", "12345"]));
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
    if !name.is_empty() && !is_label_value_shape(name) {
        errs.push(regex_error(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, &["MyName", "my.name", "123-abc"]));
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
            out.push(FieldError::required("metadata.name", "name or generateName is required"));
        }
        return;
    }
    for e in dns1123_subdomain_errors(name) {
        out.push(FieldError::invalid("metadata.name", BadValue::Str(name.to_string()), e));
    }
}

/// Name rules for the namespace field.
pub fn namespace(ns: &str, out: &mut Vec<FieldError>) {
    if ns.is_empty() {
        return;
    }
    for e in dns1123_label_errors(ns) {
        out.push(FieldError::invalid("metadata.namespace", BadValue::Str(ns.to_string()), e));
    }
}

/// A warning for names that are subdomains but not DNS labels (dots): they end up in pod
/// hostnames.
pub fn name_warnings(name: &str) -> Vec<String> {
    if is_dns1123_subdomain(name) && !dns1123_label_errors(name).is_empty() {
        let errs = dns1123_label_errors(name);
        return vec![format!(
            "metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [{}]",
            errs.join(" ")
        )];
    }
    vec![]
}

/// `ValidateLabelSelector` for a selector that must not be empty.
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
            out.push(FieldError::invalid(format!("{p}.key"), BadValue::Str(e.key.clone()), err));
        }
    }
}

fn non_negative(v: i64, path: &str, out: &mut Vec<FieldError>) {
    if v < 0 {
        out.push(FieldError::invalid(path, BadValue::Int(v), "must be greater than or equal to 0"));
    }
}

/// The selector, template-labels and template checks shared by Deployments and ReplicaSets.
fn selector_and_template(
    sel: Option<&LabelSelector>,
    template: Option<&PodTemplateSpec>,
    kind_for_msg: &str,
    out: &mut Vec<FieldError>,
) {
    match sel {
        None => out.push(FieldError::required("spec.selector", "")),
        Some(s) if s.is_empty() => out.push(FieldError::invalid(
            "spec.selector",
            BadValue::Raw(s.go_syntax()),
            format!("empty selector is invalid for {kind_for_msg}"),
        )),
        Some(s) => selector(s, "spec.selector", out),
    }
    let Some(t) = template else {
        out.push(FieldError::required("spec.template", ""));
        return;
    };
    let matches = sel.is_some_and(|s| !s.is_empty() && s.to_selector().matches(&t.labels));
    if !matches {
        out.push(FieldError::invalid(
            "spec.template.metadata.labels",
            BadValue::Raw(if t.labels.is_empty() {
                "map[string]string(nil)".to_string()
            } else {
                go_string_map(&t.labels)
            }),
            "`selector` does not match template `labels`",
        ));
    }
    labels(&t.labels, "spec.template.metadata.labels", out);
    annotations(&t.annotations, "spec.template.metadata.annotations", out);
    pod_spec(&t.spec, "spec.template.spec", true, out);
}

/// `ValidatePodSpec` (the subset kubeplay acts on) at `path`.
pub fn pod_spec(spec: &Value, path: &str, in_template: bool, out: &mut Vec<FieldError>) {
    let containers = spec.get("containers").and_then(Value::as_array);
    match containers {
        None => out.push(FieldError::required(format!("{path}.containers"), "")),
        Some(cs) if cs.is_empty() => out.push(FieldError::required(format!("{path}.containers"), "")),
        Some(cs) => {
            let mut names = BTreeSet::new();
            for (i, c) in cs.iter().enumerate() {
                container(c, &format!("{path}.containers[{i}]"), &mut names, out);
            }
        }
    }
    let rp = spec.get("restartPolicy").and_then(Value::as_str).unwrap_or("Always");
    if in_template {
        if rp != "Always" {
            out.push(FieldError::not_supported(format!("{path}.restartPolicy"), rp, &["Always"]));
        }
        if spec.get("activeDeadlineSeconds").is_some_and(|v| !v.is_null()) {
            out.push(FieldError::forbidden(
                format!("{path}.activeDeadlineSeconds"),
                "activeDeadlineSeconds in ReplicaSet is not Supported",
            ));
        }
    } else if !matches!(rp, "Always" | "OnFailure" | "Never") {
        out.push(FieldError::not_supported(format!("{path}.restartPolicy"), rp, &["Always", "OnFailure", "Never"]));
    }
    if let Some(g) = spec.get("terminationGracePeriodSeconds").and_then(Value::as_i64) {
        if g < 0 {
            out.push(FieldError::invalid(
                format!("{path}.terminationGracePeriodSeconds"),
                BadValue::Int(g),
                "must be greater than or equal to 0",
            ));
        }
    }
    if let Some(dns) = spec.get("dnsPolicy").and_then(Value::as_str) {
        if !matches!(dns, "ClusterFirstWithHostNet" | "ClusterFirst" | "Default" | "None") {
            out.push(FieldError::not_supported(
                format!("{path}.dnsPolicy"),
                dns,
                &["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"],
            ));
        }
    }
}

fn container(c: &Value, path: &str, names: &mut BTreeSet<String>, out: &mut Vec<FieldError>) {
    let name = c.get("name").and_then(Value::as_str).unwrap_or("");
    if name.is_empty() {
        out.push(FieldError::required(format!("{path}.name"), ""));
    } else {
        for e in dns1123_label_errors(name) {
            out.push(FieldError::invalid(format!("{path}.name"), BadValue::Str(name.to_string()), e));
        }
        if !names.insert(name.to_string()) {
            out.push(FieldError::duplicate(format!("{path}.name"), BadValue::Str(name.to_string())));
        }
    }
    let image = c.get("image").and_then(Value::as_str).unwrap_or("");
    if image.trim().is_empty() {
        out.push(FieldError::required(format!("{path}.image"), ""));
    } else if image.trim() != image {
        out.push(FieldError::invalid(
            format!("{path}.image"),
            BadValue::Str(image.to_string()),
            "must not have leading or trailing whitespace",
        ));
    }
    if let Some(policy) = c.get("imagePullPolicy").and_then(Value::as_str) {
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
            let cp = p.get("containerPort").and_then(Value::as_i64);
            match cp {
                None => out.push(FieldError::required(format!("{pp}.containerPort"), "")),
                Some(n) if !(1..=65535).contains(&n) => out.push(FieldError::invalid(
                    format!("{pp}.containerPort"),
                    BadValue::Int(n),
                    "must be between 1 and 65535, inclusive",
                )),
                _ => {}
            }
            if let Some(proto) = p.get("protocol").and_then(Value::as_str) {
                if !matches!(proto, "TCP" | "UDP" | "SCTP") {
                    out.push(FieldError::not_supported(format!("{pp}.protocol"), proto, &["SCTP", "TCP", "UDP"]));
                }
            }
        }
    }
    for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
        let Some(p) = c.get(probe).filter(|p| p.as_object().is_some()) else { continue };
        let pp = format!("{path}.{probe}");
        for f in ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"] {
            if let Some(v) = p.get(f).and_then(Value::as_i64) {
                non_negative(v, &format!("{pp}.{f}"), out);
            }
        }
        let handlers = ["exec", "httpGet", "tcpSocket", "grpc"]
            .iter()
            .filter(|h| p.get(h).is_some_and(|v| !v.is_null()))
            .count();
        if handlers == 0 {
            out.push(FieldError::required(pp.clone(), "must specify a handler type"));
        } else if handlers > 1 {
            out.push(FieldError::forbidden(pp.clone(), "may not specify more than 1 handler type"));
        }
        if probe != "readinessProbe" {
            if let Some(s) = p.get("successThreshold").and_then(Value::as_i64) {
                if s != 1 {
                    out.push(FieldError::invalid(format!("{pp}.successThreshold"), BadValue::Int(s), "must be 1"));
                }
            }
        }
    }
}

fn percent_or_int(v: &IntOrString, path: &str, out: &mut Vec<FieldError>) {
    match v {
        IntOrString::Int(i) => non_negative(i64::from(*i), path, out),
        IntOrString::Str(s) => {
            let ok = s
                .strip_suffix('%')
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()));
            if !ok {
                out.push(FieldError::invalid(
                    path,
                    BadValue::Str(s.clone()),
                    regex_error(PERCENT_MSG, "[0-9]+%", &["1%", "93%"]),
                ));
            }
        }
    }
}

fn literal_value(v: &IntOrString) -> i64 {
    match v {
        IntOrString::Int(i) => i64::from(*i),
        IntOrString::Str(s) => s.strip_suffix('%').and_then(|n| n.parse().ok()).unwrap_or(0),
    }
}

/// `ValidateDeployment` (create) — `raw_selector_present` tells a missing selector from `{}`.
pub fn deployment(d: &Deployment, selector_present: bool, template_present: bool, out: &mut Vec<FieldError>) {
    object_name(&d.meta.name, d.meta.generate_name.as_deref(), out);
    namespace(&d.meta.namespace, out);
    labels(&d.meta.labels, "metadata.labels", out);
    annotations(&d.meta.annotations, "metadata.annotations", out);
    let s = &d.spec;
    non_negative(i64::from(s.replicas), "spec.replicas", out);
    selector_and_template(
        selector_present.then_some(&s.selector),
        template_present.then_some(&s.template),
        "deployment",
        out,
    );
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
                let before = out.len();
                percent_or_int(&unavailable, "spec.strategy.rollingUpdate.maxUnavailable", out);
                percent_or_int(&surge, "spec.strategy.rollingUpdate.maxSurge", out);
                if out.len() == before {
                    if literal_value(&unavailable) == 0 && literal_value(&surge) == 0 {
                        out.push(FieldError::invalid(
                            "spec.strategy.rollingUpdate.maxUnavailable",
                            BadValue::Raw(unavailable.go_syntax()),
                            "may not be 0 when `maxSurge` is 0",
                        ));
                    }
                    if let IntOrString::Str(_) = unavailable {
                        if literal_value(&unavailable) > 100 {
                            out.push(FieldError::invalid(
                                "spec.strategy.rollingUpdate.maxUnavailable",
                                BadValue::Raw(unavailable.go_syntax()),
                                "must not be greater than 100%",
                            ));
                        }
                    }
                }
            }
        }
        "" => out.push(FieldError::required("spec.strategy.type", "")),
        other => out.push(FieldError::not_supported("spec.strategy", other, &["Recreate", "RollingUpdate"])),
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

/// `ValidateDeploymentUpdate`: the selector is immutable in apps/v1.
pub fn deployment_update(new: &Deployment, old: &Deployment, out: &mut Vec<FieldError>) {
    if new.spec.selector != old.spec.selector {
        out.push(FieldError::invalid(
            "spec.selector",
            BadValue::Raw(new.spec.selector.go_syntax()),
            "field is immutable",
        ));
    }
}

/// `ValidateReplicaSet`.
pub fn replicaset(rs: &ReplicaSet, selector_present: bool, template_present: bool, out: &mut Vec<FieldError>) {
    object_name(&rs.meta.name, rs.meta.generate_name.as_deref(), out);
    namespace(&rs.meta.namespace, out);
    labels(&rs.meta.labels, "metadata.labels", out);
    annotations(&rs.meta.annotations, "metadata.annotations", out);
    non_negative(i64::from(rs.spec.replicas), "spec.replicas", out);
    non_negative(i64::from(rs.spec.min_ready_seconds), "spec.minReadySeconds", out);
    selector_and_template(
        selector_present.then_some(&rs.spec.selector),
        template_present.then_some(&rs.spec.template),
        "replicaset",
        out,
    );
}

/// `ValidateReplicaSetUpdate`: the selector is immutable in apps/v1.
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
            vec!["a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"]
        );
        assert!(qualified_name_errors("app.kubernetes.io/name").is_empty());
        assert!(!qualified_name_errors("-bad").is_empty());
        assert!(!qualified_name_errors("a/b/c").is_empty());
    }
}
