//! kubectl's JSONPath (`k8s.io/client-go/util/jsonpath`): the template parser and the
//! evaluator with its quirks — text outside `{}` printed as is, results of one action joined
//! by spaces, maps and lists printed as compact JSON, `{range …}…{end}`, `[*]`, `[i]`,
//! slices `[a:b:c]`, unions `[a,b]`, filters `[?(@.type=="Ready")]`, recursive descent
//! `..name`, `*`, string literals `{"\n"}`; missing keys print nothing (kubectl's
//! `--allow-missing-template-keys` is on by default).

use std::borrow::Cow;

use super::json::to_compact_json;
use super::yaml::format_float_g;
use crate::value::Value;

/// A parsed template.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonPath {
    nodes: Vec<Node>,
}

#[derive(Clone, Debug, PartialEq)]
enum Node {
    Text(String),
    List(Vec<Node>),
    Field(String),
    Wildcard,
    Recursive,
    Array([Param; 3]),
    Union(Vec<Vec<Node>>),
    Filter {
        left: Vec<Node>,
        right: Vec<Node>,
        op: String,
    },
    Int(i64),
    Float(f64),
    Bool(bool),
    Identifier(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
struct Param {
    value: i64,
    known: bool,
    derived: bool,
}

struct Parser<'a> {
    input: &'a str,
    pos: usize,
    start: usize,
}

const EOF: char = '\u{0}';

fn is_terminator(r: char) -> bool {
    matches!(
        r,
        ' ' | '\t' | '\r' | '\n' | EOF | '.' | ',' | '[' | ']' | '$' | '@' | '{' | '}'
    )
}

fn is_alphanumeric(r: char) -> bool {
    r == '_' || r.is_alphanumeric()
}

impl Parser<'_> {
    fn next(&mut self) -> char {
        match self.input[self.pos..].chars().next() {
            Some(c) => {
                self.pos += c.len_utf8();
                c
            }
            None => {
                self.pos += 1;
                EOF
            }
        }
    }

    fn backup(&mut self, r: char) {
        self.pos -= if r == EOF { 1 } else { r.len_utf8() };
    }

    fn peek(&mut self) -> char {
        self.input
            .get(self.pos..)
            .and_then(|s| s.chars().next())
            .unwrap_or(EOF)
    }

    fn consume_text(&mut self) -> String {
        let end = self.pos.min(self.input.len());
        let s = self.input.get(self.start..end).unwrap_or("").to_string();
        self.start = self.pos;
        s
    }

    fn rest(&self) -> &str {
        self.input.get(self.pos..).unwrap_or("")
    }
}

/// Parses the body of a JSONPath template. Errors are client-go's texts.
pub fn parse(text: &str) -> Result<JsonPath, String> {
    let mut p = Parser {
        input: text,
        pos: 0,
        start: 0,
    };
    let mut root: Vec<Node> = Vec::new();
    parse_text(&mut p, &mut root)?;
    Ok(JsonPath { nodes: root })
}

fn parse_text(p: &mut Parser, root: &mut Vec<Node>) -> Result<(), String> {
    loop {
        if p.rest().starts_with('{') {
            if p.pos > p.start {
                root.push(Node::Text(p.consume_text()));
            }
            // Left delimiter.
            p.pos += 1;
            p.consume_text();
            let mut list = Vec::new();
            parse_inside_action(p, &mut list)?;
            root.push(Node::List(list));
            continue;
        }
        if p.pos >= p.input.len() {
            break;
        }
        p.next();
    }
    if p.pos > p.start {
        root.push(Node::Text(p.consume_text()));
    }
    Ok(())
}

