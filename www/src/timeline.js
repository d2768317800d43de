// The timeline: pods per ReplicaSet (stacked) and available vs desired over virtual time,
// with the surge/unavailable bounds, sampled from snapshots as time advances (bounded
// history), and the event list in step with it (click an event: its objects light up).

import { h, setText } from "./dom.js";
import { humanDuration, shortTime } from "./format.js";
import { groupSnapshot } from "./pods.js";

const MAX_SAMPLES = 1200;
const MIN_INTERVAL = 100; // virtual ms between samples (unless something changed)

/** One point: per workload, pods per ReplicaSet (non-terminating), terminating, available, bounds. */
function sampleOf(snap) {
  const w = {};
  for (const wl of groupSnapshot(snap)) {
    if (wl.kind === "Pods") continue;
    const rs = {};
    let term = 0;
    for (const g of wl.sets) {
      const live = g.pods.filter((p) => p.deletedAt == null).length;
      term += g.pods.length - live;
      if (live || g.rs.desired) rs[g.rs.name] = live;
    }
    const d = wl.deployment;
    const r0 = wl.sets[0].rs;
    w[wl.key] = d
      ? { rs, term, avail: d.availableReplicas, desired: d.replicas, maxT: d.maxTotal, minA: d.minAvailable }
      : { rs, term, avail: r0.available, desired: r0.desired, maxT: r0.desired, minA: r0.desired };
  }
  return { t: snap.now, w };
}

