//! ObjectMeta and OwnerReference.

use std::collections::BTreeMap;

use super::read;
use super::write;
use super::{DecodeError, ToValue};
use crate::time::{Epoch, SimTime};
use crate::value::{Value, obj};

/// A reference from a dependent to its owner (`metadata.ownerReferences[]`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OwnerReference {
    /// `apps/v1`
    pub api_version: String,
    /// `ReplicaSet`
    pub kind: String,
    /// Owner's name.
    pub name: String,
    /// Owner's uid.
    pub uid: String,
    /// Whether this owner is the managing controller.
    pub controller: bool,
    /// Whether the owner's foreground deletion waits for this dependent.
    pub block_owner_deletion: bool,
}

impl OwnerReference {
    /// A controller reference as the controllers set it (controller and blockOwnerDeletion).
    pub fn controller_ref(api_version: &str, kind: &str, name: &str, uid: &str) -> Self {
        OwnerReference {
            api_version: api_version.to_string(),
            kind: kind.to_string(),
            name: name.to_string(),
            uid: uid.to_string(),
            controller: true,
            block_owner_deletion: true,
        }
    }

    fn from_value(v: &Value) -> OwnerReference {
        OwnerReference {
            api_version: read::str_or_empty(v, "apiVersion"),
            kind: read::str_or_empty(v, "kind"),
            name: read::str_or_empty(v, "name"),
            uid: read::str_or_empty(v, "uid"),
            controller: read::bool_opt(v, "controller").unwrap_or(false),
            block_owner_deletion: read::bool_opt(v, "blockOwnerDeletion").unwrap_or(false),
        }
    }

    fn to_value(&self) -> Value {
        obj([
            ("apiVersion", Value::from(self.api_version.as_str())),
            (
                "blockOwnerDeletion",
                if self.block_owner_deletion {
                    Value::Bool(true)
                } else {
                    Value::Null
                },
            ),
            (
                "controller",
                if self.controller {
                    Value::Bool(true)
                } else {
                    Value::Null
                },
            ),
            ("kind", Value::from(self.kind.as_str())),
            ("name", Value::from(self.name.as_str())),
            ("uid", Value::from(self.uid.as_str())),
        ])
    }
}

/// `metadata` of every object.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ObjectMeta {
    /// Name (unique per kind and namespace).
    pub name: String,
    /// Prefix for a generated name.
    pub generate_name: Option<String>,
    /// Namespace ("" for cluster-scoped objects).
    pub namespace: String,
    /// Unique id assigned on creation.
    pub uid: String,
    /// Bumped on every write.
    pub resource_version: u64,
    /// Bumped on spec changes (and Deployment annotation changes).
    pub generation: i64,
    /// Creation time, truncated to the second as the API server stores it.
    pub creation_timestamp: SimTime,
    /// When graceful deletion ends (set on delete).
    pub deletion_timestamp: Option<SimTime>,
    /// Grace period of a pending deletion.
    pub deletion_grace_period_seconds: Option<i64>,
    /// Labels.
    pub labels: BTreeMap<String, String>,
    /// Annotations.
    pub annotations: BTreeMap<String, String>,
    /// Owners.
    pub owner_references: Vec<OwnerReference>,
    /// Finalizers.
    pub finalizers: Vec<String>,
}

impl ObjectMeta {
    /// The owner reference with `controller: true`, if any.
    pub fn controller_ref(&self) -> Option<&OwnerReference> {
        self.owner_references.iter().find(|r| r.controller)
    }

    /// True while a graceful deletion is pending.
    pub fn is_deleting(&self) -> bool {
        self.deletion_timestamp.is_some()
    }

    /// Reads metadata from a manifest or a stored object.
    pub fn from_value(v: Option<&Value>, epoch: Epoch) -> Result<ObjectMeta, DecodeError> {
        let empty = Value::object();
        let v = v.unwrap_or(&empty);
        Ok(ObjectMeta {
            name: read::str_or_empty(v, "name"),
            generate_name: read::str_opt(v, "generateName"),
            namespace: read::str_or_empty(v, "namespace"),
            uid: read::str_or_empty(v, "uid"),
            resource_version: read::str_opt(v, "resourceVersion")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0),
            generation: read::int_opt(v, "generation").unwrap_or(0),
            creation_timestamp: read::time_opt(v, "creationTimestamp", epoch)
                .unwrap_or(SimTime::ZERO),
            deletion_timestamp: read::time_opt(v, "deletionTimestamp", epoch),
            deletion_grace_period_seconds: read::int_opt(v, "deletionGracePeriodSeconds"),
            labels: read::string_map(v, "labels"),
            annotations: read::string_map(v, "annotations"),
            owner_references: v
                .get("ownerReferences")
                .and_then(Value::as_array)
                .map(|a| a.iter().map(OwnerReference::from_value).collect())
                .unwrap_or_default(),
            finalizers: read::string_list(v, "finalizers"),
        })
    }
}

impl ToValue for ObjectMeta {
    fn to_value(&self, epoch: Epoch) -> Value {
        obj([
            ("annotations", write::string_map(&self.annotations)),
            (
                "creationTimestamp",
                write::time(self.creation_timestamp, epoch),
            ),
            (
                "deletionGracePeriodSeconds",
                self.deletion_grace_period_seconds
                    .map_or(Value::Null, Value::Int),
            ),
            (
                "deletionTimestamp",
                write::time_opt(self.deletion_timestamp, epoch),
            ),
            (
                "finalizers",
                if self.finalizers.is_empty() {
                    Value::Null
                } else {
                    Value::Array(
                        self.finalizers
                            .iter()
                            .map(|f| Value::from(f.as_str()))
                            .collect(),
                    )
                },
            ),
            ("generateName", write::str_opt(&self.generate_name)),
            ("generation", write::int_nonzero(self.generation)),
            ("labels", write::string_map(&self.labels)),
            ("name", Value::from(self.name.as_str())),
            ("namespace", write::str_nonempty(&self.namespace)),
            (
                "ownerReferences",
                if self.owner_references.is_empty() {
                    Value::Null
                } else {
                    Value::Array(
                        self.owner_references
                            .iter()
                            .map(OwnerReference::to_value)
                            .collect(),
                    )
                },
            ),
            (
                "resourceVersion",
                Value::String(self.resource_version.to_string()),
            ),
            ("uid", Value::from(self.uid.as_str())),
        ])
    }
}
