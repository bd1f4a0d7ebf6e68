"""executor-service over real HTTP: the generated routes, envelopes, health and metrics."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test
from services.executor.app import create_app
from services.executor.settings import ExecutorSettings

from . import objects as o
from .emulator import ClusterEmulator
from .helpers import NS

SCALE: dict[str, Any] = {
    "execution_id": "exec-http-1",
    "action_type": "scale_deployment",
    "parameters": {"namespace": NS, "resource": "web", "replicas": 4},
    "workflow_id": "wf-1",
    "timeout_seconds": 5,
}


@pytest.fixture
async def http(tmp_path: Path, kubeconfig: Path) -> AsyncIterator[httpx.AsyncClient]:
    settings = settings_for_test(
        ExecutorSettings,
        tmp_path / "data",
        kubernetes_mode="kubeconfig",
        kubeconfig=kubeconfig,
        poll_interval_seconds=0.02,
        audit_to_storage=False,
    )
    async with running(create_app(settings)) as ep, httpx.AsyncClient(base_url=ep.api) as client:
        client.metrics_url = ep.metrics  # type: ignore[attr-defined]
        yield client


async def test_execute_get_list_and_undo_over_http(
    cluster: ClusterEmulator, http: httpx.AsyncClient
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    response = await http.post("/api/v1/executions", json=SCALE)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["status"] == "succeeded" and result["undo_token"] == "exec-http-1"
    assert (cluster.obj("apps/v1/deployments", NS, "web") or {})["spec"]["replicas"] == 4

    again = await http.post("/api/v1/executions", json=SCALE)
    assert again.json() == result

    fetched = await http.get("/api/v1/executions/exec-http-1")
    assert fetched.status_code == 200 and fetched.json()["api_calls"] == result["api_calls"]
    listed = await http.get("/api/v1/executions", params={"workflow_id": "wf-1"})
    assert [i["execution_id"] for i in listed.json()["items"]] == ["exec-http-1"]

    undo = await http.post("/api/v1/executions/exec-http-1/undo", json={})
    assert undo.status_code == 200, undo.text
    assert undo.json()["undo_of"] == "exec-http-1"
    assert (cluster.obj("apps/v1/deployments", NS, "web") or {})["spec"]["replicas"] == 2

    metrics = (await http.get(f"{http.metrics_url}/metrics")).text  # type: ignore[attr-defined]
    assert (
        'actions_executed_total{action="scale_deployment",dry_run="false",'
        'service="executor-service",status="succeeded"} 1.0'
    ) in metrics
    assert "action_execution_duration_seconds_bucket" in metrics


async def test_errors_come_back_as_the_envelope_with_the_right_status(
    cluster: ClusterEmulator, http: httpx.AsyncClient
) -> None:
    missing = await http.post("/api/v1/executions", json=SCALE)
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "NOT_FOUND"

    bad = await http.post(
        "/api/v1/executions",
        json={**SCALE, "parameters": {"namespace": NS, "resource": "web", "replicas": "many"}},
    )
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "UNPROCESSABLE"
    assert bad.json()["error"]["details"]["cause"] == "VALIDATION_FAILED"

    unknown = await http.post("/api/v1/executions", json={**SCALE, "action_type": "reboot"})
    assert unknown.status_code == 400  # not in the catalogue enum: a schema violation

    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    cluster.denied.add(("patch", "deployments", "scale"))
    denied = await http.post("/api/v1/executions", json=SCALE)
    assert denied.status_code == 403
    assert denied.json()["error"]["details"]["denied"][0]["resource"] == "deployments"

    cluster.denied.clear()
    assert (await http.post("/api/v1/executions", json=SCALE)).status_code == 200
    reused = await http.post(
        "/api/v1/executions", json={**SCALE, "parameters": {**SCALE["parameters"], "replicas": 7}}
    )
    assert reused.status_code == 409 and reused.json()["error"]["code"] == "CONFLICT"

    cluster.failures[("GET", f"/apis/apps/v1/namespaces/{NS}/deployments/web")] = 500
    broken = await http.post("/api/v1/executions", json={**SCALE, "execution_id": "x2"})
    assert broken.status_code == 503
    assert broken.json()["error"]["code"] == "SERVICE_UNAVAILABLE"

    nothing = await http.get("/api/v1/executions/never")
    assert nothing.status_code == 404
    preview = await http.post("/api/v1/executions/exec-http-1/undo", json={"dry_run": True})
    assert preview.status_code == 200 and preview.json()["dry_run"] is True
    metrics = (await http.get(f"{http.metrics_url}/metrics")).text  # type: ignore[attr-defined]
    assert (
        'actions_executed_total{action="scale_deployment",dry_run="false",'
        'service="executor-service",status="rejected"} 3.0'
    ) in metrics


async def test_target_state_over_http(cluster: ClusterEmulator, http: httpx.AsyncClient) -> None:
    cluster.seed("v1/nodes", o.node(unschedulable=True))
    cluster.seed("v1/pods", o.pod("web-1", restarts=2))
    node = await http.get("/api/v1/targets/-/Node/node-1")
    assert node.status_code == 200, node.text
    body = node.json()
    assert body["healthy"] is False and body["details"]["unschedulable"] is True
    assert [p["name"] for p in body["pods"]] == ["web-1"]
    gone = await http.get(f"/api/v1/targets/{NS}/Deployment/nope")
    assert gone.status_code == 404
    health = (await http.get("/health")).json()
    assert health["components"]["kubernetes"] == "healthy"
    assert health["components"]["dry-run-only"] == "disabled"


async def test_without_credentials_health_says_dry_run_only_and_real_runs_are_refused(
    tmp_path: Path,
) -> None:
    settings = settings_for_test(
        ExecutorSettings, tmp_path, kubernetes_mode="none", audit_to_storage=False
    )
    async with running(create_app(settings)) as ep, httpx.AsyncClient(base_url=ep.api) as http:
        health = (await http.get("/health")).json()
        assert health["status"] == "degraded"
        assert health["components"]["kubernetes"] == "disabled"
        assert health["components"]["dry-run-only"] == "degraded"
        refused = await http.post("/api/v1/executions", json=SCALE)
        assert refused.status_code == 503
        assert "dry-run-only" in refused.json()["error"]["message"]
        planned = await http.post("/api/v1/executions", json={**SCALE, "dry_run": True})
        assert planned.status_code == 200 and planned.json()["api_calls"] == []
        state = await http.get(f"/api/v1/targets/{NS}/Deployment/web")
        assert state.status_code == 503


async def test_wait_false_answers_202_and_the_result_is_polled(
    cluster: ClusterEmulator, http: httpx.AsyncClient
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    cluster.stalled.add(("deployments", "web"))  # keeps it running for a moment
    request = {**SCALE, "wait": False, "timeout_seconds": 1}
    accepted = await http.post("/api/v1/executions", json=request)
    assert accepted.status_code == 202 and accepted.json()["status"] == "running"
    duplicate = await http.post("/api/v1/executions", json=request)
    assert duplicate.status_code == 202  # same request, same running record
    blocking = await http.post("/api/v1/executions", json={**request, "wait": True})
    assert blocking.status_code == 409  # cannot wait on somebody else's run
    for _ in range(100):
        record = (await http.get("/api/v1/executions/exec-http-1")).json()
        if record["status"] != "running":
            break
        await asyncio.sleep(0.05)
    assert record["status"] == "timed_out"
    assert (cluster.obj("apps/v1/deployments", NS, "web") or {})["spec"]["replicas"] == 4

    missing = await http.post(
        "/api/v1/executions",
        json={
            **request,
            "execution_id": "async-missing",
            "parameters": {**SCALE["parameters"], "resource": "nope"},
        },
    )
    assert missing.status_code == 202
    for _ in range(100):
        record = (await http.get("/api/v1/executions/async-missing")).json()
        if record["status"] != "running":
            break
        await asyncio.sleep(0.05)
    assert record["status"] == "failed" and record["error"]["code"] == "NOT_FOUND"
