"""Pod and workload actions: restart/delete pods, rollout restart, scale, resources, rollback."""

from __future__ import annotations

from decimal import Decimal

from ..domain import planning
from ..domain.errors import PreconditionFailed, TargetNotFound
from ..domain.health import pod_health, pod_ready, rollout_done
from ..domain.kinds import WORKLOAD_KINDS
from ..domain.model import ActionOutcome, JsonDict, RestoreStep, Target
from ..domain.selectors import to_query
from .base import ActionContext, ActionSpec, Probe, perm, workload_kind


def _meta(obj: JsonDict) -> JsonDict:
    return obj.get("metadata") or {}


def _controller(pod: JsonDict) -> JsonDict | None:
    return next((r for r in _meta(pod).get("ownerReferences") or [] if r.get("controller")), None)


def _gone(ctx: ActionContext, name: str, namespace: str, uid: str | None) -> Probe:
    async def probe() -> tuple[bool, str]:
        try:
            pod = await ctx.cluster.get("Pod", name, namespace)
        except TargetNotFound:
            return True, "pod is gone"
        if _meta(pod).get("uid") != uid:
            return True, "pod was recreated with a new uid"
        return False, f"pod still present (phase {(pod.get('status') or {}).get('phase')})"

    return probe


async def restart_pod(ctx: ActionContext) -> ActionOutcome:
    namespace, name = ctx.str_param("namespace"), ctx.str_param("resource")
    target = Target("Pod", name, namespace)
    pod = await ctx.cluster.get("Pod", name, namespace)
    owner = _controller(pod)
    if owner is None:
        raise PreconditionFailed(
            f"pod {namespace}/{name} has no controller: deleting it would not restart it "
            "(use delete_pod to remove it for good)"
        )
    uid, labels = _meta(pod).get("uid"), _meta(pod).get("labels") or {}
    before = {**pod_health(pod), "controller": f"{owner.get('kind')}/{owner.get('name')}"}
    result = await ctx.cluster.delete("Pod", name, namespace, dry_run=ctx.dry_run)

    async def replaced() -> tuple[bool, str]:
        gone, seen = await _gone(ctx, name, namespace, uid)()
        if not gone:
            return False, seen
        pods = await ctx.cluster.list("Pod", namespace, label_selector=to_query(labels))
        fresh = [
            p
            for p in pods
            if (_controller(p) or {}).get("uid") == owner.get("uid") and _meta(p).get("uid") != uid
        ]
        ready = [p for p in fresh if pod_ready(p)]
        return bool(ready), f"old pod gone, {len(ready)}/{len(fresh)} replacement pods ready"

    condition = await ctx.wait_for(
        f"pod {namespace}/{name} replaced by a ready pod of {owner.get('kind')} "
        f"{owner.get('name')}",
        replaced,
    )
    return ActionOutcome(
        target,
        f"deleted pod {namespace}/{name} so that {owner.get('kind')} "
        f"{owner.get('name')} recreates it",
        before=before,
        after={"deleted": _meta(result).get("name", name)},
        condition=condition,
    )


async def delete_pod(ctx: ActionContext) -> ActionOutcome:
    namespace, name = ctx.str_param("namespace"), ctx.str_param("resource")
    grace = ctx.opt("grace_period_seconds")
    pod = await ctx.cluster.get("Pod", name, namespace)
    await ctx.cluster.delete(
        "Pod", name, namespace, dry_run=ctx.dry_run, grace_period_seconds=grace
    )
    condition = await ctx.wait_for(
        f"pod {namespace}/{name} deleted", _gone(ctx, name, namespace, _meta(pod).get("uid"))
    )
    return ActionOutcome(
        Target("Pod", name, namespace),
        f"deleted pod {namespace}/{name}",
        before=pod_health(pod),
        after={"deleted": name},
        condition=condition,
    )


def _rollout_probe(ctx: ActionContext, kind: str, name: str, namespace: str) -> Probe:
    async def probe() -> tuple[bool, str]:
        return rollout_done(kind, await ctx.cluster.get(kind, name, namespace))

    return probe


