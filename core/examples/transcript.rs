//! Authoring aid: `cargo run -p kubeplay-core --example transcript -- FILE` replays a
//! transcript and prints it with the actual outputs (`--check` runs it as a test instead).
#![allow(clippy::disallowed_methods)]

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: transcript [--check] FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("readable transcript");
    let result = if check {
        kubeplay_core::transcript::run(&text).map(|()| "ok\n".to_string())
    } else {
        kubeplay_core::transcript::record(&text)
    };
    match result {
        Ok(out) => print!("{out}"),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
