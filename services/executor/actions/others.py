"""PVC expansion, HPA bounds, pod quarantine and notify_only."""

from __future__ import annotations

from ..domain import planning
from ..domain.drain import network_policy_name, plan_quarantine
from ..domain.errors import PreconditionFailed, TargetNotFound
from ..domain.kinds import KINDS
from ..domain.model import ActionOutcome, JsonDict, RestoreStep, Target
from ..domain.quantities import parse_quantity
from ..domain.selectors import service_selects
from .base import ActionContext, ActionSpec, perm


def _ns(p: JsonDict) -> str | None:
    ns = p.get("namespace")
    return ns if isinstance(ns, str) else None


async def expand_pvc(ctx: ActionContext) -> ActionOutcome:
    namespace, name = ctx.str_param("namespace"), ctx.str_param("resource")
    pvc = await ctx.cluster.get("PersistentVolumeClaim", name, namespace)
    spec = pvc.get("spec") or {}
    class_name = spec.get("storageClassName")
    if not class_name:
        raise PreconditionFailed(
            f"pvc {namespace}/{name} has no StorageClass; it cannot be expanded"
        )
    storage_class = await ctx.cluster.get("StorageClass", class_name)
    if storage_class.get("allowVolumeExpansion") is not True:
        raise PreconditionFailed(
            f"StorageClass {class_name} does not allow volume expansion",
            {"storage_class": class_name},
        )
    current = str(((spec.get("resources") or {}).get("requests") or {}).get("storage", ""))
    if not current:
        raise PreconditionFailed(f"pvc {namespace}/{name} has no storage request")
    new_size = planning.expanded_size(current, ctx.opt("size"), ctx.opt("increase_percent"))
    await ctx.cluster.patch(
        "PersistentVolumeClaim",
        name,
        namespace,
        {"spec": {"resources": {"requests": {"storage": new_size}}}},
        dry_run=ctx.dry_run,
    )

    async def resized() -> tuple[bool, str]:
        obj = await ctx.cluster.get("PersistentVolumeClaim", name, namespace)
        status = obj.get("status") or {}
        capacity = str((status.get("capacity") or {}).get("storage", "0"))
        pending = [c.get("type") for c in status.get("conditions") or []]
        reached = parse_quantity(capacity) >= parse_quantity(new_size)
        return reached, f"capacity {capacity}" + (f", conditions {pending}" if pending else "")

    condition = await ctx.wait_for(f"pvc {namespace}/{name} capacity reaches {new_size}", resized)
    return ActionOutcome(
        Target("PersistentVolumeClaim", name, namespace),
        f"expanded pvc {namespace}/{name} from {current} to {new_size}",
        before={
            "requested": current,
            "capacity": ((pvc.get("status") or {}).get("capacity") or {}).get("storage"),
            "storage_class": class_name,
        },
        after={"requested": new_size},
        condition=condition,
    )


async def update_hpa(ctx: ActionContext) -> ActionOutcome:
    namespace, name = ctx.str_param("namespace"), ctx.str_param("resource")
    kind = "HorizontalPodAutoscaler"
    hpa = await ctx.cluster.get(kind, name, namespace)
    spec = hpa.get("spec") or {}
    body = planning.hpa_patch(
        spec, ctx.opt("min_replicas"), ctx.opt("max_replicas"), ctx.opt("increase_percent")
    )
    before = {"min_replicas": spec.get("minReplicas", 1), "max_replicas": spec.get("maxReplicas")}
    await ctx.cluster.patch(kind, name, namespace, body, dry_run=ctx.dry_run)
    wanted = {
        **before,
        **{
            ("min_replicas" if k == "minReplicas" else "max_replicas"): v
            for k, v in body["spec"].items()
        },
    }

    async def applied() -> tuple[bool, str]:
        now = (await ctx.cluster.get(kind, name, namespace)).get("spec") or {}
        seen = {"min_replicas": now.get("minReplicas", 1), "max_replicas": now.get("maxReplicas")}
        return seen == wanted, f"min {seen['min_replicas']}, max {seen['max_replicas']}"

    condition = await ctx.wait_for(
        f"hpa {namespace}/{name} bounds are {wanted['min_replicas']}..{wanted['max_replicas']}",
        applied,
    )
    undo = RestoreStep(
        "patch",
        kind,
        name,
        namespace,
        {"spec": {"minReplicas": before["min_replicas"], "maxReplicas": before["max_replicas"]}},
        description="restore previous HPA bounds",
    )
    return ActionOutcome(
        Target(kind, name, namespace),
        f"updated hpa {namespace}/{name} bounds from "
        f"{before['min_replicas']}..{before['max_replicas']} to "
        f"{wanted['min_replicas']}..{wanted['max_replicas']}",
        before=before,
        after=wanted,
        condition=condition,
        undo=[undo],
    )


