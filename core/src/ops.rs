//! Writes beyond `apply`: what kubectl's `scale`, `set image`, `rollout pause|resume|restart|undo`
//! and friends do to objects (client-side logic included, e.g. undo's template copy), as
//! typed operations with kubectl's error texts.

use std::fmt;

use crate::cluster::{ApiError, Cluster};
use crate::error::FieldError;
use crate::manifest::validation;
use crate::model::deployment::Deployment;
use crate::model::pod::{POD_TEMPLATE_HASH_LABEL, PodTemplateSpec};
use crate::model::{Kind, ReplicaSet};

/// Why an operation failed, in kubectl's words (without the `error: ` prefix).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpError {
    /// The object does not exist.
    Api(ApiError),
    /// The update is invalid.
    Invalid {
        /// Kind.
        kind: Kind,
        /// Name.
        name: String,
        /// Causes.
        causes: Vec<FieldError>,
    },
    /// A kubectl-side refusal (`deployments.apps "x" is already paused`, …).
    Refused(String),
}

impl fmt::Display for OpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpError::Api(e) => write!(f, "{e}"),
            OpError::Invalid { kind, name, causes } => {
                if causes.len() == 1 {
                    write!(f, "The {kind} \"{name}\" is invalid: {}", causes[0])
                } else {
                    write!(f, "The {kind} \"{name}\" is invalid: ")?;
                    for c in causes {
                        write!(f, "\n* {c}")?;
                    }
                    Ok(())
                }
            }
            OpError::Refused(m) => f.write_str(m),
        }
    }
}

impl From<ApiError> for OpError {
    fn from(e: ApiError) -> Self {
        OpError::Api(e)
    }
}

/// The result of `rollout undo`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UndoOutcome {
    /// The template was replaced.
    RolledBack,
    /// The target revision's template is the current one.
    Skipped {
        /// The revision asked for (or found).
        revision: i64,
    },
}

impl Cluster {
    /// Updates a Deployment like a PUT: validation, generation bump on spec or annotation
    /// change, then the controllers run. Returns whether anything changed.
    pub fn update_deployment(
        &mut self,
        ns: &str,
        name: &str,
        f: impl FnOnce(&mut Deployment),
    ) -> Result<bool, OpError> {
        let Some(old) = self.store.deployment(ns, name).cloned() else {
            return Err(ApiError::NotFound {
                kind: Kind::Deployment,
                name: name.to_string(),
            }
            .into());
        };
        let mut d = old.clone();
        f(&mut d);
        if d.spec == old.spec && d.meta == old.meta {
            return Ok(false);
        }
        let mut causes = Vec::new();
        validation::deployment(&d, true, true, &mut causes);
        validation::deployment_update(&d, &old, &mut causes);
        if !causes.is_empty() {
            return Err(OpError::Invalid {
                kind: Kind::Deployment,
                name: name.to_string(),
                causes,
            });
        }
        if d.spec != old.spec || d.meta.annotations != old.meta.annotations {
            d.meta.generation = old.meta.generation + 1;
        }
        self.store.put_deployment(d);
        self.settle()?;
        Ok(true)
    }

    /// Updates a ReplicaSet like a PUT (generation bump on spec change).
    pub fn update_replicaset(
        &mut self,
        ns: &str,
        name: &str,
        f: impl FnOnce(&mut ReplicaSet),
    ) -> Result<bool, OpError> {
        let Some(old) = self.store.replicaset(ns, name).cloned() else {
            return Err(ApiError::NotFound {
                kind: Kind::ReplicaSet,
                name: name.to_string(),
            }
            .into());
        };
        let mut rs = old.clone();
        f(&mut rs);
        if rs.spec == old.spec && rs.meta == old.meta {
            return Ok(false);
        }
        let mut causes = Vec::new();
        validation::replicaset(&rs, true, true, &mut causes);
        validation::replicaset_update(&rs, &old, &mut causes);
        if !causes.is_empty() {
            return Err(OpError::Invalid {
                kind: Kind::ReplicaSet,
                name: name.to_string(),
                causes,
            });
        }
        if rs.spec != old.spec {
            rs.meta.generation = old.meta.generation + 1;
        }
        self.store.put_replicaset(rs);
        self.settle()?;
        Ok(true)
    }

