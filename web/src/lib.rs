//! kubeplay-web: the thin wasm-bindgen binding of `kubeplay-core`.
//!
//! The wasm module is named `kubeplay`; its JS API is the contract in
//! `shared/DESIGN.md` ("JS API contract"). Every export converts its arguments, calls the
//! core facade, and serializes the result with one serializer; errors go through one path
//! ([`into_error`]). No simulation logic lives here.

use kubeplay_core::view::{
    ApplyResultView, ClusterEventView, DiagnosticView, FlagValue, KubectlResultView,
    rollout_command_line,
};
use kubeplay_core::{Cluster, ClusterConfig, Profile, kubectl};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options of `new Playground(options)`. */
export interface PlaygroundOptions {
  /** RNG seed (default 1): same seed + same inputs → identical output. */
  seed?: number;
  /** Worker nodes (default 3, 1–100). */
  nodes?: number;
  /** "current" (Kubernetes v1.33, default) or "1.28". */
  kubernetesVersion?: "current" | "1.28";
}
/** A problem in YAML input; line and column are 1-based. */
export interface Diagnostic { line: number; column: number; message: string; severity: "error" | "warning"; }
/** One object `apply` touched. */
export interface AppliedObject { kind: string; name: string; namespace: string; action: "created" | "configured" | "unchanged"; }
/** What `apply` returns. */
export interface ApplyResult { applied: AppliedObject[]; warnings: Diagnostic[]; }
/** A Kubernetes event emitted while time advanced. */
export interface ClusterEvent { type: "Normal" | "Warning"; reason: string; object: string; message: string; time: number; }
/** What `kubectl` and `rollout` return. */
export interface KubectlResult { stdout: string; stderr: string; exitCode: number; }
/** A node in a snapshot. */
export interface NodeView { name: string; ready: boolean; unschedulable: boolean; pods: number; address: string; }
/** A status condition. */
export interface ConditionView { type: string; status: string; reason: string; message: string; }
/** A Deployment in a snapshot. */
export interface DeploymentView {
  name: string; namespace: string; replicas: number; readyReplicas: number; updatedReplicas: number;
  availableReplicas: number; totalReplicas: number; strategy: string; maxTotal: number; minAvailable: number;
  revision: number | null; paused: boolean; conditions: ConditionView[]; createdAt: number;
}
/** A ReplicaSet in a snapshot. */
export interface ReplicaSetView {
  name: string; namespace: string; owner: string | null; revision: number | null; hash: string | null;
  images: string[]; desired: number; current: number; ready: number; available: number; createdAt: number;
}
/** A pod in a snapshot. */
export interface PodView {
  name: string; namespace: string; phase: string; status: string; ready: boolean; available: boolean;
  readyText: string; restarts: number; node: string | null; owner: string | null; revision: number | null;
  image: string; labels: Record<string, string>; ip: string | null; createdAt: number; deletedAt: number | null;
}
/** An event in a snapshot. */
export interface EventView { type: string; reason: string; object: string; message: string; time: number; firstTime: number; count: number; }
/** Everything the page renders at one instant. */
export interface ClusterSnapshot {
  now: number; nodes: NodeView[]; deployments: DeploymentView[]; replicaSets: ReplicaSetView[];
  pods: PodView[]; events: EventView[];
}
/** The Error `apply` throws for invalid input. */
export interface ApplyError extends Error { diagnostics: Diagnostic[]; line: number; column: number; }
"#;

/// Module start hook: routes Rust panics to the browser console (diagnosis only: no input
/// may reach a panic).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The kubeplay version (the crate version, e.g. `"0.1.0"`).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The one serializer: plain objects for maps, `null` for missing values.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let s = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    value
        .serialize(&s)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The one error path: a JS `Error` with a message, plus optional extra properties.
fn into_error(message: &str, extra: &[(&str, JsValue)]) -> JsValue {
    let err = js_sys::Error::new(message);
    for (k, v) in extra {
        let _ = js_sys::Reflect::set(&err, &JsValue::from_str(k), v);
    }
    err.into()
}

