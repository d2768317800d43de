//! v1 Service. Spec and status stay [`Value`]s; typed accessors read what the endpoints
//! view and kubectl need.

use std::collections::BTreeMap;

use super::meta::ObjectMeta;
use super::{DecodeError, ToValue};
use crate::error::{BadValue, FieldError};
use crate::time::Epoch;
use crate::value::{Value, obj};

/// A Service.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Service {
    /// Metadata.
    pub meta: ObjectMeta,
    /// `spec` (type, selector, ports, clusterIP, …).
    pub spec: Value,
    /// `status` (loadBalancer).
    pub status: Value,
}

/// One `spec.ports[]` entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServicePort {
    /// `name`
    pub name: Option<String>,
    /// `port`
    pub port: i64,
    /// `targetPort` as written (number or name).
    pub target_port: String,
    /// `protocol`
    pub protocol: String,
    /// `nodePort`
    pub node_port: Option<i64>,
}

impl Service {
    /// `spec.type` (default ClusterIP).
    pub fn type_(&self) -> &str {
        self.spec
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("ClusterIP")
    }

    /// `spec.clusterIP`.
    pub fn cluster_ip(&self) -> &str {
        self.spec
            .get("clusterIP")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// A `spec` list of strings (`clusterIPs`, `ipFamilies`, `externalIPs`); empty if unset.
    pub fn spec_strings(&self, key: &str) -> Vec<String> {
        self.spec
            .get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `spec.selector` (None = no selector: endpoints are managed by hand).
    pub fn selector(&self) -> Option<BTreeMap<String, String>> {
        self.spec.get("selector")?.as_object().map(|m| {
            m.iter()
                .filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_string())))
                .collect()
        })
    }

    /// `spec.ports`.
    pub fn ports(&self) -> Vec<ServicePort> {
        self.spec
            .get("ports")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|p| ServicePort {
                        name: p.get("name").and_then(Value::as_str).map(str::to_string),
                        port: p.get("port").and_then(Value::as_i64).unwrap_or(0),
                        target_port: match p.get("targetPort") {
                            Some(Value::Int(i)) => i.to_string(),
                            Some(Value::String(s)) => s.clone(),
                            _ => p
                                .get("port")
                                .and_then(Value::as_i64)
                                .unwrap_or(0)
                                .to_string(),
                        },
                        protocol: p
                            .get("protocol")
                            .and_then(Value::as_str)
                            .unwrap_or("TCP")
                            .to_string(),
                        node_port: p.get("nodePort").and_then(Value::as_i64),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Reads a stored Service.
    pub fn from_value(v: &Value, epoch: Epoch) -> Result<Service, DecodeError> {
        Ok(Service {
            meta: ObjectMeta::from_value(v.get("metadata"), epoch)?,
            spec: v.get("spec").cloned().unwrap_or_else(Value::object),
            status: v
                .get("status")
                .cloned()
                .unwrap_or_else(|| obj([("loadBalancer", Value::object())])),
        })
    }
}

impl ToValue for Service {
    fn to_value(&self, epoch: Epoch) -> Value {
        obj([
            ("apiVersion", Value::from("v1")),
            ("kind", Value::from("Service")),
            ("metadata", self.meta.to_value(epoch)),
            ("spec", self.spec.clone()),
            ("status", self.status.clone()),
        ])
    }
}

/// The Service types the API accepts.
const TYPES: [&str; 4] = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];