def _workload_view(kind: str, obj: JsonDict) -> JsonDict:
    spec, status = obj.get("spec") or {}, obj.get("status") or {}
    view: JsonDict = {
        "generation": _meta(obj).get("generation"),
        "status": {k: v for k, v in status.items() if k != "conditions"},
    }
    if kind != "DaemonSet":
        view["replicas"] = spec.get("replicas")
    return view


async def rollout_restart(ctx: ActionContext) -> ActionOutcome:
    namespace, name = ctx.str_param("namespace"), ctx.str_param("resource")
    kind = workload_kind(ctx.params, WORKLOAD_KINDS)
    obj = await ctx.cluster.get(kind, name, namespace)
    stamp = ctx.now_iso()
    after = await ctx.cluster.patch(
        kind, name, namespace, planning.restart_patch(stamp), dry_run=ctx.dry_run
    )
    condition = await ctx.wait_for(
        f"{kind.lower()} {namespace}/{name} rolled out", _rollout_probe(ctx, kind, name, namespace)
    )
    if condition is not None:
        after = await ctx.cluster.get(kind, name, namespace)
    return ActionOutcome(
        Target(kind, name, namespace),
        f"restarted {kind.lower()} {namespace}/{name} (restartedAt {stamp})",
        before=_workload_view(kind, obj),
        after={**_workload_view(kind, after), "restarted_at": stamp},
        condition=condition,
    )


def _scale(kind: str) -> ActionSpec:
    async def run(ctx: ActionContext) -> ActionOutcome:
        namespace, name = ctx.str_param("namespace"), ctx.str_param("resource")
        replicas = int(ctx.params["replicas"])
        obj = await ctx.cluster.get(kind, name, namespace)
        old = int((obj.get("spec") or {}).get("replicas", 1))
        target = Target(kind, name, namespace)
        if old == replicas:
            return ActionOutcome(
                target,
                f"{kind.lower()} {namespace}/{name} already has "
                f"{replicas} replicas; nothing changed",
                before=_workload_view(kind, obj),
                after=_workload_view(kind, obj),
            )
        result = await ctx.cluster.patch(
            kind,
            name,
            namespace,
            planning.scale_patch(replicas),
            dry_run=ctx.dry_run,
            subresource="scale",
        )
        condition = await ctx.wait_for(
            f"{kind.lower()} {namespace}/{name} has {replicas} updated and ready replicas",
            _rollout_probe(ctx, kind, name, namespace),
        )
        after = await ctx.cluster.get(kind, name, namespace) if condition else result
        undo = RestoreStep(
            "patch",
            kind,
            name,
            namespace,
            planning.scale_patch(old),
            "scale",
            f"scale back to {old} replicas",
        )
        return ActionOutcome(
            target,
            f"scaled {kind.lower()} {namespace}/{name} from {old} to {replicas} replicas",
            before=_workload_view(kind, obj),
            after=_workload_view(kind, after),
            condition=condition,
            undo=[undo],
        )

    return ActionSpec(
        f"scale_{kind.lower()}",
        run,
        lambda p: [perm("patch", kind, p.get("namespace"), "scale")],
        mutating=True,
    )


async def increase_resources(ctx: ActionContext) -> ActionOutcome:
    namespace, name = ctx.str_param("namespace"), ctx.str_param("resource")
    kind = workload_kind(ctx.params, WORKLOAD_KINDS)
    request = planning.ResourceRequest(
        container=ctx.opt("container"),
        cpu_limit=ctx.opt("cpu_limit"),
        memory_limit=ctx.opt("memory_limit"),
        cpu_request=ctx.opt("cpu_request"),
        memory_request=ctx.opt("memory_request"),
        factor=Decimal(str(ctx.opt("factor", 1.5))),
        max_cpu=ctx.opt("max_cpu"),
        max_memory=ctx.opt("max_memory"),
        resources=frozenset(ctx.opt("resources") or ("cpu", "memory")),
    )

    async def attempt() -> tuple[planning.ResourcePlan, list[RestoreStep], JsonDict]:
        obj = await ctx.cluster.get(kind, name, namespace)
        plan = planning.plan_resources((obj.get("spec") or {}).get("template") or {}, request)
        ops = planning.with_precondition(plan.ops, _meta(obj).get("resourceVersion"))
        after = await ctx.cluster.patch(kind, name, namespace, ops, dry_run=ctx.dry_run)
        restore = [
            {"op": "add", "path": op["path"], "value": change["before"]}
            for op, change in zip(plan.ops, plan.changes, strict=True)
        ]
        undo = [
            RestoreStep(
                "patch",
                kind,
                name,
                namespace,
                restore,
                description="restore previous requests/limits",
            )
        ]
        return plan, undo, after

    plan, undo, after = await ctx.retry_on_conflict(attempt)
    condition = await ctx.wait_for(
        f"{kind.lower()} {namespace}/{name} rolled out", _rollout_probe(ctx, kind, name, namespace)
    )
    summary = "; ".join(f"{c['container']}: {c['before']} -> {c['after']}" for c in plan.changes)
    return ActionOutcome(
        Target(kind, name, namespace),
        f"raised resources of {kind.lower()} {namespace}/{name}: {summary}",
        before={
            "containers": [{"name": c["container"], "resources": c["before"]} for c in plan.changes]
        },
        after={
            "containers": [{"name": c["container"], "resources": c["after"]} for c in plan.changes],
            "resourceVersion": _meta(after).get("resourceVersion"),
        },
        condition=condition,
        undo=undo,
    )


