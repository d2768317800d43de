// The pods panel: Deployment → ReplicaSet → pod tiles ("grid"), the same tiles per node
// ("nodes"), and a table (accessible alternative, same data). DOM with keyed reuse: a
// pod's tile is created once, updated in place (class changes only when its state does),
// animated in, and faded out where it was when the pod is gone.

import { h, setText, setAttr, reducedMotion } from "./dom.js";
import { podState, STATES, STATE_LABEL } from "./podstate.js";
import { humanDuration } from "./format.js";

const LEAVE_MS = 420;
let denseNow = false; // set by render(): many pods → no enter/leave animations

/** Keyed reconciliation of `parent`'s children to `items` (in order). */
function reconcile(parent, map, items, keyOf, create, update, leave) {
  const seen = new Set();
  let cursor = parent.firstElementChild;
  for (const item of items) {
    const key = keyOf(item);
    seen.add(key);
    let el = map.get(key);
    if (!el) {
      el = create(item, key);
      map.set(key, el);
    }
    update(el, item);
    while (cursor && cursor.classList.contains("leaving")) cursor = cursor.nextElementSibling;
    if (el !== cursor) parent.insertBefore(el, cursor);
    else cursor = cursor.nextElementSibling;
  }
  for (const [key, el] of map) {
    if (!seen.has(key)) {
      map.delete(key);
      (leave ?? ((e) => e.remove()))(el);
    }
  }
}

function fadeOut(el) {
  if (reducedMotion() || denseNow || !el.isConnected) {
    el.remove();
    return;
  }
  el.classList.add("leaving");
  el.setAttribute("aria-hidden", "true");
  el.tabIndex = -1;
  setTimeout(() => el.remove(), LEAVE_MS);
}

/** A pod tile (button): colour AND shape/icon by state (see podstate.js, style.css). */
function createTile(pod) {
  const el = h("button", { type: "button", class: "pod", tabindex: "-1", dataset: { pod: pod.name } });
  if (!reducedMotion() && !denseNow) {
    el.classList.add("entering");
    el.addEventListener("animationend", () => el.classList.remove("entering"), { once: true });
  }
  return el;
}

function updateTile(el, pod, hl) {
  const state = podState(pod);
  const sig = `${state}|${pod.restarts}|${hl ? 1 : 0}`;
  if (el._sig === sig) return;
  el._sig = sig;
  const keep = el.classList.contains("entering") ? " entering" : "";
  el.className = `pod s-${state}${hl ? " hl" : ""}${keep}`;
  el.dataset.state = state;
  setAttr(el, "data-restarts", state === "crash" && pod.restarts > 0 ? Math.min(pod.restarts, 99) : null);
  el.setAttribute("aria-label", `${pod.name}: ${pod.status}${state === "ready" ? " (ready, not yet available)" : state === "available" ? " (available)" : ""}`);
}

/** A mini tile for a legend or a table cell. */
export function miniTile(state) {
  return h("span", { class: `pod mini s-${state}`, "aria-hidden": "true" });
}

export function legend() {
  return h(
    "ul",
    { class: "legend", "aria-label": "Pod states" },
    STATES.map((s) => h("li", { title: s.hint }, miniTile(s.id), h("span", { text: s.label }))),
  );
}

/**
 * The owner's name. The snapshot gives the name alone (`nginx-deploy-6c5ff87cf`); early
 * builds gave `Kind/name` — both are accepted.
 */
export function ownerName(owner) {
  if (owner == null) return null;
  const i = owner.indexOf("/");
  return i >= 0 ? owner.slice(i + 1) : owner;
}

/** Groups a snapshot: deployments with their ReplicaSets, standalone ReplicaSets, loose pods. */
const grouped = new WeakMap(); // snapshot → its grouping (the grid and the timeline share it)
export function groupSnapshot(snap) {
  let g = grouped.get(snap);
  if (!g) {
    g = group(snap);
    grouped.set(snap, g);
  }
  return g;
}