/// `SetDefaults_Service` plus the fields the API server fills in on create.
pub fn set_defaults(spec: &mut Value) {
    if spec.get("type").is_none_or(Value::is_null) {
        spec.set("type", Value::from("ClusterIP"));
    }
    if spec.get("sessionAffinity").is_none_or(Value::is_null) {
        spec.set("sessionAffinity", Value::from("None"));
    }
    let type_ = spec
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    if type_ == "ExternalName" {
        return;
    }
    if spec.get("internalTrafficPolicy").is_none_or(Value::is_null) {
        spec.set("internalTrafficPolicy", Value::from("Cluster"));
    }
    if spec.get("ipFamilies").is_none_or(Value::is_null) {
        spec.set("ipFamilies", Value::Array(vec![Value::from("IPv4")]));
    }
    if spec.get("ipFamilyPolicy").is_none_or(Value::is_null) {
        spec.set("ipFamilyPolicy", Value::from("SingleStack"));
    }
    let external = type_ == "NodePort" || type_ == "LoadBalancer";
    if external && spec.get("externalTrafficPolicy").is_none_or(Value::is_null) {
        spec.set("externalTrafficPolicy", Value::from("Cluster"));
    }
    if type_ == "LoadBalancer"
        && spec
            .get("allocateLoadBalancerNodePorts")
            .is_none_or(Value::is_null)
    {
        spec.set("allocateLoadBalancerNodePorts", Value::Bool(true));
    }
    if let Some(Value::Array(ports)) = spec.get("ports").cloned() {
        let ports = ports
            .into_iter()
            .map(|mut p| {
                if p.get("protocol").is_none_or(Value::is_null) {
                    p.set("protocol", Value::from("TCP"));
                }
                if p.get("targetPort").is_none_or(Value::is_null) {
                    let port = p.get("port").cloned().unwrap_or(Value::Null);
                    p.set("targetPort", port);
                }
                p
            })
            .collect();
        spec.set("ports", Value::Array(ports));
    }
}

/// `ValidateService` / `ValidateServiceUpdate`, the checks a playground user meets.
pub fn validate(s: &Service, old: Option<&Service>, out: &mut Vec<FieldError>) {
    let type_ = s.type_();
    let headless = s.cluster_ip() == "None";
    let ports = s.ports();
    if ports.is_empty() && !headless && type_ != "ExternalName" {
        out.push(FieldError::required("spec.ports", ""));
    }
    for (i, p) in ports.iter().enumerate() {
        if ports.len() > 1 && p.name.as_deref().is_none_or(str::is_empty) {
            out.push(FieldError::required(format!("spec.ports[{i}].name"), ""));
        }
        if !(1..=65535).contains(&p.port) {
            out.push(FieldError::invalid(
                format!("spec.ports[{i}].port"),
                BadValue::Int(p.port),
                "must be between 1 and 65535, inclusive",
            ));
        }
        if !["TCP", "UDP", "SCTP"].contains(&p.protocol.as_str()) {
            out.push(FieldError::not_supported(
                format!("spec.ports[{i}].protocol"),
                &p.protocol,
                &["SCTP", "TCP", "UDP"],
            ));
        }
    }
    if !TYPES.contains(&type_) {
        out.push(FieldError::not_supported("spec.type", type_, &TYPES));
    }
    if let Some(old) = old {
        let ip = s.cluster_ip();
        if !ip.is_empty() && ip != old.cluster_ip() {
            out.push(FieldError::invalid(
                "spec.clusterIPs[0]",
                BadValue::Str(ip.to_string()),
                "may not change once set",
            ));
        }
    }
}

/// One ready endpoint address of a Service port: `ip:port`.
pub type Endpoint = String;