    /// `kubectl scale deployment/x --replicas=n`.
    pub fn scale_deployment(
        &mut self,
        ns: &str,
        name: &str,
        replicas: i32,
    ) -> Result<bool, OpError> {
        self.update_deployment(ns, name, |d| d.spec.replicas = replicas)
    }

    /// `kubectl set image deployment/x c=img`: `Ok(false)` when nothing changed.
    pub fn set_image(
        &mut self,
        ns: &str,
        name: &str,
        container: &str,
        image: &str,
    ) -> Result<bool, OpError> {
        let d = self
            .store
            .deployment(ns, name)
            .ok_or_else(|| ApiError::NotFound {
                kind: Kind::Deployment,
                name: name.to_string(),
            })?;
        if !d
            .spec
            .template
            .containers()
            .iter()
            .any(|c| c.get("name").and_then(|n| n.as_str()) == Some(container))
        {
            return Err(OpError::Refused(format!(
                "unable to find container named \"{container}\""
            )));
        }
        self.update_deployment(ns, name, |d| {
            set_template_image(&mut d.spec.template, container, image)
        })
    }

    /// `kubectl rollout pause`.
    pub fn pause_deployment(&mut self, ns: &str, name: &str) -> Result<(), OpError> {
        let d = self.existing(ns, name)?;
        if d.spec.paused {
            return Err(OpError::Refused(format!(
                "deployments.apps \"{name}\" is already paused"
            )));
        }
        self.update_deployment(ns, name, |d| d.spec.paused = true)?;
        Ok(())
    }

    /// `kubectl rollout resume`.
    pub fn resume_deployment(&mut self, ns: &str, name: &str) -> Result<(), OpError> {
        let d = self.existing(ns, name)?;
        if !d.spec.paused {
            return Err(OpError::Refused(format!(
                "deployments.apps \"{name}\" is not paused"
            )));
        }
        self.update_deployment(ns, name, |d| d.spec.paused = false)?;
        Ok(())
    }

    /// `kubectl rollout restart`: stamps `kubectl.kubernetes.io/restartedAt` on the template.
    pub fn restart_deployment(&mut self, ns: &str, name: &str) -> Result<(), OpError> {
        let d = self.existing(ns, name)?;
        if d.spec.paused {
            return Err(OpError::Refused(format!(
                "deployments.apps \"{name}\" can't restart paused deployment (run rollout resume first)"
            )));
        }
        let stamp = self.config.epoch.rfc3339(self.now);
        if d.spec
            .template
            .annotations
            .get("kubectl.kubernetes.io/restartedAt")
            == Some(&stamp)
        {
            return Err(OpError::Refused(format!(
                "failed to create patch for {name}: if restart has already been triggered within the past second, please wait before attempting to trigger another"
            )));
        }
        self.update_deployment(ns, name, |d| {
            d.spec
                .template
                .annotations
                .insert("kubectl.kubernetes.io/restartedAt".into(), stamp);
        })?;
        Ok(())
    }

    /// `kubectl rollout undo [--to-revision=N]` as modern kubectl does it, client-side.
    pub fn rollout_undo(
        &mut self,
        ns: &str,
        name: &str,
        to_revision: i64,
    ) -> Result<UndoOutcome, OpError> {
        let d = self.existing(ns, name)?;
        let target = self.rollback_target(&d, to_revision)?;
        if d.spec.paused {
            return Err(OpError::Refused(
                "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again".into(),
            ));
        }
        let revision = target.revision().unwrap_or(to_revision);
        if d.spec.template.equal_ignore_hash(&target.spec.template) {
            return Ok(UndoOutcome::Skipped { revision });
        }
        self.update_deployment(ns, name, |d| {
            let mut template = target.spec.template.clone();
            template.labels.remove(POD_TEMPLATE_HASH_LABEL);
            d.spec.template = template;
            let mut annotations = std::collections::BTreeMap::new();
            for (k, v) in &d.meta.annotations {
                if crate::controllers::deployment::util::skip_copy_annotation(k) {
                    annotations.insert(k.clone(), v.clone());
                }
            }
            for (k, v) in &target.meta.annotations {
                if !crate::controllers::deployment::util::skip_copy_annotation(k) {
                    annotations.insert(k.clone(), v.clone());
                }
            }
            d.meta.annotations = annotations;
        })?;
        Ok(UndoOutcome::RolledBack)
    }

