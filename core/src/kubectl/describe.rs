//! `kubectl describe` for deployments, replicasets, pods and nodes (and the namespaces
//! the playground has), as kubectl's `describe.go` writes them.
//!
//! Every describer writes tab-separated text through a `Writer` (kubectl's
//! `PrefixWriter`: two spaces per level, terminal escapes neutralized) and aligns it with
//! [`DESCRIBE`] (Go `text/tabwriter`, padding 2). Field order, texts and the
//! quirks below were matched against the oracle goldens (`shared/oracle/golden-v1.33`,
//! `golden-v1.28`) and, where those say nothing, `describe.go`:
//! - `OldReplicaSets:` lists every old ReplicaSet (also 0/0) in creation order
//!   (`FindNewReplicaSet` sorts the list in place by creationTimestamp, then name).
//! - The pod template ends with `Node-Selectors:`/`Tolerations:` only in the current
//!   profile (kubectl ≥ 1.32); the projected token volume prints `Optional:  false` in the
//!   current profile and `ConfigMapOptional:  <nil>` in 1.28.
//! - Events are sorted by lastTimestamp (second precision, as the API returns it) with
//!   Go's unstable `sort.Sort` ([`gosort`]), from the API's list order (creation order).
//! - Several objects are separated by two empty lines; a `TYPE NAME` that does not exist
//!   describes every object whose name starts with NAME, each followed by an empty line.
//!
//! `scripts/oracle-diff.sh` plays scenarios (`core/examples/oracle_state.rs`), serves the
//! resulting objects to the real kubectl (1.33.1 / 1.28.15) and diffs the outputs.

use std::collections::BTreeMap;
use std::fmt;

use super::args::{FlagKind, FlagSpec, flag};
use super::printers::gosort::{self, GoSort};
use super::resources::Resource;
use super::tabwriter::DESCRIBE;
use super::{Command, Invocation, Output, Target, parse_targets};
use crate::cluster::Cluster;
use crate::config::Profile;
use crate::model::event::Event;
use crate::model::pod::{ContainerState, ContainerStatus, PodTemplateSpec};
use crate::model::selector::Selector;
use crate::model::{Deployment, Kind, LabelSelector, Node, ObjectMeta, Pod, ReplicaSet};
use crate::time::{Epoch, SimTime, human_duration_ms};
use crate::value::Value;

/// The flags `kubectl describe` accepts.
const FLAGS: &[FlagSpec] = &[
    flag("selector", Some('l'), FlagKind::String),
    flag("all-namespaces", Some('A'), FlagKind::Bool),
    flag("show-events", None, FlagKind::Bool),
    flag("chunk-size", None, FlagKind::Int),
    flag("filename", Some('f'), FlagKind::StringArray),
    flag("recursive", Some('R'), FlagKind::Bool),
    flag("kustomize", Some('k'), FlagKind::String),
];

/// The commands of this module.
pub fn commands() -> Vec<Command> {
    vec![Command {
        path: "describe",
        flags: FLAGS,
        run,
        short: "Show details of a specific resource or group of resources",
    }]
}

/// The annotation `describe` never shows.
const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";
/// Longest `key: value` annotation printed on one line.
const MAX_ANNOTATION_LEN: usize = 140;
/// Go's zero `time.Time` in RFC 1123Z (unset times print like this).
const ZERO_TIME: &str = "Mon, 01 Jan 0001 00:00:00 +0000";

// ---- the command -----------------------------------------------------------------------

fn run(cluster: &mut Cluster, inv: &Invocation) -> Output {
    let files = inv.flags.all("filename");
    if !files.is_empty() {
        if !inv.args.is_empty() {
            return Output::error(
                "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well",
            );
        }
        return describe_files(cluster, inv, &files);
    }
    if inv.args.is_empty() {
        return Output::error(
            "You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.",
        );
    }
    let targets = match parse_targets(&inv.args) {
        Ok(t) => t,
        Err(e) => return Output::error(e),
    };
    let selector = match inv.flags.get("selector") {
        Some(s) => {
            if targets.iter().any(|t| t.name.is_some()) {
                return Output::error("name cannot be provided when a selector is specified");
            }
            match Selector::parse(s) {
                Ok(sel) => Some(sel),
                Err(e) => return Output::error(e),
            }
        }
        None => None,
    };
    let all_namespaces = inv.flags.bool("all-namespaces", false);
    if all_namespaces && targets.iter().any(|t| t.name.is_some()) {
        return Output::error("a resource cannot be retrieved by name across all namespaces");
    }
    let ctx = Ctx::new(cluster, inv.flags.bool("show-events", true));
    let ns = inv.namespace.as_str();

    // Resolve what to describe, collecting NotFound errors (ContinueOnError).
    let mut found: Vec<(Resource, String, String)> = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    for t in &targets {
        match &t.name {
            Some(name) => {
                if ctx.exists(t.resource, ns, name) {
                    let obj_ns = if t.resource.namespaced() { ns } else { "" };
                    found.push((t.resource, obj_ns.to_string(), name.clone()));
                } else {
                    errors.push(not_found(t.resource, name));
                }
            }
            None => {
                for (obj_ns, name, labels) in ctx.list(t.resource, ns, all_namespaces) {
                    if selector.as_ref().is_none_or(|s| s.matches(&labels)) {
                        found.push((t.resource, obj_ns, name));
                    }
                }
            }
        }
    }

    // `describe TYPE NAME` with no such object: every object whose name has that prefix.
    if found.is_empty()
        && errors.len() == 1
        && inv.args.len() == 2
        && !inv.args[0].contains('/')
        && targets.len() == 1
    {
        return describe_matching(&ctx, &targets[0], ns, &inv.args[1], &errors[0]);
    }

    let mut out = Output::default();
    let mut first = true;
    for (resource, obj_ns, name) in &found {
        match ctx.describe(*resource, obj_ns, name) {
            Ok(s) => {
                if !first {
                    out.stdout.push_str("\n\n");
                }
                first = false;
                out.stdout.push_str(&s);
            }
            Err(e) => {
                if !errors.contains(&e) {
                    errors.push(e);
                }
            }
        }
    }
    if found.is_empty() && errors.is_empty() {
        out.stderr = if all_namespaces {
            "No resources found\n".to_string()
        } else {
            format!("No resources found in {ns} namespace.\n")
        };
    }
    for e in &errors {
        out.stderr.push_str(e);
        out.stderr.push('\n');
    }
    if !errors.is_empty() {
        out.exit_code = 1;
    }
    out
}

/// `describe -f FILE…`: the objects the manifests name, as they are in the cluster.
fn describe_files(cluster: &Cluster, inv: &Invocation, files: &[String]) -> Output {
    let ctx = Ctx::new(cluster, inv.flags.bool("show-events", true));
    let mut out = Output::default();
    let mut errors = Vec::new();
    for f in files {
        let Some(text) = cluster.file(f) else {
            return Output::error(format!("the path \"{f}\" does not exist"));
        };
        let docs = match crate::manifest::parse(text, crate::manifest::yaml::YamlLimits::default())
        {
            Ok(d) => d,
            Err(_) => return Output::error(format!("error parsing {f}: invalid YAML")),
        };
        for doc in docs.into_iter().flatten() {
            let resource = Resource::Kind(doc.kind);
            let ns = if resource.namespaced() {
                doc.namespace
                    .clone()
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| inv.namespace.clone())
            } else {
                String::new()
            };
            match ctx.describe(resource, &ns, &doc.name) {
                Ok(s) => {
                    if !out.stdout.is_empty() {
                        out.stdout.push_str("\n\n");
                    }
                    out.stdout.push_str(&s);
                }
                Err(e) => errors.push(e),
            }
        }
    }
    for e in &errors {
        out.stderr.push_str(e);
        out.stderr.push('\n');
    }
    if !errors.is_empty() {
        out.exit_code = 1;
    }
    out
}

fn not_found(resource: Resource, name: &str) -> String {
    format!(
        "Error from server (NotFound): {} \"{name}\" not found",
        resource.qualified()
    )
}

fn describe_matching(
    ctx: &Ctx<'_>,
    target: &Target,
    ns: &str,
    prefix: &str,
    original: &str,
) -> Output {
    let mut out = Output::default();
    for (obj_ns, name, _) in ctx.list(target.resource, ns, false) {
        if name.starts_with(prefix) {
            match ctx.describe(target.resource, &obj_ns, &name) {
                Ok(s) => {
                    out.stdout.push_str(&s);
                    out.stdout.push('\n');
                }
                Err(e) => {
                    out.stderr = format!("{e}\n");
                    out.exit_code = 1;
                    return out;
                }
            }
        }
    }
    if out.stdout.is_empty() {
        out.stderr = format!("{original}\n");
        out.exit_code = 1;
    }
    out
}

// ---- context ---------------------------------------------------------------------------

/// What every describer needs: the cluster, the clock, the profile.
struct Ctx<'a> {
    cluster: &'a Cluster,
    now: SimTime,
    epoch: Epoch,
    profile: Profile,
    show_events: bool,
}

impl<'a> Ctx<'a> {
    fn new(cluster: &'a Cluster, show_events: bool) -> Self {
        Ctx {
            cluster,
            now: cluster.now(),
            epoch: cluster.config().epoch,
            profile: cluster.config().profile,
            show_events,
        }
    }

    /// A time as `describe` prints it (RFC 1123Z, second precision).
    fn date(&self, t: SimTime) -> String {
        self.epoch.rfc1123z(t)
    }

    /// `translateTimestampSince`: the age of a time the API returns with second precision.
    fn since(&self, t: SimTime) -> String {
        let ms = self.now.millis() as i64 - t.truncate_to_second().millis() as i64;
        human_duration_ms(ms)
    }

    fn exists(&self, r: Resource, ns: &str, name: &str) -> bool {
        let store = self.cluster.store();
        match r {
            Resource::Kind(Kind::Deployment) => store.deployment(ns, name).is_some(),
            Resource::Kind(Kind::ReplicaSet) => store.replicaset(ns, name).is_some(),
            Resource::Kind(Kind::Pod) => store.pod(ns, name).is_some(),
            Resource::Kind(Kind::Node) => store.nodes.contains_key(name),
            Resource::Kind(Kind::Event) => false,
            Resource::Kind(Kind::HorizontalPodAutoscaler) => {
                store.hpas.contains_key(&(ns.to_string(), name.to_string()))
            }
            Resource::Kind(Kind::Service) => store
                .services
                .contains_key(&(ns.to_string(), name.to_string())),
            Resource::Namespace => SYSTEM_NAMESPACES.contains(&name),
        }
    }

