// Tiny DOM helpers. Every piece of data reaches the page through textContent or an
// attribute value — never innerHTML — so user-provided strings (YAML, labels, kubectl
// output, event messages) are always text, never markup.

/**
 * h("div", { class: "x", text: "hello", dataset: { k: "v" }, "aria-label": "…", onclick }, ...children)
 * Children are nodes or strings (strings become text nodes). `null`/`false` children are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v == null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k === "style" && typeof v === "object") Object.assign(el.style, v);
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  for (const c of children) append(el, c);
  return el;
}

function append(el, c) {
  if (c == null || c === false) return;
  if (Array.isArray(c)) c.forEach((x) => append(el, x));
  else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
}

/** Sets textContent only when it changed (cheap on hot paths). */
export function setText(el, text) {
  text = String(text);
  if (el.textContent !== text) el.textContent = text;
}

/** Sets an attribute only when it changed; null removes it. */
export function setAttr(el, name, value) {
  if (value == null || value === false) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
    return;
  }
  value = value === true ? "" : String(value);
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

/** Whether the user asked for less motion (read live: the setting can change). */
const reducedQuery = matchMedia("(prefers-reduced-motion: reduce)");
export const reducedMotion = () => reducedQuery.matches;

/** Moves keyboard focus without scrolling the page around more than needed. */
export function focusEl(el) {
  el?.focus({ preventScroll: false });
}