impl Service {
    /// The endpoints the EndpointSlice controller would publish for each port, as kubectl's
    /// `formatEndpointSlices` reads them: only ready pods count, ordered by pod IP.
    /// `None` means no slice exists (a Service without a selector).
    pub fn ready_endpoints<'a>(
        &self,
        pods: impl Iterator<Item = &'a super::Pod>,
    ) -> Option<Vec<(ServicePort, Vec<Endpoint>)>> {
        let selector = self.selector().filter(|s| !s.is_empty())?;
        let mut ready: Vec<&super::Pod> = pods
            .filter(|p| p.meta.namespace == self.meta.namespace)
            .filter(|p| p.meta.deletion_timestamp.is_none() && p.is_ready())
            .filter(|p| {
                selector
                    .iter()
                    .all(|(k, v)| p.meta.labels.get(k) == Some(v))
            })
            .filter(|p| p.status.pod_ip.as_deref().is_some_and(|ip| !ip.is_empty()))
            .collect();
        ready.sort_by_key(|p| ip_key(p.status.pod_ip.as_deref().unwrap_or("")));
        Some(
            self.ports()
                .into_iter()
                .map(|sp| {
                    let eps = ready
                        .iter()
                        .filter_map(|p| {
                            let port = target_port_of(&sp.target_port, &p.spec)?;
                            Some(format!("{}:{port}", p.status.pod_ip.as_deref()?))
                        })
                        .collect();
                    (sp, eps)
                })
                .collect(),
        )
    }
}

/// Sorts dotted IPv4 addresses numerically.
fn ip_key(ip: &str) -> Vec<u32> {
    ip.split('.').map(|o| o.parse().unwrap_or(0)).collect()
}

/// `podutil.FindPort`: a numeric target port as is, a named one through the containers' ports.
fn target_port_of(target: &str, pod_spec: &Value) -> Option<i64> {
    if let Ok(n) = target.parse::<i64>() {
        return Some(n);
    }
    pod_spec
        .get("containers")?
        .as_array()?
        .iter()
        .filter_map(|c| c.get("ports").and_then(Value::as_array))
        .flatten()
        .find(|p| p.get("name").and_then(Value::as_str) == Some(target))
        .and_then(|p| p.get("containerPort").and_then(Value::as_i64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    fn svc(spec: Value) -> Service {
        let mut s = Service {
            meta: ObjectMeta::default(),
            spec,
            status: Value::object(),
        };
        set_defaults(&mut s.spec);
        s
    }

    fn port(p: i64) -> Value {
        obj([("port", Value::Int(p))])
    }

    fn errors(s: &Service) -> Vec<String> {
        let mut out = Vec::new();
        validate(s, None, &mut out);
        out.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn defaults_fill_what_the_api_server_fills() {
        let s = svc(obj([("ports", Value::Array(vec![port(80)]))]));
        assert_eq!(s.type_(), "ClusterIP");
        let p = &s.ports()[0];
        assert_eq!((p.protocol.as_str(), p.target_port.as_str()), ("TCP", "80"));
        assert_eq!(
            s.spec.get("sessionAffinity").and_then(Value::as_str),
            Some("None")
        );
        assert!(s.spec.get("externalTrafficPolicy").is_none());
        let np = svc(obj([
            ("type", Value::from("NodePort")),
            ("ports", Value::Array(vec![port(80)])),
        ]));
        assert_eq!(
            np.spec.get("externalTrafficPolicy").and_then(Value::as_str),
            Some("Cluster")
        );
    }

    #[test]
    fn validation_table() {
        let cases: Vec<(Value, Vec<&str>)> = vec![
            (obj([("ports", Value::Array(vec![port(80)]))]), vec![]),
            (
                obj([("selector", Value::object())]),
                vec!["spec.ports: Required value"],
            ),
            (obj([("clusterIP", Value::from("None"))]), vec![]),
            (
                obj([("ports", Value::Array(vec![port(0)]))]),
                vec![
                    "spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive",
                ],
            ),
            (
                obj([("ports", Value::Array(vec![port(80), port(81)]))]),
                vec![
                    "spec.ports[0].name: Required value",
                    "spec.ports[1].name: Required value",
                ],
            ),
            (
                obj([
                    ("type", Value::from("Foo")),
                    ("ports", Value::Array(vec![port(80)])),
                ]),
                vec![
                    "spec.type: Unsupported value: \"Foo\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"",
                ],
            ),
        ];
        for (spec, want) in cases {
            let s = svc(spec.clone());
            assert_eq!(errors(&s), want, "spec {spec:?}");
        }
    }
}