    /// Objects of a type as the API lists them (namespace, then name), with their labels.
    fn list(
        &self,
        r: Resource,
        ns: &str,
        all: bool,
    ) -> Vec<(String, String, BTreeMap<String, String>)> {
        let store = self.cluster.store();
        let in_ns = |m: &ObjectMeta| all || m.namespace == ns;
        let item = |m: &ObjectMeta| (m.namespace.clone(), m.name.clone(), m.labels.clone());
        match r {
            Resource::Kind(Kind::Deployment) => store
                .deployments
                .values()
                .map(|o| &o.meta)
                .filter(|m| in_ns(m))
                .map(item)
                .collect(),
            Resource::Kind(Kind::ReplicaSet) => store
                .replicasets
                .values()
                .map(|o| &o.meta)
                .filter(|m| in_ns(m))
                .map(item)
                .collect(),
            Resource::Kind(Kind::Pod) => store
                .pods
                .values()
                .map(|o| &o.meta)
                .filter(|m| in_ns(m))
                .map(item)
                .collect(),
            Resource::Kind(Kind::Node) => store.nodes.values().map(|o| item(&o.meta)).collect(),
            Resource::Kind(Kind::Event) => Vec::new(),
            Resource::Kind(Kind::HorizontalPodAutoscaler) => store
                .hpas
                .values()
                .map(|o| &o.meta)
                .filter(|m| in_ns(m))
                .map(item)
                .collect(),
            Resource::Kind(Kind::Service) => store
                .services
                .values()
                .map(|o| &o.meta)
                .filter(|m| in_ns(m))
                .map(item)
                .collect(),
            Resource::Namespace => SYSTEM_NAMESPACES
                .iter()
                .map(|n| {
                    let mut l = BTreeMap::new();
                    l.insert("kubernetes.io/metadata.name".to_string(), n.to_string());
                    (String::new(), n.to_string(), l)
                })
                .collect(),
        }
    }

    fn describe(&self, r: Resource, ns: &str, name: &str) -> Result<String, String> {
        let store = self.cluster.store();
        let text = match r {
            Resource::Kind(Kind::Deployment) => {
                let d = store
                    .deployment(ns, name)
                    .ok_or_else(|| not_found(r, name))?;
                self.deployment(d)
            }
            Resource::Kind(Kind::ReplicaSet) => {
                let rs = store
                    .replicaset(ns, name)
                    .ok_or_else(|| not_found(r, name))?;
                self.replicaset(rs)
            }
            Resource::Kind(Kind::Pod) => {
                let p = store.pod(ns, name).ok_or_else(|| not_found(r, name))?;
                self.pod(p)
            }
            Resource::Kind(Kind::Node) => {
                let n = store.nodes.get(name).ok_or_else(|| not_found(r, name))?;
                self.node(n)
            }
            Resource::Kind(Kind::Event) => return Err(not_found(r, name)),
            Resource::Kind(Kind::HorizontalPodAutoscaler) => {
                let h = store
                    .hpas
                    .get(&(ns.to_string(), name.to_string()))
                    .ok_or_else(|| not_found(r, name))?;
                self.hpa(h)
            }
            Resource::Kind(Kind::Service) => {
                let svc = store
                    .services
                    .get(&(ns.to_string(), name.to_string()))
                    .ok_or_else(|| not_found(r, name))?;
                self.service(svc)
            }
            Resource::Namespace => namespace(name),
        };
        Ok(DESCRIBE.format(&text))
    }

    // ---- Service ------------------------------------------------------------------------

    fn service(&self, svc: &crate::model::Service) -> String {
        let mut w = Writer::default();
        let m = &svc.meta;
        let spec_str = |k: &str| svc.spec.get(k).and_then(Value::as_str).map(str::to_string);
        let spec_list = |k: &str| svc.spec_strings(k);
        w.line(0, &format!("Name:\t{}", m.name));
        w.line(0, &format!("Namespace:\t{}", m.namespace));
        labels_multiline(&mut w, "Labels", &m.labels);
        annotations_multiline(&mut w, "Annotations", &m.annotations);
        let selector = svc.selector().unwrap_or_default();
        w.line(
            0,
            &format!(
                "Selector:\t{}",
                super::printers::table::format_labels(&selector)
            ),
        );
        w.line(0, &format!("Type:\t{}", svc.type_()));
        if let Some(p) = spec_str("ipFamilyPolicy") {
            w.line(0, &format!("IP Family Policy:\t{p}"));
        }
        let families = spec_list("ipFamilies");
        w.line(
            0,
            &format!("IP Families:\t{}", or_none(&families.join(","))),
        );
        w.line(0, &format!("IP:\t{}", svc.cluster_ip()));
        w.line(
            0,
            &format!("IPs:\t{}", or_none(&spec_list("clusterIPs").join(","))),
        );
        let external = spec_list("externalIPs");
        if !external.is_empty() {
            w.line(0, &format!("External IPs:\t{}", external.join(",")));
        }
        if let Some(n) = spec_str("externalName").filter(|n| !n.is_empty()) {
            w.line(0, &format!("External Name:\t{n}"));
        }
        let endpoints = svc.ready_endpoints(self.cluster.store().pods.values());
        for (i, sp) in svc.ports().iter().enumerate() {
            let name = sp.name.clone().filter(|n| !n.is_empty());
            let name = name.as_deref().unwrap_or("<unset>");
            w.line(0, &format!("Port:\t{name}\t{}/{}", sp.port, sp.protocol));
            w.line(
                0,
                &format!("TargetPort:\t{}/{}", sp.target_port, sp.protocol),
            );
            if let Some(np) = sp.node_port.filter(|n| *n != 0) {
                w.line(0, &format!("NodePort:\t{name}\t{np}/{}", sp.protocol));
            }
            let eps = match &endpoints {
                None => "<none>".to_string(),
                Some(per_port) => format_endpoints(&per_port[i].1),
            };
            w.line(0, &format!("Endpoints:\t{eps}"));
        }
        w.line(
            0,
            &format!(
                "Session Affinity:\t{}",
                spec_str("sessionAffinity").unwrap_or_default()
            ),
        );
        if let Some(p) = spec_str("externalTrafficPolicy").filter(|p| !p.is_empty()) {
            w.line(0, &format!("External Traffic Policy:\t{p}"));
        }
        if let Some(p) = spec_str("internalTrafficPolicy") {
            w.line(0, &format!("Internal Traffic Policy:\t{p}"));
        }
        if !self.show_events {
            return w.buf;
        }
        self.events(
            &mut w,
            self.cluster.events().about(Kind::Service, m).collect(),
        );
        w.buf
    }

    // ---- HorizontalPodAutoscaler ----------------------------------------------------------

    fn hpa(&self, h: &crate::model::HorizontalPodAutoscaler) -> String {
        let mut w = Writer::default();
        let m = &h.meta;
        w.line(0, &format!("Name:\t{}", m.name));
        w.line(0, &format!("Namespace:\t{}", m.namespace));
        labels_multiline(&mut w, "Labels", &m.labels);
        annotations_multiline(&mut w, "Annotations", &m.annotations);
        w.line(
            0,
            &format!("CreationTimestamp:\t{}", self.date(m.creation_timestamp)),
        );
        let (kind, name) = h.target();
        w.line(0, &format!("Reference:\t{kind}/{name}"));
        w.line(0, "Metrics:\t( current / target )");
        if let Some(t) = h.cpu_target() {
            let current = h
                .status
                .get("currentMetrics")
                .and_then(Value::as_array)
                .and_then(|a| a.first())
                .and_then(|m| m.pointer("resource.current.averageUtilization"))
                .and_then(Value::as_i64);
            let current = match current {
                Some(u) => {
                    let value = h
                        .status
                        .get("currentMetrics")
                        .and_then(Value::as_array)
                        .and_then(|a| a.first())
                        .and_then(|m| m.pointer("resource.current.averageValue"))
                        .and_then(Value::as_str)
                        .unwrap_or("0");
                    format!("{u}% ({value})")
                }
                None => "<unknown>".to_string(),
            };
            w.line(
                1,
                &format!("resource cpu on pods  (as a percentage of request):\t{current} / {t}%"),
            );
        }
        w.line(0, &format!("Min replicas:\t{}", h.min_replicas()));
        w.line(0, &format!("Max replicas:\t{}", h.max_replicas()));
        let int = |k: &str| h.status.get(k).and_then(Value::as_i64).unwrap_or(0);
        w.line(
            0,
            &format!(
                "{kind} pods:\t{} current / {} desired",
                int("currentReplicas"),
                int("desiredReplicas")
            ),
        );
        if let Some(conds) = h.status.get("conditions").and_then(Value::as_array) {
            w.line(0, "Conditions:");
            w.line(1, "Type\tStatus\tReason\tMessage");
            w.line(1, "----\t------\t------\t-------");
            for c in conds {
                let s = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                w.line(
                    1,
                    &format!(
                        "{}\t{}\t{}\t{}",
                        s("type"),
                        s("status"),
                        s("reason"),
                        s("message")
                    ),
                );
            }
        }
        if !self.show_events {
            return w.buf;
        }
        self.events(
            &mut w,
            self.cluster
                .events()
                .about(Kind::HorizontalPodAutoscaler, m)
                .collect(),
        );
        w.buf
    }

    // ---- Deployment ------------------------------------------------------------------

    fn deployment(&self, d: &Deployment) -> String {
        let mut w = Writer::default();
        let m = &d.meta;
        w.line(0, &format!("Name:\t{}", m.name));
        w.line(0, &format!("Namespace:\t{}", m.namespace));
        w.line(
            0,
            &format!("CreationTimestamp:\t{}", self.date(m.creation_timestamp)),
        );
        labels_multiline(&mut w, "Labels", &m.labels);
        annotations_multiline(&mut w, "Annotations", &m.annotations);
        w.line(0, &format!("Selector:\t{}", d.spec.selector.to_selector()));
        let st = &d.status;
        w.line(
            0,
            &format!(
                "Replicas:\t{} desired | {} updated | {} total | {} available | {} unavailable",
                d.spec.replicas,
                st.updated_replicas,
                st.replicas,
                st.available_replicas,
                st.unavailable_replicas
            ),
        );
        w.line(0, &format!("StrategyType:\t{}", d.spec.strategy.type_));
        w.line(
            0,
            &format!("MinReadySeconds:\t{}", d.spec.min_ready_seconds),
        );
        if let Some(ru) = &d.spec.strategy.rolling_update {
            let show = |v: &Option<crate::model::intstr::IntOrString>| {
                v.as_ref()
                    .map_or_else(|| "<nil>".to_string(), |v| v.display())
            };
            w.line(
                0,
                &format!(
                    "RollingUpdateStrategy:\t{} max unavailable, {} max surge",
                    show(&ru.max_unavailable),
                    show(&ru.max_surge)
                ),
            );
        }
        pod_template(&mut w, &d.spec.template, self.profile);
        if !st.conditions.is_empty() {
            w.line(0, "Conditions:\n  Type\tStatus\tReason");
            w.line(1, "----\t------\t------");
            for c in &st.conditions {
                w.line(1, &format!("{} \t{}\t{}", c.type_, c.status, c.reason));
            }
        }
        let (old, new) = self.deployment_replicasets(d);
        if !old.is_empty() || new.is_some() {
            w.line(0, &format!("OldReplicaSets:\t{}", rs_list(&old)));
            w.line(
                0,
                &format!(
                    "NewReplicaSet:\t{}",
                    rs_list(&new.into_iter().collect::<Vec<_>>())
                ),
            );
        }
        if self.show_events {
            self.events(
                &mut w,
                self.cluster.events().about(Kind::Deployment, m).collect(),
            );
        }
        w.buf
    }

