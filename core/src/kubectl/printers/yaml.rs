//! YAML output exactly as kubectl prints it: `sigs.k8s.io/yaml` turns the object into JSON,
//! parses that back with go-yaml v2 (so every JSON key is a string and numbers become
//! int/float) and marshals the result with go-yaml v2's emitter.
//!
//! What that means, and what this module reproduces:
//! - map keys sorted with go-yaml's `keyList` order (non-letters before letters, digit runs
//!   compared as numbers), not byte order;
//! - 2-space indentation, sequences in a mapping not indented (`containers:\n- name: x`);
//! - a string is quoted when an unquoted scalar would resolve to something else
//!   (`"1"`, `"true"`, `"null"`, `""`, timestamps, base-60 floats) — double quotes; or when
//!   the emitter cannot write it plain (`'*'`, `': '` inside, leading/trailing space) — single
//!   quotes if possible, else double quotes with escapes;
//! - strings with a line break as literal blocks (`|`, `|-`, `|+`, `|2-`) unless the emitter
//!   refuses a block (trailing spaces, special characters) — then double quotes;
//! - long scalars folded at the first space after column 80 (plain, single- and
//!   double-quoted, not keys);
//! - `{}` / `[]` for empty collections, `null`.
//!
//! The emitter below is a port of the relevant parts of go-yaml v2's `emitterc.go`
//! (`yaml_emitter_analyze_scalar`, `select_scalar_style`, the `write_*_scalar` functions and
//! the block mapping/sequence states), driven directly by a [`Value`] tree.

use crate::value::{Map, Value};

/// Renders one document (the object as `kubectl get -o yaml` prints it), ending in `\n`.
/// Strings go through the JSON round trip first (see [`try_to_yaml`]); a string kubectl would
/// refuse (a raw control character) is printed anyway.
pub fn to_yaml(v: &Value) -> String {
    let v = round_trip(v).unwrap_or_else(|_| v.clone());
    emit(&v)
}

/// Like [`to_yaml`], but fails as kubectl does (`yaml: control characters are not allowed`)
/// when a string holds a character go-yaml's reader rejects (DEL, C1 controls, U+FFFE/FFFF)
/// — Go's JSON encoder leaves those raw, and go-yaml then reads that JSON text.
pub fn try_to_yaml(v: &Value) -> Result<String, String> {
    Ok(emit(&round_trip(v)?))
}

fn emit(v: &Value) -> String {
    let mut e = Emitter::new();
    e.emit_node(v, true, false, false, false);
    // Document end: a final line break.
    e.write_indent();
    e.out
}

/// What go-yaml's parser makes of the strings in the JSON text `sigs.k8s.io/yaml` hands it:
/// a raw NEL (U+0085, which Go's JSON encoder does not escape) is a line break inside a
/// double-quoted scalar, so it is folded like one (a single break becomes a space, blanks
/// around it vanish); raw control characters are an error.
fn round_trip(v: &Value) -> Result<Value, String> {
    match v {
        Value::String(s) => Ok(Value::String(read_json_string(s)?)),
        Value::Array(a) => Ok(Value::Array(
            a.iter().map(round_trip).collect::<Result<_, _>>()?,
        )),
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, x) in m {
                out.insert(read_json_string(k)?, round_trip(x)?);
            }
            Ok(Value::Object(out))
        }
        other => Ok(other.clone()),
    }
}

