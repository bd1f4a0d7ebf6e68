"""Execution bookkeeping: idempotency, permission checks, error mapping, no-cluster mode."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest

from services.executor.adapters.kube import KubeCluster
from services.executor.adapters.kubeconfig import load
from services.executor.adapters.store import SqlExecutionStore
from services.executor.domain.errors import (
    ClusterUnavailable,
    ConflictError,
    ExecutorError,
    InvalidRequest,
    PermissionDenied,
    PreconditionFailed,
    TargetNotFound,
)
from services.executor.engine import Executor

from . import objects as o
from .conftest import write_kubeconfig
from .emulator import ClusterEmulator, request_lines
from .helpers import DEPLOY, NS, SSAR, run

SCALE = {"namespace": NS, "resource": "web", "replicas": 4}


async def test_a_retried_execution_returns_the_recorded_result_without_acting_again(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    first = await executor.execute(run("scale_deployment", SCALE))
    requests = len(request_lines(cluster))
    again = await executor.execute(run("scale_deployment", SCALE))
    assert again == first
    assert len(request_lines(cluster)) == requests


async def test_reusing_an_execution_id_for_another_request_is_a_conflict(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    await executor.execute(run("scale_deployment", SCALE))
    with pytest.raises(ConflictError, match="different request"):
        await executor.execute(run("scale_deployment", {**SCALE, "replicas": 9}))


async def test_a_denied_access_review_stops_the_action_before_any_change(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    cluster.denied.add(("patch", "deployments", "scale"))
    with pytest.raises(PermissionDenied) as info:
        await executor.execute(run("scale_deployment", SCALE))
    assert info.value.details["denied"][0]["reason"] == "denied by test RBAC"
    assert request_lines(cluster) == [SSAR]
    assert await executor.store.get("exec-1") is None  # may be retried once RBAC is fixed


async def test_a_missing_target_is_not_found(cluster: ClusterEmulator, executor: Executor) -> None:
    with pytest.raises(TargetNotFound, match=f"Deployment {NS}/web"):
        await executor.execute(run("scale_deployment", SCALE))


async def test_invalid_parameters_are_rejected_from_the_catalogue_schema(
    executor: Executor, cluster: ClusterEmulator
) -> None:
    with pytest.raises(InvalidRequest) as info:
        await executor.execute(
            run("scale_deployment", {**SCALE, "replicas": -1, "hallucinated": True})
        )
    paths = {e["path"] for e in info.value.details["errors"]}
    assert paths == {"replicas", "parameters"}
    assert request_lines(cluster) == []


async def test_api_server_errors_map_to_executor_errors_never_client_exceptions(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    cluster["get", DEPLOY] << 403 << {"kind": "Status", "message": "RBAC says no"}
    with pytest.raises(PermissionDenied) as forbidden:
        await executor.execute(run("scale_deployment", SCALE, execution_id="a"))
    assert forbidden.value.details["reason"] == "RBAC says no"
    assert forbidden.value.__cause__ is not None  # chained, but not what callers see


async def test_a_server_failure_after_a_change_is_recorded_as_failed_not_hidden(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/nodes", o.node())
    cluster.seed("v1/pods", o.pod("api-1"))
    cluster.failures[("POST", f"/api/v1/namespaces/{NS}/pods/api-1/eviction")] = 500
    result = await executor.execute(run("drain_node", {"resource": "node-1"}))
    assert result["status"] == "failed"
    assert result["error"]["code"] == "SERVICE_UNAVAILABLE"
    assert (cluster.obj("v1/nodes", None, "node-1") or {})["spec"]["unschedulable"] is True
    assert (await executor.get("exec-1"))["status"] == "failed"


async def test_an_unreachable_api_server_is_unavailable(
    tmp_path: Path, store: SqlExecutionStore, schemas: dict[str, dict[str, object]]
) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = load(
        "kubeconfig",
        write_kubeconfig(tmp_path / "kc", f"http://127.0.0.1:{port}"),
        connection_retries=0,
    )
    assert config.configuration is not None
    kube = KubeCluster(config.configuration, request_timeout=2)
    executor = Executor(kube, store, schemas, poll_interval=0.02)
    with pytest.raises(ClusterUnavailable, match="unreachable") as info:
        await executor.execute(run("scale_deployment", SCALE))
    assert isinstance(info.value, ExecutorError)
    kube.close()


async def test_without_credentials_only_dry_runs_are_accepted_and_nothing_is_sent(
    store: SqlExecutionStore, schemas: dict[str, dict[str, object]]
) -> None:
    config = load("none")
    assert config.configuration is None and "dry-run only" in config.description
    executor = Executor(None, store, schemas)
    with pytest.raises(ClusterUnavailable, match="dry-run-only"):
        await executor.execute(run("scale_deployment", SCALE))
    result = await executor.execute(run("scale_deployment", SCALE, dry_run=True))
    assert result["status"] == "succeeded" and result["api_calls"] == []
    assert result["target"] == {"kind": "Deployment", "name": "web", "namespace": NS}
    assert "no API call was made" in result["message"]


async def test_undo_is_refused_for_dry_runs_and_irreversible_actions(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    cluster.seed("v1/pods", o.pod("web-1"))
    await executor.execute(run("scale_deployment", SCALE, dry_run=True, execution_id="dry"))
    await executor.execute(
        run("restart_pod", {"namespace": NS, "resource": "web-1"}, execution_id="restart")
    )
    with pytest.raises(PreconditionFailed, match="dry run"):
        await executor.undo("dry", None, 5)
    with pytest.raises(PreconditionFailed, match="not reversible"):
        await executor.undo("restart", None, 5)
    with pytest.raises(TargetNotFound):
        await executor.undo("nope", None, 5)


async def test_a_dry_run_undo_shows_the_restoring_calls_and_keeps_the_state(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    await executor.execute(run("scale_deployment", SCALE))
    preview = await executor.undo("exec-1", True, 5)
    assert preview["execution_id"] == "dry-run-undo-exec-1" and preview["dry_run"] is True
    assert [c["dry_run"] for c in preview["api_calls"] if c["method"] == "PATCH"] == [True]
    assert (cluster.obj("apps/v1/deployments", NS, "web") or {})["spec"]["replicas"] == 4
    assert (await executor.get("exec-1"))["undo_available"] is True


async def test_executions_are_listed_newest_first_with_filters_and_cursor(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    for i in range(3):
        await executor.execute(
            run("scale_deployment", {**SCALE, "replicas": 3 + i}, execution_id=f"e{i}")
        )
    await executor.execute(run("notify_only", {"reason": "x"}, execution_id="n"))
    page, cursor = await executor.list({"action_type": "scale_deployment"}, 2, None)
    assert [r["execution_id"] for r in page] == ["e2", "e1"]
    rest, end = await executor.list({"action_type": "scale_deployment"}, 2, cursor)
    assert [r["execution_id"] for r in rest] == ["e0"] and end is None


async def test_executions_interrupted_by_a_restart_are_marked_failed(
    store: SqlExecutionStore, schemas: dict[str, dict[str, object]]
) -> None:
    record = {
        "execution_id": "half",
        "action_type": "drain_node",
        "status": "running",
        "dry_run": False,
        "parameters": {"resource": "node-1"},
        "api_calls": [],
        "undo_available": False,
        "message": "running",
    }
    assert await store.claim("half", "f" * 64, record)
    executor = Executor(None, store, schemas)
    assert await executor.recover() == 1
    after = await executor.get("half")
    assert after["status"] == "failed" and after["error"]["code"] == "INTERRUPTED"
    assert await executor.recover() == 0


async def test_concurrent_duplicates_run_the_action_once(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    outcomes = await asyncio.gather(
        *(executor.execute(run("scale_deployment", SCALE)) for _ in range(3)),
        return_exceptions=True,
    )
    results = [r for r in outcomes if isinstance(r, dict)]
    assert results and all(r["status"] == "succeeded" for r in results)
    assert all(isinstance(r, ConflictError) for r in outcomes if not isinstance(r, dict))
    assert request_lines(cluster).count(f"PATCH {DEPLOY}/scale") == 1
