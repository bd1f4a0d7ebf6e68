"""A workflow that really changes an (emulated) cluster: workflow-service → the real
executor-service → the real ``kubernetes`` client → kmock's Kubernetes API emulator
(with executor's extensions, tests/executor/emulator.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import kmock
import pytest
import pytest_asyncio

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test
from services.executor.app import create_app as create_executor
from services.executor.settings import ExecutorSettings
from services.workflow.settings import GateSettings
from tests.executor import objects
from tests.executor.conftest import write_kubeconfig
from tests.executor.emulator import ClusterEmulator
from tests.workflow.conftest import Backends, WorkflowUnderTest

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest_asyncio.fixture(loop_scope="session")
async def cluster() -> AsyncIterator[ClusterEmulator]:
    async with ClusterEmulator() as emulator, kmock.Server(emulator):
        emulator.declare()
        yield emulator


@pytest_asyncio.fixture(loop_scope="session")
async def executor_url(cluster: ClusterEmulator, tmp_path: Path) -> AsyncIterator[str]:
    kubeconfig = write_kubeconfig(tmp_path / "kubeconfig", str(cluster.url).rstrip("/"))
    settings = settings_for_test(
        ExecutorSettings,
        tmp_path / "executor",
        kubernetes_mode="kubeconfig",
        kubeconfig=kubeconfig,
        poll_interval_seconds=0.05,
    )
    async with running(create_executor(settings)) as endpoints:
        yield endpoints.api


async def test_an_approved_scale_changes_the_cluster_and_is_stored(
    make_workflow: object, executor_url: str, cluster: ClusterEmulator, backends: Backends
) -> None:
    cluster.seed("apps/v1/deployments", objects.deployment(name="web", replicas=2))
    assert callable(make_workflow)
    wut: WorkflowUnderTest = await make_workflow(executor_url, gates=GateSettings())
    r = (
        await wut.execute(
            "scale_deployment",
            action_id="k-1",
            confidence=0.55,
            namespace=objects.NS,
            resource="web",
            replicas=4,
        )
    ).json()
    assert r["dry_run"] is False and r["status"] == "awaiting_approval"
    # nothing touches the cluster before a human says yes
    assert (cluster.obj("apps/v1/deployments", objects.NS, "web") or {})["spec"]["replicas"] == 2
    approved = await wut.client.post(
        f"/api/v1/workflows/{r['workflow_id']}/approve", json={"approver": "sre@example.com"}
    )
    assert approved.status_code == 200
    wf = await wut.wait_for(r["workflow_id"], record_done=True, within=20)
    assert wf["status"] == "succeeded", wf["reason"]
    assert wf["steps"][2]["status"] == "succeeded"  # the executor saw the replicas ready
    patches = [c for c in wf["result"]["api_calls"] if c["method"] == "PATCH"]
    assert [(c["path"], c["body"]) for c in patches] == [
        (f"/apis/apps/v1/namespaces/{objects.NS}/deployments/web/scale", {"spec": {"replicas": 4}})
    ]
    deployment = cluster.obj("apps/v1/deployments", objects.NS, "web") or {}
    assert deployment["spec"]["replicas"] == 4
    async with httpx.AsyncClient(base_url=backends.storage, timeout=5) as http:
        stored = await http.get(f"/api/v1/executions/{r['execution_id']}")
    assert stored.status_code == 200
    assert stored.json()["status"] == "succeeded" and stored.json()["dry_run"] is False
