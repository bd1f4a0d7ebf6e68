"""Node actions: cordon, uncordon and drain (Eviction API, PodDisruptionBudgets honoured)."""

from __future__ import annotations

import asyncio
import time

from ..domain.drain import plan_drain, pod_ref
from ..domain.errors import EvictionBlocked, PreconditionFailed, TargetNotFound
from ..domain.model import ActionOutcome, ConditionReport, JsonDict, Permission, RestoreStep, Target
from .base import ActionContext, ActionSpec, perm


def _unschedulable(node: JsonDict) -> bool:
    return bool((node.get("spec") or {}).get("unschedulable"))


def _schedulability(unschedulable: bool) -> ActionSpec:
    verb = "cordon" if unschedulable else "uncordon"

    async def run(ctx: ActionContext) -> ActionOutcome:
        name = ctx.str_param("resource")
        node = await ctx.cluster.get("Node", name)
        was = _unschedulable(node)
        target = Target("Node", name)
        if was == unschedulable:
            return ActionOutcome(
                target,
                f"node {name} is already "
                f"{'un' if unschedulable else ''}schedulable; "
                "nothing changed",
                before={"unschedulable": was},
                after={"unschedulable": was},
            )
        # null removes the field (= schedulable), exactly what `kubectl uncordon` leaves.
        await ctx.cluster.patch(
            "Node",
            name,
            None,
            {"spec": {"unschedulable": True if unschedulable else None}},
            dry_run=ctx.dry_run,
        )

        async def probe() -> tuple[bool, str]:
            now = _unschedulable(await ctx.cluster.get("Node", name))
            return now == unschedulable, f"unschedulable={now}"

        condition = await ctx.wait_for(f"node {name} unschedulable={unschedulable}", probe)
        undo = RestoreStep(
            "patch",
            "Node",
            name,
            None,
            {"spec": {"unschedulable": True if was else None}},
            description=f"restore unschedulable={was}",
        )
        return ActionOutcome(
            target,
            f"{verb}ed node {name}",
            before={"unschedulable": was},
            after={"unschedulable": unschedulable},
            condition=condition,
            undo=[undo],
        )

    return ActionSpec(f"{verb}_node", run, lambda p: [perm("patch", "Node", None)], True)


async def drain_node(ctx: ActionContext) -> ActionOutcome:
    name = ctx.str_param("resource")
    timeout = int(ctx.opt("timeout_seconds", ctx.timeout_seconds))
    grace = ctx.opt("grace_period_seconds")
    deadline = time.monotonic() + timeout
    node = await ctx.cluster.get("Node", name)
    pods = await ctx.cluster.list("Pod", None, field_selector=f"spec.nodeName={name}")
    plan = plan_drain(pods, name, bool(ctx.opt("delete_emptydir_data", False)))
    if plan.blockers:
        # Refuse before cordoning: a drain that cannot finish should change nothing.
        raise PreconditionFailed(
            f"node {name} cannot be drained safely", {"blockers": plan.blockers}
        )
    if not _unschedulable(node):
        await ctx.cluster.patch(
            "Node", name, None, {"spec": {"unschedulable": True}}, dry_run=ctx.dry_run
        )
    evicted: list[JsonDict] = []
    blocked: list[JsonDict] = []
    for pod in plan.evict:
        ref = pod_ref(pod)
        while True:
            try:
                await ctx.cluster.evict(
                    ref["pod"], ref["namespace"], dry_run=ctx.dry_run, grace_period_seconds=grace
                )
                evicted.append({**ref, "uid": (pod.get("metadata") or {}).get("uid")})
                break
            except TargetNotFound:
                break  # it went away on its own: nothing left to evict
            except EvictionBlocked as exc:
                # 429: a PodDisruptionBudget forbids it right now; retry until the deadline
                # (in dry run nothing will change, so report it at once).
                if ctx.dry_run or time.monotonic() >= deadline:
                    blocked.append({**ref, "reason": exc.message})
                    break
                await asyncio.sleep(min(ctx.poll_interval, max(deadline - time.monotonic(), 0)))

    async def drained() -> tuple[bool, str]:
        left = []
        for item in evicted:
            try:
                pod = await ctx.cluster.get("Pod", item["pod"], item["namespace"])
            except TargetNotFound:
                continue
            if (pod.get("metadata") or {}).get("uid") == item["uid"]:
                left.append(f"{item['namespace']}/{item['pod']}")
        return not left and not blocked, (
            f"waiting for {', '.join(left)}"
            if left
            else f"{len(blocked)} pods blocked by disruption budgets"
            if blocked
            else "no evictable pod left"
        )

    condition: ConditionReport | None
    if ctx.dry_run:
        condition = None
    else:
        condition = await ctx.wait_for(
            f"node {name} drained of {len(plan.evict)} evictable pods",
            drained,
            limit_seconds=max(deadline - time.monotonic(), 0.0),
        )
    message = f"drained node {name}: {len(evicted)} pods evicted, {len(plan.skipped)} skipped" + (
        f", {len(blocked)} blocked by PodDisruptionBudgets" if blocked else ""
    )
    return ActionOutcome(
        Target("Node", name),
        message,
        before={
            "unschedulable": _unschedulable(node),
            "pods": [pod_ref(p) for p in plan.evict] + plan.skipped,
        },
        after={
            "unschedulable": True,
            "evicted": [{k: v for k, v in e.items() if k != "uid"} for e in evicted],
            "skipped": plan.skipped,
            "blocked": blocked,
        },
        condition=condition,
    )


def _drain_permissions(params: JsonDict) -> list[Permission]:
    return [
        perm("patch", "Node", None),
        perm("list", "Pod", None),
        perm("create", "Pod", None, "eviction"),
    ]


SPECS = [
    _schedulability(True),
    _schedulability(False),
    ActionSpec("drain_node", drain_node, _drain_permissions, True),
]
