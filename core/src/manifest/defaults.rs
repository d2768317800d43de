//! The API server's defaulting (`pkg/apis/*/v1/defaults.go`), applied to manifest values
//! before they are decoded, so what `get -o yaml` shows matches a real cluster.

use crate::value::{Map, Value};

fn set_if_missing(v: &mut Value, key: &str, default: Value) {
    if v.get(key).is_none_or(Value::is_null) {
        v.set(key, default);
    }
}

/// Deployment defaults: replicas 1, RollingUpdate 25%/25%, history 10, deadline 600.
pub fn deployment(v: &mut Value) {
    let spec = v.entry_object("spec");
    set_if_missing(spec, "replicas", Value::Int(1));
    let strategy = spec.entry_object("strategy");
    set_if_missing(strategy, "type", Value::from("RollingUpdate"));
    if strategy.get("type").and_then(Value::as_str) == Some("RollingUpdate") {
        let ru = strategy.entry_object("rollingUpdate");
        set_if_missing(ru, "maxUnavailable", Value::from("25%"));
        set_if_missing(ru, "maxSurge", Value::from("25%"));
    }
    set_if_missing(spec, "revisionHistoryLimit", Value::Int(10));
    set_if_missing(spec, "progressDeadlineSeconds", Value::Int(600));
    template(spec);
}

/// ReplicaSet defaults: replicas 1 (and an unset selector takes the template labels, as
/// the API server's apps/v1 defaulting does not — it is required; nothing to do here).
pub fn replicaset(v: &mut Value) {
    let spec = v.entry_object("spec");
    set_if_missing(spec, "replicas", Value::Int(1));
    template(spec);
}

fn template(spec: &mut Value) {
    if let Some(t) = spec.get_mut("template").filter(|t| t.as_object().is_some()) {
        if let Some(ps) = t.get_mut("spec").filter(|s| s.as_object().is_some()) {
            pod_spec(ps);
        }
    }
}

/// Pod defaults: the pod-spec defaults plus what only pods get (`enableServiceLinks`,
/// requests defaulted from limits).
pub fn pod(v: &mut Value) {
    let spec = v.entry_object("spec");
    pod_spec(spec);
    set_if_missing(spec, "enableServiceLinks", Value::Bool(true));
    if let Some(Value::Array(cs)) = spec.get_mut("containers") {
        for c in cs.iter_mut() {
            requests_from_limits(c);
        }
    }
}

fn requests_from_limits(c: &mut Value) {
    let Some(res) = c.get_mut("resources") else {
        return;
    };
    let Some(limits) = res.get("limits").and_then(Value::as_object).cloned() else {
        return;
    };
    let requests = res.entry_object("requests");
    for (k, v) in limits {
        if requests.get(&k).is_none() {
            requests.set(&k, v);
        }
    }
}

/// `SetDefaults_PodSpec` and the per-container defaults.
pub fn pod_spec(spec: &mut Value) {
    set_if_missing(spec, "dnsPolicy", Value::from("ClusterFirst"));
    set_if_missing(spec, "restartPolicy", Value::from("Always"));
    set_if_missing(spec, "schedulerName", Value::from("default-scheduler"));
    set_if_missing(spec, "securityContext", Value::object());
    set_if_missing(spec, "terminationGracePeriodSeconds", Value::Int(30));
    for key in ["containers", "initContainers"] {
        if let Some(Value::Array(cs)) = spec.get_mut(key) {
            for c in cs.iter_mut().filter(|c| c.as_object().is_some()) {
                container(c);
            }
        }
    }
    if let Some(Value::Array(vols)) = spec.get_mut("volumes") {
        for vol in vols.iter_mut() {
            volume(vol);
        }
    }
}

/// Whether an image reference pulls `Always` by default (`:latest` or no tag, no digest).
pub fn default_pull_policy(image: &str) -> &'static str {
    if image.contains('@') {
        return "IfNotPresent";
    }
    let last = image.rsplit('/').next().unwrap_or(image);
    match last.split_once(':') {
        None => "Always",
        Some((_, "latest")) => "Always",
        Some(_) => "IfNotPresent",
    }
}

