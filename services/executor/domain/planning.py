"""Pure planners for workload actions: the patches to send and the bounds they respect."""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .errors import InvalidRequest, PreconditionFailed
from .model import JsonDict
from .quantities import format_cpu, format_memory, format_storage, parse_quantity

RESTARTED_AT = "kubectl.kubernetes.io/restartedAt"
REVISION = "deployment.kubernetes.io/revision"
POD_TEMPLATE_HASH = "pod-template-hash"


def restart_patch(now_iso: str) -> JsonDict:
    """``kubectl rollout restart``: a new pod-template annotation starts a rolling update."""
    return {"spec": {"template": {"metadata": {"annotations": {RESTARTED_AT: now_iso}}}}}


def scale_patch(replicas: int) -> JsonDict:
    """Body for the scale subresource."""
    return {"spec": {"replicas": replicas}}


def replace_op(path: str, value: Any) -> JsonDict:
    return {"op": "replace", "path": path, "value": value}


def with_precondition(ops: list[JsonDict], resource_version: str | None) -> list[JsonDict]:
    """Prefix a JSON patch with the object's resourceVersion.

    The API server refuses (409) an update whose resourceVersion is stale, so a patch
    planned from a read is never applied on top of somebody else's change.
    """
    if not resource_version:
        return ops
    return [replace_op("/metadata/resourceVersion", resource_version), *ops]


# --- increase_resources ------------------------------------------------------------


@dataclass(frozen=True)
class ResourceRequest:
    """What increase_resources was asked for (explicit values win over the factor)."""

    container: str | None = None
    cpu_limit: str | None = None
    memory_limit: str | None = None
    cpu_request: str | None = None
    memory_request: str | None = None
    factor: Decimal = Decimal("1.5")
    max_cpu: str | None = None
    max_memory: str | None = None
    # Which resources the factor raises: CPU throttling asks for cpu only, OOM kills for
    # memory only. Explicit values are applied whatever this says.
    resources: frozenset[str] = frozenset({"cpu", "memory"})

    def __post_init__(self) -> None:
        unknown = sorted(set(self.resources) - {"cpu", "memory"})
        if unknown or not self.resources:
            raise InvalidRequest(
                "resources must be a non-empty subset of [cpu, memory]",
                {"resources": sorted(self.resources)},
            )

    def factor_for(self, key: str) -> Decimal | None:
        """The multiplier for ``key``; None leaves an unselected resource as it is."""
        return self.factor if key in self.resources else None


@dataclass
class ResourcePlan:
    ops: list[JsonDict] = field(default_factory=list)
    changes: list[JsonDict] = field(default_factory=list)  # per container: before/after


def _bounded(
    current: str | None, explicit: str | None, factor: Decimal | None, cap: str | None, cpu: bool
) -> str | None:
    fmt = format_cpu if cpu else format_memory
    if explicit is not None:
        value = parse_quantity(explicit)
    elif factor is None:
        return current  # not selected and nothing explicit: untouched, caps do not apply
    elif current is not None:
        value = parse_quantity(current) * factor
    else:
        return None  # nothing set and nothing asked: leave it unset
    if cap is not None:
        value = min(value, parse_quantity(cap))
    if current is not None and value < parse_quantity(current):
        # The action only ever raises resources; lowering is a different decision.
        raise PreconditionFailed(
            f"refusing to lower {'cpu' if cpu else 'memory'} from {current} to {fmt(value)}",
            {"current": current, "requested": fmt(value)},
        )
    if current is not None and value == parse_quantity(current):
        return current
    return fmt(value)


def plan_resources(template: JsonDict, request: ResourceRequest) -> ResourcePlan:
    """JSON patch operations raising each selected container's requests and limits.

    A request never exceeds its limit: when the limit ends up lower (because of a cap)
    the request is clamped to it.
    """
    containers = (template.get("spec") or {}).get("containers") or []
    if request.container is not None and not any(
        c.get("name") == request.container for c in containers
    ):
        raise InvalidRequest(
            f"container {request.container!r} not found",
            {"containers": [c.get("name") for c in containers]},
        )
    plan = ResourcePlan()
    for index, container in enumerate(containers):
        if request.container is not None and container.get("name") != request.container:
            continue
        resources = copy.deepcopy(container.get("resources") or {})
        limits = dict(resources.get("limits") or {})
        requests = dict(resources.get("requests") or {})
        new_limits = {
            "cpu": _bounded(
                limits.get("cpu"),
                request.cpu_limit,
                request.factor_for("cpu"),
                request.max_cpu,
                cpu=True,
            ),
            "memory": _bounded(
                limits.get("memory"),
                request.memory_limit,
                request.factor_for("memory"),
                request.max_memory,
                cpu=False,
            ),
        }
        new_requests = {
            "cpu": _bounded(
                requests.get("cpu"),
                request.cpu_request,
                request.factor_for("cpu"),
                request.max_cpu,
                cpu=True,
            ),
            "memory": _bounded(
                requests.get("memory"),
                request.memory_request,
                request.factor_for("memory"),
                request.max_memory,
                cpu=False,
            ),
        }
        for key in ("cpu", "memory"):
            lim, req = new_limits[key], new_requests[key]
            if lim is not None and req is not None and parse_quantity(req) > parse_quantity(lim):
                new_requests[key] = lim
        after_limits = {**limits, **{k: v for k, v in new_limits.items() if v is not None}}
        after_requests = {**requests, **{k: v for k, v in new_requests.items() if v is not None}}
        new_resources = dict(resources)
        if after_limits:
            new_resources["limits"] = after_limits
        if after_requests:
            new_resources["requests"] = after_requests
        if new_resources == (container.get("resources") or {}):
            continue
        plan.ops.append(
            {
                "op": "add",
                "path": f"/spec/template/spec/containers/{index}/resources",
                "value": new_resources,
            }
        )
        plan.changes.append(
            {
                "container": container.get("name"),
                "before": container.get("resources") or {},
                "after": new_resources,
            }
        )
    if not plan.ops:
        raise PreconditionFailed(
            "nothing to change: no container has a value to raise "
            "(set explicit values or make sure requests/limits exist and are below the caps)"
        )
    return plan


