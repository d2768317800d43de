// End-to-end smoke test of the placeholder page in headless Chromium.
// Needs the built module in www/pkg (scripts/build-wasm.sh; scripts/test.sh does it).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "./server.mjs";
import { launchChromium, openPage } from "./browser.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const www = path.resolve(here, "../../www");
const screenshots = path.join(here, "screenshots");

let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(path.join(www, "pkg/kubeplay_bg.wasm")),
    "www/pkg/kubeplay_bg.wasm is missing: run scripts/build-wasm.sh first",
  );
  server = await serveStatic(www);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("placeholder page loads the wasm module and reports ready", async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    const wasmResponse = page.waitForResponse((res) => res.url().endsWith(".wasm"));
    await page.goto(server.url);

    const wasm = await wasmResponse;
    assert.equal(wasm.headers()["content-type"], "application/wasm");

    const status = page.locator('#status[data-ready="true"]');
    await status.waitFor({ timeout: 15_000 }).catch(async (err) => {
      const text = await page.locator("#status").textContent();
      throw new Error(`page never became ready; #status says: ${text}\n${problems.join("\n")}`, {
        cause: err,
      });
    });
    const text = await status.textContent();
    assert.match(text, /^kubeplay \d+\.\d+\.\d+\S* ready$/);
    assert.equal(await page.title(), "kubeplay — Kubernetes Deployment playground");

    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, "placeholder.png"), fullPage: true });

    assert.deepEqual(problems, [], "the page reported errors");
  } finally {
    await context.close();
  }
});

test("placeholder page shows an error when the wasm module cannot load", async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "gone" }));
    await page.goto(server.url);
    const status = page.locator('#status[data-ready="error"]');
    await status.waitFor({ timeout: 15_000 });
    assert.match(await status.textContent(), /^kubeplay failed to load: /);
    // The failure is reported, not swallowed (and nothing is left uncaught).
    assert.ok(problems.some((p) => p.startsWith("HTTP 404")), problems.join("\n"));
    assert.ok(!problems.some((p) => p.startsWith("pageerror")), problems.join("\n"));
  } finally {
    await context.close();
  }
});
