// End-to-end tests of the page in headless Chromium (playwright-core + Debian's chromium).
// Needs www/pkg (scripts/build-wasm.sh) and www/dist (scripts/build-page.sh);
// scripts/test.sh builds both first. Screenshots go to tests/e2e/screenshots/.
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
const VIEWPORT = { width: 1440, height: 900 };
const XSS = "<img src=x onerror=alert(1)>";

let server;
let browser;

before(async () => {
  for (const f of ["pkg/kubeplay_bg.wasm", "dist/main.js"]) {
    assert.ok(existsSync(path.join(www, f)), `www/${f} is missing: run scripts/build-wasm.sh and scripts/build-page.sh`);
  }
  mkdirSync(screenshots, { recursive: true });
  server = await serveStatic(www);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page in a fresh context (own localStorage) and waits until it is interactive. */
async function open(url = server.url, { reducedMotion = "no-preference" } = {}) {
  const { context, page, problems } = await openPage(browser);
  await page.setViewportSize(VIEWPORT);
  await page.emulateMedia({ reducedMotion, colorScheme: "light" });
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  const start = Date.now();
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 }).catch(async (err) => {
    const status = await page.locator("#status").textContent();
    throw new Error(`page never became ready (#status: ${status})\n${problems.join("\n")}`, { cause: err });
  });
  const wallMs = Date.now() - start;
  return { context, page, problems, dialogs, wallMs };
}

async function pickPreset(page, id) {
  await page.click("#preset-btn");
  await page.click(`#preset-menu [data-preset="${id}"]`);
  await page.waitForFunction((id) => window.kubeplay.state().p === id, id);
}

