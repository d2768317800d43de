//! The simulated registry: which image references exist, how big they are (pull time),
//! and the digests a pull resolves to. A tag that is not here fails to pull
//! (`ErrImagePull`, then `ImagePullBackOff`), like `nginx:1.161` on Docker Hub.

/// A parsed, normalised image reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageRef {
    /// `docker.io`, `registry.k8s.io`, …
    pub registry: String,
    /// `library/nginx`
    pub repository: String,
    /// Tag (`latest` when none is given and there is no digest).
    pub tag: Option<String>,
    /// `sha256:…` when given.
    pub digest: Option<String>,
}

impl ImageRef {
    /// Parses `nginx`, `nginx:1.14.2`, `gcr.io/x/y:v1`, `nginx@sha256:…`.
    pub fn parse(image: &str) -> ImageRef {
        let (name, digest) = match image.split_once('@') {
            Some((n, d)) => (n, Some(d.to_string())),
            None => (image, None),
        };
        let (name, tag) = match name.rfind(':') {
            Some(i) if !name[i..].contains('/') => (&name[..i], Some(name[i + 1..].to_string())),
            _ => (name, None),
        };
        let tag = tag.or_else(|| digest.is_none().then(|| "latest".to_string()));
        let (registry, repository) = match name.split_once('/') {
            Some((first, rest))
                if first.contains('.') || first.contains(':') || first == "localhost" =>
            {
                (first.to_string(), rest.to_string())
            }
            Some(_) => ("docker.io".to_string(), name.to_string()),
            None => ("docker.io".to_string(), format!("library/{name}")),
        };
        ImageRef {
            registry,
            repository,
            tag,
            digest,
        }
    }

    /// `docker.io/library/nginx:1.14.2` (the form containerd reports).
    pub fn full(&self) -> String {
        let mut s = format!("{}/{}", self.registry, self.repository);
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(d);
        }
        s
    }

    /// `docker.io/library/nginx@sha256:<digest>` as `imageID` shows it.
    pub fn image_id(&self) -> String {
        format!(
            "{}/{}@sha256:{}",
            self.registry,
            self.repository,
            self.sha256()
        )
    }

    /// A stable pseudo-digest of the reference (64 hex digits).
    pub fn sha256(&self) -> String {
        if let Some(d) = self
            .digest
            .as_deref()
            .and_then(|d| d.strip_prefix("sha256:"))
        {
            return d.to_string();
        }
        let seed = format!(
            "{}/{}:{}",
            self.registry,
            self.repository,
            self.tag.as_deref().unwrap_or("")
        );
        let mut out = String::with_capacity(64);
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for round in 0..4u8 {
            for b in seed.bytes().chain([round]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            out.push_str(&format!("{h:016x}"));
        }
        out
    }
}

struct Repo {
    registry: &'static str,
    repository: &'static str,
    size_mb: u32,
    tags: TagRule,
}

enum TagRule {
    /// Exactly these tags (plus `latest`).
    List(&'static [&'static str]),
    /// `1.<minor>[.<patch>][<suffix>]` with minor in a range, patch ≤ max, or a word tag.
    Semver {
        minors: (u32, u32),
        max_patch: u32,
        words: &'static [&'static str],
        suffixes: &'static [&'static str],
    },
}

const NGINX_SUFFIXES: &[&str] = &[
    "",
    "-alpine",
    "-perl",
    "-alpine-perl",
    "-alpine-slim",
    "-bookworm",
    "-bullseye",
];

