// kubeplay page: wires the simulated cluster (wasm `Playground`) to the editor, the
// kubectl console, the pod views, the timeline and the time controls. The page renders
// and records inputs; every bit of cluster behaviour comes from the wasm module.

import { h, $, $$, setText, reducedMotion } from "./dom.js";
import { Session, FatalError, DEFAULT_OPTIONS } from "./session.js";
import { createEditor } from "./editor.js";
import { createConsole } from "./console.js";
import { createPodViews, legend, ownerName } from "./pods.js";
import { History, createTimeline } from "./timeline.js";
import { PRESETS, presetById, DEFAULT_PRESET } from "./presets.js";
import { encodeState, decodeState } from "./permalink.js";
import { clock, qualifiedKind } from "./format.js";

const SPEEDS = [1, 2, 5, 10, 30];
const SETTLE_LIMIT = 15 * 60_000; // virtual ms "Settle" goes at most
const AUTOSAVE_KEY = "kubeplay.autosave";
const THEME_KEY = "kubeplay.theme";
const STEP_MS = 1000;

const bootStart = performance.now();
performance.mark("kubeplay:script");
const statusEl = $("#status");

// The wasm module loads in parallel with the editor's set-up (the glue is preloaded).
// index.html started compiling the wasm already (window.kubeplayWasm); if that failed,
// the glue's own loader tries again and reports what went wrong.
const wasmReady = import(new URL("../pkg/kubeplay.js", import.meta.url).href).then(async (mod) => {
  let compiled = null;
  try {
    compiled = await window.kubeplayWasm;
  } catch {
    compiled = null;
  }
  await mod.default(compiled instanceof WebAssembly.Module ? { module_or_path: compiled } : undefined);
  return mod;
});

const app = {
  mod: null,
  session: null,
  history: new History(),
  preset: presetById(DEFAULT_PRESET),
  playing: false,
  speed: 1,
  renderedGen: -1,
  renderCost: 0,
  lastRender: 0,
  settling: null,
  savedGen: -1,
  fromHash: null,
  announced: new Map(),
};

// ---------------------------------------------------------------- editor + diagnostics

const diagList = $("#diagnostics");
const applyResult = $("#apply-result");

function showDiagnostics(diags) {
  diagList.replaceChildren(
    ...diags.map((d) =>
      h(
        "li",
        { class: d.severity === "warning" ? "warning" : "error", dataset: { line: d.line, column: d.column } },
        h(
          "button",
          { type: "button", class: "linklike", onclick: () => editor.goTo(d.line, d.column), title: "Go to the problem" },
          h("span", { class: "sev", "aria-hidden": "true", text: d.severity === "warning" ? "⚠" : "✖" }),
          h("span", { class: "pos mono", text: `${d.line}:${d.column}` }),
          h("span", { class: "msg", text: d.message }),
        ),
      ),
    ),
  );
  diagList.dataset.count = String(diags.length);
}

const editor = createEditor($("#editor"), {
  doc: "",
  validate: (text) => {
    if (!app.session || app.session.fatal) return [];
    try {
      return app.session.validate(text);
    } catch (err) {
      if (err instanceof FatalError) showFatal(err);
      return [];
    }
  },
  onApply: () => applyEditor(),
  onChange: () => scheduleSave(),
  onDiagnostics: (diags) => showDiagnostics(diags),
});

function applyEditor() {
  const s = app.session;
  if (!s || s.fatal) return;
  const text = editor.text;
  const file = app.preset.file;
  const entry = con.entry(`kubectl apply -f ${file}`);
  const t0 = performance.now();
  try {
    s.writeFile(file, text);
    const r = s.apply(text);
    const lines = r.applied.map((a) => `${qualifiedKind(a.kind)}/${a.name} ${a.action}`);
    showApplyResult("ok", lines, r.warnings);
    entry.print("stdout", lines.join("\n") + (lines.length ? "\n" : ""));
    if (r.warnings.length) entry.print("stderr", r.warnings.map((w) => `Warning: ${file}:${w.line}:${w.column}: ${w.message}`).join("\n") + "\n");
  } catch (err) {
    if (err instanceof FatalError) return showFatal(err);
    const diags = err?.diagnostics ?? [{ line: err?.line ?? 1, column: err?.column ?? 1, message: String(err?.message ?? err), severity: "error" }];
    showApplyResult("error", [], diags);
    entry.print("stderr", diags.map((d) => `error: ${file}:${d.line}:${d.column}: ${d.message}`).join("\n") + "\n");
  }
  app.lastApplyMs = performance.now() - t0;
  render(true);
  editor.relint(); // what validate() says can depend on the cluster (immutable fields)
  app.lastApplyRenderedMs = performance.now() - t0;
}