    /// The ReplicaSet `rollout undo` would roll back to.
    pub fn rollback_target(&self, d: &Deployment, to_revision: i64) -> Result<ReplicaSet, OpError> {
        let rss = self.history(d);
        if to_revision != 0 {
            return rss
                .into_iter()
                .find(|r| r.revision() == Some(to_revision))
                .ok_or_else(|| {
                    OpError::Refused(format!(
                        "unable to find specified revision {to_revision} in history"
                    ))
                });
        }
        // The ReplicaSet with the second-highest revision.
        let mut revs: Vec<(i64, ReplicaSet)> = rss
            .into_iter()
            .filter_map(|r| r.revision().map(|v| (v, r)))
            .collect();
        revs.sort_by_key(|(v, _)| *v);
        if revs.len() < 2 {
            return Err(OpError::Refused(format!(
                "no rollout history found for deployment \"{}\"",
                d.meta.name
            )));
        }
        Ok(revs.swap_remove(revs.len() - 2).1)
    }

    /// The ReplicaSets of a Deployment's history (selector match and controlled by it).
    pub fn history(&self, d: &Deployment) -> Vec<ReplicaSet> {
        let sel = d.spec.selector.to_selector();
        self.store
            .replicasets_in(&d.meta.namespace)
            .filter(|r| sel.matches(&r.meta.labels))
            .filter(|r| r.meta.controller_ref().is_some_and(|o| o.uid == d.meta.uid))
            .cloned()
            .collect()
    }

    fn existing(&self, ns: &str, name: &str) -> Result<Deployment, OpError> {
        self.store.deployment(ns, name).cloned().ok_or_else(|| {
            OpError::Api(ApiError::NotFound {
                kind: Kind::Deployment,
                name: name.to_string(),
            })
        })
    }

    /// Sets (or removes, with `None`) an annotation on a Deployment: a normal update.
    pub fn annotate_deployment(
        &mut self,
        ns: &str,
        name: &str,
        key: &str,
        value: Option<&str>,
    ) -> Result<bool, OpError> {
        self.update_deployment(ns, name, |d| match value {
            Some(v) => {
                d.meta.annotations.insert(key.to_string(), v.to_string());
            }
            None => {
                d.meta.annotations.remove(key);
            }
        })
    }
}

/// Sets a container's image in a template (`*` = every container).
pub fn set_template_image(t: &mut PodTemplateSpec, container: &str, image: &str) {
    let mut spec = (*t.spec).clone();
    if let Some(cs) = spec.get_mut("containers").and_then(|c| c.as_array_mut()) {
        for c in cs.iter_mut() {
            if container == "*" || c.get("name").and_then(|n| n.as_str()) == Some(container) {
                c.set("image", image.into());
            }
        }
    }
    t.spec = std::rc::Rc::new(spec);
}

// ---- writes for the kubectl commands (label, annotate, scale rs, set, create) -----------

