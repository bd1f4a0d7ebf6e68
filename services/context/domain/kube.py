"""Shape Kubernetes API objects (plain JSON) into the context an investigator reads."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

REPLICATED = {"deployment", "statefulset", "replicaset", "daemonset"}


def _m(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _str_map(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in _m(value).items()}


def _containers(obj: Mapping[str, Any], kind: str) -> list[Mapping[str, Any]]:
    spec = _m(obj.get("spec"))
    if kind == "pod":
        pod_spec = spec
    elif kind == "cronjob":
        pod_spec = _m(_m(_m(_m(spec.get("jobTemplate")).get("spec")).get("template")).get("spec"))
    else:
        pod_spec = _m(_m(spec.get("template")).get("spec"))
    return [_m(c) for c in pod_spec.get("containers") or []]


def object_summary(kind_key: str, canonical_kind: str, obj: Mapping[str, Any]) -> dict[str, Any]:
    """Kind-aware summary: identity, labels, replicas, conditions, images, phase."""
    meta, spec, status = _m(obj.get("metadata")), _m(obj.get("spec")), _m(obj.get("status"))
    out: dict[str, Any] = {"kind": canonical_kind, "name": str(meta.get("name", ""))}
    for key, field in (
        ("namespace", "namespace"),
        ("uid", "uid"),
        ("created_at", "creationTimestamp"),
    ):
        if meta.get(field):
            out[key] = meta[field]
    if meta.get("labels"):
        out["labels"] = _str_map(meta.get("labels"))
    if kind_key == "daemonset":
        out["replicas"] = {
            "desired": status.get("desiredNumberScheduled", 0),
            "ready": status.get("numberReady", 0),
            "available": status.get("numberAvailable", 0),
            "updated": status.get("updatedNumberScheduled", 0),
        }
    elif kind_key in REPLICATED:
        out["replicas"] = {
            "desired": spec.get("replicas", 1),
            "ready": status.get("readyReplicas", 0),
            "available": status.get("availableReplicas", 0),
            "updated": status.get("updatedReplicas", 0),
        }
    conditions = [
        {k: str(c[k]) for k in ("type", "status", "reason", "message") if c.get(k) is not None}
        for c in (_m(x) for x in status.get("conditions") or [])
        if c.get("type") and c.get("status")
    ]
    if conditions:
        out["conditions"] = conditions
    images = [str(c["image"]) for c in _containers(obj, kind_key) if c.get("image")]
    if images:
        out["images"] = images
    if isinstance(status.get("phase"), str):
        out["phase"] = status["phase"]
    selector = _m(spec.get("selector"))
    match = (
        selector.get("matchLabels")
        if "matchLabels" in selector
        else (selector if kind_key == "service" else None)
    )
    if match:
        out["selector"] = _str_map(match)
    extra = _extra_status(kind_key, spec, status)
    if extra:
        out["status"] = extra
    return out


def _extra_status(
    kind_key: str, spec: Mapping[str, Any], status: Mapping[str, Any]
) -> dict[str, Any]:
    if kind_key == "node":
        return {"unschedulable": bool(spec.get("unschedulable", False))}
    if kind_key == "horizontalpodautoscaler":
        keys = ("currentReplicas", "desiredReplicas")
        out = {k: status[k] for k in keys if k in status}
        out.update({k: spec[k] for k in ("minReplicas", "maxReplicas") if k in spec})
        return out
    if kind_key == "persistentvolumeclaim":
        cap = _m(status.get("capacity")).get("storage")
        req = _m(_m(spec.get("resources")).get("requests")).get("storage")
        return {k: v for k, v in {"capacity": cap, "requested": req}.items() if v}
    return {}


def pod_state(pod: Mapping[str, Any]) -> dict[str, Any]:
    meta, spec, status = _m(pod.get("metadata")), _m(pod.get("spec")), _m(pod.get("status"))
    containers = []
    for cs in (_m(c) for c in status.get("containerStatuses") or []):
        state = _m(cs.get("state"))
        name = next((k for k in ("running", "waiting", "terminated") if k in state), "unknown")
        entry: dict[str, Any] = {
            "name": str(cs.get("name", "")),
            "ready": bool(cs.get("ready")),
            "restart_count": int(cs.get("restartCount") or 0),
            "state": name,
        }
        reason = _m(state.get(name)).get("reason") if name != "unknown" else None
        if reason:
            entry["reason"] = str(reason)
        last = _m(_m(cs.get("lastState")).get("terminated")).get("reason")
        if last:
            entry["last_termination_reason"] = str(last)
        if cs.get("image"):
            entry["image"] = str(cs["image"])
        containers.append(entry)
    conds = [_m(c) for c in status.get("conditions") or []]
    ready_cond = next((c for c in conds if c.get("type") == "Ready"), None)
    ready = (
        ready_cond.get("status") == "True"
        if ready_cond is not None
        else bool(containers) and all(c["ready"] for c in containers)
    )
    out: dict[str, Any] = {
        "name": str(meta.get("name", "")),
        "ready": ready,
        "restarts": sum(c["restart_count"] for c in containers),
        "containers": containers,
    }
    if status.get("phase"):
        out["phase"] = str(status["phase"])
    if spec.get("nodeName"):
        out["node"] = str(spec["nodeName"])
    return out


def _event_time(ev: Mapping[str, Any]) -> str:
    return str(
        ev.get("lastTimestamp")
        or ev.get("eventTime")
        or ev.get("firstTimestamp")
        or _m(ev.get("metadata")).get("creationTimestamp")
        or ""
    )


def relevant_events(
    events: Iterable[Mapping[str, Any]],
    kind: str,
    name: str,
    related: Sequence[tuple[str, str]],
    limit: int,
) -> list[dict[str, Any]]:
    """Events about the object or a related one (its pods, its ReplicaSets), newest first."""
    wanted = {(kind.lower(), name), *((k.lower(), n) for k, n in related)}
    picked = []
    for ev in events:
        obj = _m(ev.get("involvedObject") or ev.get("regarding"))
        key = (str(obj.get("kind", "")).lower(), str(obj.get("name", "")))
        if key in wanted:
            picked.append(ev)
    picked.sort(key=_event_time, reverse=True)
    out = []
    for ev in picked[:limit]:
        obj = _m(ev.get("involvedObject") or ev.get("regarding"))
        entry: dict[str, Any] = {
            "reason": str(ev.get("reason", "")),
            "object_kind": str(obj.get("kind", "")),
            "object_name": str(obj.get("name", "")),
        }
        for out_key, field in (
            ("type", "type"),
            ("message", "message"),
            ("count", "count"),
            ("first_seen", "firstTimestamp"),
        ):
            if ev.get(field) is not None:
                entry[out_key] = ev[field]
        last = _event_time(ev)
        if last:
            entry["last_seen"] = last
        out.append(entry)
    return out
