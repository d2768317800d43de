//! The object store: typed objects by namespace/name, resourceVersions, and an index of
//! dependents by their controller's uid. Every write is recorded as a [`Change`] so the
//! cluster knows which controllers to wake.

use crate::value::Value;
use std::collections::{BTreeMap, BTreeSet};

use crate::model::{
    Deployment, HorizontalPodAutoscaler, Kind, Node, ObjectKey, ObjectMeta, OwnerReference, Pod,
    ReplicaSet, Service,
};

/// Namespace and name.
pub type NsName = (String, String);

/// One write to the store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// What was written.
    pub key: ObjectKey,
    /// Labels before the write (None if the object is new).
    pub old_labels: Option<BTreeMap<String, String>>,
    /// Controller reference before the write.
    pub old_controller: Option<OwnerReference>,
    /// Uid of the object (before the write for deletions).
    pub uid: String,
    /// Whether the object is gone after the write.
    pub deleted: bool,
    /// For pods: (ready, active) before the write.
    pub old_pod_state: Option<(bool, bool)>,
}

/// All objects of the cluster (events are kept by [`crate::events::EventLog`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Store {
    /// Deployments.
    pub deployments: BTreeMap<NsName, Deployment>,
    /// ReplicaSets.
    pub replicasets: BTreeMap<NsName, ReplicaSet>,
    /// Pods.
    pub pods: BTreeMap<NsName, Pod>,
    /// Nodes by name.
    pub nodes: BTreeMap<String, Node>,
    /// HorizontalPodAutoscalers.
    pub hpas: BTreeMap<NsName, HorizontalPodAutoscaler>,
    /// Services.
    pub services: BTreeMap<NsName, Service>,
    /// Last resourceVersion handed out.
    pub resource_version: u64,
    /// Pods by the uid of their controller.
    pods_by_controller: BTreeMap<String, BTreeSet<NsName>>,
    /// Pods without a controller reference.
    orphan_pods: BTreeSet<NsName>,
    /// ReplicaSets by the uid of their controller.
    rs_by_controller: BTreeMap<String, BTreeSet<NsName>>,
    /// Writes since the last [`Store::take_changes`].
    changes: Vec<Change>,
}

fn nsname(meta: &ObjectMeta) -> NsName {
    (meta.namespace.clone(), meta.name.clone())
}

fn controller_uid(meta: &ObjectMeta) -> Option<String> {
    meta.controller_ref().map(|r| r.uid.clone())
}

impl Store {
    /// The next resourceVersion.
    pub fn next_resource_version(&mut self) -> u64 {
        self.resource_version += 1;
        self.resource_version
    }

    /// Writes recorded since the last call.
    pub fn take_changes(&mut self) -> Vec<Change> {
        std::mem::take(&mut self.changes)
    }

    /// Whether writes are pending notification.
    pub fn has_changes(&self) -> bool {
        !self.changes.is_empty()
    }

    fn record(
        &mut self,
        kind: Kind,
        key: &NsName,
        old: Option<&ObjectMeta>,
        uid: &str,
        deleted: bool,
    ) {
        self.changes.push(Change {
            key: ObjectKey {
                kind,
                namespace: key.0.clone(),
                name: key.1.clone(),
            },
            old_labels: old.map(|m| m.labels.clone()),
            old_controller: old.and_then(|m| m.controller_ref().cloned()),
            uid: uid.to_string(),
            deleted,
            old_pod_state: None,
        });
    }

    // ---- pods -------------------------------------------------------------------------

    /// A pod.
    pub fn pod(&self, ns: &str, name: &str) -> Option<&Pod> {
        self.pods.get(&(ns.to_string(), name.to_string()))
    }

    /// Stores a pod (new or updated), bumping its resourceVersion.
    pub fn put_pod(&mut self, mut pod: Pod) {
        pod.meta.resource_version = self.next_resource_version();
        let key = nsname(&pod.meta);
        let old_state = self.pods.get(&key).map(|p| (p.is_ready(), p.is_active()));
        let old = self.pods.get(&key).map(|p| p.meta.clone());
        if let Some(uid) = old.as_ref().and_then(controller_uid) {
            remove_index(&mut self.pods_by_controller, &uid, &key);
        }
        match controller_uid(&pod.meta) {
            Some(uid) => {
                self.pods_by_controller
                    .entry(uid)
                    .or_default()
                    .insert(key.clone());
                self.orphan_pods.remove(&key);
            }
            None => {
                self.orphan_pods.insert(key.clone());
            }
        }
        let uid = pod.meta.uid.clone();
        self.record(Kind::Pod, &key, old.as_ref(), &uid, false);
        if let Some(c) = self.changes.last_mut() {
            c.old_pod_state = old_state;
        }
        self.pods.insert(key, pod);
    }