impl Cluster {
    /// Changes the metadata (labels, annotations) of any stored object, as a `kubectl
    /// label|annotate` patch does: validation, a generation bump where the API server does
    /// one (Deployment annotations), then the controllers run. `Ok(false)` if nothing changed.
    pub fn update_object_meta(
        &mut self,
        kind: Kind,
        ns: &str,
        name: &str,
        f: impl FnOnce(&mut crate::model::ObjectMeta),
    ) -> Result<bool, OpError> {
        let not_found = || {
            OpError::Api(ApiError::NotFound {
                kind,
                name: name.to_string(),
            })
        };
        match kind {
            Kind::Deployment => self.update_deployment(ns, name, |d| f(&mut d.meta)),
            Kind::ReplicaSet => self.update_replicaset(ns, name, |r| f(&mut r.meta)),
            Kind::Pod => {
                let old = self.store.pod(ns, name).cloned().ok_or_else(not_found)?;
                let mut p = old.clone();
                f(&mut p.meta);
                if p.meta == old.meta {
                    return Ok(false);
                }
                check_meta(kind, name, &p.meta)?;
                self.store.put_pod(p);
                self.settle()?;
                Ok(true)
            }
            Kind::Node => {
                let old = self.store.nodes.get(name).cloned().ok_or_else(not_found)?;
                let mut n = old.clone();
                f(&mut n.meta);
                if n.meta == old.meta {
                    return Ok(false);
                }
                check_meta(kind, name, &n.meta)?;
                self.store.put_node(n);
                self.settle()?;
                Ok(true)
            }
            Kind::HorizontalPodAutoscaler => {
                let key = (ns.to_string(), name.to_string());
                let old = self.store.hpas.get(&key).cloned().ok_or_else(not_found)?;
                let mut h = old.clone();
                f(&mut h.meta);
                if h.meta == old.meta {
                    return Ok(false);
                }
                check_meta(kind, name, &h.meta)?;
                self.store.put_hpa(h);
                self.settle()?;
                Ok(true)
            }
            Kind::Service => {
                let key = (ns.to_string(), name.to_string());
                let old = self
                    .store
                    .services
                    .get(&key)
                    .cloned()
                    .ok_or_else(not_found)?;
                let mut s = old.clone();
                f(&mut s.meta);
                if s.meta == old.meta {
                    return Ok(false);
                }
                check_meta(kind, name, &s.meta)?;
                self.store.put_service(s);
                self.settle()?;
                Ok(true)
            }
            Kind::Event => Err(not_found()),
        }
    }

    /// `kubectl scale rs/x --replicas=n` (a Deployment scales its own ReplicaSets back).
    pub fn scale_replicaset(
        &mut self,
        ns: &str,
        name: &str,
        replicas: i32,
    ) -> Result<bool, OpError> {
        self.update_replicaset(ns, name, |r| r.spec.replicas = replicas)
    }

    /// Changes the pod template of a Deployment or ReplicaSet (and, in the same write, its
    /// metadata: `--record`), as `kubectl set image|resources` do.
    pub fn update_pod_template(
        &mut self,
        kind: Kind,
        ns: &str,
        name: &str,
        f: impl FnOnce(&mut PodTemplateSpec, &mut crate::model::ObjectMeta),
    ) -> Result<bool, OpError> {
        match kind {
            Kind::Deployment => {
                self.update_deployment(ns, name, |d| f(&mut d.spec.template, &mut d.meta))
            }
            Kind::ReplicaSet => {
                self.update_replicaset(ns, name, |r| f(&mut r.spec.template, &mut r.meta))
            }
            _ => Err(OpError::Api(ApiError::NotFound {
                kind,
                name: name.to_string(),
            })),
        }
    }

    /// Changes a pod's container images (the one pod-spec change the API server allows; the
    /// playground's kubelet keeps running the containers it started).
    pub fn update_pod_images(
        &mut self,
        ns: &str,
        name: &str,
        f: impl FnOnce(&mut crate::value::Value, &mut crate::model::ObjectMeta),
    ) -> Result<bool, OpError> {
        let old = self.store.pod(ns, name).cloned().ok_or_else(|| {
            OpError::Api(ApiError::NotFound {
                kind: Kind::Pod,
                name: name.to_string(),
            })
        })?;
        let mut p = old.clone();
        let mut spec = (*p.spec).clone();
        f(&mut spec, &mut p.meta);
        if spec == *old.spec && p.meta == old.meta {
            return Ok(false);
        }
        p.spec = std::rc::Rc::new(spec);
        check_meta(Kind::Pod, name, &p.meta)?;
        self.store.put_pod(p);
        self.settle()?;
        Ok(true)
    }