function showApplyResult(kind, lines, diags) {
  applyResult.className = `apply-result mono ${kind}`;
  applyResult.replaceChildren(
    ...lines.map((l) => h("div", { class: "ok-line", text: l })),
    ...diags.map((d) =>
      h(
        "div",
        { class: d.severity === "warning" ? "warn-line" : "err-line" },
        h("button", { type: "button", class: "linklike", text: `${d.line}:${d.column}`, onclick: () => editor.goTo(d.line, d.column) }),
        " ",
        d.message,
      ),
    ),
  );
}

$("#apply").addEventListener("click", () => applyEditor());

// ---------------------------------------------------------------- console

const con = createConsole({
  out: $("#console-out"),
  input: $("#console-in"),
  form: $("#console-form"),
  completions: $("#completions"),
  snapshot: () => (app.session && !app.session.fatal ? app.session.snapshot() : null),
  execute,
});
$("#console-clear").addEventListener("click", () => {
  con.clear();
  $("#console-in").focus();
});

const HELP = `kubeplay console: kubectl commands against the simulated cluster, e.g.
  kubectl get pods            kubectl describe deploy nginx-deploy
  kubectl set image deployment/nginx-deploy nginx=nginx:1.9.1
  kubectl rollout status deployment/nginx-deploy   (advances virtual time)
Built-ins: clear (or Ctrl+L), sleep 30s (advance virtual time), help.
Tab completes commands, resource types, names and flags; ↑/↓ walk the history.
`;

function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text ?? "");
  if (!m) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? "s"];
  return Math.round(parseFloat(m[1]) * unit);
}

async function execute(cmd) {
  const words = cmd.split(/\s+/).filter(Boolean);
  if (words[0] === "clear") return con.clear();
  const entry = con.entry(cmd);
  if (words[0] === "help") return void entry.print("info", HELP);
  const s = app.session;
  if (!s || s.fatal) return void entry.print("stderr", "the cluster is not running (see the message at the top)\n");
  try {
    if (words[0] === "sleep") {
      const ms = parseDuration(words[1]);
      if (ms == null || words.length !== 2) return void entry.print("stderr", "sleep: usage: sleep DURATION (e.g. 30s, 2m)\n");
      s.advance(Math.min(ms, 24 * 3_600_000));
      render(true);
      return;
    }
    const watching = /\brollout\s+status\b/.test(cmd) && !/--watch=false|-w=false/.test(cmd);
    const before = watching ? s.toJSON() : null;
    const out = s.kubectl(cmd);
    if (watching && s.now > before.t) fillTimeline(before, s.now);
    app.history.add(s.snapshot());
    render(true);
    if (watching) await entry.stream("stdout", out.stdout);
    else entry.print("stdout", out.stdout);
    entry.print("stderr", out.stderr);
  } catch (err) {
    if (err instanceof FatalError) return showFatal(err);
    throw err;
  }
}

/**
 * `rollout status` advanced time inside one call; the timeline would show a jump. The
 * same journal replayed in a second cluster (same seed, same inputs: same states) and
 * stepped over that stretch gives the points in between. Small sessions only.
 */
function fillTimeline(journal, until) {
  if (journal.a.length > 300 || app.session.snapshot().pods.length > 300) return;
  let shadow = null;
  try {
    shadow = Session.replay(app.mod.Playground, journal, null);
    shadow.onSample = (snap) => app.history.add(snap);
    shadow.advance(until - shadow.now, 250);
  } catch (err) {
    console.warn("kubeplay: could not fill the timeline", err);
  } finally {
    shadow?.free();
  }
}

// ---------------------------------------------------------------- presets + guide