    /// Removes a pod for good.
    pub fn remove_pod(&mut self, ns: &str, name: &str) -> Option<Pod> {
        let key = (ns.to_string(), name.to_string());
        let pod = self.pods.remove(&key)?;
        if let Some(uid) = controller_uid(&pod.meta) {
            remove_index(&mut self.pods_by_controller, &uid, &key);
        }
        self.orphan_pods.remove(&key);
        self.resource_version += 1;
        self.record(Kind::Pod, &key, Some(&pod.meta), &pod.meta.uid, true);
        Some(pod)
    }

    /// Pods whose controller has this uid.
    pub fn pods_controlled_by(&self, uid: &str) -> impl Iterator<Item = &Pod> {
        self.pods_by_controller
            .get(uid)
            .into_iter()
            .flatten()
            .filter_map(|k| self.pods.get(k))
    }

    /// Pods without a controller in a namespace.
    pub fn orphan_pods_in(&self, ns: &str) -> impl Iterator<Item = &Pod> {
        let start = (ns.to_string(), String::new());
        self.orphan_pods
            .range(start..)
            .take_while(move |k| k.0 == ns)
            .filter_map(|k| self.pods.get(k))
    }

    /// Pods of a namespace.
    pub fn pods_in(&self, ns: &str) -> impl Iterator<Item = &Pod> {
        let start = (ns.to_string(), String::new());
        self.pods
            .range(start..)
            .take_while(move |(k, _)| k.0 == ns)
            .map(|(_, p)| p)
    }

    // ---- replicasets --------------------------------------------------------------------

    /// A ReplicaSet.
    pub fn replicaset(&self, ns: &str, name: &str) -> Option<&ReplicaSet> {
        self.replicasets.get(&(ns.to_string(), name.to_string()))
    }

    /// Stores a ReplicaSet, bumping its resourceVersion.
    pub fn put_replicaset(&mut self, mut rs: ReplicaSet) {
        rs.meta.resource_version = self.next_resource_version();
        let key = nsname(&rs.meta);
        let old = self.replicasets.get(&key).map(|r| r.meta.clone());
        if let Some(uid) = old.as_ref().and_then(controller_uid) {
            remove_index(&mut self.rs_by_controller, &uid, &key);
        }
        if let Some(uid) = controller_uid(&rs.meta) {
            self.rs_by_controller
                .entry(uid)
                .or_default()
                .insert(key.clone());
        }
        let uid = rs.meta.uid.clone();
        self.record(Kind::ReplicaSet, &key, old.as_ref(), &uid, false);
        self.replicasets.insert(key, rs);
    }

    /// Removes a ReplicaSet.
    pub fn remove_replicaset(&mut self, ns: &str, name: &str) -> Option<ReplicaSet> {
        let key = (ns.to_string(), name.to_string());
        let rs = self.replicasets.remove(&key)?;
        if let Some(uid) = controller_uid(&rs.meta) {
            remove_index(&mut self.rs_by_controller, &uid, &key);
        }
        self.resource_version += 1;
        self.record(Kind::ReplicaSet, &key, Some(&rs.meta), &rs.meta.uid, true);
        Some(rs)
    }

    /// ReplicaSets whose controller has this uid.
    pub fn replicasets_controlled_by(&self, uid: &str) -> impl Iterator<Item = &ReplicaSet> {
        self.rs_by_controller
            .get(uid)
            .into_iter()
            .flatten()
            .filter_map(|k| self.replicasets.get(k))
    }

    /// ReplicaSets of a namespace.
    pub fn replicasets_in(&self, ns: &str) -> impl Iterator<Item = &ReplicaSet> {
        let start = (ns.to_string(), String::new());
        self.replicasets
            .range(start..)
            .take_while(move |(k, _)| k.0 == ns)
            .map(|(_, r)| r)
    }

    // ---- deployments --------------------------------------------------------------------

    /// A Deployment.
    pub fn deployment(&self, ns: &str, name: &str) -> Option<&Deployment> {
        self.deployments.get(&(ns.to_string(), name.to_string()))
    }

    /// Stores a Deployment, bumping its resourceVersion.
    pub fn put_deployment(&mut self, mut d: Deployment) {
        d.meta.resource_version = self.next_resource_version();
        let key = nsname(&d.meta);
        let old = self.deployments.get(&key).map(|x| x.meta.clone());
        let uid = d.meta.uid.clone();
        self.record(Kind::Deployment, &key, old.as_ref(), &uid, false);
        self.deployments.insert(key, d);
    }

