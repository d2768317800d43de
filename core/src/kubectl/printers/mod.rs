//! Object printers: YAML (go-yaml v2 / sigs.k8s.io/yaml style), JSON (4-space indent, Go
//! escaping), JSONPath, custom columns, the name printer, the `get` tables, and Go's
//! `sort.Sort` (whose unstable order kubectl's output shows).
//!
//! Entry points other commands can use: [`to_yaml`], [`to_json`], [`name_line`],
//! [`OutputFormat::parse`] + [`print_object`] for `-o` handling of single objects and lists.

pub mod gosort;
pub mod json;
pub mod jsonpath;
pub mod table;
pub mod yaml;

use std::cmp::Ordering;

pub use json::{to_compact_json, to_json};
pub use yaml::to_yaml;

use crate::config::Profile;
use crate::value::{Value, obj};
use gosort::GoSort;

/// The formats `-o` accepts, in kubectl's error-message order.
pub const ALLOWED_FORMATS: &str = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";

/// What `-o` asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// No `-o`: the human-readable table.
    Table,
    /// `-o wide`.
    Wide,
    /// `-o yaml`.
    Yaml,
    /// `-o json`.
    Json,
    /// `-o name`.
    Name,
    /// `-o jsonpath=TEMPLATE`.
    JsonPath(String),
    /// `-o jsonpath-as-json=TEMPLATE`.
    JsonPathAsJson(String),
    /// `-o custom-columns=SPEC`.
    CustomColumns(String),
    /// `-o go-template=…` / `template` and the file variants (not supported by the playground).
    Unsupported(String),
}

impl OutputFormat {
    /// Parses the value of `-o` (`None` = not given). Errors are kubectl's texts (without
    /// the `error: ` prefix).
    pub fn parse(o: Option<&str>) -> Result<OutputFormat, String> {
        let Some(o) = o else {
            return Ok(OutputFormat::Table);
        };
        let (name, arg) = match o.split_once('=') {
            Some((n, a)) => (n, Some(a)),
            None => (o, None),
        };
        Ok(match (name, arg) {
            ("", None) => OutputFormat::Table,
            ("wide", None) => OutputFormat::Wide,
            ("yaml", None) => OutputFormat::Yaml,
            ("json", None) => OutputFormat::Json,
            ("name", None) => OutputFormat::Name,
            ("jsonpath", a) => OutputFormat::JsonPath(a.unwrap_or("").to_string()),
            ("jsonpath-as-json", a) => OutputFormat::JsonPathAsJson(a.unwrap_or("").to_string()),
            ("custom-columns", a) => OutputFormat::CustomColumns(a.unwrap_or("").to_string()),
            (
                "go-template"
                | "template"
                | "go-template-file"
                | "templatefile"
                | "jsonpath-file"
                | "custom-columns-file",
                _,
            ) => OutputFormat::Unsupported(name.to_string()),
            _ => {
                return Err(format!(
                    "unable to match a printer suitable for the output format \"{o}\", allowed formats are: {ALLOWED_FORMATS}"
                ));
            }
        })
    }

    /// Whether this is one of the human-readable (table) formats.
    pub fn is_human(&self) -> bool {
        matches!(self, OutputFormat::Table | OutputFormat::Wide)
    }

    /// The printer's name in `--show-labels option cannot be used with X printer`.
    pub fn printer_name(&self) -> String {
        match self {
            OutputFormat::Table => String::new(),
            OutputFormat::Wide => "wide".into(),
            OutputFormat::Yaml => "yaml".into(),
            OutputFormat::Json => "json".into(),
            OutputFormat::Name => "name".into(),
            OutputFormat::JsonPath(t) => format!("jsonpath={t}"),
            OutputFormat::JsonPathAsJson(t) => format!("jsonpath-as-json={t}"),
            OutputFormat::CustomColumns(t) => format!("custom-columns={t}"),
            OutputFormat::Unsupported(n) => n.clone(),
        }
    }
}

