//! Label selectors: the API form (`matchLabels` / `matchExpressions`) and the string form
//! kubectl's `-l` takes (`a=b,c!=d,e in (x,y),!f`), with apimachinery's matching rules and
//! string rendering (requirements sorted by key, `in` values sorted).

use std::collections::BTreeMap;
use std::fmt;

use super::read;
use crate::value::{Value, obj};

/// An operator of a requirement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Operator {
    /// `a=b` / `a==b` / matchLabels
    Equals,
    /// `a!=b`
    NotEquals,
    /// `a in (x,y)`
    In,
    /// `a notin (x,y)`
    NotIn,
    /// `a`
    Exists,
    /// `!a`
    DoesNotExist,
    /// `a>5`
    GreaterThan,
    /// `a<5`
    LessThan,
}

/// One requirement of a selector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// Label key.
    pub key: String,
    /// Operator.
    pub op: Operator,
    /// Values (sorted, deduplicated for In/NotIn).
    pub values: Vec<String>,
}

impl Requirement {
    /// Whether labels satisfy this requirement (apimachinery `Requirement.Matches`).
    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        let got = labels.get(&self.key);
        match self.op {
            Operator::Equals | Operator::In => got.is_some_and(|v| self.values.contains(v)),
            Operator::NotEquals | Operator::NotIn => !got.is_some_and(|v| self.values.contains(v)),
            Operator::Exists => got.is_some(),
            Operator::DoesNotExist => got.is_none(),
            Operator::GreaterThan | Operator::LessThan => {
                let (Some(v), Some(bound)) = (got, self.values.first()) else {
                    return false;
                };
                let (Ok(v), Ok(bound)) = (v.parse::<i64>(), bound.parse::<i64>()) else {
                    return false;
                };
                if self.op == Operator::GreaterThan {
                    v > bound
                } else {
                    v < bound
                }
            }
        }
    }
}

impl fmt::Display for Requirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let first = self.values.first().map(String::as_str).unwrap_or("");
        match self.op {
            Operator::Equals => write!(f, "{}={}", self.key, first),
            Operator::NotEquals => write!(f, "{}!={}", self.key, first),
            Operator::In => write!(f, "{} in ({})", self.key, self.values.join(",")),
            Operator::NotIn => write!(f, "{} notin ({})", self.key, self.values.join(",")),
            Operator::Exists => write!(f, "{}", self.key),
            Operator::DoesNotExist => write!(f, "!{}", self.key),
            Operator::GreaterThan => write!(f, "{}>{}", self.key, first),
            Operator::LessThan => write!(f, "{}<{}", self.key, first),
        }
    }
}

/// A parsed selector: all requirements must hold. No requirements = everything.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Selector {
    /// Requirements sorted by key.
    pub requirements: Vec<Requirement>,
    /// The "nothing" selector (a nil LabelSelector) matches no object.
    pub nothing: bool,
}

impl Selector {
    /// Whether `labels` match.
    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        !self.nothing && self.requirements.iter().all(|r| r.matches(labels))
    }

    /// True for the selector that matches everything.
    pub fn is_everything(&self) -> bool {
        !self.nothing && self.requirements.is_empty()
    }

    fn sorted(mut requirements: Vec<Requirement>) -> Selector {
        // apimachinery sorts by key with a stable sort.
        requirements.sort_by(|a, b| a.key.cmp(&b.key));
        Selector {
            requirements,
            nothing: false,
        }
    }

    /// Parses the string form (`kubectl get -l`).
    pub fn parse(s: &str) -> Result<Selector, String> {
        let mut reqs = Vec::new();
        let mut rest = s.trim();
        if rest.is_empty() {
            return Ok(Selector::default());
        }
        loop {
            let (req, after) = parse_requirement(rest)?;
            reqs.push(req);
            let after = after.trim_start();
            if after.is_empty() {
                break;
            }
            match after.strip_prefix(',') {
                Some(r) => rest = r.trim_start(),
                None => {
                    return Err(format!(
                        "found '{}', expected: ',' or 'end of string'",
                        after.chars().next().unwrap_or(' ')
                    ));
                }
            }
            if rest.is_empty() {
                return Err("found '', expected: !, identifier, or 'end of string'".into());
            }
        }
        Ok(Selector::sorted(reqs))
    }
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, r) in self.requirements.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{r}")?;
        }
        Ok(())
    }
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/')
}

fn take_ident(s: &str) -> (&str, &str) {
    let end = s.find(|c: char| !is_key_char(c)).unwrap_or(s.len());
    (&s[..end], &s[end..])
}

