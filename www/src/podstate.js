// A pod's visual state, from the snapshot's PodView (status text as `kubectl get pods`
// prints it, phase, ready, available, deletedAt). One meaning everywhere: grid, node
// view, table and legend show the same tile for the same state (colour AND shape).

export const STATES = [
  { id: "pending", label: "Pending", hint: "hollow outline" },
  { id: "creating", label: "ContainerCreating", hint: "outline with a progress sweep" },
  { id: "running", label: "Running, not ready", hint: "amber, half-filled" },
  { id: "ready", label: "Ready, not yet available (minReadySeconds)", hint: "green outline with a clock" },
  { id: "available", label: "Available", hint: "solid green" },
  { id: "terminating", label: "Terminating", hint: "grey, striped" },
  { id: "imgerr", label: "ErrImagePull / ImagePullBackOff", hint: "red with !" },
  { id: "crash", label: "CrashLoopBackOff", hint: "red with ↻ and restarts" },
  { id: "failed", label: "Failed / Error / Completed / Unknown", hint: "grey with ×" },
];

export const STATE_LABEL = Object.fromEntries(STATES.map((s) => [s.id, s.label]));

const IMAGE_ERRORS = new Set(["ErrImagePull", "ImagePullBackOff", "InvalidImageName", "ErrImageNeverPull"]);
const CRASH = new Set([
  "CrashLoopBackOff",
  "RunContainerError",
  "CreateContainerError",
  "CreateContainerConfigError",
  "OOMKilled",
]);

/** @param {import("../pkg/kubeplay.js").PodView} p */
export function podState(p) {
  const s = p.status ?? "";
  if (p.deletedAt != null || s === "Terminating") return "terminating";
  if (IMAGE_ERRORS.has(s)) return "imgerr";
  if (CRASH.has(s)) return "crash";
  if (s === "Error" || s === "Completed" || s === "Unknown" || p.phase === "Failed" || p.phase === "Succeeded" || p.phase === "Unknown")
    return "failed";
  if (s === "ContainerCreating" || s === "PodInitializing" || s.startsWith("Init:")) return "creating";
  if (p.phase === "Pending") return "pending";
  if (!p.ready) return "running";
  if (!p.available) return "ready";
  return "available";
}
