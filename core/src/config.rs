//! Cluster options: seed, nodes, Kubernetes version profile, timings, limits.

use crate::time::Epoch;

/// Which Kubernetes release the texts follow (K8S-SPEC §0).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Profile {
    /// Kubernetes v1.33 (default).
    #[default]
    Current,
    /// Kubernetes v1.28: older event wording and describe layout.
    V1_28,
}

impl Profile {
    /// Parses `"current"`, `"1.33"`, `"1.28"`.
    pub fn parse(s: &str) -> Option<Profile> {
        match s {
            "current" | "1.33" | "v1.33" => Some(Profile::Current),
            "1.28" | "v1.28" => Some(Profile::V1_28),
            _ => None,
        }
    }

    /// The server version string (`v1.33.1`).
    pub fn server_version(self) -> &'static str {
        match self {
            Profile::Current => "v1.33.1",
            Profile::V1_28 => "v1.28.15",
        }
    }
}

/// How long simulated things take (all in milliseconds). Defaults are documented in the
/// README; jitter comes only from the seeded RNG.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Timings {
    /// Fixed part of an image pull.
    pub pull_base_ms: u64,
    /// Pull time per MB of (compressed) image.
    pub pull_ms_per_mb: u64,
    /// A pull of an image already on the node (`imagePullPolicy: Always`).
    pub pull_cached_ms: u64,
    /// Until a pull of a missing image fails.
    pub pull_failure_ms: u64,
    /// Creating and starting a container once its image is there.
    pub container_start_ms: u64,
    /// How long a container takes to exit after SIGTERM (capped by the grace period).
    pub shutdown_ms: u64,
    /// Until the kubelet syncs a pod again after an error.
    pub kubelet_retry_ms: u64,
    /// The kubelet's periodic resync of pods that are backing off.
    pub kubelet_resync_ms: u64,
    /// First image pull back-off (doubles up to the max).
    pub image_backoff_initial_ms: u64,
    /// Longest image pull back-off.
    pub image_backoff_max_ms: u64,
    /// Random spread of pull and start times, in percent (0 = exact).
    pub jitter_percent: u64,
    /// Shortest run of a container whose process exits at once (`busybox` without a
    /// command): its finishedAt is this long after its startedAt.
    #[serde(default = "default_min_run_ms")]
    pub min_run_ms: u64,
    /// First crash-loop back-off (kubelet restarts the first crash at once, then waits this
    /// long, doubling; the back-off is forgotten after a run of twice the max).
    #[serde(default = "default_crash_backoff_initial_ms")]
    pub crash_backoff_initial_ms: u64,
    /// Longest crash-loop back-off.
    #[serde(default = "default_crash_backoff_max_ms")]
    pub crash_backoff_max_ms: u64,
}

fn default_min_run_ms() -> u64 {
    1_000
}

fn default_crash_backoff_initial_ms() -> u64 {
    10_000
}

fn default_crash_backoff_max_ms() -> u64 {
    300_000
}

impl Default for Timings {
    fn default() -> Self {
        Timings {
            pull_base_ms: 1_000,
            pull_ms_per_mb: 40,
            pull_cached_ms: 500,
            pull_failure_ms: 1_500,
            container_start_ms: 400,
            shutdown_ms: 1_500,
            kubelet_retry_ms: 1_000,
            kubelet_resync_ms: 10_000,
            image_backoff_initial_ms: 10_000,
            image_backoff_max_ms: 300_000,
            jitter_percent: 20,
            min_run_ms: default_min_run_ms(),
            crash_backoff_initial_ms: default_crash_backoff_initial_ms(),
            crash_backoff_max_ms: default_crash_backoff_max_ms(),
        }
    }
}

/// Bounds that keep hostile input from freezing the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Limits {
    /// Most pods in the cluster.
    pub max_pods: usize,
    /// Most `replicas` of one workload.
    pub max_replicas: i32,
    /// Most objects of all kinds.
    pub max_objects: usize,
    /// Largest manifest in bytes.
    pub max_document_bytes: usize,
    /// Most controller passes after one instant before giving up.
    pub max_settle_rounds: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_pods: 200_000,
            max_replicas: 100_000,
            max_objects: 250_000,
            max_document_bytes: 8 * 1024 * 1024,
            max_settle_rounds: 100_000,
        }
    }
}

/// Everything a cluster is created with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ClusterConfig {
    /// RNG seed.
    pub seed: u64,
    /// Worker nodes (1–100).
    pub nodes: u32,
    /// Kubernetes version profile.
    pub profile: Profile,
    /// Wall-clock time of virtual time 0.
    pub epoch: Epoch,
    /// Simulated durations.
    pub timings: Timings,
    /// Resource limits.
    pub limits: Limits,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            seed: 1,
            nodes: 3,
            profile: Profile::Current,
            epoch: Epoch::default(),
            timings: Timings::default(),
            limits: Limits::default(),
        }
    }
}