static CATALOG: &[Repo] = &[
    Repo {
        registry: "docker.io",
        repository: "library/nginx",
        size_mb: 70,
        tags: TagRule::Semver {
            minors: (7, 29),
            max_patch: 12,
            words: &[
                "stable",
                "mainline",
                "alpine",
                "alpine-slim",
                "perl",
                "stable-alpine",
                "mainline-alpine",
                "bookworm",
            ],
            suffixes: NGINX_SUFFIXES,
        },
    },
    Repo {
        registry: "docker.io",
        repository: "library/httpd",
        size_mb: 58,
        tags: TagRule::List(&[
            "2",
            "2.4",
            "2.4-alpine",
            "alpine",
            "2.4.62",
            "2.4.63",
            "2.4.65",
        ]),
    },
    Repo {
        registry: "docker.io",
        repository: "library/redis",
        size_mb: 45,
        tags: TagRule::List(&[
            "6",
            "6.2",
            "7",
            "7.0",
            "7.2",
            "7.4",
            "8",
            "alpine",
            "6-alpine",
            "7-alpine",
            "7.2-alpine",
        ]),
    },
    Repo {
        registry: "docker.io",
        repository: "library/busybox",
        size_mb: 2,
        tags: TagRule::List(&[
            "1.28", "1.34", "1.35", "1.36", "1.36.1", "1.37", "stable", "musl", "glibc", "uclibc",
        ]),
    },
    Repo {
        registry: "docker.io",
        repository: "kubeplay/crashy",
        size_mb: 2,
        tags: TagRule::List(&["1.0"]),
    },
    Repo {
        registry: "docker.io",
        repository: "library/alpine",
        size_mb: 4,
        tags: TagRule::List(&["3", "3.18", "3.19", "3.20", "3.21", "3.22", "edge"]),
    },
    Repo {
        registry: "docker.io",
        repository: "library/ubuntu",
        size_mb: 29,
        tags: TagRule::List(&["20.04", "22.04", "24.04", "focal", "jammy", "noble"]),
    },
    Repo {
        registry: "docker.io",
        repository: "library/debian",
        size_mb: 49,
        tags: TagRule::List(&[
            "11",
            "12",
            "bookworm",
            "bullseye",
            "bookworm-slim",
            "stable-slim",
        ]),
    },
    Repo {
        registry: "docker.io",
        repository: "library/python",
        size_mb: 380,
        tags: TagRule::List(&[
            "3",
            "3.11",
            "3.12",
            "3.13",
            "3.12-slim",
            "3.13-slim",
            "3.12-alpine",
            "slim",
            "alpine",
        ]),
    },
    Repo {
        registry: "docker.io",
        repository: "library/node",
        size_mb: 390,
        tags: TagRule::List(&[
            "18",
            "20",
            "22",
            "24",
            "lts",
            "20-alpine",
            "22-alpine",
            "lts-alpine",
            "alpine",
        ]),
    },
    Repo {
        registry: "docker.io",
        repository: "library/postgres",
        size_mb: 150,
        tags: TagRule::List(&["15", "16", "17", "16-alpine", "17-alpine", "alpine"]),
    },
    Repo {
        registry: "docker.io",
        repository: "library/mysql",
        size_mb: 170,
        tags: TagRule::List(&["8", "8.0", "8.4", "9", "lts"]),
    },
    Repo {
        registry: "docker.io",
        repository: "library/memcached",
        size_mb: 30,
        tags: TagRule::List(&["1.6", "alpine", "1.6-alpine"]),
    },
    Repo {
        registry: "docker.io",
        repository: "library/traefik",
        size_mb: 50,
        tags: TagRule::List(&["v2.11", "v3.0", "v3.1", "v3"]),
    },
    Repo {
        registry: "docker.io",
        repository: "kicbase/echo-server",
        size_mb: 3,
        tags: TagRule::List(&["1.0"]),
    },
    Repo {
        registry: "docker.io",
        repository: "nginxdemos/hello",
        size_mb: 10,
        tags: TagRule::List(&["plain-text", "0.4"]),
    },
    Repo {
        registry: "registry.k8s.io",
        repository: "pause",
        size_mb: 1,
        tags: TagRule::List(&["3.9", "3.10"]),
    },
    Repo {
        registry: "registry.k8s.io",
        repository: "e2e-test-images/agnhost",
        size_mb: 50,
        tags: TagRule::List(&["2.39", "2.40", "2.43", "2.45", "2.47", "2.52", "2.53"]),
    },
    Repo {
        registry: "registry.k8s.io",
        repository: "echoserver",
        size_mb: 46,
        tags: TagRule::List(&["1.4", "1.10"]),
    },
    Repo {
        registry: "registry.k8s.io",
        repository: "hpa-example",
        size_mb: 100,
        tags: TagRule::List(&[]),
    },
    Repo {
        registry: "k8s.gcr.io",
        repository: "echoserver",
        size_mb: 46,
        tags: TagRule::List(&["1.4", "1.10"]),
    },
    Repo {
        registry: "k8s.gcr.io",
        repository: "hpa-example",
        size_mb: 100,
        tags: TagRule::List(&[]),
    },
    Repo {
        registry: "gcr.io",
        repository: "google-samples/hello-app",
        size_mb: 10,
        tags: TagRule::List(&["1.0", "2.0"]),
    },
    Repo {
        registry: "us-docker.pkg.dev",
        repository: "google-samples/containers/gke/hello-app",
        size_mb: 10,
        tags: TagRule::List(&["1.0", "2.0"]),
    },
];

