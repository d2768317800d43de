//! Strict field validation: every field name and JSON type the API server accepts for the
//! kinds kubeplay knows, checked the way the API server's strict decoding checks them.
//!
//! The tables themselves live in [`super::tables`]; this module holds their types and the
//! checker that walks a manifest against them and reports, with positions:
//! - `unknown field "spec.replica"` (strict decoding; paths with `[i]` list indices), and
//! - `json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32`
//!   (Go's `encoding/json` wording; the Go path has no list indices).

use crate::manifest::yaml::{Pos, SpanIndex};
use crate::value::Value;

/// A field's type in the Kubernetes API.
#[derive(Debug)]
pub enum Ty {
    /// `string`
    String,
    /// `int32`
    Int32,
    /// `int64`
    Int64,
    /// `float64`
    Float64,
    /// `bool`
    Bool,
    /// `intstr.IntOrString`: an integer or a string.
    IntOrString,
    /// `resource.Quantity`: a string like `500m` or a number.
    Quantity,
    /// `v1.Time`: an RFC 3339 string (or null).
    Time,
    /// A struct.
    Object(&'static Struct),
    /// `[]T`
    Array(&'static Ty),
    /// `map[string]T`
    Map(&'static Ty),
    /// Anything (`runtime.RawExtension`, `JSON`): not checked further.
    Any,
}

/// A field of a struct: its JSON name and type.
#[derive(Debug)]
pub struct Field {
    /// JSON name (`containerPort`).
    pub name: &'static str,
    /// Type.
    pub ty: Ty,
}

/// A struct of the API: its Go name (for error texts) and its fields.
#[derive(Debug)]
pub struct Struct {
    /// Go type name without package (`DeploymentSpec`).
    pub go_name: &'static str,
    /// Go package name as Go prints it in `of type v1.PodSpec` (`v1`, `resource`, …).
    pub go_package: &'static str,
    /// Fields in any order.
    pub fields: &'static [Field],
}

impl Struct {
    /// The field named `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

impl Ty {
    /// Go's spelling of this type in unmarshal errors (`int32`, `[]v1.Container`, …).
    pub fn go_type(&self) -> String {
        match self {
            Ty::String => "string".into(),
            Ty::Int32 => "int32".into(),
            Ty::Int64 => "int64".into(),
            Ty::Float64 => "float64".into(),
            Ty::Bool => "bool".into(),
            Ty::IntOrString => "intstr.IntOrString".into(),
            Ty::Quantity => "resource.Quantity".into(),
            Ty::Time => "v1.Time".into(),
            Ty::Object(s) => format!("{}.{}", s.go_package, s.go_name),
            Ty::Array(t) => format!("[]{}", t.go_type()),
            Ty::Map(t) => format!("map[string]{}", t.go_type()),
            Ty::Any => "interface {}".into(),
        }
    }
}

/// One problem found by the schema check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemaIssue {
    /// A field the type does not have: the full path with list indices.
    UnknownField {
        /// `spec.template.spec.containers[0].imagee`
        path: String,
        /// Where the key is.
        pos: Pos,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// Go's message, `json: cannot unmarshal …`.
        message: String,
        /// Where the value is.
        pos: Pos,
    },
}

impl SchemaIssue {
    /// The position of the problem.
    pub fn pos(&self) -> Pos {
        match self {
            SchemaIssue::UnknownField { pos, .. } | SchemaIssue::WrongType { pos, .. } => *pos,
        }
    }
}

/// Checks `value` (a whole object) against `schema`, collecting every unknown field and the
/// first type error (Go's decoder stops at the first type error; strict decoding lists
/// every unknown field).
pub fn check(schema: &'static Struct, value: &Value, spans: &SpanIndex) -> Vec<SchemaIssue> {
    let mut out = Vec::new();
    let mut type_error: Option<SchemaIssue> = None;
    let mut walker = Walker {
        spans,
        out: &mut out,
        type_error: &mut type_error,
    };
    walker.object(schema, value, "", "");
    if let Some(t) = type_error {
        // A type error aborts decoding: report it instead of unknown fields.
        return vec![t];
    }
    out
}

struct Walker<'a> {
    spans: &'a SpanIndex,
    out: &'a mut Vec<SchemaIssue>,
    type_error: &'a mut Option<SchemaIssue>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl Walker<'_> {
    /// `path` has list indices (for unknown fields and positions), `go_path` has none.
    fn object(&mut self, s: &'static Struct, v: &Value, path: &str, go_path: &str) {
        let Some(m) = v.as_object() else { return };
        for (k, item) in m {
            let p = join(path, k);
            let gp = join(go_path, k);
            match s.field(k) {
                None => self.out.push(SchemaIssue::UnknownField {
                    pos: self.spans.locate(&p),
                    path: p,
                }),
                Some(f) => self.value(&f.ty, item, &p, &gp, s),
            }
        }
    }

    fn wrong(&mut self, ty: &Ty, v: &Value, path: &str, go_path: &str, parent: &Struct) {
        if self.type_error.is_some() {
            return;
        }
        let what = match v {
            Value::Int(i) => format!("number {i}"),
            Value::Float(f) => format!("number {}", crate::value::format_float(*f)),
            other => other.json_type_name().to_string(),
        };
        // Go only names the number when it is a number of the wrong range/kind.
        let what = match (v, ty) {
            (Value::Int(_) | Value::Float(_), Ty::Int32 | Ty::Int64) => what,
            (Value::Int(_) | Value::Float(_), _) => "number".into(),
            _ => what,
        };
        let pos = self
            .spans
            .value(path)
            .unwrap_or_else(|| self.spans.locate(path));
        *self.type_error = Some(SchemaIssue::WrongType {
            message: format!(
                "json: cannot unmarshal {what} into Go struct field {}.{go_path} of type {}",
                parent.go_name,
                ty.go_type()
            ),
            pos,
        });
    }

    fn value(
        &mut self,
        ty: &'static Ty,
        v: &Value,
        path: &str,
        go_path: &str,
        parent: &'static Struct,
    ) {
        if v.is_null() {
            return; // null is accepted for every field (it means "unset")
        }
        match ty {
            Ty::Any => {}
            Ty::String | Ty::Time => {
                if !matches!(v, Value::String(_)) {
                    self.wrong(ty, v, path, go_path, parent);
                }
            }
            Ty::Bool => {
                if !matches!(v, Value::Bool(_)) {
                    self.wrong(ty, v, path, go_path, parent);
                }
            }
            Ty::Int32 | Ty::Int64 => {
                let ok = match v {
                    Value::Int(i) => matches!(ty, Ty::Int64) || i32::try_from(*i).is_ok(),
                    Value::Float(f) => {
                        f.fract() == 0.0
                            && f.is_finite()
                            && (if matches!(ty, Ty::Int32) {
                                *f >= f64::from(i32::MIN) && *f <= f64::from(i32::MAX)
                            } else {
                                f.abs() < 9.2e18
                            })
                    }
                    _ => false,
                };
                if !ok {
                    self.wrong(ty, v, path, go_path, parent);
                }
            }
            Ty::Float64 => {
                if !matches!(v, Value::Int(_) | Value::Float(_)) {
                    self.wrong(ty, v, path, go_path, parent);
                }
            }
            Ty::IntOrString | Ty::Quantity => {
                if !matches!(v, Value::Int(_) | Value::Float(_) | Value::String(_)) {
                    self.wrong(ty, v, path, go_path, parent);
                }
            }
            Ty::Object(s) => {
                if matches!(v, Value::Object(_)) {
                    self.object(s, v, path, go_path);
                } else {
                    self.wrong(ty, v, path, go_path, parent);
                }
            }
            Ty::Array(item) => match v {
                Value::Array(items) => {
                    for (i, it) in items.iter().enumerate() {
                        self.value(item, it, &format!("{path}[{i}]"), go_path, parent);
                    }
                }
                _ => self.wrong(ty, v, path, go_path, parent),
            },
            Ty::Map(item) => match v {
                Value::Object(m) => {
                    for (k, it) in m {
                        self.value(item, it, &join(path, k), go_path, parent);
                    }
                }
                _ => self.wrong(ty, v, path, go_path, parent),
            },
        }
    }
}