    /// kubectl's `GetAllReplicaSetsInChunks`: the ReplicaSets the Deployment controls
    /// (selected by its selector), sorted by creation time then name; the new one is the
    /// oldest whose template equals the Deployment's (ignoring pod-template-hash).
    fn deployment_replicasets<'b>(
        &'b self,
        d: &Deployment,
    ) -> (Vec<&'b ReplicaSet>, Option<&'b ReplicaSet>) {
        let mut all: Vec<&ReplicaSet> = self
            .cluster
            .store()
            .replicasets_in(&d.meta.namespace)
            .filter(|rs| d.spec.selector.matches(&rs.meta.labels))
            .filter(|rs| {
                rs.meta
                    .controller_ref()
                    .is_some_and(|r| r.uid == d.meta.uid)
            })
            .collect();
        all.sort_by(|a, b| {
            (a.meta.creation_timestamp.truncate_to_second(), &a.meta.name)
                .cmp(&(b.meta.creation_timestamp.truncate_to_second(), &b.meta.name))
        });
        let new = all
            .iter()
            .copied()
            .find(|rs| rs.spec.template.equal_ignore_hash(&d.spec.template));
        let old = all
            .into_iter()
            .filter(|rs| new.is_none_or(|n| n.meta.uid != rs.meta.uid))
            .collect();
        (old, new)
    }

    // ---- ReplicaSet --------------------------------------------------------------------

    fn replicaset(&self, rs: &ReplicaSet) -> String {
        let mut w = Writer::default();
        let m = &rs.meta;
        w.line(0, &format!("Name:\t{}", m.name));
        w.line(0, &format!("Namespace:\t{}", m.namespace));
        w.line(
            0,
            &format!("Selector:\t{}", format_label_selector(&rs.spec.selector)),
        );
        labels_multiline(&mut w, "Labels", &m.labels);
        annotations_multiline(&mut w, "Annotations", &m.annotations);
        if let Some(r) = m.controller_ref() {
            w.line(0, &format!("Controlled By:\t{}/{}", r.kind, r.name));
        }
        w.line(
            0,
            &format!(
                "Replicas:\t{} current / {} desired",
                rs.status.replicas, rs.spec.replicas
            ),
        );
        let (running, waiting, succeeded, failed) =
            self.pod_counts(&m.namespace, &rs.spec.selector, &m.uid);
        w.line(
            0,
            &format!("Pods Status:\t{running} Running / {waiting} Waiting / {succeeded} Succeeded / {failed} Failed"),
        );
        pod_template(&mut w, &rs.spec.template, self.profile);
        if !rs.status.conditions.is_empty() {
            w.line(0, "Conditions:\n  Type\tStatus\tReason");
            w.line(1, "----\t------\t------");
            for c in &rs.status.conditions {
                w.line(1, &format!("{} \t{}\t{}", c.type_, c.status, c.reason));
            }
        }
        if self.show_events {
            self.events(
                &mut w,
                self.cluster.events().about(Kind::ReplicaSet, m).collect(),
            );
        }
        w.buf
    }

    /// `getPodStatusForController`: pods selected by the selector whose controller is
    /// `uid`, by phase (terminating pods included).
    fn pod_counts(&self, ns: &str, sel: &LabelSelector, uid: &str) -> (usize, usize, usize, usize) {
        let mut c = (0, 0, 0, 0);
        for p in self.cluster.store().pods_in(ns) {
            if !sel.matches(&p.meta.labels) || p.meta.controller_ref().is_none_or(|r| r.uid != uid)
            {
                continue;
            }
            match p.status.phase.as_str() {
                "Running" => c.0 += 1,
                "Pending" => c.1 += 1,
                "Succeeded" => c.2 += 1,
                "Failed" => c.3 += 1,
                _ => {}
            }
        }
        c
    }

    // ---- Pod -----------------------------------------------------------------------------

    fn pod(&self, pod: &Pod) -> String {
        let mut w = Writer::default();
        let m = &pod.meta;
        let full = pod.to_value_with(self.epoch);
        let empty = Value::object();
        let spec = full.get("spec").unwrap_or(&empty);
        let st = &pod.status;
        w.line(0, &format!("Name:\t{}", m.name));
        w.line(0, &format!("Namespace:\t{}", m.namespace));
        if let Some(p) = spec.get("priority").and_then(Value::as_i64) {
            w.line(0, &format!("Priority:\t{p}"));
        }
        if let Some(p) = str_of(spec, "priorityClassName").filter(|s| !s.is_empty()) {
            w.line(0, &format!("Priority Class Name:\t{p}"));
        }
        if let Some(p) = str_of(spec, "runtimeClassName").filter(|s| !s.is_empty()) {
            w.line(0, &format!("Runtime Class Name:\t{p}"));
        }
        if let Some(sa) = str_of(spec, "serviceAccountName").filter(|s| !s.is_empty()) {
            w.line(0, &format!("Service Account:\t{sa}"));
        }
        match &pod.node_name {
            None => w.line(0, "Node:\t<none>"),
            Some(n) => w.line(
                0,
                &format!("Node:\t{n}/{}", st.host_ip.as_deref().unwrap_or("")),
            ),
        }
        if let Some(t) = st.start_time {
            w.line(0, &format!("Start Time:\t{}", self.date(t)));
        }
        labels_multiline(&mut w, "Labels", &m.labels);
        annotations_multiline(&mut w, "Annotations", &m.annotations);
        match m.deletion_timestamp {
            Some(t) if !st.phase.is_terminal() => {
                w.line(
                    0,
                    &format!("Status:\tTerminating (lasts {})", self.since(t)),
                );
                w.line(
                    0,
                    &format!(
                        "Termination Grace Period:\t{}s",
                        m.deletion_grace_period_seconds.unwrap_or(0)
                    ),
                );
            }
            _ => w.line(0, &format!("Status:\t{}", st.phase.as_str())),
        }
        if let Some(r) = st.reason.as_deref().filter(|s| !s.is_empty()) {
            w.line(0, &format!("Reason:\t{r}"));
        }
        if let Some(msg) = st.message.as_deref().filter(|s| !s.is_empty()) {
            w.line(0, &format!("Message:\t{msg}"));
        }
        if let Some(sp) = spec.pointer("securityContext.seccompProfile") {
            let t = str_of(sp, "type").unwrap_or("");
            w.line(0, &format!("SeccompProfile:\t{t}"));
            if t == "Localhost" {
                w.line(
                    0,
                    &format!(
                        "LocalhostProfile:\t{}",
                        str_of(sp, "localhostProfile").unwrap_or("")
                    ),
                );
            }
        }
        w.line(0, &format!("IP:\t{}", st.pod_ip.as_deref().unwrap_or("")));
        match &st.pod_ip {
            None => w.line(0, "IPs:\t<none>"),
            Some(ip) => {
                w.line(0, "IPs:");
                w.line(1, &format!("IP:\t{ip}"));
            }
        }
        if let Some(r) = m.controller_ref() {
            w.line(0, &format!("Controlled By:\t{}/{}", r.kind, r.name));
        }
        let resolver = EnvResolver {
            name: &m.name,
            namespace: &m.namespace,
        };
        let init = arr(spec, "initContainers");
        if !init.is_empty() {
            describe_containers(
                &mut w,
                "Init Containers",
                init,
                Some(&[]),
                Some(&resolver),
                "",
                self.epoch,
            );
        }
        describe_containers(
            &mut w,
            "Containers",
            arr(spec, "containers"),
            Some(&st.container_statuses),
            Some(&resolver),
            "",
            self.epoch,
        );
        let gates = arr(spec, "readinessGates");
        if !gates.is_empty() {
            w.line(0, "Readiness Gates:\n  Type\tStatus");
            for g in gates {
                let t = str_of(g, "conditionType").unwrap_or("");
                let status = st.condition(t).map_or("<none>", |c| c.status.as_str());
                w.line(1, &format!("{t} \t{status} "));
            }
        }
        if !st.conditions.is_empty() {
            w.line(0, "Conditions:\n  Type\tStatus");
            for c in &st.conditions {
                w.line(1, &format!("{} \t{} ", c.type_, c.status));
            }
        }
        describe_volumes(&mut w, arr(spec, "volumes"), "", self.profile);
        let qos = if st.qos_class.is_empty() {
            crate::model::pod::qos_class(&pod.spec).to_string()
        } else {
            st.qos_class.clone()
        };
        w.line(0, &format!("QoS Class:\t{qos}"));
        labels_multiline(
            &mut w,
            "Node-Selectors",
            &string_map(spec.get("nodeSelector")),
        );
        tolerations_multiline(&mut w, "Tolerations", arr(spec, "tolerations"));
        topology_spread(&mut w, arr(spec, "topologySpreadConstraints"), "");
        if self.show_events {
            self.events(&mut w, self.cluster.events().about(Kind::Pod, m).collect());
        }
        w.buf
    }

    // ---- Node ----------------------------------------------------------------------------

    fn node(&self, node: &Node) -> String {
        let mut w = Writer::default();
        let m = &node.meta;
        let spec = &node.spec;
        let status = &node.status;
        w.line(0, &format!("Name:\t{}", m.name));
        let roles = node_roles(&m.labels);
        if roles.is_empty() {
            w.line(0, "Roles:\t<none>");
        } else {
            w.line(0, &format!("Roles:\t{}", roles.join(",")));
        }
        labels_multiline(&mut w, "Labels", &m.labels);
        annotations_multiline(&mut w, "Annotations", &m.annotations);
        w.line(
            0,
            &format!("CreationTimestamp:\t{}", self.date(m.creation_timestamp)),
        );
        taints_multiline(&mut w, "Taints", arr(spec, "taints"));
        let unschedulable = spec
            .get("unschedulable")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        w.line(0, &format!("Unschedulable:\t{unschedulable}"));
        // The kubelet's lease in kube-node-lease, renewed continuously while it runs.
        w.line(0, "Lease:");
        w.line(1, &format!("HolderIdentity:\t{}", m.name));
        w.line(1, "AcquireTime:\t<unset>");
        w.line(1, &format!("RenewTime:\t{}", self.date(self.now)));
        let conditions = arr(status, "conditions");
        if !conditions.is_empty() {
            w.line(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage");
            w.line(
                1,
                "----\t------\t-----------------\t------------------\t------\t-------",
            );
            for c in conditions {
                w.line(
                    1,
                    &format!(
                        "{} \t{} \t{} \t{} \t{} \t{}",
                        str_of(c, "type").unwrap_or(""),
                        str_of(c, "status").unwrap_or(""),
                        api_time(c.get("lastHeartbeatTime")),
                        api_time(c.get("lastTransitionTime")),
                        str_of(c, "reason").unwrap_or(""),
                        str_of(c, "message").unwrap_or(""),
                    ),
                );
            }
        }
        w.line(0, "Addresses:");
        for a in arr(status, "addresses") {
            w.line(
                1,
                &format!(
                    "{}:\t{}",
                    str_of(a, "type").unwrap_or(""),
                    str_of(a, "address").unwrap_or("")
                ),
            );
        }
        for (title, key) in [("Capacity:", "capacity"), ("Allocatable:", "allocatable")] {
            if let Some(list) = status
                .get(key)
                .and_then(Value::as_object)
                .filter(|l| !l.is_empty())
            {
                w.line(0, title);
                for (name, q) in list {
                    w.line(0, &format!("  {name}:\t{}", quantity_string(q)));
                }
            }
        }
        let info = status
            .get("nodeInfo")
            .cloned()
            .unwrap_or_else(Value::object);
        w.line(0, "System Info:");
        for (label, key) in [
            ("Machine ID", "machineID"),
            ("System UUID", "systemUUID"),
            ("Boot ID", "bootID"),
            ("Kernel Version", "kernelVersion"),
            ("OS Image", "osImage"),
            ("Operating System", "operatingSystem"),
            ("Architecture", "architecture"),
            ("Container Runtime Version", "containerRuntimeVersion"),
            ("Kubelet Version", "kubeletVersion"),
            ("Kube-Proxy Version", "kubeProxyVersion"),
        ] {
            w.line(
                0,
                &format!("  {label}:\t{}", str_of(&info, key).unwrap_or("")),
            );
        }
        if let Some(c) = str_of(spec, "podCIDR").filter(|s| !s.is_empty()) {
            w.line(0, &format!("PodCIDR:\t{c}"));
        }
        let cidrs: Vec<&str> = arr(spec, "podCIDRs")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        if !cidrs.is_empty() {
            w.line(0, &format!("PodCIDRs:\t{}", cidrs.join(",")));
        }
        if let Some(p) = str_of(spec, "providerID").filter(|s| !s.is_empty()) {
            w.line(0, &format!("ProviderID:\t{p}"));
        }
        self.node_resources(&mut w, node);
        if self.show_events {
            // Two searches, as kubectl does: by the node's uid, then by uid = name (kubelet).
            let all: Vec<&Event> = self.cluster.events().all().collect();
            let about = |uid: &str| {
                all.iter()
                    .copied()
                    .filter(|e| {
                        e.involved.kind == "Node"
                            && e.involved.name == m.name
                            && e.involved.namespace.is_empty()
                            && e.involved.uid == uid
                    })
                    .collect::<Vec<_>>()
            };
            let mut events = about(&m.uid);
            if m.uid != m.name {
                events.extend(about(&m.name));
            }
            self.events(&mut w, events);
        }
        w.buf
    }

    /// `describeNodeResource`: the non-terminated pods with their requests and limits as
    /// fractions of allocatable, then the totals.
    fn node_resources(&self, w: &mut Writer, node: &Node) {
        let pods: Vec<&Pod> = self
            .cluster
            .store()
            .pods
            .values()
            .filter(|p| {
                p.node_name.as_deref() == Some(node.meta.name.as_str())
                    && !p.status.phase.is_terminal()
            })
            .collect();
        w.line(
            0,
            &format!("Non-terminated Pods:\t({} in total)", pods.len()),
        );
        w.line(
            1,
            "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge",
        );
        w.line(
            1,
            "---------\t----\t\t------------\t----------\t---------------\t-------------\t---",
        );
        let alloc = node
            .status
            .get("allocatable")
            .and_then(Value::as_object)
            .filter(|a| !a.is_empty())
            .or_else(|| node.status.get("capacity").and_then(Value::as_object))
            .cloned()
            .unwrap_or_default();
        let alloc_q = |name: &str| {
            alloc
                .get(name)
                .and_then(Quantity::from_value)
                .unwrap_or(Quantity::ZERO)
        };
        let (alloc_cpu, alloc_mem, alloc_eph) = (
            alloc_q("cpu").milli_value(),
            alloc_q("memory").value(),
            alloc_q("ephemeral-storage").value(),
        );
        let pct = |v: i64, of: i64| {
            if of == 0 {
                0
            } else {
                (v as f64 / of as f64 * 100.0) as i64
            }
        };
        let mut total_req: BTreeMap<String, Quantity> = BTreeMap::new();
        let mut total_lim: BTreeMap<String, Quantity> = BTreeMap::new();
        for p in &pods {
            let (req, lim) = pod_requests_and_limits(&p.spec);
            let get = |m: &BTreeMap<String, Quantity>, k: &str| {
                m.get(k).copied().unwrap_or(Quantity::ZERO)
            };
            let (cr, cl, mr, ml) = (
                get(&req, "cpu"),
                get(&lim, "cpu"),
                get(&req, "memory"),
                get(&lim, "memory"),
            );
            w.line(
                1,
                &format!(
                    "{}\t{}\t\t{cr} ({}%)\t{cl} ({}%)\t{mr} ({}%)\t{ml} ({}%)\t{}",
                    p.meta.namespace,
                    p.meta.name,
                    pct(cr.milli_value(), alloc_cpu),
                    pct(cl.milli_value(), alloc_cpu),
                    pct(mr.value(), alloc_mem),
                    pct(ml.value(), alloc_mem),
                    self.since(p.meta.creation_timestamp),
                ),
            );
            for (k, v) in req {
                total_req.entry(k).and_modify(|t| t.add(v)).or_insert(v);
            }
            for (k, v) in lim {
                total_lim.entry(k).and_modify(|t| t.add(v)).or_insert(v);
            }
        }
        w.line(
            0,
            "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)",
        );
        w.line(1, "Resource\tRequests\tLimits");
        w.line(1, "--------\t--------\t------");
        let total =
            |m: &BTreeMap<String, Quantity>, k: &str| m.get(k).copied().unwrap_or(Quantity::ZERO);
        let row = |w: &mut Writer, name: &str, of_milli: bool, of: i64| {
            let (r, l) = (total(&total_req, name), total(&total_lim, name));
            let (rv, lv) = if of_milli {
                (r.milli_value(), l.milli_value())
            } else {
                (r.value(), l.value())
            };
            w.line(
                1,
                &format!("{name}\t{r} ({}%)\t{l} ({}%)", pct(rv, of), pct(lv, of)),
            );
        };
        row(w, "cpu", true, alloc_cpu);
        row(w, "memory", false, alloc_mem);
        row(w, "ephemeral-storage", false, alloc_eph);
        for name in alloc.keys().filter(|k| k.starts_with("hugepages-")) {
            row(w, name, false, alloc_q(name).value());
        }
        for name in alloc.keys() {
            let standard = matches!(
                name.as_str(),
                "cpu" | "memory" | "ephemeral-storage" | "pods"
            ) || name.starts_with("hugepages-")
                || name.starts_with("requests.");
            if !standard {
                w.line(
                    1,
                    &format!(
                        "{name}\t{}\t{}",
                        total(&total_req, name),
                        total(&total_lim, name)
                    ),
                );
            }
        }
    }

    // ---- Events ----------------------------------------------------------------------------

    /// `DescribeEvents`: sorted by lastTimestamp with Go's `sort.Sort`.
    fn events(&self, w: &mut Writer, mut events: Vec<&Event>) {
        if events.is_empty() {
            w.line(0, "Events:\t<none>");
            return;
        }
        // Go's unstable sort.Sort, as kubectl's: equal times keep the list (creation)
        // order up to 12 events and get shuffled deterministically beyond.
        let variant = match self.profile {
            Profile::V1_28 => GoSort::Go119,
            Profile::Current => GoSort::Go124,
        };
        gosort::sort(&mut events, variant, |a, b| {
            a.last_timestamp.truncate_to_second() < b.last_timestamp.truncate_to_second()
        });
        w.line(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage");
        w.line(1, "----\t------\t----\t----\t-------");
        for e in events {
            let first = self.since(e.first_timestamp);
            let interval = if e.count > 1 {
                format!(
                    "{} (x{} over {first})",
                    self.since(e.last_timestamp),
                    e.count
                )
            } else {
                first
            };
            w.line(
                1,
                &format!(
                    "{}\t{}\t{interval}\t{}\t{}",
                    e.type_,
                    e.reason,
                    e.source_component,
                    e.message.trim()
                ),
            );
        }
    }
}

/// The namespaces every cluster has.
const SYSTEM_NAMESPACES: [&str; 4] = ["default", "kube-node-lease", "kube-public", "kube-system"];

fn namespace(name: &str) -> String {
    let mut w = Writer::default();
    w.line(0, &format!("Name:\t{name}"));
    let mut labels = BTreeMap::new();
    labels.insert("kubernetes.io/metadata.name".to_string(), name.to_string());
    labels_multiline(&mut w, "Labels", &labels);
    annotations_multiline(&mut w, "Annotations", &BTreeMap::new());
    w.line(0, "Status:\tActive");
    w.line(0, "\nNo resource quota.");
    w.line(0, "\nNo LimitRange resource.");
    w.buf
}

fn rs_list(list: &[&ReplicaSet]) -> String {
    if list.is_empty() {
        return "<none>".to_string();
    }
    list.iter()
        .map(|rs| {
            format!(
                "{} ({}/{} replicas created)",
                rs.meta.name, rs.status.replicas, rs.spec.replicas
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `metav1.FormatLabelSelector`.
fn format_label_selector(sel: &LabelSelector) -> String {
    let s = sel.to_selector().to_string();
    if s.is_empty() {
        "<none>".to_string()
    } else {
        s
    }
}

fn node_roles(labels: &BTreeMap<String, String>) -> Vec<String> {
    let mut roles: Vec<String> = Vec::new();
    for (k, v) in labels {
        if let Some(role) = k.strip_prefix("node-role.kubernetes.io/") {
            if !role.is_empty() {
                roles.push(role.to_string());
            }
        } else if k == "kubernetes.io/role" && !v.is_empty() {
            roles.push(v.clone());
        }
    }
    roles.sort();
    roles.dedup();
    roles
}

// ---- the pod template (shared with `rollout history --revision` and `undo --dry-run`) -------

/// `DescribePodTemplate`: the template as `describe` prints it, **unaligned** (cells
/// separated by raw tabs, lines starting `Pod Template:`). `describe` aligns it with the
/// rest of its output; `rollout history --revision=N` and `rollout undo --dry-run` print it
/// as is, raw tabs included.
pub fn describe_pod_template(template: &PodTemplateSpec, profile: Profile) -> String {
    let mut w = Writer::default();
    pod_template(&mut w, template, profile);
    w.buf
}

fn pod_template(w: &mut Writer, t: &PodTemplateSpec, profile: Profile) {
    let spec: &Value = &t.spec;
    w.line(0, "Pod Template:");
    labels_multiline(w, "  Labels", &t.labels);
    if !t.annotations.is_empty() {
        annotations_multiline(w, "  Annotations", &t.annotations);
    }
    if let Some(sa) = str_of(spec, "serviceAccountName").filter(|s| !s.is_empty()) {
        w.line(1, &format!("Service Account:\t{sa}"));
    }
    let init = arr(spec, "initContainers");
    if !init.is_empty() {
        describe_containers(
            w,
            "Init Containers",
            init,
            None,
            None,
            "  ",
            Epoch::default(),
        );
    }
    describe_containers(
        w,
        "Containers",
        arr(spec, "containers"),
        None,
        None,
        "  ",
        Epoch::default(),
    );
    describe_volumes(w, arr(spec, "volumes"), "  ", profile);
    topology_spread(w, arr(spec, "topologySpreadConstraints"), "  ");
    if let Some(pc) = str_of(spec, "priorityClassName").filter(|s| !s.is_empty()) {
        w.line(1, &format!("Priority Class Name:\t{pc}"));
    }
    if profile != Profile::V1_28 {
        labels_multiline(w, "  Node-Selectors", &string_map(spec.get("nodeSelector")));
        tolerations_multiline(w, "  Tolerations", arr(spec, "tolerations"));
    }
}

// ---- containers ------------------------------------------------------------------------

/// Resolves `valueFrom.fieldRef` env vars of a pod (kubectl converts the field label for
/// the Pod kind first, then extracts it: only `metadata.name` and `metadata.namespace`
/// come out non-empty).
struct EnvResolver<'a> {
    name: &'a str,
    namespace: &'a str,
}

impl EnvResolver<'_> {
    fn resolve(&self, field_path: &str) -> String {
        match field_path {
            "metadata.name" => self.name.to_string(),
            "metadata.namespace" => self.namespace.to_string(),
            _ => String::new(),
        }
    }
}

fn describe_containers(
    w: &mut Writer,
    label: &str,
    containers: &[Value],
    statuses: Option<&[ContainerStatus]>,
    resolver: Option<&EnvResolver<'_>>,
    space: &str,
    epoch: Epoch,
) {
    let none = if containers.is_empty() { " <none>" } else { "" };
    w.line(0, &format!("{space}{label}:{none}"));
    for c in containers {
        let name = str_of(c, "name").unwrap_or("");
        let status = statuses.and_then(|s| s.iter().find(|s| s.name == name));
        let name_indent = if space.is_empty() { "" } else { " " };
        w.line(1, &format!("{name_indent}{name}:"));
        if let Some(s) = status {
            w.line(
                2,
                &format!("Container ID:\t{}", s.container_id.as_deref().unwrap_or("")),
            );
        }
        w.line(2, &format!("Image:\t{}", str_of(c, "image").unwrap_or("")));
        if let Some(s) = status {
            w.line(2, &format!("Image ID:\t{}", s.image_id));
        }
        let ports = arr(c, "ports");
        let port_list = |key: &str| {
            ports
                .iter()
                .map(|p| {
                    let n = p.get(key).and_then(Value::as_i64).unwrap_or(0);
                    format!("{n}/{}", str_of(p, "protocol").unwrap_or(""))
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let container_ports = port_list("containerPort");
        if container_ports.contains(',') {
            w.line(2, &format!("Ports:\t{container_ports}"));
        } else {
            w.line(2, &format!("Port:\t{}", or_none(&container_ports)));
        }
        let host_ports = port_list("hostPort");
        if host_ports.contains(',') {
            w.line(2, &format!("Host Ports:\t{host_ports}"));
        } else {
            w.line(2, &format!("Host Port:\t{}", or_none(&host_ports)));
        }
        if let Some(sp) = c.pointer("securityContext.seccompProfile") {
            let t = str_of(sp, "type").unwrap_or("");
            w.line(2, &format!("SeccompProfile:\t{t}"));
            if t == "Localhost" {
                w.line(
                    3,
                    &format!(
                        "LocalhostProfile:\t{}",
                        str_of(sp, "localhostProfile").unwrap_or("")
                    ),
                );
            }
        }
        for (title, key) in [("Command:", "command"), ("Args:", "args")] {
            let items = arr(c, key);
            if !items.is_empty() {
                w.line(2, title);
                for item in items {
                    for s in item.as_str().unwrap_or("").split('\n') {
                        w.line(3, s);
                    }
                }
            }
        }
        if let Some(s) = status {
            container_state(w, "State", Some(&s.state), epoch);
            if let Some(last @ ContainerState::Terminated { .. }) = &s.last_state {
                container_state(w, "Last State", Some(last), epoch);
            }
            w.line(
                2,
                &format!("Ready:\t{}", if s.ready { "True" } else { "False" }),
            );
            w.line(2, &format!("Restart Count:\t{}", s.restart_count));
        }
        describe_resources(w, c.get("resources"), 2);
        for (title, key) in [
            ("Liveness", "livenessProbe"),
            ("Readiness", "readinessProbe"),
            ("Startup", "startupProbe"),
        ] {
            if let Some(p) = c.get(key).filter(|p| p.as_object().is_some()) {
                w.line(2, &format!("{title}:\t{}", describe_probe(p)));
            }
        }
        let env_from = arr(c, "envFrom");
        if !env_from.is_empty() {
            w.line(2, "Environment Variables from:");
            for e in env_from {
                let (from, r) = if let Some(r) = e.get("configMapRef") {
                    ("ConfigMap", Some(r))
                } else if let Some(r) = e.get("secretRef") {
                    ("Secret", Some(r))
                } else {
                    ("", None)
                };
                let name = r.and_then(|r| str_of(r, "name")).unwrap_or("");
                let optional = r
                    .and_then(|r| r.get("optional"))
                    .and_then(Value::as_bool)
                    .unwrap_or(false);
                match str_of(e, "prefix").filter(|p| !p.is_empty()) {
                    None => w.line(3, &format!("{name}\t{from}\tOptional: {optional}")),
                    Some(p) => w.line(
                        3,
                        &format!("{name}\t{from} with prefix '{p}'\tOptional: {optional}"),
                    ),
                }
            }
        }
        env_vars(w, c, resolver);
        volume_mounts(w, c);
    }
}

fn container_state(w: &mut Writer, title: &str, state: Option<&ContainerState>, epoch: Epoch) {
    let date = |t: &Option<SimTime>| t.map_or_else(|| ZERO_TIME.to_string(), |t| epoch.rfc1123z(t));
    match state {
        Some(ContainerState::Running { started_at }) => {
            w.line(2, &format!("{title}:\tRunning"));
            w.line(3, &format!("Started:\t{}", epoch.rfc1123z(*started_at)));
        }
        Some(ContainerState::Waiting { reason, .. }) => {
            w.line(2, &format!("{title}:\tWaiting"));
            if !reason.is_empty() {
                w.line(3, &format!("Reason:\t{reason}"));
            }
        }
        Some(ContainerState::Terminated {
            exit_code,
            reason,
            message,
            started_at,
            finished_at,
            signal,
        }) => {
            w.line(2, &format!("{title}:\tTerminated"));
            if let Some(r) = reason.as_deref().filter(|s| !s.is_empty()) {
                w.line(3, &format!("Reason:\t{r}"));
            }
            if let Some(m) = message.as_deref().filter(|s| !s.is_empty()) {
                w.line(3, &format!("Message:\t{m}"));
            }
            w.line(3, &format!("Exit Code:\t{exit_code}"));
            if let Some(s) = signal.filter(|s| *s > 0) {
                w.line(3, &format!("Signal:\t{s}"));
            }
            w.line(3, &format!("Started:\t{}", date(started_at)));
            w.line(3, &format!("Finished:\t{}", date(finished_at)));
        }
        None => w.line(2, &format!("{title}:\tWaiting")),
    }
}

fn describe_resources(w: &mut Writer, resources: Option<&Value>, level: usize) {
    let Some(r) = resources else { return };
    for (title, key) in [("Limits:", "limits"), ("Requests:", "requests")] {
        if let Some(list) = r
            .get(key)
            .and_then(Value::as_object)
            .filter(|l| !l.is_empty())
        {
            w.line(level, title);
            for (name, q) in list {
                w.line(level + 1, &format!("{name}:\t{}", quantity_string(q)));
            }
        }
    }
}

/// `DescribeProbe`.
fn describe_probe(p: &Value) -> String {
    let int = |k: &str, d: i64| p.get(k).and_then(Value::as_i64).unwrap_or(d);
    let attrs = format!(
        "delay={}s timeout={}s period={}s #success={} #failure={}",
        int("initialDelaySeconds", 0),
        int("timeoutSeconds", 1),
        int("periodSeconds", 10),
        int("successThreshold", 1),
        int("failureThreshold", 3)
    );
    if let Some(e) = p.get("exec").filter(|e| !e.is_null()) {
        let cmd: Vec<&str> = arr(e, "command").iter().filter_map(Value::as_str).collect();
        return format!("exec [{}] {attrs}", cmd.join(" "));
    }
    if let Some(h) = p.get("httpGet").filter(|e| !e.is_null()) {
        let scheme = str_of(h, "scheme").unwrap_or("").to_ascii_lowercase();
        let host = str_of(h, "host").unwrap_or("");
        let port = h.get("port").map(intstr_string).unwrap_or_default();
        let host_port = if port.is_empty() {
            host.to_string()
        } else {
            join_host_port(host, &port)
        };
        let mut url = String::new();
        if !scheme.is_empty() {
            url.push_str(&scheme);
            url.push(':');
        }
        if !scheme.is_empty() || !host_port.is_empty() {
            url.push_str("//");
            url.push_str(&host_port);
        }
        let path = str_of(h, "path").unwrap_or("");
        if !path.is_empty() && !path.starts_with('/') && !host_port.is_empty() {
            url.push('/');
        }
        url.push_str(&escape_path(path));
        return format!("http-get {url} {attrs}");
    }
    if let Some(t) = p.get("tcpSocket").filter(|e| !e.is_null()) {
        let port = t.get("port").map(intstr_string).unwrap_or_default();
        return format!(
            "tcp-socket {}:{port} {attrs}",
            str_of(t, "host").unwrap_or("")
        );
    }
    if let Some(g) = p.get("grpc").filter(|e| !e.is_null()) {
        let port = g.get("port").and_then(Value::as_i64).unwrap_or(0);
        return format!(
            "grpc <pod>:{port} {} {attrs}",
            str_of(g, "service").unwrap_or("")
        );
    }
    format!("unknown {attrs}")
}

fn intstr_string(v: &Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::String(s) => s.clone(),
        Value::Float(f) => format!("{}", *f as i64),
        _ => String::new(),
    }
}

/// Go's `net.JoinHostPort`.
fn join_host_port(host: &str, port: &str) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// Go's `url.URL.EscapedPath` for a path set as `Path`.
fn escape_path(path: &str) -> String {
    if path == "*" {
        return path.to_string();
    }
    let mut out = String::new();
    for b in path.bytes() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'-' | b'_'
                    | b'.'
                    | b'~'
                    | b'$'
                    | b'&'
                    | b'+'
                    | b','
                    | b'/'
                    | b':'
                    | b';'
                    | b'='
                    | b'@'
            );
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn env_vars(w: &mut Writer, c: &Value, resolver: Option<&EnvResolver<'_>>) {
    let env = arr(c, "env");
    if env.is_empty() {
        w.line(2, "Environment:\t<none>");
        return;
    }
    w.line(2, "Environment:");
    for e in env {
        let name = str_of(e, "name").unwrap_or("");
        let Some(from) = e.get("valueFrom").filter(|v| !v.is_null()) else {
            for (i, s) in str_of(e, "value").unwrap_or("").split('\n').enumerate() {
                if i == 0 {
                    w.line(3, &format!("{name}:\t{s}"));
                } else {
                    w.line(3, &format!("\t{s}"));
                }
            }
            continue;
        };
        let optional = |r: &Value| r.get("optional").and_then(Value::as_bool).unwrap_or(false);
        if let Some(f) = from.get("fieldRef") {
            let path = str_of(f, "fieldPath").unwrap_or("");
            let value = resolver.map(|r| r.resolve(path)).unwrap_or_default();
            w.line(
                3,
                &format!(
                    "{name}:\t{value} ({}:{path})",
                    str_of(f, "apiVersion").unwrap_or("")
                ),
            );
        } else if let Some(f) = from.get("resourceFieldRef") {
            let resource = str_of(f, "resource").unwrap_or("");
            let mut value = container_resource_value(c, f);
            if value == "0" && (resource == "limits.cpu" || resource == "limits.memory") {
                value = "node allocatable".to_string();
            }
            w.line(3, &format!("{name}:\t{value} ({resource})"));
        } else if let Some(r) = from.get("secretKeyRef") {
            w.line(
                3,
                &format!(
                    "{name}:\t<set to the key '{}' in secret '{}'>\tOptional: {}",
                    str_of(r, "key").unwrap_or(""),
                    str_of(r, "name").unwrap_or(""),
                    optional(r)
                ),
            );
        } else if let Some(r) = from.get("configMapKeyRef") {
            w.line(
                3,
                &format!(
                    "{name}:\t<set to the key '{}' of config map '{}'>\tOptional: {}",
                    str_of(r, "key").unwrap_or(""),
                    str_of(r, "name").unwrap_or(""),
                    optional(r)
                ),
            );
        }
    }
}

/// `ExtractContainerResourceValue` (resources of the container itself, divisor default 1).
fn container_resource_value(c: &Value, f: &Value) -> String {
    let divisor = f
        .get("divisor")
        .and_then(Quantity::from_value)
        .filter(|q| !q.is_zero())
        .unwrap_or(Quantity::ONE);
    let resource = str_of(f, "resource").unwrap_or("");
    let Some((kind, name)) = resource.split_once('.') else {
        return String::new();
    };
    let q = c
        .get("resources")
        .and_then(|r| r.get(kind))
        .and_then(|l| l.get(name))
        .and_then(Quantity::from_value)
        .unwrap_or(Quantity::ZERO);
    let ceil = |a: i64, b: i64| {
        if b == 0 {
            0
        } else {
            (a as f64 / b as f64).ceil() as i64
        }
    };
    match (kind, name) {
        ("limits" | "requests", "cpu") => ceil(q.milli_value(), divisor.milli_value()).to_string(),
        ("limits" | "requests", "memory" | "ephemeral-storage") => {
            ceil(q.value(), divisor.value()).to_string()
        }
        _ => String::new(),
    }
}

fn volume_mounts(w: &mut Writer, c: &Value) {
    let mut mounts: Vec<&Value> = arr(c, "volumeMounts").iter().collect();
    let none = if mounts.is_empty() { "\t<none>" } else { "" };
    w.line(2, &format!("Mounts:{none}"));
    mounts.sort_by(|a, b| str_of(a, "mountPath").cmp(&str_of(b, "mountPath")));
    for m in mounts {
        let mut flags = vec![
            if m.get("readOnly").and_then(Value::as_bool).unwrap_or(false) {
                "ro"
            } else {
                "rw"
            }
            .to_string(),
        ];
        if let Some(sub) = str_of(m, "subPath").filter(|s| !s.is_empty()) {
            flags.push(format!("path={}", crate::model::selector::go_quote(sub)));
        }
        w.line(
            3,
            &format!(
                "{} from {} ({})",
                str_of(m, "mountPath").unwrap_or(""),
                str_of(m, "name").unwrap_or(""),
                flags.join(",")
            ),
        );
    }
    let mut devices: Vec<&Value> = arr(c, "volumeDevices").iter().collect();
    if !devices.is_empty() {
        w.line(2, &format!("Devices:{none}"));
        devices.sort_by(|a, b| str_of(a, "devicePath").cmp(&str_of(b, "devicePath")));
        for d in devices {
            w.line(
                3,
                &format!(
                    "{} from {}",
                    str_of(d, "devicePath").unwrap_or(""),
                    str_of(d, "name").unwrap_or("")
                ),
            );
        }
    }
}

// ---- volumes ---------------------------------------------------------------------------

fn describe_volumes(w: &mut Writer, volumes: &[Value], space: &str, profile: Profile) {
    if volumes.is_empty() {
        w.line(0, &format!("{space}Volumes:\t<none>"));
        return;
    }
    w.line(0, &format!("{space}Volumes:"));
    let name_indent = if space.is_empty() { "" } else { " " };
    for v in volumes {
        w.line(
            1,
            &format!("{name_indent}{}:", str_of(v, "name").unwrap_or("")),
        );
        let src = |k: &str| v.get(k).filter(|s| !s.is_null());
        let s = |o: &Value, k: &str| go_value(o.get(k));
        let b = |o: &Value, k: &str| o.get(k).and_then(Value::as_bool).unwrap_or(false);
        if let Some(h) = src("hostPath") {
            let t = str_of(h, "type")
                .filter(|t| !t.is_empty())
                .unwrap_or("<none>");
            w.line(2, "Type:\tHostPath (bare host directory volume)");
            w.line(2, &format!("Path:\t{}", s(h, "path")));
            w.line(2, &format!("HostPathType:\t{t}"));
        } else if let Some(e) = src("emptyDir") {
            let limit = e
                .get("sizeLimit")
                .and_then(Quantity::from_value)
                .filter(|q| q.nanos > 0)
                .map_or_else(|| "<unset>".to_string(), |q| q.to_string());
            w.line(
                2,
                "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)",
            );
            w.line(2, &format!("Medium:\t{}", s(e, "medium")));
            w.line(2, &format!("SizeLimit:\t{limit}"));
        } else if let Some(g) = src("gcePersistentDisk") {
            w.line(
                2,
                "Type:\tGCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)",
            );
            w.line(2, &format!("PDName:\t{}", s(g, "pdName")));
            w.line(2, &format!("FSType:\t{}", s(g, "fsType")));
            w.line(
                2,
                &format!(
                    "Partition:\t{}",
                    g.get("partition").and_then(Value::as_i64).unwrap_or(0)
                ),
            );
            w.line(2, &format!("ReadOnly:\t{}", b(g, "readOnly")));
        } else if let Some(a) = src("awsElasticBlockStore") {
            w.line(
                2,
                "Type:\tAWSElasticBlockStore (a Persistent Disk resource in AWS)",
            );
            w.line(2, &format!("VolumeID:\t{}", s(a, "volumeID")));
            w.line(2, &format!("FSType:\t{}", s(a, "fsType")));
            w.line(
                2,
                &format!(
                    "Partition:\t{}",
                    a.get("partition").and_then(Value::as_i64).unwrap_or(0)
                ),
            );
            w.line(2, &format!("ReadOnly:\t{}", b(a, "readOnly")));
        } else if let Some(g) = src("gitRepo") {
            w.line(
                2,
                "Type:\tGitRepo (a volume that is pulled from git when the pod is created)",
            );
            w.line(2, &format!("Repository:\t{}", s(g, "repository")));
            w.line(2, &format!("Revision:\t{}", s(g, "revision")));
        } else if let Some(sec) = src("secret") {
            w.line(2, "Type:\tSecret (a volume populated by a Secret)");
            w.line(2, &format!("SecretName:\t{}", s(sec, "secretName")));
            w.line(2, &format!("Optional:\t{}", b(sec, "optional")));
        } else if let Some(cm) = src("configMap") {
            w.line(2, "Type:\tConfigMap (a volume populated by a ConfigMap)");
            w.line(2, &format!("Name:\t{}", s(cm, "name")));
            w.line(2, &format!("Optional:\t{}", b(cm, "optional")));
        } else if let Some(n) = src("nfs") {
            w.line(
                2,
                "Type:\tNFS (an NFS mount that lasts the lifetime of a pod)",
            );
            w.line(2, &format!("Server:\t{}", s(n, "server")));
            w.line(2, &format!("Path:\t{}", s(n, "path")));
            w.line(2, &format!("ReadOnly:\t{}", b(n, "readOnly")));
        } else if let Some(c) = src("persistentVolumeClaim") {
            w.line(2, "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)");
            w.line(2, &format!("ClaimName:\t{}", s(c, "claimName")));
            w.line(2, &format!("ReadOnly:\t{}", b(c, "readOnly")));
        } else if let Some(d) = src("downwardAPI") {
            w.line(
                2,
                "Type:\tDownwardAPI (a volume populated by information about the pod)",
            );
            w.line(2, "Items:");
            for item in arr(d, "items") {
                if let Some(f) = item.get("fieldRef") {
                    w.line(3, &format!("{} -> {}", s(f, "fieldPath"), s(item, "path")));
                }
                if let Some(f) = item.get("resourceFieldRef") {
                    w.line(3, &format!("{} -> {}", s(f, "resource"), s(item, "path")));
                }
            }
        } else if let Some(p) = src("projected") {
            w.line(
                2,
                "Type:\tProjected (a volume that contains injected data from multiple sources)",
            );
            for source in arr(p, "sources") {
                let get = |k: &str| source.get(k).filter(|s| !s.is_null());
                let opt_ptr = |o: &Value| {
                    o.get("optional")
                        .and_then(Value::as_bool)
                        .map_or("<nil>".to_string(), |b| b.to_string())
                };
                if let Some(sec) = get("secret") {
                    w.line(2, &format!("SecretName:\t{}", s(sec, "name")));
                    if profile == Profile::V1_28 {
                        w.line(2, &format!("SecretOptionalName:\t{}", opt_ptr(sec)));
                    } else {
                        w.line(2, &format!("Optional:\t{}", b(sec, "optional")));
                    }
                } else if get("downwardAPI").is_some() {
                    w.line(2, "DownwardAPI:\ttrue");
                } else if let Some(cm) = get("configMap") {
                    w.line(2, &format!("ConfigMapName:\t{}", s(cm, "name")));
                    if profile == Profile::V1_28 {
                        w.line(2, &format!("ConfigMapOptional:\t{}", opt_ptr(cm)));
                    } else {
                        w.line(2, &format!("Optional:\t{}", b(cm, "optional")));
                    }
                } else if let Some(t) = get("serviceAccountToken") {
                    let exp = t
                        .get("expirationSeconds")
                        .and_then(Value::as_i64)
                        .unwrap_or(3600);
                    w.line(2, &format!("TokenExpirationSeconds:\t{exp}"));
                }
            }
        } else if let Some(c) = src("csi") {
            let attrs = string_map(c.get("volumeAttributes"));
            w.line(
                2,
                "Type:\tCSI (a Container Storage Interface (CSI) volume source)",
            );
            w.line(2, &format!("Driver:\t{}", s(c, "driver")));
            w.line(2, &format!("FSType:\t{}", s(c, "fsType")));
            w.line(2, &format!("ReadOnly:\t{}", b(c, "readOnly")));
            w.w(2, "VolumeAttributes:\t");
            if attrs.is_empty() {
                w.raw("<none>\n");
            }
            for (i, (k, v)) in attrs.iter().enumerate() {
                if i != 0 {
                    w.w(2, "\t");
                }
                let line = format!("{k}={v}");
                if line.len() > MAX_ANNOTATION_LEN {
                    w.w(2, &format!("{}...\n", cut(&line, MAX_ANNOTATION_LEN)));
                } else {
                    w.w(2, &format!("{line}\n"));
                }
            }
        } else if src("ephemeral").is_some() {
            w.line(
                2,
                "Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)",
            );
        } else if let Some(i) = src("image") {
            w.line(2, "Type:\tImage (a container image or OCI artifact)");
            w.line(2, &format!("Reference:\t{}", s(i, "reference")));
            w.line(2, &format!("PullPolicy:\t{}", s(i, "pullPolicy")));
        } else {
            w.line(1, "<unknown>");
        }
    }
}

/// `%v` of a scalar field (absent → empty).
fn go_value(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Int(i)) => i.to_string(),
        Some(Value::Float(f)) => f.to_string(),
        Some(other) => format!("{other:?}"),
    }
}

fn topology_spread(w: &mut Writer, tscs: &[Value], space: &str) {
    if tscs.is_empty() {
        return;
    }
    let mut sorted: Vec<&Value> = tscs.iter().collect();
    sorted.sort_by(|a, b| str_of(a, "topologyKey").cmp(&str_of(b, "topologyKey")));
    w.w(0, &format!("{space}Topology Spread Constraints:\t"));
    for (i, t) in sorted.iter().enumerate() {
        if i != 0 {
            w.w(0, space);
            w.w(0, "\t");
        }
        let mut s = format!(
            "{}:{} when max skew {} is exceeded",
            str_of(t, "topologyKey").unwrap_or(""),
            str_of(t, "whenUnsatisfiable").unwrap_or(""),
            t.get("maxSkew").and_then(Value::as_i64).unwrap_or(0)
        );
        if let Some(sel) = t.get("labelSelector").filter(|s| !s.is_null()) {
            s.push_str(&format!(
                " for selector {}",
                format_label_selector(&LabelSelector::from_value(sel))
            ));
        }
        w.w(0, &s);
        w.raw("\n");
    }
}

// ---- labels, annotations, tolerations, taints ---------------------------------------------

/// `printLabelsMultiline`: `Title:\tk=v` then `\tk=v` lines, sorted; `<none>` if empty.
fn labels_multiline(w: &mut Writer, title: &str, labels: &BTreeMap<String, String>) {
    w.w(0, &format!("{title}:\t"));
    if labels.is_empty() {
        w.raw("<none>\n");
        return;
    }
    for (i, (k, v)) in labels.iter().enumerate() {
        if i != 0 {
            w.w(0, "\t");
        }
        w.w(0, &format!("{k}={v}\n"));
    }
}

/// `printAnnotationsMultiline`: like labels but `k: v`, the last-applied configuration
/// hidden, long or multi-line values on their own indented lines.
fn annotations_multiline(w: &mut Writer, title: &str, annotations: &BTreeMap<String, String>) {
    w.w(0, &format!("{title}:\t"));
    let keys: Vec<&String> = annotations
        .keys()
        .filter(|k| k.as_str() != LAST_APPLIED)
        .collect();
    if keys.is_empty() {
        w.raw("<none>\n");
        return;
    }
    for (i, k) in keys.into_iter().enumerate() {
        if i != 0 {
            w.w(0, "\t");
        }
        let value = annotations[k].strip_suffix('\n').unwrap_or(&annotations[k]);
        if value.len() + k.len() + 2 > MAX_ANNOTATION_LEN || value.contains('\n') {
            w.w(0, &format!("{k}:\n"));
            for s in value.split('\n') {
                let short = if s.len() > MAX_ANNOTATION_LEN - 2 {
                    format!("{}...", cut(s, MAX_ANNOTATION_LEN - 2))
                } else {
                    s.to_string()
                };
                w.w(0, &format!("\t  {short}\n"));
            }
        } else {
            w.w(0, &format!("{k}: {value}\n"));
        }
    }
}

/// The longest prefix of `s` of at most `n` bytes that ends on a char boundary.
fn cut(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `printTolerationsMultilineWithIndent`.
fn tolerations_multiline(w: &mut Writer, title: &str, tolerations: &[Value]) {
    w.w(0, &format!("{title}:\t"));
    if tolerations.is_empty() {
        w.raw("<none>\n");
        return;
    }
    let mut sorted: Vec<&Value> = tolerations.iter().collect();
    sorted.sort_by(|a, b| {
        str_of(a, "key")
            .unwrap_or("")
            .cmp(str_of(b, "key").unwrap_or(""))
    });
    for (i, t) in sorted.into_iter().enumerate() {
        if i != 0 {
            w.w(0, "\t");
        }
        let key = str_of(t, "key").unwrap_or("");
        let value = str_of(t, "value").unwrap_or("");
        let effect = str_of(t, "effect").unwrap_or("");
        let mut s = key.to_string();
        if !value.is_empty() {
            s.push_str(&format!("={value}"));
        }
        if !effect.is_empty() {
            s.push_str(&format!(":{effect}"));
        }
        if str_of(t, "operator") == Some("Exists") && value.is_empty() {
            if !key.is_empty() || !effect.is_empty() {
                s.push_str(" op=Exists");
            } else {
                s.push_str("op=Exists");
            }
        }
        if let Some(secs) = t.get("tolerationSeconds").and_then(Value::as_i64) {
            s.push_str(&format!(" for {secs}s"));
        }
        w.w(0, &format!("{s}\n"));
    }
}

/// `printNodeTaintsMultiline`: sorted by effect then key.
fn taints_multiline(w: &mut Writer, title: &str, taints: &[Value]) {
    w.w(0, &format!("{title}:\t"));
    if taints.is_empty() {
        w.raw("<none>\n");
        return;
    }
    let key = |t: &Value| {
        format!(
            "{},{}",
            str_of(t, "effect").unwrap_or(""),
            str_of(t, "key").unwrap_or("")
        )
    };
    let mut sorted: Vec<&Value> = taints.iter().collect();
    sorted.sort_by_key(|t| key(t));
    for (i, t) in sorted.into_iter().enumerate() {
        if i != 0 {
            w.w(0, "\t");
        }
        let (k, v, e) = (
            str_of(t, "key").unwrap_or(""),
            str_of(t, "value").unwrap_or(""),
            str_of(t, "effect").unwrap_or(""),
        );
        if v.is_empty() {
            w.w(0, &format!("{k}:{e}\n"));
        } else {
            w.w(0, &format!("{k}={v}:{e}\n"));
        }
    }
}

// ---- small helpers -----------------------------------------------------------------------

fn str_of<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

fn arr<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn string_map(v: Option<&Value>) -> BTreeMap<String, String> {
    v.and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                .collect()
        })
        .unwrap_or_default()
}

fn or_none(s: &str) -> &str {
    if s.is_empty() { "<none>" } else { s }
}

/// An API time string (RFC 3339) as `describe` prints it; unset → Go's zero time.
fn api_time(v: Option<&Value>) -> String {
    let unix = Epoch { unix_ms: 0 };
    v.and_then(Value::as_str)
        .and_then(|s| unix.parse_rfc3339(s))
        .map_or_else(|| ZERO_TIME.to_string(), |t| unix.rfc1123z(t))
}

/// kubectl's `PrefixWriter` into a string: two spaces per level; ESC and CR escaped as
/// `printers.WriteEscaped` does.
#[derive(Default)]
struct Writer {
    buf: String,
}

impl Writer {
    /// `Write(level, text)`.
    fn w(&mut self, level: usize, text: &str) {
        for _ in 0..level {
            self.buf.push_str("  ");
        }
        self.raw(text);
    }

    /// A whole line at a level.
    fn line(&mut self, level: usize, text: &str) {
        self.w(level, text);
        self.buf.push('\n');
    }

    /// Text without indentation.
    fn raw(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\x1b' => self.buf.push_str("^["),
                '\r' => self.buf.push_str("\\r"),
                c => self.buf.push(c),
            }
        }
    }
}

