"""Read-only actions: collect_diagnostics and the target health used by getTargetState."""

from __future__ import annotations

from datetime import UTC, datetime

from ..domain import health
from ..domain.errors import ExecutorError, InvalidRequest
from ..domain.kinds import WORKLOAD_KINDS, kind_info
from ..domain.model import ActionOutcome, JsonDict, Target
from ..domain.selectors import matches, to_query
from ..ports import Cluster
from .base import ActionContext, ActionSpec

MAX_LOG_PODS = 3
MAX_EVENTS = 20


def _meta(obj: JsonDict) -> JsonDict:
    return obj.get("metadata") or {}


def canonical_kind(kind: str) -> str:
    try:
        return kind_info(kind).kind
    except KeyError:
        raise InvalidRequest(f"unsupported kind {kind!r}", {"kind": kind}) from None


async def pods_of(
    cluster: Cluster, kind: str, obj: JsonDict, namespace: str | None
) -> list[JsonDict]:
    """The pods a target stands for: itself, its selector's pods, or a node's pods."""
    if kind == "Pod":
        return [obj]
    if kind == "Node":
        name = _meta(obj).get("name")
        pods = await cluster.list("Pod", None, field_selector=f"spec.nodeName={name}")
        return [p for p in pods if (p.get("spec") or {}).get("nodeName") == name]
    selector = (obj.get("spec") or {}).get("selector") or {}
    if kind in (*WORKLOAD_KINDS, "Job") and selector:
        pods = await cluster.list(
            "Pod", namespace, label_selector=to_query(selector.get("matchLabels") or {})
        )
        return [p for p in pods if matches(selector, _meta(p).get("labels"))]
    return []


async def target_state(cluster: Cluster, namespace: str | None, kind: str, name: str) -> JsonDict:
    kind = canonical_kind(kind)
    namespace = namespace if kind_info(kind).namespaced else None
    obj = await cluster.get(kind, name, namespace)
    pods = await pods_of(cluster, kind, obj, namespace)
    summary = health.summarize_pods(pods)
    state: JsonDict = {
        "kind": kind,
        "name": name,
        "exists": True,
        **summary,
        "conditions": health.conditions(obj),
        "observed_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
    }
    if namespace:
        state["namespace"] = namespace
    details: JsonDict = {}
    if kind in WORKLOAD_KINDS:
        counts = health.replica_counts(kind, obj)
        state["replicas"] = counts
        done, text = health.rollout_done(kind, obj)
        details["rollout"] = text
        healthy = done and counts["ready"] >= counts["desired"]
    elif kind == "Pod":
        healthy = bool(pods) and summary["pods"][0]["ready"]
    elif kind == "Node":
        details["unschedulable"] = bool((obj.get("spec") or {}).get("unschedulable"))
        healthy = health.node_ready(obj) and not details["unschedulable"]
    elif kind == "PersistentVolumeClaim":
        status = obj.get("status") or {}
        details["capacity"] = (status.get("capacity") or {}).get("storage")
        details["phase"] = status.get("phase")
        healthy = status.get("phase") == "Bound"
    elif kind == "HorizontalPodAutoscaler":
        spec, status = obj.get("spec") or {}, obj.get("status") or {}
        details.update(
            min_replicas=spec.get("minReplicas", 1),
            max_replicas=spec.get("maxReplicas"),
            current_replicas=status.get("currentReplicas"),
            desired_replicas=status.get("desiredReplicas"),
        )
        healthy = status.get("currentReplicas") != spec.get("maxReplicas")
    else:
        healthy = all(c["status"] != "False" for c in state["conditions"])
    state["healthy"] = bool(healthy and not summary["crash_looping"])
    if details:
        state["details"] = details
    return state


