//! The Deployment controller (`pkg/controller/deployment`), ported 1:1 in names:
//! [`controller`] (`syncDeployment`, claiming), [`sync`] (new ReplicaSet, revisions,
//! scaling, cleanup), [`rolling`], [`recreate`], [`rollback`], [`progress`], and the pure
//! calculators of `deployment_util.go` in [`util`].

pub mod controller;
pub mod progress;
pub mod recreate;
pub mod rollback;
pub mod rolling;
pub mod sync;
pub mod util;
