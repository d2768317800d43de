//! `resource.Quantity` parsing for the amounts the scheduler compares (cpu in millicores,
//! memory in bytes).

use crate::value::Value;

fn number_and_suffix(s: &str) -> Option<(f64, &str)> {
    let s = s.trim();
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '+' || c == '-'))
        .unwrap_or(s.len());
    let (num, suffix) = s.split_at(end);
    // A decimal exponent (`1e3`) is part of the number.
    if let Some(exp) = suffix.strip_prefix(['e', 'E']) {
        if !exp.is_empty()
            && exp
                .trim_start_matches(['+', '-'])
                .bytes()
                .all(|c| c.is_ascii_digit())
        {
            return s.parse::<f64>().ok().map(|v| (v, ""));
        }
    }
    num.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(|v| (v, suffix))
}

fn multiplier(suffix: &str) -> Option<f64> {
    Some(match suffix {
        "" => 1.0,
        "n" => 1e-9,
        "u" => 1e-6,
        "m" => 1e-3,
        "k" => 1e3,
        "M" => 1e6,
        "G" => 1e9,
        "T" => 1e12,
        "P" => 1e15,
        "E" => 1e18,
        "Ki" => 1024.0,
        "Mi" => 1024.0 * 1024.0,
        "Gi" => 1024.0 * 1024.0 * 1024.0,
        "Ti" => 1024f64.powi(4),
        "Pi" => 1024f64.powi(5),
        "Ei" => 1024f64.powi(6),
        _ => return None,
    })
}

/// The quantity as a plain number of units, if it parses.
pub fn parse_units(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Float(f) => Some(*f),
        Value::String(s) => {
            let (n, suffix) = number_and_suffix(s)?;
            Some(n * multiplier(suffix)?)
        }
        _ => None,
    }
}

/// A cpu quantity in millicores, rounded up (`500m` → 500, `1` → 1000).
pub fn parse_cpu_milli(v: &Value) -> Option<i64> {
    parse_units(v).map(|u| (u * 1000.0).ceil() as i64)
}

/// A memory quantity in bytes, rounded up (`512Mi`, `1G`).
pub fn parse_memory_bytes(v: &Value) -> Option<i64> {
    parse_units(v).map(|u| u.ceil() as i64)
}

/// Whether a string is a valid quantity.
pub fn is_valid(s: &str) -> bool {
    parse_units(&Value::String(s.to_string())).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities() {
        struct Case {
            q: Value,
            cpu: Option<i64>,
            mem: Option<i64>,
        }
        let s = |x: &str| Value::String(x.into());
        let cases = [
            Case {
                q: s("500m"),
                cpu: Some(500),
                mem: Some(1),
            },
            Case {
                q: s("1"),
                cpu: Some(1000),
                mem: Some(1),
            },
            Case {
                q: s("0.5"),
                cpu: Some(500),
                mem: Some(1),
            },
            Case {
                q: Value::Int(2),
                cpu: Some(2000),
                mem: Some(2),
            },
            Case {
                q: s("512Mi"),
                cpu: Some(536_870_912_000),
                mem: Some(536_870_912),
            },
            Case {
                q: s("1G"),
                cpu: Some(1_000_000_000_000),
                mem: Some(1_000_000_000),
            },
            Case {
                q: s("1e3"),
                cpu: Some(1_000_000),
                mem: Some(1000),
            },
            Case {
                q: s("abc"),
                cpu: None,
                mem: None,
            },
            Case {
                q: s("5X"),
                cpu: None,
                mem: None,
            },
        ];
        for c in &cases {
            assert_eq!(parse_cpu_milli(&c.q), c.cpu, "{:?}", c.q);
            assert_eq!(parse_memory_bytes(&c.q), c.mem, "{:?}", c.q);
        }
    }
}
