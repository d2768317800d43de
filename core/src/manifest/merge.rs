//! `kubectl apply`'s three-way merge: fields in the new manifest win, fields that were in
//! the last-applied configuration but are gone from the manifest are removed, and fields
//! set by others (`kubectl scale`, defaults, controllers) are kept. Lists of containers,
//! ports, env, volumes and mounts merge by their key, as strategic merge patch does.

use crate::value::{Map, Value};

/// The merge key of a list field, as strategic merge patch knows it.
fn merge_key(field: &str) -> Option<&'static str> {
    match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "env"
        | "volumes"
        | "imagePullSecrets"
        | "hostAliases"
        | "resourceClaims" => Some(match field {
            "hostAliases" => "ip",
            _ => "name",
        }),
        "ports" => Some("containerPort"),
        "volumeMounts" => Some("mountPath"),
        "volumeDevices" => Some("devicePath"),
        _ => None,
    }
}

/// Merges `new` (the manifest) into `live`, removing what `last` had and `new` dropped.
pub fn three_way(last: Option<&Value>, new: &Value, live: &Value) -> Value {
    merge_value(last, new, live, "")
}

fn merge_value(last: Option<&Value>, new: &Value, live: &Value, field: &str) -> Value {
    match (new, live) {
        (Value::Object(n), Value::Object(l)) => {
            Value::Object(merge_maps(last.and_then(Value::as_object), n, l))
        }
        (Value::Array(n), Value::Array(l)) => match merge_key(field) {
            Some(key) => Value::Array(merge_keyed(last.and_then(Value::as_array), n, l, key)),
            None => new.clone(),
        },
        _ => new.clone(),
    }
}

fn merge_maps(last: Option<&Map>, new: &Map, live: &Map) -> Map {
    let mut out = live.clone();
    for (k, nv) in new {
        if nv.is_null() {
            out.remove(k);
            continue;
        }
        let merged = match live.get(k) {
            Some(lv) => merge_value(last.and_then(|m| m.get(k)), nv, lv, k),
            None => nv.clone(),
        };
        out.insert(k.clone(), merged);
    }
    if let Some(last) = last {
        for k in last.keys() {
            if !new.contains_key(k) {
                out.remove(k);
            }
        }
    }
    out
}

fn item_key<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.get(key)
}

fn merge_keyed(last: Option<&Vec<Value>>, new: &[Value], live: &[Value], key: &str) -> Vec<Value> {
    let find =
        |list: &[Value], k: &Value| list.iter().find(|i| item_key(i, key) == Some(k)).cloned();
    let mut out = Vec::new();
    for n in new {
        let Some(k) = item_key(n, key) else {
            out.push(n.clone());
            continue;
        };
        let l = find(live, k);
        let la = last.and_then(|last| find(last, k));
        out.push(match l {
            Some(l) => merge_value(la.as_ref(), n, &l, ""),
            None => n.clone(),
        });
    }
    // Items added by others (not in the manifest, never applied) are kept at the end.
    for l in live {
        let Some(k) = item_key(l, key) else { continue };
        let in_new = new.iter().any(|n| item_key(n, key) == Some(k));
        let in_last = last.is_some_and(|last| last.iter().any(|i| item_key(i, key) == Some(k)));
        if !in_new && !in_last {
            out.push(l.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::obj;

    #[test]
    fn merge_cases() {
        struct Case {
            name: &'static str,
            last: Option<Value>,
            new: Value,
            live: Value,
            want: Value,
        }
        let cases = [
            Case {
                name: "manifest wins over live",
                last: Some(obj([("replicas", Value::Int(3))])),
                new: obj([("replicas", Value::Int(3))]),
                live: obj([("replicas", Value::Int(5))]),
                want: obj([("replicas", Value::Int(3))]),
            },
            Case {
                name: "field set by others is kept when the manifest never had it",
                last: Some(obj([("image", "a".into())])),
                new: obj([("image", "b".into())]),
                live: obj([("image", "a".into()), ("replicas", Value::Int(5))]),
                want: obj([("image", "b".into()), ("replicas", Value::Int(5))]),
            },
            Case {
                name: "field dropped from the manifest is removed",
                last: Some(obj([("a", Value::Int(1)), ("b", Value::Int(2))])),
                new: obj([("a", Value::Int(1))]),
                live: obj([("a", Value::Int(1)), ("b", Value::Int(2))]),
                want: obj([("a", Value::Int(1))]),
            },
            Case {
                name: "containers merge by name, keeping fields set by others",
                last: Some(obj([(
                    "containers",
                    Value::Array(vec![obj([("name", "c".into()), ("image", "a".into())])]),
                )])),
                new: obj([(
                    "containers",
                    Value::Array(vec![obj([("name", "c".into()), ("image", "b".into())])]),
                )]),
                live: obj([(
                    "containers",
                    Value::Array(vec![obj([
                        ("name", "c".into()),
                        ("image", "a".into()),
                        ("imagePullPolicy", "IfNotPresent".into()),
                    ])]),
                )]),
                want: obj([(
                    "containers",
                    Value::Array(vec![obj([
                        ("name", "c".into()),
                        ("image", "b".into()),
                        ("imagePullPolicy", "IfNotPresent".into()),
                    ])]),
                )]),
            },
        ];
        for c in &cases {
            assert_eq!(
                three_way(c.last.as_ref(), &c.new, &c.live),
                c.want,
                "{}",
                c.name
            );
        }
    }
}
