"""Health of a workload from its Kubernetes objects (plain JSON dicts as the API returns them)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .model import SignalResult
from .timeparse import parse_time

REPLICATED_KINDS = frozenset({"deployment", "statefulset", "replicaset", "daemonset"})
RESTART_PENALTY_PER_RESTART = 0.1
MAX_RESTART_PENALTY = 0.3
OOM_PENALTY = 0.3
CRASHLOOP_CAP = 0.1


@dataclass(frozen=True)
class PodSnapshot:
    name: str
    phase: str | None
    ready: bool
    restarts: int
    waiting_reasons: tuple[str, ...] = ()
    terminations: tuple[tuple[str, datetime | None], ...] = ()

    @property
    def crashlooping(self) -> bool:
        return "CrashLoopBackOff" in self.waiting_reasons


@dataclass(frozen=True)
class WorkloadSnapshot:
    kind: str
    name: str
    namespace: str | None
    exists: bool
    desired: int | None = None
    ready: int | None = None
    pods: tuple[PodSnapshot, ...] = ()
    condition_ready: bool | None = None
    phase: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def pod_snapshot(pod: Mapping[str, Any]) -> PodSnapshot:
    meta = _mapping(pod.get("metadata"))
    status = _mapping(pod.get("status"))
    statuses = [_mapping(c) for c in status.get("containerStatuses") or []]
    waiting: list[str] = []
    terminations: list[tuple[str, datetime | None]] = []
    for cs in statuses:
        state, last = _mapping(cs.get("state")), _mapping(cs.get("lastState"))
        reason = _mapping(state.get("waiting")).get("reason")
        if isinstance(reason, str):
            waiting.append(reason)
        for term in (_mapping(state.get("terminated")), _mapping(last.get("terminated"))):
            if term.get("reason"):
                terminations.append((str(term["reason"]), parse_time(term.get("finishedAt"))))
    conditions = [_mapping(c) for c in status.get("conditions") or []]
    ready_cond = next((c for c in conditions if c.get("type") == "Ready"), None)
    if ready_cond is not None:
        ready = ready_cond.get("status") == "True"
    else:
        ready = bool(statuses) and all(cs.get("ready") is True for cs in statuses)
    return PodSnapshot(
        name=str(meta.get("name", "")),
        phase=status.get("phase"),
        ready=ready,
        restarts=sum(_int(cs.get("restartCount")) or 0 for cs in statuses),
        waiting_reasons=tuple(waiting),
        terminations=tuple(terminations),
    )


def workload_snapshot(
    kind: str,
    name: str,
    namespace: str | None,
    obj: Mapping[str, Any] | None,
    pods: Sequence[Mapping[str, Any]] = (),
) -> WorkloadSnapshot:
    """Reduce a workload and its pods to the facts health scoring needs."""
    if obj is None:
        return WorkloadSnapshot(kind, name, namespace, exists=False)
    spec = _mapping(obj.get("spec"))
    status = _mapping(obj.get("status"))
    k = kind.lower()
    pod_snaps = tuple(pod_snapshot(p) for p in pods)
    if k == "daemonset":
        desired = _int(status.get("desiredNumberScheduled"))
        ready = _int(status.get("numberReady")) or 0
    elif k in REPLICATED_KINDS:
        desired = _int(spec.get("replicas"))
        desired = 1 if desired is None else desired
        ready = _int(status.get("readyReplicas")) or 0
    else:
        desired = ready = None
    condition_ready: bool | None = None
    if k == "node":
        conds = [_mapping(c) for c in status.get("conditions") or []]
        rc = next((c for c in conds if c.get("type") == "Ready"), None)
        condition_ready = None if rc is None else rc.get("status") == "True"
    if k == "pod":
        pod_snaps = (pod_snapshot(obj),)
    phase = status.get("phase") if isinstance(status.get("phase"), str) else None
    return WorkloadSnapshot(
        kind,
        name,
        namespace,
        exists=True,
        desired=desired,
        ready=ready,
        pods=pod_snaps,
        condition_ready=condition_ready,
        phase=phase,
    )


def restart_counts(snapshot: WorkloadSnapshot) -> dict[str, int]:
    """Per-pod restart counters: the baseline taken when the assessment is scheduled."""
    return {pod.name: pod.restarts for pod in snapshot.pods}


def _base_ratio(snap: WorkloadSnapshot) -> tuple[float | None, str]:
    k = snap.kind.lower()
    if k in REPLICATED_KINDS:
        desired, ready = snap.desired or 0, snap.ready or 0
        if desired == 0:
            return 1.0, "scaled to 0 replicas"
        return min(1.0, ready / desired), f"{ready}/{desired} replicas ready"
    if k == "pod":
        pod = snap.pods[0]
        if pod.phase == "Succeeded":
            return 1.0, "pod completed"
        return (
            1.0 if pod.ready else 0.0
        ), f"pod {'ready' if pod.ready else 'not ready'} ({pod.phase})"
    if k == "node":
        if snap.condition_ready is None:
            return None, "node has no Ready condition"
        return (
            1.0 if snap.condition_ready else 0.0
        ), f"node {'Ready' if snap.condition_ready else 'NotReady'}"
    if k in {"persistentvolumeclaim", "pvc"}:
        return (1.0 if snap.phase == "Bound" else 0.0), f"claim {snap.phase or 'unknown'}"
    return None, f"no health model for kind {snap.kind}"


def _oom_since(pod: PodSnapshot, baseline: Mapping[str, int], executed_at: datetime) -> bool:
    """An OOM kill counts only if it happened after the action (older ones are the cause)."""
    for reason, at in pod.terminations:
        if reason != "OOMKilled":
            continue
        if at is not None and at >= executed_at:
            return True
        if at is None and pod.restarts > baseline.get(pod.name, 0):
            return True
    return False


def assess_health(
    snap: WorkloadSnapshot,
    baseline_restarts: Mapping[str, int],
    executed_at: datetime,
) -> SignalResult:
    """Score 0..1: readiness ratio, minus restarts and OOM kills since the action;
    a crash-looping pod caps the score near zero."""
    if not snap.exists:
        if snap.kind.lower() in REPLICATED_KINDS:
            return SignalResult(
                True, 0.0, f"{snap.kind} {snap.name} no longer exists", {"exists": False}
            )
        # A deleted pod or quarantined object is often the point of the action.
        return SignalResult.unavailable(f"{snap.kind} {snap.name} no longer exists", exists=False)
    ratio, summary = _base_ratio(snap)
    if ratio is None:
        return SignalResult.unavailable(summary)
    parts = [summary]
    restart_delta = sum(max(0, p.restarts - baseline_restarts.get(p.name, 0)) for p in snap.pods)
    oom = [p.name for p in snap.pods if _oom_since(p, baseline_restarts, executed_at)]
    crashloop = [p.name for p in snap.pods if p.crashlooping]
    score = ratio
    if restart_delta:
        score -= min(MAX_RESTART_PENALTY, RESTART_PENALTY_PER_RESTART * restart_delta)
        parts.append(f"{restart_delta} restart(s) since the action")
    else:
        parts.append("no restarts since the action")
    if oom:
        score -= OOM_PENALTY
        parts.append(f"OOMKilled: {', '.join(oom)}")
    if crashloop:
        score = min(score, CRASHLOOP_CAP)
        parts.append(f"CrashLoopBackOff: {', '.join(crashloop)}")
    score = round(max(0.0, min(1.0, score)), 4)
    observations: dict[str, Any] = {
        "desired": snap.desired,
        "ready": snap.ready,
        "restarts_since_action": restart_delta,
        "oom_killed": oom,
        "crash_looping": crashloop,
        "pods": len(snap.pods),
    }
    return SignalResult(
        True, score, ", ".join(parts), {k: v for k, v in observations.items() if v is not None}
    )