/// Parses nodes of one action until its `}`; the caller resumes text parsing.
fn parse_inside_action(p: &mut Parser, cur: &mut Vec<Node>) -> Result<(), String> {
    loop {
        if p.rest().starts_with('}') {
            p.pos += 1;
            p.consume_text();
            return Ok(());
        }
        if p.rest().starts_with("[?(") {
            parse_filter(p, cur)?;
            continue;
        }
        if p.rest().starts_with("..") {
            if matches!(cur.last(), Some(Node::Recursive)) {
                return Err("invalid multiple recursive descent".into());
            }
            p.pos += 2;
            p.consume_text();
            cur.push(Node::Recursive);
            if is_alphanumeric(p.peek()) {
                parse_field(p, cur);
            }
            continue;
        }
        let r = p.next();
        match r {
            EOF | '\r' | '\n' => return Err("unclosed action".into()),
            ' ' | '@' | '$' => {
                p.consume_text();
            }
            '[' => parse_array(p, cur)?,
            '"' | '\'' => parse_quote(p, cur, r)?,
            '.' => parse_field(p, cur),
            c if c == '+' || c == '-' || c.is_ascii_digit() => {
                p.backup(c);
                parse_number(p, cur)?;
            }
            c if is_alphanumeric(c) => {
                p.backup(c);
                parse_identifier(p, cur)?;
            }
            c => {
                return Err(format!(
                    "unrecognized character in action: {}",
                    go_unicode(c)
                ));
            }
        }
    }
}

fn go_unicode(c: char) -> String {
    format!("U+{:04X} '{c}'", c as u32)
}

fn parse_identifier(p: &mut Parser, cur: &mut Vec<Node>) -> Result<(), String> {
    loop {
        let r = p.next();
        if is_terminator(r) || r == EOF {
            p.backup(r);
            break;
        }
    }
    let value = p.consume_text();
    match value.as_str() {
        "true" => cur.push(Node::Bool(true)),
        "false" => cur.push(Node::Bool(false)),
        "range" | "end" => cur.push(Node::Identifier(value)),
        _ => return Err(format!("unrecognized identifier {value}")),
    }
    Ok(())
}

fn parse_field(p: &mut Parser, cur: &mut Vec<Node>) {
    p.consume_text();
    loop {
        let r = p.next();
        if r == '\\' {
            p.next();
        } else if is_terminator(r) {
            p.backup(r);
            break;
        }
    }
    let value = p.consume_text();
    if value == "*" {
        cur.push(Node::Wildcard);
    } else {
        cur.push(Node::Field(value.replace('\\', "")));
    }
}

fn parse_number(p: &mut Parser, cur: &mut Vec<Node>) -> Result<(), String> {
    let r = p.peek();
    if r == '+' || r == '-' {
        p.next();
    }
    loop {
        let r = p.next();
        if r != '.' && !r.is_ascii_digit() {
            p.backup(r);
            break;
        }
    }
    let value = p.consume_text();
    if let Ok(i) = value.parse::<i64>() {
        cur.push(Node::Int(i));
        return Ok(());
    }
    if let Ok(f) = value.parse::<f64>() {
        cur.push(Node::Float(f));
        return Ok(());
    }
    Err(format!("cannot parse number {value}"))
}

fn parse_quote(p: &mut Parser, cur: &mut Vec<Node>, end: char) -> Result<(), String> {
    loop {
        let r = p.next();
        if r == EOF || r == '\n' {
            return Err("unterminated quoted string".into());
        }
        if r == '\\' {
            let n = p.next();
            if n != EOF && n != '\n' {
                continue;
            }
            break;
        }
        if r == end {
            break;
        }
    }
    let value = p.consume_text();
    let s =
        unquote(&value).ok_or_else(|| format!("unquote string {value} error invalid syntax"))?;
    cur.push(Node::Text(s));
    Ok(())
}

/// `UnquoteExtend`: a Go double- or single-quoted string literal.
fn unquote(s: &str) -> Option<String> {
    let mut chars = s.chars();
    let q = chars.next()?;
    if !s.ends_with(q) || s.len() < 2 {
        return None;
    }
    let body = &s[1..s.len() - 1];
    let mut out = String::new();
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c == q {
            return None;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let e = it.next()?;
        match e {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            '\\' => out.push('\\'),
            '"' | '\'' => out.push(e),
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = (0..n).filter_map(|_| it.next()).collect();
                if hex.len() != n {
                    return None;
                }
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    v = v * 8 + it.next()?.to_digit(8)?;
                }
                out.push(char::from_u32(v)?);
            }
            _ => return None,
        }
    }
    Some(out)
}