fn read_json_string(s: &str) -> Result<String, String> {
    let bad = |c: char| {
        c == '\u{7f}'
            || (('\u{80}'..='\u{9f}').contains(&c) && c != '\u{85}')
            || c == '\u{fffe}'
            || c == '\u{ffff}'
    };
    if s.chars().any(bad) {
        return Err("yaml: control characters are not allowed".into());
    }
    if !s.contains('\u{85}') {
        return Ok(s.to_string());
    }
    // yaml_parser_scan_flow_scalar's folding; only ' ' and NEL are raw blanks/breaks here.
    let c: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    loop {
        while i < c.len() && c[i] != ' ' && c[i] != '\u{85}' {
            out.push(c[i]);
            i += 1;
        }
        if i == c.len() {
            break;
        }
        let mut whitespaces = String::new();
        let mut leading_blanks = false;
        let mut trailing_breaks = String::new();
        while i < c.len() && (c[i] == ' ' || c[i] == '\u{85}') {
            if c[i] == ' ' {
                if !leading_blanks {
                    whitespaces.push(' ');
                }
            } else if !leading_blanks {
                whitespaces.clear();
                leading_blanks = true;
            } else {
                trailing_breaks.push('\n');
            }
            i += 1;
        }
        if leading_blanks {
            if trailing_breaks.is_empty() {
                out.push(' ');
            } else {
                out.push_str(&trailing_breaks);
            }
        } else {
            out.push_str(&whitespaces);
        }
    }
    Ok(out)
}

/// go-yaml v2's `keyList.Less` for string keys: letters sort after non-letters, runs of digits
/// compare as numbers, everything else by code point.
pub fn key_less(a: &str, b: &str) -> bool {
    let ar: Vec<char> = a.chars().collect();
    let br: Vec<char> = b.chars().collect();
    let mut i = 0;
    while i < ar.len() && i < br.len() {
        if ar[i] == br[i] {
            i += 1;
            continue;
        }
        let al = ar[i].is_alphabetic();
        let bl = br[i].is_alphabetic();
        if al && bl {
            return ar[i] < br[i];
        }
        if al || bl {
            return bl;
        }
        let mut an: i64 = 0;
        let mut bn: i64 = 0;
        if ar[i] == '0' || br[i] == '0' {
            let mut j = i;
            while j > 0 && ar[j - 1].is_ascii_digit() {
                j -= 1;
                if ar[j] != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < ar.len() && ar[ai].is_ascii_digit() {
            an = an
                .wrapping_mul(10)
                .wrapping_add(i64::from(ar[ai] as u8 - b'0'));
            ai += 1;
        }
        let mut bi = i;
        while bi < br.len() && br[bi].is_ascii_digit() {
            bn = bn
                .wrapping_mul(10)
                .wrapping_add(i64::from(br[bi] as u8 - b'0'));
            bi += 1;
        }
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return ar[i] < br[i];
    }
    ar.len() < br.len()
}

/// The keys of a map in go-yaml's order (`sort.Sort(keyList)`). `keyList.Less` is not a
/// total order for some keys (leading zeros), so this runs Go's own sort over the keys in
/// byte order rather than a Rust sort (which would panic on an inconsistent comparator).
pub fn sorted_keys(m: &Map) -> Vec<&String> {
    let mut keys: Vec<&String> = m.keys().collect();
    super::gosort::sort(&mut keys, super::gosort::GoSort::Go124, |a, b| {
        key_less(a, b)
    });
    keys
}

// ---- scalar resolution (resolve.go / encode.go) -----------------------------------------

/// What go-yaml's `resolve("", s)` would make of an unquoted scalar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A string: can stay unquoted.
    Str,
    /// bool / null / int / float / timestamp / merge: must be quoted.
    Other,
}

/// `resolve("", s)`: whether `s` written plain would read back as a string.
pub fn resolve(s: &str) -> Resolved {
    let b = s.as_bytes();
    let hint = if b.is_empty() {
        b'N'
    } else {
        match b[0] {
            b'+' | b'-' => b'S',
            b'0'..=b'9' => b'D',
            b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~' => b'M',
            b'.' => b'.',
            _ => 0,
        }
    };
    if hint == 0 {
        return Resolved::Str;
    }
    const MAP: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no",
        "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "", "~", "null", "Null",
        "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf",
        "-.Inf", "-.INF", "<<",
    ];
    if MAP.contains(&s) {
        return Resolved::Other;
    }
    match hint {
        b'.' if go_parse_float(s) => return Resolved::Other,
        b'D' | b'S' => {
            if parse_timestamp(s) {
                return Resolved::Other;
            }
            let plain: String = s.chars().filter(|&c| c != '_').collect();
            match go_parse_int(&plain) {
                IntParse::Ok => return Resolved::Other,
                IntParse::Range if !plain.starts_with('-') => return Resolved::Other,
                _ => {}
            }
            if yaml_style_float(&plain) && go_parse_float(&plain) {
                return Resolved::Other;
            }
            if let Some(rest) = plain
                .strip_prefix("0b")
                .or_else(|| plain.strip_prefix("-0b"))
            {
                if !rest.is_empty() && rest.bytes().all(|c| c == b'0' || c == b'1') {
                    return Resolved::Other;
                }
            }
        }
        _ => {}
    }
    Resolved::Str
}