    /// Removes a Deployment.
    pub fn remove_deployment(&mut self, ns: &str, name: &str) -> Option<Deployment> {
        let key = (ns.to_string(), name.to_string());
        let d = self.deployments.remove(&key)?;
        self.resource_version += 1;
        self.record(Kind::Deployment, &key, Some(&d.meta), &d.meta.uid, true);
        Some(d)
    }

    /// Deployments of a namespace.
    pub fn deployments_in(&self, ns: &str) -> impl Iterator<Item = &Deployment> {
        let start = (ns.to_string(), String::new());
        self.deployments
            .range(start..)
            .take_while(move |(k, _)| k.0 == ns)
            .map(|(_, d)| d)
    }

    // ---- horizontal pod autoscalers -------------------------------------------------------

    /// Stores an HPA.
    pub fn put_hpa(&mut self, mut h: HorizontalPodAutoscaler) {
        h.meta.resource_version = self.next_resource_version();
        let key = nsname(&h.meta);
        let old = self.hpas.get(&key).map(|x| x.meta.clone());
        let uid = h.meta.uid.clone();
        self.record(
            Kind::HorizontalPodAutoscaler,
            &key,
            old.as_ref(),
            &uid,
            false,
        );
        self.hpas.insert(key, h);
    }

    /// Stores a Service.
    pub fn put_service(&mut self, mut s: Service) {
        s.meta.resource_version = self.next_resource_version();
        let key = nsname(&s.meta);
        let old = self.services.get(&key).map(|x| x.meta.clone());
        let uid = s.meta.uid.clone();
        self.record(Kind::Service, &key, old.as_ref(), &uid, false);
        self.services.insert(key, s);
    }

    /// A free cluster IP for a new Service: deterministic (a hash of its namespace and name
    /// in 10.96.0.0/12, probing past taken addresses), so it consumes no randomness.
    pub fn free_cluster_ip(&self, ns: &str, name: &str) -> String {
        let taken: std::collections::BTreeSet<&str> =
            self.services.values().map(Service::cluster_ip).collect();
        let h = crate::hash::object_name_hash(ns, name);
        const SIZE: u32 = 1 << 20;
        (0..SIZE)
            .map(|i| (h.wrapping_add(i)) % SIZE)
            .filter(|o| *o > 10 && *o < SIZE - 1)
            .map(|o| {
                let ip = (10u32 << 24) | (96 << 16) | o;
                format!(
                    "{}.{}.{}.{}",
                    ip >> 24,
                    (ip >> 16) & 255,
                    (ip >> 8) & 255,
                    ip & 255
                )
            })
            .find(|ip| !taken.contains(ip.as_str()))
            .unwrap_or_else(|| "10.96.0.11".to_string())
    }

    /// Gives every port of a NodePort or LoadBalancer Service without a `nodePort` one: the
    /// port it had before the update, else a free port of 30000-32767 picked by hashing the
    /// Service's name (deterministic, no randomness consumed).
    pub fn assign_node_ports(&self, svc: &mut Service, old: Option<&Service>) {
        if !matches!(svc.type_(), "NodePort" | "LoadBalancer") {
            return;
        }
        let mut taken: std::collections::BTreeSet<i64> = self
            .services
            .values()
            .filter(|s| s.meta.namespace != svc.meta.namespace || s.meta.name != svc.meta.name)
            .flat_map(|s| s.ports().into_iter().filter_map(|p| p.node_port))
            .collect();
        let old_ports = old.map(Service::ports).unwrap_or_default();
        let Some(Value::Array(mut ports)) = svc.spec.get("ports").cloned() else {
            return;
        };
        let h = crate::hash::object_name_hash(&svc.meta.namespace, &svc.meta.name);
        for (i, p) in ports.iter_mut().enumerate() {
            if p.get("nodePort")
                .and_then(Value::as_i64)
                .is_some_and(|n| n > 0)
            {
                continue;
            }
            let reuse = old_ports.get(i).and_then(|o| o.node_port);
            let port = reuse.or_else(|| {
                (0..2768)
                    .map(|k| 30000 + i64::from((h.wrapping_add(k)) % 2768))
                    .find(|n| !taken.contains(n))
            });
            if let Some(n) = port {
                taken.insert(n);
                p.set("nodePort", Value::Int(n));
            }
        }
        svc.spec.set("ports", Value::Array(ports));
    }