impl TagRule {
    fn has(&self, tag: &str) -> bool {
        if tag == "latest" {
            return true;
        }
        match self {
            TagRule::List(tags) => tags.contains(&tag),
            TagRule::Semver {
                minors,
                max_patch,
                words,
                suffixes,
            } => {
                if words.contains(&tag) {
                    return true;
                }
                suffixes.iter().any(|sfx| {
                    let Some(ver) = tag.strip_suffix(sfx) else {
                        return false;
                    };
                    let parts: Vec<&str> = ver.split('.').collect();
                    let num = |s: &str| -> Option<u32> {
                        if s.is_empty() || s.len() > 3 || !s.bytes().all(|c| c.is_ascii_digit()) {
                            return None;
                        }
                        s.parse().ok()
                    };
                    match parts.as_slice() {
                        ["1", minor] => {
                            num(minor).is_some_and(|m| (minors.0..=minors.1).contains(&m))
                        }
                        ["1", minor, patch] => {
                            num(minor).is_some_and(|m| (minors.0..=minors.1).contains(&m))
                                && num(patch).is_some_and(|p| p <= *max_patch)
                        }
                        ["1"] => true,
                        _ => false,
                    }
                })
            }
        }
    }
}

/// What a container's main process does, as far as the simulation knows (see the README's
/// "Simulated applications").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Program {
    /// Runs until it is stopped (a server, `sleep infinity`, a `while true` loop).
    Serves,
    /// Exits by itself `after_ms` after it started, with `code`.
    Exits {
        /// Run time (0 = at once).
        after_ms: u64,
        /// Exit code.
        code: i32,
    },
}

/// Images whose default command is a shell: without a command they exit 0 at once.
const SHELL_IMAGES: &[&str] = &[
    "library/busybox",
    "library/alpine",
    "library/ubuntu",
    "library/debian",
];

/// The test image `kubeplay/crashy` prints a line and exits 1 five seconds after it starts.
pub const CRASHY_REPOSITORY: &str = "kubeplay/crashy";
/// How long `kubeplay/crashy` runs before it exits 1.
pub const CRASHY_RUN_MS: u64 = 5_000;

/// What a container running `image` with `command`/`args` does. Shell images (busybox,
/// alpine, ubuntu, debian) and `kubeplay/crashy` interpret a small shell subset
/// (`sleep N`, `sleep infinity`, `exit N`, `true`, `false`, loops); every other image is a
/// server that runs until it is stopped, whatever its command.
pub fn program(image: &str, command: &[String], args: &[String]) -> Program {
    let r = ImageRef::parse(image);
    if r.registry != "docker.io" {
        return Program::Serves;
    }
    let crashy = r.repository == CRASHY_REPOSITORY;
    if !crashy && !SHELL_IMAGES.contains(&r.repository.as_str()) {
        return Program::Serves;
    }
    let argv: Vec<&str> = command.iter().chain(args).map(String::as_str).collect();
    if argv.is_empty() {
        return if crashy {
            Program::Exits {
                after_ms: CRASHY_RUN_MS,
                code: 1,
            }
        } else {
            Program::Exits {
                after_ms: 0,
                code: 0,
            }
        };
    }
    let shell = argv[0].rsplit('/').next().unwrap_or("");
    let script = if matches!(shell, "sh" | "bash" | "ash" | "dash") {
        match argv.iter().position(|a| *a == "-c") {
            Some(i) => argv.get(i + 1).copied().unwrap_or("").to_string(),
            // `sh` alone reads stdin, which is empty: it exits 0.
            None => String::new(),
        }
    } else {
        argv.join(" ")
    };
    run_script(&script)
}