enum IntParse {
    Ok,
    Range,
    Syntax,
}

/// `strconv.ParseInt(s, 0, 64)` / `ParseUint` outcome (underscores already removed).
fn go_parse_int(s: &str) -> IntParse {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let (base, digits) =
        if let Some(d) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
            (16, d)
        } else if let Some(d) = body.strip_prefix("0o").or_else(|| body.strip_prefix("0O")) {
            (8, d)
        } else if let Some(d) = body.strip_prefix("0b").or_else(|| body.strip_prefix("0B")) {
            (2, d)
        } else if body.len() > 1 && body.starts_with('0') {
            (8, &body[1..])
        } else {
            (10, body)
        };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(base)) {
        return IntParse::Syntax;
    }
    match u128::from_str_radix(digits, base) {
        Ok(v) => {
            let limit: u128 = if neg { 1 << 63 } else { u128::from(u64::MAX) };
            if v <= limit {
                IntParse::Ok
            } else {
                IntParse::Range
            }
        }
        Err(_) => IntParse::Range,
    }
}

/// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
fn yaml_style_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
        i += 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    if i < b.len() && b[i] == b'.' {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            digits(&mut i);
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// Whether Go's `strconv.ParseFloat(s, 64)` accepts `s` (decimal and hex floats, inf, nan).
fn go_parse_float(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        return !(s.starts_with(['+', '-']) && lower == "nan");
    }
    if let Some(hex) = lower.strip_prefix("0x") {
        // Hex mantissa with a mandatory p exponent.
        let Some((mant, exp)) = hex.split_once('p') else {
            return false;
        };
        let mant_ok = !mant.is_empty()
            && mant.chars().filter(|&c| c == '.').count() <= 1
            && mant.chars().any(|c| c.is_ascii_hexdigit())
            && mant.chars().all(|c| c.is_ascii_hexdigit() || c == '.');
        let exp = exp.strip_prefix(['+', '-']).unwrap_or(exp);
        return mant_ok && !exp.is_empty() && exp.bytes().all(|c| c.is_ascii_digit());
    }
    yaml_style_float(body) && !body.starts_with(['+', '-'])
}

/// `parseTimestamp`: `YYYY-M-D`, optionally with `T`/`t`/` ` and `H:M:S[.frac]` (+ zone for
/// `T`/`t`), validated like Go's `time.Parse`.
fn parse_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i != 4 || i == b.len() || b[i] != b'-' {
        return false;
    }
    let year: i64 = s[..4].parse().unwrap_or(0);
    let mut p = 5;
    // 1-2 digit number.
    let num = |p: &mut usize| -> Option<u32> {
        let start = *p;
        while *p < b.len() && *p - start < 2 && b[*p].is_ascii_digit() {
            *p += 1;
        }
        if *p == start {
            return None;
        }
        s[start..*p].parse().ok()
    };
    let Some(month) = num(&mut p) else {
        return false;
    };
    if p >= b.len() || b[p] != b'-' {
        return false;
    }
    p += 1;
    let Some(day) = num(&mut p) else { return false };
    if !(1..=12).contains(&month) || day < 1 || day > days_in(month, year) {
        return false;
    }
    if p == b.len() {
        return true;
    }
    let sep = b[p];
    if sep != b'T' && sep != b't' && sep != b' ' {
        return false;
    }
    p += 1;
    let Some(h) = num(&mut p) else { return false };
    if p >= b.len() || b[p] != b':' {
        return false;
    }
    p += 1;
    let Some(m) = num(&mut p) else { return false };
    if p >= b.len() || b[p] != b':' {
        return false;
    }
    p += 1;
    let Some(sec) = num(&mut p) else { return false };
    if h >= 24 || m >= 60 || sec >= 60 {
        return false;
    }
    if p < b.len() && b[p] == b'.' {
        let start = p + 1;
        p += 1;
        while p < b.len() && b[p].is_ascii_digit() {
            p += 1;
        }
        if p == start {
            return false;
        }
    }
    if sep == b' ' {
        return p == b.len();
    }
    if p == b.len() {
        return false;
    }
    if b[p] == b'Z' {
        return p + 1 == b.len();
    }
    if b[p] == b'+' || b[p] == b'-' {
        let z = &s[p + 1..];
        let zb = z.as_bytes();
        return zb.len() == 5
            && zb[0].is_ascii_digit()
            && zb[1].is_ascii_digit()
            && zb[2] == b':'
            && zb[3].is_ascii_digit()
            && zb[4].is_ascii_digit()
            && z[..2].parse::<u32>().is_ok_and(|h| h < 24)
            && z[3..].parse::<u32>().is_ok_and(|m| m < 60);
    }
    false
}