    /// Removes a Service.
    pub fn remove_service(&mut self, ns: &str, name: &str) -> Option<Service> {
        let key = (ns.to_string(), name.to_string());
        let s = self.services.remove(&key)?;
        self.resource_version += 1;
        self.record(Kind::Service, &key, Some(&s.meta), &s.meta.uid, true);
        Some(s)
    }

    /// Removes an HPA.
    pub fn remove_hpa(&mut self, ns: &str, name: &str) -> Option<HorizontalPodAutoscaler> {
        let key = (ns.to_string(), name.to_string());
        let h = self.hpas.remove(&key)?;
        self.resource_version += 1;
        self.record(
            Kind::HorizontalPodAutoscaler,
            &key,
            Some(&h.meta),
            &h.meta.uid,
            true,
        );
        Some(h)
    }

    // ---- nodes --------------------------------------------------------------------------

    /// Stores a node.
    pub fn put_node(&mut self, mut n: Node) {
        n.meta.resource_version = self.next_resource_version();
        let key = (String::new(), n.meta.name.clone());
        let old = self.nodes.get(&n.meta.name).map(|x| x.meta.clone());
        let uid = n.meta.uid.clone();
        self.record(Kind::Node, &key, old.as_ref(), &uid, false);
        self.nodes.insert(n.meta.name.clone(), n);
    }

    /// A store holding exactly these objects (snapshot restore): indexes rebuilt, no
    /// resourceVersions bumped, no changes recorded.
    pub fn restore(
        nodes: Vec<Node>,
        deployments: Vec<Deployment>,
        replicasets: Vec<ReplicaSet>,
        pods: Vec<Pod>,
        hpas: Vec<HorizontalPodAutoscaler>,
        services: Vec<Service>,
        resource_version: u64,
    ) -> Store {
        let mut s = Store {
            resource_version,
            ..Store::default()
        };
        for sv in services {
            s.services.insert(nsname(&sv.meta), sv);
        }
        for h in hpas {
            s.hpas.insert(nsname(&h.meta), h);
        }
        for n in nodes {
            s.nodes.insert(n.meta.name.clone(), n);
        }
        for d in deployments {
            s.deployments.insert(nsname(&d.meta), d);
        }
        for rs in replicasets {
            let key = nsname(&rs.meta);
            if let Some(uid) = controller_uid(&rs.meta) {
                s.rs_by_controller
                    .entry(uid)
                    .or_default()
                    .insert(key.clone());
            }
            s.replicasets.insert(key, rs);
        }
        for p in pods {
            let key = nsname(&p.meta);
            match controller_uid(&p.meta) {
                Some(uid) => {
                    s.pods_by_controller
                        .entry(uid)
                        .or_default()
                        .insert(key.clone());
                }
                None => {
                    s.orphan_pods.insert(key.clone());
                }
            }
            s.pods.insert(key, p);
        }
        s
    }

    /// Whether any object in the store has this uid (owner existence checks).
    pub fn uid_exists(&self, kind: &str, ns: &str, name: &str, uid: &str) -> bool {
        match kind {
            "ReplicaSet" => self.replicaset(ns, name).is_some_and(|r| r.meta.uid == uid),
            "Deployment" => self.deployment(ns, name).is_some_and(|d| d.meta.uid == uid),
            "Pod" => self.pod(ns, name).is_some_and(|p| p.meta.uid == uid),
            "Node" => self.nodes.get(name).is_some_and(|n| n.meta.uid == uid),
            _ => true, // owners of kinds we do not simulate are assumed to exist
        }
    }

    /// Metadata of any stored object.
    pub fn meta(&self, key: &ObjectKey) -> Option<&ObjectMeta> {
        let k = (key.namespace.clone(), key.name.clone());
        match key.kind {
            Kind::Deployment => self.deployments.get(&k).map(|o| &o.meta),
            Kind::ReplicaSet => self.replicasets.get(&k).map(|o| &o.meta),
            Kind::Pod => self.pods.get(&k).map(|o| &o.meta),
            Kind::Node => self.nodes.get(&key.name).map(|o| &o.meta),
            Kind::HorizontalPodAutoscaler => self.hpas.get(&k).map(|o| &o.meta),
            Kind::Service => self.services.get(&k).map(|o| &o.meta),
            Kind::Event => None,
        }
    }
}

fn remove_index(index: &mut BTreeMap<String, BTreeSet<NsName>>, uid: &str, key: &NsName) {
    if let Some(set) = index.get_mut(uid) {
        set.remove(key);
        if set.is_empty() {
            index.remove(uid);
        }
    }
}
