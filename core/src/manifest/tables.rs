//! The field tables of the API kinds kubeplay accepts: every JSON field of the Kubernetes
//! v1.33 Go types reachable from the top-level kinds below, with its type, so that
//! [`super::schema::check`] can reject unknown fields and wrong JSON types exactly as the
//! API server's strict decoding does.
//!
//! Each struct is declared once, named after its Go type (`PodSpec` → [`POD_SPEC`]); where
//! autoscaling/v1 and autoscaling/v2 share a Go name, the v1 table has a `_V1` suffix.
//! Embedded (`json:",inline"`) structs are flattened into the struct that embeds them, as
//! Go's decoder sees them (`Volume` holds every volume source, `Probe` its handlers).
//! `resource.Quantity` fields are [`Ty::Quantity`], `intstr.IntOrString` [`Ty::IntOrString`],
//! `metav1.Time`/`MicroTime` [`Ty::Time`], `FieldsV1` [`Ty::Any`].
//!
//! Top-level kinds: [`DEPLOYMENT`], [`REPLICA_SET`], [`POD`], [`NODE`], [`SERVICE`],
//! [`ENDPOINTS`], [`HORIZONTAL_POD_AUTOSCALER`] (autoscaling/v2),
//! [`HORIZONTAL_POD_AUTOSCALER_V1`], [`EVENT`], [`NAMESPACE`], [`CONFIG_MAP`].

use super::schema::{Field, Struct, Ty};

/// A field (shorthand for the tables).
const fn f(name: &'static str, ty: Ty) -> Field {
    Field { name, ty }
}

/// apps/v1 Deployment (top-level kind).
pub static DEPLOYMENT: Struct = Struct {
    go_name: "Deployment",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("kind", Ty::String),
        f("metadata", Ty::Object(&OBJECT_META)),
        f("spec", Ty::Object(&DEPLOYMENT_SPEC)),
        f("status", Ty::Object(&DEPLOYMENT_STATUS)),
    ],
};

/// meta/v1 `ObjectMeta`.
pub static OBJECT_META: Struct = Struct {
    go_name: "ObjectMeta",
    go_package: "v1",
    fields: &[
        f("annotations", Ty::Map(&Ty::String)),
        f("creationTimestamp", Ty::Time),
        f("deletionGracePeriodSeconds", Ty::Int64),
        f("deletionTimestamp", Ty::Time),
        f("finalizers", Ty::Array(&Ty::String)),
        f("generateName", Ty::String),
        f("generation", Ty::Int64),
        f("labels", Ty::Map(&Ty::String)),
        f(
            "managedFields",
            Ty::Array(&Ty::Object(&MANAGED_FIELDS_ENTRY)),
        ),
        f("name", Ty::String),
        f("namespace", Ty::String),
        f("ownerReferences", Ty::Array(&Ty::Object(&OWNER_REFERENCE))),
        f("resourceVersion", Ty::String),
        f("selfLink", Ty::String),
        f("uid", Ty::String),
    ],
};

/// meta/v1 `ManagedFieldsEntry`.
pub static MANAGED_FIELDS_ENTRY: Struct = Struct {
    go_name: "ManagedFieldsEntry",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("fieldsType", Ty::String),
        f("fieldsV1", Ty::Any),
        f("manager", Ty::String),
        f("operation", Ty::String),
        f("subresource", Ty::String),
        f("time", Ty::Time),
    ],
};

/// meta/v1 `OwnerReference`.
pub static OWNER_REFERENCE: Struct = Struct {
    go_name: "OwnerReference",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("blockOwnerDeletion", Ty::Bool),
        f("controller", Ty::Bool),
        f("kind", Ty::String),
        f("name", Ty::String),
        f("uid", Ty::String),
    ],
};

/// apps/v1 `DeploymentSpec`.
pub static DEPLOYMENT_SPEC: Struct = Struct {
    go_name: "DeploymentSpec",
    go_package: "v1",
    fields: &[
        f("minReadySeconds", Ty::Int32),
        f("paused", Ty::Bool),
        f("progressDeadlineSeconds", Ty::Int32),
        f("replicas", Ty::Int32),
        f("revisionHistoryLimit", Ty::Int32),
        f("selector", Ty::Object(&LABEL_SELECTOR)),
        f("strategy", Ty::Object(&DEPLOYMENT_STRATEGY)),
        f("template", Ty::Object(&POD_TEMPLATE_SPEC)),
    ],
};

/// meta/v1 `LabelSelector`.
pub static LABEL_SELECTOR: Struct = Struct {
    go_name: "LabelSelector",
    go_package: "v1",
    fields: &[
        f(
            "matchExpressions",
            Ty::Array(&Ty::Object(&LABEL_SELECTOR_REQUIREMENT)),
        ),
        f("matchLabels", Ty::Map(&Ty::String)),
    ],
};

/// meta/v1 `LabelSelectorRequirement`.
pub static LABEL_SELECTOR_REQUIREMENT: Struct = Struct {
    go_name: "LabelSelectorRequirement",
    go_package: "v1",
    fields: &[
        f("key", Ty::String),
        f("operator", Ty::String),
        f("values", Ty::Array(&Ty::String)),
    ],
};

/// apps/v1 `DeploymentStrategy`.
pub static DEPLOYMENT_STRATEGY: Struct = Struct {
    go_name: "DeploymentStrategy",
    go_package: "v1",
    fields: &[
        f("rollingUpdate", Ty::Object(&ROLLING_UPDATE_DEPLOYMENT)),
        f("type", Ty::String),
    ],
};

/// apps/v1 `RollingUpdateDeployment`.
pub static ROLLING_UPDATE_DEPLOYMENT: Struct = Struct {
    go_name: "RollingUpdateDeployment",
    go_package: "v1",
    fields: &[
        f("maxSurge", Ty::IntOrString),
        f("maxUnavailable", Ty::IntOrString),
    ],
};

/// core/v1 `PodTemplateSpec`.
pub static POD_TEMPLATE_SPEC: Struct = Struct {
    go_name: "PodTemplateSpec",
    go_package: "v1",
    fields: &[
        f("metadata", Ty::Object(&OBJECT_META)),
        f("spec", Ty::Object(&POD_SPEC)),
    ],
};

/// core/v1 `PodSpec`.
pub static POD_SPEC: Struct = Struct {
    go_name: "PodSpec",
    go_package: "v1",
    fields: &[
        f("activeDeadlineSeconds", Ty::Int64),
        f("affinity", Ty::Object(&AFFINITY)),
        f("automountServiceAccountToken", Ty::Bool),
        f("containers", Ty::Array(&Ty::Object(&CONTAINER))),
        f("dnsConfig", Ty::Object(&POD_DNS_CONFIG)),
        f("dnsPolicy", Ty::String),
        f("enableServiceLinks", Ty::Bool),
        f(
            "ephemeralContainers",
            Ty::Array(&Ty::Object(&EPHEMERAL_CONTAINER)),
        ),
        f("hostAliases", Ty::Array(&Ty::Object(&HOST_ALIAS))),
        f("hostIPC", Ty::Bool),
        f("hostNetwork", Ty::Bool),
        f("hostPID", Ty::Bool),
        f("hostUsers", Ty::Bool),
        f("hostname", Ty::String),
        f(
            "imagePullSecrets",
            Ty::Array(&Ty::Object(&LOCAL_OBJECT_REFERENCE)),
        ),
        f("initContainers", Ty::Array(&Ty::Object(&CONTAINER))),
        f("nodeName", Ty::String),
        f("nodeSelector", Ty::Map(&Ty::String)),
        f("os", Ty::Object(&POD_OS)),
        f("overhead", Ty::Map(&Ty::Quantity)),
        f("preemptionPolicy", Ty::String),
        f("priority", Ty::Int32),
        f("priorityClassName", Ty::String),
        f(
            "readinessGates",
            Ty::Array(&Ty::Object(&POD_READINESS_GATE)),
        ),
        f(
            "resourceClaims",
            Ty::Array(&Ty::Object(&POD_RESOURCE_CLAIM)),
        ),
        f("resources", Ty::Object(&RESOURCE_REQUIREMENTS)),
        f("restartPolicy", Ty::String),
        f("runtimeClassName", Ty::String),
        f("schedulerName", Ty::String),
        f(
            "schedulingGates",
            Ty::Array(&Ty::Object(&POD_SCHEDULING_GATE)),
        ),
        f("securityContext", Ty::Object(&POD_SECURITY_CONTEXT)),
        f("serviceAccount", Ty::String),
        f("serviceAccountName", Ty::String),
        f("setHostnameAsFQDN", Ty::Bool),
        f("shareProcessNamespace", Ty::Bool),
        f("subdomain", Ty::String),
        f("terminationGracePeriodSeconds", Ty::Int64),
        f("tolerations", Ty::Array(&Ty::Object(&TOLERATION))),
        f(
            "topologySpreadConstraints",
            Ty::Array(&Ty::Object(&TOPOLOGY_SPREAD_CONSTRAINT)),
        ),
        f("volumes", Ty::Array(&Ty::Object(&VOLUME))),
    ],
};

/// core/v1 `Affinity`.
pub static AFFINITY: Struct = Struct {
    go_name: "Affinity",
    go_package: "v1",
    fields: &[
        f("nodeAffinity", Ty::Object(&NODE_AFFINITY)),
        f("podAffinity", Ty::Object(&POD_AFFINITY)),
        f("podAntiAffinity", Ty::Object(&POD_ANTI_AFFINITY)),
    ],
};

/// core/v1 `NodeAffinity`.
pub static NODE_AFFINITY: Struct = Struct {
    go_name: "NodeAffinity",
    go_package: "v1",
    fields: &[
        f(
            "preferredDuringSchedulingIgnoredDuringExecution",
            Ty::Array(&Ty::Object(&PREFERRED_SCHEDULING_TERM)),
        ),
        f(
            "requiredDuringSchedulingIgnoredDuringExecution",
            Ty::Object(&NODE_SELECTOR),
        ),
    ],
};

/// core/v1 `PreferredSchedulingTerm`.
pub static PREFERRED_SCHEDULING_TERM: Struct = Struct {
    go_name: "PreferredSchedulingTerm",
    go_package: "v1",
    fields: &[
        f("preference", Ty::Object(&NODE_SELECTOR_TERM)),
        f("weight", Ty::Int32),
    ],
};

/// core/v1 `NodeSelectorTerm`.
pub static NODE_SELECTOR_TERM: Struct = Struct {
    go_name: "NodeSelectorTerm",
    go_package: "v1",
    fields: &[
        f(
            "matchExpressions",
            Ty::Array(&Ty::Object(&NODE_SELECTOR_REQUIREMENT)),
        ),
        f(
            "matchFields",
            Ty::Array(&Ty::Object(&NODE_SELECTOR_REQUIREMENT)),
        ),
    ],
};

/// core/v1 `NodeSelectorRequirement`.
pub static NODE_SELECTOR_REQUIREMENT: Struct = Struct {
    go_name: "NodeSelectorRequirement",
    go_package: "v1",
    fields: &[
        f("key", Ty::String),
        f("operator", Ty::String),
        f("values", Ty::Array(&Ty::String)),
    ],
};

/// core/v1 `NodeSelector`.
pub static NODE_SELECTOR: Struct = Struct {
    go_name: "NodeSelector",
    go_package: "v1",
    fields: &[f(
        "nodeSelectorTerms",
        Ty::Array(&Ty::Object(&NODE_SELECTOR_TERM)),
    )],
};

/// core/v1 `PodAffinity`.
pub static POD_AFFINITY: Struct = Struct {
    go_name: "PodAffinity",
    go_package: "v1",
    fields: &[
        f(
            "preferredDuringSchedulingIgnoredDuringExecution",
            Ty::Array(&Ty::Object(&WEIGHTED_POD_AFFINITY_TERM)),
        ),
        f(
            "requiredDuringSchedulingIgnoredDuringExecution",
            Ty::Array(&Ty::Object(&POD_AFFINITY_TERM)),
        ),
    ],
};

/// core/v1 `WeightedPodAffinityTerm`.
pub static WEIGHTED_POD_AFFINITY_TERM: Struct = Struct {
    go_name: "WeightedPodAffinityTerm",
    go_package: "v1",
    fields: &[
        f("podAffinityTerm", Ty::Object(&POD_AFFINITY_TERM)),
        f("weight", Ty::Int32),
    ],
};

/// core/v1 `PodAffinityTerm`.
pub static POD_AFFINITY_TERM: Struct = Struct {
    go_name: "PodAffinityTerm",
    go_package: "v1",
    fields: &[
        f("labelSelector", Ty::Object(&LABEL_SELECTOR)),
        f("matchLabelKeys", Ty::Array(&Ty::String)),
        f("mismatchLabelKeys", Ty::Array(&Ty::String)),
        f("namespaceSelector", Ty::Object(&LABEL_SELECTOR)),
        f("namespaces", Ty::Array(&Ty::String)),
        f("topologyKey", Ty::String),
    ],
};

/// core/v1 `PodAntiAffinity`.
pub static POD_ANTI_AFFINITY: Struct = Struct {
    go_name: "PodAntiAffinity",
    go_package: "v1",
    fields: &[
        f(
            "preferredDuringSchedulingIgnoredDuringExecution",
            Ty::Array(&Ty::Object(&WEIGHTED_POD_AFFINITY_TERM)),
        ),
        f(
            "requiredDuringSchedulingIgnoredDuringExecution",
            Ty::Array(&Ty::Object(&POD_AFFINITY_TERM)),
        ),
    ],
};

/// core/v1 `Container`.
pub static CONTAINER: Struct = Struct {
    go_name: "Container",
    go_package: "v1",
    fields: &[
        f("args", Ty::Array(&Ty::String)),
        f("command", Ty::Array(&Ty::String)),
        f("env", Ty::Array(&Ty::Object(&ENV_VAR))),
        f("envFrom", Ty::Array(&Ty::Object(&ENV_FROM_SOURCE))),
        f("image", Ty::String),
        f("imagePullPolicy", Ty::String),
        f("lifecycle", Ty::Object(&LIFECYCLE)),
        f("livenessProbe", Ty::Object(&PROBE)),
        f("name", Ty::String),
        f("ports", Ty::Array(&Ty::Object(&CONTAINER_PORT))),
        f("readinessProbe", Ty::Object(&PROBE)),
        f(
            "resizePolicy",
            Ty::Array(&Ty::Object(&CONTAINER_RESIZE_POLICY)),
        ),
        f("resources", Ty::Object(&RESOURCE_REQUIREMENTS)),
        f("restartPolicy", Ty::String),
        f("securityContext", Ty::Object(&SECURITY_CONTEXT)),
        f("startupProbe", Ty::Object(&PROBE)),
        f("stdin", Ty::Bool),
        f("stdinOnce", Ty::Bool),
        f("terminationMessagePath", Ty::String),
        f("terminationMessagePolicy", Ty::String),
        f("tty", Ty::Bool),
        f("volumeDevices", Ty::Array(&Ty::Object(&VOLUME_DEVICE))),
        f("volumeMounts", Ty::Array(&Ty::Object(&VOLUME_MOUNT))),
        f("workingDir", Ty::String),
    ],
};

/// core/v1 `EnvVar`.
pub static ENV_VAR: Struct = Struct {
    go_name: "EnvVar",
    go_package: "v1",
    fields: &[
        f("name", Ty::String),
        f("value", Ty::String),
        f("valueFrom", Ty::Object(&ENV_VAR_SOURCE)),
    ],
};

/// core/v1 `EnvVarSource`.
pub static ENV_VAR_SOURCE: Struct = Struct {
    go_name: "EnvVarSource",
    go_package: "v1",
    fields: &[
        f("configMapKeyRef", Ty::Object(&CONFIG_MAP_KEY_SELECTOR)),
        f("fieldRef", Ty::Object(&OBJECT_FIELD_SELECTOR)),
        f("resourceFieldRef", Ty::Object(&RESOURCE_FIELD_SELECTOR)),
        f("secretKeyRef", Ty::Object(&SECRET_KEY_SELECTOR)),
    ],
};

/// core/v1 `ConfigMapKeySelector`.
pub static CONFIG_MAP_KEY_SELECTOR: Struct = Struct {
    go_name: "ConfigMapKeySelector",
    go_package: "v1",
    fields: &[
        f("key", Ty::String),
        f("name", Ty::String),
        f("optional", Ty::Bool),
    ],
};

/// core/v1 `ObjectFieldSelector`.
pub static OBJECT_FIELD_SELECTOR: Struct = Struct {
    go_name: "ObjectFieldSelector",
    go_package: "v1",
    fields: &[f("apiVersion", Ty::String), f("fieldPath", Ty::String)],
};

/// core/v1 `ResourceFieldSelector`.
pub static RESOURCE_FIELD_SELECTOR: Struct = Struct {
    go_name: "ResourceFieldSelector",
    go_package: "v1",
    fields: &[
        f("containerName", Ty::String),
        f("divisor", Ty::Quantity),
        f("resource", Ty::String),
    ],
};

