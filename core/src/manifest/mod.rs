//! Manifests: multi-document YAML → identified, schema-checked documents, ready to be
//! merged with the live object, defaulted, decoded and validated by the cluster.
//!
//! Pipeline: [`yaml::parse_documents`] (syntax, positions) → [`identify`] (apiVersion/kind)
//! → [`schema::check`] (unknown fields, JSON types) → `Cluster` (three-way merge with the
//! live object, [`defaults`], decode, [`validation`]). Every error carries positions.

pub mod defaults;
pub mod merge;
pub mod schema;
pub mod tables;
pub mod validation;
pub mod yaml;

use crate::error::{Diagnostic, FieldError, Severity};
use crate::model::Kind;
use crate::value::Value;
use yaml::{Pos, SpanIndex, YamlLimits};

/// One document of a manifest, identified.
#[derive(Clone, Debug, PartialEq)]
pub struct ManifestDoc {
    /// Its kind.
    pub kind: Kind,
    /// The object as written.
    pub value: Value,
    /// Field positions.
    pub spans: SpanIndex,
    /// `metadata.name` ("" if missing).
    pub name: String,
    /// `metadata.namespace` as written (None if absent).
    pub namespace: Option<String>,
}

/// Why a document cannot be applied.
#[derive(Clone, Debug, PartialEq)]
pub enum DocError {
    /// YAML syntax (stops the whole stream).
    Syntax {
        /// Where.
        pos: Pos,
        /// libyaml-style message.
        message: String,
    },
    /// The document is not a mapping.
    NotAnObject {
        /// Where.
        pos: Pos,
    },
    /// `kind` or `apiVersion` missing.
    MissingField {
        /// `kind` / `apiVersion`.
        field: &'static str,
        /// Where.
        pos: Pos,
    },
    /// A kind this cluster does not serve.
    NoKindMatch {
        /// The kind as written.
        kind: String,
        /// The apiVersion as written.
        api_version: String,
        /// The object's name.
        name: String,
        /// The object's namespace as written.
        namespace: String,
        /// Where (the `kind` value).
        pos: Pos,
    },
    /// Strict decoding: unknown fields or a wrong JSON type.
    Decode {
        /// Kind.
        kind: Kind,
        /// The object's name.
        name: String,
        /// The problems.
        issues: Vec<schema::SchemaIssue>,
    },
    /// Validation failed.
    Invalid {
        /// Kind.
        kind: Kind,
        /// The object's name.
        name: String,
        /// The failures, each with a position.
        causes: Vec<(FieldError, Pos)>,
    },
    /// Another API error (e.g. a forbidden pod update) on one object.
    Other {
        /// Kind.
        kind: Kind,
        /// The object's name.
        name: String,
        /// Message.
        message: String,
        /// Where.
        pos: Pos,
    },
}

impl DocError {
    /// Diagnostics for an editor.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let d = |pos: Pos, message: String| Diagnostic {
            line: pos.line,
            column: pos.column,
            message,
            severity: Severity::Error,
        };
        match self {
            DocError::Syntax { pos, message } => {
                vec![d(*pos, format!("YAML syntax error: {message}"))]
            }
            DocError::NotAnObject { pos } => {
                vec![d(*pos, "a manifest must be a mapping (an object)".into())]
            }
            DocError::MissingField { field, pos } => vec![d(*pos, format!("{field} not set"))],
            DocError::NoKindMatch {
                kind,
                api_version,
                pos,
                ..
            } => {
                vec![d(
                    *pos,
                    format!("no matches for kind \"{kind}\" in version \"{api_version}\""),
                )]
            }
            DocError::Decode { issues, .. } => issues
                .iter()
                .map(|i| match i {
                    schema::SchemaIssue::UnknownField { path, pos } => {
                        d(*pos, format!("unknown field \"{path}\""))
                    }
                    schema::SchemaIssue::WrongType { message, pos } => d(*pos, message.clone()),
                })
                .collect(),
            DocError::Invalid { causes, .. } => causes
                .iter()
                .map(|(e, pos)| d(*pos, e.to_string()))
                .collect(),
            DocError::Other { message, pos, .. } => vec![d(*pos, message.clone())],
        }
    }
}

/// Parses a YAML stream into identified, schema-checked documents. A syntax error stops
/// everything (`Err` with that one error); per-document problems are returned beside the
/// good documents, in document order.
pub fn parse(
    text: &str,
    limits: YamlLimits,
) -> Result<Vec<Result<ManifestDoc, DocError>>, DocError> {
    let docs = yaml::parse_documents(text, limits).map_err(|e| DocError::Syntax {
        pos: e.pos,
        message: e.message,
    })?;
    Ok(docs
        .into_iter()
        .map(|d| identify(d.value, d.spans))
        .collect())
}

/// Identifies one document and checks it against the schema of its kind.
pub fn identify(value: Value, spans: SpanIndex) -> Result<ManifestDoc, DocError> {
    if value.as_object().is_none() {
        return Err(DocError::NotAnObject { pos: spans.start });
    }
    let kind_s = value
        .get("kind")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let api = value
        .get("apiVersion")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    if kind_s.is_empty() {
        return Err(DocError::MissingField {
            field: "kind",
            pos: spans.locate("kind"),
        });
    }
    if api.is_empty() {
        return Err(DocError::MissingField {
            field: "apiVersion",
            pos: spans.locate("apiVersion"),
        });
    }
    let meta = value.get("metadata");
    let name = meta
        .and_then(|m| m.get("name"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let namespace = meta
        .and_then(|m| m.get("namespace"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let Some(kind) = Kind::from_manifest(&api, &kind_s) else {
        return Err(DocError::NoKindMatch {
            kind: kind_s,
            api_version: api,
            name,
            namespace: namespace.unwrap_or_default(),
            pos: spans.value("kind").unwrap_or(spans.start),
        });
    };
    let table = match kind {
        Kind::Deployment => &tables::DEPLOYMENT,
        Kind::ReplicaSet => &tables::REPLICA_SET,
        Kind::Pod => &tables::POD,
        Kind::Node => &tables::NODE,
        Kind::HorizontalPodAutoscaler => {
            if api == "autoscaling/v1" {
                &tables::HORIZONTAL_POD_AUTOSCALER_V1
            } else {
                &tables::HORIZONTAL_POD_AUTOSCALER
            }
        }
        Kind::Service => &tables::SERVICE,
        Kind::Event => &tables::EVENT,
    };
    let issues = schema::check(table, &value, &spans);
    if !issues.is_empty() {
        return Err(DocError::Decode { kind, name, issues });
    }
    Ok(ManifestDoc {
        kind,
        value,
        spans,
        name,
        namespace,
    })
}
