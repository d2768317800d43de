//! v1 Node. Nodes are few, so spec and status stay as [`Value`]s with typed accessors.

use super::meta::ObjectMeta;
use super::read;
use super::{DecodeError, ToValue};
use crate::time::Epoch;
use crate::value::{Value, obj};

/// A node.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Node {
    /// Metadata.
    pub meta: ObjectMeta,
    /// `spec` (podCIDR, providerID, unschedulable, taints).
    pub spec: Value,
    /// `status` (addresses, capacity, allocatable, conditions, nodeInfo).
    pub status: Value,
}

impl Node {
    /// Whether the Ready condition is True.
    pub fn is_ready(&self) -> bool {
        self.condition_status("Ready") == Some("True")
    }

    /// The status of a condition.
    pub fn condition_status(&self, type_: &str) -> Option<&str> {
        self.status
            .get("conditions")?
            .as_array()?
            .iter()
            .find(|c| c.get("type").and_then(Value::as_str) == Some(type_))?
            .get("status")?
            .as_str()
    }

    /// `spec.unschedulable` (cordoned).
    pub fn unschedulable(&self) -> bool {
        read::bool_opt(&self.spec, "unschedulable").unwrap_or(false)
    }

    /// Whether a NoSchedule/NoExecute taint keeps new pods away (pods tolerate none here
    /// except the default not-ready/unreachable NoExecute ones, which do not block scheduling
    /// of... they do: such nodes are not Ready anyway).
    pub fn has_blocking_taint(&self) -> bool {
        self.spec
            .get("taints")
            .and_then(Value::as_array)
            .is_some_and(|ts| {
                ts.iter().any(|t| {
                    matches!(
                        t.get("effect").and_then(Value::as_str),
                        Some("NoSchedule" | "NoExecute")
                    )
                })
            })
    }

    /// The InternalIP address.
    pub fn internal_ip(&self) -> Option<&str> {
        self.status
            .get("addresses")?
            .as_array()?
            .iter()
            .find(|a| a.get("type").and_then(Value::as_str) == Some("InternalIP"))?
            .get("address")?
            .as_str()
    }

    /// `spec.podCIDR`
    pub fn pod_cidr(&self) -> Option<&str> {
        self.spec.get("podCIDR").and_then(Value::as_str)
    }

    /// Reads a stored node.
    pub fn from_value(v: &Value, epoch: Epoch) -> Result<Node, DecodeError> {
        Ok(Node {
            meta: ObjectMeta::from_value(v.get("metadata"), epoch)?,
            spec: v.get("spec").cloned().unwrap_or_else(Value::object),
            status: v.get("status").cloned().unwrap_or_else(Value::object),
        })
    }
}

impl ToValue for Node {
    fn to_value(&self, epoch: Epoch) -> Value {
        obj([
            ("apiVersion", Value::from("v1")),
            ("kind", Value::from("Node")),
            ("metadata", self.meta.to_value(epoch)),
            ("spec", self.spec.clone()),
            ("status", self.status.clone()),
        ])
    }
}