function fillPlaceholders(cmd) {
  if (!/<pod>|<rs>/.test(cmd)) return cmd;
  const snap = app.session?.snapshot();
  if (!snap) return null;
  const w = app.preset.workload;
  if (cmd.includes("<pod>")) {
    const pods = snap.pods.filter((p) => p.deletedAt == null && (p.name.startsWith(`${w}-`) || true)).sort((a, b) => (a.name < b.name ? -1 : 1));
    const mine = pods.filter((p) => p.name.startsWith(`${w}-`));
    const pod = (mine.length ? mine : pods)[0];
    if (!pod) return null;
    cmd = cmd.replaceAll("<pod>", pod.name);
  }
  if (cmd.includes("<rs>")) {
    const sets = snap.replicaSets.filter((r) => ownerName(r.owner) === w).sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0));
    if (!sets[0]) return null;
    cmd = cmd.replaceAll("<rs>", sets[0].name);
  }
  return cmd;
}

function renderGuide() {
  const p = app.preset;
  setText($("#preset-name"), p.title);
  setText($("#guide-title"), p.title);
  setText($("#guide-text"), p.text);
  setText($("#file-name"), p.file);
  const chips = p.commands.map((c) =>
    h("button", {
      type: "button",
      class: "chip mono",
      text: c,
      title: /<pod>|<rs>/.test(c) ? "Run (the <placeholder> is filled from the cluster)" : "Run this command",
      onclick: () => {
        const filled = fillPlaceholders(c);
        if (filled == null) con.prefill(c.replace(/<pod>|<rs>/g, ""));
        else con.run(filled);
      },
    }),
  );
  const files = Object.keys(p.files ?? {});
  if (files.length) chips.push(h("span", { class: "muted files", text: `files: ${files.join(", ")}` }));
  $("#suggestions").replaceChildren(...chips);
  for (const b of $$("#preset-menu [data-preset]")) b.setAttribute("aria-checked", String(b.dataset.preset === p.id));
}

function buildPresetMenu() {
  const menu = $("#preset-menu");
  menu.replaceChildren(
    ...PRESETS.map((p, i) =>
      h(
        "button",
        { type: "button", role: "menuitemradio", "aria-checked": "false", class: "menu-item", dataset: { preset: p.id }, tabindex: "-1" },
        h("span", { class: "num mono", text: String(i + 1) }),
        h("span", { class: "title", text: p.title }),
      ),
    ),
  );
  const btn = $("#preset-btn");
  const items = () => $$("[data-preset]", menu);
  const open = () => {
    menu.hidden = false;
    btn.setAttribute("aria-expanded", "true");
    (items().find((b) => b.dataset.preset === app.preset.id) ?? items()[0]).focus();
  };
  const close = (focusBtn = true) => {
    menu.hidden = true;
    btn.setAttribute("aria-expanded", "false");
    if (focusBtn) btn.focus();
  };
  btn.addEventListener("click", () => (menu.hidden ? open() : close()));
  btn.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      open();
    }
  });
  menu.addEventListener("click", (e) => {
    const b = e.target.closest("[data-preset]");
    if (!b) return;
    close(false);
    loadPreset(b.dataset.preset);
    editor.focus();
  });
  menu.addEventListener("keydown", (e) => {
    const list = items();
    const i = list.indexOf(document.activeElement);
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      list[(i + (e.key === "ArrowDown" ? 1 : list.length - 1)) % list.length].focus();
    } else if (e.key === "Home" || e.key === "End") {
      e.preventDefault();
      list[e.key === "Home" ? 0 : list.length - 1].focus();
    } else if (e.key === "Escape" || e.key === "Tab") {
      if (e.key === "Escape") e.preventDefault();
      close(e.key === "Escape");
    }
  });
  document.addEventListener("pointerdown", (e) => {
    if (!menu.hidden && !menu.contains(e.target) && !btn.contains(e.target)) close(false);
  });
}

