// The JS API contract (shared/DESIGN.md) from Node, over the nodejs build (pkg/node):
// every method once, each with a meaningful assertion.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { Playground, version } = require("../../pkg/node/kubeplay.js");

const deployment = (image) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: ${image}
`;

test("package metadata", () => {
  const pkg = JSON.parse(readFileSync(new URL("../../pkg/node/package.json", import.meta.url)));
  assert.equal(pkg.name, "kubeplay");
  assert.equal(pkg.version, version());
  assert.equal(pkg.types, "kubeplay.d.ts");
  const dts = readFileSync(new URL("../../pkg/node/kubeplay.d.ts", import.meta.url), "utf8");
  for (const t of ["interface ClusterSnapshot", "interface Diagnostic", "class Playground", "apply(yaml: string): ApplyResult"]) {
    assert.ok(dts.includes(t), `d.ts has ${t}`);
  }
});

test("every method of the contract", () => {
  const p = new Playground({ seed: 7, nodes: 2, kubernetesVersion: "current" });
  assert.equal(p.now, 0);

  // validate: nothing changes, problems come back with positions.
  const diags = p.validate(deployment("nginx:1.14.2").replace("replicas: 3", "replica: 3"));
  assert.deepEqual(diags, [{ line: 6, column: 3, message: 'unknown field "spec.replica"', severity: "error" }]);
  assert.equal(p.snapshot().deployments.length, 0);

  // apply: created, then unchanged.
  const out = p.apply(deployment("nginx:1.14.2"));
  assert.deepEqual(out.applied, [{ kind: "Deployment", name: "nginx", namespace: "default", action: "created" }]);
  assert.deepEqual(out.warnings, []);
  assert.equal(p.apply(deployment("nginx:1.14.2")).applied[0].action, "unchanged");

  // apply of invalid YAML throws an Error with diagnostics; nothing changes.
  const before = JSON.stringify(p.snapshot());
  assert.throws(() => p.apply("kind: Deployment\napiVersion: apps/v1\nmetadata: {name: x}\nspec:\n  replicas: -1\n"), (e) => {
    assert.ok(e instanceof Error);
    assert.ok(Array.isArray(e.diagnostics) && e.diagnostics.length >= 1);
    assert.equal(e.line, e.diagnostics[0].line);
    assert.equal(e.column, e.diagnostics[0].column);
    return true;
  });
  assert.equal(JSON.stringify(p.snapshot()), before);

  // step: events with the contract's shape; time moves.
  const events = p.step(30_000);
  assert.equal(p.now, 30_000);
  assert.ok(events.some((e) => e.reason === "ScalingReplicaSet" || e.reason === "Started"));
  for (const e of events) {
    assert.deepEqual(Object.keys(e).sort(), ["message", "object", "reason", "time", "type"]);
  }

  // snapshot: three running pods.
  const snap = p.snapshot();
  assert.equal(snap.pods.length, 3);
  assert.ok(snap.pods.every((pod) => pod.status === "Running" && pod.ready));
  assert.equal(snap.deployments[0].readyReplicas, 3);

  // kubectl: never throws; errors on stderr.
  const bad = p.kubectl("get frobs");
  assert.equal(bad.exitCode, 1);
  assert.equal(bad.stdout, "");
  assert.match(bad.stderr, /^error: /);

  // writeFile + kubectl apply -f; then a second revision.
  p.writeFile("nginx.yaml", deployment("nginx:1.16.1"));
  const applied = p.kubectl("kubectl apply -f nginx.yaml");
  assert.equal(applied.stdout, "deployment.apps/nginx configured\n");
  assert.equal(applied.exitCode, 0);
  p.step(120_000);
  assert.ok(p.snapshot().pods.every((pod) => pod.image === "nginx:1.16.1"));

  // rollout: undo to revision 1 through the flags object.
  const undo = p.rollout("undo", "deployment/nginx", { toRevision: 1 });
  assert.equal(undo.stdout, "deployment.apps/nginx rolled back\n");
  assert.equal(undo.exitCode, 0);
  p.step(120_000);
  const s2 = p.snapshot();
  assert.ok(s2.pods.filter((pod) => !pod.deletedAt).every((pod) => pod.image === "nginx:1.14.2"));
  assert.equal(s2.deployments[0].revision, 3);
});

test("same seed, same inputs, same output", () => {
  const run = (seed) => {
    const p = new Playground({ seed });
    p.apply(deployment("nginx:1.14.2"));
    p.step(45_000);
    return JSON.stringify(p.snapshot());
  };
  assert.equal(run(3), run(3));
  assert.notEqual(run(3), run(4));
});

test("node failure and recovery", () => {
  const p = new Playground({ seed: 2 });
  p.apply(deployment("nginx:1.14.2"));
  p.step(20_000);
  p.failNode("node-1");
  p.step(50_000);
  assert.equal(p.snapshot().nodes.find((n) => n.name === "node-1").ready, false);
  assert.match(p.kubectl("get nodes").stdout, /node-1\s+NotReady/);
  p.recoverNode("node-1");
  assert.equal(p.snapshot().nodes.find((n) => n.name === "node-1").ready, true);
  assert.throws(() => p.failNode("node-9"), /nodes "node-9" not found/);
  assert.equal(p.kubectl("kubeplay node fail node-2").stdout, "node/node-2 failed (its kubelet stopped reporting)\n");
});

test("bad options and bad steps throw clear errors", () => {
  assert.throws(() => new Playground({ kubernetesVersion: "1.99" }), /unknown kubernetesVersion/);
  const p = new Playground();
  assert.throws(() => p.step(-5), /non-negative/);
});