// ---- quantities --------------------------------------------------------------------------

/// How a quantity was written, which decides how it prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QuantityFormat {
    DecimalSI,
    BinarySI,
    DecimalExponent,
}

/// A `resource.Quantity`, exact to the nano-unit, printing in canonical form
/// (`500m`, `1`, `70Mi`, `1500m`, `3k`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quantity {
    nanos: i128,
    format: QuantityFormat,
}

const NANO: i128 = 1_000_000_000;

impl Quantity {
    /// Zero (prints `0`).
    pub const ZERO: Quantity = Quantity {
        nanos: 0,
        format: QuantityFormat::DecimalSI,
    };
    /// One unit.
    pub const ONE: Quantity = Quantity {
        nanos: NANO,
        format: QuantityFormat::DecimalSI,
    };

    /// Parses `500m`, `1.5`, `64Mi`, `1e3`.
    pub fn parse(s: &str) -> Option<Quantity> {
        let s = s.trim();
        let (negative, rest) = match s.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, s.strip_prefix('+').unwrap_or(s)),
        };
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let (num, suffix) = rest.split_at(end);
        let (int_part, frac_part) = num.split_once('.').unwrap_or((num, ""));
        if (int_part.is_empty() && frac_part.is_empty()) || frac_part.contains('.') {
            return None;
        }
        let (exp10, pow1024, format): (i32, u32, QuantityFormat) = match suffix {
            "" => (0, 0, QuantityFormat::DecimalSI),
            "n" => (-9, 0, QuantityFormat::DecimalSI),
            "u" => (-6, 0, QuantityFormat::DecimalSI),
            "m" => (-3, 0, QuantityFormat::DecimalSI),
            "k" => (3, 0, QuantityFormat::DecimalSI),
            "M" => (6, 0, QuantityFormat::DecimalSI),
            "G" => (9, 0, QuantityFormat::DecimalSI),
            "T" => (12, 0, QuantityFormat::DecimalSI),
            "P" => (15, 0, QuantityFormat::DecimalSI),
            "E" => (18, 0, QuantityFormat::DecimalSI),
            "Ki" => (0, 1, QuantityFormat::BinarySI),
            "Mi" => (0, 2, QuantityFormat::BinarySI),
            "Gi" => (0, 3, QuantityFormat::BinarySI),
            "Ti" => (0, 4, QuantityFormat::BinarySI),
            "Pi" => (0, 5, QuantityFormat::BinarySI),
            "Ei" => (0, 6, QuantityFormat::BinarySI),
            other => {
                let e = other.strip_prefix(['e', 'E'])?.parse::<i32>().ok()?;
                (e, 0, QuantityFormat::DecimalExponent)
            }
        };
        let digits = format!("{int_part}{frac_part}");
        let digits = digits.trim_start_matches('0');
        if digits.len() > 30 || !(-30..=30).contains(&exp10) {
            return None;
        }
        let mut m: i128 = if digits.is_empty() {
            0
        } else {
            digits.parse().ok()?
        };
        m = m.checked_mul(1024i128.checked_pow(pow1024)?)?;
        let scale = exp10 + 9 - frac_part.len() as i32;
        if scale >= 0 {
            m = m.checked_mul(10i128.checked_pow(scale as u32)?)?;
        } else {
            let d = 10i128.checked_pow((-scale) as u32)?;
            m = ceil_div(m, d);
        }
        Some(Quantity {
            nanos: if negative { -m } else { m },
            format,
        })
    }

    /// A quantity as it appears in a manifest (string or number).
    pub fn from_value(v: &Value) -> Option<Quantity> {
        match v {
            Value::String(s) => Quantity::parse(s),
            Value::Int(i) => Some(Quantity {
                nanos: i128::from(*i) * NANO,
                format: QuantityFormat::DecimalSI,
            }),
            Value::Float(f) => Quantity::parse(&crate::value::format_float(*f)),
            _ => None,
        }
    }

    /// Whether it is zero.
    pub fn is_zero(&self) -> bool {
        self.nanos == 0
    }

    /// `MilliValue()`: thousandths, rounded up.
    pub fn milli_value(&self) -> i64 {
        ceil_div(self.nanos, 1_000_000) as i64
    }

    /// `Value()`: whole units, rounded up.
    pub fn value(&self) -> i64 {
        ceil_div(self.nanos, NANO) as i64
    }

    /// `Add`: the sum keeps the format of the first non-zero operand.
    pub fn add(&mut self, other: Quantity) {
        if self.nanos == 0 {
            self.format = other.format;
        }
        self.nanos += other.nanos;
    }
}