/** A fresh cluster with a preset's YAML in the editor (not applied) and its files written. */
function loadPreset(id, { options } = {}) {
  stopSettle();
  app.preset = presetById(id);
  newSession(options ?? app.session?.options ?? DEFAULT_OPTIONS);
  for (const [name, text] of Object.entries(app.preset.files ?? {})) app.session.writeFile(name, text);
  editor.setText(app.preset.yaml);
  con.clear();
  con.entry(null).print("info", `# ${app.preset.title}: a fresh cluster. Apply the manifest (Ctrl/⌘+Enter), then try the commands above.`);
  applyResult.replaceChildren();
  renderGuide();
  render(true);
  scheduleSave(true);
}

// ---------------------------------------------------------------- session lifecycle

function newSession(options) {
  app.session?.free();
  app.session = new Session(app.mod.Playground, options);
  app.session.onSample = (snap) => app.history.add(snap);
  app.history.clear();
  timeline.clearSelection();
  pods.setHighlight([]);
  app.announced.clear();
  app.renderedGen = -1;
}

function currentState() {
  return {
    v: 1,
    j: app.session.toJSON(),
    e: editor.text,
    p: app.preset.id,
    s: app.speed,
    vw: pods.mode,
    h: con.history.slice(-100),
    pl: app.playing,
  };
}

/** Rebuilds everything from a saved state (permalink or autosave). */
function restore(state, { upto } = {}) {
  app.preset = presetById(state.p);
  const j = state.j ?? {};
  app.history.clear();
  con.clear();
  const onAction = (a, result) => {
    if (a[0] === "k") {
      const e = con.entry(a[2]);
      e.print("stdout", result.stdout);
      e.print("stderr", result.stderr);
    } else if (a[0] === "a") {
      const e = con.entry(`kubectl apply -f ${app.preset.file}`);
      if (result.error) e.print("stderr", `error: ${result.error}\n`);
      else e.print("stdout", result.applied.map((x) => `${qualifiedKind(x.kind)}/${x.name} ${x.action}\n`).join(""));
    }
  };
  app.session?.free();
  try {
    app.session = Session.replay(app.mod.Playground, j, (snap) => app.history.add(snap), upto, onAction);
  } catch (err) {
    if (err instanceof FatalError && err.session) app.session = err.session; // for the bug report
    throw err;
  }
  app.session.onSample = (snap) => app.history.add(snap);
  editor.setText(typeof state.e === "string" ? state.e : app.preset.yaml);
  if (SPEEDS.includes(state.s)) setSpeed(state.s);
  if (state.vw) setView(state.vw);
  if (Array.isArray(state.h)) con.setHistory(state.h.map(String));
  renderGuide();
  render(true);
}

// ---------------------------------------------------------------- rendering

const tooltip = $("#tooltip");
const pods = createPodViews($("#pods"), { tooltip, onDescribe: (name) => con.run(`kubectl describe pod ${name}`) });
$("#legend").append(legend());
const timeline = createTimeline(app.history, {
  canvas: $("#timeline"),
  legend: $("#timeline-legend"),
  select: $("#timeline-workload"),
  readout: $("#timeline-readout"),
  events: $("#events"),
  podEventsToggle: $("#pod-events"),
  onSelectEvent: (ev, names) => pods.setHighlight(names),
});

function render(force = false) {
  const s = app.session;
  if (!s || s.fatal) return;
  if (!force && s.gen === app.renderedGen) return;
  const t0 = performance.now();
  let snap;
  try {
    snap = s.snapshot();
  } catch (err) {
    if (err instanceof FatalError) return showFatal(err);
    throw err;
  }
  app.renderedGen = s.gen;
  const t1 = performance.now();
  app.history.add(snap);
  pods.render(snap);
  const t2 = performance.now();
  timeline.render(snap);
  const t3 = performance.now();
  app.timings = { snapshot: t1 - t0, pods: t2 - t1, timeline: t3 - t2 };
  setText($("#clock"), clock(snap.now));
  const ready = snap.pods.filter((p) => p.ready && p.deletedAt == null).length;
  setText($("#cluster-summary"), `${snap.nodes.length} nodes · ${snap.pods.length} pods · ${ready} ready`);
  announce(snap);
  scheduleSave();
  app.renderCost = performance.now() - t0;
  app.lastRender = t0;
  document.documentElement.dataset.now = String(snap.now);
}

