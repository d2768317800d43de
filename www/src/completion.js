// Tab completion for the kubectl console: commands, subcommands, resource types, object
// names (from the current snapshot) and flags. A static table of what the playground's
// kubectl understands; names always come from the cluster.

const OUTPUT = ["wide", "yaml", "json", "name"];
const SELECTOR = ["-l", "--selector="];

const COMMANDS = {
  get: { res: "any", flags: ["-o", "--output=", ...SELECTOR, "-L", "--label-columns=", "--show-labels", "-w", "--watch", "--sort-by=", "--no-headers"] },
  describe: { res: "any", flags: [...SELECTOR, "--show-events=false"] },
  apply: { flags: ["-f", "--filename=", "--record", "--dry-run=client"] },
  create: { flags: ["-f", "--filename=", "--record"] },
  replace: { flags: ["-f", "--filename="] },
  delete: { res: "any", flags: ["-f", ...SELECTOR, "--all", "--grace-period=", "--force", "--now", "--wait=false"] },
  scale: { res: "scalable", flags: ["--replicas=", "--current-replicas="] },
  set: {
    sub: {
      image: { res: "scalable", flags: ["--record", "--all"] },
      resources: { res: "scalable", flags: ["-c", "--containers=", "--limits=", "--requests=", "--record"] },
    },
  },
  rollout: {
    sub: {
      status: { res: "deploy", flags: ["--watch=false", "--timeout=", "--revision="] },
      history: { res: "deploy", flags: ["--revision="] },
      undo: { res: "deploy", flags: ["--to-revision="] },
      pause: { res: "deploy", flags: [] },
      resume: { res: "deploy", flags: [] },
      restart: { res: "deploy", flags: [] },
    },
  },
  label: { res: "any", flags: ["--overwrite", "--all"] },
  annotate: { res: "any", flags: ["--overwrite", "--all"] },
  autoscale: { res: "deploy", flags: ["--min=", "--max=", "--cpu-percent="] },
  edit: { res: "any", flags: [] },
  events: { flags: ["--for=", "-w", "--watch", "--types="] },
  explain: { flags: ["--recursive"] },
  version: { flags: ["--client"] },
  "api-resources": { flags: [] },
  "cluster-info": { flags: [] },
};

/** Console built-ins besides kubectl. */
export const BUILTINS = ["clear", "sleep", "help"];

const GLOBAL_FLAGS = ["-n", "--namespace=", "-A", "--all-namespaces", "-h", "--help"];
// Flags whose value is the next word.
const VALUE_FLAGS = new Set(["-n", "--namespace", "-o", "--output", "-l", "--selector", "-L", "--label-columns", "-c", "--containers", "-f", "--filename"]);

const TYPES = {
  deploy: ["deployments", "deployment", "deploy", "deployments.apps"],
  rs: ["replicasets", "replicaset", "rs"],
  pod: ["pods", "pod", "po"],
  node: ["nodes", "node", "no"],
  event: ["events", "event", "ev"],
  ns: ["namespaces", "namespace", "ns"],
  hpa: ["horizontalpodautoscalers", "hpa"],
};

function typeOf(word) {
  const base = word.toLowerCase().split(".")[0];
  for (const [k, forms] of Object.entries(TYPES)) if (forms.some((f) => f.split(".")[0] === base)) return k;
  return null;
}

function namesOf(type, snap) {
  if (!snap) return [];
  switch (type) {
    case "deploy":
      return snap.deployments.map((d) => d.name);
    case "rs":
      return snap.replicaSets.map((r) => r.name);
    case "pod":
      return snap.pods.map((p) => p.name);
    case "node":
      return snap.nodes.map((n) => n.name);
    case "ns":
      return ["default", "kube-system", "kube-public", "kube-node-lease"];
    default:
      return [];
  }
}