async def _controller_selector(ctx: ActionContext, pod: JsonDict, namespace: str) -> dict[str, str]:
    for ref in (pod.get("metadata") or {}).get("ownerReferences") or []:
        if ref.get("controller") and ref.get("kind") in KINDS:
            try:
                owner = await ctx.cluster.get(str(ref["kind"]), str(ref.get("name")), namespace)
            except TargetNotFound:
                return {}
            selector = (owner.get("spec") or {}).get("selector") or {}
            return dict(selector.get("matchLabels") or {})
    return {}


async def quarantine_pod(ctx: ActionContext) -> ActionOutcome:
    namespace, name = ctx.str_param("namespace"), ctx.str_param("resource")
    pod = await ctx.cluster.get("Pod", name, namespace)
    labels = (pod.get("metadata") or {}).get("labels") or {}
    if "kubernaut.io/quarantine" in labels:
        raise PreconditionFailed(f"pod {namespace}/{name} is already quarantined")
    services = await ctx.cluster.list("Service", namespace)
    plan = plan_quarantine(pod, services, await _controller_selector(ctx, pod, namespace))
    await ctx.cluster.create("NetworkPolicy", namespace, plan.network_policy, dry_run=ctx.dry_run)
    patched = await ctx.cluster.patch("Pod", name, namespace, plan.label_patch, dry_run=ctx.dry_run)
    policy = network_policy_name(name)

    async def isolated() -> tuple[bool, str]:
        now = ((await ctx.cluster.get("Pod", name, namespace)).get("metadata") or {}).get(
            "labels"
        ) or {}
        still = [
            str((s.get("metadata") or {}).get("name"))
            for s in await ctx.cluster.list("Service", namespace)
            if service_selects((s.get("spec") or {}).get("selector"), now)
        ]
        return not still, (
            f"still selected by {', '.join(still)}" if still else "selected by no Service"
        )

    condition = await ctx.wait_for(f"pod {namespace}/{name} out of every Service", isolated)
    undo = [
        RestoreStep(
            "delete",
            "NetworkPolicy",
            policy,
            namespace,
            description=f"delete NetworkPolicy {policy}",
        ),
        RestoreStep(
            "patch",
            "Pod",
            name,
            namespace,
            plan.restore_patch,
            description="restore the pod's labels",
        ),
    ]
    return ActionOutcome(
        Target("Pod", name, namespace),
        f"quarantined pod {namespace}/{name}: removed labels {plan.removed_labels}, "
        f"left Services {plan.services or '[]'}, NetworkPolicy {policy} denies its traffic",
        before={"labels": labels, "services": plan.services},
        after={
            "labels": (patched.get("metadata") or {}).get("labels") or {},
            "network_policy": policy,
        },
        condition=condition,
        undo=undo,
    )


async def notify_only(ctx: ActionContext) -> ActionOutcome:
    reason = ctx.opt("reason") or "no action on the cluster"
    resource = ctx.opt("resource") or "-"
    return ActionOutcome(Target("None", str(resource), _ns(ctx.params)), f"notify only: {reason}")


SPECS = [
    ActionSpec(
        "expand_pvc", expand_pvc, lambda p: [perm("patch", "PersistentVolumeClaim", _ns(p))], True
    ),
    ActionSpec(
        "update_hpa", update_hpa, lambda p: [perm("patch", "HorizontalPodAutoscaler", _ns(p))], True
    ),
    ActionSpec(
        "quarantine_pod",
        quarantine_pod,
        lambda p: [perm("patch", "Pod", _ns(p)), perm("create", "NetworkPolicy", _ns(p))],
        True,
    ),
    ActionSpec("notify_only", notify_only, lambda p: [], False),
]