/** 1, 2, 5 × 10^k at or above x (at least 1: pods are whole). */
function niceStep(x) {
  if (x <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

export class History {
  constructor() {
    this.samples = [];
    this.rsOrder = new Map(); // workload key → ReplicaSet names in order of appearance
    this.labels = new Map(); // workload key → display name
    this.rsInfo = new Map(); // rs name → {revision, image, hash}
  }

  clear() {
    this.samples = [];
    this.rsOrder.clear();
    this.labels.clear();
    this.rsInfo.clear();
  }

  add(snap) {
    const s = sampleOf(snap);
    for (const wl of groupSnapshot(snap)) {
      if (wl.kind === "Pods") continue;
      this.labels.set(wl.key, wl.name);
      const order = this.rsOrder.get(wl.key) ?? [];
      for (const g of wl.sets) {
        if (!order.includes(g.rs.name)) order.push(g.rs.name);
        this.rsInfo.set(g.rs.name, { revision: g.rs.revision, image: g.rs.images.join(", "), hash: g.rs.hash });
      }
      this.rsOrder.set(wl.key, order);
    }
    const prev = this.samples[this.samples.length - 1];
    if (prev && s.t < prev.t) {
      // time never goes back within a session; a reset clears the history
      this.samples = [];
    }
    const key = JSON.stringify(s.w);
    if (prev && prev.key === key && s.t - prev.t < 60_000 && this.samples.length > 1 && this.samples[this.samples.length - 2].key === key) {
      prev.t = s.t; // extend a flat stretch instead of adding points
      return;
    }
    if (prev && prev.key === key && s.t - prev.t < MIN_INTERVAL) return;
    s.key = key;
    this.samples.push(s);
    if (this.samples.length > MAX_SAMPLES) {
      // keep it bounded: halve the resolution of the older half
      const half = Math.floor(this.samples.length / 2);
      const older = this.samples.slice(0, half).filter((_, i) => i % 2 === 0);
      this.samples = older.concat(this.samples.slice(half));
    }
  }

  workloads() {
    return [...this.rsOrder.keys()];
  }
}

// A colour per ReplicaSet, in order of appearance within its workload.
const RS_VARS = ["--rs-1", "--rs-2", "--rs-3", "--rs-4", "--rs-5", "--rs-6"];

/**
 * @param {{ canvas: HTMLCanvasElement, legend: HTMLElement, select: HTMLSelectElement,
 *           readout: HTMLElement, events: HTMLElement, podEventsToggle: HTMLInputElement,
 *           onSelectEvent: (ev: any, names: string[]) => void }} opts
 */
export function createTimeline(history, opts) {
  const { canvas, legend, select, readout, events } = opts;
  let workload = null; // selected workload key
  let hover = null; // virtual time under the pointer
  let marker = null; // time of the selected event
  let lastSnap = null;
  let selectedEventKey = null;

  // CSS colours, read once per theme (getComputedStyle inside draw() would force a
  // style recalculation of the whole page right after the grid changed).
  let palette = null;
  function css(name) {
    if (!palette) palette = new Map();
    let v = palette.get(name);
    if (v === undefined) {
      v = getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
      palette.set(name, v);
    }
    return v;
  }

  function currentWorkload() {
    const keys = history.workloads();
    if (!keys.includes(workload)) workload = keys[0] ?? null;
    return workload;
  }

  function syncSelect() {
    const keys = history.workloads();
    const want = keys.join("\n");
    if (select._keys !== want) {
      select._keys = want;
      select.replaceChildren(...keys.map((k) => h("option", { value: k, text: `${k.split("/")[0]} ${history.labels.get(k)}` })));
    }
    select.hidden = keys.length < 2;
    if (workload) select.value = workload;
  }

  function rsColor(key, name) {
    const order = history.rsOrder.get(key) ?? [];
    const i = Math.max(0, order.indexOf(name));
    return css(RS_VARS[i % RS_VARS.length]);
  }

  function syncLegend(key, snap) {
    const order = history.rsOrder.get(key) ?? [];
    const sig = key + "|" + order.join(",") + "|" + order.map((n) => history.rsInfo.get(n)?.revision).join(",");
    const counts = new Map();
    const latest = history.samples[history.samples.length - 1]?.w[key];
    for (const n of order) counts.set(n, latest?.rs[n] ?? 0);
    if (legend._sig !== sig) {
      legend._sig = sig;
      legend.replaceChildren(
        ...order.map((n, i) => {
          const info = history.rsInfo.get(n) ?? {};
          return h(
            "li",
            { dataset: { rs: n } },
            h("span", { class: "swatch", style: { background: `var(${RS_VARS[i % RS_VARS.length]})` } }),
            h("span", { class: "mono rs-label", text: n }),
            h("span", { class: "muted", text: [info.revision != null ? `rev ${info.revision}` : null, info.image].filter(Boolean).join(" · ") }),
            h("span", { class: "count mono" }),
          );
        }),
        h("li", { class: "key" }, h("span", { class: "swatch line avail" }), h("span", { text: "available" })),
        h("li", { class: "key" }, h("span", { class: "swatch line desired" }), h("span", { text: "desired" })),
        h("li", { class: "key" }, h("span", { class: "swatch band" }), h("span", { text: "min available … max total" })),
      );
    }
    for (const li of legend.querySelectorAll("li[data-rs]")) setText(li.querySelector(".count"), `${counts.get(li.dataset.rs) ?? 0} pods`);
    void snap;
  }

  function draw() {
    const key = currentWorkload();
    syncSelect();
    const dpr = window.devicePixelRatio || 1;
    // The size comes from a ResizeObserver: reading clientWidth here would force a
    // layout of the whole page right after the pod grid changed.
    const { cw, ch } = size;
    if (cw === 0 || ch === 0) return;
    if (canvas.width !== Math.round(cw * dpr) || canvas.height !== Math.round(ch * dpr)) {
      canvas.width = Math.round(cw * dpr);
      canvas.height = Math.round(ch * dpr);
    }
    const ctx = canvas.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, cw, ch);
    const samples = history.samples.filter((s) => key && s.w[key]);
    const fg = css("--muted");
    const grid = css("--border");
    ctx.font = `11px ${css("--sans")}`;
    ctx.textBaseline = "middle";
    if (!key || samples.length === 0) {
      ctx.fillStyle = fg;
      ctx.fillText("The timeline fills in as time passes (press ▶ or step).", 8, ch / 2);
      legend.replaceChildren();
      legend._sig = null;
      canvas.setAttribute("aria-label", "Timeline: no data yet");
      return;
    }
    syncLegend(key, lastSnap);
    const pad = { l: 28, r: 8, t: 8, b: 18 };
    const t0 = samples[0].t;
    const now = lastSnap?.now ?? samples[samples.length - 1].t;
    const t1 = Math.max(now, t0 + 10_000);
    let ymax = 1;
    for (const s of samples) {
      const w = s.w[key];
      const sum = Object.values(w.rs).reduce((a, b) => a + b, 0) + w.term;
      ymax = Math.max(ymax, sum, w.maxT, w.desired);
    }
    const ystep = niceStep(ymax / 4);
    ymax = Math.max(ystep, Math.ceil((ymax + 0.5) / ystep) * ystep);
    pad.l = Math.ceil(ctx.measureText(String(ymax)).width) + 8;
    const W = cw - pad.l - pad.r;
    const H = ch - pad.t - pad.b;
    const X = (t) => pad.l + ((t - t0) / (t1 - t0)) * W;
    const Y = (v) => pad.t + H - (v / ymax) * H;

    // axes + grid
    ctx.strokeStyle = grid;
    ctx.fillStyle = fg;
    ctx.lineWidth = 1;
    for (let v = 0; v <= ymax; v += ystep) {
      ctx.beginPath();
      ctx.moveTo(pad.l, Math.round(Y(v)) + 0.5);
      ctx.lineTo(cw - pad.r, Math.round(Y(v)) + 0.5);
      ctx.stroke();
      ctx.textAlign = "right";
      ctx.fillText(String(v), pad.l - 4, Y(v));
    }
    const span = t1 - t0;
    const nice = [1e3, 2e3, 5e3, 1e4, 15e3, 3e4, 6e4, 12e4, 3e5, 6e5, 18e5, 36e5, 72e5, 216e5, 432e5, 864e5];
    const tstep = nice.find((n) => span / n <= 6) ?? 864e5;
    ctx.textAlign = "center";
    for (let t = Math.ceil(t0 / tstep) * tstep; t <= t1; t += tstep) {
      ctx.fillText(shortTime(t), X(t), ch - 8);
    }

    const seg = (i) => ({ s: samples[i], t: samples[i].t, tn: i + 1 < samples.length ? samples[i + 1].t : now });

    // A step-after band between two series, as one filled polygon (no seams).
    const bandPath = (lo, hi) => {
      ctx.beginPath();
      for (let i = 0; i < samples.length; i++) {
        const { s, t, tn } = seg(i);
        const y = Y(hi(s.w[key]));
        if (i === 0) ctx.moveTo(X(t), y);
        else ctx.lineTo(X(t), y);
        ctx.lineTo(X(tn), y);
      }
      for (let i = samples.length - 1; i >= 0; i--) {
        const { s, t, tn } = seg(i);
        const y = Y(lo(s.w[key]));
        ctx.lineTo(X(tn), y);
        ctx.lineTo(X(t), y);
      }
      ctx.closePath();
      ctx.fill();
    };

    // allowed band (min available … max total)
    ctx.fillStyle = css("--band");
    bandPath((w) => (w.maxT > w.minA ? w.minA : w.maxT), (w) => w.maxT);

    // stacked pods per ReplicaSet (oldest at the bottom), then terminating pods
    const order = history.rsOrder.get(key) ?? [];
    const below = (w, k) => {
      let n = 0;
      for (let j = 0; j < k; j++) n += w.rs[order[j]] ?? 0;
      return n;
    };
    ctx.globalAlpha = 0.6;
    order.forEach((name, k) => {
      ctx.fillStyle = rsColor(key, name);
      bandPath((w) => below(w, k), (w) => below(w, k) + (w.rs[name] ?? 0));
    });
    ctx.globalAlpha = 0.4;
    ctx.fillStyle = css("--st-term");
    bandPath((w) => below(w, order.length), (w) => below(w, order.length) + w.term);
    ctx.globalAlpha = 1;
    // desired (dashed) and available (solid) as step lines
    const line = (get, color, dash, width) => {
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.setLineDash(dash);
      ctx.beginPath();
      for (let i = 0; i < samples.length; i++) {
        const { s, t, tn } = seg(i);
        const y = Y(get(s.w[key]));
        if (i === 0) ctx.moveTo(X(t), y);
        else ctx.lineTo(X(t), y);
        ctx.lineTo(X(tn), y);
      }
      ctx.stroke();
      ctx.setLineDash([]);
    };
    line((w) => w.desired, css("--fg"), [4, 3], 1.25);
    line((w) => w.avail, css("--st-available"), [], 2);

    // event ticks along the bottom, the selected event, the pointer
    if (lastSnap) {
      for (const ev of lastSnap.events) {
        if (ev.time < t0) continue;
        ctx.fillStyle = ev.type === "Warning" ? css("--err") : fg;
        ctx.fillRect(Math.round(X(ev.time)), pad.t + H - 4, 1, 4);
      }
    }
    const vline = (t, color) => {
      if (t == null || t < t0 || t > t1) return;
      ctx.strokeStyle = color;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(Math.round(X(t)) + 0.5, pad.t);
      ctx.lineTo(Math.round(X(t)) + 0.5, pad.t + H);
      ctx.stroke();
    };
    vline(marker, css("--accent"));
    vline(hover, fg);

    // readout: the values at the pointer (or now)
    const at = hover ?? now;
    let s = samples[0];
    for (const x of samples) if (x.t <= at) s = x;
    const w = s.w[key];
    const parts = order.filter((n) => w.rs[n]).map((n) => `${n.slice(n.lastIndexOf("-") + 1)}: ${w.rs[n]}`);
    if (w.term) parts.push(`terminating: ${w.term}`);
    const text = `t=${shortTime(at)} · ${parts.join(" · ") || "no pods"} · available ${w.avail}/${w.desired}`;
    setText(readout, text);
    canvas.setAttribute("aria-label", `Timeline of ${history.labels.get(key)} from ${shortTime(t0)} to ${shortTime(now)}: ${text}`);
    canvas._scale = { t0, t1, pad, W };
  }

  const size = { cw: canvas.clientWidth, ch: canvas.clientHeight };
  new ResizeObserver((entries) => {
    const r = entries[entries.length - 1].contentRect;
    size.cw = r.width;
    size.ch = r.height;
    draw();
  }).observe(canvas);

  canvas.addEventListener("pointermove", (e) => {
    const sc = canvas._scale;
    if (!sc) return;
    const x = e.offsetX - sc.pad.l;
    hover = x < 0 || x > sc.W ? null : sc.t0 + (x / sc.W) * (sc.t1 - sc.t0);
    draw();
  });
  canvas.addEventListener("pointerleave", () => {
    hover = null;
    draw();
  });
  select.addEventListener("change", () => {
    workload = select.value;
    draw();
  });

  // ---- events list (the snapshot's recent events: type, reason, object, message, age)
  const tbody = events.querySelector("tbody");
  const rowMap = new Map();
  const eventKey = (ev) => `${ev.firstTime}|${ev.object}|${ev.reason}|${ev.message}`;

  function namesIn(ev, snap) {
    const names = new Set();
    const obj = ev.object.slice(ev.object.indexOf("/") + 1);
    names.add(obj);
    const known = [...snap.pods.map((p) => p.name), ...snap.replicaSets.map((r) => r.name), ...snap.deployments.map((d) => d.name)];
    for (const n of known) {
      const re = new RegExp(`(^|[^A-Za-z0-9-])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z0-9-])`);
      if (re.test(ev.message)) names.add(n);
    }
    return [...names];
  }

  function renderEvents(snap) {
    const showPods = opts.podEventsToggle.checked;
    // newest first (the snapshot lists them oldest first)
    const list = snap.events.filter((ev) => showPods || !ev.object.startsWith("Pod/")).reverse();
    const seen = new Set();
    let cursor = tbody.firstElementChild;
    for (const ev of list) {
      const key = eventKey(ev);
      seen.add(key);
      let tr = rowMap.get(key);
      if (!tr) {
        const age = h("td", { class: "mono age" });
        tr = h(
          "tr",
          { tabindex: "-1", class: ev.type === "Warning" ? "warning" : "", dataset: { object: ev.object } },
          age,
          h("td", { text: ev.type }),
          h("td", { text: ev.reason }),
          h("td", { class: "mono", text: ev.object }),
          h("td", { class: "msg" }),
        );
        tr._ev = ev;
        rowMap.set(key, tr);
      }
      tr._ev = ev;
      setText(tr.cells[0], humanDuration(snap.now - ev.time));
      setText(tr.cells[4], ev.count > 1 ? `${ev.message} (×${ev.count})` : ev.message);
      tr.classList.toggle("selected", key === selectedEventKey);
      tr.setAttribute("aria-selected", key === selectedEventKey ? "true" : "false");
      if (tr !== cursor) tbody.insertBefore(tr, cursor);
      else cursor = cursor.nextElementSibling;
    }
    for (const [k, tr] of rowMap) {
      if (!seen.has(k)) {
        tr.remove();
        rowMap.delete(k);
      }
    }
    // One tab stop for the whole list (arrows move between rows).
    if (!tbody.querySelector('tr[tabindex="0"]') && tbody.firstElementChild) tbody.firstElementChild.tabIndex = 0;
  }

  function selectRow(tr) {
    if (!tr?._ev || !lastSnap) return;
    const key = eventKey(tr._ev);
    if (selectedEventKey === key) {
      selectedEventKey = null;
      marker = null;
      opts.onSelectEvent(null, []);
    } else {
      selectedEventKey = key;
      marker = tr._ev.time;
      opts.onSelectEvent(tr._ev, namesIn(tr._ev, lastSnap));
    }
    renderEvents(lastSnap);
    draw();
  }
  tbody.addEventListener("click", (e) => selectRow(e.target.closest("tr")));
  tbody.addEventListener("focusin", (e) => {
    const tr = e.target.closest("tr");
    if (!tr) return;
    for (const r of tbody.querySelectorAll('tr[tabindex="0"]')) if (r !== tr) r.tabIndex = -1;
    tr.tabIndex = 0;
  });
  tbody.addEventListener("keydown", (e) => {
    const tr = e.target.closest("tr");
    if (!tr) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      selectRow(tr);
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      (e.key === "ArrowDown" ? tr.nextElementSibling : tr.previousElementSibling)?.focus();
    }
  });
  opts.podEventsToggle.addEventListener("change", () => lastSnap && renderEvents(lastSnap));

  return {
    render(snap) {
      lastSnap = snap;
      draw();
      renderEvents(snap);
    },
    redraw() {
      palette = null;
      draw();
    },
    clearSelection() {
      selectedEventKey = null;
      marker = null;
    },
  };
}
