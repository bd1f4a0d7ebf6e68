"""cordon / uncordon / drain against the emulated API server (Eviction API + PDBs)."""

from __future__ import annotations

import asyncio

import pytest

from services.executor.domain.errors import PreconditionFailed
from services.executor.engine import Executor

from . import objects as o
from .emulator import ClusterEmulator, request_lines
from .helpers import NS, PODS, SSAR, calls, run, sent

NODE = "/api/v1/nodes/node-1"
EVICT = f"{PODS}/{{}}/eviction"


async def test_cordon_marks_the_node_unschedulable_and_undo_reverts_it(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/nodes", o.node())
    result = await executor.execute(run("cordon_node", {"resource": "node-1"}))
    assert calls(result) == [SSAR, f"GET {NODE}", f"PATCH {NODE}", f"GET {NODE}"]
    assert sent(result, "PATCH") == [{"spec": {"unschedulable": True}}]
    assert result["permission_checks"][0] == {
        "verb": "patch",
        "group": "",
        "resource": "nodes",
        "allowed": True,
    }
    assert (cluster.obj("v1/nodes", None, "node-1") or {})["spec"] == {"unschedulable": True}
    undo = await executor.undo("exec-1", None, 5)
    assert calls(undo) == [SSAR, f"PATCH {NODE}"]
    assert sent(undo, "PATCH") == [{"spec": {"unschedulable": None}}]
    assert (cluster.obj("v1/nodes", None, "node-1") or {})["spec"] == {}


async def test_uncordon_in_dry_run_and_for_real(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/nodes", o.node(unschedulable=True))
    dry = await executor.execute(
        run("uncordon_node", {"resource": "node-1"}, dry_run=True, execution_id="dry")
    )
    assert calls(dry) == [SSAR, f"GET {NODE}", f"PATCH {NODE}?dryRun=All"]
    assert (cluster.obj("v1/nodes", None, "node-1") or {})["spec"] == {"unschedulable": True}
    real = await executor.execute(run("uncordon_node", {"resource": "node-1"}))
    assert real["observed"] == {
        "before": {"unschedulable": True},
        "after": {"unschedulable": False},
        "condition": real["observed"]["condition"],
    }
    assert (cluster.obj("v1/nodes", None, "node-1") or {})["spec"] == {}


def seed_node_with_pods(cluster: ClusterEmulator, allowed: int) -> None:
    cluster.seed("v1/nodes", o.node())
    cluster.seed("v1/pods", o.pod("api-1", labels={"app": "api"}, owner=("ReplicaSet", "api-x")))
    cluster.seed("v1/pods", o.pod("web-1", labels={"app": "web"}))
    cluster.seed(
        "v1/pods", o.pod("logger-1", labels={"app": "logger"}, owner=("DaemonSet", "logger"))
    )
    cluster.seed(
        "v1/pods",
        o.pod(
            "etcd-node-1",
            owner=("Node", "node-1"),
            annotations={"kubernetes.io/config.mirror": "abc"},
        ),
    )
    done = o.pod("job-1", owner=("Job", "nightly"))
    done["status"]["phase"] = "Succeeded"
    cluster.seed("v1/pods", done)
    cluster.seed("v1/pods", o.pod("web-2", labels={"app": "web"}, node="node-2"))
    cluster.seed("policy/v1/poddisruptionbudgets", o.pdb("web", {"app": "web"}, allowed))


async def test_drain_evicts_through_the_eviction_api_skipping_daemonset_and_mirror_pods(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    seed_node_with_pods(cluster, allowed=1)
    result = await executor.execute(run("drain_node", {"resource": "node-1"}))
    assert calls(result) == [
        SSAR,
        SSAR,
        SSAR,
        f"GET {NODE}",
        "GET /api/v1/pods",
        f"PATCH {NODE}",
        f"POST {EVICT.format('api-1')}",
        f"POST {EVICT.format('web-1')}",
        f"GET {PODS}/api-1",
        f"GET {PODS}/web-1",
    ]
    assert calls(result) == request_lines(cluster)
    listing = next(r for r in cluster if r.url.path == "/api/v1/pods")
    assert listing.params["fieldSelector"] == "spec.nodeName=node-1"
    assert [c["subresource"] for c in result["permission_checks"] if "subresource" in c] == [
        "eviction"
    ]
    eviction = sent(result, "POST")[-1]
    assert eviction == {
        "apiVersion": "policy/v1",
        "kind": "Eviction",
        "metadata": {"name": "web-1", "namespace": NS},
    }
    assert cluster.obj("v1/pods", NS, "api-1") is None
    assert cluster.obj("v1/pods", NS, "web-1") is None
    for kept in ("logger-1", "etcd-node-1", "job-1", "web-2"):
        assert cluster.obj("v1/pods", NS, kept) is not None
    assert (cluster.obj("v1/nodes", None, "node-1") or {})["spec"]["unschedulable"] is True
    assert (cluster.obj("policy/v1/poddisruptionbudgets", NS, "web") or {})["status"] == {
        "disruptionsAllowed": 0
    }
    after = result["observed"]["after"]
    assert {s["pod"]: s["reason"] for s in after["skipped"]} == {
        "logger-1": "DaemonSet pod",
        "etcd-node-1": "mirror pod",
        "job-1": "finished",
    }
    assert result["status"] == "succeeded" and result["undo_available"] is False


async def test_drain_retries_evictions_refused_by_a_disruption_budget_until_allowed(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    seed_node_with_pods(cluster, allowed=0)

    async def replacement_becomes_ready() -> None:
        # Allow the disruption only once an eviction of web-1 has been refused, however
        # slow the machine: the test is about the retry, not about timing.
        refused = f"POST {EVICT.format('web-1')}"
        for _ in range(500):  # at most 10 s; the drain itself times out after 5
            if any(line.startswith(refused) for line in request_lines(cluster)):
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.1)
        budget = cluster.obj("policy/v1/poddisruptionbudgets", NS, "web") or {}
        budget["status"]["disruptionsAllowed"] = 1
        cluster.seed("policy/v1/poddisruptionbudgets", budget)

    task = asyncio.create_task(replacement_becomes_ready())
    result = await executor.execute(run("drain_node", {"resource": "node-1"}))
    await task
    web = [c["status_code"] for c in result["api_calls"] if c["path"] == EVICT.format("web-1")]
    assert web[0] == 429 and web[-1] == 201 and set(web[1:-1]) <= {429}
    assert cluster.obj("v1/pods", NS, "web-1") is None
    assert result["status"] == "succeeded"


async def test_drain_blocked_by_a_budget_past_its_timeout_reports_timed_out(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    seed_node_with_pods(cluster, allowed=0)
    result = await executor.execute(run("drain_node", {"resource": "node-1", "timeout_seconds": 1}))
    assert result["status"] == "timed_out"
    assert result["observed"]["after"]["blocked"][0]["pod"] == "web-1"
    assert "disruption budget" in result["observed"]["after"]["blocked"][0]["reason"]
    assert cluster.obj("v1/pods", NS, "web-1") is not None
    assert cluster.obj("v1/pods", NS, "api-1") is None


async def test_drain_dry_run_evicts_nothing_and_reports_budget_blocks_at_once(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    seed_node_with_pods(cluster, allowed=0)
    result = await executor.execute(run("drain_node", {"resource": "node-1"}, dry_run=True))
    assert calls(result)[3:] == [
        f"GET {NODE}",
        "GET /api/v1/pods",
        f"PATCH {NODE}?dryRun=All",
        f"POST {EVICT.format('api-1')}?dryRun=All",
        f"POST {EVICT.format('web-1')}?dryRun=All",
    ]
    assert cluster.obj("v1/pods", NS, "api-1") is not None
    assert (cluster.obj("v1/nodes", None, "node-1") or {})["spec"] == {}
    assert [b["pod"] for b in result["observed"]["after"]["blocked"]] == ["web-1"]


async def test_drain_refuses_unmanaged_and_emptydir_pods_before_cordoning(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/nodes", o.node())
    cluster.seed("v1/pods", o.pod("adhoc", owner=None))
    cluster.seed("v1/pods", o.pod("cache", volumes=[{"name": "tmp", "emptyDir": {}}]))
    with pytest.raises(PreconditionFailed) as info:
        await executor.execute(run("drain_node", {"resource": "node-1"}))
    assert {b["pod"] for b in info.value.details["blockers"]} == {"adhoc", "cache"}
    assert not [
        line
        for line in request_lines(cluster)
        if line.startswith(("PATCH", "POST /api/v1/namespaces"))
    ]