/// core/v1 `SecretKeySelector`.
pub static SECRET_KEY_SELECTOR: Struct = Struct {
    go_name: "SecretKeySelector",
    go_package: "v1",
    fields: &[
        f("key", Ty::String),
        f("name", Ty::String),
        f("optional", Ty::Bool),
    ],
};

/// core/v1 `EnvFromSource`.
pub static ENV_FROM_SOURCE: Struct = Struct {
    go_name: "EnvFromSource",
    go_package: "v1",
    fields: &[
        f("configMapRef", Ty::Object(&CONFIG_MAP_ENV_SOURCE)),
        f("prefix", Ty::String),
        f("secretRef", Ty::Object(&SECRET_ENV_SOURCE)),
    ],
};

/// core/v1 `ConfigMapEnvSource`.
pub static CONFIG_MAP_ENV_SOURCE: Struct = Struct {
    go_name: "ConfigMapEnvSource",
    go_package: "v1",
    fields: &[f("name", Ty::String), f("optional", Ty::Bool)],
};

/// core/v1 `SecretEnvSource`.
pub static SECRET_ENV_SOURCE: Struct = Struct {
    go_name: "SecretEnvSource",
    go_package: "v1",
    fields: &[f("name", Ty::String), f("optional", Ty::Bool)],
};

/// core/v1 `Lifecycle`.
pub static LIFECYCLE: Struct = Struct {
    go_name: "Lifecycle",
    go_package: "v1",
    fields: &[
        f("postStart", Ty::Object(&LIFECYCLE_HANDLER)),
        f("preStop", Ty::Object(&LIFECYCLE_HANDLER)),
        f("stopSignal", Ty::String),
    ],
};

/// core/v1 `LifecycleHandler`.
pub static LIFECYCLE_HANDLER: Struct = Struct {
    go_name: "LifecycleHandler",
    go_package: "v1",
    fields: &[
        f("exec", Ty::Object(&EXEC_ACTION)),
        f("httpGet", Ty::Object(&HTTP_GET_ACTION)),
        f("sleep", Ty::Object(&SLEEP_ACTION)),
        f("tcpSocket", Ty::Object(&TCP_SOCKET_ACTION)),
    ],
};

/// core/v1 `ExecAction`.
pub static EXEC_ACTION: Struct = Struct {
    go_name: "ExecAction",
    go_package: "v1",
    fields: &[f("command", Ty::Array(&Ty::String))],
};

/// core/v1 `HTTPGetAction`.
pub static HTTP_GET_ACTION: Struct = Struct {
    go_name: "HTTPGetAction",
    go_package: "v1",
    fields: &[
        f("host", Ty::String),
        f("httpHeaders", Ty::Array(&Ty::Object(&HTTP_HEADER))),
        f("path", Ty::String),
        f("port", Ty::IntOrString),
        f("scheme", Ty::String),
    ],
};

/// core/v1 `HTTPHeader`.
pub static HTTP_HEADER: Struct = Struct {
    go_name: "HTTPHeader",
    go_package: "v1",
    fields: &[f("name", Ty::String), f("value", Ty::String)],
};

/// core/v1 `SleepAction`.
pub static SLEEP_ACTION: Struct = Struct {
    go_name: "SleepAction",
    go_package: "v1",
    fields: &[f("seconds", Ty::Int64)],
};

/// core/v1 `TCPSocketAction`.
pub static TCP_SOCKET_ACTION: Struct = Struct {
    go_name: "TCPSocketAction",
    go_package: "v1",
    fields: &[f("host", Ty::String), f("port", Ty::IntOrString)],
};

/// core/v1 `Probe`.
pub static PROBE: Struct = Struct {
    go_name: "Probe",
    go_package: "v1",
    fields: &[
        f("exec", Ty::Object(&EXEC_ACTION)),
        f("failureThreshold", Ty::Int32),
        f("grpc", Ty::Object(&GRPC_ACTION)),
        f("httpGet", Ty::Object(&HTTP_GET_ACTION)),
        f("initialDelaySeconds", Ty::Int32),
        f("periodSeconds", Ty::Int32),
        f("successThreshold", Ty::Int32),
        f("tcpSocket", Ty::Object(&TCP_SOCKET_ACTION)),
        f("terminationGracePeriodSeconds", Ty::Int64),
        f("timeoutSeconds", Ty::Int32),
    ],
};

/// core/v1 `GRPCAction`.
pub static GRPC_ACTION: Struct = Struct {
    go_name: "GRPCAction",
    go_package: "v1",
    fields: &[f("port", Ty::Int32), f("service", Ty::String)],
};

/// core/v1 `ContainerPort`.
pub static CONTAINER_PORT: Struct = Struct {
    go_name: "ContainerPort",
    go_package: "v1",
    fields: &[
        f("containerPort", Ty::Int32),
        f("hostIP", Ty::String),
        f("hostPort", Ty::Int32),
        f("name", Ty::String),
        f("protocol", Ty::String),
    ],
};

/// core/v1 `ContainerResizePolicy`.
pub static CONTAINER_RESIZE_POLICY: Struct = Struct {
    go_name: "ContainerResizePolicy",
    go_package: "v1",
    fields: &[
        f("resourceName", Ty::String),
        f("restartPolicy", Ty::String),
    ],
};

/// core/v1 `ResourceRequirements`.
pub static RESOURCE_REQUIREMENTS: Struct = Struct {
    go_name: "ResourceRequirements",
    go_package: "v1",
    fields: &[
        f("claims", Ty::Array(&Ty::Object(&RESOURCE_CLAIM))),
        f("limits", Ty::Map(&Ty::Quantity)),
        f("requests", Ty::Map(&Ty::Quantity)),
    ],
};

/// core/v1 `ResourceClaim`.
pub static RESOURCE_CLAIM: Struct = Struct {
    go_name: "ResourceClaim",
    go_package: "v1",
    fields: &[f("name", Ty::String), f("request", Ty::String)],
};

/// core/v1 `SecurityContext`.
pub static SECURITY_CONTEXT: Struct = Struct {
    go_name: "SecurityContext",
    go_package: "v1",
    fields: &[
        f("allowPrivilegeEscalation", Ty::Bool),
        f("appArmorProfile", Ty::Object(&APP_ARMOR_PROFILE)),
        f("capabilities", Ty::Object(&CAPABILITIES)),
        f("privileged", Ty::Bool),
        f("procMount", Ty::String),
        f("readOnlyRootFilesystem", Ty::Bool),
        f("runAsGroup", Ty::Int64),
        f("runAsNonRoot", Ty::Bool),
        f("runAsUser", Ty::Int64),
        f("seLinuxOptions", Ty::Object(&SE_LINUX_OPTIONS)),
        f("seccompProfile", Ty::Object(&SECCOMP_PROFILE)),
        f(
            "windowsOptions",
            Ty::Object(&WINDOWS_SECURITY_CONTEXT_OPTIONS),
        ),
    ],
};

/// core/v1 `AppArmorProfile`.
pub static APP_ARMOR_PROFILE: Struct = Struct {
    go_name: "AppArmorProfile",
    go_package: "v1",
    fields: &[f("localhostProfile", Ty::String), f("type", Ty::String)],
};

/// core/v1 `Capabilities`.
pub static CAPABILITIES: Struct = Struct {
    go_name: "Capabilities",
    go_package: "v1",
    fields: &[
        f("add", Ty::Array(&Ty::String)),
        f("drop", Ty::Array(&Ty::String)),
    ],
};

/// core/v1 `SELinuxOptions`.
pub static SE_LINUX_OPTIONS: Struct = Struct {
    go_name: "SELinuxOptions",
    go_package: "v1",
    fields: &[
        f("level", Ty::String),
        f("role", Ty::String),
        f("type", Ty::String),
        f("user", Ty::String),
    ],
};

/// core/v1 `SeccompProfile`.
pub static SECCOMP_PROFILE: Struct = Struct {
    go_name: "SeccompProfile",
    go_package: "v1",
    fields: &[f("localhostProfile", Ty::String), f("type", Ty::String)],
};

/// core/v1 `WindowsSecurityContextOptions`.
pub static WINDOWS_SECURITY_CONTEXT_OPTIONS: Struct = Struct {
    go_name: "WindowsSecurityContextOptions",
    go_package: "v1",
    fields: &[
        f("gmsaCredentialSpec", Ty::String),
        f("gmsaCredentialSpecName", Ty::String),
        f("hostProcess", Ty::Bool),
        f("runAsUserName", Ty::String),
    ],
};

/// core/v1 `VolumeDevice`.
pub static VOLUME_DEVICE: Struct = Struct {
    go_name: "VolumeDevice",
    go_package: "v1",
    fields: &[f("devicePath", Ty::String), f("name", Ty::String)],
};

/// core/v1 `VolumeMount`.
pub static VOLUME_MOUNT: Struct = Struct {
    go_name: "VolumeMount",
    go_package: "v1",
    fields: &[
        f("mountPath", Ty::String),
        f("mountPropagation", Ty::String),
        f("name", Ty::String),
        f("readOnly", Ty::Bool),
        f("recursiveReadOnly", Ty::String),
        f("subPath", Ty::String),
        f("subPathExpr", Ty::String),
    ],
};

/// core/v1 `PodDNSConfig`.
pub static POD_DNS_CONFIG: Struct = Struct {
    go_name: "PodDNSConfig",
    go_package: "v1",
    fields: &[
        f("nameservers", Ty::Array(&Ty::String)),
        f("options", Ty::Array(&Ty::Object(&POD_DNS_CONFIG_OPTION))),
        f("searches", Ty::Array(&Ty::String)),
    ],
};

/// core/v1 `PodDNSConfigOption`.
pub static POD_DNS_CONFIG_OPTION: Struct = Struct {
    go_name: "PodDNSConfigOption",
    go_package: "v1",
    fields: &[f("name", Ty::String), f("value", Ty::String)],
};

/// core/v1 `EphemeralContainer`.
pub static EPHEMERAL_CONTAINER: Struct = Struct {
    go_name: "EphemeralContainer",
    go_package: "v1",
    fields: &[
        f("args", Ty::Array(&Ty::String)),
        f("command", Ty::Array(&Ty::String)),
        f("env", Ty::Array(&Ty::Object(&ENV_VAR))),
        f("envFrom", Ty::Array(&Ty::Object(&ENV_FROM_SOURCE))),
        f("image", Ty::String),
        f("imagePullPolicy", Ty::String),
        f("lifecycle", Ty::Object(&LIFECYCLE)),
        f("livenessProbe", Ty::Object(&PROBE)),
        f("name", Ty::String),
        f("ports", Ty::Array(&Ty::Object(&CONTAINER_PORT))),
        f("readinessProbe", Ty::Object(&PROBE)),
        f(
            "resizePolicy",
            Ty::Array(&Ty::Object(&CONTAINER_RESIZE_POLICY)),
        ),
        f("resources", Ty::Object(&RESOURCE_REQUIREMENTS)),
        f("restartPolicy", Ty::String),
        f("securityContext", Ty::Object(&SECURITY_CONTEXT)),
        f("startupProbe", Ty::Object(&PROBE)),
        f("stdin", Ty::Bool),
        f("stdinOnce", Ty::Bool),
        f("targetContainerName", Ty::String),
        f("terminationMessagePath", Ty::String),
        f("terminationMessagePolicy", Ty::String),
        f("tty", Ty::Bool),
        f("volumeDevices", Ty::Array(&Ty::Object(&VOLUME_DEVICE))),
        f("volumeMounts", Ty::Array(&Ty::Object(&VOLUME_MOUNT))),
        f("workingDir", Ty::String),
    ],
};

/// core/v1 `HostAlias`.
pub static HOST_ALIAS: Struct = Struct {
    go_name: "HostAlias",
    go_package: "v1",
    fields: &[f("hostnames", Ty::Array(&Ty::String)), f("ip", Ty::String)],
};

/// core/v1 `LocalObjectReference`.
pub static LOCAL_OBJECT_REFERENCE: Struct = Struct {
    go_name: "LocalObjectReference",
    go_package: "v1",
    fields: &[f("name", Ty::String)],
};

/// core/v1 `PodOS`.
pub static POD_OS: Struct = Struct {
    go_name: "PodOS",
    go_package: "v1",
    fields: &[f("name", Ty::String)],
};

/// core/v1 `PodReadinessGate`.
pub static POD_READINESS_GATE: Struct = Struct {
    go_name: "PodReadinessGate",
    go_package: "v1",
    fields: &[f("conditionType", Ty::String)],
};

/// core/v1 `PodResourceClaim`.
pub static POD_RESOURCE_CLAIM: Struct = Struct {
    go_name: "PodResourceClaim",
    go_package: "v1",
    fields: &[
        f("name", Ty::String),
        f("resourceClaimName", Ty::String),
        f("resourceClaimTemplateName", Ty::String),
    ],
};

/// core/v1 `PodSchedulingGate`.
pub static POD_SCHEDULING_GATE: Struct = Struct {
    go_name: "PodSchedulingGate",
    go_package: "v1",
    fields: &[f("name", Ty::String)],
};

/// core/v1 `PodSecurityContext`.
pub static POD_SECURITY_CONTEXT: Struct = Struct {
    go_name: "PodSecurityContext",
    go_package: "v1",
    fields: &[
        f("appArmorProfile", Ty::Object(&APP_ARMOR_PROFILE)),
        f("fsGroup", Ty::Int64),
        f("fsGroupChangePolicy", Ty::String),
        f("runAsGroup", Ty::Int64),
        f("runAsNonRoot", Ty::Bool),
        f("runAsUser", Ty::Int64),
        f("seLinuxChangePolicy", Ty::String),
        f("seLinuxOptions", Ty::Object(&SE_LINUX_OPTIONS)),
        f("seccompProfile", Ty::Object(&SECCOMP_PROFILE)),
        f("supplementalGroups", Ty::Array(&Ty::Int64)),
        f("supplementalGroupsPolicy", Ty::String),
        f("sysctls", Ty::Array(&Ty::Object(&SYSCTL))),
        f(
            "windowsOptions",
            Ty::Object(&WINDOWS_SECURITY_CONTEXT_OPTIONS),
        ),
    ],
};

/// core/v1 `Sysctl`.
pub static SYSCTL: Struct = Struct {
    go_name: "Sysctl",
    go_package: "v1",
    fields: &[f("name", Ty::String), f("value", Ty::String)],
};

/// core/v1 `Toleration`.
pub static TOLERATION: Struct = Struct {
    go_name: "Toleration",
    go_package: "v1",
    fields: &[
        f("effect", Ty::String),
        f("key", Ty::String),
        f("operator", Ty::String),
        f("tolerationSeconds", Ty::Int64),
        f("value", Ty::String),
    ],
};

/// core/v1 `TopologySpreadConstraint`.
pub static TOPOLOGY_SPREAD_CONSTRAINT: Struct = Struct {
    go_name: "TopologySpreadConstraint",
    go_package: "v1",
    fields: &[
        f("labelSelector", Ty::Object(&LABEL_SELECTOR)),
        f("matchLabelKeys", Ty::Array(&Ty::String)),
        f("maxSkew", Ty::Int32),
        f("minDomains", Ty::Int32),
        f("nodeAffinityPolicy", Ty::String),
        f("nodeTaintsPolicy", Ty::String),
        f("topologyKey", Ty::String),
        f("whenUnsatisfiable", Ty::String),
    ],
};

/// core/v1 `Volume`.
pub static VOLUME: Struct = Struct {
    go_name: "Volume",
    go_package: "v1",
    fields: &[
        f(
            "awsElasticBlockStore",
            Ty::Object(&AWS_ELASTIC_BLOCK_STORE_VOLUME_SOURCE),
        ),
        f("azureDisk", Ty::Object(&AZURE_DISK_VOLUME_SOURCE)),
        f("azureFile", Ty::Object(&AZURE_FILE_VOLUME_SOURCE)),
        f("cephfs", Ty::Object(&CEPH_FS_VOLUME_SOURCE)),
        f("cinder", Ty::Object(&CINDER_VOLUME_SOURCE)),
        f("configMap", Ty::Object(&CONFIG_MAP_VOLUME_SOURCE)),
        f("csi", Ty::Object(&CSI_VOLUME_SOURCE)),
        f("downwardAPI", Ty::Object(&DOWNWARD_API_VOLUME_SOURCE)),
        f("emptyDir", Ty::Object(&EMPTY_DIR_VOLUME_SOURCE)),
        f("ephemeral", Ty::Object(&EPHEMERAL_VOLUME_SOURCE)),
        f("fc", Ty::Object(&FC_VOLUME_SOURCE)),
        f("flexVolume", Ty::Object(&FLEX_VOLUME_SOURCE)),
        f("flocker", Ty::Object(&FLOCKER_VOLUME_SOURCE)),
        f(
            "gcePersistentDisk",
            Ty::Object(&GCE_PERSISTENT_DISK_VOLUME_SOURCE),
        ),
        f("gitRepo", Ty::Object(&GIT_REPO_VOLUME_SOURCE)),
        f("glusterfs", Ty::Object(&GLUSTERFS_VOLUME_SOURCE)),
        f("hostPath", Ty::Object(&HOST_PATH_VOLUME_SOURCE)),
        f("image", Ty::Object(&IMAGE_VOLUME_SOURCE)),
        f("iscsi", Ty::Object(&ISCSI_VOLUME_SOURCE)),
        f("name", Ty::String),
        f("nfs", Ty::Object(&NFS_VOLUME_SOURCE)),
        f(
            "persistentVolumeClaim",
            Ty::Object(&PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE),
        ),
        f(
            "photonPersistentDisk",
            Ty::Object(&PHOTON_PERSISTENT_DISK_VOLUME_SOURCE),
        ),
        f("portworxVolume", Ty::Object(&PORTWORX_VOLUME_SOURCE)),
        f("projected", Ty::Object(&PROJECTED_VOLUME_SOURCE)),
        f("quobyte", Ty::Object(&QUOBYTE_VOLUME_SOURCE)),
        f("rbd", Ty::Object(&RBD_VOLUME_SOURCE)),
        f("scaleIO", Ty::Object(&SCALE_IO_VOLUME_SOURCE)),
        f("secret", Ty::Object(&SECRET_VOLUME_SOURCE)),
        f("storageos", Ty::Object(&STORAGE_OS_VOLUME_SOURCE)),
        f(
            "vsphereVolume",
            Ty::Object(&VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE),
        ),
    ],
};