fn container(c: &mut Value) {
    let image = c
        .get("image")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    set_if_missing(
        c,
        "imagePullPolicy",
        Value::from(default_pull_policy(&image)),
    );
    set_if_missing(
        c,
        "terminationMessagePath",
        Value::from("/dev/termination-log"),
    );
    set_if_missing(c, "terminationMessagePolicy", Value::from("File"));
    set_if_missing(c, "resources", Value::object());
    if let Some(Value::Array(ports)) = c.get_mut("ports") {
        for p in ports.iter_mut().filter(|p| p.as_object().is_some()) {
            set_if_missing(p, "protocol", Value::from("TCP"));
        }
    }
    for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
        if let Some(p) = c.get_mut(probe).filter(|p| p.as_object().is_some()) {
            set_if_missing(p, "timeoutSeconds", Value::Int(1));
            set_if_missing(p, "periodSeconds", Value::Int(10));
            set_if_missing(p, "successThreshold", Value::Int(1));
            set_if_missing(p, "failureThreshold", Value::Int(3));
            if let Some(h) = p.get_mut("httpGet").filter(|h| h.as_object().is_some()) {
                set_if_missing(h, "path", Value::from("/"));
                set_if_missing(h, "scheme", Value::from("HTTP"));
            }
        }
    }
    if let Some(Value::Array(env)) = c.get_mut("env") {
        for e in env.iter_mut() {
            if let Some(fr) = e.get_mut("valueFrom").and_then(|vf| vf.get_mut("fieldRef")) {
                if fr.as_object().is_some() {
                    set_if_missing(fr, "apiVersion", Value::from("v1"));
                }
            }
        }
    }
}

fn volume(v: &mut Value) {
    for (source, mode) in [
        ("configMap", true),
        ("secret", true),
        ("projected", true),
        ("downwardAPI", true),
    ] {
        if let Some(s) = v.get_mut(source).filter(|s| s.as_object().is_some()) {
            if mode {
                set_if_missing(s, "defaultMode", Value::Int(420));
            }
        }
    }
    if let Some(Value::Object(m)) = v.get_mut("emptyDir") {
        let _: &mut Map = m;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pull_policy_defaults() {
        struct Case {
            image: &'static str,
            want: &'static str,
        }
        let cases = [
            Case {
                image: "nginx",
                want: "Always",
            },
            Case {
                image: "nginx:latest",
                want: "Always",
            },
            Case {
                image: "nginx:1.14.2",
                want: "IfNotPresent",
            },
            Case {
                image: "localhost:5000/app",
                want: "Always",
            },
            Case {
                image: "localhost:5000/app:v1",
                want: "IfNotPresent",
            },
            Case {
                image: "nginx@sha256:abc",
                want: "IfNotPresent",
            },
        ];
        for c in &cases {
            assert_eq!(default_pull_policy(c.image), c.want, "{}", c.image);
        }
    }

    #[test]
    fn deployment_defaults() {
        let mut v = Value::object();
        v.entry_object("spec")
            .entry_object("template")
            .entry_object("spec")
            .set(
                "containers",
                Value::Array(vec![crate::value::obj([
                    ("name", "a".into()),
                    ("image", "nginx:1.2".into()),
                ])]),
            );
        deployment(&mut v);
        assert_eq!(v.pointer("spec.replicas"), Some(&Value::Int(1)));
        assert_eq!(
            v.pointer("spec.strategy.rollingUpdate.maxSurge"),
            Some(&Value::from("25%"))
        );
        assert_eq!(
            v.pointer("spec.progressDeadlineSeconds"),
            Some(&Value::Int(600))
        );
        assert_eq!(
            v.pointer("spec.template.spec.dnsPolicy"),
            Some(&Value::from("ClusterFirst"))
        );
        let c = &v
            .pointer("spec.template.spec.containers")
            .unwrap()
            .as_array()
            .unwrap()[0];
        assert_eq!(c.get("imagePullPolicy"), Some(&Value::from("IfNotPresent")));
        assert_eq!(c.get("resources"), Some(&Value::object()));
    }

    #[test]
    fn recreate_gets_no_rolling_update_block() {
        let mut v = Value::object();
        v.entry_object("spec")
            .entry_object("strategy")
            .set("type", "Recreate".into());
        deployment(&mut v);
        assert_eq!(v.pointer("spec.strategy.rollingUpdate"), None);
    }
}