fn ceil_div(a: i128, b: i128) -> i128 {
    let q = a.div_euclid(b);
    if a.rem_euclid(b) != 0 { q + 1 } else { q }
}

impl fmt::Display for Quantity {
    /// `CanonicalizeBytes`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.nanos == 0 {
            return f.write_str("0");
        }
        let mut format = self.format;
        if format == QuantityFormat::BinarySI
            && ((-1024 * NANO < self.nanos && self.nanos < 1024 * NANO) || self.nanos % NANO != 0)
        {
            format = QuantityFormat::DecimalSI;
        }
        if format == QuantityFormat::BinarySI {
            let mut v = self.nanos / NANO;
            let mut e = 0;
            while v % 1024 == 0 && e < 6 {
                v /= 1024;
                e += 1;
            }
            return write!(f, "{v}{}", ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][e]);
        }
        let mut m = self.nanos;
        let mut e: i32 = -9;
        while m % 10 == 0 {
            m /= 10;
            e += 1;
        }
        match e % 3 {
            1 | -2 => {
                m *= 10;
                e -= 1;
            }
            2 | -1 => {
                m *= 100;
                e -= 2;
            }
            _ => {}
        }
        let suffix = match (format, e) {
            (QuantityFormat::DecimalExponent, 0) => String::new(),
            (QuantityFormat::DecimalExponent, e) => format!("e{e}"),
            (_, -9) => "n".into(),
            (_, -6) => "u".into(),
            (_, -3) => "m".into(),
            (_, 0) => String::new(),
            (_, 3) => "k".into(),
            (_, 6) => "M".into(),
            (_, 9) => "G".into(),
            (_, 12) => "T".into(),
            (_, 15) => "P".into(),
            (_, 18) => "E".into(),
            (_, e) => format!("e{e}"),
        };
        write!(f, "{m}{suffix}")
    }
}