    /// Removes `kubectl.kubernetes.io/last-applied-configuration` from an object that was just
    /// written through [`Cluster::apply`], so that it looks as `kubectl create|replace` leave
    /// it (they do not record it). Not a user-visible write: no generation bump.
    pub fn forget_last_applied(&mut self, kind: Kind, ns: &str, name: &str) {
        use crate::model::deployment::LAST_APPLIED_ANNOTATION as L;
        match kind {
            Kind::Deployment => {
                if let Some(mut d) = self.store.deployment(ns, name).cloned() {
                    if d.meta.annotations.remove(L).is_some() {
                        self.store.put_deployment(d);
                    }
                }
            }
            Kind::ReplicaSet => {
                if let Some(mut r) = self.store.replicaset(ns, name).cloned() {
                    if r.meta.annotations.remove(L).is_some() {
                        self.store.put_replicaset(r);
                    }
                }
            }
            Kind::Pod => {
                if let Some(mut p) = self.store.pod(ns, name).cloned() {
                    if p.meta.annotations.remove(L).is_some() {
                        self.store.put_pod(p);
                    }
                }
            }
            Kind::HorizontalPodAutoscaler => {
                let key = (ns.to_string(), name.to_string());
                if let Some(mut h) = self.store.hpas.get(&key).cloned() {
                    if h.meta.annotations.remove(L).is_some() {
                        self.store.put_hpa(h);
                    }
                }
            }
            Kind::Service => {
                let key = (ns.to_string(), name.to_string());
                if let Some(mut s) = self.store.services.get(&key).cloned() {
                    if s.meta.annotations.remove(L).is_some() {
                        self.store.put_service(s);
                    }
                }
            }
            Kind::Node | Kind::Event => {}
        }
        let _ = self.settle();
    }

    /// `kubectl create deployment NAME --image=IMG… [--replicas=N] [--port=P]`: the object
    /// kubectl builds (labels and selector `app: NAME`, one container per image named after
    /// the image, sanitized and made unique like kubectl does), created as a `POST` would.
    pub fn create_deployment(
        &mut self,
        ns: &str,
        name: &str,
        images: &[String],
        replicas: i32,
        port: Option<i32>,
    ) -> Result<(), OpError> {
        use crate::value::{Value, obj};
        if self.store.deployment(ns, name).is_some() {
            return Err(OpError::Api(ApiError::AlreadyExists {
                kind: Kind::Deployment,
                name: name.to_string(),
            }));
        }
        let labels = || obj([("app", Value::from(name))]);
        let mut containers = Vec::new();
        for (i, image) in images.iter().enumerate() {
            let last = image.rsplit('/').next().unwrap_or(image);
            let mut cname = last.split(':').next().unwrap_or(last).to_string();
            cname = cname.split('@').next().unwrap_or(&cname).to_string();
            if cname.contains(['_', '.']) {
                cname = format!(
                    "{}-{}",
                    cname.replace(['_', '.'], "-"),
                    self.rng.name_suffix(5)
                );
            }
            let mut c = obj([
                ("image", Value::from(image.as_str())),
                ("name", Value::from(cname)),
            ]);
            if let (0, Some(p)) = (i, port) {
                c.set(
                    "ports",
                    Value::Array(vec![obj([("containerPort", Value::from(p))])]),
                );
            }
            c.set("resources", Value::object());
            containers.push(c);
        }
        let doc = obj([
            ("apiVersion", Value::from("apps/v1")),
            ("kind", Value::from("Deployment")),
            (
                "metadata",
                obj([
                    ("labels", labels()),
                    ("name", Value::from(name)),
                    ("namespace", Value::from(ns)),
                ]),
            ),
            (
                "spec",
                obj([
                    ("replicas", Value::from(replicas)),
                    ("selector", obj([("matchLabels", labels())])),
                    ("strategy", Value::object()),
                    (
                        "template",
                        obj([
                            ("metadata", obj([("labels", labels())])),
                            ("spec", obj([("containers", Value::Array(containers))])),
                        ]),
                    ),
                ]),
            ),
        ]);
        let mut json = String::new();
        crate::value::write_compact_json(&doc, &mut json);
        match self.apply(&json) {
            Ok(_) => {
                self.forget_last_applied(Kind::Deployment, ns, name);
                Ok(())
            }
            Err(e) => Err(doc_error_to_op(e, name)),
        }
    }
}

fn check_meta(kind: Kind, name: &str, meta: &crate::model::ObjectMeta) -> Result<(), OpError> {
    let mut causes = Vec::new();
    validation::labels(&meta.labels, "metadata.labels", &mut causes);
    validation::annotations(&meta.annotations, "metadata.annotations", &mut causes);
    if causes.is_empty() {
        Ok(())
    } else {
        Err(OpError::Invalid {
            kind,
            name: name.to_string(),
            causes,
        })
    }
}

