//! `kubectl rollout status`, `kubectl rollout history`, `kubectl rollout undo`, `kubectl rollout pause`, `kubectl rollout resume`, `kubectl rollout restart`.

use super::{Command, Invocation, Output};
use crate::cluster::Cluster;

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![
        Command { path: "rollout status", flags: &[], run: not_yet, short: "" },
        Command { path: "rollout history", flags: &[], run: not_yet, short: "" },
        Command { path: "rollout undo", flags: &[], run: not_yet, short: "" },
        Command { path: "rollout pause", flags: &[], run: not_yet, short: "" },
        Command { path: "rollout resume", flags: &[], run: not_yet, short: "" },
        Command { path: "rollout restart", flags: &[], run: not_yet, short: "" },
    ]
}

fn not_yet(_: &mut Cluster, inv: &Invocation) -> Output {
    Output::error(format!("`kubectl {}` is not available in the playground yet", inv.command))
}
