"""The Kubernetes kinds the executor touches and where they live in the API."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .model import Target


@dataclass(frozen=True)
class KindInfo:
    kind: str
    group: str
    version: str
    plural: str
    namespaced: bool
    api_class: str  # class name in kubernetes.client
    suffix: str  # typed-method suffix: read_<suffix>, patch_<suffix>, ...

    def path(self, namespace: str | None = None, name: str | None = None) -> str:
        base = f"/api/{self.version}" if not self.group else f"/apis/{self.group}/{self.version}"
        ns = f"/namespaces/{namespace}" if self.namespaced and namespace else ""
        tail = f"/{name}" if name else ""
        return f"{base}{ns}/{self.plural}{tail}"


KINDS: dict[str, KindInfo] = {
    info.kind: info
    for info in (
        KindInfo("Pod", "", "v1", "pods", True, "CoreV1Api", "namespaced_pod"),
        KindInfo("Service", "", "v1", "services", True, "CoreV1Api", "namespaced_service"),
        KindInfo("Event", "", "v1", "events", True, "CoreV1Api", "namespaced_event"),
        KindInfo("Node", "", "v1", "nodes", False, "CoreV1Api", "node"),
        KindInfo(
            "PersistentVolumeClaim",
            "",
            "v1",
            "persistentvolumeclaims",
            True,
            "CoreV1Api",
            "namespaced_persistent_volume_claim",
        ),
        KindInfo(
            "Deployment", "apps", "v1", "deployments", True, "AppsV1Api", "namespaced_deployment"
        ),
        KindInfo(
            "StatefulSet",
            "apps",
            "v1",
            "statefulsets",
            True,
            "AppsV1Api",
            "namespaced_stateful_set",
        ),
        KindInfo(
            "DaemonSet", "apps", "v1", "daemonsets", True, "AppsV1Api", "namespaced_daemon_set"
        ),
        KindInfo(
            "ReplicaSet", "apps", "v1", "replicasets", True, "AppsV1Api", "namespaced_replica_set"
        ),
        KindInfo("Job", "batch", "v1", "jobs", True, "BatchV1Api", "namespaced_job"),
        KindInfo(
            "HorizontalPodAutoscaler",
            "autoscaling",
            "v2",
            "horizontalpodautoscalers",
            True,
            "AutoscalingV2Api",
            "namespaced_horizontal_pod_autoscaler",
        ),
        KindInfo(
            "StorageClass",
            "storage.k8s.io",
            "v1",
            "storageclasses",
            False,
            "StorageV1Api",
            "storage_class",
        ),
        KindInfo(
            "NetworkPolicy",
            "networking.k8s.io",
            "v1",
            "networkpolicies",
            True,
            "NetworkingV1Api",
            "namespaced_network_policy",
        ),
        KindInfo(
            "PodDisruptionBudget",
            "policy",
            "v1",
            "poddisruptionbudgets",
            True,
            "PolicyV1Api",
            "namespaced_pod_disruption_budget",
        ),
    )
}

WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet")


def kind_info(kind: str) -> KindInfo:
    """The KindInfo of a kind name, case-insensitively (``deployment`` → Deployment)."""
    for name, info in KINDS.items():
        if name.lower() == kind.lower():
            return info
    raise KeyError(kind)


DEFAULT_KINDS = {
    "restart_pod": "Pod",
    "delete_pod": "Pod",
    "quarantine_pod": "Pod",
    "scale_deployment": "Deployment",
    "rollback_deployment": "Deployment",
    "scale_statefulset": "StatefulSet",
    "cordon_node": "Node",
    "uncordon_node": "Node",
    "drain_node": "Node",
    "expand_pvc": "PersistentVolumeClaim",
    "update_hpa": "HorizontalPodAutoscaler",
}


def target_from_parameters(action: str, params: Mapping[str, Any]) -> Target:
    """The target an action's parameters name (for results where the action did not run)."""
    kind = str(params.get("kind") or DEFAULT_KINDS.get(action, "Pod"))
    namespace = params.get("namespace")
    return Target(
        kind, str(params.get("resource", "")), namespace if isinstance(namespace, str) else None
    )
