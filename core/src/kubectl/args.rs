//! Command-line handling as kubectl's cobra/pflag does it: a shell-like tokenizer, then
//! flags (`--name=value`, `--name value`, `-n value`, `-nvalue`, `-o=wide`, boolean flags
//! with optional `=false`) separated from positional arguments.

use std::collections::BTreeMap;

/// The type of a flag's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagKind {
    /// `--watch` / `--watch=false`
    Bool,
    /// `--output wide`
    String,
    /// `--replicas 3`
    Int,
    /// Repeatable: `-f a.yaml -f b.yaml`, also comma-separated.
    StringArray,
}

/// A flag a command accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlagSpec {
    /// Long name without dashes.
    pub name: &'static str,
    /// One-letter shorthand.
    pub short: Option<char>,
    /// Value type.
    pub kind: FlagKind,
}

/// Shorthand constructor.
pub const fn flag(name: &'static str, short: Option<char>, kind: FlagKind) -> FlagSpec {
    FlagSpec { name, short, kind }
}

/// Flags every kubectl command accepts (mostly ignored by the playground).
pub const GLOBAL_FLAGS: &[FlagSpec] = &[
    flag("namespace", Some('n'), FlagKind::String),
    flag("kubeconfig", None, FlagKind::String),
    flag("context", None, FlagKind::String),
    flag("cluster", None, FlagKind::String),
    flag("user", None, FlagKind::String),
    flag("server", Some('s'), FlagKind::String),
    flag("request-timeout", None, FlagKind::String),
    flag("v", Some('v'), FlagKind::Int),
    flag("insecure-skip-tls-verify", None, FlagKind::Bool),
    flag("as", None, FlagKind::String),
    flag("token", None, FlagKind::String),
    flag("help", Some('h'), FlagKind::Bool),
    flag("warnings-as-errors", None, FlagKind::Bool),
    flag("match-server-version", None, FlagKind::Bool),
];

/// Parsed flags: every value given, by long name, and the order they were set in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    values: BTreeMap<&'static str, Vec<String>>,
}

impl Flags {
    /// Whether the flag was given.
    pub fn has(&self, name: &str) -> bool {
        self.values.contains_key(name)
    }

    /// The last value given.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values
            .get(name)
            .and_then(|v| v.last())
            .map(String::as_str)
    }

    /// Every value given (repeatable flags; comma lists already split).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.values.get(name).cloned().unwrap_or_default()
    }

    /// A boolean flag (absent → `default`).
    pub fn bool(&self, name: &str, default: bool) -> bool {
        match self.get(name) {
            None => default,
            Some(v) => v == "true",
        }
    }

    /// Flags that were set, sorted by name (as cobra's `Visit` walks them), with values.
    pub fn visit(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.values
            .iter()
            .flat_map(|(k, vs)| vs.iter().map(move |v| (*k, v.as_str())))
    }

    fn push(&mut self, name: &'static str, v: String) {
        self.values.entry(name).or_default().push(v);
    }
}

/// Splits a command line like a POSIX shell would: whitespace separates words, quotes group,
/// backslash escapes, an unquoted word starting with `#` starts a comment.
pub fn tokenize(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '#' if !in_word => break,
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(x) => cur.push(x),
                        None => return Err("unterminated quoted string".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(x @ ('"' | '\\' | '$' | '`')) => cur.push(x),
                            Some('\n') => {}
                            Some(x) => {
                                cur.push('\\');
                                cur.push(x);
                            }
                            None => return Err("unterminated quoted string".into()),
                        },
                        Some(x) => cur.push(x),
                        None => return Err("unterminated quoted string".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some('\n') => {}
                    Some(x) => cur.push(x),
                    None => {}
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

/// Why flags could not be parsed (kubectl's first error line; the caller adds the
/// `See 'kubectl <cmd> --help' for usage.` line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlagError(pub String);

/// Separates flags from positional arguments. `--` ends flag parsing.
pub fn parse(words: &[String], specs: &[FlagSpec]) -> Result<(Vec<String>, Flags), FlagError> {
    let lookup_long = |n: &str| {
        specs
            .iter()
            .chain(GLOBAL_FLAGS)
            .find(|s| s.name == n)
            .copied()
    };
    let lookup_short = |c: char| {
        specs
            .iter()
            .chain(GLOBAL_FLAGS)
            .find(|s| s.short == Some(c))
            .copied()
    };
    let mut positionals = Vec::new();
    let mut flags = Flags::default();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        i += 1;
        if w == "--" {
            positionals.extend(words[i..].iter().cloned());
            break;
        }
        if let Some(rest) = w.strip_prefix("--") {
            let (name, inline) = match rest.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (rest, None),
            };
            let Some(spec) = lookup_long(name) else {
                return Err(FlagError(format!("unknown flag: --{name}")));
            };
            let value = match (spec.kind, inline) {
                (FlagKind::Bool, Some(v)) => normalize_bool(&v, name)?,
                (FlagKind::Bool, None) => "true".to_string(),
                (_, Some(v)) => v,
                (_, None) => {
                    if i < words.len() {
                        i += 1;
                        words[i - 1].clone()
                    } else {
                        return Err(FlagError(format!("flag needs an argument: --{name}")));
                    }
                }
            };
            set_value(&mut flags, spec, value)?;
        } else if w.len() > 1 && w.starts_with('-') && !is_negative_number(w) {
            // Shorthand cluster: -it, -n default, -ndefault, -o=wide.
            let body: Vec<char> = w[1..].chars().collect();
            let mut j = 0;
            while j < body.len() {
                let c = body[j];
                let Some(spec) = lookup_short(c) else {
                    return Err(FlagError(format!("unknown shorthand flag: '{c}' in {w}")));
                };
                j += 1;
                if spec.kind == FlagKind::Bool {
                    let v = if j < body.len() && body[j] == '=' {
                        let v: String = body[j + 1..].iter().collect();
                        j = body.len();
                        normalize_bool(&v, spec.name)?
                    } else {
                        "true".to_string()
                    };
                    set_value(&mut flags, spec, v)?;
                    continue;
                }
                let value = if j < body.len() {
                    let rest: String = body[j..].iter().collect();
                    j = body.len();
                    rest.strip_prefix('=').map(str::to_string).unwrap_or(rest)
                } else if i < words.len() {
                    i += 1;
                    words[i - 1].clone()
                } else {
                    return Err(FlagError(format!("flag needs an argument: '{c}' in -{c}")));
                };
                set_value(&mut flags, spec, value)?;
            }
        } else {
            positionals.push(w.clone());
        }
    }
    Ok((positionals, flags))
}