fn parse_array(p: &mut Parser, cur: &mut Vec<Node>) -> Result<(), String> {
    loop {
        let r = p.next();
        match r {
            EOF | '\n' => return Err("unterminated array".into()),
            ']' => break,
            _ => {}
        }
    }
    let text = p.consume_text();
    let mut inner = text[1..text.len() - 1].to_string();
    if inner == "*" {
        inner = ":".into();
    }
    let parts: Vec<&str> = inner.split(',').collect();
    if parts.len() > 1 {
        let mut union = Vec::new();
        for part in parts {
            union.push(parse_action(part.trim_matches(' '))?);
        }
        cur.push(Node::Union(union));
        return Ok(());
    }
    // 'key'
    if inner.len() >= 2
        && inner.starts_with('\'')
        && inner.ends_with('\'')
        && !inner[1..inner.len() - 1].contains('\'')
    {
        let nodes = parse_action(&format!(".{}", &inner[1..inner.len() - 1]))?;
        cur.extend(nodes);
        return Ok(());
    }
    // ^(-?[\d]*)(:-?[\d]*)?(:-?[\d]*)?$
    let groups = slice_groups(&inner).ok_or_else(|| format!("invalid array index {inner}"))?;
    let mut params = [Param::default(); 3];
    for i in 0..3 {
        let mut v = groups[i].clone();
        if let Some(g) = v.clone() {
            if i > 0 {
                v = Some(g[1..].to_string());
            }
            let s = v.unwrap_or_default();
            if i > 0 && s.is_empty() {
                params[i].known = false;
            } else {
                params[i].known = true;
                params[i].value = s
                    .parse::<i64>()
                    .map_err(|_| format!("array index {s} is not a number"))?;
            }
        } else if i == 1 {
            params[i].known = true;
            params[i].value = params[0].value + 1;
            params[i].derived = true;
        }
    }
    cur.push(Node::Array(params));
    Ok(())
}

/// The three optional groups of the slice regexp (group 0 is always present, possibly "").
fn slice_groups(s: &str) -> Option<[Option<String>; 3]> {
    let b = s.as_bytes();
    let mut i = 0;
    let num = |i: &mut usize| {
        let start = *i;
        if *i < b.len() && b[*i] == b'-' {
            *i += 1;
        }
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        s[start..*i].to_string()
    };
    let g0 = num(&mut i);
    let mut g1 = None;
    let mut g2 = None;
    if i < b.len() && b[i] == b':' {
        let start = i;
        i += 1;
        num(&mut i);
        g1 = Some(s[start..i].to_string());
        if i < b.len() && b[i] == b':' {
            let start = i;
            i += 1;
            num(&mut i);
            g2 = Some(s[start..i].to_string());
        }
    }
    if i != b.len() {
        return None;
    }
    let g0 = if g0.is_empty() { None } else { Some(g0) };
    Some([g0, g1, g2])
}

/// `parseAction`: `text` parsed as the inside of one action.
fn parse_action(text: &str) -> Result<Vec<Node>, String> {
    let t = parse(&format!("{{{text}}}"))?;
    match t.nodes.into_iter().next() {
        Some(Node::List(l)) => Ok(l),
        _ => Ok(Vec::new()),
    }
}

fn parse_filter(p: &mut Parser, cur: &mut Vec<Node>) -> Result<(), String> {
    p.pos += 3;
    p.consume_text();
    let mut begin = false;
    let mut end = false;
    let mut pair = EOF;
    loop {
        let r = p.next();
        match r {
            EOF | '\n' => return Err("unterminated filter".into()),
            '"' | '\'' => {
                if !begin {
                    begin = true;
                    pair = r;
                    continue;
                }
                if p.input.as_bytes().get(p.pos.wrapping_sub(2)) != Some(&b'\\') && r == pair {
                    end = true;
                }
            }
            ')' if begin == end => break,
            _ => {}
        }
    }
    if p.next() != ']' {
        return Err("unclosed array expect ]".into());
    }
    let text = p.consume_text();
    let text = &text[..text.len() - 2];
    // ^([^!<>=]+)([!<>=]+)(.+?)$
    let op_start = text.find(['!', '<', '>', '=']);
    let split = op_start.filter(|&s| s > 0).and_then(|s| {
        let op_len = text[s..]
            .find(|c: char| !matches!(c, '!' | '<' | '>' | '='))
            .unwrap_or(text.len() - s);
        let rest = &text[s + op_len..];
        (!rest.is_empty()).then(|| (&text[..s], &text[s..s + op_len], rest))
    });
    match split {
        None => {
            let left = parse_action(text)?;
            cur.push(Node::Filter {
                left,
                right: Vec::new(),
                op: "exists".into(),
            });
        }
        Some((l, op, r)) => {
            let left = parse_action(l)?;
            let right = parse_action(r)?;
            cur.push(Node::Filter {
                left,
                right,
                op: op.to_string(),
            });
        }
    }
    Ok(())
}

