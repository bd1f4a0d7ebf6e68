"""Normalisation of a Prometheus alert into the seed's alert shape.

Finds the Kubernetes object the alert is about from the usual kube-state-metrics
and kube-prometheus labels, the owning controller when only a pod is known,
and a normalised severity. Pure logic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from services.alert.domain.owner import Owner, derive_owner

SEVERITIES = ("critical", "warning", "info")

_SEVERITY_ALIASES = {
    "critical": "critical",
    "crit": "critical",
    "error": "critical",
    "high": "critical",
    "page": "critical",
    "fatal": "critical",
    "emergency": "critical",
    "warning": "warning",
    "warn": "warning",
    "medium": "warning",
    "major": "warning",
    "minor": "warning",
    "info": "info",
    "informational": "info",
    "low": "info",
    "none": "info",
    "notice": "info",
    "debug": "info",
}


@dataclass(frozen=True, slots=True)
class Target:
    kind: str
    name: str
    namespace: str
    source: str
    confidence: float
    container: str = ""


@dataclass(frozen=True, slots=True)
class NormalizedAlert:
    """The seed's §3.1.2 alert (name, severity, namespace, resource, labels,
    annotations) plus the target's kind and owner."""

    name: str
    severity: str
    namespace: str
    resource: str
    kind: str
    labels: Mapping[str, str]
    annotations: Mapping[str, str]
    target: Target | None
    owner: Owner | None


# (label, kind) in the order a generic alert is read: controllers and claims
# first (an alert carrying `deployment` is about the deployment), then pods,
# then broader objects.
_LABEL_KINDS: tuple[tuple[str, str], ...] = (
    ("horizontalpodautoscaler", "HorizontalPodAutoscaler"),
    ("hpa", "HorizontalPodAutoscaler"),
    ("deployment", "Deployment"),
    ("statefulset", "StatefulSet"),
    ("daemonset", "DaemonSet"),
    ("cronjob", "CronJob"),
    ("job_name", "Job"),
    ("persistentvolumeclaim", "PersistentVolumeClaim"),
    ("pod", "Pod"),
)
# Read after the kube-prometheus `workload`/`workload_type` join.
_LATE_LABEL_KINDS: tuple[tuple[str, str], ...] = (
    ("replicaset", "ReplicaSet"),
    ("persistentvolume", "PersistentVolume"),
    ("node", "Node"),
)

_WORKLOAD_TYPES = {
    "deployment": "Deployment",
    "statefulset": "StatefulSet",
    "daemonset": "DaemonSet",
    "cronjob": "CronJob",
    "job": "Job",
    "replicaset": "ReplicaSet",
}

# Alert-name prefixes of the kubernetes-mixin / node-exporter rules and the
# labels that name their target, tried before the generic order.
_NAME_HINTS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("KubeDeployment", (("deployment", "Deployment"),)),
    ("KubeStatefulSet", (("statefulset", "StatefulSet"),)),
    ("KubeDaemonSet", (("daemonset", "DaemonSet"),)),
    (
        "KubeHpa",
        (
            ("horizontalpodautoscaler", "HorizontalPodAutoscaler"),
            ("hpa", "HorizontalPodAutoscaler"),
        ),
    ),
    ("KubeCronJob", (("cronjob", "CronJob"),)),
    ("KubeJob", (("job_name", "Job"),)),
    ("KubePersistentVolumeErrors", (("persistentvolume", "PersistentVolume"),)),
    ("KubePersistentVolume", (("persistentvolumeclaim", "PersistentVolumeClaim"),)),
    ("KubePod", (("pod", "Pod"),)),
    ("KubeContainer", (("pod", "Pod"),)),
    ("CPUThrottling", (("pod", "Pod"),)),
    ("KubeNode", (("node", "Node"),)),
    ("KubeletTooManyPods", (("node", "Node"),)),
    ("Node", (("node", "Node"), ("nodename", "Node"))),
)


def normalize_severity(raw: str) -> str:
    """Map the many spellings of severity onto critical | warning | info.

    Unknown or missing severities are treated as warning: a human should see
    them, but they do not page like critical ones.
    """
    return _SEVERITY_ALIASES.get(raw.strip().lower(), "warning")


def _namespace(labels: Mapping[str, str]) -> str:
    # honor_labels=false renames a target's namespace label to exported_namespace.
    return labels.get("namespace") or labels.get("exported_namespace") or ""


def _node_from_instance(instance: str) -> str:
    """`ip-10-0-0-1:9100` → `ip-10-0-0-1` (node-exporter targets)."""
    host = instance.rsplit(":", 1)[0] if instance.count(":") == 1 else instance
    return host.strip("[]")


def find_target(name: str, labels: Mapping[str, str]) -> Target | None:
    namespace = _namespace(labels)
    container = labels.get("container", "")
    if container == "POD":  # the pause container is never the interesting one
        container = ""

    def make(kind: str, value: str, source: str, confidence: float) -> Target:
        ns = "" if kind in ("Node", "PersistentVolume") else namespace
        return Target(kind, value, ns, source, confidence, container if kind == "Pod" else "")

    for prefix, candidates in _NAME_HINTS:
        if name.startswith(prefix):
            for label, kind in candidates:
                if labels.get(label):
                    return make(kind, labels[label], f"label:{label}", 1.0)
            if prefix == "Node" and labels.get("instance"):
                node = _node_from_instance(labels["instance"])
                return make("Node", node, "label:instance", 0.6)
            break
    for label, kind in _LABEL_KINDS:
        if labels.get(label):
            return make(kind, labels[label], f"label:{label}", 1.0)
    workload = labels.get("workload")
    workload_kind = _WORKLOAD_TYPES.get(labels.get("workload_type", "").lower())
    if workload and workload_kind:
        return make(workload_kind, workload, "label:workload", 1.0)
    for label, kind in _LATE_LABEL_KINDS:
        if labels.get(label):
            return make(kind, labels[label], f"label:{label}", 1.0)
    if labels.get("resource"):
        kind = labels.get("kind") or labels.get("resource_kind") or "Unknown"
        return make(kind, labels["resource"], "label:resource", 0.8 if kind != "Unknown" else 0.5)
    return None


def normalize(labels: Mapping[str, str], annotations: Mapping[str, str]) -> NormalizedAlert:
    name = labels.get("alertname", "") or "UnnamedAlert"
    target = find_target(name, labels)
    owner = derive_owner(target.kind, target.name, labels) if target else None
    return NormalizedAlert(
        name=name,
        severity=normalize_severity(labels.get("severity", "")),
        namespace=target.namespace if target else _namespace(labels),
        resource=target.name if target else "",
        kind=target.kind if target else "",
        labels=dict(labels),
        annotations=dict(annotations),
        target=target,
        owner=owner,
    )