/// The Go sort of the kubectl a profile stands for.
pub fn go_sort(profile: Profile) -> GoSort {
    match profile {
        Profile::Current => GoSort::Go124,
        Profile::V1_28 => GoSort::Go119,
    }
}

/// Whether the profile's kubectl was built with Go ≥ 1.22 (JSON `\b`/`\f` escapes).
pub fn go122(profile: Profile) -> bool {
    matches!(profile, Profile::Current)
}

/// The name printer: `deployment.apps/nginx` (`singular_qualified` is `deployment.apps`,
/// `pod`, …), newline-terminated.
pub fn name_line(singular_qualified: &str, name: &str) -> String {
    format!("{singular_qualified}/{name}\n")
}

/// kubectl's `List` wrapper for several objects (`kind: List`, `metadata.resourceVersion: ""`).
pub fn list_of(items: Vec<Value>) -> Value {
    obj([
        ("apiVersion", Value::from("v1")),
        ("items", Value::Array(items)),
        ("kind", Value::from("List")),
        ("metadata", obj([("resourceVersion", Value::from(""))])),
    ])
}

/// `kind.group` of an object value (`deployment.apps`, `pod`), for the name printer.
pub fn kind_group_of(v: &Value) -> String {
    let kind = v
        .get("kind")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_ascii_lowercase();
    let api = v.get("apiVersion").and_then(Value::as_str).unwrap_or("");
    match api.split_once('/') {
        Some((group, _)) if !group.is_empty() => format!("{kind}.{group}"),
        _ => kind,
    }
}

/// Prints an object (or a `List`) in a structured format, as kubectl's generic printers do.
/// The result is what goes to stdout; `Err` is an error text (without `error: `). Some error
/// texts already end in line breaks, as kubectl's do (`error parsing jsonpath …, …\n`, the
/// jsonpath execution dump ending in `\n\n\n`): kubectl's `CheckErr` adds a newline only
/// when the message lacks one.
pub fn print_object(
    v: &Value,
    format: &OutputFormat,
    no_headers: bool,
    profile: Profile,
) -> Result<String, String> {
    let go122 = go122(profile);
    match format {
        OutputFormat::Yaml => yaml::try_to_yaml(v),
        OutputFormat::Json => Ok(to_json(v, go122)),
        OutputFormat::Name => {
            let mut out = String::new();
            let items: Vec<&Value> = match v.get("items").and_then(Value::as_array) {
                Some(items) if v.get("kind").and_then(Value::as_str) == Some("List") => {
                    items.iter().collect()
                }
                _ => vec![v],
            };
            for item in items {
                let name = item
                    .pointer("metadata.name")
                    .and_then(Value::as_str)
                    .filter(|n| !n.is_empty())
                    .unwrap_or("<unknown>");
                out.push_str(&name_line(&kind_group_of(item), name));
            }
            Ok(out)
        }
        OutputFormat::JsonPath(t) => {
            let jp =
                jsonpath::parse(t).map_err(|e| format!("error parsing jsonpath {t}, {e}\n"))?;
            jp.execute(v, go122)
                .map_err(|e| jsonpath_exec_error(t, &e, v))
        }
        OutputFormat::JsonPathAsJson(t) => {
            let jp =
                jsonpath::parse(t).map_err(|e| format!("error parsing jsonpath {t}, {e}\n"))?;
            let groups = jp.find(v).map_err(|e| jsonpath_exec_error(t, &e, v))?;
            let mut out = String::new();
            for g in groups {
                out.push_str(&to_json(&Value::Array(g), go122));
            }
            Ok(out)
        }
        OutputFormat::CustomColumns(spec) => custom_columns(v, spec, no_headers),
        OutputFormat::Unsupported(n) => Err(format!(
            "the playground does not support -o {n}; use -o jsonpath or -o custom-columns"
        )),
        OutputFormat::Table | OutputFormat::Wide => Err("a table needs the resource type".into()),
    }
}