// ---- evaluation ---------------------------------------------------------------------------

type V<'a> = Cow<'a, Value>;

struct Eval {
    begin_range: usize,
    in_range: usize,
    end_range: usize,
    last_end_node: Option<usize>,
}

impl JsonPath {
    /// Runs the template against `data` and prints the results as kubectl does.
    pub fn execute(&self, data: &Value, go122: bool) -> Result<String, String> {
        let mut ev = Eval {
            begin_range: 0,
            in_range: 0,
            end_range: 0,
            last_end_node: None,
        };
        let results = ev.find_results(Cow::Borrowed(data), &self.nodes, 0)?;
        let mut out = String::new();
        for group in &results {
            for (i, r) in group.iter().enumerate() {
                out.push_str(&print_value(r, go122));
                if i + 1 != group.len() {
                    out.push(' ');
                }
            }
        }
        Ok(out)
    }

    /// The values the template selects from `data` (per action), as `--sort-by` and custom
    /// columns use them.
    pub fn find(&self, data: &Value) -> Result<Vec<Vec<Value>>, String> {
        let mut ev = Eval {
            begin_range: 0,
            in_range: 0,
            end_range: 0,
            last_end_node: None,
        };
        let results = ev.find_results(Cow::Borrowed(data), &self.nodes, 0)?;
        Ok(results
            .into_iter()
            .map(|g| g.into_iter().map(Cow::into_owned).collect())
            .collect())
    }
}

