//! kubectl for the playground: one command line in, what the real kubectl prints out
//! (stdout, stderr, exit code). Texts follow K8S-SPEC §15 and the oracle goldens.
//!
//! [`run`] tokenizes ([`args`]), finds the command, parses its flags, resolves resource
//! types ([`resources`]) and hands an [`Invocation`] to the command's module. Tables and
//! `describe` align through [`tabwriter`]; objects print through [`printers`].

pub mod apply;
pub mod args;
pub mod autoscale;
pub mod delete;
pub mod describe;
pub mod expose;
pub mod get;
pub mod meta;
pub mod misc;
pub mod node;
pub mod playground;
pub mod printers;
pub mod resources;
pub mod rollout;
pub mod scale;
pub mod set;
pub mod tabwriter;

use args::{FlagSpec, Flags};
use resources::Resource;

use crate::cluster::Cluster;

/// What a kubectl command printed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// Exit code (0 = success).
    pub exit_code: i32,
}

impl Output {
    /// Success with this stdout.
    pub fn ok(stdout: impl Into<String>) -> Output {
        Output {
            stdout: stdout.into(),
            stderr: String::new(),
            exit_code: 0,
        }
    }

    /// `error: <msg>` on stderr, exit 1 (the prefix is not doubled).
    pub fn error(msg: impl AsRef<str>) -> Output {
        let msg = msg.as_ref();
        let line = if msg.starts_with("error: ") {
            msg.to_string()
        } else {
            format!("error: {msg}")
        };
        Output {
            stdout: String::new(),
            stderr: format!("{line}\n"),
            exit_code: 1,
        }
    }

    /// `Error from server (<Reason>): <msg>` on stderr, exit 1.
    pub fn server_error(reason: &str, msg: impl AsRef<str>) -> Output {
        Output {
            stdout: String::new(),
            stderr: format!("Error from server ({reason}): {}\n", msg.as_ref()),
            exit_code: 1,
        }
    }

    /// Appends another output (stdout to stdout, stderr to stderr; the worse exit code).
    pub fn append(&mut self, other: Output) {
        self.stdout.push_str(&other.stdout);
        self.stderr.push_str(&other.stderr);
        if other.exit_code != 0 {
            self.exit_code = other.exit_code;
        }
    }
}

/// One parsed command line, ready for a command module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    /// The command path (`get`, `rollout status`, `set image`).
    pub command: &'static str,
    /// Positional arguments after the command words.
    pub args: Vec<String>,
    /// Flags.
    pub flags: Flags,
    /// `-n` or `default`.
    pub namespace: String,
    /// Whether `-n` was given explicitly.
    pub namespace_set: bool,
    /// The words as typed, without a leading `kubectl` (for `--record`).
    pub words: Vec<String>,
}

impl Invocation {
    /// The `See 'kubectl <cmd> --help' for usage.` hint line.
    pub fn usage_hint(&self) -> String {
        format!("See 'kubectl {} --help' for usage.", self.command)
    }
}

/// A command: its path, flags, and handler.
pub struct Command {
    /// Words (`rollout status`).
    pub path: &'static str,
    /// Flags it accepts besides the global ones.
    pub flags: &'static [FlagSpec],
    /// What it does.
    pub run: fn(&mut Cluster, &Invocation) -> Output,
    /// One-line help.
    pub short: &'static str,
}

/// Every command the playground knows.
pub fn commands() -> Vec<Command> {
    let mut v = Vec::new();
    v.extend(get::commands());
    v.extend(describe::commands());
    v.extend(apply::commands());
    v.extend(scale::commands());
    v.extend(set::commands());
    v.extend(meta::commands());
    v.extend(delete::commands());
    v.extend(rollout::commands());
    v.extend(autoscale::commands());
    v.extend(expose::commands());
    v.extend(node::commands());
    v.extend(misc::commands());
    v
}