/// core/v1 `AWSElasticBlockStoreVolumeSource`.
pub static AWS_ELASTIC_BLOCK_STORE_VOLUME_SOURCE: Struct = Struct {
    go_name: "AWSElasticBlockStoreVolumeSource",
    go_package: "v1",
    fields: &[
        f("fsType", Ty::String),
        f("partition", Ty::Int32),
        f("readOnly", Ty::Bool),
        f("volumeID", Ty::String),
    ],
};

/// core/v1 `AzureDiskVolumeSource`.
pub static AZURE_DISK_VOLUME_SOURCE: Struct = Struct {
    go_name: "AzureDiskVolumeSource",
    go_package: "v1",
    fields: &[
        f("cachingMode", Ty::String),
        f("diskName", Ty::String),
        f("diskURI", Ty::String),
        f("fsType", Ty::String),
        f("kind", Ty::String),
        f("readOnly", Ty::Bool),
    ],
};

/// core/v1 `AzureFileVolumeSource`.
pub static AZURE_FILE_VOLUME_SOURCE: Struct = Struct {
    go_name: "AzureFileVolumeSource",
    go_package: "v1",
    fields: &[
        f("readOnly", Ty::Bool),
        f("secretName", Ty::String),
        f("shareName", Ty::String),
    ],
};

/// core/v1 `CephFSVolumeSource`.
pub static CEPH_FS_VOLUME_SOURCE: Struct = Struct {
    go_name: "CephFSVolumeSource",
    go_package: "v1",
    fields: &[
        f("monitors", Ty::Array(&Ty::String)),
        f("path", Ty::String),
        f("readOnly", Ty::Bool),
        f("secretFile", Ty::String),
        f("secretRef", Ty::Object(&LOCAL_OBJECT_REFERENCE)),
        f("user", Ty::String),
    ],
};

/// core/v1 `CinderVolumeSource`.
pub static CINDER_VOLUME_SOURCE: Struct = Struct {
    go_name: "CinderVolumeSource",
    go_package: "v1",
    fields: &[
        f("fsType", Ty::String),
        f("readOnly", Ty::Bool),
        f("secretRef", Ty::Object(&LOCAL_OBJECT_REFERENCE)),
        f("volumeID", Ty::String),
    ],
};

/// core/v1 `ConfigMapVolumeSource`.
pub static CONFIG_MAP_VOLUME_SOURCE: Struct = Struct {
    go_name: "ConfigMapVolumeSource",
    go_package: "v1",
    fields: &[
        f("defaultMode", Ty::Int32),
        f("items", Ty::Array(&Ty::Object(&KEY_TO_PATH))),
        f("name", Ty::String),
        f("optional", Ty::Bool),
    ],
};

/// core/v1 `KeyToPath`.
pub static KEY_TO_PATH: Struct = Struct {
    go_name: "KeyToPath",
    go_package: "v1",
    fields: &[
        f("key", Ty::String),
        f("mode", Ty::Int32),
        f("path", Ty::String),
    ],
};

/// core/v1 `CSIVolumeSource`.
pub static CSI_VOLUME_SOURCE: Struct = Struct {
    go_name: "CSIVolumeSource",
    go_package: "v1",
    fields: &[
        f("driver", Ty::String),
        f("fsType", Ty::String),
        f("nodePublishSecretRef", Ty::Object(&LOCAL_OBJECT_REFERENCE)),
        f("readOnly", Ty::Bool),
        f("volumeAttributes", Ty::Map(&Ty::String)),
    ],
};

/// core/v1 `DownwardAPIVolumeSource`.
pub static DOWNWARD_API_VOLUME_SOURCE: Struct = Struct {
    go_name: "DownwardAPIVolumeSource",
    go_package: "v1",
    fields: &[
        f("defaultMode", Ty::Int32),
        f("items", Ty::Array(&Ty::Object(&DOWNWARD_API_VOLUME_FILE))),
    ],
};

/// core/v1 `DownwardAPIVolumeFile`.
pub static DOWNWARD_API_VOLUME_FILE: Struct = Struct {
    go_name: "DownwardAPIVolumeFile",
    go_package: "v1",
    fields: &[
        f("fieldRef", Ty::Object(&OBJECT_FIELD_SELECTOR)),
        f("mode", Ty::Int32),
        f("path", Ty::String),
        f("resourceFieldRef", Ty::Object(&RESOURCE_FIELD_SELECTOR)),
    ],
};

/// core/v1 `EmptyDirVolumeSource`.
pub static EMPTY_DIR_VOLUME_SOURCE: Struct = Struct {
    go_name: "EmptyDirVolumeSource",
    go_package: "v1",
    fields: &[f("medium", Ty::String), f("sizeLimit", Ty::Quantity)],
};

/// core/v1 `EphemeralVolumeSource`.
pub static EPHEMERAL_VOLUME_SOURCE: Struct = Struct {
    go_name: "EphemeralVolumeSource",
    go_package: "v1",
    fields: &[f(
        "volumeClaimTemplate",
        Ty::Object(&PERSISTENT_VOLUME_CLAIM_TEMPLATE),
    )],
};

/// core/v1 `PersistentVolumeClaimTemplate`.
pub static PERSISTENT_VOLUME_CLAIM_TEMPLATE: Struct = Struct {
    go_name: "PersistentVolumeClaimTemplate",
    go_package: "v1",
    fields: &[
        f("metadata", Ty::Object(&OBJECT_META)),
        f("spec", Ty::Object(&PERSISTENT_VOLUME_CLAIM_SPEC)),
    ],
};

/// core/v1 `PersistentVolumeClaimSpec`.
pub static PERSISTENT_VOLUME_CLAIM_SPEC: Struct = Struct {
    go_name: "PersistentVolumeClaimSpec",
    go_package: "v1",
    fields: &[
        f("accessModes", Ty::Array(&Ty::String)),
        f("dataSource", Ty::Object(&TYPED_LOCAL_OBJECT_REFERENCE)),
        f("dataSourceRef", Ty::Object(&TYPED_OBJECT_REFERENCE)),
        f("resources", Ty::Object(&VOLUME_RESOURCE_REQUIREMENTS)),
        f("selector", Ty::Object(&LABEL_SELECTOR)),
        f("storageClassName", Ty::String),
        f("volumeAttributesClassName", Ty::String),
        f("volumeMode", Ty::String),
        f("volumeName", Ty::String),
    ],
};

/// core/v1 `TypedLocalObjectReference`.
pub static TYPED_LOCAL_OBJECT_REFERENCE: Struct = Struct {
    go_name: "TypedLocalObjectReference",
    go_package: "v1",
    fields: &[
        f("apiGroup", Ty::String),
        f("kind", Ty::String),
        f("name", Ty::String),
    ],
};

/// core/v1 `TypedObjectReference`.
pub static TYPED_OBJECT_REFERENCE: Struct = Struct {
    go_name: "TypedObjectReference",
    go_package: "v1",
    fields: &[
        f("apiGroup", Ty::String),
        f("kind", Ty::String),
        f("name", Ty::String),
        f("namespace", Ty::String),
    ],
};

/// core/v1 `VolumeResourceRequirements`.
pub static VOLUME_RESOURCE_REQUIREMENTS: Struct = Struct {
    go_name: "VolumeResourceRequirements",
    go_package: "v1",
    fields: &[
        f("limits", Ty::Map(&Ty::Quantity)),
        f("requests", Ty::Map(&Ty::Quantity)),
    ],
};

/// core/v1 `FCVolumeSource`.
pub static FC_VOLUME_SOURCE: Struct = Struct {
    go_name: "FCVolumeSource",
    go_package: "v1",
    fields: &[
        f("fsType", Ty::String),
        f("lun", Ty::Int32),
        f("readOnly", Ty::Bool),
        f("targetWWNs", Ty::Array(&Ty::String)),
        f("wwids", Ty::Array(&Ty::String)),
    ],
};

/// core/v1 `FlexVolumeSource`.
pub static FLEX_VOLUME_SOURCE: Struct = Struct {
    go_name: "FlexVolumeSource",
    go_package: "v1",
    fields: &[
        f("driver", Ty::String),
        f("fsType", Ty::String),
        f("options", Ty::Map(&Ty::String)),
        f("readOnly", Ty::Bool),
        f("secretRef", Ty::Object(&LOCAL_OBJECT_REFERENCE)),
    ],
};

/// core/v1 `FlockerVolumeSource`.
pub static FLOCKER_VOLUME_SOURCE: Struct = Struct {
    go_name: "FlockerVolumeSource",
    go_package: "v1",
    fields: &[f("datasetName", Ty::String), f("datasetUUID", Ty::String)],
};

/// core/v1 `GCEPersistentDiskVolumeSource`.
pub static GCE_PERSISTENT_DISK_VOLUME_SOURCE: Struct = Struct {
    go_name: "GCEPersistentDiskVolumeSource",
    go_package: "v1",
    fields: &[
        f("fsType", Ty::String),
        f("partition", Ty::Int32),
        f("pdName", Ty::String),
        f("readOnly", Ty::Bool),
    ],
};

/// core/v1 `GitRepoVolumeSource`.
pub static GIT_REPO_VOLUME_SOURCE: Struct = Struct {
    go_name: "GitRepoVolumeSource",
    go_package: "v1",
    fields: &[
        f("directory", Ty::String),
        f("repository", Ty::String),
        f("revision", Ty::String),
    ],
};

/// core/v1 `GlusterfsVolumeSource`.
pub static GLUSTERFS_VOLUME_SOURCE: Struct = Struct {
    go_name: "GlusterfsVolumeSource",
    go_package: "v1",
    fields: &[
        f("endpoints", Ty::String),
        f("path", Ty::String),
        f("readOnly", Ty::Bool),
    ],
};

/// core/v1 `HostPathVolumeSource`.
pub static HOST_PATH_VOLUME_SOURCE: Struct = Struct {
    go_name: "HostPathVolumeSource",
    go_package: "v1",
    fields: &[f("path", Ty::String), f("type", Ty::String)],
};

/// core/v1 `ImageVolumeSource`.
pub static IMAGE_VOLUME_SOURCE: Struct = Struct {
    go_name: "ImageVolumeSource",
    go_package: "v1",
    fields: &[f("pullPolicy", Ty::String), f("reference", Ty::String)],
};

/// core/v1 `ISCSIVolumeSource`.
pub static ISCSI_VOLUME_SOURCE: Struct = Struct {
    go_name: "ISCSIVolumeSource",
    go_package: "v1",
    fields: &[
        f("chapAuthDiscovery", Ty::Bool),
        f("chapAuthSession", Ty::Bool),
        f("fsType", Ty::String),
        f("initiatorName", Ty::String),
        f("iqn", Ty::String),
        f("iscsiInterface", Ty::String),
        f("lun", Ty::Int32),
        f("portals", Ty::Array(&Ty::String)),
        f("readOnly", Ty::Bool),
        f("secretRef", Ty::Object(&LOCAL_OBJECT_REFERENCE)),
        f("targetPortal", Ty::String),
    ],
};

/// core/v1 `NFSVolumeSource`.
pub static NFS_VOLUME_SOURCE: Struct = Struct {
    go_name: "NFSVolumeSource",
    go_package: "v1",
    fields: &[
        f("path", Ty::String),
        f("readOnly", Ty::Bool),
        f("server", Ty::String),
    ],
};

/// core/v1 `PersistentVolumeClaimVolumeSource`.
pub static PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE: Struct = Struct {
    go_name: "PersistentVolumeClaimVolumeSource",
    go_package: "v1",
    fields: &[f("claimName", Ty::String), f("readOnly", Ty::Bool)],
};

/// core/v1 `PhotonPersistentDiskVolumeSource`.
pub static PHOTON_PERSISTENT_DISK_VOLUME_SOURCE: Struct = Struct {
    go_name: "PhotonPersistentDiskVolumeSource",
    go_package: "v1",
    fields: &[f("fsType", Ty::String), f("pdID", Ty::String)],
};

/// core/v1 `PortworxVolumeSource`.
pub static PORTWORX_VOLUME_SOURCE: Struct = Struct {
    go_name: "PortworxVolumeSource",
    go_package: "v1",
    fields: &[
        f("fsType", Ty::String),
        f("readOnly", Ty::Bool),
        f("volumeID", Ty::String),
    ],
};

/// core/v1 `ProjectedVolumeSource`.
pub static PROJECTED_VOLUME_SOURCE: Struct = Struct {
    go_name: "ProjectedVolumeSource",
    go_package: "v1",
    fields: &[
        f("defaultMode", Ty::Int32),
        f("sources", Ty::Array(&Ty::Object(&VOLUME_PROJECTION))),
    ],
};

/// core/v1 `VolumeProjection`.
pub static VOLUME_PROJECTION: Struct = Struct {
    go_name: "VolumeProjection",
    go_package: "v1",
    fields: &[
        f(
            "clusterTrustBundle",
            Ty::Object(&CLUSTER_TRUST_BUNDLE_PROJECTION),
        ),
        f("configMap", Ty::Object(&CONFIG_MAP_PROJECTION)),
        f("downwardAPI", Ty::Object(&DOWNWARD_API_PROJECTION)),
        f("secret", Ty::Object(&SECRET_PROJECTION)),
        f(
            "serviceAccountToken",
            Ty::Object(&SERVICE_ACCOUNT_TOKEN_PROJECTION),
        ),
    ],
};

/// core/v1 `ClusterTrustBundleProjection`.
pub static CLUSTER_TRUST_BUNDLE_PROJECTION: Struct = Struct {
    go_name: "ClusterTrustBundleProjection",
    go_package: "v1",
    fields: &[
        f("labelSelector", Ty::Object(&LABEL_SELECTOR)),
        f("name", Ty::String),
        f("optional", Ty::Bool),
        f("path", Ty::String),
        f("signerName", Ty::String),
    ],
};

/// core/v1 `ConfigMapProjection`.
pub static CONFIG_MAP_PROJECTION: Struct = Struct {
    go_name: "ConfigMapProjection",
    go_package: "v1",
    fields: &[
        f("items", Ty::Array(&Ty::Object(&KEY_TO_PATH))),
        f("name", Ty::String),
        f("optional", Ty::Bool),
    ],
};

/// core/v1 `DownwardAPIProjection`.
pub static DOWNWARD_API_PROJECTION: Struct = Struct {
    go_name: "DownwardAPIProjection",
    go_package: "v1",
    fields: &[f(
        "items",
        Ty::Array(&Ty::Object(&DOWNWARD_API_VOLUME_FILE)),
    )],
};

/// core/v1 `SecretProjection`.
pub static SECRET_PROJECTION: Struct = Struct {
    go_name: "SecretProjection",
    go_package: "v1",
    fields: &[
        f("items", Ty::Array(&Ty::Object(&KEY_TO_PATH))),
        f("name", Ty::String),
        f("optional", Ty::Bool),
    ],
};

/// core/v1 `ServiceAccountTokenProjection`.
pub static SERVICE_ACCOUNT_TOKEN_PROJECTION: Struct = Struct {
    go_name: "ServiceAccountTokenProjection",
    go_package: "v1",
    fields: &[
        f("audience", Ty::String),
        f("expirationSeconds", Ty::Int64),
        f("path", Ty::String),
    ],
};

/// core/v1 `QuobyteVolumeSource`.
pub static QUOBYTE_VOLUME_SOURCE: Struct = Struct {
    go_name: "QuobyteVolumeSource",
    go_package: "v1",
    fields: &[
        f("group", Ty::String),
        f("readOnly", Ty::Bool),
        f("registry", Ty::String),
        f("tenant", Ty::String),
        f("user", Ty::String),
        f("volume", Ty::String),
    ],
};

