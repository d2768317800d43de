//! Resource type names as kubectl resolves them: short names, singular/plural, with group
//! and version (`deploy`, `deployments.apps`, `deployment.v1.apps`, `po`, `rs`, …).

use crate::model::Kind;

/// A resource type kubectl can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Resource {
    /// A kind the cluster stores.
    Kind(Kind),
    /// `namespaces` (only `default` and the system ones exist).
    Namespace,
}

impl Resource {
    /// The stored kind, if any.
    pub fn kind(self) -> Option<Kind> {
        match self {
            Resource::Kind(k) => Some(k),
            Resource::Namespace => None,
        }
    }

    /// Plural lower-case name (`deployments`).
    pub fn plural(self) -> &'static str {
        match self {
            Resource::Kind(k) => k.resource(),
            Resource::Namespace => "namespaces",
        }
    }

    /// `deployments.apps` / `pods` (as in NotFound errors).
    pub fn qualified(self) -> String {
        match self {
            Resource::Kind(k) => k.qualified_resource(),
            Resource::Namespace => "namespaces".into(),
        }
    }

    /// `deployment.apps` / `pod` (as the name printer prefixes).
    pub fn singular_qualified(self) -> String {
        match self {
            Resource::Kind(k) => k.qualified_singular(),
            Resource::Namespace => "namespace".into(),
        }
    }

    /// Whether objects live in a namespace.
    pub fn namespaced(self) -> bool {
        match self {
            Resource::Kind(k) => k.namespaced(),
            Resource::Namespace => false,
        }
    }
}

/// Resolves a resource type as typed on the command line; `None` if the server has no such
/// type (`error: the server doesn't have a resource type "x"`).
pub fn resolve(name: &str) -> Option<Resource> {
    // Full names resolve in any case (`Deployment`, `Pods`); short names only in lower case
    // (`deploy`, `po`), as kubectl's shortcut expander matches them exactly.
    let short = matches!(
        name.split('.').next().unwrap_or(""),
        "deploy" | "rs" | "po" | "no" | "ev" | "ns" | "hpa" | "svc"
    );
    let lower = name.to_ascii_lowercase();
    if !short
        && matches!(
            lower.split('.').next().unwrap_or(""),
            "deploy" | "rs" | "po" | "no" | "ev" | "ns" | "hpa" | "svc"
        )
    {
        return None;
    }
    // Strip `.v1.apps` / `.apps` / `.v1` qualifiers, checking they fit the kind.
    let (base, group) = match lower.split_once('.') {
        Some((b, g)) => (b.to_string(), Some(g.to_string())),
        None => (lower.clone(), None),
    };
    let res = match base.as_str() {
        "deploy" | "deployment" | "deployments" => Resource::Kind(Kind::Deployment),
        "rs" | "replicaset" | "replicasets" => Resource::Kind(Kind::ReplicaSet),
        "po" | "pod" | "pods" => Resource::Kind(Kind::Pod),
        "no" | "node" | "nodes" => Resource::Kind(Kind::Node),
        "ev" | "event" | "events" => Resource::Kind(Kind::Event),
        "ns" | "namespace" | "namespaces" => Resource::Namespace,
        "svc" | "service" | "services" => Resource::Kind(Kind::Service),
        "hpa" | "horizontalpodautoscaler" | "horizontalpodautoscalers" => {
            Resource::Kind(Kind::HorizontalPodAutoscaler)
        }
        _ => return None,
    };
    if let Some(g) = group {
        let expected_group = match res {
            Resource::Kind(k) => k.group(),
            Resource::Namespace => "",
        };
        let ok = match expected_group {
            "apps" => matches!(g.as_str(), "apps" | "v1.apps"),
            "autoscaling" => matches!(
                g.as_str(),
                "autoscaling" | "v2.autoscaling" | "v1.autoscaling"
            ),
            "" => {
                matches!(g.as_str(), "v1")
                    || (res == Resource::Kind(Kind::Event) && g == "events.k8s.io")
            }
            _ => false,
        };
        if !ok {
            return None;
        }
    }
    Some(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve() {
        struct Case {
            name: &'static str,
            want: Option<Resource>,
        }
        let d = Some(Resource::Kind(Kind::Deployment));
        let cases = [
            Case {
                name: "deploy",
                want: d,
            },
            Case {
                name: "deployments.apps",
                want: d,
            },
            Case {
                name: "deployment.v1.apps",
                want: d,
            },
            Case {
                name: "Deployment",
                want: d,
            },
            Case {
                name: "deployments.v1",
                want: None,
            },
            Case {
                name: "rs",
                want: Some(Resource::Kind(Kind::ReplicaSet)),
            },
            Case {
                name: "po",
                want: Some(Resource::Kind(Kind::Pod)),
            },
            Case {
                name: "pods.v1",
                want: Some(Resource::Kind(Kind::Pod)),
            },
            Case {
                name: "no",
                want: Some(Resource::Kind(Kind::Node)),
            },
            Case {
                name: "ns",
                want: Some(Resource::Namespace),
            },
            Case {
                name: "foo",
                want: None,
            },
        ];
        for c in &cases {
            assert_eq!(resolve(c.name), c.want, "{}", c.name);
        }
    }
}