/// Runs one kubectl command line (with or without a leading `kubectl`).
pub fn run(cluster: &mut Cluster, line: &str) -> Output {
    let mut words = match args::tokenize(line) {
        Ok(w) => w,
        Err(e) => return Output::error(e),
    };
    if words.first().map(String::as_str) == Some("kubeplay") {
        return playground::run(cluster, &words[1..]);
    }
    if words.first().map(String::as_str) == Some("kubectl") {
        words.remove(0);
    }
    if words.is_empty() {
        return misc::root_help();
    }
    // Global flags may come before the command (`kubectl -n x get pods`).
    let first_word = words.iter().position(|w| !w.starts_with('-'));
    let Some(first) = first_word else {
        return misc::root_help();
    };
    let all = commands();
    // Longest matching command path.
    let mut best: Option<&Command> = None;
    for c in &all {
        let parts: Vec<&str> = c.path.split(' ').collect();
        let ok = parts
            .iter()
            .enumerate()
            .all(|(i, p)| words.get(first + i).map(String::as_str) == Some(*p));
        if ok && best.is_none_or(|b| b.path.split(' ').count() < parts.len()) {
            best = Some(c);
        }
    }
    let Some(cmd) = best else {
        let w = &words[first];
        // A known parent with an unknown subcommand.
        if all
            .iter()
            .any(|c| c.path.split(' ').next() == Some(w.as_str()))
        {
            return misc::parent_help(w, words.get(first + 1).map(String::as_str));
        }
        return Output::error(format!("unknown command \"{w}\" for \"kubectl\""));
    };
    let n = cmd.path.split(' ').count();
    let mut rest: Vec<String> = words[..first].to_vec();
    rest.extend(words[first + n..].iter().cloned());
    let (positionals, flags) = match args::parse(&rest, cmd.flags) {
        Ok(p) => p,
        Err(e) => {
            return Output {
                stdout: String::new(),
                stderr: format!(
                    "error: {}\nSee 'kubectl {} --help' for usage.\n",
                    e.0, cmd.path
                ),
                exit_code: 1,
            };
        }
    };
    if flags.bool("help", false) {
        return misc::command_help(cmd);
    }
    let namespace_set = flags.has("namespace");
    let namespace = flags.get("namespace").unwrap_or("default").to_string();
    let inv = Invocation {
        command: cmd.path,
        args: positionals,
        flags,
        namespace,
        namespace_set,
        words,
    };
    (cmd.run)(cluster, &inv)
}

/// What a command line names: resource types and optional names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The type.
    pub resource: Resource,
    /// The name, if one was given.
    pub name: Option<String>,
}

/// Parses `TYPE`, `TYPE NAME…`, `TYPE/NAME…`, `TYPE1,TYPE2`. Errors are kubectl's texts
/// without the `error: ` prefix.
pub fn parse_targets(args: &[String]) -> Result<Vec<Target>, String> {
    let Some(first) = args.first() else {
        return Ok(vec![]);
    };
    if args.iter().any(|a| a.contains('/')) {
        let mut out = Vec::new();
        for a in args {
            let Some((t, n)) = a.split_once('/') else {
                return Err("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'".into());
            };
            let r = resources::resolve(t)
                .ok_or_else(|| format!("the server doesn't have a resource type \"{t}\""))?;
            if n.is_empty() {
                return Err(
                    "arguments in resource/name form must have a single resource and name".into(),
                );
            }
            out.push(Target {
                resource: r,
                name: Some(n.to_string()),
            });
        }
        return Ok(out);
    }
    let types: Vec<Resource> = first
        .split(',')
        .filter(|t| !t.is_empty())
        .map(|t| {
            resources::resolve(t)
                .ok_or_else(|| format!("the server doesn't have a resource type \"{t}\""))
        })
        .collect::<Result<_, _>>()?;
    if args.len() == 1 {
        return Ok(types
            .into_iter()
            .map(|r| Target {
                resource: r,
                name: None,
            })
            .collect());
    }
    let mut out = Vec::new();
    for r in &types {
        for n in &args[1..] {
            out.push(Target {
                resource: *r,
                name: Some(n.clone()),
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn targets() {
        let t = parse_targets(&strs(&["deploy,rs,po"])).unwrap();
        assert_eq!(t.len(), 3);
        let t = parse_targets(&strs(&["deployment/nginx", "rs/x"])).unwrap();
        assert_eq!(t[0].name.as_deref(), Some("nginx"));
        let t = parse_targets(&strs(&["pods", "a", "b"])).unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(
            parse_targets(&strs(&["foo"])).unwrap_err(),
            "the server doesn't have a resource type \"foo\""
        );
    }
}
