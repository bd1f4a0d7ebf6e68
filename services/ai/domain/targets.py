"""Find the Kubernetes object an alert is about, from kube-state-metrics style labels.

kube-prometheus alerts name their object in labels (``pod``, ``deployment``,
``persistentvolumeclaim``, ``horizontalpodautoscaler``, ``job_name``, ``node``...);
alert-service may also pass ``kind``/``resource`` it derived. When only a pod is known,
its owning workload is inferred from owner labels or, as a last resort, from the
controller's naming convention (``<deployment>-<pod-template-hash>-<suffix>``,
``<statefulset>-<ordinal>``).
"""

from __future__ import annotations

import re
from typing import Literal

from .models import Alert, Target

TargetSpec = Literal[
    "pod",
    "workload",
    "deployment",
    "statefulset",
    "daemonset",
    "node",
    "pvc",
    "hpa",
    "job",
    "resource",
    "none",
]
TARGET_SPECS: tuple[str, ...] = (
    "pod",
    "workload",
    "deployment",
    "statefulset",
    "daemonset",
    "node",
    "pvc",
    "hpa",
    "job",
    "resource",
    "none",
)

# Kubernetes' rand.SafeEncodeString alphabet (no vowels, no confusable digits): the
# pod-template-hash and generated-name suffixes only use these characters.
_SAFE = "bcdfghjklmnpqrstvwxz2456789"
_DEPLOYMENT_POD = re.compile(
    rf"^(?P<owner>[a-z0-9]([-a-z0-9]*[a-z0-9])?)-[{_SAFE}]{{6,10}}-[{_SAFE}]{{5}}$"
)
_STATEFULSET_POD = re.compile(r"^(?P<owner>[a-z0-9]([-a-z0-9]*[a-z0-9])?)-(?P<ordinal>[0-9]+)$")
_REPLICASET = re.compile(rf"^(?P<owner>[a-z0-9]([-a-z0-9]*[a-z0-9])?)-[{_SAFE}]{{6,10}}$")
_NAME = re.compile(r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")

_WORKLOAD_KINDS = {
    "deployment": "Deployment",
    "statefulset": "StatefulSet",
    "daemonset": "DaemonSet",
}
_KIND_ALIASES = {
    "pod": "Pod",
    "pods": "Pod",
    "deployment": "Deployment",
    "deployments": "Deployment",
    "deploy": "Deployment",
    "statefulset": "StatefulSet",
    "statefulsets": "StatefulSet",
    "sts": "StatefulSet",
    "daemonset": "DaemonSet",
    "daemonsets": "DaemonSet",
    "ds": "DaemonSet",
    "node": "Node",
    "nodes": "Node",
    "persistentvolumeclaim": "PersistentVolumeClaim",
    "pvc": "PersistentVolumeClaim",
    "horizontalpodautoscaler": "HorizontalPodAutoscaler",
    "hpa": "HorizontalPodAutoscaler",
    "job": "Job",
    "jobs": "Job",
    "replicaset": "ReplicaSet",
}


def canonical_kind(kind: str | None) -> str | None:
    if not kind:
        return None
    return _KIND_ALIASES.get(kind.strip().lower(), kind.strip())


def namespace_of(alert: Alert) -> str | None:
    return (
        alert.namespace
        or alert.labels.get("namespace")
        or alert.labels.get("exported_namespace")
        or None
    )


def resolve(alert: Alert, spec: str) -> Target | None:
    """The object ``spec`` designates for this alert, or None when the alert does not say."""
    ns = namespace_of(alert)
    labels = alert.labels
    kind = canonical_kind(alert.kind)
    if spec == "none":
        return None
    if spec == "resource":
        if alert.resource and kind:
            return _valid(Target(kind, alert.resource, None if kind == "Node" else ns))
        return None
    if spec == "pod":
        name = labels.get("pod") or (alert.resource if kind in (None, "Pod") else None)
        return _valid(Target("Pod", name, ns)) if name and ns else None
    if spec == "node":
        name = labels.get("node") or (alert.resource if kind == "Node" else None)
        if not name:
            # node-exporter's instance is often host:port; only a bare name is usable.
            instance = labels.get("instance", "")
            name = instance if instance and ":" not in instance else None
        return _valid(Target("Node", name)) if name else None
    if spec == "pvc":
        name = labels.get("persistentvolumeclaim") or (
            alert.resource if kind == "PersistentVolumeClaim" else None
        )
        return _valid(Target("PersistentVolumeClaim", name, ns)) if name and ns else None
    if spec == "hpa":
        name = (
            labels.get("horizontalpodautoscaler")
            or labels.get("hpa")
            or (alert.resource if kind == "HorizontalPodAutoscaler" else None)
        )
        return _valid(Target("HorizontalPodAutoscaler", name, ns)) if name and ns else None
    if spec == "job":
        name = labels.get("job_name") or (alert.resource if kind == "Job" else None)
        return _valid(Target("Job", name, ns)) if name and ns else None
    if spec in _WORKLOAD_KINDS:
        target = owner_workload(alert)
        return target if target and target.kind == _WORKLOAD_KINDS[spec] else None
    if spec == "workload":
        return owner_workload(alert)
    raise ValueError(f"unknown target spec {spec!r}")


def owner_workload(alert: Alert) -> Target | None:
    """The Deployment/StatefulSet/DaemonSet behind the alert, most explicit source first."""
    ns = namespace_of(alert)
    if not ns:
        return None
    labels = alert.labels
    for label, workload_kind in _WORKLOAD_KINDS.items():
        if labels.get(label):
            return _valid(Target(workload_kind, labels[label], ns))
    wtype = labels.get("workload_type", "").lower()
    if labels.get("workload") and wtype in _WORKLOAD_KINDS:
        return _valid(Target(_WORKLOAD_KINDS[wtype], labels["workload"], ns))
    for kind_label, name_label in (
        ("owner_kind", "owner_name"),
        # alert-service's hint when it resolved the pod's owner itself
        ("kubernaut_owner_kind", "kubernaut_owner_name"),
        ("created_by_kind", "created_by_name"),
    ):
        owner = _from_owner(labels.get(kind_label), labels.get(name_label), ns)
        if owner:
            return owner
    kind = canonical_kind(alert.kind)
    if kind and kind in _WORKLOAD_KINDS.values() and alert.resource:
        return _valid(Target(kind, alert.resource, ns))
    if labels.get("replicaset"):
        owner = _from_owner("ReplicaSet", labels["replicaset"], ns)
        if owner:
            return owner
    pod = labels.get("pod") or (alert.resource if kind in (None, "Pod") else None)
    return owner_from_pod_name(pod, ns) if pod else None


def owner_from_pod_name(pod: str, namespace: str) -> Target | None:
    """Controller naming conventions; ambiguous names (DaemonSet vs Job) give None."""
    match = _DEPLOYMENT_POD.match(pod)
    if match:
        return _valid(Target("Deployment", match["owner"], namespace))
    match = _STATEFULSET_POD.match(pod)
    if match:
        return _valid(Target("StatefulSet", match["owner"], namespace))
    return None


def _from_owner(kind: str | None, name: str | None, ns: str) -> Target | None:
    if not kind or not name:
        return None
    canonical = canonical_kind(kind)
    if canonical == "ReplicaSet":
        match = _REPLICASET.match(name)
        return _valid(Target("Deployment", match["owner"], ns)) if match else None
    if canonical and canonical in _WORKLOAD_KINDS.values():
        return _valid(Target(canonical, name, ns))
    return None


def _valid(target: Target) -> Target | None:
    """Names that are not valid Kubernetes object names are not targets."""
    if not target.name or len(target.name) > 253 or not _NAME.match(target.name):
        return None
    return target