async def rollback_deployment(ctx: ActionContext) -> ActionOutcome:
    namespace, name = ctx.str_param("namespace"), ctx.str_param("resource")
    revision = ctx.opt("revision")

    async def attempt() -> tuple[JsonDict, JsonDict, int | None]:
        deployment = await ctx.cluster.get("Deployment", name, namespace)
        match_labels = ((deployment.get("spec") or {}).get("selector") or {}).get(
            "matchLabels"
        ) or {}
        replicasets = await ctx.cluster.list(
            "ReplicaSet", namespace, label_selector=to_query(match_labels) or None
        )
        chosen = planning.choose_rollback(deployment, replicasets, revision)
        template = planning.rollback_template(chosen)
        ops = planning.with_precondition(
            [planning.replace_op("/spec/template", template)],
            _meta(deployment).get("resourceVersion"),
        )
        await ctx.cluster.patch("Deployment", name, namespace, ops, dry_run=ctx.dry_run)
        return deployment, chosen, planning.revision_of(chosen)

    deployment, chosen, to_revision = await ctx.retry_on_conflict(attempt)
    old_template = (deployment.get("spec") or {}).get("template") or {}
    undo = RestoreStep(
        "patch",
        "Deployment",
        name,
        namespace,
        [planning.replace_op("/spec/template", old_template)],
        description="restore the pod template from before the rollback",
    )
    condition = await ctx.wait_for(
        f"deployment {namespace}/{name} rolled out",
        _rollout_probe(ctx, "Deployment", name, namespace),
    )
    from_revision = planning.revision_of(deployment)
    return ActionOutcome(
        Target("Deployment", name, namespace),
        f"rolled deployment {namespace}/{name} back from revision {from_revision} to "
        f"{to_revision} (ReplicaSet {_meta(chosen).get('name')})",
        before={"revision": from_revision, "template": old_template},
        after={
            "revision": to_revision,
            "replicaset": _meta(chosen).get("name"),
            "template": planning.rollback_template(chosen),
        },
        condition=condition,
        undo=[undo],
    )


def _ns(p: JsonDict) -> str | None:
    ns = p.get("namespace")
    return ns if isinstance(ns, str) else None


def _kind(p: JsonDict) -> str:
    return workload_kind(p, WORKLOAD_KINDS)


SPECS = [
    ActionSpec("restart_pod", restart_pod, lambda p: [perm("delete", "Pod", _ns(p))], True),
    ActionSpec("delete_pod", delete_pod, lambda p: [perm("delete", "Pod", _ns(p))], True),
    ActionSpec(
        "rollout_restart", rollout_restart, lambda p: [perm("patch", _kind(p), _ns(p))], True
    ),
    _scale("Deployment"),
    _scale("StatefulSet"),
    ActionSpec(
        "increase_resources", increase_resources, lambda p: [perm("patch", _kind(p), _ns(p))], True
    ),
    ActionSpec(
        "rollback_deployment",
        rollback_deployment,
        lambda p: [perm("list", "ReplicaSet", _ns(p)), perm("patch", "Deployment", _ns(p))],
        True,
    ),
]