/// core/v1 `RBDVolumeSource`.
pub static RBD_VOLUME_SOURCE: Struct = Struct {
    go_name: "RBDVolumeSource",
    go_package: "v1",
    fields: &[
        f("fsType", Ty::String),
        f("image", Ty::String),
        f("keyring", Ty::String),
        f("monitors", Ty::Array(&Ty::String)),
        f("pool", Ty::String),
        f("readOnly", Ty::Bool),
        f("secretRef", Ty::Object(&LOCAL_OBJECT_REFERENCE)),
        f("user", Ty::String),
    ],
};

/// core/v1 `ScaleIOVolumeSource`.
pub static SCALE_IO_VOLUME_SOURCE: Struct = Struct {
    go_name: "ScaleIOVolumeSource",
    go_package: "v1",
    fields: &[
        f("fsType", Ty::String),
        f("gateway", Ty::String),
        f("protectionDomain", Ty::String),
        f("readOnly", Ty::Bool),
        f("secretRef", Ty::Object(&LOCAL_OBJECT_REFERENCE)),
        f("sslEnabled", Ty::Bool),
        f("storageMode", Ty::String),
        f("storagePool", Ty::String),
        f("system", Ty::String),
        f("volumeName", Ty::String),
    ],
};

/// core/v1 `SecretVolumeSource`.
pub static SECRET_VOLUME_SOURCE: Struct = Struct {
    go_name: "SecretVolumeSource",
    go_package: "v1",
    fields: &[
        f("defaultMode", Ty::Int32),
        f("items", Ty::Array(&Ty::Object(&KEY_TO_PATH))),
        f("optional", Ty::Bool),
        f("secretName", Ty::String),
    ],
};

/// core/v1 `StorageOSVolumeSource`.
pub static STORAGE_OS_VOLUME_SOURCE: Struct = Struct {
    go_name: "StorageOSVolumeSource",
    go_package: "v1",
    fields: &[
        f("fsType", Ty::String),
        f("readOnly", Ty::Bool),
        f("secretRef", Ty::Object(&LOCAL_OBJECT_REFERENCE)),
        f("volumeName", Ty::String),
        f("volumeNamespace", Ty::String),
    ],
};

/// core/v1 `VsphereVirtualDiskVolumeSource`.
pub static VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE: Struct = Struct {
    go_name: "VsphereVirtualDiskVolumeSource",
    go_package: "v1",
    fields: &[
        f("fsType", Ty::String),
        f("storagePolicyID", Ty::String),
        f("storagePolicyName", Ty::String),
        f("volumePath", Ty::String),
    ],
};

/// apps/v1 `DeploymentStatus`.
pub static DEPLOYMENT_STATUS: Struct = Struct {
    go_name: "DeploymentStatus",
    go_package: "v1",
    fields: &[
        f("availableReplicas", Ty::Int32),
        f("collisionCount", Ty::Int32),
        f("conditions", Ty::Array(&Ty::Object(&DEPLOYMENT_CONDITION))),
        f("observedGeneration", Ty::Int64),
        f("readyReplicas", Ty::Int32),
        f("replicas", Ty::Int32),
        f("terminatingReplicas", Ty::Int32),
        f("unavailableReplicas", Ty::Int32),
        f("updatedReplicas", Ty::Int32),
    ],
};

/// apps/v1 `DeploymentCondition`.
pub static DEPLOYMENT_CONDITION: Struct = Struct {
    go_name: "DeploymentCondition",
    go_package: "v1",
    fields: &[
        f("lastTransitionTime", Ty::Time),
        f("lastUpdateTime", Ty::Time),
        f("message", Ty::String),
        f("reason", Ty::String),
        f("status", Ty::String),
        f("type", Ty::String),
    ],
};

/// apps/v1 ReplicaSet (top-level kind).
pub static REPLICA_SET: Struct = Struct {
    go_name: "ReplicaSet",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("kind", Ty::String),
        f("metadata", Ty::Object(&OBJECT_META)),
        f("spec", Ty::Object(&REPLICA_SET_SPEC)),
        f("status", Ty::Object(&REPLICA_SET_STATUS)),
    ],
};

/// apps/v1 `ReplicaSetSpec`.
pub static REPLICA_SET_SPEC: Struct = Struct {
    go_name: "ReplicaSetSpec",
    go_package: "v1",
    fields: &[
        f("minReadySeconds", Ty::Int32),
        f("replicas", Ty::Int32),
        f("selector", Ty::Object(&LABEL_SELECTOR)),
        f("template", Ty::Object(&POD_TEMPLATE_SPEC)),
    ],
};

/// apps/v1 `ReplicaSetStatus`.
pub static REPLICA_SET_STATUS: Struct = Struct {
    go_name: "ReplicaSetStatus",
    go_package: "v1",
    fields: &[
        f("availableReplicas", Ty::Int32),
        f("conditions", Ty::Array(&Ty::Object(&REPLICA_SET_CONDITION))),
        f("fullyLabeledReplicas", Ty::Int32),
        f("observedGeneration", Ty::Int64),
        f("readyReplicas", Ty::Int32),
        f("replicas", Ty::Int32),
        f("terminatingReplicas", Ty::Int32),
    ],
};

/// apps/v1 `ReplicaSetCondition`.
pub static REPLICA_SET_CONDITION: Struct = Struct {
    go_name: "ReplicaSetCondition",
    go_package: "v1",
    fields: &[
        f("lastTransitionTime", Ty::Time),
        f("message", Ty::String),
        f("reason", Ty::String),
        f("status", Ty::String),
        f("type", Ty::String),
    ],
};

/// core/v1 Pod (top-level kind).
pub static POD: Struct = Struct {
    go_name: "Pod",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("kind", Ty::String),
        f("metadata", Ty::Object(&OBJECT_META)),
        f("spec", Ty::Object(&POD_SPEC)),
        f("status", Ty::Object(&POD_STATUS)),
    ],
};

/// core/v1 `PodStatus`.
pub static POD_STATUS: Struct = Struct {
    go_name: "PodStatus",
    go_package: "v1",
    fields: &[
        f("conditions", Ty::Array(&Ty::Object(&POD_CONDITION))),
        f(
            "containerStatuses",
            Ty::Array(&Ty::Object(&CONTAINER_STATUS)),
        ),
        f(
            "ephemeralContainerStatuses",
            Ty::Array(&Ty::Object(&CONTAINER_STATUS)),
        ),
        f("hostIP", Ty::String),
        f("hostIPs", Ty::Array(&Ty::Object(&HOST_IP))),
        f(
            "initContainerStatuses",
            Ty::Array(&Ty::Object(&CONTAINER_STATUS)),
        ),
        f("message", Ty::String),
        f("nominatedNodeName", Ty::String),
        f("observedGeneration", Ty::Int64),
        f("phase", Ty::String),
        f("podIP", Ty::String),
        f("podIPs", Ty::Array(&Ty::Object(&POD_IP))),
        f("qosClass", Ty::String),
        f("reason", Ty::String),
        f("resize", Ty::String),
        f(
            "resourceClaimStatuses",
            Ty::Array(&Ty::Object(&POD_RESOURCE_CLAIM_STATUS)),
        ),
        f("startTime", Ty::Time),
    ],
};

/// core/v1 `PodCondition`.
pub static POD_CONDITION: Struct = Struct {
    go_name: "PodCondition",
    go_package: "v1",
    fields: &[
        f("lastProbeTime", Ty::Time),
        f("lastTransitionTime", Ty::Time),
        f("message", Ty::String),
        f("observedGeneration", Ty::Int64),
        f("reason", Ty::String),
        f("status", Ty::String),
        f("type", Ty::String),
    ],
};

/// core/v1 `ContainerStatus`.
pub static CONTAINER_STATUS: Struct = Struct {
    go_name: "ContainerStatus",
    go_package: "v1",
    fields: &[
        f("allocatedResources", Ty::Map(&Ty::Quantity)),
        f(
            "allocatedResourcesStatus",
            Ty::Array(&Ty::Object(&RESOURCE_STATUS)),
        ),
        f("containerID", Ty::String),
        f("image", Ty::String),
        f("imageID", Ty::String),
        f("lastState", Ty::Object(&CONTAINER_STATE)),
        f("name", Ty::String),
        f("ready", Ty::Bool),
        f("resources", Ty::Object(&RESOURCE_REQUIREMENTS)),
        f("restartCount", Ty::Int32),
        f("started", Ty::Bool),
        f("state", Ty::Object(&CONTAINER_STATE)),
        f("stopSignal", Ty::String),
        f("user", Ty::Object(&CONTAINER_USER)),
        f("volumeMounts", Ty::Array(&Ty::Object(&VOLUME_MOUNT_STATUS))),
    ],
};

/// core/v1 `ResourceStatus`.
pub static RESOURCE_STATUS: Struct = Struct {
    go_name: "ResourceStatus",
    go_package: "v1",
    fields: &[
        f("name", Ty::String),
        f("resources", Ty::Array(&Ty::Object(&RESOURCE_HEALTH))),
    ],
};

/// core/v1 `ResourceHealth`.
pub static RESOURCE_HEALTH: Struct = Struct {
    go_name: "ResourceHealth",
    go_package: "v1",
    fields: &[f("health", Ty::String), f("resourceID", Ty::String)],
};

/// core/v1 `ContainerState`.
pub static CONTAINER_STATE: Struct = Struct {
    go_name: "ContainerState",
    go_package: "v1",
    fields: &[
        f("running", Ty::Object(&CONTAINER_STATE_RUNNING)),
        f("terminated", Ty::Object(&CONTAINER_STATE_TERMINATED)),
        f("waiting", Ty::Object(&CONTAINER_STATE_WAITING)),
    ],
};

/// core/v1 `ContainerStateRunning`.
pub static CONTAINER_STATE_RUNNING: Struct = Struct {
    go_name: "ContainerStateRunning",
    go_package: "v1",
    fields: &[f("startedAt", Ty::Time)],
};

/// core/v1 `ContainerStateTerminated`.
pub static CONTAINER_STATE_TERMINATED: Struct = Struct {
    go_name: "ContainerStateTerminated",
    go_package: "v1",
    fields: &[
        f("containerID", Ty::String),
        f("exitCode", Ty::Int32),
        f("finishedAt", Ty::Time),
        f("message", Ty::String),
        f("reason", Ty::String),
        f("signal", Ty::Int32),
        f("startedAt", Ty::Time),
    ],
};

/// core/v1 `ContainerStateWaiting`.
pub static CONTAINER_STATE_WAITING: Struct = Struct {
    go_name: "ContainerStateWaiting",
    go_package: "v1",
    fields: &[f("message", Ty::String), f("reason", Ty::String)],
};

/// core/v1 `ContainerUser`.
pub static CONTAINER_USER: Struct = Struct {
    go_name: "ContainerUser",
    go_package: "v1",
    fields: &[f("linux", Ty::Object(&LINUX_CONTAINER_USER))],
};

/// core/v1 `LinuxContainerUser`.
pub static LINUX_CONTAINER_USER: Struct = Struct {
    go_name: "LinuxContainerUser",
    go_package: "v1",
    fields: &[
        f("gid", Ty::Int64),
        f("supplementalGroups", Ty::Array(&Ty::Int64)),
        f("uid", Ty::Int64),
    ],
};

/// core/v1 `VolumeMountStatus`.
pub static VOLUME_MOUNT_STATUS: Struct = Struct {
    go_name: "VolumeMountStatus",
    go_package: "v1",
    fields: &[
        f("mountPath", Ty::String),
        f("name", Ty::String),
        f("readOnly", Ty::Bool),
        f("recursiveReadOnly", Ty::String),
    ],
};

/// core/v1 `HostIP`.
pub static HOST_IP: Struct = Struct {
    go_name: "HostIP",
    go_package: "v1",
    fields: &[f("ip", Ty::String)],
};

/// core/v1 `PodIP`.
pub static POD_IP: Struct = Struct {
    go_name: "PodIP",
    go_package: "v1",
    fields: &[f("ip", Ty::String)],
};

/// core/v1 `PodResourceClaimStatus`.
pub static POD_RESOURCE_CLAIM_STATUS: Struct = Struct {
    go_name: "PodResourceClaimStatus",
    go_package: "v1",
    fields: &[f("name", Ty::String), f("resourceClaimName", Ty::String)],
};

/// core/v1 Node (top-level kind).
pub static NODE: Struct = Struct {
    go_name: "Node",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("kind", Ty::String),
        f("metadata", Ty::Object(&OBJECT_META)),
        f("spec", Ty::Object(&NODE_SPEC)),
        f("status", Ty::Object(&NODE_STATUS)),
    ],
};

/// core/v1 `NodeSpec`.
pub static NODE_SPEC: Struct = Struct {
    go_name: "NodeSpec",
    go_package: "v1",
    fields: &[
        f("configSource", Ty::Object(&NODE_CONFIG_SOURCE)),
        f("externalID", Ty::String),
        f("podCIDR", Ty::String),
        f("podCIDRs", Ty::Array(&Ty::String)),
        f("providerID", Ty::String),
        f("taints", Ty::Array(&Ty::Object(&TAINT))),
        f("unschedulable", Ty::Bool),
    ],
};

/// core/v1 `NodeConfigSource`.
pub static NODE_CONFIG_SOURCE: Struct = Struct {
    go_name: "NodeConfigSource",
    go_package: "v1",
    fields: &[f("configMap", Ty::Object(&CONFIG_MAP_NODE_CONFIG_SOURCE))],
};

/// core/v1 `ConfigMapNodeConfigSource`.
pub static CONFIG_MAP_NODE_CONFIG_SOURCE: Struct = Struct {
    go_name: "ConfigMapNodeConfigSource",
    go_package: "v1",
    fields: &[
        f("kubeletConfigKey", Ty::String),
        f("name", Ty::String),
        f("namespace", Ty::String),
        f("resourceVersion", Ty::String),
        f("uid", Ty::String),
    ],
};

/// core/v1 `Taint`.
pub static TAINT: Struct = Struct {
    go_name: "Taint",
    go_package: "v1",
    fields: &[
        f("effect", Ty::String),
        f("key", Ty::String),
        f("timeAdded", Ty::Time),
        f("value", Ty::String),
    ],
};

/// core/v1 `NodeStatus`.
pub static NODE_STATUS: Struct = Struct {
    go_name: "NodeStatus",
    go_package: "v1",
    fields: &[
        f("addresses", Ty::Array(&Ty::Object(&NODE_ADDRESS))),
        f("allocatable", Ty::Map(&Ty::Quantity)),
        f("capacity", Ty::Map(&Ty::Quantity)),
        f("conditions", Ty::Array(&Ty::Object(&NODE_CONDITION))),
        f("config", Ty::Object(&NODE_CONFIG_STATUS)),
        f("daemonEndpoints", Ty::Object(&NODE_DAEMON_ENDPOINTS)),
        f("features", Ty::Object(&NODE_FEATURES)),
        f("images", Ty::Array(&Ty::Object(&CONTAINER_IMAGE))),
        f("nodeInfo", Ty::Object(&NODE_SYSTEM_INFO)),
        f("phase", Ty::String),
        f(
            "runtimeHandlers",
            Ty::Array(&Ty::Object(&NODE_RUNTIME_HANDLER)),
        ),
        f("volumesAttached", Ty::Array(&Ty::Object(&ATTACHED_VOLUME))),
        f("volumesInUse", Ty::Array(&Ty::String)),
    ],
};

/// core/v1 `NodeAddress`.
pub static NODE_ADDRESS: Struct = Struct {
    go_name: "NodeAddress",
    go_package: "v1",
    fields: &[f("address", Ty::String), f("type", Ty::String)],
};

/// core/v1 `NodeCondition`.
pub static NODE_CONDITION: Struct = Struct {
    go_name: "NodeCondition",
    go_package: "v1",
    fields: &[
        f("lastHeartbeatTime", Ty::Time),
        f("lastTransitionTime", Ty::Time),
        f("message", Ty::String),
        f("reason", Ty::String),
        f("status", Ty::String),
        f("type", Ty::String),
    ],
};

/// core/v1 `NodeConfigStatus`.
pub static NODE_CONFIG_STATUS: Struct = Struct {
    go_name: "NodeConfigStatus",
    go_package: "v1",
    fields: &[
        f("active", Ty::Object(&NODE_CONFIG_SOURCE)),
        f("assigned", Ty::Object(&NODE_CONFIG_SOURCE)),
        f("error", Ty::String),
        f("lastKnownGood", Ty::Object(&NODE_CONFIG_SOURCE)),
    ],
};

/// core/v1 `NodeDaemonEndpoints`.
pub static NODE_DAEMON_ENDPOINTS: Struct = Struct {
    go_name: "NodeDaemonEndpoints",
    go_package: "v1",
    fields: &[f("kubeletEndpoint", Ty::Object(&DAEMON_ENDPOINT))],
};

/// core/v1 `DaemonEndpoint`.
pub static DAEMON_ENDPOINT: Struct = Struct {
    go_name: "DaemonEndpoint",
    go_package: "v1",
    fields: &[f("Port", Ty::Int32)],
};

/// core/v1 `NodeFeatures`.
pub static NODE_FEATURES: Struct = Struct {
    go_name: "NodeFeatures",
    go_package: "v1",
    fields: &[f("supplementalGroupsPolicy", Ty::Bool)],
};