/// A manifest quantity in canonical form (unparsable values print as written).
fn quantity_string(v: &Value) -> String {
    Quantity::from_value(v).map_or_else(|| go_value(Some(v)), |q| q.to_string())
}

/// `resourcehelper.PodRequestsAndLimits`: containers summed, each init container as a
/// floor (sidecars, `restartPolicy: Always`, add up), plus the pod overhead.
fn pod_requests_and_limits(
    spec: &Value,
) -> (BTreeMap<String, Quantity>, BTreeMap<String, Quantity>) {
    let list = |c: &Value, key: &str| -> BTreeMap<String, Quantity> {
        c.get("resources")
            .and_then(|r| r.get(key))
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| Quantity::from_value(v).map(|q| (k.clone(), q)))
                    .collect()
            })
            .unwrap_or_default()
    };
    let add = |into: &mut BTreeMap<String, Quantity>, from: &BTreeMap<String, Quantity>| {
        for (k, v) in from {
            into.entry(k.clone())
                .and_modify(|q| q.add(*v))
                .or_insert(*v);
        }
    };
    let max = |into: &mut BTreeMap<String, Quantity>, from: &BTreeMap<String, Quantity>| {
        for (k, v) in from {
            match into.get_mut(k) {
                Some(q) if q.nanos >= v.nanos => {}
                Some(q) => *q = *v,
                None => {
                    into.insert(k.clone(), *v);
                }
            }
        }
    };
    let mut out = (BTreeMap::new(), BTreeMap::new());
    for (i, key) in ["requests", "limits"].into_iter().enumerate() {
        let total = if i == 0 { &mut out.0 } else { &mut out.1 };
        for c in arr(spec, "containers") {
            add(total, &list(c, key));
        }
        let mut sidecars = BTreeMap::new();
        for c in arr(spec, "initContainers") {
            let l = list(c, key);
            if str_of(c, "restartPolicy") == Some("Always") {
                add(total, &l);
                add(&mut sidecars, &l);
            } else {
                let mut tmp = l;
                add(&mut tmp, &sidecars);
                max(total, &tmp);
            }
        }
        if let Some(overhead) = spec.get("overhead").and_then(Value::as_object) {
            for (k, v) in overhead {
                let Some(q) = Quantity::from_value(v) else {
                    continue;
                };
                if i == 0 || total.contains_key(k) {
                    total.entry(k.clone()).and_modify(|t| t.add(q)).or_insert(q);
                }
            }
        }
    }
    out
}

