//! # kubeplay-core
//!
//! A deterministic, simulated Kubernetes control plane — Deployments, ReplicaSets, Pods,
//! Nodes, the scheduler and the kubelets — and (later) kubectl, for a playground that runs
//! in the browser.
//!
//! ## The contract (sans-IO)
//! - **No IO, no clock, no ambient randomness.** Time is virtual ([`time::SimTime`], ms since
//!   start); randomness comes from the seed in [`config::ClusterConfig`]; files for
//!   `kubectl apply -f` are handed in with [`Cluster::write_file`].
//! - **Inputs**: writes ([`Cluster::apply`], [`Cluster::delete`]) take effect at the current
//!   instant and the controllers reconcile them to a fixpoint before the call returns;
//!   [`Cluster::advance_to`] / [`Cluster::step`] move time, firing every due timer (image
//!   pulled, container started, grace period over, …) in order.
//! - **Outputs**: the events emitted meanwhile, [`Cluster::next_wakeup`], and views of the
//!   store.
//! - **Deterministic**: the same seed and the same inputs give byte-identical state.
//!
//! ## Pipeline
//! manifest text → [`manifest`] (span-aware YAML, strict schema, defaults, validation) →
//! [`store`] → controllers ([`controllers`]: ReplicaSet; garbage collector, scheduler and
//! kubelets in [`cluster`], [`scheduler`], [`kubelet`]) → [`events`].

pub mod cluster;
pub mod config;
pub mod controllers;
pub mod error;
pub mod events;
pub mod hash;
pub mod images;
pub mod invariants;
pub mod kubectl;
pub mod kubelet;
pub mod manifest;
pub mod model;
pub mod ops;
pub mod quantity;
pub mod rng;
pub mod scheduler;
pub mod snapshot;
pub mod store;
pub mod time;
pub mod transcript;
pub mod value;
pub mod view;

pub use cluster::{
    ApiError, AppliedObject, ApplyAction, ApplyError, ApplyOutcome, Cluster, Propagation,
};
pub use config::{ClusterConfig, Limits, Profile, Timings};
pub use error::{Diagnostic, Severity};
pub use events::ClusterEvent;
pub use time::{SimDuration, SimTime};
