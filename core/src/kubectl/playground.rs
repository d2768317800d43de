//! Playground commands that are not kubectl: `kubeplay node fail NAME` and
//! `kubeplay node recover NAME` (simulated node failure), `kubeplay help`.

use super::Output;
use crate::cluster::Cluster;

const HELP: &str = "Playground commands (not part of kubectl):
  kubeplay node fail NODE      stop the node's kubelet: after the node-monitor grace period
                               the node is NotReady and tainted unreachable; its pods are
                               evicted when their toleration (300s) runs out
  kubeplay node recover NODE   bring the node back
";

/// Runs `kubeplay …` (the words after `kubeplay`).
pub fn run(cluster: &mut Cluster, words: &[String]) -> Output {
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    match w.as_slice() {
        [] | ["help"] | ["--help"] | ["-h"] => Output::ok(HELP),
        ["node", "fail", name] => match cluster.fail_node(name) {
            Ok(()) => Output::ok(format!(
                "node/{name} failed (its kubelet stopped reporting)\n"
            )),
            Err(e) => Output::server_error("NotFound", e.to_string()),
        },
        ["node", "recover", name] => match cluster.recover_node(name) {
            Ok(()) => Output::ok(format!("node/{name} recovered\n")),
            Err(e) => Output::server_error("NotFound", e.to_string()),
        },
        _ => Output::error(format!(
            "unknown playground command \"kubeplay {}\"\n{HELP}",
            w.join(" ")
        )),
    }
}