/** Replaces the editor's text as a paste would (no auto-indent). */
async function setEditor(page, text) {
  await page.click("#editor .cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(text);
}

async function editorText(page) {
  return page.evaluate(() => window.kubeplay.state().e);
}

async function runCommand(page, cmd) {
  const before = await page.locator("#console-out .entry").count();
  await page.fill("#console-in", cmd);
  await page.press("#console-in", "Enter");
  const entry = page.locator("#console-out .entry").nth(before);
  await entry.waitFor();
  // output blocks are printed right after the call (rollout status streams them)
  await page.waitForTimeout(50);
  return {
    stdout: (await entry.locator("pre.stdout").allTextContents()).join(""),
    stderr: (await entry.locator("pre.stderr").allTextContents()).join(""),
  };
}

async function setPlaying(page, on) {
  const pressed = (await page.getAttribute("#play", "aria-pressed")) === "true";
  if (pressed !== on) await page.click("#play");
}

/** The grid's view of one ReplicaSet (found by revision), read from the DOM. */
async function rsInGrid(page, revision) {
  return page.evaluate((rev) => {
    for (const rs of document.querySelectorAll(".view-grid .rs")) {
      const meta = rs.querySelector(".rs-meta")?.textContent ?? "";
      if (!meta.startsWith(`rev ${rev} `)) continue;
      const tiles = [...rs.querySelectorAll(".pod[data-pod]:not(.leaving)")];
      return {
        name: rs.dataset.name,
        meta,
        counts: rs.querySelector(".rs-counts").textContent,
        states: tiles.map((t) => t.dataset.state),
      };
    }
    return null;
  }, revision);
}

test("rolling update end to end: preset, apply, set image, play, grid + timeline, permalink", async (t) => {
  const { context, page, problems, dialogs, wallMs } = await open();
  try {
    const boot = await page.evaluate(() => ({ readyMs: window.kubeplay.readyMs, bootMs: window.kubeplay.bootMs }));
    console.log(`# timing: load→interactive ${Math.round(boot.readyMs)} ms (navigation start → ready), ${wallMs} ms wall`);
    // Target: under 1 s on an idle machine; only a gross regression fails the test (shared CI boxes are noisy).
    assert.ok(boot.readyMs < 5000, `first load took ${boot.readyMs} ms`);

    await pickPreset(page, "rolling-update");
    assert.match(await editorText(page), /image: nginx:1\.7\.9/);
    assert.equal(await page.locator("#suggestions .chip").first().textContent(), "kubectl set image deployment/nginx-deploy nginx=nginx:1.9.1");

    // Apply (the button), timed in the page (apply + first render) and from the outside.
    const clickAt = Date.now();
    await page.click("#apply");
    await page.locator("#apply-result .ok-line", { hasText: "deployment.apps/nginx-deploy created" }).waitFor();
    const applyWall = Date.now() - clickAt;
    const applyMs = await page.evaluate(() => window.kubeplay.lastApplyRenderedMs);
    console.log(`# timing: apply ${applyMs.toFixed(1)} ms in the page (apply + render), ${applyWall} ms wall (click → result shown)`);
    assert.ok(applyMs < 1000, `apply took ${applyMs} ms`);
    assert.match(await page.locator("#console-out").textContent(), /\$ kubectl apply -f nginx-deploy\.yaml\s*deployment\.apps\/nginx-deploy created/);

    // Let the first version come up (play at 30×).
    await page.click('#speeds [data-speed="30"]');
    await setPlaying(page, true);
    await page.waitForFunction(() => document.querySelectorAll('.view-grid .pod[data-state="available"]').length === 3, null, { timeout: 20_000 });
    await setPlaying(page, false);

    // The update, typed in the console.
    const setImage = "kubectl set image deployment/nginx-deploy nginx=nginx:1.9.1";
    await page.click("#console-in");
    await page.keyboard.type(setImage);
    await page.keyboard.press("Enter");
    const entry = page.locator("#console-out .entry").last();
    await entry.locator("pre").first().waitFor();
    assert.equal(await entry.locator(".cmd").textContent(), setImage);
    assert.equal(await entry.locator("pre.stdout").textContent(), "deployment.apps/nginx-deploy image updated\n");
    assert.equal(await entry.locator("pre.stderr").count(), 0);

    // Mid-rollout: step until both ReplicaSets have pods and a new one is available.
    let mid = null;
    for (let i = 0; i < 60; i++) {
      const [oldRs, newRs] = [await rsInGrid(page, 1), await rsInGrid(page, 2)];
      if (oldRs && newRs && oldRs.states.length > 0 && newRs.states.includes("available") && newRs.states.length < 3) {
        mid = { oldRs, newRs };
        break;
      }
      await page.click("#step");
    }
    assert.ok(mid, "never saw the rollout half-way");
    const budgetText = await page.locator(".budget-text").first().textContent();
    assert.match(budgetText, /total \d ≤ 4 \(3\+1\)/);
    assert.match(budgetText, /available \d ≥ 3 \(3−0\)/);
    await page.waitForTimeout(500); // let tile animations finish
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(screenshots, "rollout-light.png") });
    await page.click("#theme");
    assert.equal(await page.getAttribute("html", "data-theme"), "dark");
    await page.waitForTimeout(100);
    await page.screenshot({ path: path.join(screenshots, "rollout-dark.png") });
    await page.click("#theme");
    assert.equal(await page.getAttribute("html", "data-theme"), "light");

    // Play to the end.
    await setPlaying(page, true);
    await page.waitForFunction(
      () => {
        const d = window.kubeplay.snapshot().deployments[0];
        return d.updatedReplicas === 3 && d.availableReplicas === 3 && d.totalReplicas === 3 && !window.kubeplay.snapshot().pods.some((p) => p.deletedAt != null);
      },
      null,
      { timeout: 30_000 },
    );
    await setPlaying(page, false);
    await page.waitForTimeout(600); // leaving tiles fade out
    const oldRs = await rsInGrid(page, 1);
    const newRs = await rsInGrid(page, 2);
    assert.ok(newRs, "the new ReplicaSet (rev 2) is in the grid");
    assert.match(newRs.meta, /nginx:1\.9\.1/);
    assert.equal(newRs.counts, "3 desired · 3 current · 3 ready");
    assert.deepEqual(newRs.states, ["available", "available", "available"]);
    assert.ok(oldRs, "the old ReplicaSet (rev 1) is still in the grid");
    assert.match(oldRs.meta, /nginx:1\.7\.9/);
    assert.equal(oldRs.counts, "0 desired · 0 current · 0 ready");
    assert.deepEqual(oldRs.states, []);
    assert.equal(await page.locator(".workload .badge").first().textContent(), "complete");

    // The timeline has both ReplicaSets, and the events list the scale-down to 0.
    const legendNames = await page.locator("#timeline-legend li[data-rs] .rs-label").allTextContents();
    assert.deepEqual(legendNames.sort(), [oldRs.name, newRs.name].sort());
    const events = await page.locator("#events tbody").textContent();
    assert.ok(events.includes(`Scaled down replica set ${oldRs.name} from 1 to 0`) || events.includes(`Scaled down replica set ${oldRs.name} to 0`), events);
    // Clicking an event highlights its objects.
    await page.locator("#events tbody tr", { hasText: `Scaled up replica set ${newRs.name}` }).first().click();
    assert.ok(await page.locator(`.view-grid .rs.hl[data-name="${newRs.name}"]`).count(), "the event's ReplicaSet is highlighted");

    // A tile: tooltip on hover, describe on click.
    const tile = page.locator(".view-grid .pod[data-pod]").first();
    const podName = await tile.getAttribute("data-pod");
    await tile.hover();
    await page.locator("#tooltip:not([hidden])").waitFor();
    assert.match(await page.locator("#tooltip").textContent(), new RegExp(`${podName}.*status.*node.*age.*image.*nginx:1\\.9\\.1.*restarts`));
    await tile.click();
    await page.locator("#console-out .entry .cmd", { hasText: `kubectl describe pod ${podName}` }).waitFor();

    // Nodes and table views show the same pods.
    await page.click('#views [data-view="nodes"]');
    assert.equal(await page.locator(".view-nodes .pod[data-pod]:not(.leaving)").count(), 3);
    await page.click('#views [data-view="table"]');
    assert.equal(await page.locator(".pod-table tbody tr").count(), 3);
    await page.click('#views [data-view="grid"]');

    // Permalink: a fresh page (own storage) replays to the same state.
    await page.click("#share");
    await page.waitForFunction(() => document.querySelector("#share-url").value.includes("#s="));
    const url = await page.inputValue("#share-url");
    console.log(`# permalink: ${url.length} characters`);
    const here = await page.evaluate(() => ({ snap: JSON.stringify(window.kubeplay.snapshot()), yaml: window.kubeplay.state().e, hist: window.kubeplay.state().h }));
    const other = await open(url);
    try {
      const warm = await other.page.evaluate(() => [window.kubeplay.readyMs, window.kubeplay.restoreMs]);
      console.log(`# timing: permalink load → interactive ${Math.round(warm[0])} ms (of which replaying the session ${Math.round(warm[1])} ms), ${other.wallMs} ms wall`);
      const there = await other.page.evaluate(() => ({
        snap: JSON.stringify(window.kubeplay.snapshot()),
        yaml: window.kubeplay.state().e,
        hist: window.kubeplay.state().h,
        source: window.kubeplay.source,
        playing: document.documentElement.dataset.playing,
      }));
      assert.equal(there.source, "permalink");
      assert.equal(there.playing, "false", "a permalink opens paused");
      assert.equal(there.yaml, here.yaml);
      assert.deepEqual(there.hist, here.hist);
      assert.equal(there.snap, here.snap, "the permalink replays to the same cluster state");
      assert.equal(await other.page.locator(".view-grid .pod[data-pod]").count(), 3);
      assert.match(await other.page.locator("#console-out").textContent(), /kubectl describe pod/);
      assert.deepEqual(other.problems, []);
    } finally {
      await other.context.close();
    }

    // Autosave: a reload in the same context comes back to the same state.
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    const reloaded = await page.evaluate(() => ({ source: window.kubeplay.source, deploy: window.kubeplay.snapshot().deployments[0] }));
    assert.equal(reloaded.source, "autosave");
    assert.equal(reloaded.deploy.revision, 2);

    assert.deepEqual(dialogs, []);
    assert.deepEqual(problems, [], "the page reported errors");
  } finally {
    await context.close();
  }
});

