//! `kubectl delete`.

use super::{Command, Invocation, Output};
use crate::cluster::Cluster;

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![
        Command { path: "delete", flags: &[], run: not_yet, short: "" },
    ]
}

fn not_yet(_: &mut Cluster, inv: &Invocation) -> Output {
    Output::error(format!("`kubectl {}` is not available in the playground yet", inv.command))
}