fn parse_requirement(s: &str) -> Result<(Requirement, &str), String> {
    if let Some(rest) = s.strip_prefix('!') {
        let (key, after) = take_ident(rest.trim_start());
        if key.is_empty() {
            return Err("found '', expected: identifier".into());
        }
        return Ok((
            Requirement {
                key: key.into(),
                op: Operator::DoesNotExist,
                values: vec![],
            },
            after,
        ));
    }
    let (key, after) = take_ident(s);
    if key.is_empty() {
        return Err(format!(
            "found '{}', expected: !, identifier, or 'end of string'",
            s.chars().next().unwrap_or(' ')
        ));
    }
    let t = after.trim_start();
    let (op, rest) = if let Some(r) = t.strip_prefix("==") {
        (Operator::Equals, r)
    } else if let Some(r) = t.strip_prefix("!=") {
        (Operator::NotEquals, r)
    } else if let Some(r) = t.strip_prefix('=') {
        (Operator::Equals, r)
    } else if let Some(r) = t.strip_prefix('>') {
        (Operator::GreaterThan, r)
    } else if let Some(r) = t.strip_prefix('<') {
        (Operator::LessThan, r)
    } else if let Some(r) = strip_word(t, "notin") {
        (Operator::NotIn, r)
    } else if let Some(r) = strip_word(t, "in") {
        (Operator::In, r)
    } else {
        return Ok((
            Requirement {
                key: key.into(),
                op: Operator::Exists,
                values: vec![],
            },
            after,
        ));
    };
    match op {
        Operator::In | Operator::NotIn => {
            let r = rest.trim_start();
            let Some(r) = r.strip_prefix('(') else {
                return Err(format!(
                    "found '{}', expected: '('",
                    r.chars().next().unwrap_or(' ')
                ));
            };
            let Some(close) = r.find(')') else {
                return Err("found '', expected: ')'".into());
            };
            let mut values: Vec<String> = r[..close]
                .split(',')
                .map(|v| v.trim().to_string())
                .collect();
            if values
                .iter()
                .any(|v| !v.chars().all(is_key_char) || v.contains('/'))
            {
                return Err(format!("invalid values in ({})", &r[..close]));
            }
            values.sort();
            values.dedup();
            Ok((
                Requirement {
                    key: key.into(),
                    op,
                    values,
                },
                &r[close + 1..],
            ))
        }
        _ => {
            let (value, after) = take_ident(rest.trim_start());
            if value.contains('/') {
                return Err(format!("invalid value {value:?}"));
            }
            if matches!(op, Operator::GreaterThan | Operator::LessThan)
                && value.parse::<i64>().is_err()
            {
                return Err(format!(
                    "for 'Gt', 'Lt' operators, the value must be an integer: {value}"
                ));
            }
            Ok((
                Requirement {
                    key: key.into(),
                    op,
                    values: vec![value.to_string()],
                },
                after,
            ))
        }
    }
}

fn strip_word<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let r = s.strip_prefix(word)?;
    if r.starts_with(|c: char| c.is_whitespace() || c == '(') {
        Some(r)
    } else {
        None
    }
}

/// One `matchExpressions` entry.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LabelSelectorRequirement {
    /// Key.
    pub key: String,
    /// `In`, `NotIn`, `Exists`, `DoesNotExist`.
    pub operator: String,
    /// Values.
    pub values: Vec<String>,
}

/// `metav1.LabelSelector`.
#[derive(Clone, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct LabelSelector {
    /// `matchLabels`
    pub match_labels: BTreeMap<String, String>,
    /// `matchExpressions`
    pub match_expressions: Vec<LabelSelectorRequirement>,
}

impl LabelSelector {
    /// A selector of exactly these labels.
    pub fn from_labels(labels: &BTreeMap<String, String>) -> Self {
        LabelSelector {
            match_labels: labels.clone(),
            match_expressions: vec![],
        }
    }

    /// True for `{}` (matches everything as a selector; invalid for a Deployment).
    pub fn is_empty(&self) -> bool {
        self.match_labels.is_empty() && self.match_expressions.is_empty()
    }

