"""Owner derivation: which controller owns a pod (or replicaset, job).

Labels win when present (kube-state-metrics `created_by_*`/`owner_*`, the
kube-prometheus `workload`/`workload_type` join). Otherwise the pod name's
shape is read with heuristics, each labelled with a confidence so a consumer
can refuse to act on a guess. Pure logic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# Kubernetes' rand.SafeEncodeString alphabet: pod-template-hash and generated
# name suffixes use only these characters (no vowels, no 0/1/3).
_SAFE = frozenset("bcdfghjklmnpqrstvwxz2456789")
_LOOSE_SEGMENT = re.compile(r"^[a-z0-9]{3,10}$")

_WORKLOAD_KINDS = {
    "deployment": "Deployment",
    "statefulset": "StatefulSet",
    "daemonset": "DaemonSet",
    "replicaset": "ReplicaSet",
    "job": "Job",
    "cronjob": "CronJob",
    "replicationcontroller": "ReplicationController",
}


@dataclass(frozen=True, slots=True)
class Owner:
    kind: str
    name: str
    confidence: float
    method: str


def _safe(segment: str, lengths: range) -> bool:
    return len(segment) in lengths and all(ch in _SAFE for ch in segment)


def deployment_from_replicaset(replicaset: str) -> str | None:
    """`cart-5d8f7c9b6d` → `cart` (strip the pod-template-hash)."""
    head, sep, tail = replicaset.rpartition("-")
    if sep and head and _safe(tail, range(6, 11)):
        return head
    return None


def owner_from_pod_name(pod: str) -> Owner | None:
    parts = pod.split("-")
    if len(parts) >= 3 and _safe(parts[-1], range(5, 6)) and _safe(parts[-2], range(6, 11)):
        return Owner("Deployment", "-".join(parts[:-2]), 0.9, "pod-template-hash")
    if len(parts) >= 2 and parts[-1].isdigit() and parts[0]:
        return Owner("StatefulSet", "-".join(parts[:-1]), 0.7, "statefulset-ordinal")
    if (
        len(parts) >= 3
        and parts[-2].isdigit()
        and len(parts[-2]) >= 8
        and _safe(parts[-1], range(5, 6))
    ):
        # CronJob pods: <cronjob>-<scheduled minutes>-<suffix>; the direct owner is the Job.
        return Owner("Job", "-".join(parts[:-1]), 0.8, "cronjob-job-pod-suffix")
    if (
        len(parts) >= 3
        and _LOOSE_SEGMENT.match(parts[-1])
        and _LOOSE_SEGMENT.match(parts[-2])
        and any(ch.isdigit() for ch in parts[-2] + parts[-1])
    ):
        # Shaped like <name>-<hash>-<suffix> but not in the safe alphabet
        # (hand-written names, test clusters): likely a Deployment, say so weakly.
        return Owner("Deployment", "-".join(parts[:-2]), 0.6, "pod-name-hash-suffix")
    if len(parts) >= 2 and _safe(parts[-1], range(5, 6)):
        # <name>-<5 chars>: DaemonSet or a bare Job; we cannot tell which.
        return Owner("DaemonSet", "-".join(parts[:-1]), 0.4, "pod-name-short-suffix")
    return None


def _from_kind_name(kind_raw: str, name: str, method: str) -> Owner | None:
    kind = _WORKLOAD_KINDS.get(kind_raw.lower())
    if not kind or not name:
        return None
    if kind == "ReplicaSet":
        deployment = deployment_from_replicaset(name)
        if deployment:
            return Owner("Deployment", deployment, 0.95, f"{method}+replicaset-hash")
    return Owner(kind, name, 1.0, method)


def derive_owner(kind: str, name: str, labels: Mapping[str, str]) -> Owner | None:
    """The controller that owns `kind/name`, or None when it owns itself or is unknown."""
    if kind == "Pod":
        for kind_label, name_label in (
            ("created_by_kind", "created_by_name"),
            ("owner_kind", "owner_name"),
            ("workload_type", "workload"),
        ):
            if labels.get(kind_label) and labels.get(name_label):
                owner = _from_kind_name(
                    labels[kind_label], labels[name_label], f"label:{kind_label}"
                )
                if owner:
                    return owner
        for label, owner_kind in (
            ("deployment", "Deployment"),
            ("statefulset", "StatefulSet"),
            ("daemonset", "DaemonSet"),
        ):
            if labels.get(label):
                return Owner(owner_kind, labels[label], 1.0, f"label:{label}")
        if labels.get("replicaset"):
            owner = _from_kind_name("replicaset", labels["replicaset"], "label:replicaset")
            if owner:
                return owner
        return owner_from_pod_name(name)
    if kind == "ReplicaSet":
        deployment = deployment_from_replicaset(name)
        return Owner("Deployment", deployment, 0.9, "replicaset-hash") if deployment else None
    if kind == "Job":
        if labels.get("owner_kind", "").lower() == "cronjob" and labels.get("owner_name"):
            return Owner("CronJob", labels["owner_name"], 1.0, "label:owner_kind")
        head, sep, tail = name.rpartition("-")
        if sep and head and tail.isdigit() and len(tail) >= 8:
            return Owner("CronJob", head, 0.8, "cronjob-job-suffix")
    return None