/// core/v1 `ContainerImage`.
pub static CONTAINER_IMAGE: Struct = Struct {
    go_name: "ContainerImage",
    go_package: "v1",
    fields: &[
        f("names", Ty::Array(&Ty::String)),
        f("sizeBytes", Ty::Int64),
    ],
};

/// core/v1 `NodeSystemInfo`.
pub static NODE_SYSTEM_INFO: Struct = Struct {
    go_name: "NodeSystemInfo",
    go_package: "v1",
    fields: &[
        f("architecture", Ty::String),
        f("bootID", Ty::String),
        f("containerRuntimeVersion", Ty::String),
        f("kernelVersion", Ty::String),
        f("kubeProxyVersion", Ty::String),
        f("kubeletVersion", Ty::String),
        f("machineID", Ty::String),
        f("operatingSystem", Ty::String),
        f("osImage", Ty::String),
        f("swap", Ty::Object(&NODE_SWAP_STATUS)),
        f("systemUUID", Ty::String),
    ],
};

/// core/v1 `NodeSwapStatus`.
pub static NODE_SWAP_STATUS: Struct = Struct {
    go_name: "NodeSwapStatus",
    go_package: "v1",
    fields: &[f("capacity", Ty::Int64)],
};

/// core/v1 `NodeRuntimeHandler`.
pub static NODE_RUNTIME_HANDLER: Struct = Struct {
    go_name: "NodeRuntimeHandler",
    go_package: "v1",
    fields: &[
        f("features", Ty::Object(&NODE_RUNTIME_HANDLER_FEATURES)),
        f("name", Ty::String),
    ],
};

/// core/v1 `NodeRuntimeHandlerFeatures`.
pub static NODE_RUNTIME_HANDLER_FEATURES: Struct = Struct {
    go_name: "NodeRuntimeHandlerFeatures",
    go_package: "v1",
    fields: &[
        f("recursiveReadOnlyMounts", Ty::Bool),
        f("userNamespaces", Ty::Bool),
    ],
};

/// core/v1 `AttachedVolume`.
pub static ATTACHED_VOLUME: Struct = Struct {
    go_name: "AttachedVolume",
    go_package: "v1",
    fields: &[f("devicePath", Ty::String), f("name", Ty::String)],
};

/// core/v1 Service (top-level kind).
pub static SERVICE: Struct = Struct {
    go_name: "Service",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("kind", Ty::String),
        f("metadata", Ty::Object(&OBJECT_META)),
        f("spec", Ty::Object(&SERVICE_SPEC)),
        f("status", Ty::Object(&SERVICE_STATUS)),
    ],
};

/// core/v1 `ServiceSpec`.
pub static SERVICE_SPEC: Struct = Struct {
    go_name: "ServiceSpec",
    go_package: "v1",
    fields: &[
        f("allocateLoadBalancerNodePorts", Ty::Bool),
        f("clusterIP", Ty::String),
        f("clusterIPs", Ty::Array(&Ty::String)),
        f("externalIPs", Ty::Array(&Ty::String)),
        f("externalName", Ty::String),
        f("externalTrafficPolicy", Ty::String),
        f("healthCheckNodePort", Ty::Int32),
        f("internalTrafficPolicy", Ty::String),
        f("ipFamilies", Ty::Array(&Ty::String)),
        f("ipFamilyPolicy", Ty::String),
        f("loadBalancerClass", Ty::String),
        f("loadBalancerIP", Ty::String),
        f("loadBalancerSourceRanges", Ty::Array(&Ty::String)),
        f("ports", Ty::Array(&Ty::Object(&SERVICE_PORT))),
        f("publishNotReadyAddresses", Ty::Bool),
        f("selector", Ty::Map(&Ty::String)),
        f("sessionAffinity", Ty::String),
        f(
            "sessionAffinityConfig",
            Ty::Object(&SESSION_AFFINITY_CONFIG),
        ),
        f("trafficDistribution", Ty::String),
        f("type", Ty::String),
    ],
};

/// core/v1 `ServicePort`.
pub static SERVICE_PORT: Struct = Struct {
    go_name: "ServicePort",
    go_package: "v1",
    fields: &[
        f("appProtocol", Ty::String),
        f("name", Ty::String),
        f("nodePort", Ty::Int32),
        f("port", Ty::Int32),
        f("protocol", Ty::String),
        f("targetPort", Ty::IntOrString),
    ],
};

/// core/v1 `SessionAffinityConfig`.
pub static SESSION_AFFINITY_CONFIG: Struct = Struct {
    go_name: "SessionAffinityConfig",
    go_package: "v1",
    fields: &[f("clientIP", Ty::Object(&CLIENT_IP_CONFIG))],
};

/// core/v1 `ClientIPConfig`.
pub static CLIENT_IP_CONFIG: Struct = Struct {
    go_name: "ClientIPConfig",
    go_package: "v1",
    fields: &[f("timeoutSeconds", Ty::Int32)],
};

/// core/v1 `ServiceStatus`.
pub static SERVICE_STATUS: Struct = Struct {
    go_name: "ServiceStatus",
    go_package: "v1",
    fields: &[
        f("conditions", Ty::Array(&Ty::Object(&CONDITION))),
        f("loadBalancer", Ty::Object(&LOAD_BALANCER_STATUS)),
    ],
};

/// meta/v1 `Condition`.
pub static CONDITION: Struct = Struct {
    go_name: "Condition",
    go_package: "v1",
    fields: &[
        f("lastTransitionTime", Ty::Time),
        f("message", Ty::String),
        f("observedGeneration", Ty::Int64),
        f("reason", Ty::String),
        f("status", Ty::String),
        f("type", Ty::String),
    ],
};

/// core/v1 `LoadBalancerStatus`.
pub static LOAD_BALANCER_STATUS: Struct = Struct {
    go_name: "LoadBalancerStatus",
    go_package: "v1",
    fields: &[f("ingress", Ty::Array(&Ty::Object(&LOAD_BALANCER_INGRESS)))],
};

/// core/v1 `LoadBalancerIngress`.
pub static LOAD_BALANCER_INGRESS: Struct = Struct {
    go_name: "LoadBalancerIngress",
    go_package: "v1",
    fields: &[
        f("hostname", Ty::String),
        f("ip", Ty::String),
        f("ipMode", Ty::String),
        f("ports", Ty::Array(&Ty::Object(&PORT_STATUS))),
    ],
};

/// core/v1 `PortStatus`.
pub static PORT_STATUS: Struct = Struct {
    go_name: "PortStatus",
    go_package: "v1",
    fields: &[
        f("error", Ty::String),
        f("port", Ty::Int32),
        f("protocol", Ty::String),
    ],
};

/// core/v1 Endpoints (top-level kind).
pub static ENDPOINTS: Struct = Struct {
    go_name: "Endpoints",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("kind", Ty::String),
        f("metadata", Ty::Object(&OBJECT_META)),
        f("subsets", Ty::Array(&Ty::Object(&ENDPOINT_SUBSET))),
    ],
};

/// core/v1 `EndpointSubset`.
pub static ENDPOINT_SUBSET: Struct = Struct {
    go_name: "EndpointSubset",
    go_package: "v1",
    fields: &[
        f("addresses", Ty::Array(&Ty::Object(&ENDPOINT_ADDRESS))),
        f(
            "notReadyAddresses",
            Ty::Array(&Ty::Object(&ENDPOINT_ADDRESS)),
        ),
        f("ports", Ty::Array(&Ty::Object(&ENDPOINT_PORT))),
    ],
};

/// core/v1 `EndpointAddress`.
pub static ENDPOINT_ADDRESS: Struct = Struct {
    go_name: "EndpointAddress",
    go_package: "v1",
    fields: &[
        f("hostname", Ty::String),
        f("ip", Ty::String),
        f("nodeName", Ty::String),
        f("targetRef", Ty::Object(&OBJECT_REFERENCE)),
    ],
};

/// core/v1 `ObjectReference`.
pub static OBJECT_REFERENCE: Struct = Struct {
    go_name: "ObjectReference",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("fieldPath", Ty::String),
        f("kind", Ty::String),
        f("name", Ty::String),
        f("namespace", Ty::String),
        f("resourceVersion", Ty::String),
        f("uid", Ty::String),
    ],
};

/// core/v1 `EndpointPort`.
pub static ENDPOINT_PORT: Struct = Struct {
    go_name: "EndpointPort",
    go_package: "v1",
    fields: &[
        f("appProtocol", Ty::String),
        f("name", Ty::String),
        f("port", Ty::Int32),
        f("protocol", Ty::String),
    ],
};

/// autoscaling/v2 HorizontalPodAutoscaler (top-level kind).
pub static HORIZONTAL_POD_AUTOSCALER: Struct = Struct {
    go_name: "HorizontalPodAutoscaler",
    go_package: "v2",
    fields: &[
        f("apiVersion", Ty::String),
        f("kind", Ty::String),
        f("metadata", Ty::Object(&OBJECT_META)),
        f("spec", Ty::Object(&HORIZONTAL_POD_AUTOSCALER_SPEC)),
        f("status", Ty::Object(&HORIZONTAL_POD_AUTOSCALER_STATUS)),
    ],
};

/// autoscaling/v2 `HorizontalPodAutoscalerSpec`.
pub static HORIZONTAL_POD_AUTOSCALER_SPEC: Struct = Struct {
    go_name: "HorizontalPodAutoscalerSpec",
    go_package: "v2",
    fields: &[
        f("behavior", Ty::Object(&HORIZONTAL_POD_AUTOSCALER_BEHAVIOR)),
        f("maxReplicas", Ty::Int32),
        f("metrics", Ty::Array(&Ty::Object(&METRIC_SPEC))),
        f("minReplicas", Ty::Int32),
        f(
            "scaleTargetRef",
            Ty::Object(&CROSS_VERSION_OBJECT_REFERENCE),
        ),
    ],
};

/// autoscaling/v2 `HorizontalPodAutoscalerBehavior`.
pub static HORIZONTAL_POD_AUTOSCALER_BEHAVIOR: Struct = Struct {
    go_name: "HorizontalPodAutoscalerBehavior",
    go_package: "v2",
    fields: &[
        f("scaleDown", Ty::Object(&HPA_SCALING_RULES)),
        f("scaleUp", Ty::Object(&HPA_SCALING_RULES)),
    ],
};

/// autoscaling/v2 `HPAScalingRules`.
pub static HPA_SCALING_RULES: Struct = Struct {
    go_name: "HPAScalingRules",
    go_package: "v2",
    fields: &[
        f("policies", Ty::Array(&Ty::Object(&HPA_SCALING_POLICY))),
        f("selectPolicy", Ty::String),
        f("stabilizationWindowSeconds", Ty::Int32),
        f("tolerance", Ty::Quantity),
    ],
};

/// autoscaling/v2 `HPAScalingPolicy`.
pub static HPA_SCALING_POLICY: Struct = Struct {
    go_name: "HPAScalingPolicy",
    go_package: "v2",
    fields: &[
        f("periodSeconds", Ty::Int32),
        f("type", Ty::String),
        f("value", Ty::Int32),
    ],
};

/// autoscaling/v2 `MetricSpec`.
pub static METRIC_SPEC: Struct = Struct {
    go_name: "MetricSpec",
    go_package: "v2",
    fields: &[
        f(
            "containerResource",
            Ty::Object(&CONTAINER_RESOURCE_METRIC_SOURCE),
        ),
        f("external", Ty::Object(&EXTERNAL_METRIC_SOURCE)),
        f("object", Ty::Object(&OBJECT_METRIC_SOURCE)),
        f("pods", Ty::Object(&PODS_METRIC_SOURCE)),
        f("resource", Ty::Object(&RESOURCE_METRIC_SOURCE)),
        f("type", Ty::String),
    ],
};

/// autoscaling/v2 `ContainerResourceMetricSource`.
pub static CONTAINER_RESOURCE_METRIC_SOURCE: Struct = Struct {
    go_name: "ContainerResourceMetricSource",
    go_package: "v2",
    fields: &[
        f("container", Ty::String),
        f("name", Ty::String),
        f("target", Ty::Object(&METRIC_TARGET)),
    ],
};

/// autoscaling/v2 `MetricTarget`.
pub static METRIC_TARGET: Struct = Struct {
    go_name: "MetricTarget",
    go_package: "v2",
    fields: &[
        f("averageUtilization", Ty::Int32),
        f("averageValue", Ty::Quantity),
        f("type", Ty::String),
        f("value", Ty::Quantity),
    ],
};

/// autoscaling/v2 `ExternalMetricSource`.
pub static EXTERNAL_METRIC_SOURCE: Struct = Struct {
    go_name: "ExternalMetricSource",
    go_package: "v2",
    fields: &[
        f("metric", Ty::Object(&METRIC_IDENTIFIER)),
        f("target", Ty::Object(&METRIC_TARGET)),
    ],
};

/// autoscaling/v2 `MetricIdentifier`.
pub static METRIC_IDENTIFIER: Struct = Struct {
    go_name: "MetricIdentifier",
    go_package: "v2",
    fields: &[
        f("name", Ty::String),
        f("selector", Ty::Object(&LABEL_SELECTOR)),
    ],
};

/// autoscaling/v2 `ObjectMetricSource`.
pub static OBJECT_METRIC_SOURCE: Struct = Struct {
    go_name: "ObjectMetricSource",
    go_package: "v2",
    fields: &[
        f(
            "describedObject",
            Ty::Object(&CROSS_VERSION_OBJECT_REFERENCE),
        ),
        f("metric", Ty::Object(&METRIC_IDENTIFIER)),
        f("target", Ty::Object(&METRIC_TARGET)),
    ],
};

/// autoscaling/v2 `CrossVersionObjectReference`.
pub static CROSS_VERSION_OBJECT_REFERENCE: Struct = Struct {
    go_name: "CrossVersionObjectReference",
    go_package: "v2",
    fields: &[
        f("apiVersion", Ty::String),
        f("kind", Ty::String),
        f("name", Ty::String),
    ],
};

/// autoscaling/v2 `PodsMetricSource`.
pub static PODS_METRIC_SOURCE: Struct = Struct {
    go_name: "PodsMetricSource",
    go_package: "v2",
    fields: &[
        f("metric", Ty::Object(&METRIC_IDENTIFIER)),
        f("target", Ty::Object(&METRIC_TARGET)),
    ],
};

/// autoscaling/v2 `ResourceMetricSource`.
pub static RESOURCE_METRIC_SOURCE: Struct = Struct {
    go_name: "ResourceMetricSource",
    go_package: "v2",
    fields: &[
        f("name", Ty::String),
        f("target", Ty::Object(&METRIC_TARGET)),
    ],
};

/// autoscaling/v2 `HorizontalPodAutoscalerStatus`.
pub static HORIZONTAL_POD_AUTOSCALER_STATUS: Struct = Struct {
    go_name: "HorizontalPodAutoscalerStatus",
    go_package: "v2",
    fields: &[
        f(
            "conditions",
            Ty::Array(&Ty::Object(&HORIZONTAL_POD_AUTOSCALER_CONDITION)),
        ),
        f("currentMetrics", Ty::Array(&Ty::Object(&METRIC_STATUS))),
        f("currentReplicas", Ty::Int32),
        f("desiredReplicas", Ty::Int32),
        f("lastScaleTime", Ty::Time),
        f("observedGeneration", Ty::Int64),
    ],
};

/// autoscaling/v2 `HorizontalPodAutoscalerCondition`.
pub static HORIZONTAL_POD_AUTOSCALER_CONDITION: Struct = Struct {
    go_name: "HorizontalPodAutoscalerCondition",
    go_package: "v2",
    fields: &[
        f("lastTransitionTime", Ty::Time),
        f("message", Ty::String),
        f("reason", Ty::String),
        f("status", Ty::String),
        f("type", Ty::String),
    ],
};

/// autoscaling/v2 `MetricStatus`.
pub static METRIC_STATUS: Struct = Struct {
    go_name: "MetricStatus",
    go_package: "v2",
    fields: &[
        f(
            "containerResource",
            Ty::Object(&CONTAINER_RESOURCE_METRIC_STATUS),
        ),
        f("external", Ty::Object(&EXTERNAL_METRIC_STATUS)),
        f("object", Ty::Object(&OBJECT_METRIC_STATUS)),
        f("pods", Ty::Object(&PODS_METRIC_STATUS)),
        f("resource", Ty::Object(&RESOURCE_METRIC_STATUS)),
        f("type", Ty::String),
    ],
};

/// autoscaling/v2 `ContainerResourceMetricStatus`.
pub static CONTAINER_RESOURCE_METRIC_STATUS: Struct = Struct {
    go_name: "ContainerResourceMetricStatus",
    go_package: "v2",
    fields: &[
        f("container", Ty::String),
        f("current", Ty::Object(&METRIC_VALUE_STATUS)),
        f("name", Ty::String),
    ],
};