/** The ARIA live region: each Deployment's rollout status, as `rollout status` words it. */
function announce(snap) {
  const lines = [];
  for (const d of snap.deployments) {
    const sig = JSON.stringify([d.replicas, d.updatedReplicas, d.availableReplicas, d.totalReplicas, d.paused, d.revision, d.conditions]);
    const prev = app.announced.get(d.name);
    if (prev?.sig === sig) continue;
    const line = rolloutStatusLine(d);
    app.announced.set(d.name, { sig, line });
    if (prev?.line !== line) lines.push(line);
  }
  if (lines.length) {
    clearTimeout(app.announceTimer);
    app.pendingAnnounce = [...(app.pendingAnnounce ?? []), ...lines].slice(-3);
    app.announceTimer = setTimeout(() => {
      setText($("#announcer"), app.pendingAnnounce.join(" "));
      app.pendingAnnounce = [];
    }, 400);
  }
}

function rolloutStatusLine(d) {
  // The module's own words (`rollout status --watch=false` reads, never advances time);
  // a summary of the snapshot's counts while that command is not available.
  const text = app.session.peek(`rollout status deployment/${d.name} -n ${d.namespace} --watch=false`);
  if (text) return text.trim().split("\n").pop();
  if (d.paused) return `deployment "${d.name}" rollout is paused`;
  const prog = d.conditions.find((c) => c.type === "Progressing");
  if (prog?.reason === "ProgressDeadlineExceeded") return `deployment "${d.name}" exceeded its progress deadline`;
  if (d.updatedReplicas < d.replicas) return `deployment "${d.name}": ${d.updatedReplicas} of ${d.replicas} new replicas updated`;
  if (d.totalReplicas > d.updatedReplicas) return `deployment "${d.name}": ${d.totalReplicas - d.updatedReplicas} old replicas pending termination`;
  if (d.availableReplicas < d.updatedReplicas) return `deployment "${d.name}": ${d.availableReplicas} of ${d.updatedReplicas} updated replicas available`;
  return `deployment "${d.name}" successfully rolled out`;
}

// ---------------------------------------------------------------- time controls

function setPlaying(on) {
  app.playing = on;
  const b = $("#play");
  b.setAttribute("aria-pressed", String(on));
  setText($(".play-icon", b), on ? "❚❚" : "▶");
  setText($(".sr-only", b), on ? "Pause" : "Play");
  b.title = on ? "Pause virtual time" : "Play virtual time";
  document.documentElement.dataset.playing = String(on);
}

function setSpeed(x) {
  app.speed = x;
  for (const b of $$("#speeds button")) {
    const on = Number(b.dataset.speed) === x;
    b.setAttribute("aria-checked", String(on));
    b.tabIndex = on ? 0 : -1;
  }
}

function buildSpeeds() {
  const group = $("#speeds");
  group.replaceChildren(
    ...SPEEDS.map((x) => h("button", { type: "button", role: "radio", class: "btn small", "aria-checked": "false", dataset: { speed: x }, text: `${x}×` })),
  );
  group.addEventListener("click", (e) => {
    const b = e.target.closest("[data-speed]");
    if (b) setSpeed(Number(b.dataset.speed));
    scheduleSave();
  });
  group.addEventListener("keydown", (e) => {
    const i = SPEEDS.indexOf(app.speed);
    let j = null;
    if (e.key === "ArrowRight" || e.key === "ArrowDown") j = Math.min(SPEEDS.length - 1, i + 1);
    if (e.key === "ArrowLeft" || e.key === "ArrowUp") j = Math.max(0, i - 1);
    if (j == null) return;
    e.preventDefault();
    setSpeed(SPEEDS[j]);
    $(`#speeds [data-speed="${SPEEDS[j]}"]`).focus();
  });
  setSpeed(1);
}

$("#play").addEventListener("click", () => setPlaying(!app.playing));
$("#step").addEventListener("click", () => {
  guarded(() => {
    app.session.advance(STEP_MS, 250);
    render(true);
  });
});