# --- rollback_deployment -------------------------------------------------------------


def revision_of(obj: JsonDict) -> int | None:
    value = ((obj.get("metadata") or {}).get("annotations") or {}).get(REVISION)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def owned_by(obj: JsonDict, owner: JsonDict) -> bool:
    uid = (owner.get("metadata") or {}).get("uid")
    refs = (obj.get("metadata") or {}).get("ownerReferences") or []
    return any(r.get("uid") == uid and r.get("controller", False) for r in refs if uid)


def choose_rollback(
    deployment: JsonDict, replicasets: list[JsonDict], revision: int | None
) -> JsonDict:
    """The ReplicaSet to roll back to: ``revision``, or the newest before the current one."""
    owned = [rs for rs in replicasets if owned_by(rs, deployment) and revision_of(rs)]
    current = revision_of(deployment) or max((revision_of(rs) or 0 for rs in owned), default=0)
    if revision is not None:
        for rs in owned:
            if revision_of(rs) == revision:
                if revision == current:
                    raise PreconditionFailed(f"revision {revision} is already the current one")
                return rs
        raise PreconditionFailed(
            f"revision {revision} not found",
            {"revisions": sorted(r for rs in owned if (r := revision_of(rs)) is not None)},
        )
    older = [rs for rs in owned if (revision_of(rs) or 0) < current]
    if not older:
        raise PreconditionFailed(
            "no previous revision to roll back to",
            {
                "current_revision": current,
                "revisions": sorted(r for rs in owned if (r := revision_of(rs)) is not None),
            },
        )
    return max(older, key=lambda rs: revision_of(rs) or 0)


def rollback_template(replicaset: JsonDict) -> JsonDict:
    """The ReplicaSet's pod template without the controller-added pod-template-hash."""
    template = copy.deepcopy((replicaset.get("spec") or {}).get("template") or {})
    labels = (template.get("metadata") or {}).get("labels")
    if isinstance(labels, dict):
        labels.pop(POD_TEMPLATE_HASH, None)
    return template


# --- expand_pvc ----------------------------------------------------------------------


def expanded_size(current: str, size: str | None, increase_percent: int | None) -> str:
    """The new requested storage; it must grow (volumes never shrink)."""
    before = parse_quantity(current)
    if size is not None:
        after = parse_quantity(size)
        if after <= before:
            raise InvalidRequest(f"size {size} does not exceed the current {current}")
        return size
    percent = Decimal(increase_percent if increase_percent is not None else 50)
    return format_storage(before * (1 + percent / 100))


# --- update_hpa ----------------------------------------------------------------------


def raised_max(current: int, increase_percent: int) -> int:
    """``current`` raised by ``increase_percent`` percent, rounded up, and by at least one."""
    if increase_percent < 1:
        raise InvalidRequest(
            "increase_percent must be at least 1", {"increase_percent": increase_percent}
        )
    # Integer arithmetic: float rounding must not turn 10 * 1.1 into 12.
    return max(current + 1, math.ceil(current * (100 + increase_percent) / 100))


def hpa_patch(
    spec: JsonDict,
    min_replicas: int | None,
    max_replicas: int | None,
    increase_percent: int | None = None,
) -> JsonDict:
    """The HPA bounds patch; the resulting min must not exceed max.

    ``increase_percent`` raises the current maxReplicas when no explicit ``max_replicas``
    is given (alerts like KubeHpaMaxedOut do not carry the current bound); minReplicas
    stays as it is unless ``min_replicas`` is given too.
    """
    if min_replicas is None and max_replicas is None and increase_percent is None:
        raise InvalidRequest("give min_replicas, max_replicas and/or increase_percent")
    if max_replicas is None and increase_percent is not None:
        current = spec.get("maxReplicas")
        if not isinstance(current, int) or current < 1:
            raise PreconditionFailed(
                "the HPA has no maxReplicas to raise", {"maxReplicas": current}
            )
        max_replicas = raised_max(current, increase_percent)
    new_min = min_replicas if min_replicas is not None else spec.get("minReplicas", 1)
    new_max = max_replicas if max_replicas is not None else spec.get("maxReplicas")
    if new_max is not None and new_min > new_max:
        raise InvalidRequest(
            f"min_replicas {new_min} would exceed max_replicas {new_max}",
            {"min_replicas": new_min, "max_replicas": new_max},
        )
    body: JsonDict = {}
    if min_replicas is not None:
        body["minReplicas"] = min_replicas
    if max_replicas is not None:
        body["maxReplicas"] = max_replicas
    return {"spec": body}