fn days_in(month: u32, year: i64) -> u32 {
    match month {
        2 => {
            if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 {
                29
            } else {
                28
            }
        }
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `isBase60Float`: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`
fn is_base60_float(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() || !(b[0] == b'+' || b[0] == b'-' || b[0].is_ascii_digit()) || !s.contains(':')
    {
        return false;
    }
    let mut i = 0;
    if b[0] == b'+' || b[0] == b'-' {
        i = 1;
    }
    if i >= b.len() || !b[i].is_ascii_digit() {
        return false;
    }
    i += 1;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    let mut groups = 0;
    while i < b.len() && b[i] == b':' {
        i += 1;
        // [0-5]?[0-9]
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() && i - start < 2 {
            i += 1;
        }
        match i - start {
            1 => {}
            2 if b[start] <= b'5' => {}
            2 => {
                // Backtrack: only one digit belongs to this group.
                i = start + 1;
            }
            _ => return false,
        }
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    i == b.len()
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 64)` with go-yaml's `.inf`/`.nan` spellings.
pub fn format_float_g(f: f64) -> String {
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            ".inf".into()
        } else {
            "-.inf".into()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    // Shortest digits and decimal exponent.
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mant}e{sign}{:02}", exp.abs());
    }
    format!("{f}")
}

// ---- the emitter ------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

#[derive(Default)]
struct Analysis {
    multiline: bool,
    flow_plain_allowed: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

const BEST_WIDTH: usize = 80;
const BEST_INDENT: i64 = 2;

struct Emitter {
    out: String,
    column: usize,
    indent: i64,
    indents: Vec<i64>,
    whitespace: bool,
    indention: bool,
    flow_level: usize,
    mapping_context: bool,
    simple_key_context: bool,
}

fn width(b: u8) -> usize {
    if b & 0x80 == 0x00 {
        1
    } else if b & 0xE0 == 0xC0 {
        2
    } else if b & 0xF0 == 0xE0 {
        3
    } else if b & 0xF8 == 0xF0 {
        4
    } else {
        1
    }
}

fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

fn is_space(b: &[u8], i: usize) -> bool {
    at(b, i) == b' '
}

fn is_blank(b: &[u8], i: usize) -> bool {
    matches!(at(b, i), b' ' | b'\t')
}

fn is_break(b: &[u8], i: usize) -> bool {
    let c = at(b, i);
    c == b'\r'
        || c == b'\n'
        || (c == 0xC2 && at(b, i + 1) == 0x85)
        || (c == 0xE2 && at(b, i + 1) == 0x80 && (at(b, i + 2) == 0xA8 || at(b, i + 2) == 0xA9))
}

fn is_blankz(b: &[u8], i: usize) -> bool {
    is_blank(b, i) || is_break(b, i) || at(b, i) == 0
}

/// go-yaml's `is_bom` ignores `i` and looks at the start of the value: once a value starts
/// with a BOM, every character of it is escaped in double quotes (kubectl prints
/// `"\uFEFF\x62\x6F\x6D"` for `"\u{feff}bom"`; checked against the oracle).
fn is_bom(b: &[u8], _i: usize) -> bool {
    at(b, 0) == 0xEF && at(b, 1) == 0xBB && at(b, 2) == 0xBF
}

fn is_printable(b: &[u8], i: usize) -> bool {
    let c = at(b, i);
    let c1 = at(b, i + 1);
    let c2 = at(b, i + 2);
    c == 0x0A
        || (0x20..=0x7E).contains(&c)
        || (c == 0xC2 && c1 >= 0xA0)
        || (c > 0xC2 && c < 0xED)
        || (c == 0xED && c1 < 0xA0)
        || c == 0xEE
        || (c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)))
}