function isSettled(snap) {
  if (snap.pods.some((p) => p.deletedAt != null)) return false;
  for (const d of snap.deployments) {
    if (d.paused) continue;
    const prog = d.conditions.find((c) => c.type === "Progressing");
    if (prog?.status === "False") continue; // failed: it will not get further by itself
    if (d.updatedReplicas !== d.replicas || d.totalReplicas !== d.replicas || d.availableReplicas !== d.replicas) return false;
  }
  for (const r of snap.replicaSets) {
    if (r.owner) continue;
    if (r.current !== r.desired || r.available !== r.desired) return false;
  }
  return true;
}

function stopSettle() {
  if (app.settling) {
    app.settling.stop = true;
    app.settling = null;
  }
  $("#settle").textContent = "Settle »";
}

/** Steps until every rollout is complete (or failed / paused), at most SETTLE_LIMIT. */
function settle() {
  if (app.settling) return stopSettle();
  const s = app.session;
  if (!s || s.fatal) return;
  const job = { stop: false, until: s.now + SETTLE_LIMIT };
  app.settling = job;
  $("#settle").textContent = "Stop ■";
  const chunk = () => {
    if (job.stop || app.session !== s) return;
    const t0 = performance.now();
    try {
      while (performance.now() - t0 < 24) {
        if (isSettled(s.snapshot()) || s.now >= job.until) {
          stopSettle();
          render(true);
          setText($("#announcer"), `settled at t = ${clock(s.now)}`);
          return;
        }
        s.advance(1000, 500);
      }
    } catch (err) {
      stopSettle();
      if (err instanceof FatalError) return showFatal(err);
      throw err;
    }
    render(true);
    requestAnimationFrame(chunk);
  };
  chunk();
}
$("#settle").addEventListener("click", () => settle());

function guarded(fn) {
  try {
    if (app.session && !app.session.fatal) fn();
  } catch (err) {
    if (err instanceof FatalError) showFatal(err);
    else throw err;
  }
}

let lastFrame = 0;
let acc = 0;
function frame(ts) {
  requestAnimationFrame(frame);
  const dt = lastFrame ? Math.min(ts - lastFrame, 100) : 0;
  lastFrame = ts;
  const s = app.session;
  if (!s || s.fatal) return;
  guarded(() => {
    if (app.playing && !app.settling) {
      acc += dt * app.speed;
      const ms = Math.floor(acc);
      if (ms > 0) {
        acc -= ms;
        s.step(ms);
      }
    }
    // Big clusters: do not spend every frame on snapshots.
    const minGap = Math.min(250, app.renderCost * 1.5);
    if (s.gen !== app.renderedGen && ts - app.lastRender >= minGap) render();
  });
}

// ---------------------------------------------------------------- views, theme, options

function setView(v) {
  pods.setMode(v);
  for (const b of $$("#views [data-view]")) b.setAttribute("aria-pressed", String(b.dataset.view === pods.mode));
}
$("#views").addEventListener("click", (e) => {
  const b = e.target.closest("[data-view]");
  if (b) {
    setView(b.dataset.view);
    scheduleSave();
  }
});

function effectiveTheme() {
  const t = document.documentElement.dataset.theme;
  if (t === "light" || t === "dark") return t;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}
function syncThemeButton() {
  $("#theme").setAttribute("aria-pressed", String(effectiveTheme() === "dark"));
}
$("#theme").addEventListener("click", () => {
  const next = effectiveTheme() === "dark" ? "light" : "dark";
  document.documentElement.dataset.theme = next;
  try {
    localStorage.setItem(THEME_KEY, next);
  } catch {
    /* private mode */
  }
  syncThemeButton();
  timeline.redraw();
});
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
  syncThemeButton();
  timeline.redraw();
});

function popover(btnSel, popSel, onOpen) {
  const btn = $(btnSel);
  const pop = $(popSel);
  const close = (focus) => {
    pop.hidden = true;
    btn.setAttribute("aria-expanded", "false");
    if (focus) btn.focus();
  };
  btn.addEventListener("click", () => {
    if (!pop.hidden) return close(false);
    pop.hidden = false;
    btn.setAttribute("aria-expanded", "true");
    onOpen?.();
  });
  pop.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    }
  });
  document.addEventListener("pointerdown", (e) => {
    if (!pop.hidden && !pop.contains(e.target) && !btn.contains(e.target)) close(false);
  });
  return close;
}

