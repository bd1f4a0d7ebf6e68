"""Reading health out of object status: rollout progress, pod readiness, crash loops."""

from __future__ import annotations

from .model import JsonDict


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


def rollout_done(kind: str, obj: JsonDict) -> tuple[bool, str]:
    """Whether a workload finished rolling out (the ``kubectl rollout status`` rules)."""
    meta, spec, status = obj.get("metadata") or {}, obj.get("spec") or {}, obj.get("status") or {}
    generation = _int(meta.get("generation"))
    observed = _int(status.get("observedGeneration"))
    if generation and observed < generation:
        return False, f"waiting for the controller to observe generation {generation}"
    if kind == "DaemonSet":
        desired = _int(status.get("desiredNumberScheduled"))
        updated = _int(status.get("updatedNumberScheduled"))
        available = _int(status.get("numberAvailable"))
        text = f"{updated}/{desired} updated, {available}/{desired} available"
        return updated >= desired and available >= desired, text
    desired = _int(spec.get("replicas", 1))
    updated = _int(status.get("updatedReplicas"))
    ready = _int(status.get("readyReplicas"))
    available = _int(status.get("availableReplicas", ready))
    total = _int(status.get("replicas"))
    text = f"{updated}/{desired} updated, {ready}/{desired} ready, {available} available"
    if kind == "StatefulSet":
        return updated >= desired and ready >= desired, text
    return updated >= desired and total <= updated and available >= desired, text


def pod_ready(pod: JsonDict) -> bool:
    for cond in (pod.get("status") or {}).get("conditions") or []:
        if cond.get("type") == "Ready":
            return bool(cond.get("status") == "True")
    return False


def pod_health(pod: JsonDict) -> JsonDict:
    meta, status = pod.get("metadata") or {}, pod.get("status") or {}
    statuses = (status.get("containerStatuses") or []) + (status.get("initContainerStatuses") or [])
    restarts = sum(_int(s.get("restartCount")) for s in statuses)
    oom = any(
        ((s.get("lastState") or {}).get("terminated") or {}).get("reason") == "OOMKilled"
        or ((s.get("state") or {}).get("terminated") or {}).get("reason") == "OOMKilled"
        for s in statuses
    )
    crash = any(
        ((s.get("state") or {}).get("waiting") or {}).get("reason") == "CrashLoopBackOff"
        for s in statuses
    )
    out: JsonDict = {
        "name": meta.get("name"),
        "phase": status.get("phase", "Unknown"),
        "ready": pod_ready(pod),
        "restarts": restarts,
        "oom_killed": oom,
        "crash_looping": crash,
    }
    node = (pod.get("spec") or {}).get("nodeName")
    if node:
        out["node"] = node
    return out


def replica_counts(kind: str, obj: JsonDict) -> JsonDict:
    spec, status = obj.get("spec") or {}, obj.get("status") or {}
    if kind == "DaemonSet":
        return {
            "desired": _int(status.get("desiredNumberScheduled")),
            "ready": _int(status.get("numberReady")),
            "available": _int(status.get("numberAvailable")),
            "updated": _int(status.get("updatedNumberScheduled")),
        }
    return {
        "desired": _int(spec.get("replicas", 1)),
        "ready": _int(status.get("readyReplicas")),
        "available": _int(status.get("availableReplicas")),
        "updated": _int(status.get("updatedReplicas")),
    }


def conditions(obj: JsonDict) -> list[JsonDict]:
    out = []
    for cond in (obj.get("status") or {}).get("conditions") or []:
        item = {"type": str(cond.get("type", "")), "status": str(cond.get("status", ""))}
        for key in ("reason", "message"):
            if cond.get(key):
                item[key] = str(cond[key])
        out.append(item)
    return out


def summarize_pods(pods: list[JsonDict]) -> JsonDict:
    health = [pod_health(p) for p in pods]
    return {
        "pods": health,
        "restarts_total": sum(h["restarts"] for h in health),
        "oom_killed": any(h["oom_killed"] for h in health),
        "crash_looping": any(h["crash_looping"] for h in health),
    }


def node_ready(node: JsonDict) -> bool:
    return any(
        c.get("type") == "Ready" and c.get("status") == "True"
        for c in (node.get("status") or {}).get("conditions") or []
    )
