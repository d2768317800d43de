//! The transcript runner: replays a tutorial session and checks every output.
//!
//! ```text
//! #! options: seed=1, nodes=3, kubernetesVersion=current
//! --- file: nginx-deploy.yaml
//! apiVersion: apps/v1
//! ...
//! --- end
//! $ kubectl apply -f nginx-deploy.yaml
//! deployment.apps/nginx-deploy created
//! $ sleep 30s
//! $ kubectl get rs
//! NAME                  DESIRED   CURRENT   READY   AGE
//! nginx-deploy-[hash]   3         3         3       30s
//! ```
//!
//! `$ ` starts a command (`kubectl …` or `sleep DURATION`); the lines up to the next
//! command, file or end are the expected output (stdout, then stderr). In expected lines
//! `[hash]` matches a pod-template-hash, `[suffix]` a 5-character name suffix, `[age]` an
//! age, `[uid]` a uid, `[*]` any text; a line `...` matches any run of lines. When a
//! command's expected output uses placeholders, runs of spaces match runs of spaces of any
//! length (generated names change column widths). `#! ` lines are comments; `#! options:`
//! sets the playground options. The runner is target-independent: it runs natively and in
//! the browser.

use std::fmt;

use crate::cluster::Cluster;
use crate::config::{ClusterConfig, Profile};
use crate::kubectl;
use crate::time::parse_duration;

/// One step of a transcript.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// `--- file: NAME` … `--- end`: a file for `kubectl apply -f`.
    File {
        /// File name.
        name: String,
        /// Contents.
        contents: String,
    },
    /// `$ command` and its expected output lines.
    Command {
        /// The command line without `$ `.
        line: String,
        /// Expected output lines.
        expected: Vec<String>,
        /// 1-based line number of the `$ ` line.
        line_no: usize,
    },
}

/// A parsed transcript.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transcript {
    /// Playground options.
    pub config: ClusterConfig,
    /// Steps in order.
    pub steps: Vec<Step>,
}

/// Why a transcript failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranscriptError {
    /// 1-based line of the transcript.
    pub line_no: usize,
    /// What went wrong, with a diff for output mismatches.
    pub message: String,
}

impl fmt::Display for TranscriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "transcript line {}: {}", self.line_no, self.message)
    }
}

/// Parses a transcript.
pub fn parse(text: &str) -> Result<Transcript, TranscriptError> {
    let mut config = ClusterConfig::default();
    let mut steps = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    let err = |line_no: usize, message: String| TranscriptError { line_no, message };
    while i < lines.len() {
        let line = lines[i];
        let line_no = i + 1;
        if let Some(opts) = line.strip_prefix("#! options:") {
            for part in opts.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let (k, v) = part
                    .split_once('=')
                    .ok_or_else(|| err(line_no, format!("bad option {part:?}: use key=value")))?;
                match k.trim() {
                    "seed" => {
                        config.seed = v
                            .trim()
                            .parse()
                            .map_err(|_| err(line_no, format!("bad seed {v:?}")))?
                    }
                    "nodes" => {
                        config.nodes = v
                            .trim()
                            .parse()
                            .map_err(|_| err(line_no, format!("bad nodes {v:?}")))?
                    }
                    "kubernetesVersion" => {
                        config.profile = Profile::parse(v.trim()).ok_or_else(|| {
                            err(line_no, format!("unknown kubernetesVersion {v:?}"))
                        })?
                    }
                    "jitter" => {
                        config.timings.jitter_percent = v
                            .trim()
                            .parse()
                            .map_err(|_| err(line_no, format!("bad jitter {v:?}")))?
                    }
                    other => return Err(err(line_no, format!("unknown option {other:?}"))),
                }
            }
            i += 1;
        } else if line.starts_with("#!") || line.trim().is_empty() && steps.is_empty() {
            i += 1;
        } else if let Some(name) = line.strip_prefix("--- file:") {
            let name = name.trim().to_string();
            let mut contents = String::new();
            i += 1;
            loop {
                let Some(l) = lines.get(i) else {
                    return Err(err(line_no, format!("file {name:?} has no `--- end`")));
                };
                i += 1;
                if *l == "--- end" {
                    break;
                }
                contents.push_str(l);
                contents.push('\n');
            }
            steps.push(Step::File { name, contents });
        } else if let Some(cmd) = line.strip_prefix("$ ") {
            let mut expected = Vec::new();
            i += 1;
            while let Some(l) = lines.get(i) {
                if l.starts_with("$ ") || l.starts_with("--- file:") || l.starts_with("#!") {
                    break;
                }
                expected.push(l.to_string());
                i += 1;
            }
            // Empty lines belong to the output (`rollout history` ends with one); a
            // transcript separates commands by nothing but the next `$ ` line.
            steps.push(Step::Command {
                line: cmd.to_string(),
                expected,
                line_no,
            });
        } else if line.trim().is_empty() {
            i += 1;
        } else {
            return Err(err(
                line_no,
                format!("expected `$ command`, `--- file:` or `#!`, found {line:?}"),
            ));
        }
    }
    Ok(Transcript { config, steps })
}

