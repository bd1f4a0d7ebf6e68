"""Choosing what a node drain evicts, and how a pod is quarantined."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import JsonDict
from .selectors import service_selects

MIRROR_ANNOTATION = "kubernetes.io/config.mirror"
QUARANTINE_LABEL = "kubernaut.io/quarantine"
QUARANTINED_LABELS_ANNOTATION = "kubernaut.io/quarantined-labels"


@dataclass
class DrainPlan:
    evict: list[JsonDict] = field(default_factory=list)
    skipped: list[JsonDict] = field(default_factory=list)  # {pod, namespace, reason}
    blockers: list[JsonDict] = field(default_factory=list)


def _controller(pod: JsonDict) -> JsonDict | None:
    for ref in (pod.get("metadata") or {}).get("ownerReferences") or []:
        if ref.get("controller"):
            return dict(ref)
    return None


def pod_ref(pod: JsonDict) -> JsonDict:
    meta = pod.get("metadata") or {}
    return {"pod": meta.get("name"), "namespace": meta.get("namespace")}


def plan_drain(pods: list[JsonDict], node: str, delete_emptydir_data: bool) -> DrainPlan:
    """Which pods on ``node`` to evict, skip or refuse to touch (as ``kubectl drain``).

    DaemonSet pods would be recreated on the node at once and mirror (static) pods
    cannot be evicted through the API: both are skipped. Finished pods need no eviction.
    Pods without a controller would be lost for good and pods with emptyDir data would
    lose it, so they block the drain unless explicitly allowed.
    """
    plan = DrainPlan()
    for pod in pods:
        if (pod.get("spec") or {}).get("nodeName") != node:
            continue  # field selectors are advisory: filter locally as well
        meta = pod.get("metadata") or {}
        if meta.get("deletionTimestamp"):
            plan.skipped.append({**pod_ref(pod), "reason": "already terminating"})
            continue
        if MIRROR_ANNOTATION in (meta.get("annotations") or {}):
            plan.skipped.append({**pod_ref(pod), "reason": "mirror pod"})
            continue
        owner = _controller(pod)
        if owner is not None and owner.get("kind") == "DaemonSet":
            plan.skipped.append({**pod_ref(pod), "reason": "DaemonSet pod"})
            continue
        if (pod.get("status") or {}).get("phase") in ("Succeeded", "Failed"):
            plan.skipped.append({**pod_ref(pod), "reason": "finished"})
            continue
        if owner is None:
            plan.blockers.append(
                {**pod_ref(pod), "reason": "no controller: it would not come back"}
            )
            continue
        volumes = (pod.get("spec") or {}).get("volumes") or []
        if any("emptyDir" in v for v in volumes) and not delete_emptydir_data:
            plan.blockers.append(
                {**pod_ref(pod), "reason": "uses emptyDir (set delete_emptydir_data to allow)"}
            )
            continue
        plan.evict.append(pod)
    return plan


def eviction_body(name: str, namespace: str, grace_period_seconds: int | None) -> JsonDict:
    body: JsonDict = {
        "apiVersion": "policy/v1",
        "kind": "Eviction",
        "metadata": {"name": name, "namespace": namespace},
    }
    if grace_period_seconds is not None:
        body["deleteOptions"] = {"gracePeriodSeconds": grace_period_seconds}
    return body


@dataclass
class QuarantinePlan:
    label_patch: JsonDict
    removed_labels: dict[str, str]
    restore_patch: JsonDict
    network_policy: JsonDict
    services: list[str]


def network_policy_name(pod: str) -> str:
    return f"kubernaut-quarantine-{pod}"[:253]


def plan_quarantine(
    pod: JsonDict, services: list[JsonDict], controller_selector: dict[str, str]
) -> QuarantinePlan:
    """Relabel a pod out of its Services and controller, and isolate it.

    The labels that Services (and the owning controller) select on are removed, so
    the endpoints controller drops the pod from every Service and the controller
    starts a replacement; a deny-all NetworkPolicy selecting the quarantine label
    cuts its traffic. The pod itself keeps running for investigation.
    """
    meta = pod.get("metadata") or {}
    name = str(meta.get("name"))
    labels: dict[str, str] = dict(meta.get("labels") or {})
    selecting = [
        s for s in services if service_selects((s.get("spec") or {}).get("selector"), labels)
    ]
    keys: set[str] = set(controller_selector)
    for service in selecting:
        keys |= set((service.get("spec") or {}).get("selector") or {})
    removed = {k: labels[k] for k in sorted(keys) if k in labels}
    label_patch: JsonDict = {
        "metadata": {
            "labels": {**dict.fromkeys(removed), QUARANTINE_LABEL: name},
            "annotations": {
                QUARANTINED_LABELS_ANNOTATION: ",".join(f"{k}={v}" for k, v in removed.items())
            },
        }
    }
    restore_patch: JsonDict = {
        "metadata": {
            "labels": {**removed, QUARANTINE_LABEL: None},
            "annotations": {QUARANTINED_LABELS_ANNOTATION: None},
        }
    }
    policy: JsonDict = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {
            "name": network_policy_name(name),
            "namespace": meta.get("namespace"),
            "labels": {"app.kubernetes.io/managed-by": "kubernaut"},
        },
        "spec": {
            "podSelector": {"matchLabels": {QUARANTINE_LABEL: name}},
            "policyTypes": ["Ingress", "Egress"],
        },
    }
    return QuarantinePlan(
        label_patch=label_patch,
        removed_labels=removed,
        restore_patch=restore_patch,
        network_policy=policy,
        services=[str((s.get("metadata") or {}).get("name")) for s in selecting],
    )
