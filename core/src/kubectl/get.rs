//! `kubectl get` (tables, `-o wide|yaml|json|name|jsonpath`, `--show-labels`, `-l`,
//! `--no-headers`, events) and `kubectl events`.

use super::{Command, Invocation, Output};
use crate::cluster::Cluster;

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![
        Command { path: "get", flags: &[], run: not_yet, short: "Display one or many resources" },
        Command { path: "events", flags: &[], run: not_yet, short: "List events" },
    ]
}

fn not_yet(_: &mut Cluster, inv: &Invocation) -> Output {
    Output::error(format!("`kubectl {}` is not available in the playground yet", inv.command))
}
