"""Pod and workload actions against the emulated API server.

Each test shows the exact API calls (as reported by the executor and as received by the
server), the resulting object state, the dry-run variant and, where reversible, undo.
"""

from __future__ import annotations

import pytest

from services.executor.domain.errors import PreconditionFailed
from services.executor.engine import Executor

from . import objects as o
from .emulator import ClusterEmulator, request_lines
from .helpers import DEPLOY, NS, PODS, SSAR, calls, run, sent

STS = f"/apis/apps/v1/namespaces/{NS}/statefulsets/db"


async def test_scale_deployment_patches_the_scale_subresource_and_waits_for_ready_replicas(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    result = await executor.execute(
        run("scale_deployment", {"namespace": NS, "resource": "web", "replicas": 5})
    )
    assert calls(result) == [
        SSAR,
        f"GET {DEPLOY}",
        f"PATCH {DEPLOY}/scale",
        f"GET {DEPLOY}",
        f"GET {DEPLOY}",
    ]
    assert calls(result) == request_lines(cluster)  # the report hides nothing
    assert sent(result, "PATCH") == [{"spec": {"replicas": 5}}]
    assert result["permission_checks"] == [
        {
            "verb": "patch",
            "group": "apps",
            "resource": "deployments",
            "namespace": NS,
            "subresource": "scale",
            "allowed": True,
        }
    ]
    assert (cluster.obj("apps/v1/deployments", NS, "web") or {})["spec"]["replicas"] == 5
    assert result["status"] == "succeeded"
    assert result["observed"]["before"]["replicas"] == 2
    assert result["observed"]["after"]["replicas"] == 5
    assert result["observed"]["condition"]["reached"] is True
    assert result["undo_available"] is True and result["undo_token"] == "exec-1"


async def test_scale_deployment_dry_run_sends_dry_run_all_and_changes_nothing(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    result = await executor.execute(
        run("scale_deployment", {"namespace": NS, "resource": "web", "replicas": 5}, dry_run=True)
    )
    assert calls(result) == [SSAR, f"GET {DEPLOY}", f"PATCH {DEPLOY}/scale?dryRun=All"]
    assert calls(result) == request_lines(cluster)
    assert (cluster.obj("apps/v1/deployments", NS, "web") or {})["spec"]["replicas"] == 2
    assert result["status"] == "succeeded" and result["dry_run"] is True
    assert result["observed"]["after"]["replicas"] == 5  # what the server would persist
    assert "condition" not in result["observed"]
    assert result["undo_available"] is False
    assert result["message"].startswith("dry run (nothing persisted)")


async def test_undo_of_a_scale_restores_the_previous_replica_count(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    await executor.execute(
        run("scale_deployment", {"namespace": NS, "resource": "web", "replicas": 5})
    )
    undo = await executor.undo("exec-1", None, 5)
    assert undo["execution_id"] == "undo-exec-1" and undo["undo_of"] == "exec-1"
    assert calls(undo) == [SSAR, f"PATCH {DEPLOY}/scale", f"GET {DEPLOY}"]
    assert sent(undo, "PATCH") == [{"spec": {"replicas": 2}}]
    assert (cluster.obj("apps/v1/deployments", NS, "web") or {})["spec"]["replicas"] == 2
    assert undo["status"] == "succeeded"
    original = await executor.get("exec-1")
    assert original["undone_by"] == "undo-exec-1" and original["undo_available"] is False
    assert await executor.undo("exec-1", None, 5) == undo  # a repeated undo changes nothing
    assert request_lines(cluster).count(f"PATCH {DEPLOY}/scale") == 2


async def test_scale_statefulset_uses_the_statefulset_scale_subresource(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/statefulsets", o.statefulset(replicas=3))
    result = await executor.execute(
        run("scale_statefulset", {"namespace": NS, "resource": "db", "replicas": 1})
    )
    assert calls(result) == [SSAR, f"GET {STS}", f"PATCH {STS}/scale", f"GET {STS}", f"GET {STS}"]
    assert (cluster.obj("apps/v1/statefulsets", NS, "db") or {})["spec"]["replicas"] == 1
    assert result["observed"]["condition"]["reached"] is True


async def test_restart_pod_deletes_it_and_waits_for_a_ready_replacement(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/pods", o.pod("web-1"))
    result = await executor.execute(run("restart_pod", {"namespace": NS, "resource": "web-1"}))
    assert calls(result) == [
        SSAR,
        f"GET {PODS}/web-1",
        f"DELETE {PODS}/web-1",
        f"GET {PODS}/web-1",
        f"GET {PODS}",
    ]
    assert calls(result) == request_lines(cluster)
    assert cluster.obj("v1/pods", NS, "web-1") is None
    assert result["status"] == "succeeded"
    assert result["observed"]["before"]["controller"] == "ReplicaSet/web-abc"
    assert result["observed"]["condition"]["last_seen"] == (
        "old pod gone, 1/1 replacement pods ready"
    )
    assert result["undo_available"] is False  # a deleted pod cannot be brought back


async def test_restart_pod_dry_run_keeps_the_pod(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/pods", o.pod("web-1"))
    result = await executor.execute(
        run("restart_pod", {"namespace": NS, "resource": "web-1"}, dry_run=True)
    )
    assert calls(result) == [SSAR, f"GET {PODS}/web-1", f"DELETE {PODS}/web-1?dryRun=All"]
    assert cluster.obj("v1/pods", NS, "web-1") is not None


async def test_restart_pod_refuses_a_pod_without_controller_before_deleting_anything(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/pods", o.pod("lonely", owner=None))
    with pytest.raises(PreconditionFailed, match="no controller"):
        await executor.execute(run("restart_pod", {"namespace": NS, "resource": "lonely"}))
    assert not [line for line in request_lines(cluster) if line.startswith("DELETE")]
    assert await executor.store.get("exec-1") is None  # the id stays free for a retry


async def test_delete_pod_honours_the_grace_period_and_waits_until_it_is_gone(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/pods", o.pod("stuck", owner=None))
    result = await executor.execute(
        run("delete_pod", {"namespace": NS, "resource": "stuck", "grace_period_seconds": 0})
    )
    assert calls(result) == [SSAR, f"GET {PODS}/stuck", f"DELETE {PODS}/stuck", f"GET {PODS}/stuck"]
    delete = next(r for r in cluster if r.method.value == "DELETE")
    assert delete.params["gracePeriodSeconds"] == "0"
    assert cluster.obj("v1/pods", NS, "stuck") is None
    assert result["observed"]["condition"] == {
        "description": f"pod {NS}/stuck deleted",
        "reached": True,
        "waited_seconds": result["observed"]["condition"]["waited_seconds"],
        "timeout_seconds": 5,
        "last_seen": "pod is gone",
    }


async def test_rollout_restart_sets_the_restarted_at_annotation_and_waits_for_the_rollout(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment())
    result = await executor.execute(
        run("rollout_restart", {"namespace": NS, "resource": "web", "kind": "Deployment"})
    )
    assert calls(result) == [
        SSAR,
        f"GET {DEPLOY}",
        f"PATCH {DEPLOY}",
        f"GET {DEPLOY}",
        f"GET {DEPLOY}",
    ]
    stamp = result["observed"]["after"]["restarted_at"]
    assert sent(result, "PATCH") == [
        {
            "spec": {
                "template": {
                    "metadata": {"annotations": {"kubectl.kubernetes.io/restartedAt": stamp}}
                }
            }
        }
    ]
    stored = cluster.obj("apps/v1/deployments", NS, "web") or {}
    assert stored["spec"]["template"]["metadata"]["annotations"] == {
        "kubectl.kubernetes.io/restartedAt": stamp
    }
    assert stored["metadata"]["generation"] == 2
    assert result["observed"]["condition"]["reached"] is True


async def test_rollout_restart_dry_run_leaves_the_template_alone(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment())
    result = await executor.execute(
        run(
            "rollout_restart",
            {"namespace": NS, "resource": "web", "kind": "Deployment"},
            dry_run=True,
        )
    )
    assert calls(result) == [SSAR, f"GET {DEPLOY}", f"PATCH {DEPLOY}?dryRun=All"]
    stored = cluster.obj("apps/v1/deployments", NS, "web") or {}
    assert "annotations" not in stored["spec"]["template"]["metadata"]


async def test_rollout_that_never_completes_ends_timed_out_with_what_was_seen(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment())
    cluster.stalled.add(("deployments", "web"))
    result = await executor.execute(
        run(
            "rollout_restart", {"namespace": NS, "resource": "web", "kind": "Deployment"}, timeout=1
        )
    )
    assert result["status"] == "timed_out"
    condition = result["observed"]["condition"]
    assert condition["reached"] is False and condition["timeout_seconds"] == 1
    assert condition["last_seen"] == "waiting for the controller to observe generation 2"
    assert "condition not reached within 1s" in result["message"]