function typesFor(res) {
  if (res === "deploy") return TYPES.deploy.slice(0, 3);
  if (res === "scalable") return [...TYPES.deploy.slice(0, 3), ...TYPES.rs];
  return Object.values(TYPES).flatMap((f) => f.filter((x) => !x.includes(".")));
}

/**
 * What can follow the text before the cursor.
 * @returns {{ start: number, candidates: string[] }} candidates replace line.slice(start)
 */
export function complete(line, snap) {
  const words = line.split(/\s+/);
  if (words[0] === "") words.shift();
  const cur = words.length ? words.pop() : "";
  const start = line.length - cur.length;
  const done = (list) => ({ start, candidates: [...new Set(list)].filter((c) => c.startsWith(cur) && c !== cur || (c === cur && list.length === 1)) });

  let i = 0;
  if (words[0] === "kubectl") i = 1;
  const before = words.slice(i);
  // Positional words, skipping flags and the values of value-taking flags.
  const positional = [];
  let prevFlag = null;
  for (let k = 0; k < before.length; k++) {
    const w = before[k];
    if (w.startsWith("-")) {
      prevFlag = !w.includes("=") && VALUE_FLAGS.has(w) ? w : null;
      continue;
    }
    if (prevFlag) {
      prevFlag = null;
      continue;
    }
    positional.push(w);
  }
  const lastWord = before[before.length - 1];
  if (lastWord && VALUE_FLAGS.has(lastWord) && !cur.startsWith("-")) {
    if (lastWord === "-o" || lastWord === "--output") return done(OUTPUT);
    if (lastWord === "-n" || lastWord === "--namespace") return done(namesOf("ns", snap));
    if (lastWord === "-c" || lastWord === "--containers") return done(["nginx"]);
    return { start, candidates: [] };
  }
  if (cur.startsWith("-o=") || cur.startsWith("--output=")) {
    const [flag] = cur.split("=");
    return done(OUTPUT.map((o) => `${flag}=${o}`));
  }

  if (positional.length === 0 && !cur.startsWith("-")) {
    const cmds = Object.keys(COMMANDS);
    return done(i === 0 ? ["kubectl", ...cmds, ...BUILTINS] : cmds);
  }
  const cmdName = positional[0];
  let spec = COMMANDS[cmdName];
  if (!spec) return { start, candidates: [] };
  let args = positional.slice(1);
  if (spec.sub) {
    if (args.length === 0 && !cur.startsWith("-")) return done(Object.keys(spec.sub));
    spec = spec.sub[args[0]];
    if (!spec) return { start, candidates: [] };
    args = args.slice(1);
  }
  if (cur.startsWith("-")) return done([...(spec.flags ?? []), ...GLOBAL_FLAGS]);
  if (!spec.res) return { start, candidates: [] };

  // type/name
  const slash = cur.indexOf("/");
  if (slash >= 0) {
    const typeWord = cur.slice(0, slash);
    const type = typeOf(typeWord);
    return done(namesOf(type, snap).map((n) => `${typeWord}/${n}`));
  }
  if (args.length === 0) {
    // `get deploy,rs,po`: complete after the last comma.
    const comma = cur.lastIndexOf(",");
    if (comma >= 0 && cmdName === "get") {
      const head = cur.slice(0, comma + 1);
      return done(typesFor("any").map((t) => head + t));
    }
    const types = typesFor(spec.res);
    if (spec.res === "deploy") {
      // rollout takes deployment/NAME (or a type then a name).
      return done([...types, ...namesOf("deploy", snap).map((n) => `deployment/${n}`)]);
    }
    return done(types);
  }
  const first = args[0];
  if (first.includes("/")) return { start, candidates: [] };
  const type = typeOf(first.split(",").pop());
  return done(namesOf(type, snap));
}

/** Longest common prefix of strings. */
export function commonPrefix(list) {
  if (list.length === 0) return "";
  let p = list[0];
  for (const s of list) {
    let i = 0;
    while (i < p.length && i < s.length && p[i] === s[i]) i++;
    p = p.slice(0, i);
  }
  return p;
}