    /// `LabelSelectorAsSelector`. An unknown operator gives the nothing-selector.
    pub fn to_selector(&self) -> Selector {
        let mut reqs: Vec<Requirement> = self
            .match_labels
            .iter()
            .map(|(k, v)| Requirement {
                key: k.clone(),
                op: Operator::Equals,
                values: vec![v.clone()],
            })
            .collect();
        for e in &self.match_expressions {
            let op = match e.operator.as_str() {
                "In" => Operator::In,
                "NotIn" => Operator::NotIn,
                "Exists" => Operator::Exists,
                "DoesNotExist" => Operator::DoesNotExist,
                _ => {
                    return Selector {
                        requirements: vec![],
                        nothing: true,
                    };
                }
            };
            let mut values = e.values.clone();
            values.sort();
            values.dedup();
            reqs.push(Requirement {
                key: e.key.clone(),
                op,
                values,
            });
        }
        Selector::sorted(reqs)
    }

    /// Whether `labels` match.
    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        // Fast path for the common case of matchLabels only.
        if self.match_expressions.is_empty() {
            return self
                .match_labels
                .iter()
                .all(|(k, v)| labels.get(k) == Some(v));
        }
        self.to_selector().matches(labels)
    }

    /// Reads a selector value.
    pub fn from_value(v: &Value) -> LabelSelector {
        LabelSelector {
            match_labels: read::string_map(v, "matchLabels"),
            match_expressions: v
                .get("matchExpressions")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .map(|e| LabelSelectorRequirement {
                            key: read::str_or_empty(e, "key"),
                            operator: read::str_or_empty(e, "operator"),
                            values: read::string_list(e, "values"),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// As JSON.
    pub fn to_value(&self) -> Value {
        obj([
            (
                "matchExpressions",
                if self.match_expressions.is_empty() {
                    Value::Null
                } else {
                    Value::Array(
                        self.match_expressions
                            .iter()
                            .map(|e| {
                                obj([
                                    ("key", Value::from(e.key.as_str())),
                                    ("operator", Value::from(e.operator.as_str())),
                                    (
                                        "values",
                                        if e.values.is_empty() {
                                            Value::Null
                                        } else {
                                            Value::Array(
                                                e.values
                                                    .iter()
                                                    .map(|s| Value::from(s.as_str()))
                                                    .collect(),
                                            )
                                        },
                                    ),
                                ])
                            })
                            .collect(),
                    )
                },
            ),
            (
                "matchLabels",
                if self.match_labels.is_empty() {
                    Value::Null
                } else {
                    Value::from(&self.match_labels)
                },
            ),
        ])
    }

    /// Go's `%#v` of the selector, as validation messages print it:
    /// `v1.LabelSelector{MatchLabels:map[string]string{"app":"x"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`.
    pub fn go_syntax(&self) -> String {
        let labels = if self.match_labels.is_empty() {
            "map[string]string(nil)".to_string()
        } else {
            go_string_map(&self.match_labels)
        };
        let exprs = if self.match_expressions.is_empty() {
            "[]v1.LabelSelectorRequirement(nil)".to_string()
        } else {
            let items: Vec<String> = self
                .match_expressions
                .iter()
                .map(|e| {
                    let values = if e.values.is_empty() {
                        "[]string(nil)".to_string()
                    } else {
                        format!(
                            "[]string{{{}}}",
                            e.values
                                .iter()
                                .map(|v| go_quote(v))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    format!(
                        "v1.LabelSelectorRequirement{{Key:{}, Operator:{}, Values:{values}}}",
                        go_quote(&e.key),
                        go_quote(&e.operator)
                    )
                })
                .collect();
            format!("[]v1.LabelSelectorRequirement{{{}}}", items.join(", "))
        };
        format!("v1.LabelSelector{{MatchLabels:{labels}, MatchExpressions:{exprs}}}")
    }
}

/// Go's `%q` of a string (close enough: JSON escaping without HTML escapes).
pub fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Go's `%#v` of a `map[string]string` (keys sorted): `map[string]string{"app":"web"}`.
pub fn go_string_map(m: &BTreeMap<String, String>) -> String {
    let items: Vec<String> = m
        .iter()
        .map(|(k, v)| format!("{}:{}", go_quote(k), go_quote(v)))
        .collect();
    format!("map[string]string{{{}}}", items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn string_form_matches() {
        struct Case {
            name: &'static str,
            selector: &'static str,
            labels: &'static [(&'static str, &'static str)],
            want: bool,
        }
        let cases = [
            Case {
                name: "empty matches all",
                selector: "",
                labels: &[],
                want: true,
            },
            Case {
                name: "equals",
                selector: "app=nginx",
                labels: &[("app", "nginx")],
                want: true,
            },
            Case {
                name: "double equals",
                selector: "app==nginx",
                labels: &[("app", "nginx")],
                want: true,
            },
            Case {
                name: "equals miss",
                selector: "app=nginx",
                labels: &[("app", "web")],
                want: false,
            },
            Case {
                name: "not equals absent",
                selector: "app!=nginx",
                labels: &[],
                want: true,
            },
            Case {
                name: "not equals hit",
                selector: "app!=nginx",
                labels: &[("app", "nginx")],
                want: false,
            },
            Case {
                name: "in",
                selector: "env in (prod, dev)",
                labels: &[("env", "dev")],
                want: true,
            },
            Case {
                name: "in miss",
                selector: "env in (prod)",
                labels: &[("env", "dev")],
                want: false,
            },
            Case {
                name: "notin absent",
                selector: "env notin (prod)",
                labels: &[],
                want: true,
            },
            Case {
                name: "exists",
                selector: "tier",
                labels: &[("tier", "x")],
                want: true,
            },
            Case {
                name: "does not exist",
                selector: "!tier",
                labels: &[("tier", "x")],
                want: false,
            },
            Case {
                name: "and",
                selector: "a=b,c!=d,e in (x,y),!f",
                labels: &[("a", "b"), ("e", "y")],
                want: true,
            },
            Case {
                name: "and miss",
                selector: "a=b,c!=d,e in (x,y),!f",
                labels: &[("a", "b"), ("e", "y"), ("f", "")],
                want: false,
            },
            Case {
                name: "gt",
                selector: "n>5",
                labels: &[("n", "7")],
                want: true,
            },
        ];
        for c in &cases {
            let s = Selector::parse(c.selector).unwrap_or_else(|e| panic!("{}: {e}", c.name));
            assert_eq!(s.matches(&labels(c.labels)), c.want, "{}", c.name);
        }
    }

    #[test]
    fn string_form_errors() {
        for bad in ["a=b,", "a in x", "a in (x", ",a", "a=b c"] {
            assert!(Selector::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn api_form_matches_and_renders() {
        struct Case {
            name: &'static str,
            sel: LabelSelector,
            labels: &'static [(&'static str, &'static str)],
            want: bool,
            text: &'static str,
        }
        let expr = |k: &str, op: &str, vals: &[&str]| LabelSelectorRequirement {
            key: k.into(),
            operator: op.into(),
            values: vals.iter().map(|s| s.to_string()).collect(),
        };
        let cases = [
            Case {
                name: "matchLabels",
                sel: LabelSelector::from_labels(&labels(&[("app", "nginx")])),
                labels: &[("app", "nginx"), ("x", "y")],
                want: true,
                text: "app=nginx",
            },
            Case {
                name: "In sorted values",
                sel: LabelSelector {
                    match_labels: labels(&[("app", "web")]),
                    match_expressions: vec![expr("env", "In", &["prod", "dev"])],
                },
                labels: &[("app", "web"), ("env", "prod")],
                want: true,
                text: "app=web,env in (dev,prod)",
            },
            Case {
                name: "NotIn",
                sel: LabelSelector {
                    match_labels: BTreeMap::new(),
                    match_expressions: vec![expr("env", "NotIn", &["prod"])],
                },
                labels: &[("env", "prod")],
                want: false,
                text: "env notin (prod)",
            },
            Case {
                name: "Exists and DoesNotExist sorted by key",
                sel: LabelSelector {
                    match_labels: BTreeMap::new(),
                    match_expressions: vec![
                        expr("z", "Exists", &[]),
                        expr("a", "DoesNotExist", &[]),
                    ],
                },
                labels: &[("z", "1")],
                want: true,
                text: "!a,z",
            },
            Case {
                name: "unknown operator matches nothing",
                sel: LabelSelector {
                    match_labels: BTreeMap::new(),
                    match_expressions: vec![expr("z", "Maybe", &[])],
                },
                labels: &[("z", "1")],
                want: false,
                text: "",
            },
        ];
        for c in &cases {
            assert_eq!(c.sel.matches(&labels(c.labels)), c.want, "{}", c.name);
            assert_eq!(c.sel.to_selector().to_string(), c.text, "{}", c.name);
        }
    }

    #[test]
    fn go_syntax_of_selectors() {
        let s = LabelSelector::from_labels(&labels(&[("app", "x")]));
        assert_eq!(
            s.go_syntax(),
            "v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"x\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}"
        );
        assert_eq!(
            LabelSelector::default().go_syntax(),
            "v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}"
        );
    }
}