/// How one result prints: strings raw, maps and lists as compact JSON, numbers and bools as
/// Go's `fmt.Print` writes them.
fn print_value(v: &Value, go122: bool) -> String {
    match v {
        Value::Object(_) | Value::Array(_) => to_compact_json(v, go122),
        Value::String(s) => s.clone(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => {
            if f.is_infinite() {
                (if *f > 0.0 { "+Inf" } else { "-Inf" }).into()
            } else if f.is_nan() {
                "NaN".into()
            } else {
                format_float_g(*f)
            }
        }
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".into(),
    }
}

impl Eval {
    fn find_results<'a>(
        &mut self,
        data: V<'a>,
        nodes: &'a [Node],
        offset: usize,
    ) -> Result<Vec<Vec<V<'a>>>, String> {
        let mut full: Vec<Vec<V<'a>>> = Vec::new();
        let mut i = 0;
        while i < nodes.len() {
            let results = self.walk(vec![data.clone()], &nodes[i])?;
            if self.end_range > 0 && self.end_range <= self.in_range {
                self.end_range -= 1;
                self.last_end_node = Some(offset + i);
                break;
            }
            if self.begin_range > 0 {
                self.begin_range -= 1;
                self.in_range += 1;
                if results.is_empty() {
                    self.find_results(Cow::Owned(Value::Null), &nodes[i + 1..], offset + i + 1)?;
                } else {
                    for value in results {
                        let next = self.find_results(value, &nodes[i + 1..], offset + i + 1)?;
                        full.extend(next);
                    }
                }
                self.in_range -= 1;
                for k in i + 1..nodes.len() {
                    if self.last_end_node == Some(offset + k) {
                        i = k;
                        break;
                    }
                }
                i += 1;
                continue;
            }
            full.push(results);
            i += 1;
        }
        Ok(full)
    }

    fn walk<'a>(&mut self, input: Vec<V<'a>>, node: &'a Node) -> Result<Vec<V<'a>>, String> {
        match node {
            Node::List(nodes) => self.eval_list(input, nodes),
            Node::Text(t) => Ok(vec![Cow::Owned(Value::String(t.clone()))]),
            Node::Field(name) => Ok(eval_field(input, name)),
            Node::Array(params) => eval_array(input, params),
            Node::Filter { left, right, op } => self.eval_filter(input, left, right, op),
            Node::Int(i) => Ok(input.iter().map(|_| Cow::Owned(Value::Int(*i))).collect()),
            Node::Float(f) => Ok(input.iter().map(|_| Cow::Owned(Value::Float(*f))).collect()),
            Node::Bool(b) => Ok(input.iter().map(|_| Cow::Owned(Value::Bool(*b))).collect()),
            Node::Wildcard => Ok(eval_wildcard(input)),
            Node::Recursive => Ok(eval_recursive(input)),
            Node::Union(lists) => {
                let mut out = Vec::new();
                for l in lists {
                    out.extend(self.eval_list(input.clone(), l)?);
                }
                Ok(out)
            }
            Node::Identifier(name) => match name.as_str() {
                "range" => {
                    self.begin_range += 1;
                    Ok(input)
                }
                _ => {
                    if self.in_range > 0 {
                        self.end_range += 1;
                        Ok(Vec::new())
                    } else {
                        Err("not in range, nothing to end".into())
                    }
                }
            },
        }
    }

    fn eval_list<'a>(
        &mut self,
        input: Vec<V<'a>>,
        nodes: &'a [Node],
    ) -> Result<Vec<V<'a>>, String> {
        let mut cur = input;
        for n in nodes {
            cur = self.walk(cur, n)?;
        }
        Ok(cur)
    }

    fn eval_filter<'a>(
        &mut self,
        input: Vec<V<'a>>,
        left: &'a [Node],
        right: &'a [Node],
        op: &str,
    ) -> Result<Vec<V<'a>>, String> {
        let mut results = Vec::new();
        for value in input {
            let items: Vec<V<'a>> = match value {
                Cow::Borrowed(Value::Array(a)) => a.iter().map(Cow::Borrowed).collect(),
                Cow::Owned(Value::Array(a)) => a.into_iter().map(Cow::Owned).collect(),
                other => {
                    return Err(format!(
                        "{} is not array or slice and cannot be filtered",
                        go_value(&other)
                    ));
                }
            };
            for item in items {
                let lefts = self.eval_list(vec![item.clone()], left);
                if op == "exists" {
                    if lefts.as_ref().is_ok_and(|l| !l.is_empty()) {
                        results.push(item);
                    }
                    continue;
                }
                let lefts = lefts?;
                if lefts.is_empty() {
                    continue;
                }
                if lefts.len() > 1 {
                    return Err("can only compare one element at a time".into());
                }
                let rights = self.eval_list(vec![item.clone()], right)?;
                if rights.is_empty() {
                    continue;
                }
                if rights.len() > 1 {
                    return Err("can only compare one element at a time".into());
                }
                if compare(&lefts[0], &rights[0], op)? {
                    results.push(item);
                }
            }
        }
        Ok(results)
    }
}

/// text/template's comparison functions (`eq`, `lt`, …) on basic values.
fn compare(l: &Value, r: &Value, op: &str) -> Result<bool, String> {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (l, r) {
        (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
        (Value::String(a), Value::String(b)) => Some(a.cmp(b)),
        (Value::Bool(a), Value::Bool(b)) => {
            if op == "==" || op == "!=" {
                Some(if a == b {
                    Ordering::Equal
                } else {
                    Ordering::Less
                })
            } else {
                return Err("invalid type for comparison".into());
            }
        }
        (Value::Null, _) | (_, Value::Null) => return Err("invalid type for comparison".into()),
        _ => return Err("incompatible types for comparison".into()),
    };
    let Some(ord) = ord else { return Ok(false) };
    Ok(match op {
        "==" => ord == Ordering::Equal,
        "!=" => ord != Ordering::Equal,
        "<" => ord == Ordering::Less,
        ">" => ord == Ordering::Greater,
        "<=" => ord != Ordering::Greater,
        ">=" => ord != Ordering::Less,
        _ => return Err(format!("unrecognized filter operator {op}")),
    })
}

fn eval_field<'a>(input: Vec<V<'a>>, name: &str) -> Vec<V<'a>> {
    let mut out = Vec::new();
    for v in input {
        match v {
            Cow::Borrowed(Value::Object(m)) => {
                if let Some(x) = m.get(name) {
                    out.push(Cow::Borrowed(x));
                }
            }
            Cow::Owned(Value::Object(mut m)) => {
                if let Some(x) = m.remove(name) {
                    out.push(Cow::Owned(x));
                }
            }
            _ => {}
        }
    }
    out
}