/// autoscaling/v2 `MetricValueStatus`.
pub static METRIC_VALUE_STATUS: Struct = Struct {
    go_name: "MetricValueStatus",
    go_package: "v2",
    fields: &[
        f("averageUtilization", Ty::Int32),
        f("averageValue", Ty::Quantity),
        f("value", Ty::Quantity),
    ],
};

/// autoscaling/v2 `ExternalMetricStatus`.
pub static EXTERNAL_METRIC_STATUS: Struct = Struct {
    go_name: "ExternalMetricStatus",
    go_package: "v2",
    fields: &[
        f("current", Ty::Object(&METRIC_VALUE_STATUS)),
        f("metric", Ty::Object(&METRIC_IDENTIFIER)),
    ],
};

/// autoscaling/v2 `ObjectMetricStatus`.
pub static OBJECT_METRIC_STATUS: Struct = Struct {
    go_name: "ObjectMetricStatus",
    go_package: "v2",
    fields: &[
        f("current", Ty::Object(&METRIC_VALUE_STATUS)),
        f(
            "describedObject",
            Ty::Object(&CROSS_VERSION_OBJECT_REFERENCE),
        ),
        f("metric", Ty::Object(&METRIC_IDENTIFIER)),
    ],
};

/// autoscaling/v2 `PodsMetricStatus`.
pub static PODS_METRIC_STATUS: Struct = Struct {
    go_name: "PodsMetricStatus",
    go_package: "v2",
    fields: &[
        f("current", Ty::Object(&METRIC_VALUE_STATUS)),
        f("metric", Ty::Object(&METRIC_IDENTIFIER)),
    ],
};

/// autoscaling/v2 `ResourceMetricStatus`.
pub static RESOURCE_METRIC_STATUS: Struct = Struct {
    go_name: "ResourceMetricStatus",
    go_package: "v2",
    fields: &[
        f("current", Ty::Object(&METRIC_VALUE_STATUS)),
        f("name", Ty::String),
    ],
};

/// autoscaling/v1 HorizontalPodAutoscaler (top-level kind).
pub static HORIZONTAL_POD_AUTOSCALER_V1: Struct = Struct {
    go_name: "HorizontalPodAutoscaler",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("kind", Ty::String),
        f("metadata", Ty::Object(&OBJECT_META)),
        f("spec", Ty::Object(&HORIZONTAL_POD_AUTOSCALER_SPEC_V1)),
        f("status", Ty::Object(&HORIZONTAL_POD_AUTOSCALER_STATUS_V1)),
    ],
};

/// autoscaling/v1 `HorizontalPodAutoscalerSpec`.
pub static HORIZONTAL_POD_AUTOSCALER_SPEC_V1: Struct = Struct {
    go_name: "HorizontalPodAutoscalerSpec",
    go_package: "v1",
    fields: &[
        f("maxReplicas", Ty::Int32),
        f("minReplicas", Ty::Int32),
        f(
            "scaleTargetRef",
            Ty::Object(&CROSS_VERSION_OBJECT_REFERENCE_V1),
        ),
        f("targetCPUUtilizationPercentage", Ty::Int32),
    ],
};

/// autoscaling/v1 `CrossVersionObjectReference`.
pub static CROSS_VERSION_OBJECT_REFERENCE_V1: Struct = Struct {
    go_name: "CrossVersionObjectReference",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("kind", Ty::String),
        f("name", Ty::String),
    ],
};

/// autoscaling/v1 `HorizontalPodAutoscalerStatus`.
pub static HORIZONTAL_POD_AUTOSCALER_STATUS_V1: Struct = Struct {
    go_name: "HorizontalPodAutoscalerStatus",
    go_package: "v1",
    fields: &[
        f("currentCPUUtilizationPercentage", Ty::Int32),
        f("currentReplicas", Ty::Int32),
        f("desiredReplicas", Ty::Int32),
        f("lastScaleTime", Ty::Time),
        f("observedGeneration", Ty::Int64),
    ],
};

/// core/v1 Event (top-level kind).
pub static EVENT: Struct = Struct {
    go_name: "Event",
    go_package: "v1",
    fields: &[
        f("action", Ty::String),
        f("apiVersion", Ty::String),
        f("count", Ty::Int32),
        f("eventTime", Ty::Time),
        f("firstTimestamp", Ty::Time),
        f("involvedObject", Ty::Object(&OBJECT_REFERENCE)),
        f("kind", Ty::String),
        f("lastTimestamp", Ty::Time),
        f("message", Ty::String),
        f("metadata", Ty::Object(&OBJECT_META)),
        f("reason", Ty::String),
        f("related", Ty::Object(&OBJECT_REFERENCE)),
        f("reportingComponent", Ty::String),
        f("reportingInstance", Ty::String),
        f("series", Ty::Object(&EVENT_SERIES)),
        f("source", Ty::Object(&EVENT_SOURCE)),
        f("type", Ty::String),
    ],
};

/// core/v1 `EventSeries`.
pub static EVENT_SERIES: Struct = Struct {
    go_name: "EventSeries",
    go_package: "v1",
    fields: &[f("count", Ty::Int32), f("lastObservedTime", Ty::Time)],
};

/// core/v1 `EventSource`.
pub static EVENT_SOURCE: Struct = Struct {
    go_name: "EventSource",
    go_package: "v1",
    fields: &[f("component", Ty::String), f("host", Ty::String)],
};

/// core/v1 Namespace (top-level kind).
pub static NAMESPACE: Struct = Struct {
    go_name: "Namespace",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("kind", Ty::String),
        f("metadata", Ty::Object(&OBJECT_META)),
        f("spec", Ty::Object(&NAMESPACE_SPEC)),
        f("status", Ty::Object(&NAMESPACE_STATUS)),
    ],
};

/// core/v1 `NamespaceSpec`.
pub static NAMESPACE_SPEC: Struct = Struct {
    go_name: "NamespaceSpec",
    go_package: "v1",
    fields: &[f("finalizers", Ty::Array(&Ty::String))],
};

/// core/v1 `NamespaceStatus`.
pub static NAMESPACE_STATUS: Struct = Struct {
    go_name: "NamespaceStatus",
    go_package: "v1",
    fields: &[
        f("conditions", Ty::Array(&Ty::Object(&NAMESPACE_CONDITION))),
        f("phase", Ty::String),
    ],
};

/// core/v1 `NamespaceCondition`.
pub static NAMESPACE_CONDITION: Struct = Struct {
    go_name: "NamespaceCondition",
    go_package: "v1",
    fields: &[
        f("lastTransitionTime", Ty::Time),
        f("message", Ty::String),
        f("reason", Ty::String),
        f("status", Ty::String),
        f("type", Ty::String),
    ],
};

/// core/v1 ConfigMap (top-level kind).
pub static CONFIG_MAP: Struct = Struct {
    go_name: "ConfigMap",
    go_package: "v1",
    fields: &[
        f("apiVersion", Ty::String),
        f("binaryData", Ty::Map(&Ty::String)),
        f("data", Ty::Map(&Ty::String)),
        f("immutable", Ty::Bool),
        f("kind", Ty::String),
        f("metadata", Ty::Object(&OBJECT_META)),
    ],
};

#[cfg(test)]
mod tests {
    use super::super::schema::{SchemaIssue, check};
    use super::*;
    use crate::manifest::yaml::SpanIndex;
    use crate::value::{Value, obj};

    fn s(x: &str) -> Value {
        Value::from(x)
    }

    fn i(n: i64) -> Value {
        Value::Int(n)
    }

    fn arr<const N: usize>(items: [Value; N]) -> Value {
        Value::Array(items.into())
    }

    fn labels() -> Value {
        obj([("app", s("web")), ("tier", s("frontend"))])
    }

    /// Replaces the value at a dotted path with list indices (`a.b[0].c`).
    fn set(v: &mut Value, path: &str, new: Value) {
        let mut cur = v;
        let parts: Vec<&str> = path.split('.').collect();
        for (n, part) in parts.iter().enumerate() {
            let (key, index) = match part.split_once('[') {
                Some((k, rest)) => (
                    k,
                    Some(rest.trim_end_matches(']').parse::<usize>().unwrap()),
                ),
                None => (*part, None),
            };
            let last = n + 1 == parts.len();
            if last && index.is_none() {
                cur.set(key, new);
                return;
            }
            cur = cur
                .get_mut(key)
                .unwrap_or_else(|| panic!("no {key} in {path}"));
            if let Some(ix) = index {
                let items = cur.as_array_mut().unwrap();
                if last {
                    items[ix] = new;
                    return;
                }
                cur = &mut items[ix];
            }
        }
    }

    fn probe_http() -> Value {
        obj([
            (
                "httpGet",
                obj([
                    ("path", s("/healthz")),
                    ("port", s("http")),
                    ("scheme", s("HTTP")),
                    (
                        "httpHeaders",
                        arr([obj([("name", s("X-Probe")), ("value", s("1"))])]),
                    ),
                ]),
            ),
            ("initialDelaySeconds", i(5)),
            ("periodSeconds", i(10)),
            ("timeoutSeconds", i(1)),
            ("successThreshold", i(1)),
            ("failureThreshold", i(3)),
            ("terminationGracePeriodSeconds", i(30)),
        ])
    }

    fn container() -> Value {
        obj([
            ("name", s("web")),
            ("image", s("nginx:1.27")),
            ("imagePullPolicy", s("IfNotPresent")),
            ("command", arr([s("nginx")])),
            ("args", arr([s("-g"), s("daemon off;")])),
            ("workingDir", s("/srv")),
            (
                "ports",
                arr([obj([
                    ("name", s("http")),
                    ("containerPort", i(80)),
                    ("protocol", s("TCP")),
                ])]),
            ),
            (
                "env",
                arr([
                    obj([("name", s("MODE")), ("value", s("prod"))]),
                    obj([
                        ("name", s("POD_NAME")),
                        (
                            "valueFrom",
                            obj([(
                                "fieldRef",
                                obj([("apiVersion", s("v1")), ("fieldPath", s("metadata.name"))]),
                            )]),
                        ),
                    ]),
                    obj([
                        ("name", s("MEM_LIMIT")),
                        (
                            "valueFrom",
                            obj([(
                                "resourceFieldRef",
                                obj([
                                    ("containerName", s("web")),
                                    ("resource", s("limits.memory")),
                                    ("divisor", s("1Mi")),
                                ]),
                            )]),
                        ),
                    ]),
                    obj([
                        ("name", s("COLOR")),
                        (
                            "valueFrom",
                            obj([(
                                "configMapKeyRef",
                                obj([
                                    ("name", s("web-config")),
                                    ("key", s("color")),
                                    ("optional", Value::Bool(true)),
                                ]),
                            )]),
                        ),
                    ]),
                    obj([
                        ("name", s("PASSWORD")),
                        (
                            "valueFrom",
                            obj([(
                                "secretKeyRef",
                                obj([("name", s("web-secret")), ("key", s("password"))]),
                            )]),
                        ),
                    ]),
                ]),
            ),
            (
                "envFrom",
                arr([
                    obj([
                        ("prefix", s("CFG_")),
                        ("configMapRef", obj([("name", s("web-config"))])),
                    ]),
                    obj([(
                        "secretRef",
                        obj([("name", s("web-secret")), ("optional", Value::Bool(false))]),
                    )]),
                ]),
            ),
            (
                "resources",
                obj([
                    ("limits", obj([("cpu", s("500m")), ("memory", s("128Mi"))])),
                    (
                        "requests",
                        obj([("cpu", Value::Float(0.25)), ("memory", i(67_108_864))]),
                    ),
                ]),
            ),
            (
                "resizePolicy",
                arr([obj([
                    ("resourceName", s("cpu")),
                    ("restartPolicy", s("NotRequired")),
                ])]),
            ),
            ("livenessProbe", probe_http()),
            (
                "readinessProbe",
                obj([
                    ("tcpSocket", obj([("port", i(80))])),
                    ("periodSeconds", i(5)),
                ]),
            ),
            (
                "startupProbe",
                obj([
                    ("exec", obj([("command", arr([s("cat"), s("/tmp/ready")]))])),
                    ("failureThreshold", i(30)),
                ]),
            ),
            (
                "lifecycle",
                obj([
                    (
                        "postStart",
                        obj([(
                            "exec",
                            obj([("command", arr([s("sh"), s("-c"), s("true")]))]),
                        )]),
                    ),
                    ("preStop", obj([("sleep", obj([("seconds", i(5))]))])),
                ]),
            ),
            (
                "volumeMounts",
                arr([
                    obj([("name", s("cache")), ("mountPath", s("/cache"))]),
                    obj([
                        ("name", s("config")),
                        ("mountPath", s("/etc/web")),
                        ("readOnly", Value::Bool(true)),
                        ("recursiveReadOnly", s("IfPossible")),
                        ("subPath", s("web")),
                    ]),
                ]),
            ),
            ("terminationMessagePath", s("/dev/termination-log")),
            ("terminationMessagePolicy", s("File")),
            (
                "securityContext",
                obj([
                    ("runAsNonRoot", Value::Bool(true)),
                    ("runAsUser", i(1000)),
                    ("allowPrivilegeEscalation", Value::Bool(false)),
                    ("readOnlyRootFilesystem", Value::Bool(true)),
                    (
                        "capabilities",
                        obj([
                            ("drop", arr([s("ALL")])),
                            ("add", arr([s("NET_BIND_SERVICE")])),
                        ]),
                    ),
                    ("seccompProfile", obj([("type", s("RuntimeDefault"))])),
                    ("appArmorProfile", obj([("type", s("RuntimeDefault"))])),
                    ("seLinuxOptions", obj([("level", s("s0:c123,c456"))])),
                ]),
            ),
            ("stdin", Value::Bool(false)),
            ("tty", Value::Bool(false)),
        ])
    }

    fn volumes() -> Value {
        arr([
            obj([
                ("name", s("cache")),
                (
                    "emptyDir",
                    obj([("medium", s("Memory")), ("sizeLimit", s("64Mi"))]),
                ),
            ]),
            obj([
                ("name", s("config")),
                (
                    "projected",
                    obj([
                        ("defaultMode", i(420)),
                        (
                            "sources",
                            arr([
                                obj([(
                                    "serviceAccountToken",
                                    obj([
                                        ("audience", s("api")),
                                        ("expirationSeconds", i(3600)),
                                        ("path", s("token")),
                                    ]),
                                )]),
                                obj([(
                                    "configMap",
                                    obj([
                                        ("name", s("web-config")),
                                        (
                                            "items",
                                            arr([obj([("key", s("a")), ("path", s("a.conf"))])]),
                                        ),
                                    ]),
                                )]),
                                obj([(
                                    "secret",
                                    obj([
                                        ("name", s("web-secret")),
                                        ("optional", Value::Bool(true)),
                                    ]),
                                )]),
                                obj([(
                                    "downwardAPI",
                                    obj([(
                                        "items",
                                        arr([obj([
                                            ("path", s("labels")),
                                            (
                                                "fieldRef",
                                                obj([("fieldPath", s("metadata.labels"))]),
                                            ),
                                        ])]),
                                    )]),
                                )]),
                                obj([(
                                    "clusterTrustBundle",
                                    obj([
                                        ("signerName", s("example.com/signer")),
                                        ("labelSelector", obj([("matchLabels", labels())])),
                                        ("path", s("ca.pem")),
                                    ]),
                                )]),
                            ]),
                        ),
                    ]),
                ),
            ]),
            obj([
                ("name", s("settings")),
                (
                    "configMap",
                    obj([
                        ("name", s("web-config")),
                        ("defaultMode", i(0o644)),
                        (
                            "items",
                            arr([obj([
                                ("key", s("b")),
                                ("path", s("b.conf")),
                                ("mode", i(0o400)),
                            ])]),
                        ),
                    ]),
                ),
            ]),
            obj([
                ("name", s("tls")),
                ("secret", obj([("secretName", s("web-tls"))])),
            ]),
            obj([
                ("name", s("data")),
                (
                    "persistentVolumeClaim",
                    obj([
                        ("claimName", s("web-data")),
                        ("readOnly", Value::Bool(false)),
                    ]),
                ),
            ]),
            obj([
                ("name", s("logs")),
                (
                    "hostPath",
                    obj([("path", s("/var/log")), ("type", s("Directory"))]),
                ),
            ]),
            obj([
                ("name", s("scratch")),
                (
                    "ephemeral",
                    obj([(
                        "volumeClaimTemplate",
                        obj([
                            ("metadata", obj([("labels", labels())])),
                            (
                                "spec",
                                obj([
                                    ("accessModes", arr([s("ReadWriteOnce")])),
                                    ("storageClassName", s("standard")),
                                    (
                                        "resources",
                                        obj([("requests", obj([("storage", s("1Gi"))]))]),
                                    ),
                                ]),
                            ),
                        ]),
                    )]),
                ),
            ]),
            obj([
                ("name", s("model")),
                (
                    "image",
                    obj([
                        ("reference", s("registry.example/model:v1")),
                        ("pullPolicy", s("IfNotPresent")),
                    ]),
                ),
            ]),
            obj([
                ("name", s("inline")),
                (
                    "csi",
                    obj([
                        ("driver", s("inline.storage.example")),
                        ("volumeAttributes", obj([("size", s("1Gi"))])),
                    ]),
                ),
            ]),
            obj([
                ("name", s("share")),
                (
                    "nfs",
                    obj([
                        ("server", s("nfs.example")),
                        ("path", s("/exports")),
                        ("readOnly", Value::Bool(true)),
                    ]),
                ),
            ]),
        ])
    }