fn analyze(value: &str) -> Analysis {
    let v = value.as_bytes();
    if v.is_empty() {
        return Analysis {
            multiline: false,
            flow_plain_allowed: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    let mut block_indicators = false;
    let mut flow_indicators = false;
    let mut line_breaks = false;
    let mut special_characters = false;
    let mut leading_space = false;
    let mut leading_break = false;
    let mut trailing_space = false;
    let mut trailing_break = false;
    let mut break_space = false;
    let mut space_break = false;
    let mut previous_space = false;
    let mut previous_break = false;
    if v.len() >= 3 && (v.starts_with(b"---") || v.starts_with(b"...")) {
        block_indicators = true;
        flow_indicators = true;
    }
    let mut preceded_by_whitespace = true;
    let mut i = 0;
    while i < v.len() {
        let w = width(v[i]);
        let followed_by_whitespace = i + w >= v.len() || is_blank(v, i + w);
        if i == 0 {
            match v[i] {
                b'#' | b',' | b'[' | b']' | b'{' | b'}' | b'&' | b'*' | b'!' | b'|' | b'>'
                | b'\'' | b'"' | b'%' | b'@' | b'`' => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                b'?' | b':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                b'-' if followed_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        } else {
            match v[i] {
                b',' | b'?' | b'[' | b']' | b'{' | b'}' => flow_indicators = true,
                b':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                b'#' if preceded_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        }
        // The encoder enables unicode, so only non-printable characters are special.
        if !is_printable(v, i) {
            special_characters = true;
        }
        if is_space(v, i) {
            if i == 0 {
                leading_space = true;
            }
            if i + w == v.len() {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(v, i) {
            line_breaks = true;
            if i == 0 {
                leading_break = true;
            }
            if i + w == v.len() {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blankz(v, i);
        i += w;
    }
    let mut a = Analysis {
        multiline: line_breaks,
        flow_plain_allowed: true,
        block_plain_allowed: true,
        single_quoted_allowed: true,
        block_allowed: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
    }
    if trailing_space {
        a.block_allowed = false;
    }
    if break_space {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
    }
    if space_break || special_characters {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
        a.block_allowed = false;
    }
    if line_breaks {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
    }
    if flow_indicators {
        a.flow_plain_allowed = false;
    }
    if block_indicators {
        a.block_plain_allowed = false;
    }
    a
}

/// The text and the style the encoder asks for (`encoder.stringv` and friends).
fn scalar_of(v: &Value) -> (String, Style) {
    match v {
        Value::Null => ("null".into(), Style::Plain),
        Value::Bool(b) => ((if *b { "true" } else { "false" }).into(), Style::Plain),
        Value::Int(i) => (i.to_string(), Style::Plain),
        Value::Float(f) => {
            // JSON writes an integral float without a fraction; go-yaml then reads an int.
            if f.is_finite() && *f == f.trunc() && f.abs() < 1e21 {
                (format!("{}", *f as i128), Style::Plain)
            } else {
                (format_float_g(*f), Style::Plain)
            }
        }
        Value::String(s) => {
            let can_plain = resolve(s) == Resolved::Str && !is_base60_float(s);
            let style = if s.contains('\n') {
                Style::Literal
            } else if can_plain {
                Style::Plain
            } else {
                Style::Double
            };
            (s.clone(), style)
        }
        Value::Array(_) | Value::Object(_) => (String::new(), Style::Plain),
    }
}

impl Emitter {
    fn new() -> Emitter {
        Emitter {
            out: String::new(),
            column: 0,
            indent: -1,
            indents: Vec::new(),
            whitespace: true,
            indention: true,
            flow_level: 0,
            mapping_context: false,
            simple_key_context: false,
        }
    }

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    /// Copies one (UTF-8) character of `v` at `*i`.
    fn write(&mut self, v: &[u8], i: &mut usize) {
        let w = width(v[*i]).min(v.len() - *i);
        self.out
            .push_str(std::str::from_utf8(&v[*i..*i + w]).unwrap_or("\u{FFFD}"));
        self.column += 1;
        *i += w;
    }

    fn write_all(&mut self, s: &str) {
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            self.write(b, &mut i);
        }
    }

    fn write_break(&mut self, v: &[u8], i: &mut usize) {
        if v[*i] == b'\n' {
            self.put_break();
            *i += 1;
        } else {
            self.write(v, i);
            self.column = 0;
        }
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0) as usize;
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(
        &mut self,
        ind: &str,
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        self.write_all(ind);
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    fn emit_node(
        &mut self,
        v: &Value,
        _root: bool,
        _sequence: bool,
        mapping: bool,
        simple_key: bool,
    ) {
        self.mapping_context = mapping;
        self.simple_key_context = simple_key;
        match v {
            Value::Array(items) if items.is_empty() => self.emit_empty("[", "]"),
            Value::Object(m) if m.is_empty() => self.emit_empty("{", "}"),
            Value::Array(items) => {
                let indentless = self.mapping_context && !self.indention;
                self.increase_indent(false, indentless);
                for item in items {
                    self.write_indent();
                    self.write_indicator("-", true, false, true);
                    self.emit_node(item, false, true, false, false);
                }
                self.pop_indent();
            }
            Value::Object(m) => {
                self.increase_indent(false, false);
                for k in sorted_keys(m) {
                    let key = Value::String(k.clone());
                    let value = &m[k];
                    self.write_indent();
                    let (text, _) = scalar_of(&key);
                    let simple = !analyze(&text).multiline && text.len() <= 128;
                    if simple {
                        self.emit_node(&key, false, false, true, true);
                        self.write_indicator(":", false, false, false);
                    } else {
                        self.write_indicator("?", true, false, true);
                        self.emit_node(&key, false, false, true, false);
                        self.write_indent();
                        self.write_indicator(":", true, false, true);
                    }
                    self.emit_node(value, false, false, true, false);
                }
                self.pop_indent();
            }
            scalar => self.emit_scalar(scalar),
        }
    }

    fn emit_empty(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.increase_indent(true, false);
        self.flow_level += 1;
        self.flow_level -= 1;
        self.pop_indent();
        self.write_indicator(close, false, false, false);
    }

    fn emit_scalar(&mut self, v: &Value) {
        let (text, requested) = scalar_of(v);
        let a = analyze(&text);
        let mut style = requested;
        if self.simple_key_context && a.multiline {
            style = Style::Double;
        }
        if style == Style::Plain {
            if (self.flow_level > 0 && !a.flow_plain_allowed)
                || (self.flow_level == 0 && !a.block_plain_allowed)
            {
                style = Style::Single;
            }
            if text.is_empty() && (self.flow_level > 0 || self.simple_key_context) {
                style = Style::Single;
            }
        }
        if style == Style::Single && !a.single_quoted_allowed {
            style = Style::Double;
        }
        if style == Style::Literal
            && (!a.block_allowed || self.flow_level > 0 || self.simple_key_context)
        {
            style = Style::Double;
        }
        self.increase_indent(true, false);
        let allow_breaks = !self.simple_key_context;
        match style {
            Style::Plain => self.write_plain(&text, allow_breaks),
            Style::Single => self.write_single(&text, allow_breaks),
            Style::Double => self.write_double(&text, allow_breaks),
            Style::Literal => self.write_literal(&text),
        }
        self.pop_indent();
    }

    fn write_plain(&mut self, value: &str, allow_breaks: bool) {
        let v = value.as_bytes();
        if !self.whitespace {
            self.put(' ');
        }
        let mut spaces = false;
        let mut breaks = false;
        let mut i = 0;
        while i < v.len() {
            if is_space(v, i) {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && !is_space(v, i + 1) {
                    self.write_indent();
                    i += width(v[i]);
                } else {
                    self.write(v, &mut i);
                }
                spaces = true;
            } else if is_break(v, i) {
                if !breaks && v[i] == b'\n' {
                    self.put_break();
                }
                self.write_break(v, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(v, &mut i);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single(&mut self, value: &str, allow_breaks: bool) {
        let v = value.as_bytes();
        self.write_indicator("'", true, false, false);
        let mut spaces = false;
        let mut breaks = false;
        let mut i = 0;
        while i < v.len() {
            if is_space(v, i) {
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i > 0
                    && i < v.len() - 1
                    && !is_space(v, i + 1)
                {
                    self.write_indent();
                    i += width(v[i]);
                } else {
                    self.write(v, &mut i);
                }
                spaces = true;
            } else if is_break(v, i) {
                if !breaks && v[i] == b'\n' {
                    self.put_break();
                }
                self.write_break(v, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if v[i] == b'\'' {
                    self.put('\'');
                }
                self.write(v, &mut i);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.write_indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double(&mut self, value: &str, allow_breaks: bool) {
        let v = value.as_bytes();
        let mut spaces = false;
        self.write_indicator("\"", true, false, false);
        let mut i = 0;
        while i < v.len() {
            if !is_printable(v, i)
                || is_bom(v, i)
                || is_break(v, i)
                || v[i] == b'"'
                || v[i] == b'\\'
            {
                let w = width(v[i]).min(v.len() - i);
                let c = std::str::from_utf8(&v[i..i + w])
                    .ok()
                    .and_then(|s| s.chars().next())
                    .unwrap_or('\u{FFFD}');
                i += w;
                self.put('\\');
                match c as u32 {
                    0x00 => self.put('0'),
                    0x07 => self.put('a'),
                    0x08 => self.put('b'),
                    0x09 => self.put('t'),
                    0x0A => self.put('n'),
                    0x0B => self.put('v'),
                    0x0C => self.put('f'),
                    0x0D => self.put('r'),
                    0x1B => self.put('e'),
                    0x22 => self.put('"'),
                    0x5C => self.put('\\'),
                    0x85 => self.put('N'),
                    0xA0 => self.put('_'),
                    0x2028 => self.put('L'),
                    0x2029 => self.put('P'),
                    u => {
                        let (ch, digits) = if u <= 0xFF {
                            ('x', 2)
                        } else if u <= 0xFFFF {
                            ('u', 4)
                        } else {
                            ('U', 8)
                        };
                        self.put(ch);
                        for k in (0..digits).rev() {
                            let d = (u >> (k * 4)) & 0xF;
                            self.put(char::from_digit(d, 16).unwrap_or('0').to_ascii_uppercase());
                        }
                    }
                }
                spaces = false;
            } else if is_space(v, i) {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && i > 0 && i < v.len() - 1 {
                    self.write_indent();
                    if is_space(v, i + 1) {
                        self.put('\\');
                    }
                    i += width(v[i]);
                } else {
                    self.write(v, &mut i);
                }
                spaces = true;
            } else {
                self.write(v, &mut i);
                spaces = false;
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_block_hints(&mut self, v: &[u8]) {
        if is_space(v, 0) || is_break(v, 0) {
            self.write_indicator(&BEST_INDENT.to_string(), false, false, false);
        }
        let chomp = if v.is_empty() {
            Some("-")
        } else {
            let mut i = v.len() - 1;
            while i > 0 && v[i] & 0xC0 == 0x80 {
                i -= 1;
            }
            if !is_break(v, i) {
                Some("-")
            } else if i == 0 {
                Some("+")
            } else {
                i -= 1;
                while i > 0 && v[i] & 0xC0 == 0x80 {
                    i -= 1;
                }
                if is_break(v, i) { Some("+") } else { None }
            }
        };
        if let Some(c) = chomp {
            self.write_indicator(c, false, false, false);
        }
    }

    fn write_literal(&mut self, value: &str) {
        let v = value.as_bytes();
        self.write_indicator("|", true, false, false);
        self.write_block_hints(v);
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        let mut i = 0;
        while i < v.len() {
            if is_break(v, i) {
                self.write_break(v, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(v, &mut i);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::obj;

    fn s(x: &str) -> Value {
        Value::from(x)
    }

    #[test]
    fn quoting_of_scalars() {
        struct Case {
            v: &'static str,
            want: &'static str,
        }
        let cases = [
            Case {
                v: "nginx",
                want: "x: nginx\n",
            },
            Case {
                v: "1",
                want: "x: \"1\"\n",
            },
            Case {
                v: "True",
                want: "x: \"True\"\n",
            },
            Case {
                v: "yes",
                want: "x: \"yes\"\n",
            },
            Case {
                v: "null",
                want: "x: \"null\"\n",
            },
            Case {
                v: "",
                want: "x: \"\"\n",
            },
            Case {
                v: "*",
                want: "x: '*'\n",
            },
            Case {
                v: "a: b",
                want: "x: 'a: b'\n",
            },
            Case {
                v: "2026-01-01T00:00:00Z",
                want: "x: \"2026-01-01T00:00:00Z\"\n",
            },
            Case {
                v: "25%",
                want: "x: 25%\n",
            },
            Case {
                v: "1:20",
                want: "x: \"1:20\"\n",
            },
            Case {
                v: "0x1F",
                want: "x: \"0x1F\"\n",
            },
            Case {
                v: "1e3",
                want: "x: \"1e3\"\n",
            },
            Case {
                v: "a\n",
                want: "x: |\n  a\n",
            },
            Case {
                v: "a\nb",
                want: "x: |-\n  a\n  b\n",
            },
            Case {
                v: " a\n",
                want: "x: |2\n   a\n",
            },
            Case {
                v: "a \nb",
                want: "x: \"a \\nb\"\n",
            },
            Case {
                v: "a\tb",
                want: "x: \"a\\tb\"\n",
            },
            Case {
                v: "it's",
                want: "x: it's\n",
            },
            Case {
                v: "'q'",
                want: "x: '''q'''\n",
            },
        ];
        for c in &cases {
            assert_eq!(to_yaml(&obj([("x", s(c.v))])), c.want, "{:?}", c.v);
        }
    }

    #[test]
    fn layout() {
        let v = obj([
            (
                "b",
                Value::Array(vec![obj([
                    ("name", s("x")),
                    ("ports", Value::Array(vec![obj([("p", Value::Int(80))])])),
                ])]),
            ),
            ("a", Value::object()),
            ("c", Value::Array(vec![])),
            ("d", Value::Array(vec![s("x"), Value::Array(vec![s("y")])])),
        ]);
        let mut v = v;
        v.set("e", Value::Null);
        assert_eq!(
            to_yaml(&v),
            "a: {}\nb:\n- name: x\n  ports:\n  - p: 80\nc: []\nd:\n- x\n- - \"y\"\ne: null\n"
        );
    }

    #[test]
    fn key_order_is_go_yaml_order() {
        let mut keys = vec!["b", "a10", "a9", "B", "_x", "a.b", "ab", "a"];
        super::super::gosort::sort(&mut keys, super::super::gosort::GoSort::Go124, |a, b| {
            key_less(a, b)
        });
        assert_eq!(keys, vec!["_x", "B", "a", "a.b", "a9", "a10", "ab", "b"]);
    }

    #[test]
    fn long_plain_strings_fold() {
        let words = "word ".repeat(30);
        let text = words.trim_end();
        let y = to_yaml(&obj([("message", s(text))]));
        for line in y.lines().skip(1) {
            assert!(line.starts_with("  word"), "{y}");
        }
        assert!(y.lines().count() > 1);
    }
}