fn is_negative_number(w: &str) -> bool {
    w[1..].chars().all(|c| c.is_ascii_digit())
}

fn normalize_bool(v: &str, name: &str) -> Result<String, FlagError> {
    match v {
        "true" | "1" | "t" | "T" | "TRUE" | "True" => Ok("true".into()),
        "false" | "0" | "f" | "F" | "FALSE" | "False" => Ok("false".into()),
        _ => Err(FlagError(format!(
            "invalid argument \"{v}\" for \"--{name}\" flag: strconv.ParseBool: parsing \"{v}\": invalid syntax"
        ))),
    }
}

fn set_value(flags: &mut Flags, spec: FlagSpec, value: String) -> Result<(), FlagError> {
    match spec.kind {
        FlagKind::Int => {
            if value.parse::<i64>().is_err() {
                let short = spec.short.map(|c| format!("-{c}, ")).unwrap_or_default();
                return Err(FlagError(format!(
                    "invalid argument \"{value}\" for \"{short}--{}\" flag: strconv.ParseInt: parsing \"{value}\": invalid syntax",
                    spec.name
                )));
            }
            flags.push(spec.name, value);
        }
        FlagKind::StringArray => {
            for part in value.split(',') {
                flags.push(spec.name, part.to_string());
            }
        }
        _ => flags.push(spec.name, value),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s).unwrap()
    }

    #[test]
    fn tokenizer_cases() {
        struct Case {
            line: &'static str,
            want: &'static [&'static str],
        }
        let cases = [
            Case {
                line: "get pods",
                want: &["get", "pods"],
            },
            Case {
                line: "  get   pods  ",
                want: &["get", "pods"],
            },
            Case {
                line: "annotate deploy x a='hello world'",
                want: &["annotate", "deploy", "x", "a=hello world"],
            },
            Case {
                line: "annotate deploy x \"a=b \\\"c\\\"\"",
                want: &["annotate", "deploy", "x", "a=b \"c\""],
            },
            Case {
                line: "get po -l app=nginx   # a comment",
                want: &["get", "po", "-l", "app=nginx"],
            },
            Case {
                line: "get pods -o jsonpath='{.items[*].metadata.name}'",
                want: &["get", "pods", "-o", "jsonpath={.items[*].metadata.name}"],
            },
            Case {
                line: "a\\ b",
                want: &["a b"],
            },
        ];
        for c in &cases {
            assert_eq!(words(c.line), c.want, "{}", c.line);
        }
        assert!(tokenize("get 'x").is_err());
    }

    #[test]
    fn flag_forms() {
        let specs = [
            flag("output", Some('o'), FlagKind::String),
            flag("watch", Some('w'), FlagKind::Bool),
            flag("replicas", None, FlagKind::Int),
            flag("filename", Some('f'), FlagKind::StringArray),
            flag("selector", Some('l'), FlagKind::String),
        ];
        let (pos, f) = parse(
            &words("get pods -o wide -n kube-system --watch=false -lapp=web"),
            &specs,
        )
        .unwrap();
        assert_eq!(pos, vec!["get", "pods"]);
        assert_eq!(f.get("output"), Some("wide"));
        assert_eq!(f.get("namespace"), Some("kube-system"));
        assert!(!f.bool("watch", true));
        assert_eq!(f.get("selector"), Some("app=web"));
        let (_, f) = parse(&words("apply -f a.yaml -f b.yaml,c.yaml -o=name"), &specs).unwrap();
        assert_eq!(f.all("filename"), vec!["a.yaml", "b.yaml", "c.yaml"]);
        assert_eq!(f.get("output"), Some("name"));
        let (_, f) = parse(&words("scale --replicas=3"), &specs).unwrap();
        assert_eq!(f.get("replicas"), Some("3"));
        assert_eq!(
            parse(&words("get --foo"), &specs).unwrap_err().0,
            "unknown flag: --foo"
        );
        assert_eq!(
            parse(&words("get -z"), &specs).unwrap_err().0,
            "unknown shorthand flag: 'z' in -z"
        );
        assert_eq!(
            parse(&words("scale --replicas=x"), &specs).unwrap_err().0,
            "invalid argument \"x\" for \"--replicas\" flag: strconv.ParseInt: parsing \"x\": invalid syntax"
        );
        assert_eq!(
            parse(&words("get -o"), &specs).unwrap_err().0,
            "flag needs an argument: 'o' in -o"
        );
        let visited: Vec<(&str, &str)> = f.visit().collect();
        assert_eq!(visited, vec![("replicas", "3")]);
    }
}