fn options(opts: &JsValue) -> Result<ClusterConfig, JsValue> {
    let mut config = ClusterConfig::default();
    if opts.is_undefined() || opts.is_null() {
        return Ok(config);
    }
    let get =
        |k: &str| js_sys::Reflect::get(opts, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    let seed = get("seed");
    if let Some(s) = seed.as_f64() {
        if !s.is_finite() || s < 0.0 {
            return Err(into_error(
                "options.seed must be a non-negative number",
                &[],
            ));
        }
        config.seed = s as u64;
    }
    let nodes = get("nodes");
    if let Some(n) = nodes.as_f64() {
        if !(1.0..=100.0).contains(&n) {
            return Err(into_error("options.nodes must be between 1 and 100", &[]));
        }
        config.nodes = n as u32;
    }
    let version = get("kubernetesVersion");
    if let Some(v) = version.as_string() {
        config.profile = Profile::parse(&v).ok_or_else(|| {
            into_error(
                &format!("unknown kubernetesVersion \"{v}\": use \"current\" or \"1.28\""),
                &[],
            )
        })?;
    }
    Ok(config)
}

/// A simulated Kubernetes cluster with kubectl, deterministic for a given seed.
#[wasm_bindgen]
pub struct Playground {
    cluster: Cluster,
}

#[wasm_bindgen]
impl Playground {
    /// `new Playground({seed, nodes, kubernetesVersion})`.
    #[wasm_bindgen(constructor)]
    pub fn new(options_obj: JsValue) -> Result<Playground, JsValue> {
        Ok(Playground {
            cluster: Cluster::new(options(&options_obj)?),
        })
    }

    /// Applies one or more YAML documents like `kubectl apply -f`, all or nothing. Invalid
    /// input throws an `Error` with `diagnostics` (and the first one's `line`/`column`).
    #[wasm_bindgen(unchecked_return_type = "ApplyResult")]
    pub fn apply(&mut self, yaml: &str) -> Result<JsValue, JsValue> {
        match self.cluster.apply(yaml) {
            Ok(out) => to_js(&ApplyResultView::from(&out)).map_err(Into::into),
            Err(e) => {
                let diags: Vec<DiagnosticView> =
                    e.diagnostics().iter().map(DiagnosticView::from).collect();
                let message = diags
                    .iter()
                    .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
                    .collect::<Vec<_>>()
                    .join("\n");
                let first = diags.first().map(|d| (d.line, d.column)).unwrap_or((1, 1));
                let list = to_js(&diags).map_err(JsValue::from)?;
                Err(into_error(
                    &message,
                    &[
                        ("diagnostics", list),
                        ("line", JsValue::from(first.0)),
                        ("column", JsValue::from(first.1)),
                    ],
                ))
            }
        }
    }

    /// What `apply` would report, without changing anything (for live linting).
    #[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
    pub fn validate(&self, yaml: &str) -> Result<JsValue, JsValue> {
        let diags: Vec<DiagnosticView> = self
            .cluster
            .validate(yaml)
            .iter()
            .map(DiagnosticView::from)
            .collect();
        to_js(&diags).map_err(Into::into)
    }

    /// Advances virtual time by `ms`; returns the events emitted since the previous `step`
    /// (including those of kubectl commands that advanced time, such as `rollout status`).
    #[wasm_bindgen(unchecked_return_type = "ClusterEvent[]")]
    pub fn step(&mut self, ms: f64) -> Result<JsValue, JsValue> {
        if !ms.is_finite() || ms < 0.0 {
            return Err(into_error(
                "step(ms) needs a finite, non-negative number of milliseconds",
                &[],
            ));
        }
        self.cluster
            .step(ms as u64)
            .map_err(|e| into_error(&e.to_string(), &[]))?;
        // Everything emitted since the last step, also while kubectl advanced time.
        let events = self.cluster.take_events();
        let views: Vec<ClusterEventView> = events.iter().map(ClusterEventView::from).collect();
        to_js(&views).map_err(Into::into)
    }

    /// Runs one kubectl command line (with or without the leading `kubectl`); never throws
    /// for bad commands: errors go to `stderr` with a non-zero `exitCode`.
    #[wasm_bindgen(unchecked_return_type = "KubectlResult")]
    pub fn kubectl(&mut self, command: &str) -> Result<JsValue, JsValue> {
        to_js(&KubectlResultView::from(kubectl::run(
            &mut self.cluster,
            command,
        )))
        .map_err(Into::into)
    }

    /// `kubectl rollout <action> <target>` with flags from an object (`{toRevision: 2}` →
    /// `--to-revision=2`).
    #[wasm_bindgen(unchecked_return_type = "KubectlResult")]
    pub fn rollout(
        &mut self,
        action: &str,
        target: &str,
        flags: JsValue,
    ) -> Result<JsValue, JsValue> {
        let mut list = Vec::new();
        if flags.is_object() {
            for entry in js_sys::Object::entries(&js_sys::Object::from(flags)).iter() {
                let pair = js_sys::Array::from(&entry);
                let name = pair.get(0).as_string().unwrap_or_default();
                let v = pair.get(1);
                let value = if let Some(b) = v.as_bool() {
                    FlagValue::Bool(b)
                } else if let Some(n) = v.as_f64() {
                    FlagValue::Number(n)
                } else if let Some(s) = v.as_string() {
                    FlagValue::Text(s)
                } else {
                    continue;
                };
                list.push((name, value));
            }
        }
        let line = rollout_command_line(action, target, &list);
        self.kubectl(&line)
    }

    /// Simulates a node failure (the node's kubelet stops reporting); throws for an unknown
    /// node. Same as the console command `kubeplay node fail NAME`.
    #[wasm_bindgen(js_name = failNode)]
    pub fn fail_node(&mut self, name: &str) -> Result<(), JsValue> {
        self.cluster
            .fail_node(name)
            .map_err(|e| into_error(&e.to_string(), &[]))
    }

    /// Brings a failed node back (`kubeplay node recover NAME`).
    #[wasm_bindgen(js_name = recoverNode)]
    pub fn recover_node(&mut self, name: &str) -> Result<(), JsValue> {
        self.cluster
            .recover_node(name)
            .map_err(|e| into_error(&e.to_string(), &[]))
    }

    /// Makes a file visible to `kubectl apply -f NAME`.
    #[wasm_bindgen(js_name = writeFile)]
    pub fn write_file(&mut self, name: &str, contents: &str) {
        self.cluster.write_file(name, contents);
    }

    /// Virtual milliseconds since the start.
    #[wasm_bindgen(getter)]
    pub fn now(&self) -> f64 {
        self.cluster.now().millis() as f64
    }

    /// The whole cluster as a string (for permalinks and time travel); `Playground.load`
    /// restores it exactly.
    pub fn save(&self) -> String {
        self.cluster.save()
    }

    /// A playground from `save()`'s output; a corrupted snapshot throws an `Error`.
    pub fn load(snapshot: &str) -> Result<Playground, JsValue> {
        Cluster::load(snapshot)
            .map(|cluster| Playground { cluster })
            .map_err(|e| into_error(&e.to_string(), &[]))
    }

    /// Plain objects for rendering: nodes, deployments, replicaSets, pods, recent events.
    #[wasm_bindgen(unchecked_return_type = "ClusterSnapshot")]
    pub fn snapshot(&self) -> Result<JsValue, JsValue> {
        to_js(&self.cluster.snapshot()).map_err(Into::into)
    }
}