test("editor: live diagnostics at the reported line, Escape then Tab leaves the editor", async () => {
  const { context, page, problems } = await open();
  try {
    // An unknown field on line 6.
    await setEditor(page, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replica: 3\n");
    await page.keyboard.type(" "); // and a keystroke, as typing would
    const diag = page.locator('#diagnostics li[data-line="6"]');
    await diag.waitFor({ timeout: 5000 });
    assert.match(await diag.textContent(), /6:3.*unknown field "spec\.replica"/);
    const marked = await page.evaluate(() => {
      const r = document.querySelector(".cm-lintRange-error");
      const line = r?.closest(".cm-line");
      return { text: r?.textContent, line: line ? [...document.querySelectorAll(".cm-content .cm-line")].indexOf(line) + 1 : null };
    });
    assert.deepEqual(marked, { text: "replica", line: 6 });

    // A YAML syntax error on line 3.
    await setEditor(page, "apiVersion: apps/v1\nkind: Deployment\nmetadata: [\n");
    await page.keyboard.type("\n");
    await page.waitForFunction(() => document.querySelector("#diagnostics li")?.dataset.line != null && /YAML syntax error/.test(document.querySelector("#diagnostics").textContent));
    const syntax = await page.locator("#diagnostics li").first().getAttribute("data-line");
    assert.ok(Number(syntax) >= 3, `syntax error reported at line ${syntax}`);

    // Apply refuses invalid input and says why (the cluster is unchanged).
    await page.click("#apply");
    await page.locator("#apply-result.error").waitFor();
    assert.equal(await page.evaluate(() => window.kubeplay.snapshot().deployments.length), 0);

    // Keyboard: Escape then Tab moves focus out of the editor.
    await page.click("#editor .cm-content");
    await page.keyboard.press("Tab"); // indents (the editor keeps Tab)…
    assert.ok(await page.evaluate(() => document.activeElement.closest(".cm-editor") != null));
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab"); // …until Escape: then Tab leaves
    assert.ok(await page.evaluate(() => document.activeElement.closest(".cm-editor") == null), "focus left the editor");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("console: completion, history, stderr colour, clear", async () => {
  const { context, page, problems } = await open();
  try {
    await page.click("#apply");
    await page.click("#console-in");
    await page.keyboard.type("kubectl rollout sta");
    await page.keyboard.press("Tab");
    assert.equal(await page.inputValue("#console-in"), "kubectl rollout status ");
    await page.keyboard.type("deployment/ng");
    await page.keyboard.press("Tab");
    assert.equal(await page.inputValue("#console-in"), "kubectl rollout status deployment/nginx-deploy ");
    await page.fill("#console-in", "kubectl get d");
    await page.keyboard.press("End");
    await page.keyboard.press("Tab");
    assert.equal(await page.inputValue("#console-in"), "kubectl get deploy");
    assert.ok((await page.locator("#completions .chip").allTextContents()).includes("deployments"));

    // rollout status advances virtual time itself; its lines stream in; the timeline is
    // filled in over the stretch it covered.
    const status = await runCommand(page, "kubectl rollout status deployment/nginx-deploy");
    await page.waitForFunction(() => /successfully rolled out\n$/.test(document.querySelector("#console-out .entry:last-child pre.stdout")?.textContent ?? ""));
    assert.ok(status.stdout.startsWith('Waiting for deployment "nginx-deploy" rollout to finish'), status.stdout);
    assert.ok(await page.evaluate(() => Number(document.documentElement.dataset.now) > 3000));
    await page.waitForFunction(() => /successfully rolled out/.test(document.querySelector("#announcer").textContent));

    const bad = await runCommand(page, "kubectl frobnicate");
    assert.equal(bad.stderr, 'error: unknown command "frobnicate" for "kubectl"\n');
    const color = await page.locator("#console-out pre.stderr").last().evaluate((e) => getComputedStyle(e).color);
    const normal = await page.locator("#console-out .cmdline").last().evaluate((e) => getComputedStyle(e).color);
    assert.notEqual(color, normal, "stderr has its own colour");

    await page.click("#console-in");
    await page.keyboard.press("ArrowUp");
    assert.equal(await page.inputValue("#console-in"), "kubectl frobnicate");
    await page.fill("#console-in", "clear");
    await page.press("#console-in", "Enter");
    await page.waitForFunction(() => document.querySelectorAll("#console-out .entry").length === 0);

    // Reset: a fresh cluster, the autosave forgotten.
    await page.click("#cluster-btn");
    await page.click("#reset");
    await page.waitForFunction(() => window.kubeplay.snapshot().deployments.length === 0 && window.kubeplay.state().j.a.length === 0);
    await page.waitForFunction(() => document.querySelectorAll(".view-grid .pod[data-pod]").length === 0); // after the fade-out
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("user-provided strings render as text, never as HTML", async () => {
  const { context, page, problems, dialogs } = await open();
  try {
    const yaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: xss
  labels:
    evil: "${XSS}"
  annotations:
    kubernetes.io/change-cause: "${XSS}"
spec:
  replicas: 1
  selector:
    matchLabels: {app: xss}
  template:
    metadata:
      labels: {app: xss}
    spec:
      containers:
      - name: c
        image: nginx:1.7.9
`;
    await setEditor(page, yaml);
    // The invalid label value comes back in the diagnostics and the apply error: as text.
    await page.locator('#diagnostics li[data-line="5"]').waitFor();
    await page.click("#apply");
    await page.locator("#apply-result.error").waitFor();
    assert.ok((await page.locator("#diagnostics").textContent()).includes(XSS));
    assert.ok((await page.locator("#apply-result").textContent()).includes(XSS));
    assert.ok((await page.locator("#console-out").textContent()).includes(XSS));
    // Without the label it applies; the annotation reaches kubectl output.
    await setEditor(page, yaml.replace(/  labels:\n    evil: .*\n/, ""));
    await page.click("#apply");
    await page.locator("#apply-result .ok-line").waitFor();
    const history = await runCommand(page, "kubectl rollout history deployment/xss");
    assert.ok(history.stdout.includes(XSS), history.stdout + history.stderr);
    await runCommand(page, `kubectl get pods -l 'app=${XSS}'`);
    await runCommand(page, `kubectl ${XSS}`);
    assert.ok((await page.locator("#console-out").textContent()).includes(`kubectl ${XSS}`));
    // Hover a tile (labels in the tooltip) and open the timeline legend.
    await page.click('#speeds [data-speed="30"]');
    await setPlaying(page, true);
    await page.locator(".view-grid .pod[data-pod]").first().hover();
    await page.waitForTimeout(300);

    const imgs = await page.evaluate(() => document.querySelectorAll("img").length);
    assert.equal(imgs, 0, "no element was created from user input");
    assert.deepEqual(dialogs, [], "no script ran");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("1,000 pods: render cost per frame", async () => {
  const { context, page, problems } = await open(server.url, { reducedMotion: "reduce" });
  try {
    await setPlaying(page, false);
    // 12 nodes: room for 1,000 pods (110 per node).
    await page.click("#cluster-btn");
    await page.fill("#opt-nodes", "12");
    await page.click('#cluster-pop button[type="submit"]');
    await page.waitForFunction(() => window.kubeplay.snapshot().nodes.length === 12);
    await setEditor(
      page,
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: big
spec:
  replicas: 1000
  selector:
    matchLabels: {app: big}
  template:
    metadata:
      labels: {app: big}
    spec:
      containers:
      - name: c
        image: nginx:1.7.9
`,
    );
    await page.click("#apply");
    await page.locator("#apply-result .ok-line").waitFor({ timeout: 30_000 });
    const m = await page.evaluate(async () => {
      const kp = window.kubeplay;
      const s = kp.session();
      const applyMs = kp.lastApplyMs;
      let t = performance.now();
      s.step(6000); // pods come up: pulls and starts
      const stepMs = performance.now() - t;
      const snaps = [];
      for (let i = 0; i < 5; i++) {
        s.gen++; // force a fresh snapshot
        t = performance.now();
        s.snapshot();
        snaps.push(performance.now() - t);
      }
      const renders = [];
      const own = []; // the page's own work: grid + timeline (without the snapshot)
      for (let i = 0; i < 10; i++) {
        s.gen++;
        t = performance.now();
        kp.render();
        renders.push(performance.now() - t);
        own.push(kp.timings.pods + kp.timings.timeline);
      }
      // Frames while nothing changes (the page only redraws on change).
      const frames = await new Promise((resolve) => {
        const ts = [];
        const tick = (x) => {
          ts.push(x);
          if (ts.length < 31) requestAnimationFrame(tick);
          else resolve(ts);
        };
        requestAnimationFrame(tick);
      });
      const gaps = frames.slice(1).map((x, i) => x - frames[i]);
      const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
      return {
        pods: s.snapshot().pods.length,
        tiles: document.querySelectorAll(".view-grid .pod[data-pod]").length,
        available: document.querySelectorAll('.view-grid .pod[data-state="available"]').length,
        applyMs,
        stepMs,
        snapshotMs: median(snaps),
        renderMs: median(renders),
        ownMs: median(own),
        idleFrameMs: median(gaps),
      };
    });
    console.log(
      `# timing: 1,000 pods — apply ${m.applyMs.toFixed(0)} ms, step(6 s) ${m.stepMs.toFixed(0)} ms, snapshot() ${m.snapshotMs.toFixed(1)} ms, ` +
        `full render ${m.renderMs.toFixed(1)} ms (grid + timeline ${m.ownMs.toFixed(1)} ms), idle frame ${m.idleFrameMs.toFixed(1)} ms; ${m.tiles} tiles, ${m.available} available`,
    );
    assert.equal(m.pods, 1000);
    assert.equal(m.tiles, 1000);
    assert.ok(m.ownMs < 100, `the page's own render work at 1,000 pods took ${m.ownMs} ms`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("the page says so when the wasm module cannot load", async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "gone" }));
    await page.goto(server.url);
    const status = page.locator('#status[data-ready="error"]');
    await status.waitFor({ timeout: 15_000 });
    assert.match(await status.textContent(), /^kubeplay failed to load: /);
    assert.ok(await page.locator("#fatal:not([hidden])").count());
    assert.ok(problems.some((p) => p.startsWith("HTTP 404")), problems.join("\n"));
    assert.ok(!problems.some((p) => p.startsWith("pageerror")), problems.join("\n"));
  } finally {
    await context.close();
  }
});