function group(snap) {
  const rsByKey = new Map();
  for (const rs of snap.replicaSets) rsByKey.set(`${rs.namespace}/${rs.name}`, { rs, pods: [] });
  const loose = [];
  for (const p of snap.pods) {
    const owner = p.owner != null && !p.owner.includes("/") ? `${p.namespace}/${p.owner}` : p.owner?.startsWith("ReplicaSet/") ? `${p.namespace}/${p.owner.slice(11)}` : null;
    const g = owner && rsByKey.get(owner);
    if (g) g.pods.push(p);
    else loose.push(p);
  }
  const byAge = (a, b) => a.createdAt - b.createdAt || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const g of rsByKey.values()) g.pods.sort(byAge);
  loose.sort(byAge);
  const workloads = [];
  const claimed = new Set();
  for (const d of snap.deployments) {
    const sets = [];
    for (const [k, g] of rsByKey) {
      if (g.rs.namespace === d.namespace && ownerName(g.rs.owner) === d.name) {
        sets.push(g);
        claimed.add(k);
      }
    }
    sets.sort((a, b) => byAge(a.rs, b.rs));
    workloads.push({ kind: "Deployment", key: `Deployment/${d.namespace}/${d.name}`, name: d.name, deployment: d, sets });
  }
  for (const [k, g] of rsByKey) {
    if (claimed.has(k)) continue;
    workloads.push({ kind: "ReplicaSet", key: `ReplicaSet/${g.rs.namespace}/${g.rs.name}`, name: g.rs.name, sets: [g] });
  }
  workloads.sort((a, b) => {
    const ta = a.deployment?.createdAt ?? a.sets[0].rs.createdAt;
    const tb = b.deployment?.createdAt ?? b.sets[0].rs.createdAt;
    return ta - tb || (a.key < b.key ? -1 : 1);
  });
  if (loose.length) workloads.push({ kind: "Pods", key: "Pods/", name: "Pods without a ReplicaSet", sets: [{ rs: null, pods: loose }] });
  return workloads;
}

/** The rollout budget bar of a Deployment. */
function createBudget() {
  const band = h("div", { class: "band" });
  const total = h("div", { class: "seg total" });
  const term = h("div", { class: "seg term" });
  const avail = h("div", { class: "seg avail" });
  const desired = h("div", { class: "tick desired" });
  const minTick = h("div", { class: "tick min" });
  const maxTick = h("div", { class: "tick max" });
  const track = h("div", { class: "track", "aria-hidden": "true" }, band, total, term, avail, desired, minTick, maxTick);
  const tTotal = h("span", { class: "num" });
  const tAvail = h("span", { class: "num" });
  const text = h("div", { class: "budget-text" }, tTotal, tAvail);
  const el = h("div", { class: "budget", role: "img" }, h("span", { class: "budget-label", text: "budget", "aria-hidden": "true" }), track, text);
  el._parts = { band, total, term, avail, desired, minTick, maxTick, tTotal, tAvail };
  return el;
}

function updateBudget(el, d, terminating, rolling2) {
  const p = el._parts;
  const rolling = d.strategy !== "Recreate";
  const surge = d.maxTotal - d.replicas;
  const unavailable = d.replicas - d.minAvailable;
  const scale = Math.max(d.maxTotal, d.totalReplicas + terminating, d.replicas, 1);
  const pct = (n) => `${(100 * Math.max(0, n)) / scale}%`;
  p.band.style.left = pct(rolling ? d.minAvailable : 0);
  p.band.style.width = pct(rolling ? d.maxTotal - d.minAvailable : d.replicas);
  p.total.style.width = pct(d.totalReplicas);
  p.term.style.left = pct(d.totalReplicas);
  p.term.style.width = pct(terminating);
  p.avail.style.width = pct(d.availableReplicas);
  p.desired.style.left = pct(d.replicas);
  p.minTick.style.left = pct(d.minAvailable);
  p.maxTick.style.left = pct(d.maxTotal);
  p.minTick.hidden = p.maxTick.hidden = !rolling;
  const over = d.totalReplicas > d.maxTotal;
  const under = d.availableReplicas < d.minAvailable;
  setText(p.tTotal, rolling ? `total ${d.totalReplicas} ≤ ${d.maxTotal} (${d.replicas}+${surge})` : `total ${d.totalReplicas} · Recreate`);
  setText(p.tAvail, rolling ? `available ${d.availableReplicas} ≥ ${d.minAvailable} (${d.replicas}−${unavailable})` : `available ${d.availableReplicas} of ${d.replicas}`);
  // The bounds constrain a rollout (several ReplicaSets with pods), not the first start.
  p.tTotal.classList.toggle("bad", over && rolling2);
  p.tAvail.classList.toggle("bad", rolling && under && rolling2);
  el.setAttribute(
    "aria-label",
    rolling
      ? `Rollout budget: ${d.totalReplicas} pods of at most ${d.maxTotal} (replicas ${d.replicas} + maxSurge ${surge}); ${d.availableReplicas} available of at least ${d.minAvailable} (replicas ${d.replicas} − maxUnavailable ${unavailable})` +
          (terminating ? `; ${terminating} terminating` : "")
      : `Recreate: ${d.totalReplicas} pods, ${d.availableReplicas} available of ${d.replicas}`,
  );
}