fn jsonpath_exec_error(template: &str, err: &str, v: &Value) -> String {
    format!(
        "error executing jsonpath {}: Error executing template: {err}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{template}\n\tobject given to jsonpath engine was:\n\t\t{}\n\n\n",
        go_quote(template),
        go_sharp_v(v)
    )
}

/// Go's `strconv.Quote`.
pub fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_control() => {
                if (c as u32) < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", c as u32));
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Go's `%#v` of a decoded JSON value (`map[string]interface {}{"a":1, …}`).
pub fn go_sharp_v(v: &Value) -> String {
    match v {
        Value::Object(m) => {
            let inner: Vec<String> = m
                .iter()
                .map(|(k, x)| format!("{}:{}", go_quote(k), go_sharp_v(x)))
                .collect();
            format!("map[string]interface {{}}{{{}}}", inner.join(", "))
        }
        Value::Array(a) => {
            let inner: Vec<String> = a.iter().map(go_sharp_v).collect();
            format!("[]interface {{}}{{{}}}", inner.join(", "))
        }
        Value::String(s) => go_quote(s),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => yaml::format_float_g(*f),
        Value::Bool(b) => b.to_string(),
        Value::Null => "interface {}(nil)".into(),
    }
}

/// Go's `fmt.Sprint` of a decoded JSON value (custom columns print values this way).
pub fn go_sprint(v: &Value) -> String {
    match v {
        Value::Object(m) => {
            let inner: Vec<String> = m
                .iter()
                .map(|(k, x)| format!("{k}:{}", go_sprint(x)))
                .collect();
            format!("map[{}]", inner.join(" "))
        }
        Value::Array(a) => format!(
            "[{}]",
            a.iter().map(go_sprint).collect::<Vec<_>>().join(" ")
        ),
        Value::String(s) => s.clone(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => yaml::format_float_g(*f),
        Value::Bool(b) => b.to_string(),
        Value::Null => "<nil>".into(),
    }
}

/// `-o custom-columns=HEADER:.path,…` (tab-separated text for the table tabwriter).
pub fn custom_columns(v: &Value, spec: &str, no_headers: bool) -> Result<String, String> {
    let columns = parse_custom_columns(spec)?;
    let mut out = String::new();
    if !no_headers {
        out.push_str(
            &columns
                .iter()
                .map(|(h, _)| h.as_str())
                .collect::<Vec<_>>()
                .join("\t"),
        );
        out.push('\n');
    }
    let items: Vec<&Value> = match v.get("items").and_then(Value::as_array) {
        Some(items)
            if v.get("kind")
                .and_then(Value::as_str)
                .is_some_and(|k| k.ends_with("List")) =>
        {
            items.iter().collect()
        }
        _ => vec![v],
    };
    for item in items {
        let mut cells = Vec::new();
        for (_, jp) in &columns {
            let groups = jp.find(item)?;
            let values: Vec<String> = groups
                .iter()
                .flatten()
                .map(|x| go_sprint(x).replace('\u{1b}', "^[").replace('\r', "\\r"))
                .collect();
            if groups.first().is_none_or(Vec::is_empty) {
                cells.push(
                    std::iter::once("<none>".to_string())
                        .chain(values)
                        .collect::<Vec<_>>()
                        .join(","),
                );
            } else {
                cells.push(values.join(","));
            }
        }
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    Ok(crate::kubectl::tabwriter::TABLE.format(&out))
}

fn parse_custom_columns(spec: &str) -> Result<Vec<(String, jsonpath::JsonPath)>, String> {
    if spec.is_empty() {
        return Err("custom-columns format specified but no custom columns given".into());
    }
    let mut out = Vec::new();
    for part in spec.split(',') {
        let Some((header, path)) = part.split_once(':') else {
            return Err(format!(
                "unexpected custom-columns spec: {part}, expected <header>:<json-path-expr>"
            ));
        };
        let expr = jsonpath::relaxed(path)?;
        let jp = jsonpath::parse(&expr)?;
        out.push((header.to_string(), jp));
    }
    Ok(out)
}

/// Why `isLess` gave up on two values (Go's error text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsortable(pub String);

/// kubectl's `--sort-by` comparison (`isLess` on decoded JSON values): missing values first,
/// numbers numerically, strings as quantities when both parse, else in natural order.
pub fn sort_less(a: Option<&Value>, b: Option<&Value>) -> Result<bool, Unsortable> {
    let Some(a) = a else { return Ok(true) };
    let Some(b) = b else { return Ok(false) };
    match (a, b) {
        (Value::Null, Value::Null) => Ok(false),
        (Value::Null, _) => Ok(true),
        (_, Value::Null) => Ok(false),
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::String(x), Value::String(y)) => {
            let qx = crate::quantity::parse_units(a).filter(|_| quantity_like(x));
            let qy = crate::quantity::parse_units(b).filter(|_| quantity_like(y));
            match (qx, qy) {
                (Some(p), Some(q)) => Ok(p < q),
                _ => Ok(natural_less(x, y)),
            }
        }
        (Value::Int(_) | Value::Float(_) | Value::String(_), _) => {
            Err(Unsortable("unsortable interface: interface".into()))
        }
        (Value::Bool(_), _) => Err(Unsortable("unsortable type: bool".into())),
        (Value::Object(_), _) => Err(Unsortable(
            "unsortable type: map[string]interface {}".into(),
        )),
        (Value::Array(_), _) => Err(Unsortable("unsortable type: []interface {}".into())),
    }
}

fn quantity_like(s: &str) -> bool {
    // resource.ParseQuantity needs a number first (optionally signed).
    let t = s.strip_prefix(['+', '-']).unwrap_or(s);
    t.starts_with(|c: char| c.is_ascii_digit() || c == '.')
}

/// `sortorder.NaturalLess`: digit runs compare as numbers, digits before other bytes.
pub fn natural_less(s1: &str, s2: &str) -> bool {
    let (a, b) = (s1.as_bytes(), s2.as_bytes());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (c1, c2) = (a[i], b[j]);
        let (d1, d2) = (c1.is_ascii_digit(), c2.is_ascii_digit());
        if d1 != d2 {
            return d1;
        }
        if !d1 {
            if c1 != c2 {
                return c1 < c2;
            }
            i += 1;
            j += 1;
            continue;
        }
        while i < a.len() && a[i] == b'0' {
            i += 1;
        }
        while j < b.len() && b[j] == b'0' {
            j += 1;
        }
        let (nz1, nz2) = (i, j);
        while i < a.len() && a[i].is_ascii_digit() {
            i += 1;
        }
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        let (l1, l2) = (i - nz1, j - nz2);
        if l1 != l2 {
            return l1 < l2;
        }
        let (n1, n2) = (&a[nz1..i], &b[nz2..j]);
        if n1 != n2 {
            return n1 < n2;
        }
        if nz1 != nz2 {
            return nz1 < nz2;
        }
    }
    a.len() < b.len()
}

/// How a `--sort-by` failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SortError {
    /// An error kubectl returns (`error: …`).
    Error(String),
    /// `klog.Exitf` from the sorter's `Less`: the message after the klog header, and the
    /// source line of the call (`sorter.go:329` for object lists, `:375` for tables).
    Fatal {
        /// `Field {.x} in T is an unsortable type: interface, err: …`
        message: String,
        /// Line in kubectl's `sorter.go`.
        line: u32,
    },
}

