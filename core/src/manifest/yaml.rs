//! Span-aware YAML reading: multi-document YAML text → one [`Value`] tree per document plus
//! a [`SpanIndex`] mapping every field path to its line and column, so that every
//! diagnostic (unknown field, invalid value) can point at the text it is about.
//!
//! Scalars are resolved as Kubernetes' YAML stack (go-yaml v2, YAML 1.1) resolves them:
//! `yes`/`on`/`y` are booleans, `0777` is octal, `~` is null, non-string keys become strings.
//! Aliases are expanded with a budget, nesting is bounded: hostile input gets an error.

use std::collections::BTreeMap;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::value::{Map, Value};

/// A 1-based position in the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub column: u32,
}

/// Where each field of a document is: path (`spec.template.spec.containers[0].image`) →
/// (position of the key, position of the value).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpanIndex {
    entries: BTreeMap<String, (Pos, Pos)>,
    /// The position of the document's first node.
    pub start: Pos,
}

impl SpanIndex {
    /// The position of a field's key (or of a list item), if known.
    pub fn key(&self, path: &str) -> Option<Pos> {
        self.entries.get(path).map(|e| e.0)
    }

    /// The position of a field's value, if known.
    pub fn value(&self, path: &str) -> Option<Pos> {
        self.entries.get(path).map(|e| e.1)
    }

    /// The position for a diagnostic about `path`: the key if known, else the nearest
    /// known ancestor, else the document start.
    pub fn locate(&self, path: &str) -> Pos {
        let mut p = path;
        loop {
            if let Some(pos) = self.key(p) {
                return pos;
            }
            match p.rfind(['.', '[']) {
                Some(i) => p = &p[..i],
                None => return self.start,
            }
        }
    }

    fn insert(&mut self, path: String, key: Pos, value: Pos) {
        self.entries.insert(path, (key, value));
    }
}

/// One YAML document of a stream.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The document's content.
    pub value: Value,
    /// Field positions.
    pub spans: SpanIndex,
}

/// A YAML syntax (or resource-limit) error at a position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    /// Where.
    pub pos: Pos,
    /// What, in libyaml's words where they match.
    pub message: String,
}

/// Limits that keep hostile YAML from freezing the page.
#[derive(Clone, Copy, Debug)]
pub struct YamlLimits {
    /// Deepest nesting of collections.
    pub max_depth: usize,
    /// Most nodes produced, counting every alias expansion.
    pub max_nodes: usize,
}

impl Default for YamlLimits {
    fn default() -> Self {
        YamlLimits {
            max_depth: 64,
            max_nodes: 200_000,
        }
    }
}

fn pos_of(m: &Marker) -> Pos {
    Pos {
        line: u32::try_from(m.line()).unwrap_or(u32::MAX).max(1),
        column: u32::try_from(m.col().saturating_add(1)).unwrap_or(u32::MAX),
    }
}

enum Frame {
    Seq {
        items: Vec<Value>,
        anchor: usize,
        path: String,
    },
    Map {
        map: Map,
        anchor: usize,
        path: String,
        /// The key read, waiting for its value: (key, key position).
        pending_key: Option<(String, Pos)>,
        key_positions: BTreeMap<String, Pos>,
    },
}