function deploymentSummary(d) {
  const parts = [`${d.readyReplicas}/${d.replicas} ready`, `${d.updatedReplicas} up-to-date`, `${d.availableReplicas} available`];
  if (d.revision != null) parts.push(`rev ${d.revision}`);
  parts.push(d.strategy === "Recreate" ? "Recreate" : "RollingUpdate");
  return parts.join(" · ");
}

function deploymentBadge(d) {
  if (d.paused) return { text: "paused", cls: "warn" };
  const prog = d.conditions.find((c) => c.type === "Progressing");
  if (prog?.status === "False") return { text: prog.reason, cls: "bad" };
  const complete =
    d.updatedReplicas === d.replicas && d.totalReplicas === d.replicas && d.availableReplicas === d.replicas && prog?.reason === "NewReplicaSetAvailable";
  if (complete) return { text: "complete", cls: "ok" };
  return { text: "rolling out", cls: "busy" };
}

/**
 * @param {HTMLElement} root  the panel body
 * @param {{ onDescribe: (podName: string) => void, tooltip: HTMLElement }} opts
 */
export function createPodViews(root, opts) {
  let mode = "grid";
  let last = null; // last snapshot
  let highlight = new Set();
  const views = {
    grid: h("div", { class: "view view-grid" }),
    nodes: h("div", { class: "view view-nodes", hidden: true }),
    table: h("div", { class: "view view-table", hidden: true }),
  };
  const empty = h("p", { class: "empty-state" });
  root.append(empty, views.grid, views.nodes, views.table);

  // ---- grid: workloads → replica sets → tiles
  const wlMap = new Map();
  function createWorkload(w) {
    const title = h("h3", { class: "wl-title" }, h("span", { class: "kind", text: w.kind === "Pods" ? "" : w.kind + " " }), h("span", { class: "name mono", text: w.name }));
    const summary = h("span", { class: "wl-summary" });
    const badge = h("span", { class: "badge" });
    const head = h("div", { class: "wl-head" }, title, summary, badge);
    const budget = w.kind === "Deployment" ? createBudget() : null;
    const sets = h("div", { class: "sets" });
    const el = h("section", { class: "workload", dataset: { key: w.key, name: w.name, kind: w.kind } }, head, budget, sets);
    el._parts = { summary, badge, budget, sets, rsMap: new Map() };
    return el;
  }
  function updateWorkload(el, w) {
    const p = el._parts;
    const terminating = w.sets.reduce((n, g) => n + g.pods.filter((x) => x.deletedAt != null).length, 0);
    if (w.deployment) {
      setText(p.summary, deploymentSummary(w.deployment));
      const b = deploymentBadge(w.deployment);
      setText(p.badge, b.text);
      p.badge.className = `badge ${b.cls}`;
      const withPods = w.sets.filter((g) => g.pods.length > 0 || g.rs.desired > 0).length;
      updateBudget(p.budget, w.deployment, terminating, withPods > 1);
    } else if (w.kind === "ReplicaSet") {
      const rs = w.sets[0].rs;
      setText(p.summary, `${rs.ready}/${rs.desired} ready`);
      p.badge.hidden = true;
    } else {
      setText(p.summary, `${w.sets[0].pods.length} pods`);
      p.badge.hidden = true;
    }
    el.classList.toggle("hl", highlight.has(w.name));
    reconcile(p.sets, p.rsMap, w.sets, (g) => (g.rs ? g.rs.name : "-"), createSet, updateSet, fadeOut);
  }
  function createSet(g) {
    const name = h("span", { class: "rs-name mono" });
    const meta = h("span", { class: "rs-meta" });
    const counts = h("span", { class: "rs-counts mono" });
    const head = g.rs ? h("div", { class: "rs-head" }, h("span", { class: "kind", text: "ReplicaSet " }), name, meta, counts) : null;
    const tiles = h("div", { class: "tiles", role: "group" });
    const el = h("div", { class: "rs", dataset: { name: g.rs?.name ?? "" } }, head, tiles);
    el._parts = { name, meta, counts, tiles, podMap: new Map() };
    return el;
  }
  function updateSet(el, g) {
    const p = el._parts;
    const rs = g.rs;
    if (rs) {
      const hash = rs.hash && rs.name.endsWith(`-${rs.hash}`) ? rs.hash : null;
      if (p.name._n !== rs.name) {
        p.name._n = rs.name;
        p.name.replaceChildren(hash ? rs.name.slice(0, -hash.length) : rs.name, hash ? h("b", { class: "hash", text: hash }) : "");
      }
      setText(p.meta, [rs.revision != null ? `rev ${rs.revision}` : null, rs.images.join(", ")].filter(Boolean).join(" · "));
      setText(p.counts, `${rs.desired} desired · ${rs.current} current · ${rs.ready} ready`);
      p.tiles.setAttribute("aria-label", `Pods of ReplicaSet ${rs.name}`);
      el.classList.toggle("drained", rs.desired === 0 && g.pods.length === 0);
      el.classList.toggle("hl", highlight.has(rs.name));
    } else {
      p.tiles.setAttribute("aria-label", "Pods without a ReplicaSet");
    }
    reconcile(p.tiles, p.podMap, g.pods, (x) => x.name, createTile, (t, pod) => updateTile(t, pod, highlight.has(pod.name)), fadeOut);
  }

  // ---- by node
  const nodeMap = new Map();
  function createNode(n) {
    const title = h("span", { class: "node-name mono" });
    const meta = h("span", { class: "node-meta" });
    const tiles = h("div", { class: "tiles", role: "group" });
    const el = h("section", { class: "node" }, h("div", { class: "node-head" }, title, meta), tiles);
    el._parts = { title, meta, tiles, podMap: new Map() };
    return el;
  }
  function updateNode(el, n) {
    const p = el._parts;
    setText(p.title, n.name);
    const status = n.node ? [n.node.ready ? "Ready" : "NotReady", n.node.unschedulable ? "SchedulingDisabled" : null, n.node.address].filter(Boolean).join(" · ") : "not scheduled";
    setText(p.meta, `${status} · ${n.pods.length} pods`);
    el.classList.toggle("notready", !!n.node && !n.node.ready);
    p.tiles.setAttribute("aria-label", `Pods on ${n.name}`);
    reconcile(p.tiles, p.podMap, n.pods, (x) => x.name, createTile, (t, pod) => updateTile(t, pod, highlight.has(pod.name)), fadeOut);
  }

  // ---- table
  const tbody = h("tbody");
  const table = h(
    "table",
    { class: "pod-table" },
    h("caption", { class: "sr-only", text: "Pods (the same data as the grid)" }),
    h(
      "thead",
      {},
      h("tr", {}, ["NAME", "READY", "STATUS", "RESTARTS", "AGE", "NODE", "IMAGE", "REV", "REPLICASET"].map((c) => h("th", { scope: "col", text: c }))),
    ),
    tbody,
  );
  views.table.append(table);
  const rowMap = new Map();
  function createRow() {
    const cells = Array.from({ length: 9 }, () => h("td"));
    const statusText = h("span");
    const describe = h("button", { type: "button", class: "linklike mono" });
    cells[0].append(describe);
    cells[2].append(miniTile("pending"), statusText);
    const tr = h("tr", {}, cells);
    tr._parts = { cells, statusText, describe };
    return tr;
  }
  function updateRow(tr, p) {
    const c = tr._parts.cells;
    const state = podState(p);
    if (tr._parts.describe._n !== p.name) {
      tr._parts.describe._n = p.name;
      tr._parts.describe.textContent = p.name;
      tr._parts.describe.dataset.pod = p.name;
      tr._parts.describe.setAttribute("aria-label", `describe pod ${p.name}`);
    }
    setText(c[1], p.readyText);
    const mini = c[2].firstElementChild;
    if (mini._s !== state) {
      mini._s = state;
      mini.className = `pod mini s-${state}`;
      mini.title = STATE_LABEL[state];
    }
    setText(tr._parts.statusText, p.status);
    setText(c[3], p.restarts);
    setText(c[4], humanDuration((last?.now ?? 0) - p.createdAt));
    setText(c[5], p.node ?? "<none>");
    setText(c[6], p.image);
    setText(c[7], p.revision ?? "");
    setText(c[8], ownerName(p.owner) ?? "<none>");
    tr.classList.toggle("hl", highlight.has(p.name));
  }

  // ---- tooltip (one element, textContent only)
  const tip = opts.tooltip;
  let tipFor = null;
  function showTip(tile) {
    const name = tile.dataset.pod;
    const pod = last?.pods.find((p) => p.name === name);
    if (!pod) return hideTip();
    tipFor = tile;
    const state = podState(pod);
    const rows = [
      ["status", pod.status],
      ["state", STATE_LABEL[state]],
      ["ready", pod.readyText],
      ["node", pod.node ?? "<none>"],
      ["age", humanDuration(last.now - pod.createdAt)],
      ["image", pod.image],
      ["restarts", String(pod.restarts)],
      ["ip", pod.ip ?? "<none>"],
      ["owner", ownerName(pod.owner) ?? "<none>"],
      ["labels", Object.entries(pod.labels).map(([k, v]) => `${k}=${v}`).join(", ") || "<none>"],
    ];
    // deletedAt is the deletionTimestamp: when the grace period runs out
    if (pod.deletedAt != null)
      rows.push(["terminating", pod.deletedAt > last.now ? `grace period ends in ${humanDuration(pod.deletedAt - last.now)}` : "grace period over"]);
    tip.replaceChildren(
      h("div", { class: "tip-title mono", text: pod.name }),
      h("dl", {}, rows.map(([k, v]) => [h("dt", { text: k }), h("dd", { text: v })])),
      h("div", { class: "tip-hint", text: "click: kubectl describe pod" }),
    );
    tip.hidden = false;
    const r = tile.getBoundingClientRect();
    const tw = tip.offsetWidth;
    const th = tip.offsetHeight;
    let x = r.left + r.width / 2 - tw / 2;
    let y = r.bottom + 8;
    if (y + th > innerHeight - 4) y = r.top - th - 8;
    x = Math.max(4, Math.min(x, innerWidth - tw - 4));
    tip.style.left = `${x}px`;
    tip.style.top = `${Math.max(4, y)}px`;
    tile.setAttribute("aria-describedby", tip.id);
  }
  function hideTip() {
    tipFor?.removeAttribute("aria-describedby");
    tipFor = null;
    tip.hidden = true;
  }
  root.addEventListener("mouseover", (e) => {
    const tile = e.target.closest?.(".pod[data-pod]:not(.leaving)");
    if (tile && tile !== tipFor) showTip(tile);
  });
  root.addEventListener("mouseout", (e) => {
    if (tipFor && !tipFor.contains(e.relatedTarget)) hideTip();
  });
  root.addEventListener("focusin", (e) => {
    const tile = e.target.closest?.(".pod[data-pod]");
    if (tile) {
      showTip(tile);
      // roving tabindex: the focused tile is the one Tab comes back to
      for (const t of root.querySelectorAll('.pod[tabindex="0"]')) if (t !== tile) t.tabIndex = -1;
      tile.tabIndex = 0;
    }
  });
  root.addEventListener("focusout", () => hideTip());
  root.addEventListener("scroll", () => hideTip(), true);
  root.addEventListener("click", (e) => {
    const tile = e.target.closest?.("[data-pod]");
    if (tile && !tile.classList.contains("leaving")) opts.onDescribe(tile.dataset.pod);
  });
  root.addEventListener("keydown", (e) => {
    const tile = e.target.closest?.(".pod[data-pod]");
    if (!tile) {
      if (e.key === "Escape") hideTip();
      return;
    }
    const keys = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: "first", End: "last" };
    if (e.key === "Escape") return hideTip();
    if (!(e.key in keys)) return;
    const all = Array.from(views[mode].querySelectorAll(".pod[data-pod]:not(.leaving)"));
    const i = all.indexOf(tile);
    const k = keys[e.key];
    const j = k === "first" ? 0 : k === "last" ? all.length - 1 : Math.max(0, Math.min(all.length - 1, i + k));
    if (all[j]) {
      e.preventDefault();
      all[j].focus();
    }
  });

  /** Keeps exactly one tile in the tab order (the first one, unless one was focused). */
  function ensureTabStop() {
    const v = views[mode];
    if (v.querySelector('.pod[data-pod][tabindex="0"]:not(.leaving)')) return;
    const first = v.querySelector(".pod[data-pod]:not(.leaving)");
    if (first) first.tabIndex = 0;
  }

  function render(snap) {
    last = snap;
    // Many pods: smaller tiles, no per-tile animation (keeps style and paint work flat).
    const dense = snap.pods.length > 200;
    if (root.classList.contains("dense") !== dense) root.classList.toggle("dense", dense);
    denseNow = dense;
    const count = snap.pods.length + snap.replicaSets.length;
    empty.hidden = count > 0;
    if (!empty.hidden) setText(empty, "No workloads yet. Apply the YAML in the editor (Ctrl+Enter or ⌘+Enter) or run a kubectl command.");
    if (mode === "grid") {
      reconcile(views.grid, wlMap, groupSnapshot(snap), (w) => w.key, createWorkload, updateWorkload, fadeOut);
    } else if (mode === "nodes") {
      const byNode = new Map(snap.nodes.map((n) => [n.name, { name: n.name, node: n, pods: [] }]));
      const unscheduled = { name: "unscheduled", node: null, pods: [] };
      for (const p of snap.pods) (p.node && byNode.get(p.node) ? byNode.get(p.node) : unscheduled).pods.push(p);
      const list = [...byNode.values()];
      if (unscheduled.pods.length) list.push(unscheduled);
      for (const n of list) n.pods.sort((a, b) => (a.owner ?? "").localeCompare(b.owner ?? "") || a.createdAt - b.createdAt || a.name.localeCompare(b.name));
      reconcile(views.nodes, nodeMap, list, (n) => n.name, createNode, updateNode);
    } else {
      const pods = [...snap.pods].sort((a, b) => (a.name < b.name ? -1 : 1));
      reconcile(tbody, rowMap, pods, (p) => p.name, createRow, updateRow);
    }
    ensureTabStop();
    if (tipFor) {
      if (!tipFor.isConnected || tipFor.classList.contains("leaving")) hideTip();
      else showTip(tipFor);
    }
  }

  return {
    render,
    get mode() {
      return mode;
    },
    setMode(m) {
      if (!(m in views) || m === mode) return;
      mode = m;
      for (const [k, v] of Object.entries(views)) v.hidden = k !== m;
      hideTip();
      if (last) render(last);
    },
    setHighlight(names) {
      highlight = new Set(names);
      for (const el of wlMap.values()) el._parts.sets.querySelectorAll(".pod").forEach((t) => (t._sig = null));
      for (const el of nodeMap.values()) el._parts.tiles.querySelectorAll(".pod").forEach((t) => (t._sig = null));
      if (last) render(last);
      const first = views[mode].querySelector(".hl");
      first?.scrollIntoView({ block: "nearest", behavior: reducedMotion() ? "auto" : "smooth" });
    },
  };
}
