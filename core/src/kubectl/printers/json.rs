//! JSON output as kubectl prints it: Go's `json.MarshalIndent(obj, "", "    ")` of the
//! unstructured object (keys in byte order, HTML-safe escaping) plus a final newline; and the
//! compact form `json.Marshal` gives (JSONPath prints maps and lists that way).

use crate::value::Value;

/// Go's `encoding/json` string escaping. `go122` selects the `\b`/`\f` short escapes that
/// Go 1.22 introduced (kubectl 1.32/1.33); older builds (1.28) write `\u0008`/`\u000c`.
pub fn write_string(s: &str, go122: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' if go122 => out.push_str("\\b"),
            '\u{c}' if go122 => out.push_str("\\f"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A float64 as Go's `encoding/json` writes it: shortest digits, `%f` style between 1e-6
/// and 1e21, else `%e` style with `e-7` (not `e-07`) and `e+21`.
pub fn go_json_float(f: f64) -> String {
    if !f.is_finite() {
        return "null".into();
    }
    let abs = f.abs();
    if abs == 0.0 || (1e-6..1e21).contains(&abs) {
        return format!("{f}");
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    match exp.strip_prefix('-') {
        Some(d) => format!("{mant}e-{d}"),
        None => format!("{mant}e+{exp:0>2}"),
    }
}

fn scalar(v: &Value, go122: bool, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&go_json_float(*f)),
        Value::String(s) => write_string(s, go122, out),
        Value::Array(_) | Value::Object(_) => {}
    }
}

fn indented(v: &Value, depth: usize, go122: bool, out: &mut String) {
    let pad = |out: &mut String, d: usize| {
        out.push('\n');
        for _ in 0..d {
            out.push_str("    ");
        }
    };
    match v {
        Value::Array(a) if a.is_empty() => out.push_str("[]"),
        Value::Object(m) if m.is_empty() => out.push_str("{}"),
        Value::Array(a) => {
            out.push('[');
            for (i, item) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                pad(out, depth + 1);
                indented(item, depth + 1, go122, out);
            }
            pad(out, depth);
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            for (i, (k, item)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                pad(out, depth + 1);
                write_string(k, go122, out);
                out.push_str(": ");
                indented(item, depth + 1, go122, out);
            }
            pad(out, depth);
            out.push('}');
        }
        s => scalar(s, go122, out),
    }
}

/// `json.MarshalIndent(v, "", "    ")` + `\n`, as `kubectl get -o json` prints an object.
pub fn to_json(v: &Value, go122: bool) -> String {
    let mut out = String::new();
    indented(v, 0, go122, &mut out);
    out.push('\n');
    out
}

/// `json.Marshal(v)`: compact, keys sorted.
pub fn to_compact_json(v: &Value, go122: bool) -> String {
    let mut out = String::new();
    compact(v, go122, &mut out);
    out
}

fn compact(v: &Value, go122: bool, out: &mut String) {
    match v {
        Value::Array(a) => {
            out.push('[');
            for (i, item) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                compact(item, go122, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            for (i, (k, item)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(k, go122, out);
                out.push(':');
                compact(item, go122, out);
            }
            out.push('}');
        }
        s => scalar(s, go122, out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::obj;

    #[test]
    fn floats_like_go_json() {
        assert_eq!(go_json_float(1.5e-7), "1.5e-7");
        assert_eq!(go_json_float(1e21), "1e+21");
        assert_eq!(go_json_float(0.5), "0.5");
        assert_eq!(go_json_float(1234567.5), "1234567.5");
        assert_eq!(go_json_float(1e-10), "1e-10");
    }

    #[test]
    fn indent_and_escapes() {
        let v = obj([
            ("b", Value::Array(vec![Value::Int(1), Value::object()])),
            ("a", Value::from("<x>&\u{8}")),
            ("c", Value::Array(vec![])),
        ]);
        assert_eq!(
            to_json(&v, true),
            "{\n    \"a\": \"\\u003cx\\u003e\\u0026\\b\",\n    \"b\": [\n        1,\n        {}\n    ],\n    \"c\": []\n}\n"
        );
        assert_eq!(
            to_compact_json(&v, false),
            "{\"a\":\"\\u003cx\\u003e\\u0026\\u0008\",\"b\":[1,{}],\"c\":[]}"
        );
    }
}