    fn affinity() -> Value {
        obj([
            (
                "nodeAffinity",
                obj([
                    (
                        "requiredDuringSchedulingIgnoredDuringExecution",
                        obj([(
                            "nodeSelectorTerms",
                            arr([obj([(
                                "matchExpressions",
                                arr([obj([
                                    ("key", s("kubernetes.io/os")),
                                    ("operator", s("In")),
                                    ("values", arr([s("linux")])),
                                ])]),
                            )])]),
                        )]),
                    ),
                    (
                        "preferredDuringSchedulingIgnoredDuringExecution",
                        arr([obj([
                            ("weight", i(10)),
                            (
                                "preference",
                                obj([(
                                    "matchFields",
                                    arr([obj([
                                        ("key", s("metadata.name")),
                                        ("operator", s("NotIn")),
                                        ("values", arr([s("node-3")])),
                                    ])]),
                                )]),
                            ),
                        ])]),
                    ),
                ]),
            ),
            (
                "podAffinity",
                obj([(
                    "requiredDuringSchedulingIgnoredDuringExecution",
                    arr([obj([
                        (
                            "labelSelector",
                            obj([("matchLabels", obj([("app", s("cache"))]))]),
                        ),
                        ("topologyKey", s("topology.kubernetes.io/zone")),
                        ("namespaces", arr([s("default")])),
                    ])]),
                )]),
            ),
            (
                "podAntiAffinity",
                obj([(
                    "preferredDuringSchedulingIgnoredDuringExecution",
                    arr([obj([
                        ("weight", i(100)),
                        (
                            "podAffinityTerm",
                            obj([
                                ("labelSelector", obj([("matchLabels", labels())])),
                                ("topologyKey", s("kubernetes.io/hostname")),
                                ("matchLabelKeys", arr([s("pod-template-hash")])),
                                ("namespaceSelector", obj([])),
                            ]),
                        ),
                    ])]),
                )]),
            ),
        ])
    }

    fn pod_spec() -> Value {
        let mut sidecar = container();
        sidecar.set("name", s("proxy"));
        sidecar.set("restartPolicy", s("Always"));
        obj([
            ("initContainers", arr([sidecar])),
            ("containers", arr([container()])),
            ("volumes", volumes()),
            ("affinity", affinity()),
            (
                "tolerations",
                arr([
                    obj([
                        ("key", s("node.kubernetes.io/not-ready")),
                        ("operator", s("Exists")),
                        ("effect", s("NoExecute")),
                        ("tolerationSeconds", i(300)),
                    ]),
                    obj([
                        ("key", s("dedicated")),
                        ("operator", s("Equal")),
                        ("value", s("web")),
                        ("effect", s("NoSchedule")),
                    ]),
                ]),
            ),
            (
                "topologySpreadConstraints",
                arr([obj([
                    ("maxSkew", i(1)),
                    ("topologyKey", s("topology.kubernetes.io/zone")),
                    ("whenUnsatisfiable", s("ScheduleAnyway")),
                    ("labelSelector", obj([("matchLabels", labels())])),
                    ("minDomains", i(2)),
                    ("nodeAffinityPolicy", s("Honor")),
                ])]),
            ),
            ("nodeSelector", obj([("kubernetes.io/os", s("linux"))])),
            ("restartPolicy", s("Always")),
            ("terminationGracePeriodSeconds", i(30)),
            ("dnsPolicy", s("ClusterFirst")),
            (
                "dnsConfig",
                obj([
                    ("nameservers", arr([s("1.1.1.1")])),
                    (
                        "options",
                        arr([obj([("name", s("ndots")), ("value", s("2"))])]),
                    ),
                ]),
            ),
            (
                "hostAliases",
                arr([obj([
                    ("ip", s("10.0.0.1")),
                    ("hostnames", arr([s("db.local")])),
                ])]),
            ),
            ("serviceAccountName", s("web")),
            ("automountServiceAccountToken", Value::Bool(false)),
            ("imagePullSecrets", arr([obj([("name", s("regcred"))])])),
            ("priorityClassName", s("high")),
            ("enableServiceLinks", Value::Bool(false)),
            ("schedulerName", s("default-scheduler")),
            (
                "securityContext",
                obj([
                    ("fsGroup", i(2000)),
                    ("runAsGroup", i(3000)),
                    ("supplementalGroups", arr([i(4000)])),
                    (
                        "sysctls",
                        arr([obj([
                            ("name", s("net.core.somaxconn")),
                            ("value", s("1024")),
                        ])]),
                    ),
                    ("seccompProfile", obj([("type", s("RuntimeDefault"))])),
                ]),
            ),
            (
                "readinessGates",
                arr([obj([("conditionType", s("example.com/ready"))])]),
            ),
            ("os", obj([("name", s("linux"))])),
            (
                "schedulingGates",
                arr([obj([("name", s("example.com/gate"))])]),
            ),
            (
                "resourceClaims",
                arr([obj([
                    ("name", s("gpu")),
                    ("resourceClaimTemplateName", s("gpu-template")),
                ])]),
            ),
            ("overhead", obj([("cpu", s("100m"))])),
        ])
    }

    fn deployment() -> Value {
        obj([
            ("apiVersion", s("apps/v1")),
            ("kind", s("Deployment")),
            (
                "metadata",
                obj([
                    ("name", s("web")),
                    ("namespace", s("default")),
                    ("labels", labels()),
                    (
                        "annotations",
                        obj([("deployment.kubernetes.io/revision", s("1"))]),
                    ),
                    ("generation", i(1)),
                    ("creationTimestamp", s("2025-01-01T00:00:00Z")),
                ]),
            ),
            (
                "spec",
                obj([
                    ("replicas", i(3)),
                    ("revisionHistoryLimit", i(10)),
                    ("progressDeadlineSeconds", i(600)),
                    ("minReadySeconds", i(0)),
                    (
                        "selector",
                        obj([
                            ("matchLabels", obj([("app", s("web"))])),
                            (
                                "matchExpressions",
                                arr([obj([
                                    ("key", s("tier")),
                                    ("operator", s("In")),
                                    ("values", arr([s("frontend")])),
                                ])]),
                            ),
                        ]),
                    ),
                    (
                        "strategy",
                        obj([
                            ("type", s("RollingUpdate")),
                            (
                                "rollingUpdate",
                                obj([("maxSurge", s("25%")), ("maxUnavailable", i(0))]),
                            ),
                        ]),
                    ),
                    (
                        "template",
                        obj([
                            ("metadata", obj([("labels", labels())])),
                            ("spec", pod_spec()),
                        ]),
                    ),
                ]),
            ),
            (
                "status",
                obj([
                    ("observedGeneration", i(1)),
                    ("replicas", i(3)),
                    ("updatedReplicas", i(3)),
                    ("readyReplicas", i(3)),
                    ("availableReplicas", i(3)),
                    (
                        "conditions",
                        arr([obj([
                            ("type", s("Available")),
                            ("status", s("True")),
                            ("lastUpdateTime", s("2025-01-01T00:00:10Z")),
                            ("lastTransitionTime", s("2025-01-01T00:00:10Z")),
                            ("reason", s("MinimumReplicasAvailable")),
                            ("message", s("Deployment has minimum availability.")),
                        ])]),
                    ),
                ]),
            ),
        ])
    }

    fn pod() -> Value {
        obj([
            ("apiVersion", s("v1")),
            ("kind", s("Pod")),
            (
                "metadata",
                obj([
                    ("name", s("web-7d4b9c-abcde")),
                    ("generateName", s("web-7d4b9c-")),
                    ("uid", s("0d9f6c1e-0000-4000-8000-000000000001")),
                    ("resourceVersion", s("42")),
                    (
                        "ownerReferences",
                        arr([obj([
                            ("apiVersion", s("apps/v1")),
                            ("kind", s("ReplicaSet")),
                            ("name", s("web-7d4b9c")),
                            ("uid", s("0d9f6c1e-0000-4000-8000-000000000002")),
                            ("controller", Value::Bool(true)),
                            ("blockOwnerDeletion", Value::Bool(true)),
                        ])]),
                    ),
                    (
                        "managedFields",
                        arr([obj([
                            ("manager", s("kubectl")),
                            ("operation", s("Update")),
                            ("apiVersion", s("v1")),
                            ("time", s("2025-01-01T00:00:00Z")),
                            ("fieldsType", s("FieldsV1")),
                            ("fieldsV1", obj([("f:metadata", obj([]))])),
                        ])]),
                    ),
                ]),
            ),
            ("spec", pod_spec()),
            (
                "status",
                obj([
                    ("phase", s("Running")),
                    (
                        "conditions",
                        arr([obj([
                            ("type", s("Ready")),
                            ("status", s("True")),
                            ("lastProbeTime", Value::Null),
                            ("lastTransitionTime", s("2025-01-01T00:00:05Z")),
                        ])]),
                    ),
                    ("hostIP", s("10.0.0.5")),
                    ("hostIPs", arr([obj([("ip", s("10.0.0.5"))])])),
                    ("podIP", s("10.244.1.7")),
                    ("podIPs", arr([obj([("ip", s("10.244.1.7"))])])),
                    ("startTime", s("2025-01-01T00:00:01Z")),
                    ("qosClass", s("Burstable")),
                    (
                        "containerStatuses",
                        arr([obj([
                            ("name", s("web")),
                            ("ready", Value::Bool(true)),
                            ("started", Value::Bool(true)),
                            ("restartCount", i(0)),
                            ("image", s("nginx:1.27")),
                            ("imageID", s("docker.io/library/nginx@sha256:0")),
                            ("containerID", s("containerd://abc")),
                            (
                                "state",
                                obj([("running", obj([("startedAt", s("2025-01-01T00:00:03Z"))]))]),
                            ),
                            (
                                "lastState",
                                obj([(
                                    "terminated",
                                    obj([("exitCode", i(137)), ("reason", s("OOMKilled"))]),
                                )]),
                            ),
                        ])]),
                    ),
                    (
                        "initContainerStatuses",
                        arr([obj([
                            ("name", s("proxy")),
                            ("ready", Value::Bool(false)),
                            ("restartCount", i(1)),
                            ("image", s("nginx:1.27")),
                            ("imageID", s("")),
                            (
                                "state",
                                obj([(
                                    "waiting",
                                    obj([
                                        ("reason", s("CrashLoopBackOff")),
                                        ("message", s("back-off")),
                                    ]),
                                )]),
                            ),
                        ])]),
                    ),
                ]),
            ),
        ])
    }

    fn service() -> Value {
        obj([
            ("apiVersion", s("v1")),
            ("kind", s("Service")),
            ("metadata", obj([("name", s("web")), ("labels", labels())])),
            (
                "spec",
                obj([
                    ("type", s("LoadBalancer")),
                    ("selector", obj([("app", s("web"))])),
                    (
                        "ports",
                        arr([
                            obj([
                                ("name", s("http")),
                                ("protocol", s("TCP")),
                                ("port", i(80)),
                                ("targetPort", s("http")),
                                ("nodePort", i(30080)),
                                ("appProtocol", s("http")),
                            ]),
                            obj([
                                ("name", s("https")),
                                ("port", i(443)),
                                ("targetPort", i(8443)),
                            ]),
                        ]),
                    ),
                    ("clusterIP", s("10.96.0.10")),
                    ("clusterIPs", arr([s("10.96.0.10")])),
                    ("ipFamilies", arr([s("IPv4")])),
                    ("ipFamilyPolicy", s("SingleStack")),
                    ("sessionAffinity", s("ClientIP")),
                    (
                        "sessionAffinityConfig",
                        obj([("clientIP", obj([("timeoutSeconds", i(10800))]))]),
                    ),
                    ("externalTrafficPolicy", s("Local")),
                    ("internalTrafficPolicy", s("Cluster")),
                    ("allocateLoadBalancerNodePorts", Value::Bool(true)),
                    ("trafficDistribution", s("PreferClose")),
                ]),
            ),
            (
                "status",
                obj([(
                    "loadBalancer",
                    obj([(
                        "ingress",
                        arr([obj([
                            ("ip", s("203.0.113.10")),
                            ("ipMode", s("VIP")),
                            (
                                "ports",
                                arr([obj([("port", i(80)), ("protocol", s("TCP"))])]),
                            ),
                        ])]),
                    )]),
                )]),
            ),
        ])
    }

    fn hpa_v2() -> Value {
        let target_avg = |v: Value| obj([("type", s("AverageValue")), ("averageValue", v)]);
        obj([
            ("apiVersion", s("autoscaling/v2")),
            ("kind", s("HorizontalPodAutoscaler")),
            ("metadata", obj([("name", s("web"))])),
            (
                "spec",
                obj([
                    (
                        "scaleTargetRef",
                        obj([
                            ("apiVersion", s("apps/v1")),
                            ("kind", s("Deployment")),
                            ("name", s("web")),
                        ]),
                    ),
                    ("minReplicas", i(2)),
                    ("maxReplicas", i(10)),
                    (
                        "metrics",
                        arr([
                            obj([
                                ("type", s("Resource")),
                                (
                                    "resource",
                                    obj([
                                        ("name", s("cpu")),
                                        (
                                            "target",
                                            obj([
                                                ("type", s("Utilization")),
                                                ("averageUtilization", i(60)),
                                            ]),
                                        ),
                                    ]),
                                ),
                            ]),
                            obj([
                                ("type", s("ContainerResource")),
                                (
                                    "containerResource",
                                    obj([
                                        ("name", s("memory")),
                                        ("container", s("web")),
                                        ("target", target_avg(s("200Mi"))),
                                    ]),
                                ),
                            ]),
                            obj([
                                ("type", s("Pods")),
                                (
                                    "pods",
                                    obj([
                                        ("metric", obj([("name", s("requests_per_second"))])),
                                        ("target", target_avg(s("1k"))),
                                    ]),
                                ),
                            ]),
                            obj([
                                ("type", s("Object")),
                                (
                                    "object",
                                    obj([
                                        (
                                            "describedObject",
                                            obj([
                                                ("apiVersion", s("networking.k8s.io/v1")),
                                                ("kind", s("Ingress")),
                                                ("name", s("main")),
                                            ]),
                                        ),
                                        ("metric", obj([("name", s("hits"))])),
                                        ("target", obj([("type", s("Value")), ("value", i(100))])),
                                    ]),
                                ),
                            ]),
                            obj([
                                ("type", s("External")),
                                (
                                    "external",
                                    obj([
                                        (
                                            "metric",
                                            obj([
                                                ("name", s("queue_depth")),
                                                (
                                                    "selector",
                                                    obj([(
                                                        "matchLabels",
                                                        obj([("queue", s("jobs"))]),
                                                    )]),
                                                ),
                                            ]),
                                        ),
                                        ("target", target_avg(i(30))),
                                    ]),
                                ),
                            ]),
                        ]),
                    ),
                    (
                        "behavior",
                        obj([
                            (
                                "scaleUp",
                                obj([
                                    ("stabilizationWindowSeconds", i(0)),
                                    ("selectPolicy", s("Max")),
                                    ("tolerance", s("50m")),
                                    (
                                        "policies",
                                        arr([
                                            obj([
                                                ("type", s("Percent")),
                                                ("value", i(100)),
                                                ("periodSeconds", i(15)),
                                            ]),
                                            obj([
                                                ("type", s("Pods")),
                                                ("value", i(4)),
                                                ("periodSeconds", i(15)),
                                            ]),
                                        ]),
                                    ),
                                ]),
                            ),
                            ("scaleDown", obj([("stabilizationWindowSeconds", i(300))])),
                        ]),
                    ),
                ]),
            ),
            (
                "status",
                obj([
                    ("observedGeneration", i(1)),
                    ("lastScaleTime", s("2025-01-01T00:01:00Z")),
                    ("currentReplicas", i(3)),
                    ("desiredReplicas", i(4)),
                    (
                        "currentMetrics",
                        arr([obj([
                            ("type", s("Resource")),
                            (
                                "resource",
                                obj([
                                    ("name", s("cpu")),
                                    (
                                        "current",
                                        obj([
                                            ("averageUtilization", i(75)),
                                            ("averageValue", s("150m")),
                                        ]),
                                    ),
                                ]),
                            ),
                        ])]),
                    ),
                    (
                        "conditions",
                        arr([obj([
                            ("type", s("AbleToScale")),
                            ("status", s("True")),
                            ("lastTransitionTime", s("2025-01-01T00:00:00Z")),
                            ("reason", s("ReadyForNewScale")),
                        ])]),
                    ),
                ]),
            ),
        ])
    }