fn doc_error_to_op(e: crate::cluster::ApplyError, name: &str) -> OpError {
    use crate::manifest::DocError;
    match e.errors.into_iter().next() {
        Some(DocError::Invalid { kind, name, causes }) => OpError::Invalid {
            kind,
            name,
            causes: causes.into_iter().map(|(c, _)| c).collect(),
        },
        Some(DocError::Other { message, .. }) => OpError::Refused(message),
        Some(other) => OpError::Refused(format!("{other:?}")),
        None => OpError::Refused(format!("failed to create {name}")),
    }
}

impl Cluster {
    /// Creates objects from YAML that must not exist yet (like `kubectl create`), without
    /// the last-applied annotation apply would add. Errors are returned as text.
    pub fn apply_created(&mut self, yaml: &str) -> Result<(), String> {
        self.apply(yaml).map(|_| ()).map_err(|e| {
            e.diagnostics()
                .into_iter()
                .map(|d| d.message)
                .collect::<Vec<_>>()
                .join("\n")
        })?;
        // `create` records no last-applied configuration.
        let docs = crate::manifest::parse(yaml, crate::manifest::yaml::YamlLimits::default())
            .map_err(|_| String::new())?;
        for doc in docs.into_iter().flatten() {
            let ns = doc
                .namespace
                .clone()
                .unwrap_or_else(|| crate::cluster::DEFAULT_NAMESPACE.to_string());
            self.forget_last_applied(doc.kind, &ns, &doc.name);
        }
        Ok(())
    }
}

impl Cluster {
    /// Changes a node's `spec` (cordon/uncordon): `f` returns whether it changed anything.
    pub fn update_node_spec(
        &mut self,
        node: &str,
        f: impl FnOnce(&mut crate::value::Value) -> bool,
    ) -> bool {
        let Some(mut n) = self.store.nodes.get(node).cloned() else {
            return false;
        };
        if !f(&mut n.spec) {
            return false;
        }
        self.store.put_node(n);
        let _ = self.settle();
        true
    }

    /// Cordons (`true`) or uncordons a node: `spec.unschedulable` and the
    /// `node.kubernetes.io/unschedulable:NoSchedule` taint, and the kubelet's
    /// `NodeNotSchedulable` / `NodeSchedulable` event. Returns whether anything changed.
    pub fn set_node_unschedulable(&mut self, node: &str, value: bool) -> bool {
        use crate::value::{Value, obj};
        let changed = self.update_node_spec(node, |spec| {
            let was = spec
                .get("unschedulable")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            if was == value {
                return false;
            }
            let mut taints: Vec<Value> = spec
                .get("taints")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter(|t| {
                    t.get("key").and_then(Value::as_str) != Some("node.kubernetes.io/unschedulable")
                })
                .collect();
            if value {
                spec.set("unschedulable", Value::Bool(true));
                taints.push(obj([
                    ("effect", Value::from("NoSchedule")),
                    ("key", Value::from("node.kubernetes.io/unschedulable")),
                ]));
            } else {
                spec.remove("unschedulable");
            }
            if taints.is_empty() {
                spec.remove("taints");
            } else {
                spec.set("taints", Value::Array(taints));
            }
            true
        });
        if changed {
            if let Some(meta) = self.store.nodes.get(node).map(|n| n.meta.clone()) {
                let status = if value {
                    "NodeNotSchedulable"
                } else {
                    "NodeSchedulable"
                };
                self.record_event(
                    Kind::Node,
                    &meta,
                    None,
                    crate::events::Source {
                        component: "kubelet",
                        host: Some(node.to_string()),
                    },
                    "Normal",
                    status,
                    format!("Node {node} status is now: {status}"),
                );
            }
        }
        changed
    }

    /// Evicts a pod (the eviction API: a graceful delete).
    pub fn evict_pod(&mut self, ns: &str, name: &str, grace_seconds: Option<i64>) {
        self.delete_pod(ns, name, grace_seconds);
        let _ = self.settle();
    }

    /// Advances virtual time until a pod is gone (at most 10 virtual minutes), as kubectl
    /// waits for deletions.
    pub fn wait_pod_gone(&mut self, ns: &str, name: &str) -> Result<(), ApiError> {
        let deadline = self.now.plus(crate::time::SimDuration::from_secs(600));
        while self.store.pod(ns, name).is_some() {
            let Some(next) = self.next_wakeup().filter(|t| *t <= deadline) else {
                break;
            };
            self.advance_to(next)?;
        }
        Ok(())
    }
}