fn eval_array<'a>(input: Vec<V<'a>>, params: &[Param; 3]) -> Result<Vec<V<'a>>, String> {
    let mut result = Vec::new();
    for v in input {
        if v.is_null() {
            continue;
        }
        let items: Vec<V<'a>> = match v {
            Cow::Borrowed(Value::Array(a)) => a.iter().map(Cow::Borrowed).collect(),
            Cow::Owned(Value::Array(a)) => a.into_iter().map(Cow::Owned).collect(),
            other => return Err(format!("{} is not array or slice", go_type(&other))),
        };
        let len = items.len() as i64;
        let mut p = *params;
        if !p[0].known {
            p[0].value = 0;
        }
        if p[0].value < 0 {
            p[0].value += len;
        }
        if !p[1].known {
            p[1].value = len;
        }
        if p[1].value < 0 || (p[1].value == 0 && p[1].derived) {
            p[1].value += len;
        }
        if p[1].value != p[0].value {
            if p[0].value >= len || p[0].value < 0 {
                return Err(format!(
                    "array index out of bounds: index {}, length {len}",
                    p[0].value
                ));
            }
            if p[1].value > len || p[1].value < 0 {
                return Err(format!(
                    "array index out of bounds: index {}, length {len}",
                    p[1].value - 1
                ));
            }
            if p[0].value > p[1].value {
                return Err(format!(
                    "starting index {} is greater than ending index {}",
                    p[0].value, p[1].value
                ));
            }
        } else {
            return Ok(result);
        }
        let step = if p[2].known {
            if p[2].value <= 0 {
                return Err("step must be > 0".into());
            }
            p[2].value as usize
        } else {
            1
        };
        let slice: Vec<V<'a>> = items
            .into_iter()
            .skip(p[0].value as usize)
            .take((p[1].value - p[0].value) as usize)
            .collect();
        for (i, x) in slice.into_iter().enumerate() {
            if i % step == 0 {
                result.push(x);
            }
        }
    }
    Ok(result)
}

fn children<'a>(v: &V<'a>) -> Vec<V<'a>> {
    match v {
        Cow::Borrowed(Value::Object(m)) => m.values().map(Cow::Borrowed).collect(),
        Cow::Borrowed(Value::Array(a)) => a.iter().map(Cow::Borrowed).collect(),
        Cow::Owned(Value::Object(m)) => m.values().cloned().map(Cow::Owned).collect(),
        Cow::Owned(Value::Array(a)) => a.iter().cloned().map(Cow::Owned).collect(),
        _ => Vec::new(),
    }
}

fn eval_wildcard<'a>(input: Vec<V<'a>>) -> Vec<V<'a>> {
    let mut out = Vec::new();
    for v in input {
        if matches!(*v, Value::Object(_) | Value::Array(_)) {
            out.extend(children(&v));
        }
    }
    out
}

fn eval_recursive<'a>(input: Vec<V<'a>>) -> Vec<V<'a>> {
    let mut result = Vec::new();
    for v in input {
        let kids = children(&v);
        let non_empty_string = matches!(&*v, Value::String(s) if !s.is_empty());
        if !kids.is_empty() || non_empty_string {
            result.push(v);
            result.extend(eval_recursive(kids));
        }
    }
    result
}

/// Go's `%v` type name of a decoded JSON value, as jsonpath errors print it.
fn go_type(v: &Value) -> &'static str {
    match v {
        Value::Object(_) => "map[string]interface {}",
        Value::Array(_) => "[]interface {}",
        Value::String(_) => "string",
        Value::Int(_) => "int64",
        Value::Float(_) => "float64",
        Value::Bool(_) => "bool",
        Value::Null => "interface {}",
    }
}