    fn hpa_v1() -> Value {
        obj([
            ("apiVersion", s("autoscaling/v1")),
            ("kind", s("HorizontalPodAutoscaler")),
            ("metadata", obj([("name", s("web"))])),
            (
                "spec",
                obj([
                    (
                        "scaleTargetRef",
                        obj([
                            ("apiVersion", s("apps/v1")),
                            ("kind", s("Deployment")),
                            ("name", s("web")),
                        ]),
                    ),
                    ("minReplicas", i(1)),
                    ("maxReplicas", i(5)),
                    ("targetCPUUtilizationPercentage", i(80)),
                ]),
            ),
            (
                "status",
                obj([
                    ("currentReplicas", i(1)),
                    ("desiredReplicas", i(2)),
                    ("currentCPUUtilizationPercentage", i(95)),
                ]),
            ),
        ])
    }

    fn node() -> Value {
        let resources = || obj([("cpu", s("4")), ("memory", s("16Gi")), ("pods", i(110))]);
        obj([
            ("apiVersion", s("v1")),
            ("kind", s("Node")),
            (
                "metadata",
                obj([
                    ("name", s("node-1")),
                    ("labels", obj([("kubernetes.io/os", s("linux"))])),
                ]),
            ),
            (
                "spec",
                obj([
                    ("podCIDR", s("10.244.1.0/24")),
                    ("podCIDRs", arr([s("10.244.1.0/24")])),
                    ("providerID", s("kubeplay://node-1")),
                    ("unschedulable", Value::Bool(false)),
                    (
                        "taints",
                        arr([obj([
                            ("key", s("dedicated")),
                            ("value", s("web")),
                            ("effect", s("NoSchedule")),
                        ])]),
                    ),
                ]),
            ),
            (
                "status",
                obj([
                    ("capacity", resources()),
                    ("allocatable", resources()),
                    (
                        "conditions",
                        arr([obj([
                            ("type", s("Ready")),
                            ("status", s("True")),
                            ("lastHeartbeatTime", s("2025-01-01T00:00:00Z")),
                            ("lastTransitionTime", s("2025-01-01T00:00:00Z")),
                            ("reason", s("KubeletReady")),
                        ])]),
                    ),
                    (
                        "addresses",
                        arr([obj([("type", s("InternalIP")), ("address", s("10.0.0.5"))])]),
                    ),
                    (
                        "daemonEndpoints",
                        obj([("kubeletEndpoint", obj([("Port", i(10250))]))]),
                    ),
                    (
                        "nodeInfo",
                        obj([
                            ("machineID", s("m")),
                            ("systemUUID", s("u")),
                            ("bootID", s("b")),
                            ("kernelVersion", s("6.1.0")),
                            ("osImage", s("Debian GNU/Linux 12")),
                            ("containerRuntimeVersion", s("containerd://1.7.0")),
                            ("kubeletVersion", s("v1.33.0")),
                            ("kubeProxyVersion", s("v1.33.0")),
                            ("operatingSystem", s("linux")),
                            ("architecture", s("amd64")),
                            ("swap", obj([("capacity", i(0))])),
                        ]),
                    ),
                    (
                        "images",
                        arr([obj([
                            ("names", arr([s("nginx:1.27")])),
                            ("sizeBytes", i(70_000_000)),
                        ])]),
                    ),
                    (
                        "runtimeHandlers",
                        arr([obj([
                            ("name", s("runc")),
                            (
                                "features",
                                obj([("recursiveReadOnlyMounts", Value::Bool(true))]),
                            ),
                        ])]),
                    ),
                    (
                        "features",
                        obj([("supplementalGroupsPolicy", Value::Bool(true))]),
                    ),
                ]),
            ),
        ])
    }

    fn endpoints() -> Value {
        obj([
            ("apiVersion", s("v1")),
            ("kind", s("Endpoints")),
            ("metadata", obj([("name", s("web"))])),
            (
                "subsets",
                arr([obj([
                    (
                        "addresses",
                        arr([obj([
                            ("ip", s("10.244.1.7")),
                            ("nodeName", s("node-1")),
                            (
                                "targetRef",
                                obj([
                                    ("kind", s("Pod")),
                                    ("name", s("web-7d4b9c-abcde")),
                                    ("namespace", s("default")),
                                ]),
                            ),
                        ])]),
                    ),
                    ("notReadyAddresses", arr([obj([("ip", s("10.244.2.3"))])])),
                    (
                        "ports",
                        arr([obj([
                            ("name", s("http")),
                            ("port", i(80)),
                            ("protocol", s("TCP")),
                        ])]),
                    ),
                ])]),
            ),
        ])
    }

    fn event() -> Value {
        obj([
            ("apiVersion", s("v1")),
            ("kind", s("Event")),
            (
                "metadata",
                obj([("name", s("web.1")), ("namespace", s("default"))]),
            ),
            (
                "involvedObject",
                obj([
                    ("kind", s("Deployment")),
                    ("name", s("web")),
                    ("apiVersion", s("apps/v1")),
                    ("fieldPath", s("")),
                ]),
            ),
            ("reason", s("ScalingReplicaSet")),
            ("message", s("Scaled up replica set web-7d4b9c to 3")),
            ("source", obj([("component", s("deployment-controller"))])),
            ("firstTimestamp", s("2025-01-01T00:00:00Z")),
            ("lastTimestamp", s("2025-01-01T00:00:00Z")),
            ("count", i(1)),
            ("type", s("Normal")),
            ("eventTime", Value::Null),
            (
                "series",
                obj([
                    ("count", i(2)),
                    ("lastObservedTime", s("2025-01-01T00:00:00.000000Z")),
                ]),
            ),
            ("action", s("Scale")),
            (
                "related",
                obj([("kind", s("ReplicaSet")), ("name", s("web-7d4b9c"))]),
            ),
            ("reportingComponent", s("deployment-controller")),
            ("reportingInstance", s("")),
        ])
    }

    fn namespace() -> Value {
        obj([
            ("apiVersion", s("v1")),
            ("kind", s("Namespace")),
            ("metadata", obj([("name", s("team-a"))])),
            ("spec", obj([("finalizers", arr([s("kubernetes")]))])),
            (
                "status",
                obj([
                    ("phase", s("Active")),
                    (
                        "conditions",
                        arr([obj([
                            ("type", s("NamespaceDeletionContentFailure")),
                            ("status", s("False")),
                        ])]),
                    ),
                ]),
            ),
        ])
    }

    fn config_map() -> Value {
        obj([
            ("apiVersion", s("v1")),
            ("kind", s("ConfigMap")),
            ("metadata", obj([("name", s("web-config"))])),
            ("data", obj([("color", s("blue"))])),
            ("binaryData", obj([("blob", s("AAEC"))])),
            ("immutable", Value::Bool(true)),
        ])
    }

    fn replica_set() -> Value {
        let mut v = deployment();
        v.set("kind", s("ReplicaSet"));
        if let Some(spec) = v.get_mut("spec") {
            spec.remove("strategy");
            spec.remove("revisionHistoryLimit");
            spec.remove("progressDeadlineSeconds");
        }
        v.set(
            "status",
            obj([
                ("replicas", i(3)),
                ("fullyLabeledReplicas", i(3)),
                ("readyReplicas", i(3)),
                ("availableReplicas", i(3)),
                ("terminatingReplicas", i(0)),
                ("observedGeneration", i(1)),
            ]),
        );
        v
    }

    fn with(mut v: Value, path: &str, new: Value) -> Value {
        set(&mut v, path, new);
        v
    }

    #[derive(Debug, PartialEq)]
    enum Want {
        Unknown(&'static str),
        Type(&'static str),
    }

    struct Case {
        name: &'static str,
        schema: &'static Struct,
        value: Value,
        want: Vec<Want>,
    }

    fn got(schema: &'static Struct, value: &Value) -> Vec<Want> {
        check(schema, value, &SpanIndex::default())
            .into_iter()
            .map(|issue| match issue {
                SchemaIssue::UnknownField { path, .. } => Want::Unknown(path.leak()),
                SchemaIssue::WrongType { message, .. } => Want::Type(message.leak()),
            })
            .collect()
    }

    #[test]
    fn tables_check_realistic_objects_and_errors() {
        let cases = vec![
            Case {
                name: "full deployment",
                schema: &DEPLOYMENT,
                value: deployment(),
                want: vec![],
            },
            Case {
                name: "replica set",
                schema: &REPLICA_SET,
                value: replica_set(),
                want: vec![],
            },
            Case {
                name: "pod",
                schema: &POD,
                value: pod(),
                want: vec![],
            },
            Case {
                name: "service",
                schema: &SERVICE,
                value: service(),
                want: vec![],
            },
            Case {
                name: "hpa v2",
                schema: &HORIZONTAL_POD_AUTOSCALER,
                value: hpa_v2(),
                want: vec![],
            },
            Case {
                name: "hpa v1",
                schema: &HORIZONTAL_POD_AUTOSCALER_V1,
                value: hpa_v1(),
                want: vec![],
            },
            Case {
                name: "node",
                schema: &NODE,
                value: node(),
                want: vec![],
            },
            Case {
                name: "endpoints",
                schema: &ENDPOINTS,
                value: endpoints(),
                want: vec![],
            },
            Case {
                name: "event",
                schema: &EVENT,
                value: event(),
                want: vec![],
            },
            Case {
                name: "namespace",
                schema: &NAMESPACE,
                value: namespace(),
                want: vec![],
            },
            Case {
                name: "config map",
                schema: &CONFIG_MAP,
                value: config_map(),
                want: vec![],
            },
            Case {
                name: "unknown spec field",
                schema: &DEPLOYMENT,
                value: with(deployment(), "spec.replica", i(3)),
                want: vec![Want::Unknown("spec.replica")],
            },
            Case {
                name: "unknown container field keeps the list index",
                schema: &DEPLOYMENT,
                value: with(
                    deployment(),
                    "spec.template.spec.containers[0].imagee",
                    s("nginx"),
                ),
                want: vec![Want::Unknown("spec.template.spec.containers[0].imagee")],
            },
            Case {
                name: "every unknown field is listed",
                schema: &DEPLOYMENT,
                value: with(
                    with(
                        deployment(),
                        "spec.template.spec.volumes[1].projected.sources[0].serviceAccountToken.expiry",
                        i(1),
                    ),
                    "metadata.label",
                    obj([]),
                ),
                want: vec![
                    Want::Unknown("metadata.label"),
                    Want::Unknown(
                        "spec.template.spec.volumes[1].projected.sources[0].serviceAccountToken.expiry",
                    ),
                ],
            },
            Case {
                name: "apiVersion is not a Pod field of a template",
                schema: &DEPLOYMENT,
                value: with(deployment(), "spec.template.apiVersion", s("v1")),
                want: vec![Want::Unknown("spec.template.apiVersion")],
            },
            Case {
                name: "string replicas",
                schema: &DEPLOYMENT,
                value: with(deployment(), "spec.replicas", s("3")),
                want: vec![Want::Type(
                    "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32",
                )],
            },
            Case {
                name: "string template",
                schema: &DEPLOYMENT,
                value: with(deployment(), "spec.template", s("nginx")),
                want: vec![Want::Type(
                    "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.template of type v1.PodTemplateSpec",
                )],
            },
            Case {
                name: "number label value",
                schema: &DEPLOYMENT,
                value: with(deployment(), "metadata.labels", obj([("a", i(1))])),
                want: vec![Want::Type(
                    "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string",
                )],
            },
            Case {
                name: "containers not a list",
                schema: &DEPLOYMENT,
                value: with(deployment(), "spec.template.spec.containers", s("nginx")),
                want: vec![Want::Type(
                    "json: cannot unmarshal string into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container",
                )],
            },
            Case {
                name: "string container port: the Go path has no index",
                schema: &DEPLOYMENT,
                value: with(
                    deployment(),
                    "spec.template.spec.containers[0].ports[0].containerPort",
                    s("80"),
                ),
                want: vec![Want::Type(
                    "json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32",
                )],
            },
            Case {
                name: "volume source field is reported against Volume",
                schema: &POD,
                value: with(pod(), "spec.volumes[0].emptyDir", s("x")),
                want: vec![Want::Type(
                    "json: cannot unmarshal string into Go struct field Volume.spec.volumes.emptyDir of type v1.EmptyDirVolumeSource",
                )],
            },
            Case {
                name: "probe handler field is reported against Probe",
                schema: &POD,
                value: with(pod(), "spec.containers[0].livenessProbe.httpGet", arr([])),
                want: vec![Want::Type(
                    "json: cannot unmarshal array into Go struct field Probe.spec.containers.livenessProbe.httpGet of type v1.HTTPGetAction",
                )],
            },
            Case {
                name: "bool optional in env valueFrom",
                schema: &POD,
                value: with(
                    pod(),
                    "spec.containers[0].env[3].valueFrom.configMapKeyRef.optional",
                    s("yes"),
                ),
                want: vec![Want::Type(
                    "json: cannot unmarshal string into Go struct field ConfigMapKeySelector.spec.containers.env.valueFrom.configMapKeyRef.optional of type bool",
                )],
            },
            Case {
                name: "service port out of int32 range",
                schema: &SERVICE,
                value: with(service(), "spec.ports[0].port", i(1 << 40)),
                want: vec![Want::Type(
                    "json: cannot unmarshal number 1099511627776 into Go struct field ServicePort.spec.ports.port of type int32",
                )],
            },
            Case {
                name: "hpa v2 types are in package v2",
                schema: &HORIZONTAL_POD_AUTOSCALER,
                value: with(hpa_v2(), "spec.metrics[0].resource.target", s("50%")),
                want: vec![Want::Type(
                    "json: cannot unmarshal string into Go struct field ResourceMetricSource.spec.metrics.resource.target of type v2.MetricTarget",
                )],
            },
            Case {
                name: "hpa v2 behavior policies",
                schema: &HORIZONTAL_POD_AUTOSCALER,
                value: with(hpa_v2(), "spec.behavior.scaleUp.policies", obj([])),
                want: vec![Want::Type(
                    "json: cannot unmarshal object into Go struct field HPAScalingRules.spec.behavior.scaleUp.policies of type []v2.HPAScalingPolicy",
                )],
            },
            Case {
                name: "hpa v1 has no metrics",
                schema: &HORIZONTAL_POD_AUTOSCALER_V1,
                value: with(hpa_v1(), "spec.metrics", arr([])),
                want: vec![Want::Unknown("spec.metrics")],
            },
            Case {
                name: "event count",
                schema: &EVENT,
                value: with(event(), "count", Value::Bool(true)),
                want: vec![Want::Type(
                    "json: cannot unmarshal bool into Go struct field Event.count of type int32",
                )],
            },
            Case {
                name: "node capacity is a quantity map",
                schema: &NODE,
                value: with(node(), "status.capacity", arr([])),
                want: vec![Want::Type(
                    "json: cannot unmarshal array into Go struct field NodeStatus.status.capacity of type map[string]resource.Quantity",
                )],
            },
            Case {
                name: "config map data values are strings",
                schema: &CONFIG_MAP,
                value: with(config_map(), "data", obj([("n", i(1))])),
                want: vec![Want::Type(
                    "json: cannot unmarshal number into Go struct field ConfigMap.data of type string",
                )],
            },
        ];
        let mut failures = Vec::new();
        for case in &cases {
            let got = got(case.schema, &case.value);
            if got != case.want {
                failures.push(format!(
                    "{}: got {:?}, want {:?}",
                    case.name, got, case.want
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Every struct reachable from the top-level kinds has a Go name, a Go package and no
    /// field twice; every top-level kind has `apiVersion`, `kind` and `metadata`.
    #[test]
    fn tables_are_well_formed() {
        fn walk_ty(ty: &'static Ty, out: &mut Vec<&'static Struct>) {
            match ty {
                Ty::Object(s) => walk(s, out),
                Ty::Array(t) | Ty::Map(t) => walk_ty(t, out),
                _ => {}
            }
        }
        fn walk(s: &'static Struct, out: &mut Vec<&'static Struct>) {
            if out.iter().any(|o| std::ptr::eq(*o, s)) {
                return;
            }
            out.push(s);
            for f in s.fields {
                walk_ty(&f.ty, out);
            }
        }
        let roots: [&'static Struct; 11] = [
            &DEPLOYMENT,
            &REPLICA_SET,
            &POD,
            &NODE,
            &SERVICE,
            &ENDPOINTS,
            &HORIZONTAL_POD_AUTOSCALER,
            &HORIZONTAL_POD_AUTOSCALER_V1,
            &EVENT,
            &NAMESPACE,
            &CONFIG_MAP,
        ];
        let mut all = Vec::new();
        for root in roots {
            for name in ["apiVersion", "kind", "metadata"] {
                assert!(root.field(name).is_some(), "{} has no {name}", root.go_name);
            }
            walk(root, &mut all);
        }
        assert!(all.len() > 150, "only {} structs reachable", all.len());
        for s in &all {
            assert!(!s.go_name.is_empty(), "a struct without a Go name");
            assert!(matches!(s.go_package, "v1" | "v2"), "{}", s.go_name);
            for (n, f) in s.fields.iter().enumerate() {
                assert!(
                    s.fields[n + 1..].iter().all(|g| g.name != f.name),
                    "{} has {} twice",
                    s.go_name,
                    f.name
                );
            }
        }
    }
}
