//! Browser tests of the JS binding (headless Chromium via wasm-bindgen-test-runner): the
//! tutorial transcripts through the same runner as natively, the shapes the page relies
//! on, the error path of `apply`, and determinism.

use js_sys::{Array, Reflect};
use kubeplay::Playground;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

include!(concat!(env!("OUT_DIR"), "/transcripts.rs"));

const DEPLOYMENT: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deploy
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
";

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

fn options(seed: f64) -> JsValue {
    let o = js_sys::Object::new();
    Reflect::set(&o, &"seed".into(), &JsValue::from_f64(seed)).unwrap();
    o.into()
}

fn json(v: &JsValue) -> String {
    js_sys::JSON::stringify(v).unwrap().as_string().unwrap()
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(kubeplay::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn every_transcript_passes_in_the_browser() {
    assert!(!TRANSCRIPTS.is_empty());
    for (name, text) in TRANSCRIPTS {
        if let Err(e) = kubeplay_core::transcript::run(text) {
            panic!("{name}: {e}");
        }
    }
}

#[wasm_bindgen_test]
fn snapshot_shapes() {
    let mut p = Playground::new(JsValue::UNDEFINED).unwrap();
    let out = p.apply(DEPLOYMENT).unwrap();
    let applied = Array::from(&get(&out, "applied"));
    assert_eq!(applied.length(), 1);
    assert_eq!(
        get(&applied.get(0), "action").as_string().as_deref(),
        Some("created")
    );
    assert_eq!(
        get(&applied.get(0), "kind").as_string().as_deref(),
        Some("Deployment")
    );
    let events = Array::from(&p.step(30_000.0).unwrap());
    assert!(events.length() > 0);
    let e = events.get(0);
    for k in ["type", "reason", "object", "message", "time"] {
        assert!(!get(&e, k).is_undefined(), "event.{k}");
    }
    assert_eq!(p.now(), 30_000.0);
    let snap = p.snapshot().unwrap();
    assert_eq!(Array::from(&get(&snap, "nodes")).length(), 3);
    let pods = Array::from(&get(&snap, "pods"));
    assert_eq!(pods.length(), 3);
    let pod = pods.get(0);
    for k in [
        "name",
        "phase",
        "status",
        "ready",
        "node",
        "owner",
        "revision",
        "image",
        "labels",
        "createdAt",
        "deletedAt",
    ] {
        assert!(!get(&pod, k).is_undefined(), "pod.{k}");
    }
    assert_eq!(get(&pod, "status").as_string().as_deref(), Some("Running"));
    assert!(get(&pod, "deletedAt").is_null());
    let d = Array::from(&get(&snap, "deployments")).get(0);
    assert_eq!(get(&d, "readyReplicas").as_f64(), Some(3.0));
    assert_eq!(Array::from(&get(&snap, "replicaSets")).length(), 1);
}

#[wasm_bindgen_test]
fn invalid_apply_throws_with_diagnostics_and_changes_nothing() {
    let mut p = Playground::new(JsValue::UNDEFINED).unwrap();
    p.apply(DEPLOYMENT).unwrap();
    let before = json(&p.snapshot().unwrap());
    let bad = DEPLOYMENT.replace("  replicas: 3", "  replica: 3");
    let err = p.apply(&bad).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    let diags = Array::from(&get(&err, "diagnostics"));
    assert_eq!(diags.length(), 1);
    let d = diags.get(0);
    assert_eq!(get(&d, "line").as_f64(), Some(6.0));
    assert_eq!(get(&d, "column").as_f64(), Some(3.0));
    assert_eq!(
        get(&d, "message").as_string().as_deref(),
        Some("unknown field \"spec.replica\"")
    );
    assert_eq!(get(&d, "severity").as_string().as_deref(), Some("error"));
    assert_eq!(get(&err, "line").as_f64(), Some(6.0));
    assert_eq!(get(&err, "column").as_f64(), Some(3.0));
    // Syntax errors too.
    let err = p
        .apply("apiVersion: v1\nkind: Pod\nmetadata: [\n")
        .unwrap_err();
    assert!(get(&err, "line").as_f64().is_some());
    assert_eq!(json(&p.snapshot().unwrap()), before);
    // validate() reports the same without throwing.
    let v = Array::from(&p.validate(&bad).unwrap());
    assert_eq!(v.length(), 1);
}

#[wasm_bindgen_test]
fn same_seed_same_output() {
    let run = |seed: f64| {
        let mut p = Playground::new(options(seed)).unwrap();
        p.apply(DEPLOYMENT).unwrap();
        p.step(20_000.0).unwrap();
        p.kubectl("set image deployment/nginx-deploy nginx=nginx:1.16.1")
            .unwrap();
        p.step(60_000.0).unwrap();
        let out = p.kubectl("get deploy,rs,pods -o yaml").unwrap();
        let snap = json(&p.snapshot().unwrap());
        (get(&out, "stdout").as_string().unwrap(), snap)
    };
    let a = run(5.0);
    assert_eq!(a, run(5.0));
    assert_ne!(a.1, run(6.0).1);
}

#[wasm_bindgen_test]
fn kubectl_never_throws() {
    let mut p = Playground::new(JsValue::UNDEFINED).unwrap();
    let out = p.kubectl("frobnicate --now").unwrap();
    assert_eq!(get(&out, "exitCode").as_f64(), Some(1.0));
    assert!(
        get(&out, "stderr")
            .as_string()
            .unwrap()
            .starts_with("error: ")
    );
    let out = p
        .rollout("status", "deployment/missing", JsValue::UNDEFINED)
        .unwrap();
    assert_eq!(get(&out, "exitCode").as_f64(), Some(1.0));
}

#[wasm_bindgen_test]
fn save_and_load_round_trip() {
    let mut p = Playground::new(options(3.0)).unwrap();
    p.apply(DEPLOYMENT).unwrap();
    p.step(12_345.0).unwrap();
    let saved = p.save();
    let mut q = Playground::load(&saved).unwrap();
    assert_eq!(json(&q.snapshot().unwrap()), json(&p.snapshot().unwrap()));
    p.step(30_000.0).unwrap();
    q.step(30_000.0).unwrap();
    assert_eq!(json(&q.snapshot().unwrap()), json(&p.snapshot().unwrap()));
    assert!(Playground::load("{\"format\":\"nope\"}").is_err());
}