/// `formatEndpointSlices` for one port: at most three addresses, then `+ N more...`.
fn format_endpoints(eps: &[String]) -> String {
    const MAX: usize = 3;
    let shown = eps.iter().take(MAX).cloned().collect::<Vec<_>>().join(",");
    if eps.len() > MAX {
        format!("{shown} + {} more...", eps.len() - MAX)
    } else {
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::pod::ContainerState;

    #[test]
    fn quantities_print_canonically() {
        struct Case {
            input: &'static str,
            want: &'static str,
            milli: i64,
        }
        let cases = [
            Case {
                input: "500m",
                want: "500m",
                milli: 500,
            },
            Case {
                input: "0.5",
                want: "500m",
                milli: 500,
            },
            Case {
                input: "2",
                want: "2",
                milli: 2000,
            },
            Case {
                input: "2000m",
                want: "2",
                milli: 2000,
            },
            Case {
                input: "1500m",
                want: "1500m",
                milli: 1500,
            },
            Case {
                input: "1200",
                want: "1200",
                milli: 1_200_000,
            },
            Case {
                input: "3000",
                want: "3k",
                milli: 3_000_000,
            },
            Case {
                input: "70Mi",
                want: "70Mi",
                milli: 73_400_320_000,
            },
            Case {
                input: "8032708Ki",
                want: "8032708Ki",
                milli: 8_225_492_992_000,
            },
            Case {
                input: "512",
                want: "512",
                milli: 512_000,
            },
            Case {
                input: "0.5Ki",
                want: "512",
                milli: 512_000,
            },
            Case {
                input: "1e3",
                want: "1e3",
                milli: 1_000_000,
            },
            Case {
                input: "1n",
                want: "1n",
                milli: 1,
            },
            Case {
                input: "0",
                want: "0",
                milli: 0,
            },
            Case {
                input: "1G",
                want: "1G",
                milli: 1_000_000_000_000,
            },
        ];
        for c in &cases {
            let q = Quantity::parse(c.input).unwrap();
            assert_eq!(q.to_string(), c.want, "{}", c.input);
            assert_eq!(q.milli_value(), c.milli, "{}", c.input);
        }
        let mut sum = Quantity::parse("64Mi").unwrap();
        sum.add(Quantity::parse("70Mi").unwrap());
        assert_eq!(sum.to_string(), "134Mi");
        let mut sum = Quantity::parse("250m").unwrap();
        sum.add(Quantity::parse("750m").unwrap());
        assert_eq!(sum.to_string(), "1");
        assert!(Quantity::parse("abc").is_none());
        assert!(Quantity::parse("5X").is_none());
    }

    /// `shared/oracle/golden-v1.33/e-rs-pod-node__describe-pod.txt` up to its events.
    const BARE_POD: &str = r#"Name:             bare-pod
Namespace:        default
Priority:         0
Service Account:  default
Node:             node-1/172.18.0.3
Start Time:       Thu, 19 Nov 2026 17:47:06 +0000
Labels:           run=bare-pod
Annotations:      <none>
Status:           Running
IP:               10.244.1.40
IPs:
  IP:  10.244.1.40
Containers:
  app:
    Container ID:  containerd://298e8b05a8f8d6f1ee0d0a7c6f97f407406dee30748759a8ece13dcc497f140e
    Image:         busybox:1.36
    Image ID:      docker.io/library/busybox@sha256:768e5c6f5cb6db0794eec98dc7a967f40631746c32232b78a3105fb946f3ab83
    Port:          <none>
    Host Port:     <none>
    Command:
      sh
      -c
      while true; do echo hello; sleep 10; done
    State:          Running
      Started:      Sat, 21 Nov 2026 19:47:06 +0000
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Fri, 20 Nov 2026 22:47:06 +0000
      Finished:     Sat, 21 Nov 2026 19:47:06 +0000
    Ready:          True
    Restart Count:  2
    Limits:
      cpu:     200m
      memory:  64Mi
    Requests:
      cpu:        100m
      memory:     32Mi
    Environment:  <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-m8w2q (ro)
  sidecar:
    Container ID:   containerd://9e7c2ffbc9e42c3053b60a23f0cd3018c91c912ed7d53c87c6d82af6b08adc73
    Image:          nginx:1.25
    Image ID:       docker.io/library/nginx@sha256:a484819eb60211f5299034ac80f6a681b06f89e65866ce91f356ed7c72af059c
    Port:           8080/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Thu, 19 Nov 2026 17:47:06 +0000
    Ready:          True
    Restart Count:  0
    Limits:
      cpu:     200m
      memory:  64Mi
    Requests:
      cpu:        100m
      memory:     32Mi
    Environment:  <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-m8w2q (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  kube-api-access-m8w2q:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    Optional:                false
    DownwardAPI:             true
QoS Class:                   Burstable
Node-Selectors:              kubernetes.io/os=linux
Tolerations:                 dedicated=web:NoSchedule
                             node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
"#;

    #[test]
    fn restarted_multi_container_pod_matches_kubectl() {
        // The simulation does not crash containers yet, so the status is set by hand:
        // bare-pod's app container was OOMKilled twice.
        let yaml = "apiVersion: v1
kind: Pod
metadata:
  name: bare-pod
  labels: {run: bare-pod}
spec:
  nodeSelector: {kubernetes.io/os: linux}
  tolerations:
  - {key: dedicated, operator: Equal, value: web, effect: NoSchedule}
  containers:
  - name: app
    image: busybox:1.36
    command: [sh, -c, 'while true; do echo hello; sleep 10; done']
    resources:
      limits: {cpu: 200m, memory: 64Mi}
      requests: {cpu: 100m, memory: 32Mi}
  - name: sidecar
    image: nginx:1.25
    ports:
    - containerPort: 8080
    resources:
      limits: {cpu: 200m, memory: 64Mi}
      requests: {cpu: 100m, memory: 32Mi}
";
        let mut c = Cluster::new(crate::ClusterConfig::default());
        c.apply(yaml).unwrap();
        c.step(60_000).unwrap();
        let key = ("default".to_string(), "bare-pod".to_string());
        let mut pod = c.store.pods[&key].clone();
        let app = &mut pod.status.container_statuses[0];
        app.restart_count = 2;
        app.last_state = Some(ContainerState::Terminated {
            exit_code: 137,
            reason: Some("OOMKilled".into()),
            message: None,
            started_at: Some(SimTime(1_000)),
            finished_at: Some(SimTime(30_000)),
            signal: None,
        });
        c.store.pods.insert(key, pod.clone());
        let out = super::super::run(&mut c, "describe pod bare-pod").stdout;
        let mut want = BARE_POD.to_string();
        let node = pod.node_name.clone().unwrap();
        let node_ip = c.store.nodes[&node].internal_ip().unwrap().to_string();
        let ids = &pod.status.container_statuses;
        for (from, to) in [
            ("node-1/172.18.0.3".to_string(), format!("{node}/{node_ip}")),
            ("10.244.1.40".to_string(), pod.status.pod_ip.clone().unwrap()),
            ("containerd://298e8b05a8f8d6f1ee0d0a7c6f97f407406dee30748759a8ece13dcc497f140e".to_string(), ids[0].container_id.clone().unwrap()),
            ("containerd://9e7c2ffbc9e42c3053b60a23f0cd3018c91c912ed7d53c87c6d82af6b08adc73".to_string(), ids[1].container_id.clone().unwrap()),
            ("docker.io/library/busybox@sha256:768e5c6f5cb6db0794eec98dc7a967f40631746c32232b78a3105fb946f3ab83".to_string(), ids[0].image_id.clone()),
            ("docker.io/library/nginx@sha256:a484819eb60211f5299034ac80f6a681b06f89e65866ce91f356ed7c72af059c".to_string(), ids[1].image_id.clone()),
            ("kube-api-access-m8w2q".to_string(), format!("kube-api-access-{}", pod.api_access_suffix.clone().unwrap())),
        ] {
            want = want.replace(&from, &to);
        }
        let mask = |s: &str| {
            s.lines()
                .map(
                    |l| match l.find(", ").filter(|i| *i >= 3 && l.ends_with(" +0000")) {
                        Some(i) => format!("{}<DATE>", &l[..i - 3]),
                        None => l.to_string(),
                    },
                )
                .collect::<Vec<_>>()
                .join("\n")
        };
        let got = &out[..out.find("Events:").unwrap()];
        assert_eq!(mask(got), mask(&want), "{out}");
    }
}
