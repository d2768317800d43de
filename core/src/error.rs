//! Errors as data: diagnostics with positions for the editor, field errors with the API
//! server's texts, and the errors of the cluster facade.

use std::fmt;

use crate::model::selector::go_quote;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The input is rejected.
    Error,
    /// Accepted, but worth knowing.
    Warning,
}

impl Severity {
    /// `error` / `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A problem in user input, at a 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// What is wrong.
    pub message: String,
    /// Error or warning.
    pub severity: Severity,
}

/// The type of a field error (apimachinery `field.ErrorType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldErrorType {
    /// `Required value`
    Required,
    /// `Invalid value`
    Invalid,
    /// `Unsupported value`
    NotSupported,
    /// `Duplicate value`
    Duplicate,
    /// `Forbidden`
    Forbidden,
    /// `Too long`
    TooLong,
}

impl FieldErrorType {
    fn as_str(self) -> &'static str {
        match self {
            FieldErrorType::Required => "Required value",
            FieldErrorType::Invalid => "Invalid value",
            FieldErrorType::NotSupported => "Unsupported value",
            FieldErrorType::Duplicate => "Duplicate value",
            FieldErrorType::Forbidden => "Forbidden",
            FieldErrorType::TooLong => "Too long",
        }
    }
}

/// A value as validation messages render it (apimachinery rules: strings quoted, numbers
/// plain, other values in Go's `%#v`, pre-rendered by the caller).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadValue {
    /// No value shown (Required, Forbidden).
    None,
    /// A string, printed quoted.
    Str(String),
    /// An integer.
    Int(i64),
    /// Already rendered (Go `%#v`).
    Raw(String),
}

/// One validation failure (apimachinery `field.Error`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Kind of failure.
    pub type_: FieldErrorType,
    /// Field path, e.g. `spec.template.spec.containers[0].image`.
    pub field: String,
    /// The offending value.
    pub value: BadValue,
    /// Details.
    pub detail: String,
}

impl FieldError {
    /// `Required value`
    pub fn required(field: impl Into<String>, detail: impl Into<String>) -> Self {
        FieldError {
            type_: FieldErrorType::Required,
            field: field.into(),
            value: BadValue::None,
            detail: detail.into(),
        }
    }
    /// `Invalid value`
    pub fn invalid(field: impl Into<String>, value: BadValue, detail: impl Into<String>) -> Self {
        FieldError {
            type_: FieldErrorType::Invalid,
            field: field.into(),
            value,
            detail: detail.into(),
        }
    }
    /// `Forbidden`
    pub fn forbidden(field: impl Into<String>, detail: impl Into<String>) -> Self {
        FieldError {
            type_: FieldErrorType::Forbidden,
            field: field.into(),
            value: BadValue::None,
            detail: detail.into(),
        }
    }
    /// `Unsupported value` with the list of supported values.
    pub fn not_supported(field: impl Into<String>, value: &str, supported: &[&str]) -> Self {
        let list: Vec<String> = supported.iter().map(|s| go_quote(s)).collect();
        FieldError {
            type_: FieldErrorType::NotSupported,
            field: field.into(),
            value: BadValue::Str(value.to_string()),
            detail: format!("supported values: {}", list.join(", ")),
        }
    }
    /// `Duplicate value`
    pub fn duplicate(field: impl Into<String>, value: BadValue) -> Self {
        FieldError {
            type_: FieldErrorType::Duplicate,
            field: field.into(),
            value,
            detail: String::new(),
        }
    }
    /// `Too long`
    pub fn too_long(field: impl Into<String>, max: usize) -> Self {
        FieldError {
            type_: FieldErrorType::TooLong,
            field: field.into(),
            value: BadValue::None,
            detail: format!("may not be more than {max} bytes"),
        }
    }

    /// `ErrorBody()`: the text after `<field>: `.
    pub fn body(&self) -> String {
        let mut s = self.type_.as_str().to_string();
        let value = match &self.value {
            BadValue::None => None,
            BadValue::Str(v) => Some(go_quote(v)),
            BadValue::Int(i) => Some(i.to_string()),
            BadValue::Raw(r) => Some(r.clone()),
        };
        if let Some(v) = value {
            if !matches!(
                self.type_,
                FieldErrorType::Required | FieldErrorType::Forbidden | FieldErrorType::TooLong
            ) {
                s.push_str(": ");
                s.push_str(&v);
            }
        }
        if !self.detail.is_empty() {
            s.push_str(": ");
            s.push_str(&self.detail);
        }
        s
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.body())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_like_apimachinery() {
        assert_eq!(
            FieldError::required("spec.selector", "").to_string(),
            "spec.selector: Required value"
        );
        assert_eq!(
            FieldError::invalid(
                "spec.replicas",
                BadValue::Int(-1),
                "must be greater than or equal to 0"
            )
            .to_string(),
            "spec.replicas: Invalid value: -1: must be greater than or equal to 0"
        );
        assert_eq!(
            FieldError::not_supported("spec.template.spec.restartPolicy", "Never", &["Always"])
                .to_string(),
            "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\""
        );
        assert_eq!(
            FieldError::duplicate(
                "spec.template.spec.containers[1].name",
                BadValue::Str("a".into())
            )
            .to_string(),
            "spec.template.spec.containers[1].name: Duplicate value: \"a\""
        );
    }
}
