//! Browser tests of the JS binding (headless Chromium via wasm-bindgen-test-runner).

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(kubeplay::version(), env!("CARGO_PKG_VERSION"));
}