/// Parses a YAML stream into documents. Empty documents (`---` with nothing after it)
/// are dropped, as kubectl drops them.
pub fn parse_documents(text: &str, limits: YamlLimits) -> Result<Vec<Document>, YamlError> {
    let mut parser = Parser::new_from_str(text);
    let mut docs = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: BTreeMap<usize, (Value, usize)> = BTreeMap::new();
    let mut nodes = 0usize;
    let mut spans = SpanIndex::default();
    let mut root: Option<Value> = None;
    let mut doc_started = false;

    loop {
        let (event, mark) = parser.next_token().map_err(|e| YamlError {
            pos: pos_of(e.marker()),
            message: e.info().to_string(),
        })?;
        let pos = pos_of(&mark);
        match event {
            Event::StreamStart | Event::Nothing => {}
            Event::StreamEnd => break,
            Event::DocumentStart => {
                doc_started = true;
                spans = SpanIndex {
                    start: pos,
                    ..SpanIndex::default()
                };
                root = None;
            }
            Event::DocumentEnd => {
                if doc_started {
                    if let Some(v) = root.take() {
                        if !v.is_null() {
                            docs.push(Document {
                                value: v,
                                spans: std::mem::take(&mut spans),
                            });
                        }
                    }
                }
                doc_started = false;
                anchors.clear();
            }
            Event::Alias(id) => {
                let (v, size) = anchors.get(&id).cloned().ok_or_else(|| YamlError {
                    pos,
                    message: "unknown anchor".to_string(),
                })?;
                nodes = nodes.saturating_add(size);
                if nodes > limits.max_nodes {
                    return Err(too_large(pos));
                }
                push_value(
                    &mut stack,
                    &mut root,
                    &mut spans,
                    v,
                    pos,
                    0,
                    0,
                    &mut anchors,
                )?;
            }
            Event::Scalar(s, style, anchor, tag) => {
                nodes += 1;
                if nodes > limits.max_nodes {
                    return Err(too_large(pos));
                }
                let v = resolve_scalar(s, style, tag.as_ref().map(|t| t.suffix.as_str()));
                push_value(
                    &mut stack,
                    &mut root,
                    &mut spans,
                    v,
                    pos,
                    anchor,
                    1,
                    &mut anchors,
                )?;
            }
            Event::SequenceStart(anchor, _) => {
                nodes += 1;
                if stack.len() >= limits.max_depth {
                    return Err(YamlError {
                        pos,
                        message: "document is nested too deeply".into(),
                    });
                }
                let path = child_path_for_next(&stack, &mut spans, pos)?;
                stack.push(Frame::Seq {
                    items: Vec::new(),
                    anchor,
                    path,
                });
            }
            Event::MappingStart(anchor, _) => {
                nodes += 1;
                if stack.len() >= limits.max_depth {
                    return Err(YamlError {
                        pos,
                        message: "document is nested too deeply".into(),
                    });
                }
                let path = child_path_for_next(&stack, &mut spans, pos)?;
                stack.push(Frame::Map {
                    map: Map::new(),
                    anchor,
                    path,
                    pending_key: None,
                    key_positions: BTreeMap::new(),
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (v, anchor) = match stack.pop() {
                    Some(Frame::Seq { items, anchor, .. }) => (Value::Array(items), anchor),
                    Some(Frame::Map { map, anchor, .. }) => (Value::Object(map), anchor),
                    None => continue,
                };
                if anchor > 0 {
                    let size = count_nodes(&v);
                    anchors.insert(anchor, (v.clone(), size));
                }
                attach(&mut stack, &mut root, v, pos)?;
            }
        }
    }
    Ok(docs)
}

fn too_large(pos: Pos) -> YamlError {
    YamlError {
        pos,
        message: "document is too large (alias expansion or size limit)".into(),
    }
}

fn count_nodes(v: &Value) -> usize {
    match v {
        Value::Array(a) => 1 + a.iter().map(count_nodes).sum::<usize>(),
        Value::Object(m) => 1 + m.values().map(count_nodes).sum::<usize>(),
        _ => 1,
    }
}

/// The path the next value pushed into the current frame will have; for a map entry's
/// value also records the key/value positions. Called when a collection starts.
fn child_path_for_next(
    stack: &[Frame],
    spans: &mut SpanIndex,
    pos: Pos,
) -> Result<String, YamlError> {
    Ok(match stack.last() {
        None => String::new(),
        Some(Frame::Seq { items, path, .. }) => {
            let p = format!("{path}[{}]", items.len());
            spans.insert(p.clone(), pos, pos);
            p
        }
        Some(Frame::Map {
            pending_key: Some((k, kpos)),
            path,
            ..
        }) => {
            let p = join(path, k);
            spans.insert(p.clone(), *kpos, pos);
            p
        }
        Some(Frame::Map {
            pending_key: None, ..
        }) => {
            // A collection used as a mapping key: go-yaml rejects it for JSON conversion.
            return Err(YamlError {
                pos,
                message: "invalid map key: a mapping or sequence cannot be a key".into(),
            });
        }
    })
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

#[allow(clippy::too_many_arguments)]
fn push_value(
    stack: &mut [Frame],
    root: &mut Option<Value>,
    spans: &mut SpanIndex,
    v: Value,
    pos: Pos,
    anchor: usize,
    size: usize,
    anchors: &mut BTreeMap<usize, (Value, usize)>,
) -> Result<(), YamlError> {
    if anchor > 0 {
        anchors.insert(anchor, (v.clone(), size.max(1)));
    }
    // A scalar in key position becomes the pending key.
    if let Some(Frame::Map {
        pending_key,
        key_positions,
        path,
        ..
    }) = stack.last_mut()
    {
        if pending_key.is_none() {
            let key = key_string(&v).ok_or_else(|| YamlError {
                pos,
                message: "invalid map key: a mapping or sequence cannot be a key".into(),
            })?;
            if let Some(first) = key_positions.get(&key) {
                return Err(YamlError {
                    pos,
                    message: {
                        let _ = first;
                        format!("key {} already set in map", quote_go(&key))
                    },
                });
            }
            if key_positions.is_empty() {
                // The start mark of a block mapping lies past its first key: point the
                // mapping (and, for the root, the document) at the first key instead.
                if path.is_empty() {
                    spans.start = pos;
                } else if path.ends_with(']') {
                    spans.insert(path.clone(), pos, pos);
                } else {
                    let key_pos = spans.key(path).unwrap_or(pos);
                    spans.insert(path.clone(), key_pos, pos);
                }
            }
            key_positions.insert(key.clone(), pos);
            *pending_key = Some((key, pos));
            return Ok(());
        }
    }
    match stack.last() {
        Some(Frame::Seq { items, path, .. }) => {
            spans.insert(format!("{path}[{}]", items.len()), pos, pos);
        }
        Some(Frame::Map {
            pending_key: Some((k, kpos)),
            path,
            ..
        }) => {
            spans.insert(join(path, k), *kpos, pos);
        }
        _ => {}
    }
    attach(stack, root, v, pos)
}

fn attach(
    stack: &mut [Frame],
    root: &mut Option<Value>,
    v: Value,
    pos: Pos,
) -> Result<(), YamlError> {
    match stack.last_mut() {
        None => {
            *root = Some(v);
            Ok(())
        }
        Some(Frame::Seq { items, .. }) => {
            items.push(v);
            Ok(())
        }
        Some(Frame::Map {
            map, pending_key, ..
        }) => match pending_key.take() {
            Some((k, _)) => {
                map.insert(k, v);
                Ok(())
            }
            None => Err(YamlError {
                pos,
                message: "invalid map key: a mapping or sequence cannot be a key".into(),
            }),
        },
    }
}

/// A mapping key as JSON sees it: strings as they are, other scalars in their text form.
fn key_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Null => Some("null".into()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Int(i) => Some(i.to_string()),
        Value::Float(f) => Some(crate::value::format_float(*f)),
        Value::Array(_) | Value::Object(_) => None,
    }
}

fn quote_go(s: &str) -> String {
    let mut out = String::new();
    crate::value::write_json_string(s, &mut out);
    out
}

/// Resolves a scalar as go-yaml v2 (YAML 1.1) does.
fn resolve_scalar(s: String, style: TScalarStyle, tag: Option<&str>) -> Value {
    match tag {
        Some("str") => return Value::String(s),
        Some("int") => {
            if let Some(i) = parse_int(&s) {
                return Value::Int(i);
            }
        }
        Some("bool") => {
            if let Some(b) = parse_bool(&s) {
                return Value::Bool(b);
            }
        }
        Some("null") => return Value::Null,
        _ => {}
    }
    if style != TScalarStyle::Plain {
        return Value::String(s);
    }
    if matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL") {
        return Value::Null;
    }
    if let Some(b) = parse_bool(&s) {
        return Value::Bool(b);
    }
    if let Some(i) = parse_int(&s) {
        return Value::Int(i);
    }
    if let Some(f) = parse_float(&s) {
        return Value::Float(f);
    }
    Value::String(s)
}

fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
            Some(true)
        }
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            Some(false)
        }
        _ => None,
    }
}

