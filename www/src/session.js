// The page's handle on the simulated cluster: one `Playground` plus a journal of every
// input (apply, kubectl, writeFile, each at its virtual time) so that a permalink or the
// autosave can rebuild the same state by replaying it (same seed + same inputs → same
// cluster). No cluster logic here: all of it lives in the wasm module.

export const DEFAULT_OPTIONS = Object.freeze({ seed: 1, nodes: 3, kubernetesVersion: "current" });

/** Thrown once the wasm module trapped (a Rust panic): the instance is unusable. */
export class FatalError extends Error {}

export class Session {
  /**
   * @param {typeof import("../pkg/kubeplay.js").Playground} Playground
   * @param {object} options {seed, nodes, kubernetesVersion}
   */
  constructor(Playground, options = {}) {
    this.Playground = Playground;
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.pg = new Playground(this.options);
    this.texts = []; // deduplicated YAML texts
    this.textIndex = new Map();
    this.actions = []; // ["a", t, textIdx] | ["k", t, command] | ["f", t, name, textIdx]
    this.gen = 0; // bumps on every change (snapshot cache key)
    this.cached = null;
    this.fatal = null;
    this.goodTime = 0; // virtual time after the last call that completed
    this.crash = null; // {action, t} that trapped, for a bug-report permalink
    /** Called with a snapshot whenever time advanced in chunks (timeline sampling). */
    this.onSample = null;
  }

  get now() {
    return this.guard(() => this.pg.now);
  }

  /**
   * Runs fn against the wasm instance, turning a trap (a Rust panic aborts with
   * `unreachable`) into a FatalError. `action` is what a bug report should replay.
   */
  guard(fn, action = null) {
    if (this.fatal) throw new FatalError(this.fatal.message);
    try {
      const r = fn();
      this.goodTime = this.pg.now;
      return r;
    } catch (err) {
      if (err instanceof WebAssembly.RuntimeError) {
        this.fatal = err;
        this.crash = { action, t: this.goodTime };
        throw new FatalError(`the simulated cluster crashed (${err.message})`);
      }
      throw err;
    }
  }

  textId(text) {
    let i = this.textIndex.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.texts.push(text);
      this.textIndex.set(text, i);
    }
    return i;
  }

  record(action) {
    this.actions.push(action);
    this.gen++;
  }

  /** `kubectl apply -f` of the editor: all or nothing; throws the ApplyError on invalid input. */
  apply(yaml) {
    const t = this.now;
    const action = ["a", t, this.textId(yaml)];
    const result = this.guard(() => this.pg.apply(yaml), action);
    this.record(action);
    return result;
  }

  validate(yaml) {
    return this.guard(() => this.pg.validate(yaml));
  }

  kubectl(command) {
    const t = this.now;
    const action = ["k", t, command];
    const out = this.guard(() => this.pg.kubectl(command), action);
    this.record(action);
    return out;
  }

  writeFile(name, contents) {
    const t = this.now;
    const action = ["f", t, name, this.textId(contents)];
    this.guard(() => this.pg.writeFile(name, contents), action);
    this.record(action);
  }

  /**
   * A read-only kubectl command (not journaled): its stdout when it succeeded, else null.
   * Only for commands that change nothing (`rollout status --watch=false`).
   */
  peek(command) {
    const out = this.guard(() => this.pg.kubectl(command));
    return out.exitCode === 0 && out.stdout ? out.stdout : null;
  }

  /** Advances virtual time by ms (an integer number of ms reaches the module). */
  step(ms) {
    ms = Math.floor(ms);
    if (ms <= 0) return [];
    const events = this.guard(() => this.pg.step(ms), ["s", this.goodTime + ms]);
    this.gen++;
    return events;
  }

  /**
   * Advances by `ms` in chunks, handing a snapshot to onSample after a chunk in which
   * events happened, at least every 4th chunk, and at the end (so the timeline has
   * points across a long jump without a snapshot per chunk). Returns the time reached.
   */
  advance(ms, chunk = Math.max(250, Math.ceil(ms / 200))) {
    let left = Math.floor(ms);
    let quiet = 0;
    while (left > 0) {
      const d = Math.min(chunk, left);
      const events = this.step(d);
      left -= d;
      if (!this.onSample) continue;
      if (events.length > 0 || ++quiet >= 4 || left <= 0) {
        quiet = 0;
        this.onSample(this.snapshot());
      }
    }
    return this.now;
  }

  /** Releases the wasm-side cluster now (a FinalizationRegistry would, eventually). */
  free() {
    if (this.fatal) return; // a trapped instance may be inconsistent: leave it alone
    try {
      this.pg.free();
    } catch {
      /* already freed */
    }
    this.fatal = new Error("this session was closed");
  }

  /** The current snapshot, cached until the next change. */
  snapshot() {
    if (!this.cached || this.cached.gen !== this.gen) {
      this.cached = { gen: this.gen, snap: this.guard(() => this.pg.snapshot()) };
    }
    return this.cached.snap;
  }

  /** The journal: what a permalink or the autosave stores (what completed). */
  toJSON() {
    return { o: this.options, x: this.texts, a: this.actions.slice(), t: this.fatal ? this.goodTime : this.now };
  }

  /** After a crash: the journal that reproduces it (for a bug report). */
  crashJSON() {
    const j = this.toJSON();
    const a = this.crash?.action;
    if (a && a[0] === "s") j.t = a[1];
    else if (a) j.a.push(a);
    return j;
  }

  /**
   * Rebuilds a session from a journal: same options, same inputs at the same virtual
   * times, then time up to the journal's end. `onSample` sees the way there.
   * @param {number} [upto] replay only the first `upto` actions (to skip a crashing one)
   * @param {(action: any[], result: any) => void} [onAction] sees each replayed input
   */
  static replay(Playground, journal, onSample, upto = Infinity, onAction = null) {
    const s = new Session(Playground, journal.o ?? {});
    s.onSample = onSample;
    const texts = journal.x ?? [];
    const actions = (journal.a ?? []).slice(0, upto);
    try {
      s.replayActions(actions, texts, onAction);
      const end = Number(journal.t) || 0;
      if (end > s.now) s.advance(end - s.now);
    } catch (err) {
      // The caller gets the crashed session too (its crashJSON() reproduces the crash).
      if (err instanceof FatalError) err.session = s;
      throw err;
    }
    return s;
  }

  replayActions(actions, texts, onAction) {
    const s = this;
    for (const a of actions) {
      const t = Number(a[1]) || 0;
      if (t > s.now) s.advance(t - s.now);
      switch (a[0]) {
        case "a": {
          let result;
          try {
            result = s.apply(texts[a[2]] ?? "");
          } catch (err) {
            if (err instanceof FatalError) throw err;
            // Invalid input is never recorded; tolerate hand-edited journals.
            result = { error: err.message };
          }
          onAction?.(a, result);
          break;
        }
        case "k": {
          const out = s.kubectl(String(a[2])); // (not inside onAction?.(…): that would skip it)
          onAction?.(a, out);
          break;
        }
        case "f":
          s.writeFile(String(a[2]), texts[a[3]] ?? "");
          break;
        default:
          break;
      }
    }
  }
}
