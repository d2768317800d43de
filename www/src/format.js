// Presentation helpers (no cluster logic): durations as kubectl prints AGE, virtual clock.

/**
 * kubectl's AGE format (k8s.io/apimachinery/pkg/util/duration.HumanDuration), from ms.
 */
export function humanDuration(ms) {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const hr = hours % 24;
    return hr === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hr}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  const years = Math.floor(hours / 24 / 365);
  if (years < 8) {
    const d = Math.floor(hours / 24) % 365;
    return d === 0 ? `${years}y` : `${years}y${d}d`;
  }
  return `${years}y`;
}

/** The header clock: `2m31.4s`, `1h02m05s`. */
export function clock(ms) {
  const total = Math.max(0, ms);
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = (total % 60_000) / 1000;
  const ss = s.toFixed(1).padStart(4, "0");
  if (h > 0) return `${h}h${String(m).padStart(2, "0")}m${ss.padStart(4, "0")}s`;
  if (m > 0) return `${m}m${ss}s`;
  return `${s.toFixed(1)}s`;
}

/** Axis labels: `0s`, `30s`, `1m30s`, `2h`. */
export function shortTime(ms) {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  const r = s % 60;
  if (m < 60) return r ? `${m}m${r}s` : `${m}m`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
}

/** The resource name kubectl prints in confirmations (`deployment.apps/x created`). */
const QUALIFIED = {
  Deployment: "deployment.apps",
  ReplicaSet: "replicaset.apps",
  StatefulSet: "statefulset.apps",
  DaemonSet: "daemonset.apps",
  Pod: "pod",
  Service: "service",
  Node: "node",
  Namespace: "namespace",
  ConfigMap: "configmap",
  Secret: "secret",
  HorizontalPodAutoscaler: "horizontalpodautoscaler.autoscaling",
  Job: "job.batch",
  CronJob: "cronjob.batch",
};
export function qualifiedKind(kind) {
  return QUALIFIED[kind] ?? kind.toLowerCase();
}