const closeCluster = popover("#cluster-btn", "#cluster-pop", () => {
  const o = app.session.options;
  $("#opt-seed").value = o.seed;
  $("#opt-nodes").value = o.nodes;
  $("#opt-version").value = o.kubernetesVersion;
  $("#opt-seed").focus();
});
$("#cluster-pop").addEventListener("submit", (e) => {
  e.preventDefault();
  const options = {
    seed: Math.max(0, Math.floor(Number($("#opt-seed").value) || 0)),
    nodes: Math.min(100, Math.max(1, Math.floor(Number($("#opt-nodes").value) || 3))),
    kubernetesVersion: $("#opt-version").value === "1.28" ? "1.28" : "current",
  };
  closeCluster(true);
  restartKeepingEditor(options);
});
$("#reset").addEventListener("click", () => {
  closeCluster(true);
  try {
    localStorage.removeItem(AUTOSAVE_KEY);
  } catch {
    /* ignore */
  }
  loadPreset(app.preset.id, { options: DEFAULT_OPTIONS });
});

function restartKeepingEditor(options) {
  const text = editor.text;
  loadPreset(app.preset.id, { options });
  editor.setText(text);
}

// ---------------------------------------------------------------- permalink + autosave

popover("#share", "#share-pop", async () => {
  const input = $("#share-url");
  const msg = $("#share-msg");
  input.value = "";
  setText(msg, "compressing…");
  try {
    const state = currentState();
    state.pl = false; // a shared state opens paused, exactly as it was
    const hash = await encodeState(state);
    const url = location.href.split("#")[0] + hash;
    history.replaceState(null, "", hash);
    app.fromHash = hash;
    saveNow();
    input.value = url;
    input.focus();
    input.select();
    try {
      await navigator.clipboard.writeText(url);
      setText(msg, `Copied to the clipboard (${url.length} characters).`);
    } catch {
      setText(msg, `Copy it from the field above (${url.length} characters).`);
    }
  } catch (err) {
    setText(msg, `Could not make a link: ${err.message}`);
  }
});

let saveTimer = null;
function scheduleSave(now = false) {
  if (now) return saveNow();
  if (saveTimer) return;
  saveTimer = setTimeout(() => {
    saveTimer = null;
    saveNow();
  }, 1500);
}
function saveNow() {
  if (!app.session || app.session.fatal || !app.ready) return;
  try {
    const state = currentState();
    state.fromHash = app.fromHash;
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(state));
  } catch {
    /* storage full or disabled: autosave is best effort */
  }
}
addEventListener("pagehide", () => saveNow());
document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && saveNow());

// ---------------------------------------------------------------- crash

function showFatal(err) {
  app.playing = false;
  stopSettle();
  const box = $("#fatal");
  if (!box.hidden) return;
  const s = app.session;
  console.error("kubeplay: the simulated cluster crashed", s?.fatal ?? err);
  const bugLink = async () => {
    const hash = await encodeState({ ...currentStateSafe(), j: s.crashJSON(), pl: false });
    return location.href.split("#")[0] + hash;
  };
  box.replaceChildren(
    h("strong", { text: "The simulated cluster crashed. " }),
    h("span", { text: "This is a bug in kubeplay, not in your input. " }),
    h("button", {
      type: "button",
      class: "btn small",
      text: "Copy a bug-report link",
      onclick: async (e) => {
        const url = await bugLink();
        try {
          await navigator.clipboard.writeText(url);
          e.target.textContent = "Copied";
        } catch {
          prompt("Bug-report link", url);
        }
      },
    }),
    " ",
    h("button", {
      type: "button",
      class: "btn small",
      text: "Reload without the last action",
      onclick: () => {
        const state = { ...currentStateSafe(), j: s.toJSON() };
        localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(state));
        location.replace(location.pathname + location.search);
      },
    }),
    " ",
    h("button", {
      type: "button",
      class: "btn small danger",
      text: "Reset",
      onclick: () => {
        localStorage.removeItem(AUTOSAVE_KEY);
        location.replace(location.pathname + location.search);
      },
    }),
    h("pre", { class: "mono", text: String(s?.fatal?.message ?? err.message) }),
  );
  box.hidden = false;
  setPlaying(false);
}

