//! `kubectl version`, `kubectl api-resources`, `kubectl explain`, `kubectl edit`, `kubectl cluster-info`.

use super::{Command, Invocation, Output};
use crate::cluster::Cluster;

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![
        Command { path: "version", flags: &[], run: not_yet, short: "" },
        Command { path: "api-resources", flags: &[], run: not_yet, short: "" },
        Command { path: "explain", flags: &[], run: not_yet, short: "" },
        Command { path: "edit", flags: &[], run: not_yet, short: "" },
        Command { path: "cluster-info", flags: &[], run: not_yet, short: "" },
    ]
}

fn not_yet(_: &mut Cluster, inv: &Invocation) -> Output {
    Output::error(format!("`kubectl {}` is not available in the playground yet", inv.command))
}

/// `kubectl` with no command: the root help.
pub fn root_help() -> Output {
    Output::ok("kubectl controls the Kubernetes cluster manager.\n")
}

/// A parent command (`rollout`, `set`) without a valid subcommand.
pub fn parent_help(parent: &str, sub: Option<&str>) -> Output {
    match sub {
        Some(s) if !s.starts_with('-') => Output::error(format!("unknown command \"{s}\" for \"kubectl {parent}\"")),
        _ => Output::ok(format!("Usage:\n  kubectl {parent} SUBCOMMAND [options]\n")),
    }
}

/// `--help` of a command.
pub fn command_help(cmd: &Command) -> Output {
    Output::ok(format!("{}\n", cmd.short))
}