/// Seconds of `sleep`'s argument (`5`, `1.5`, `2m`, `1h`), or None for `infinity`.
fn sleep_ms(arg: &str) -> Option<u64> {
    let (num, unit) = match arg.char_indices().find(|(_, ch)| ch.is_ascii_alphabetic()) {
        Some((i, _)) => (&arg[..i], &arg[i..]),
        None => (arg, "s"),
    };
    let mult = match unit {
        "s" => 1_000.0,
        "m" => 60_000.0,
        "h" => 3_600_000.0,
        "d" => 86_400_000.0,
        _ => return None,
    };
    let n: f64 = num.parse().ok()?;
    Some((n * mult).max(0.0) as u64)
}

fn run_script(script: &str) -> Program {
    let mut elapsed = 0u64;
    let mut last = 0i32;
    let cleaned: String = script
        .chars()
        .map(|ch| match ch {
            '\'' | '"' => ' ',
            ';' | '\n' | '&' | '|' => ';',
            _ => ch,
        })
        .collect();
    for stmt in cleaned.split(';') {
        let words: Vec<&str> = stmt.split_whitespace().collect();
        let Some(first) = words.first() else { continue };
        match *first {
            "while" | "until" | "for" | "do" => return Program::Serves,
            "tail" if words.contains(&"-f") => return Program::Serves,
            "sleep" => match words.get(1).and_then(|a| sleep_ms(a)) {
                Some(ms) => {
                    elapsed = elapsed.saturating_add(ms);
                    last = 0;
                }
                None => return Program::Serves,
            },
            "exit" => {
                let code = words
                    .get(1)
                    .and_then(|c| c.parse::<i32>().ok())
                    .map_or(last, |c| c & 0xff);
                return Program::Exits {
                    after_ms: elapsed,
                    code,
                };
            }
            "false" => last = 1,
            _ => last = 0,
        }
    }
    Program::Exits {
        after_ms: elapsed,
        code: last,
    }
}

/// Why a pull fails, with containerd's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PullError {
    /// The message kubelet puts after `Failed to pull image "x": `.
    pub message: String,
}