function currentStateSafe() {
  return { v: 1, e: editor.text, p: app.preset.id, s: app.speed, vw: pods.mode, h: con.history.slice(-100) };
}

// ---------------------------------------------------------------- boot

async function boot() {
  buildPresetMenu();
  buildSpeeds();
  syncThemeButton();
  let mod;
  try {
    mod = await wasmReady;
  } catch (err) {
    statusEl.dataset.ready = "error";
    statusEl.classList.add("error");
    setText(statusEl, `kubeplay failed to load: ${err?.message ?? err}`);
    const box = $("#fatal");
    box.replaceChildren(h("strong", { text: "kubeplay failed to load the simulated cluster: " }), h("span", { text: String(err?.message ?? err) }));
    box.hidden = false;
    console.error(err);
    return;
  }
  app.mod = mod;
  performance.mark("kubeplay:wasm");

  // What to open: a permalink (unless it is the one the autosave continued from), the
  // autosave, or the default preset.
  let state = null;
  let source = "preset";
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem(AUTOSAVE_KEY) ?? "null");
  } catch {
    saved = null;
  }
  if (location.hash.startsWith("#s=")) {
    if (saved && saved.fromHash === location.hash) {
      state = saved;
      source = "autosave";
    } else {
      try {
        state = await decodeState(location.hash);
        source = "permalink";
        app.fromHash = location.hash;
      } catch (err) {
        con.entry(null).print("stderr", `This link could not be opened (${err.message}); starting fresh.\n`);
      }
    }
  } else if (saved?.j) {
    state = saved;
    source = "autosave";
  }
  let restored = false;
  if (state) {
    try {
      const r0 = performance.now();
      restore(state);
      app.restoreMs = performance.now() - r0;
      restored = true;
      if (source === "autosave") app.fromHash = state.fromHash ?? null;
      con.entry(null).print("info", source === "permalink" ? "# Opened from a permalink: the session above was replayed. Press ▶ to go on." : "# Restored your last session (autosave). Reset starts over.");
    } catch (err) {
      if (err instanceof FatalError) {
        restored = true;
        showFatal(err);
      } else {
        console.warn("kubeplay: could not restore the saved session", err);
        con.entry(null).print("stderr", `Could not restore the saved session (${err.message}); starting fresh.\n`);
      }
    }
  }
  if (!restored) loadPreset(DEFAULT_PRESET);
  // A permalink opens paused (exactly the shared state); an autosave as it was left.
  setPlaying(source === "permalink" ? false : source === "autosave" ? state.pl !== false : true);
  app.ready = true;
  performance.mark("kubeplay:ready");
  requestAnimationFrame(frame);
  const ms = performance.now();
  setText(statusEl, `v${mod.version()}`);
  statusEl.title = `kubeplay ${mod.version()} — ready in ${Math.round(ms)} ms`;
  statusEl.dataset.ready = "true";
  document.documentElement.dataset.ready = "true";
  window.kubeplay = {
    version: mod.version(),
    readyMs: ms,
    restoreMs: app.restoreMs ?? 0,
    bootMs: ms - bootStart,
    source,
    snapshot: () => app.session.snapshot(),
    state: () => currentState(),
    session: () => app.session,
    render: () => render(true),
    get lastApplyMs() {
      return app.lastApplyMs;
    },
    get lastApplyRenderedMs() {
      return app.lastApplyRenderedMs;
    },
    get renderCost() {
      return app.renderCost;
    },
    get timings() {
      return app.timings;
    },
  };
  if (reducedMotion()) document.documentElement.dataset.reducedMotion = "true";

  // Another permalink pasted into this tab's address bar.
  addEventListener("hashchange", async () => {
    if (!location.hash.startsWith("#s=") || location.hash === app.fromHash) return;
    try {
      const next = await decodeState(location.hash);
      app.fromHash = location.hash;
      stopSettle();
      restore(next);
      setPlaying(false);
      con.entry(null).print("info", "# Opened from a permalink: the session above was replayed. Press ▶ to go on.");
      saveNow();
    } catch (err) {
      if (err instanceof FatalError) showFatal(err);
      else con.entry(null).print("stderr", `This link could not be opened (${err.message}).\n`);
    }
  });
}

boot();