/// Go's `%v` of a decoded JSON value (for error texts).
fn go_value(v: &Value) -> String {
    match v {
        Value::Object(m) => {
            let inner: Vec<String> = m
                .iter()
                .map(|(k, x)| format!("{k}:{}", go_value(x)))
                .collect();
            format!("map[{}]", inner.join(" "))
        }
        Value::Array(a) => format!("[{}]", a.iter().map(go_value).collect::<Vec<_>>().join(" ")),
        Value::String(s) => s.clone(),
        Value::Null => "<nil>".into(),
        other => print_value(other, true),
    }
}

/// kubectl's `RelaxedJSONPathExpression`: `.a.b`, `a.b`, `{a.b}`, `{.a.b}` → `{.a.b}`.
pub fn relaxed(expr: &str) -> Result<String, String> {
    if expr.is_empty() {
        return Ok(String::new());
    }
    let err = "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'";
    let inner = if let Some(body) = expr.strip_prefix('{').and_then(|b| b.strip_suffix('}')) {
        let body = body.strip_prefix('.').unwrap_or(body);
        if body.is_empty() || body.contains(['{', '}']) {
            return Err(err.into());
        }
        body
    } else {
        let body = expr.strip_prefix('.').unwrap_or(expr);
        if body.is_empty() || body.contains(['{', '}']) {
            return Err(err.into());
        }
        body
    };
    Ok(format!("{{.{inner}}}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::obj;

    fn pods() -> Value {
        let pod = |name: &str, ready: &str| {
            obj([
                (
                    "metadata",
                    obj([
                        ("name", Value::from(name)),
                        ("labels", obj([("app", Value::from("web"))])),
                    ]),
                ),
                (
                    "status",
                    obj([(
                        "conditions",
                        Value::Array(vec![
                            obj([
                                ("type", Value::from("Initialized")),
                                ("status", Value::from("True")),
                            ]),
                            obj([
                                ("type", Value::from("Ready")),
                                ("status", Value::from(ready)),
                            ]),
                        ]),
                    )]),
                ),
            ])
        };
        obj([
            ("kind", Value::from("List")),
            (
                "items",
                Value::Array(vec![pod("a", "True"), pod("b", "False")]),
            ),
        ])
    }

    fn run(t: &str) -> String {
        parse(t).unwrap().execute(&pods(), true).unwrap()
    }

    #[test]
    fn common_templates() {
        assert_eq!(run("{.items[*].metadata.name}"), "a b");
        assert_eq!(run("{.items[0].metadata.name}"), "a");
        assert_eq!(run("{.items[-1].metadata.name}"), "b");
        assert_eq!(
            run("{range .items[*]}{.metadata.name}{\"\\n\"}{end}"),
            "a\nb\n"
        );
        assert_eq!(run("{range .items[*]}[{.metadata.name}] {end}"), "[a] [b] ");
        assert_eq!(
            run("{.items[*].status.conditions[?(@.type==\"Ready\")].status}"),
            "True False"
        );
        assert_eq!(run("{.items[0].metadata.labels}"), "{\"app\":\"web\"}");
        assert_eq!(run("{.kind}: {.items[1].metadata.name}"), "List: b");
        assert_eq!(run("{.nope}"), "");
        assert_eq!(run("{..name}"), "a b");
        assert_eq!(run("{.items[0:1].metadata.name}"), "a");
        assert_eq!(run("{.items[*]['metadata']['name']}"), "a b");
        assert_eq!(run("{.items[0].metadata.labels.app}"), "web");
    }

    #[test]
    fn errors() {
        assert_eq!(parse("{.items[*").unwrap_err(), "unterminated array");
        assert_eq!(parse("{.a").unwrap_err(), "unclosed action");
        assert_eq!(
            parse("{.items[5].x}")
                .unwrap()
                .execute(&pods(), true)
                .unwrap_err(),
            "array index out of bounds: index 5, length 2"
        );
    }

    #[test]
    fn relaxed_paths() {
        assert_eq!(relaxed(".metadata.name").unwrap(), "{.metadata.name}");
        assert_eq!(relaxed("metadata.name").unwrap(), "{.metadata.name}");
        assert_eq!(relaxed("{.metadata.name}").unwrap(), "{.metadata.name}");
        assert!(relaxed("{a}{b}").is_err());
    }
}
