//! The event log: what the controllers, the scheduler and the kubelets record, folded
//! like client-go's event correlator folds identical events (count + lastTimestamp).

use std::collections::BTreeMap;

use crate::model::event::{Event, InvolvedObject};
use crate::model::{Kind, ObjectMeta};
use crate::rng::Rng;
use crate::time::{Epoch, SimTime};

/// An event as the JS API reports it from `step()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClusterEvent {
    /// `Normal` / `Warning`.
    pub type_: String,
    /// Reason.
    pub reason: String,
    /// `Kind/name`.
    pub object: String,
    /// Message.
    pub message: String,
    /// Virtual time in ms.
    pub time: SimTime,
}

/// Who records an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// `deployment-controller`, `replicaset-controller`, `default-scheduler`, `kubelet`.
    pub component: &'static str,
    /// The node, for kubelet events.
    pub host: Option<String>,
}

impl Source {
    /// A control-plane component.
    pub const fn component(component: &'static str) -> Source {
        Source {
            component,
            host: None,
        }
    }
}

/// Most event occurrences kept for [`EventLog::take_emitted`].
const MAX_WAITING: usize = 100_000;

type FoldKey = (
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    &'static str,
    Option<String>,
);

/// All events, by namespace and name (name order = creation order per object, as on a
/// real cluster where names are `<object>.<hex nanoseconds>`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventLog {
    events: BTreeMap<(String, String), Event>,
    fold: BTreeMap<FoldKey, (String, String)>,
    emitted: Vec<ClusterEvent>,
    seq: u64,
}

impl EventLog {
    /// Records an event about `(kind, meta)`.
    #[allow(clippy::too_many_arguments)]
    pub fn record(
        &mut self,
        now: SimTime,
        epoch: Epoch,
        rng: &mut Rng,
        kind: Kind,
        meta: &ObjectMeta,
        field_path: Option<String>,
        source: Source,
        type_: &str,
        reason: &str,
        message: String,
    ) {
        let involved = InvolvedObject {
            kind: kind.name().to_string(),
            namespace: meta.namespace.clone(),
            name: meta.name.clone(),
            uid: meta.uid.clone(),
            api_version: kind.api_version().to_string(),
            field_path,
        };
        if self.emitted.len() >= MAX_WAITING {
            // Nobody is collecting: keep the most recent half.
            self.emitted.drain(..MAX_WAITING / 2);
        }
        self.emitted.push(ClusterEvent {
            type_: type_.to_string(),
            reason: reason.to_string(),
            object: format!("{}/{}", kind.name(), meta.name),
            message: message.clone(),
            time: now,
        });
        let fold_key: FoldKey = (
            involved.kind.clone(),
            involved.namespace.clone(),
            involved.name.clone(),
            involved.uid.clone(),
            involved.field_path.clone(),
            type_.to_string(),
            reason.to_string(),
            message.clone(),
            source.component,
            source.host.clone(),
        );
        if let Some(key) = self.fold.get(&fold_key) {
            if let Some(e) = self.events.get_mut(key) {
                e.count += 1;
                e.last_timestamp = now;
                self.seq += 1;
                e.meta.resource_version = self.seq;
                return;
            }
        }
        self.seq += 1;
        let ns = if meta.namespace.is_empty() {
            "default".to_string()
        } else {
            meta.namespace.clone()
        };
        let unix_ns = (epoch.unix_ms(now) as u64)
            .wrapping_mul(1_000_000)
            .wrapping_add(self.seq % 1_000_000);
        let name = format!("{}.{:x}", meta.name, unix_ns);
        let event = Event {
            meta: ObjectMeta {
                name: name.clone(),
                namespace: ns.clone(),
                uid: rng.uuid(),
                creation_timestamp: now.truncate_to_second(),
                resource_version: self.seq,
                ..ObjectMeta::default()
            },
            involved,
            reason: reason.to_string(),
            message,
            source_component: source.component.to_string(),
            source_host: source.host,
            first_timestamp: now,
            last_timestamp: now,
            count: 1,
            type_: type_.to_string(),
        };
        self.fold.insert(fold_key, (ns.clone(), name.clone()));
        self.events.insert((ns, name), event);
    }

    /// An event log holding these events (snapshot restore), with its name sequence.
    pub fn restore(events: Vec<Event>, seq: u64) -> EventLog {
        let mut log = EventLog {
            seq,
            ..EventLog::default()
        };
        for e in events {
            let key = (e.meta.namespace.clone(), e.meta.name.clone());
            let component: &'static str = match e.source_component.as_str() {
                "deployment-controller" => "deployment-controller",
                "replicaset-controller" => "replicaset-controller",
                "default-scheduler" => "default-scheduler",
                "kubelet" => "kubelet",
                "node-controller" => "node-controller",
                "horizontal-pod-autoscaler" => "horizontal-pod-autoscaler",
                _ => "kubeplay",
            };
            let fold_key: FoldKey = (
                e.involved.kind.clone(),
                e.involved.namespace.clone(),
                e.involved.name.clone(),
                e.involved.uid.clone(),
                e.involved.field_path.clone(),
                e.type_.clone(),
                e.reason.clone(),
                e.message.clone(),
                component,
                e.source_host.clone(),
            );
            log.fold.insert(fold_key, key.clone());
            log.events.insert(key, e);
        }
        log
    }

    /// The name sequence (for snapshots).
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// How many occurrences are waiting to be taken.
    pub fn emitted_len(&self) -> usize {
        self.emitted.len()
    }

    /// The occurrences recorded after the first `start` waiting ones (not taken).
    pub fn emitted_since(&self, start: usize) -> Vec<ClusterEvent> {
        self.emitted
            .get(start..)
            .map(<[ClusterEvent]>::to_vec)
            .unwrap_or_default()
    }

    /// Events recorded since the last call (each occurrence, folded or not).
    pub fn take_emitted(&mut self) -> Vec<ClusterEvent> {
        std::mem::take(&mut self.emitted)
    }

    /// All events in name order.
    pub fn all(&self) -> impl Iterator<Item = &Event> {
        self.events.values()
    }

    /// Events about one object (by kind, namespace, name and uid), in name order.
    pub fn about<'a>(
        &'a self,
        kind: Kind,
        meta: &'a ObjectMeta,
    ) -> impl Iterator<Item = &'a Event> + 'a {
        self.events.values().filter(move |e| {
            e.involved.kind == kind.name()
                && e.involved.name == meta.name
                && e.involved.namespace == meta.namespace
                && e.involved.uid == meta.uid
        })
    }

    /// Number of stored (folded) events.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether there are no events.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
}