/// Runs a transcript on a fresh playground with its options.
pub fn run(text: &str) -> Result<(), TranscriptError> {
    let t = parse(text)?;
    let mut cluster = Cluster::new(t.config);
    run_steps(&mut cluster, &t.steps)
}

/// Runs steps against a cluster.
pub fn run_steps(cluster: &mut Cluster, steps: &[Step]) -> Result<(), TranscriptError> {
    for step in steps {
        match step {
            Step::File { name, contents } => cluster.write_file(name, contents),
            Step::Command {
                line,
                expected,
                line_no,
            } => {
                let actual = execute(cluster, line).map_err(|m| TranscriptError {
                    line_no: *line_no,
                    message: m,
                })?;
                let actual_lines: Vec<&str> = actual.lines().collect();
                let expected_refs: Vec<&str> = expected.iter().map(String::as_str).collect();
                if !lines_match(&expected_refs, &actual_lines) {
                    return Err(TranscriptError {
                        line_no: *line_no,
                        message: format!(
                            "`$ {line}` printed something else\n{}",
                            diff(&expected_refs, &actual_lines)
                        ),
                    });
                }
            }
        }
    }
    Ok(())
}

/// Replays a transcript and returns it with every command's actual output in place of the
/// expected one (for authoring transcripts; review the result before checking it in).
pub fn record(text: &str) -> Result<String, TranscriptError> {
    let t = parse(text)?;
    let mut cluster = Cluster::new(t.config);
    let mut out = String::new();
    for line in text.lines().take_while(|l| l.starts_with("#!")) {
        out.push_str(line);
        out.push('\n');
    }
    for step in &t.steps {
        match step {
            Step::File { name, contents } => {
                cluster.write_file(name, contents);
                out.push_str(&format!("--- file: {name}\n{contents}--- end\n"));
            }
            Step::Command { line, line_no, .. } => {
                let actual = execute(&mut cluster, line).map_err(|m| TranscriptError {
                    line_no: *line_no,
                    message: m,
                })?;
                out.push_str(&format!("$ {line}\n{actual}"));
                if !actual.is_empty() && !actual.ends_with('\n') {
                    out.push('\n');
                }
            }
        }
    }
    Ok(out)
}

/// Runs one transcript command; returns what it printed (stdout then stderr).
pub fn execute(cluster: &mut Cluster, line: &str) -> Result<String, String> {
    let trimmed = line.trim();
    if let Some(d) = trimmed.strip_prefix("sleep ") {
        let dur = parse_duration(d.trim()).ok_or_else(|| format!("bad sleep duration {d:?}"))?;
        cluster.step(dur.as_millis()).map_err(|e| e.to_string())?;
        return Ok(String::new());
    }
    if trimmed == "kubectl"
        || trimmed.starts_with("kubectl ")
        || trimmed == "kubeplay"
        || trimmed.starts_with("kubeplay ")
    {
        let out = kubectl::run(cluster, trimmed);
        let mut s = out.stdout;
        s.push_str(&out.stderr);
        return Ok(s);
    }
    Err(format!(
        "unknown transcript command {trimmed:?}: use `kubectl …`, `kubeplay …` or `sleep DURATION`"
    ))
}

