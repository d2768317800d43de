// The kubectl console: a prompt with history (↑/↓), Tab completion, output exactly as
// kubectl() returns it (stdout as is, stderr in its own colour), `clear`.

import { h, reducedMotion } from "./dom.js";
import { complete, commonPrefix } from "./completion.js";

const MAX_ENTRIES = 400; // output blocks kept (older ones are dropped)

/**
 * @param {{ out: HTMLElement, input: HTMLInputElement, form: HTMLFormElement,
 *           completions: HTMLElement, snapshot: () => any,
 *           execute: (cmd: string) => Promise<void> | void }} opts
 */
export function createConsole(opts) {
  const { out, input, form, completions } = opts;
  const history = [];
  let histPos = 0;
  let draft = "";
  let busy = Promise.resolve();
  let escaped = false; // Escape then Tab leaves the prompt even with text on it

  function scrollToEnd() {
    out.scrollTop = out.scrollHeight;
  }

  function trim() {
    while (out.childElementCount > MAX_ENTRIES) out.firstElementChild.remove();
  }

  /** An entry: the echoed command and its output blocks. */
  function entry(cmd) {
    const el = h("div", { class: "entry" });
    if (cmd != null) el.append(h("div", { class: "cmdline" }, h("span", { class: "ps1", "aria-hidden": "true", text: "$ " }), h("span", { class: "cmd", text: cmd })));
    out.append(el);
    trim();
    scrollToEnd();
    return {
      el,
      /** Appends output text (kept exactly: pre-wrap). kind: stdout | stderr | info | ok */
      print(kind, text) {
        if (text === "" || text == null) return null;
        const pre = h("pre", { class: kind, text });
        el.append(pre);
        scrollToEnd();
        return pre;
      },
      /** Appends lines one by one (rollout status), unless the user prefers less motion. */
      async stream(kind, text, delay = 160) {
        if (!text) return;
        const lines = text.replace(/\n$/, "").split("\n");
        if (reducedMotion() || lines.length < 2) {
          this.print(kind, text);
          return;
        }
        const pre = h("pre", { class: kind });
        el.append(pre);
        for (let i = 0; i < lines.length; i++) {
          pre.append(document.createTextNode(lines[i] + "\n"));
          scrollToEnd();
          if (i < lines.length - 1) await new Promise((r) => setTimeout(r, delay));
        }
      },
    };
  }

  function clear() {
    out.replaceChildren();
  }

  function remember(cmd) {
    if (cmd && history[history.length - 1] !== cmd) history.push(cmd);
    histPos = history.length;
    draft = "";
  }

  /** Runs a command as if typed (queued behind a running one). */
  function run(cmd) {
    cmd = cmd.trim();
    remember(cmd);
    hideCompletions();
    busy = busy.then(() => opts.execute(cmd)).catch((err) => {
      entry(null).print("stderr", `console: ${err?.message ?? err}`);
    });
    return busy;
  }

  function showCompletions(list, start) {
    completions.replaceChildren();
    if (list.length === 0) {
      completions.hidden = true;
      return;
    }
    const shown = list.slice(0, 60);
    for (const c of shown) {
      completions.append(
        h("button", {
          type: "button",
          class: "chip mono",
          text: c,
          onclick: () => {
            accept(start, c);
            input.focus();
          },
        }),
      );
    }
    if (list.length > shown.length) completions.append(h("span", { class: "muted", text: `… ${list.length - shown.length} more` }));
    completions.hidden = false;
  }

  function hideCompletions() {
    completions.hidden = true;
    completions.replaceChildren();
  }

  function accept(start, candidate) {
    const tail = input.value.slice(input.selectionEnd ?? input.value.length);
    const suffix = /[/=,]$/.test(candidate) ? "" : " ";
    input.value = input.value.slice(0, start) + candidate + suffix + tail.trimStart();
    const pos = start + candidate.length + suffix.length;
    input.setSelectionRange(pos, pos);
    hideCompletions();
  }

  function tab() {
    const caret = input.selectionStart ?? input.value.length;
    const line = input.value.slice(0, caret);
    const { start, candidates } = complete(line, opts.snapshot());
    if (candidates.length === 1) {
      accept(start, candidates[0]);
      return;
    }
    if (candidates.length > 1) {
      const prefix = commonPrefix(candidates);
      const cur = line.slice(start);
      if (prefix.length > cur.length) {
        input.value = input.value.slice(0, start) + prefix + input.value.slice(caret);
        const pos = start + prefix.length;
        input.setSelectionRange(pos, pos);
      }
    }
    showCompletions(candidates, start);
  }

  input.addEventListener("keydown", (e) => {
    const wasEscaped = escaped;
    escaped = e.key === "Escape";
    if (e.key === "Tab" && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      // Tab completes while there is something to complete; on an empty prompt (or
      // after Escape) it moves focus on, so the console never traps the keyboard.
      if (input.value.trim() === "" || wasEscaped) return;
      e.preventDefault();
      tab();
    } else if (e.key === "ArrowUp") {
      if (histPos > 0) {
        if (histPos === history.length) draft = input.value;
        histPos--;
        input.value = history[histPos];
        e.preventDefault();
        requestAnimationFrame(() => input.setSelectionRange(input.value.length, input.value.length));
      }
    } else if (e.key === "ArrowDown") {
      if (histPos < history.length) {
        histPos++;
        input.value = histPos === history.length ? draft : history[histPos];
        e.preventDefault();
      }
    } else if (e.key === "Escape") {
      if (!completions.hidden) {
        hideCompletions();
        e.preventDefault();
      }
    } else if ((e.key === "l" || e.key === "L") && e.ctrlKey) {
      e.preventDefault();
      clear();
    } else if ((e.key === "c" || e.key === "C") && e.ctrlKey && input.selectionStart === input.selectionEnd) {
      e.preventDefault();
      if (input.value) entry(input.value).print("info", "^C");
      input.value = "";
      hideCompletions();
    }
  });
  input.addEventListener("input", () => {
    if (!completions.hidden) hideCompletions();
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const cmd = input.value;
    input.value = "";
    if (cmd.trim() === "") {
      entry("");
      return;
    }
    run(cmd);
  });

  return {
    entry,
    clear,
    run,
    history,
    /** Sets the history (after a replay) without running anything. */
    setHistory(list) {
      history.splice(0, history.length, ...list);
      histPos = history.length;
    },
    /** Puts text on the prompt for the user to finish. */
    prefill(text) {
      input.value = text;
      input.focus();
      input.setSelectionRange(text.length, text.length);
    },
    idle: () => busy,
  };
}