/// Looks an image up: its compressed size in MB, or why it cannot be pulled.
pub fn lookup(image: &str) -> Result<u32, PullError> {
    let r = ImageRef::parse(image);
    let full = r.full();
    let repo = CATALOG
        .iter()
        .find(|c| c.registry == r.registry && c.repository == r.repository);
    match repo {
        None => Err(PullError {
            message: format!(
                "failed to pull and unpack image \"{full}\": failed to resolve reference \"{full}\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
            ),
        }),
        Some(c) => {
            if r.digest.is_some() && r.tag.is_none() {
                return Ok(c.size_mb);
            }
            let tag = r.tag.as_deref().unwrap_or("latest");
            if c.tags.has(tag) {
                Ok(c.size_mb)
            } else {
                Err(PullError {
                    message: format!(
                        "rpc error: code = NotFound desc = failed to pull and unpack image \"{full}\": failed to resolve reference \"{full}\": {full}: not found"
                    ),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_follow_the_image_and_command() {
        let v = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let exits = |after_ms, code| Program::Exits { after_ms, code };
        let cases: &[(&str, &[&str], &[&str], Program)] = &[
            ("busybox", &[], &[], exits(0, 0)),
            ("alpine:3.20", &[], &[], exits(0, 0)),
            ("ubuntu:24.04", &[], &[], exits(0, 0)),
            ("debian:12", &[], &[], exits(0, 0)),
            ("nginx:1.25", &[], &[], Program::Serves),
            ("nginx:1.25", &["false"], &[], Program::Serves),
            ("busybox:1.36", &["sh", "-c", "exit 1"], &[], exits(0, 1)),
            (
                "busybox:1.36",
                &["sh", "-c", "echo starting; exit 1"],
                &[],
                exits(0, 1),
            ),
            ("busybox:1.36", &["false"], &[], exits(0, 1)),
            ("busybox:1.36", &["true"], &[], exits(0, 0)),
            ("busybox:1.36", &["sleep", "30"], &[], exits(30_000, 0)),
            ("busybox:1.36", &["sleep"], &["1m"], exits(60_000, 0)),
            ("busybox:1.36", &["sleep", "infinity"], &[], Program::Serves),
            (
                "busybox:1.36",
                &["sh", "-c", "sleep 3600"],
                &[],
                exits(3_600_000, 0),
            ),
            (
                "busybox:1.36",
                &["sh", "-c", "sleep 5 && exit 3"],
                &[],
                exits(5_000, 3),
            ),
            (
                "busybox:1.36",
                &["sh", "-c", "while true; do sleep 1; done"],
                &[],
                Program::Serves,
            ),
            (
                "busybox:1.36",
                &["sh"],
                &["-c", "tail -f /dev/null"],
                Program::Serves,
            ),
            ("kubeplay/crashy", &[], &[], exits(5_000, 1)),
            ("kubeplay/crashy:1.0", &[], &[], exits(5_000, 1)),
        ];
        for (image, command, args, want) in cases {
            assert_eq!(
                program(image, &v(command), &v(args)),
                *want,
                "{image} {command:?} {args:?}"
            );
        }
        assert_eq!(lookup("kubeplay/crashy"), Ok(2));
    }

    #[test]
    fn references_normalise() {
        struct Case {
            image: &'static str,
            full: &'static str,
        }
        let cases = [
            Case {
                image: "nginx",
                full: "docker.io/library/nginx:latest",
            },
            Case {
                image: "nginx:1.14.2",
                full: "docker.io/library/nginx:1.14.2",
            },
            Case {
                image: "kicbase/echo-server:1.0",
                full: "docker.io/kicbase/echo-server:1.0",
            },
            Case {
                image: "registry.k8s.io/pause:3.9",
                full: "registry.k8s.io/pause:3.9",
            },
            Case {
                image: "localhost:5000/app",
                full: "localhost:5000/app:latest",
            },
            Case {
                image: "nginx@sha256:abc",
                full: "docker.io/library/nginx@sha256:abc",
            },
        ];
        for c in &cases {
            assert_eq!(ImageRef::parse(c.image).full(), c.full, "{}", c.image);
        }
    }

    #[test]
    fn catalog_knows_the_tutorial_images() {
        for ok in [
            "nginx",
            "nginx:latest",
            "nginx:1.7.9",
            "nginx:1.9.1",
            "nginx:1.14.2",
            "nginx:1.16.1",
            "nginx:1.21-alpine",
            "nginx:1.22-alpine",
            "nginx:1.25",
            "nginx:stable",
            "httpd:2.4",
            "redis",
            "busybox:1.36",
            "registry.k8s.io/pause:3.9",
        ] {
            assert!(lookup(ok).is_ok(), "{ok}");
        }
        for bad in [
            "nginx:1.161",
            "nginx:1.91",
            "nginx:2.0",
            "nginxx",
            "nginx:1.14.2x",
            "example.com/nope:1",
        ] {
            assert!(lookup(bad).is_err(), "{bad}");
        }
        assert_eq!(
            lookup("nginx:1.161").unwrap_err().message,
            "rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/library/nginx:1.161\": failed to resolve reference \"docker.io/library/nginx:1.161\": docker.io/library/nginx:1.161: not found"
        );
    }

    #[test]
    fn digests_are_stable() {
        let a = ImageRef::parse("nginx:1.14.2").sha256();
        assert_eq!(a.len(), 64);
        assert_eq!(
            a,
            ImageRef::parse("docker.io/library/nginx:1.14.2").sha256()
        );
        assert_ne!(a, ImageRef::parse("nginx:1.16.1").sha256());
    }
}