const PLACEHOLDERS: [&str; 5] = ["[hash]", "[suffix]", "[age]", "[uid]", "[*]"];

fn has_placeholder(line: &str) -> bool {
    PLACEHOLDERS.iter().any(|p| line.contains(p))
}

/// Whether actual lines match expected lines (with `...` and placeholders).
pub fn lines_match(expected: &[&str], actual: &[&str]) -> bool {
    let lenient = expected.iter().any(|l| has_placeholder(l));
    match_from(expected, actual, lenient)
}

fn match_from(expected: &[&str], actual: &[&str], lenient: bool) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first.trim() == "..." => {
            (0..=actual.len()).any(|skip| match_from(rest, &actual[skip..], lenient))
        }
        Some((first, rest)) => match actual.split_first() {
            None => false,
            Some((a, arest)) => line_matches(first, a, lenient) && match_from(rest, arest, lenient),
        },
    }
}

fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.trim_end().chars() {
        if c == ' ' {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Whether one actual line matches one expected line.
pub fn line_matches(expected: &str, actual: &str, lenient: bool) -> bool {
    if expected == actual {
        return true;
    }
    let (e, a) = if lenient {
        (squash(expected), squash(actual))
    } else {
        (expected.to_string(), actual.to_string())
    };
    if !has_placeholder(&e) {
        return e == a;
    }
    let pattern = tokenize_pattern(&e);
    let chars: Vec<char> = a.chars().collect();
    match_pattern(&pattern, &chars)
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Lit(char),
    Hash,
    Suffix,
    Age,
    Uid,
    Any,
}

fn tokenize_pattern(p: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut rest = p;
    'outer: while !rest.is_empty() {
        for (ph, tok) in [
            ("[hash]", Tok::Hash),
            ("[suffix]", Tok::Suffix),
            ("[age]", Tok::Age),
            ("[uid]", Tok::Uid),
            ("[*]", Tok::Any),
        ] {
            if let Some(r) = rest.strip_prefix(ph) {
                out.push(tok);
                rest = r;
                continue 'outer;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(Tok::Lit(c));
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn is_age(s: &[char]) -> bool {
    let text: String = s.iter().collect();
    if text == "<invalid>" {
        return true;
    }
    let mut seen_unit = false;
    let mut digits = 0;
    for c in s {
        if c.is_ascii_digit() {
            digits += 1;
        } else if "smhdy".contains(*c) && digits > 0 {
            digits = 0;
            seen_unit = true;
        } else {
            return false;
        }
    }
    seen_unit && digits == 0
}

fn match_pattern(p: &[Tok], a: &[char]) -> bool {
    let Some((first, rest)) = p.split_first() else {
        return a.is_empty();
    };
    let try_lengths = |range: std::ops::RangeInclusive<usize>, ok: &dyn Fn(&[char]) -> bool| {
        range
            .into_iter()
            .any(|n| n <= a.len() && ok(&a[..n]) && match_pattern(rest, &a[n..]))
    };
    match first {
        Tok::Lit(c) => a.first() == Some(c) && match_pattern(rest, &a[1..]),
        Tok::Hash => try_lengths(1..=10, &|s| s.iter().all(|c| "456789bcdf".contains(*c))),
        Tok::Suffix => try_lengths(5..=5, &|s| {
            s.iter().all(|c| "bcdfghjklmnpqrstvwxz2456789".contains(*c))
        }),
        Tok::Age => try_lengths(1..=12, &is_age),
        Tok::Uid => try_lengths(36..=36, &|s| {
            s.iter().all(|c| c.is_ascii_hexdigit() || *c == '-')
        }),
        Tok::Any => try_lengths(0..=a.len(), &|_| true),
    }
}

/// A unified-style diff of expected vs actual lines.
pub fn diff(expected: &[&str], actual: &[&str]) -> String {
    let mut out = String::from("--- expected\n+++ actual\n");
    let n = expected.len().max(actual.len());
    for i in 0..n {
        match (expected.get(i), actual.get(i)) {
            (Some(e), Some(a))
                if line_matches(e, a, expected.iter().any(|l| has_placeholder(l))) =>
            {
                out.push_str(&format!("  {a}\n"));
            }
            (e, a) => {
                if let Some(e) = e {
                    out.push_str(&format!("- {e}\n"));
                }
                if let Some(a) = a {
                    out.push_str(&format!("+ {a}\n"));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_match() {
        struct Case {
            expected: &'static str,
            actual: &'static str,
            want: bool,
        }
        let cases = [
            Case {
                expected: "nginx-deploy-[hash]",
                actual: "nginx-deploy-cd55c47f5",
                want: true,
            },
            Case {
                expected: "nginx-deploy-[hash]",
                actual: "nginx-deploy-cd55c47f5x",
                want: false,
            },
            Case {
                expected: "nginx-rs-[suffix]   1/1",
                actual: "nginx-rs-7btxg   1/1",
                want: true,
            },
            Case {
                expected: "nginx-rs-[suffix]",
                actual: "nginx-rs-7btx",
                want: false,
            },
            Case {
                expected: "x   [age]",
                actual: "x   2m19s",
                want: true,
            },
            Case {
                expected: "x   [age]",
                actual: "x   <invalid>",
                want: true,
            },
            Case {
                expected: "x   [age]",
                actual: "x   Running",
                want: false,
            },
            Case {
                expected: "a [*] b",
                actual: "a anything at all b",
                want: true,
            },
            Case {
                expected: "pod-[hash]-[suffix]   Running",
                actual: "pod-66b6c48dd5-gwrb5        Running",
                want: true,
            },
        ];
        for c in &cases {
            assert_eq!(
                line_matches(c.expected, c.actual, true),
                c.want,
                "{} vs {}",
                c.expected,
                c.actual
            );
        }
        assert!(!line_matches("a  b", "a b", false));
    }

    #[test]
    fn ellipsis_matches_any_lines() {
        assert!(lines_match(&["a", "...", "d"], &["a", "b", "c", "d"]));
        assert!(lines_match(&["a", "...", "d"], &["a", "d"]));
        assert!(!lines_match(&["a", "...", "d"], &["a", "b"]));
        assert!(lines_match(&["..."], &[]));
    }

    #[test]
    fn parses_files_commands_and_options() {
        let t = parse("#! options: seed=7, nodes=1, kubernetesVersion=1.28\n--- file: a.yaml\nkind: X\n--- end\n$ kubectl get pods\nNo resources found in default namespace.\n$ sleep 5s\n").unwrap();
        assert_eq!(t.config.seed, 7);
        assert_eq!(t.config.nodes, 1);
        assert_eq!(t.config.profile, Profile::V1_28);
        assert_eq!(t.steps.len(), 3);
        assert_eq!(
            t.steps[0],
            Step::File {
                name: "a.yaml".into(),
                contents: "kind: X\n".into()
            }
        );
        assert_eq!(
            t.steps[1],
            Step::Command {
                line: "kubectl get pods".into(),
                expected: vec!["No resources found in default namespace.".into()],
                line_no: 5
            }
        );
        assert!(parse("garbage\n").is_err());
        assert!(parse("--- file: x\nno end\n").is_err());
    }

    #[test]
    fn reports_a_diff() {
        let e = run("$ kubectl bogus\nsomething\n").unwrap_err();
        assert_eq!(e.line_no, 1);
        assert!(e.message.contains("- something"), "{}", e.message);
        assert!(
            e.message
                .contains("+ error: unknown command \"bogus\" for \"kubectl\""),
            "{}",
            e.message
        );
    }
}