def _describe(kind: str, obj: JsonDict, state: JsonDict, events: list[JsonDict]) -> str:
    meta = _meta(obj)
    lines = [
        f"Name:         {meta.get('name')}",
        f"Namespace:    {meta.get('namespace', '')}",
        f"Kind:         {kind}",
        "Labels:       " + ", ".join(f"{k}={v}" for k, v in (meta.get("labels") or {}).items()),
        f"Healthy:      {state['healthy']}",
    ]
    if "replicas" in state:
        r = state["replicas"]
        lines.append(
            f"Replicas:     {r['desired']} desired | {r['updated']} updated | "
            f"{r['ready']} ready | {r['available']} available"
        )
    template = ((obj.get("spec") or {}).get("template") or {}).get("spec") or obj.get("spec") or {}
    for c in template.get("containers") or []:
        lines.append(
            f"Container:    {c.get('name')} image={c.get('image')} "
            f"resources={c.get('resources') or {}}"
        )
    for cond in state["conditions"]:
        lines.append(f"Condition:    {cond['type']}={cond['status']} {cond.get('reason', '')}")
    for pod in state["pods"]:
        lines.append(
            f"Pod:          {pod['name']} {pod['phase']} ready={pod['ready']} "
            f"restarts={pod['restarts']} oom_killed={pod['oom_killed']} "
            f"crash_looping={pod['crash_looping']}"
        )
    lines.append("Events:")
    for ev in events:
        lines.append(f"  {ev['type']:<8} {ev['reason']:<20} x{ev['count']} {ev['message']}")
    return "\n".join(lines)


async def collect_diagnostics(ctx: ActionContext) -> ActionOutcome:
    name = ctx.str_param("resource")
    kind = canonical_kind(str(ctx.opt("kind", "Pod")))
    namespace = ctx.opt("namespace") if kind_info(kind).namespaced else None
    if kind_info(kind).namespaced and not namespace:
        raise InvalidRequest("parameter 'namespace' is required for namespaced kinds")
    tail = int(ctx.opt("tail_lines", 200))
    obj = await ctx.cluster.get(kind, name, namespace)
    state = await target_state(ctx.cluster, namespace, kind, name)
    raw_events = await ctx.cluster.list("Event", namespace) if namespace else []
    pod_names = {p["name"] for p in state["pods"]}
    related = [
        e for e in raw_events if (e.get("involvedObject") or {}).get("name") in {name, *pod_names}
    ]
    related.sort(key=lambda e: str(e.get("lastTimestamp") or e.get("eventTime") or ""))
    events = [
        {
            "type": e.get("type", ""),
            "reason": e.get("reason", ""),
            "message": e.get("message", ""),
            "count": e.get("count", 1),
            "object": f"{(e.get('involvedObject') or {}).get('kind')}/"
            f"{(e.get('involvedObject') or {}).get('name')}",
            "last_timestamp": e.get("lastTimestamp"),
        }
        for e in related[-MAX_EVENTS:]
    ]
    logs: JsonDict = {}
    pods = await pods_of(ctx.cluster, kind, obj, namespace)
    for pod in pods[:MAX_LOG_PODS]:
        pod_name = str(_meta(pod).get("name"))
        for container in (pod.get("spec") or {}).get("containers") or []:
            cname = str(container.get("name"))
            try:
                text = await ctx.cluster.pod_logs(
                    pod_name, str(_meta(pod).get("namespace")), cname, tail
                )
            except ExecutorError as exc:  # a log that cannot be read is itself a finding
                text = f"<logs unavailable: {exc.message}>"
            logs[f"{pod_name}/{cname}"] = text
    diagnostics = {
        "summary": _describe(kind, obj, state, events),
        "state": state,
        "events": events,
        "logs": logs,
    }
    return ActionOutcome(
        Target(kind, name, namespace),
        f"collected diagnostics of {kind.lower()} "
        f"{namespace + '/' if namespace else ''}{name}: {len(events)} events, "
        f"{len(logs)} container logs",
        before=state,
        diagnostics=diagnostics,
    )


SPECS = [
    ActionSpec("collect_diagnostics", collect_diagnostics, lambda p: [], False),
]

__all__ = ["SPECS", "target_state"]
