// kubeplay placeholder page: loads the wasm module and reports its version.
import init, { version } from "./pkg/kubeplay.js";

const status = document.getElementById("status");

try {
  await init();
  status.textContent = `kubeplay ${version()} ready`;
  status.dataset.ready = "true";
} catch (err) {
  status.classList.add("error");
  status.textContent = `kubeplay failed to load: ${err && err.message ? err.message : err}`;
  status.dataset.ready = "error";
  console.error(err);
}
