//! kubeplay-web: the thin wasm-bindgen binding of `kubeplay-core`.
//!
//! The wasm module is named `kubeplay`; its JS API is the contract in
//! `shared/DESIGN.md` ("JS API contract"). This crate converts types and errors
//! only: it contains no simulation logic.

use wasm_bindgen::prelude::*;

/// Module start hook: routes Rust panics to the browser console
/// (`console.error`) with their message and location.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The kubeplay version (the crate version, e.g. `"0.1.0"`).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