impl SortError {
    /// What kubectl writes to stderr (with a klog header for fatal errors, stamped with the
    /// virtual clock and pid 1).
    pub fn stderr(&self, epoch: crate::time::Epoch, now: crate::time::SimTime) -> String {
        match self {
            SortError::Error(e) => format!("error: {e}\n"),
            SortError::Fatal { message, line } => {
                let c = epoch.civil(now);
                format!(
                    "F{:02}{:02} {:02}:{:02}:{:02}.{:03}000 {:>7} sorter.go:{line}] {message}\n",
                    c.month, c.day, c.hour, c.minute, c.second, c.milli, 1
                )
            }
        }
    }
}

/// Sorts `items` by a `--sort-by` expression the way kubectl does (Go's unstable sort with
/// `isLess`, `passes` times). `objects[i]` is what the expression is evaluated on for
/// `items[i]`; `table` selects the table sorter's error texts.
pub fn sort_by<T>(
    items: &mut Vec<T>,
    objects: &[Value],
    field: &str,
    profile: Profile,
    passes: usize,
    table: bool,
) -> Result<(), SortError> {
    let expr = jsonpath::relaxed(field).unwrap_or_else(|_| field.to_string());
    let jp = jsonpath::parse(&expr).map_err(|e| {
        SortError::Error(if table {
            format!("sorting error: {e}")
        } else {
            e
        })
    })?;
    let mut keyed: Vec<(Option<Value>, usize)> = Vec::with_capacity(objects.len());
    let mut found = false;
    for (i, o) in objects.iter().enumerate() {
        let groups = jp
            .find(o)
            .map_err(|e| SortError::Error(format!("Failed to get values using {expr} ({e})")))?;
        let first = groups.into_iter().next().and_then(|g| g.into_iter().next());
        found |= first.is_some();
        keyed.push((first, i));
    }
    if !objects.is_empty() && !found {
        return Err(SortError::Error(format!(
            "couldn't find any field with path {} in the list of objects",
            go_quote(&expr)
        )));
    }
    let mut err: Option<Unsortable> = None;
    for _ in 0..passes {
        gosort::sort(&mut keyed, go_sort(profile), |x, y| {
            if err.is_some() {
                return false;
            }
            match sort_less(x.0.as_ref(), y.0.as_ref()) {
                Ok(b) => b,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        });
        if let Some(Unsortable(e)) = err {
            let (what, line) = if table {
                ("[][][]reflect.Value", 375)
            } else {
                ("*unstructured.Unstructured", 329)
            };
            return Err(SortError::Fatal {
                message: format!(
                    "Field {expr} in {what} is an unsortable type: interface, err: {e}"
                ),
                line,
            });
        }
    }
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    for (_, i) in &keyed {
        if let Some(x) = slots.get_mut(*i).and_then(Option::take) {
            items.push(x);
        }
    }
    Ok(())
}

/// Orders `a` and `b` as `natural_less` does (for tests and callers that need an Ordering).
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    if natural_less(a, b) {
        Ordering::Less
    } else if natural_less(b, a) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(
            OutputFormat::parse(Some("jsonpath={.a}")).unwrap(),
            OutputFormat::JsonPath("{.a}".into())
        );
        assert_eq!(OutputFormat::parse(None).unwrap(), OutputFormat::Table);
        assert!(
            OutputFormat::parse(Some("foo"))
                .unwrap_err()
                .starts_with("unable to match a printer suitable for the output format \"foo\"")
        );
    }

    #[test]
    fn natural_order() {
        assert!(natural_less("pod-2", "pod-10"));
        assert!(natural_less("a", "b"));
        assert!(natural_less("1", "a"));
        assert_eq!(natural_cmp("x01", "x1"), Ordering::Greater);
    }

    #[test]
    fn sharp_v() {
        let v = obj([
            ("a", Value::Array(vec![Value::Null, Value::Int(1)])),
            ("b", Value::object()),
        ]);
        assert_eq!(
            go_sharp_v(&v),
            "map[string]interface {}{\"a\":[]interface {}{interface {}(nil), 1}, \"b\":map[string]interface {}{}}"
        );
    }
}
