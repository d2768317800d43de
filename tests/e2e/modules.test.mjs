// Unit tests of the page's own modules (www/src) under Node, against the nodejs build of
// the wasm module (pkg/node, from scripts/build-wasm.sh): journal replay, completion,
// formatting. The page tests (page.test.mjs) cover the same code in Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const nodePkg = path.join(root, "pkg/node/kubeplay.js");
assert.ok(existsSync(nodePkg), "pkg/node/kubeplay.js is missing: run scripts/build-wasm.sh");
const { Playground } = createRequire(import.meta.url)(nodePkg);
const { Session } = await import(path.join(root, "www/src/session.js"));
const { complete, commonPrefix } = await import(path.join(root, "www/src/completion.js"));
const { humanDuration, clock, qualifiedKind } = await import(path.join(root, "www/src/format.js"));
const { PRESETS, presetById } = await import(path.join(root, "www/src/presets.js"));
const { podState } = await import(path.join(root, "www/src/podstate.js"));

test("every preset's YAML and files validate and apply on a fresh cluster", () => {
  for (const p of PRESETS) {
    const pg = new Playground();
    assert.deepEqual(pg.validate(p.yaml), [], `${p.id}: ${p.file}`);
    for (const [name, text] of Object.entries(p.files ?? {})) assert.deepEqual(pg.validate(text), [], `${p.id}: ${name}`);
    const r = pg.apply(p.yaml);
    assert.ok(r.applied.length >= 1 && r.applied.every((a) => a.action === "created"), p.id);
    assert.ok(p.commands.length >= 3 && p.text.length > 80, p.id);
    pg.free();
  }
  assert.equal(presetById("nope").id, "rolling-update");
});

test("a journal replays to the same cluster (apply, kubectl that advances time, files, steps)", () => {
  const yaml = presetById("rolling-update").yaml;
  const s = new Session(Playground, { seed: 7 });
  s.step(300);
  s.writeFile("nginx-deploy.yaml", yaml);
  s.apply(yaml);
  s.kubectl("kubectl rollout status deployment/nginx-deploy");
  s.step(1234);
  s.kubectl("kubectl set image deployment/nginx-deploy nginx=nginx:1.9.1");
  s.advance(2500);
  assert.throws(() => s.apply("a: ["), (e) => Array.isArray(e.diagnostics)); // not journaled
  s.kubectl("kubectl frobnicate");
  s.step(777);
  const journal = JSON.parse(JSON.stringify(s.toJSON()));
  assert.equal(journal.o.seed, 7);
  assert.equal(journal.a.filter((a) => a[0] === "a").length, 1);

  const seen = [];
  const r = Session.replay(Playground, journal, null, Infinity, (a) => seen.push(a[0]));
  assert.deepEqual(seen, ["a", "k", "k", "k"]);
  assert.equal(r.now, s.now);
  assert.equal(JSON.stringify(r.snapshot()), JSON.stringify(s.snapshot()));
  assert.equal(r.kubectl("get rs").stdout, s.kubectl("get rs").stdout);

  // The timeline hook sees the way there, in order.
  const times = [];
  Session.replay(Playground, journal, (snap) => times.push(snap.now));
  assert.ok(times.length > 5, `${times.length} samples`);
  assert.deepEqual(times, [...times].sort((a, b) => a - b));
  assert.equal(times[times.length - 1], s.now);
});

test("a trap in the module becomes a FatalError and the journal stops before it", () => {
  const s = new Session(Playground);
  s.apply(presetById("rolling-update").yaml);
  // Simulate a panic: a wasm RuntimeError from inside a call.
  const real = s.pg.kubectl.bind(s.pg);
  s.pg.kubectl = () => {
    throw new WebAssembly.RuntimeError("unreachable");
  };
  assert.throws(() => s.kubectl("get pods"), /crashed/);
  assert.ok(s.fatal);
  assert.equal(s.toJSON().a.length, 1);
  assert.deepEqual(s.crashJSON().a.at(-1), ["k", 0, "get pods"]);
  s.pg.kubectl = real;
});

test("completion: commands, subcommands, types, names from the snapshot, flags", () => {
  const snap = {
    deployments: [{ name: "nginx-deploy" }],
    replicaSets: [{ name: "nginx-deploy-6c5ff87cf" }],
    pods: [{ name: "nginx-deploy-6c5ff87cf-abcde" }, { name: "nginx-deploy-6c5ff87cf-fghjk" }],
    nodes: [{ name: "node-1" }],
  };
  const c = (line) => complete(line, snap).candidates;
  assert.deepEqual(c("kubectl ro"), ["rollout"]);
  assert.deepEqual(c("kubectl rollout u"), ["undo"]);
  assert.deepEqual(c("kubectl rollout undo deployment/"), ["deployment/nginx-deploy"]);
  assert.deepEqual(c("kubectl get rs "), ["nginx-deploy-6c5ff87cf"]);
  assert.deepEqual(c("describe po nginx"), ["nginx-deploy-6c5ff87cf-abcde", "nginx-deploy-6c5ff87cf-fghjk"]);
  assert.deepEqual(c("kubectl get pods -o "), ["wide", "yaml", "json", "name"]);
  assert.deepEqual(c("kubectl scale deploy nginx-deploy --re"), ["--replicas="]);
  assert.deepEqual(c("kubectl get no "), ["node-1"]);
  assert.ok(c("kubectl get ").includes("deployments"));
  assert.ok(c("").includes("clear"));
  assert.equal(commonPrefix(["deployments", "deployment", "deploy"]), "deploy");
});

test("formatting: kubectl AGE, the clock, qualified kinds, pod states", () => {
  assert.equal(humanDuration(59_000), "59s");
  assert.equal(humanDuration(119_000), "119s");
  assert.equal(humanDuration(150_000), "2m30s");
  assert.equal(humanDuration(600_000), "10m");
  assert.equal(humanDuration(3 * 3_600_000 + 5 * 60_000), "3h5m");
  assert.equal(humanDuration(50 * 3_600_000), "2d2h");
  assert.equal(clock(151_400), "2m31.4s");
  assert.equal(qualifiedKind("Deployment"), "deployment.apps");
  assert.equal(qualifiedKind("Pod"), "pod");
  const pod = { status: "Running", phase: "Running", ready: true, available: true, deletedAt: null };
  assert.equal(podState(pod), "available");
  assert.equal(podState({ ...pod, available: false }), "ready");
  assert.equal(podState({ ...pod, ready: false, available: false }), "running");
  assert.equal(podState({ ...pod, deletedAt: 5 }), "terminating");
  assert.equal(podState({ ...pod, status: "ImagePullBackOff", phase: "Pending" }), "imgerr");
  assert.equal(podState({ ...pod, status: "CrashLoopBackOff" }), "crash");
  assert.equal(podState({ ...pod, status: "ContainerCreating", phase: "Pending" }), "creating");
  assert.equal(podState({ ...pod, status: "Pending", phase: "Pending", ready: false }), "pending");
});