fn parse_int(s: &str) -> Option<i64> {
    let plain: String = s.chars().filter(|&c| c != '_').collect();
    let (neg, body) = match plain.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, plain.strip_prefix('+').unwrap_or(&plain)),
    };
    if body.is_empty() {
        return None;
    }
    let (radix, digits) = if let Some(h) = body.strip_prefix("0x") {
        (16, h)
    } else if let Some(b) = body.strip_prefix("0b") {
        (2, b)
    } else if body.len() > 1
        && body.starts_with('0')
        && body.bytes().all(|c| (b'0'..=b'7').contains(&c))
    {
        (8, &body[1..])
    } else {
        (10, body)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let v = i64::from_str_radix(digits, radix).ok()?;
    Some(if neg { -v } else { v })
}

fn parse_float(s: &str) -> Option<f64> {
    match s {
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => return Some(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        _ => {}
    }
    let plain: String = s.chars().filter(|&c| c != '_').collect();
    let body = plain.strip_prefix(['-', '+']).unwrap_or(&plain);
    // YAML 1.1 float: digits with an optional fraction and exponent; must contain a digit.
    let mut seen_digit = false;
    let mut seen_dot = false;
    let mut chars = body.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            seen_digit = true;
        } else if c == '.' && !seen_dot {
            seen_dot = true;
        } else {
            break;
        }
        chars.next();
    }
    if !seen_digit {
        return None;
    }
    let rest: String = chars.collect();
    if !rest.is_empty() {
        let exp = rest.strip_prefix(['e', 'E'])?;
        let exp = exp.strip_prefix(['-', '+']).unwrap_or(exp);
        if exp.is_empty() || !exp.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    plain.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Document {
        let mut d = parse_documents(text, YamlLimits::default()).expect("parses");
        assert_eq!(d.len(), 1);
        d.remove(0)
    }

    #[test]
    fn positions_of_fields() {
        let d = one(
            "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n      - name: a\n        image: nginx\n",
        );
        assert_eq!(
            d.spans.key("spec.replicas"),
            Some(Pos { line: 4, column: 3 })
        );
        assert_eq!(
            d.spans.value("spec.replicas"),
            Some(Pos {
                line: 4,
                column: 13
            })
        );
        assert_eq!(
            d.spans.key("spec.template.spec.containers[0].image"),
            Some(Pos { line: 9, column: 9 })
        );
        assert_eq!(
            d.spans.locate("spec.template.spec.containers[0].nope"),
            Pos { line: 8, column: 9 }
        );
        assert_eq!(d.value.pointer("spec.replicas"), Some(&Value::Int(3)));
    }

    #[test]
    fn scalars_resolve_like_go_yaml_v2() {
        struct Case {
            name: &'static str,
            text: &'static str,
            want: Value,
        }
        let cases = [
            Case {
                name: "int",
                text: "v: 3",
                want: Value::Int(3),
            },
            Case {
                name: "negative",
                text: "v: -1",
                want: Value::Int(-1),
            },
            Case {
                name: "octal",
                text: "v: 0777",
                want: Value::Int(511),
            },
            Case {
                name: "hex",
                text: "v: 0x1F",
                want: Value::Int(31),
            },
            Case {
                name: "float",
                text: "v: 1.5",
                want: Value::Float(1.5),
            },
            Case {
                name: "yes is bool",
                text: "v: yes",
                want: Value::Bool(true),
            },
            Case {
                name: "off is bool",
                text: "v: off",
                want: Value::Bool(false),
            },
            Case {
                name: "tilde is null",
                text: "v: ~",
                want: Value::Null,
            },
            Case {
                name: "empty is null",
                text: "v:",
                want: Value::Null,
            },
            Case {
                name: "quoted stays string",
                text: "v: \"3\"",
                want: Value::String("3".into()),
            },
            Case {
                name: "percent",
                text: "v: 25%",
                want: Value::String("25%".into()),
            },
            Case {
                name: "version-like",
                text: "v: 1.2.3",
                want: Value::String("1.2.3".into()),
            },
            Case {
                name: "str tag",
                text: "v: !!str 10",
                want: Value::String("10".into()),
            },
            Case {
                name: "image",
                text: "v: nginx:1.14.2",
                want: Value::String("nginx:1.14.2".into()),
            },
        ];
        for c in &cases {
            let d = one(c.text);
            assert_eq!(d.value.get("v"), Some(&c.want), "{}", c.name);
        }
    }

    #[test]
    fn several_documents_and_empty_ones() {
        let docs = parse_documents("a: 1\n---\n---\nb: 2\n", YamlLimits::default()).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].spans.key("b"), Some(Pos { line: 4, column: 1 }));
    }

    #[test]
    fn errors_have_positions() {
        let e = parse_documents("a: 1\nb: c: d\n", YamlLimits::default()).unwrap_err();
        assert_eq!(e.pos.line, 2, "{e:?}");
        assert!(
            e.message.contains("mapping values are not allowed"),
            "{e:?}"
        );
        let e = parse_documents("a: 1\na: 2\n", YamlLimits::default()).unwrap_err();
        assert_eq!(e.pos, Pos { line: 2, column: 1 });
        assert_eq!(e.message, "key \"a\" already set in map");
    }

    #[test]
    fn alias_bomb_is_bounded() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n",
                p = i - 1
            ));
        }
        let e = parse_documents(&text, YamlLimits::default()).unwrap_err();
        assert!(e.message.contains("too large"), "{e:?}");
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let text = "[".repeat(10_000);
        assert!(parse_documents(&text, YamlLimits::default()).is_err());
    }

    #[test]
    fn aliases_expand() {
        let d = one("base: &b {app: web}\ncopy: *b\n");
        assert_eq!(d.value.get("copy"), d.value.get("base"));
    }
}
