"""increase_resources and rollback_deployment: JSON patches guarded by resourceVersion."""

from __future__ import annotations

from typing import Any

import pytest

from services.executor.domain.errors import InvalidRequest, PreconditionFailed
from services.executor.engine import Executor

from . import objects as o
from .emulator import ClusterEmulator, request_lines
from .helpers import DEPLOY, NS, SSAR, calls, run, sent

RS_LIST = f"GET /apis/apps/v1/namespaces/{NS}/replicasets"


def stored_container(cluster: ClusterEmulator) -> dict[str, Any]:
    dep = cluster.obj("apps/v1/deployments", NS, "web") or {}
    return dict(dep["spec"]["template"]["spec"]["containers"][0])


async def test_increase_resources_multiplies_current_values_within_the_caps(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    seeded = cluster.seed("apps/v1/deployments", o.deployment())
    result = await executor.execute(
        run(
            "increase_resources",
            {
                "namespace": NS,
                "resource": "web",
                "kind": "Deployment",
                "factor": 2,
                "max_memory": "384Mi",
            },
        )
    )
    assert calls(result) == [SSAR, f"GET {DEPLOY}", f"PATCH {DEPLOY}", f"GET {DEPLOY}"]
    new = {
        "limits": {"cpu": "1", "memory": "384Mi"},
        "requests": {"cpu": "500m", "memory": "256Mi"},
    }
    assert sent(result, "PATCH") == [
        {
            "json_patch": [
                {
                    "op": "replace",
                    "path": "/metadata/resourceVersion",
                    "value": seeded["metadata"]["resourceVersion"],
                },
                {"op": "add", "path": "/spec/template/spec/containers/0/resources", "value": new},
            ]
        }
    ]
    assert stored_container(cluster)["resources"] == new
    assert stored_container(cluster)["image"] == "shop/web:1.0"  # the rest is untouched
    assert result["status"] == "succeeded" and result["undo_available"] is True
    assert "app: " in result["message"]


async def test_increase_resources_retries_with_a_fresh_object_after_a_conflict(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment())
    # Somebody else changes the deployment between our read and our patch.
    cluster.interfere[("deployments", "web")] = {"metadata": {"labels": {"team": "shop"}}}
    result = await executor.execute(
        run(
            "increase_resources",
            {"namespace": NS, "resource": "web", "kind": "Deployment", "memory_limit": "1Gi"},
        )
    )
    assert calls(result) == [
        SSAR,
        f"GET {DEPLOY}",
        f"PATCH {DEPLOY}",
        f"GET {DEPLOY}",
        f"PATCH {DEPLOY}",
        f"GET {DEPLOY}",
    ]
    assert [c["status_code"] for c in result["api_calls"] if c["method"] == "PATCH"] == [409, 200]
    dep = cluster.obj("apps/v1/deployments", NS, "web") or {}
    assert dep["metadata"]["labels"] == {"team": "shop"}  # the other writer's change survives
    assert stored_container(cluster)["resources"]["limits"]["memory"] == "1Gi"


async def test_increase_resources_dry_run_and_undo(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment())
    before = stored_container(cluster)["resources"]
    dry = await executor.execute(
        run(
            "increase_resources",
            {"namespace": NS, "resource": "web", "kind": "Deployment", "cpu_limit": "2"},
            dry_run=True,
            execution_id="dry",
        )
    )
    assert calls(dry) == [SSAR, f"GET {DEPLOY}", f"PATCH {DEPLOY}?dryRun=All"]
    assert stored_container(cluster)["resources"] == before
    await executor.execute(
        run(
            "increase_resources",
            {"namespace": NS, "resource": "web", "kind": "Deployment", "cpu_limit": "2"},
        )
    )
    assert stored_container(cluster)["resources"]["limits"]["cpu"] == "2"
    undo = await executor.undo("exec-1", None, 5)
    assert calls(undo) == [SSAR, f"PATCH {DEPLOY}", f"GET {DEPLOY}"]
    assert sent(undo, "PATCH") == [
        {
            "json_patch": [
                {"op": "add", "path": "/spec/template/spec/containers/0/resources", "value": before}
            ]
        }
    ]
    assert stored_container(cluster)["resources"] == before


async def test_increase_resources_scales_only_the_listed_resources_and_undo_restores(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    seeded = cluster.seed("apps/v1/deployments", o.deployment())
    before = stored_container(cluster)["resources"]
    params = {
        "namespace": NS,
        "resource": "web",
        "kind": "Deployment",
        "factor": 2,
        "resources": ["memory"],
    }
    new = {
        "limits": {"cpu": "500m", "memory": "512Mi"},
        "requests": {"cpu": "250m", "memory": "256Mi"},
    }
    dry = await executor.execute(
        run("increase_resources", params, dry_run=True, execution_id="dry")
    )
    assert calls(dry) == [SSAR, f"GET {DEPLOY}", f"PATCH {DEPLOY}?dryRun=All"]
    assert dry["observed"]["after"]["containers"] == [{"name": "app", "resources": new}]
    assert stored_container(cluster)["resources"] == before

    result = await executor.execute(run("increase_resources", params))
    assert calls(result) == [SSAR, f"GET {DEPLOY}", f"PATCH {DEPLOY}", f"GET {DEPLOY}"]
    assert sent(result, "PATCH") == [
        {
            "json_patch": [
                {
                    "op": "replace",
                    "path": "/metadata/resourceVersion",
                    "value": seeded["metadata"]["resourceVersion"],
                },
                {"op": "add", "path": "/spec/template/spec/containers/0/resources", "value": new},
            ]
        }
    ]
    assert stored_container(cluster)["resources"] == new  # cpu untouched

    undo = await executor.undo("exec-1", None, 5)
    assert calls(undo) == [SSAR, f"PATCH {DEPLOY}", f"GET {DEPLOY}"]
    assert stored_container(cluster)["resources"] == before


async def test_increase_resources_rejects_an_unknown_resource_name_before_any_call(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment())
    with pytest.raises(InvalidRequest, match="invalid parameters for increase_resources"):
        await executor.execute(
            run(
                "increase_resources",
                {"namespace": NS, "resource": "web", "kind": "Deployment", "resources": ["gpu"]},
            )
        )
    assert request_lines(cluster) == []


async def test_increase_resources_never_lowers_a_value(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment())
    with pytest.raises(PreconditionFailed, match="refusing to lower memory"):
        await executor.execute(
            run(
                "increase_resources",
                {"namespace": NS, "resource": "web", "kind": "Deployment", "memory_limit": "64Mi"},
            )
        )
    assert not [line for line in request_lines(cluster) if line.startswith("PATCH")]


def seed_revisions(cluster: ClusterEmulator) -> dict[str, Any]:
    dep = o.deployment(revision=3, containers=[o.container(image="shop/web:3")])
    cluster.seed("apps/v1/deployments", dep)
    for revision, image, hash_ in (
        (1, "shop/web:1", "aaa"),
        (2, "shop/web:2", "bbb"),
        (3, "shop/web:3", "ccc"),
    ):
        cluster.seed("apps/v1/replicasets", o.replicaset(dep, revision, image, hash_))
    # A ReplicaSet with the same labels owned by someone else must be ignored.
    stranger = o.replicaset(dep, 9, "evil/web:9", "zzz")
    stranger["metadata"]["ownerReferences"][0]["uid"] = "another-deployment"
    cluster.seed("apps/v1/replicasets", stranger)
    return dep


async def test_rollback_deployment_restores_the_previous_revisions_pod_template(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    seed_revisions(cluster)
    result = await executor.execute(
        run("rollback_deployment", {"namespace": NS, "resource": "web"})
    )
    assert calls(result) == [
        SSAR,
        SSAR,
        f"GET {DEPLOY}",
        RS_LIST,
        f"PATCH {DEPLOY}",
        f"GET {DEPLOY}",
    ]
    assert [c["verb"] for c in result["permission_checks"]] == ["list", "patch"]
    lists = [r for r in cluster if r.url.path.endswith("/replicasets")]
    assert lists[0].params["labelSelector"] == "app=web"
    template = (cluster.obj("apps/v1/deployments", NS, "web") or {})["spec"]["template"]
    assert template["spec"]["containers"][0]["image"] == "shop/web:2"
    assert template["metadata"]["labels"] == {"app": "web"}  # no pod-template-hash
    assert result["observed"]["before"]["revision"] == 3
    assert result["observed"]["after"]["revision"] == 2
    assert result["observed"]["after"]["replicaset"] == "web-bbb"

    undo = await executor.undo("exec-1", None, 5)
    assert calls(undo) == [SSAR, f"PATCH {DEPLOY}", f"GET {DEPLOY}"]
    template = (cluster.obj("apps/v1/deployments", NS, "web") or {})["spec"]["template"]
    assert template["spec"]["containers"][0]["image"] == "shop/web:3"


async def test_rollback_to_an_explicit_revision_and_in_dry_run(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    seed_revisions(cluster)
    result = await executor.execute(
        run(
            "rollback_deployment", {"namespace": NS, "resource": "web", "revision": 1}, dry_run=True
        )
    )
    assert calls(result)[-1] == f"PATCH {DEPLOY}?dryRun=All"
    patch = sent(result, "PATCH")[0]["json_patch"]
    assert patch[1]["path"] == "/spec/template"
    assert patch[1]["value"]["spec"]["containers"][0]["image"] == "shop/web:1"
    template = (cluster.obj("apps/v1/deployments", NS, "web") or {})["spec"]["template"]
    assert template["spec"]["containers"][0]["image"] == "shop/web:3"


async def test_rollback_without_history_is_refused_and_changes_nothing(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(revision=1))
    with pytest.raises(PreconditionFailed, match="no previous revision"):
        await executor.execute(run("rollback_deployment", {"namespace": NS, "resource": "web"}))
    assert not [line for line in request_lines(cluster) if line.startswith("PATCH")]
