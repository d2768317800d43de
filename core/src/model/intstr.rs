//! `intstr.IntOrString`: `maxSurge: 1` or `maxSurge: "25%"`.

use std::fmt;

use crate::value::Value;

/// An integer or a string (a percentage where it is used for scaling).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum IntOrString {
    /// `Type: 0`
    Int(i32),
    /// `Type: 1`
    Str(String),
}

/// Why a value could not be scaled (apimachinery's texts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntOrStringError(pub String);

impl fmt::Display for IntOrStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl IntOrString {
    /// Reads a JSON value (int, integral float or string).
    pub fn from_value(v: &Value) -> Option<IntOrString> {
        match v {
            Value::Int(i) => Some(IntOrString::Int(
                (*i).clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
            )),
            Value::Float(f) if f.fract() == 0.0 && f.is_finite() => Some(IntOrString::Int(
                f.clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32,
            )),
            Value::String(s) => Some(IntOrString::Str(s.clone())),
            _ => None,
        }
    }

    /// As JSON.
    pub fn to_value(&self) -> Value {
        match self {
            IntOrString::Int(i) => Value::Int(i64::from(*i)),
            IntOrString::Str(s) => Value::String(s.clone()),
        }
    }

    /// Go's `%#v` rendering, as validation messages print it:
    /// `intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}`.
    pub fn go_syntax(&self) -> String {
        match self {
            IntOrString::Int(i) => format!("intstr.IntOrString{{Type:0, IntVal:{i}, StrVal:\"\"}}"),
            IntOrString::Str(s) => {
                let mut q = String::new();
                crate::value::write_json_string(s, &mut q);
                format!("intstr.IntOrString{{Type:1, IntVal:0, StrVal:{q}}}")
            }
        }
    }

    /// `GetScaledValueFromIntOrPercent`: an int as is; `"N%"` as N% of `total`, rounded up
    /// or down; any other string is an error.
    pub fn scaled_value(&self, total: i32, round_up: bool) -> Result<i32, IntOrStringError> {
        match self {
            IntOrString::Int(i) => Ok(*i),
            IntOrString::Str(s) => {
                let Some(num) = s.strip_suffix('%') else {
                    return Err(IntOrStringError(
                        "invalid value for IntOrString: invalid type: string is not a percentage"
                            .into(),
                    ));
                };
                let p: i64 = num.parse().map_err(|_| {
                    IntOrStringError(format!(
                        "invalid value for IntOrString: invalid value \"{s}\": strconv.Atoi: parsing \"{num}\": invalid syntax"
                    ))
                })?;
                let v = p as f64 * f64::from(total) / 100.0;
                let r = if round_up { v.ceil() } else { v.floor() };
                Ok(r.clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32)
            }
        }
    }

    /// The value as kubectl describe prints it (`25%`, `1`).
    pub fn display(&self) -> String {
        match self {
            IntOrString::Int(i) => i.to_string(),
            IntOrString::Str(s) => s.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_values() {
        struct Case {
            name: &'static str,
            v: IntOrString,
            total: i32,
            up: bool,
            want: Result<i32, ()>,
        }
        let s = |x: &str| IntOrString::Str(x.into());
        let cases = [
            Case {
                name: "int passes through",
                v: IntOrString::Int(5),
                total: 3,
                up: true,
                want: Ok(5),
            },
            Case {
                name: "25% of 3 up",
                v: s("25%"),
                total: 3,
                up: true,
                want: Ok(1),
            },
            Case {
                name: "25% of 3 down",
                v: s("25%"),
                total: 3,
                up: false,
                want: Ok(0),
            },
            Case {
                name: "25% of 10 up",
                v: s("25%"),
                total: 10,
                up: true,
                want: Ok(3),
            },
            Case {
                name: "25% of 10 down",
                v: s("25%"),
                total: 10,
                up: false,
                want: Ok(2),
            },
            Case {
                name: "150% of 4",
                v: s("150%"),
                total: 4,
                up: true,
                want: Ok(6),
            },
            Case {
                name: "not a percent",
                v: s("25"),
                total: 4,
                up: true,
                want: Err(()),
            },
            Case {
                name: "bad percent",
                v: s("x%"),
                total: 4,
                up: true,
                want: Err(()),
            },
        ];
        for c in &cases {
            assert_eq!(
                c.v.scaled_value(c.total, c.up).map_err(|_| ()),
                c.want,
                "{}",
                c.name
            );
        }
    }

    #[test]
    fn go_syntax() {
        assert_eq!(
            IntOrString::Int(0).go_syntax(),
            "intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}"
        );
        assert_eq!(
            IntOrString::Str("150%".into()).go_syntax(),
            "intstr.IntOrString{Type:1, IntVal:0, StrVal:\"150%\"}"
        );
    }
}
