"""Durability of workflow-service: the outbox replays executor calls after an outage,
gives up past its deadline with a human notified, and workflows survive restarts.

The executor here is the real executor-service app (without cluster credentials it
accepts dry runs only, which is what these workflows are), stopped and started on
a fixed port to simulate the outage.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test
from services.executor.app import create_app as create_executor
from services.executor.settings import ExecutorSettings
from services.workflow.settings import DryRunSettings
from tests.workflow.conftest import Backends, WorkflowUnderTest
from tests.workflow.wf_support import free_port

pytestmark = pytest.mark.asyncio(loop_scope="session")


class RealExecutor:
    """executor-service on a fixed port, so it can go away and come back."""

    def __init__(self, data_dir: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self._stack: contextlib.AsyncExitStack | None = None

    async def start(self) -> None:
        settings = settings_for_test(
            ExecutorSettings, self.data_dir, kubernetes_mode="none", port=self.port
        )
        self._stack = contextlib.AsyncExitStack()
        await self._stack.enter_async_context(
            running(create_executor(settings), ports=(self.port, 0, 0))
        )

    async def stop(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
            self._stack = None

    async def execution(self, execution_id: str) -> httpx.Response:
        async with httpx.AsyncClient(base_url=self.url, timeout=5) as http:
            return await http.get(f"/api/v1/executions/{execution_id}")


@pytest_asyncio.fixture(loop_scope="session")
async def real_executor(tmp_path: Path) -> AsyncIterator[RealExecutor]:
    executor = RealExecutor(tmp_path / "executor")
    yield executor
    await executor.stop()


async def _notification(backends: Backends, notification_id: str) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=backends.notification, timeout=5) as http:
        for _ in range(100):
            response = await http.get(f"/api/v1/notifications/{notification_id}")
            if response.status_code == 200:
                return dict(response.json())
            await asyncio.sleep(0.05)
    raise AssertionError(f"notification {notification_id} never arrived")


async def _wait_attempts(wut: WorkflowUnderTest, workflow_id: str) -> dict[str, Any]:
    """Wait until the workflow has tried the executor and put the call back in the queue."""
    for _ in range(200):
        wf = await wut.workflow(workflow_id)
        action = wf["steps"][1]
        if wf["status"] == "queued" and "waiting for the executor" in action.get("message", ""):
            return wf
        await asyncio.sleep(0.05)
    raise AssertionError(f"never queued for retry: {wf}")


async def test_executor_outage_is_replayed_from_the_durable_queue(
    make_workflow: Any, real_executor: RealExecutor, backends: Backends
) -> None:
    wut: WorkflowUnderTest = await make_workflow(
        real_executor.url, dry_run=DryRunSettings(default=True)
    )
    r = (await wut.execute(action_id="q-1", resource="queued-pod")).json()
    assert r["success"] is True and r["dry_run"] is True
    wf = await _wait_attempts(wut, r["workflow_id"])
    assert "executor unavailable" in wf["reason"]

    await real_executor.start()
    wf = await wut.wait_for(r["workflow_id"], record_done=True)
    assert wf["status"] == "dry_run_completed", wf
    assert wf["result"]["execution_id"] == r["execution_id"] and wf["result"]["dry_run"] is True
    recorded = await real_executor.execution(r["execution_id"])
    assert recorded.status_code == 200 and recorded.json()["status"] == "succeeded"
    stored = await _notification(backends, f"{r['workflow_id']}-action")
    assert stored["kind"] == "action_taken"


async def test_executor_down_past_the_deadline_fails_and_asks_a_human(
    make_workflow: Any, backends: Backends
) -> None:
    nowhere = f"http://127.0.0.1:{free_port()}"
    wut: WorkflowUnderTest = await make_workflow(nowhere, executor_deadline_seconds=0.6)
    r = (await wut.execute(action_id="dl-1", resource="deadline-pod")).json()
    wf = await wut.wait_for(r["workflow_id"], {"failed"})
    assert wf["escalated"] is True
    assert "executor unavailable past the deadline" in wf["reason"]
    assert "manual intervention needed" in wf["reason"]
    assert [s["status"] for s in wf["steps"]] == ["succeeded", "failed", "skipped", "skipped"]
    note = await _notification(backends, f"{r['workflow_id']}-escalation")
    assert note["kind"] == "escalation" and note["severity"] == "critical"
    assert "manual intervention" in note["body"]


async def test_workflows_and_queued_calls_survive_a_restart(
    make_workflow: Any, real_executor: RealExecutor, backends: Backends
) -> None:
    wut: WorkflowUnderTest = await make_workflow(
        real_executor.url,
        dry_run=DryRunSettings(default=True, actions={"drain_node": True}),
        gates={"dry_run_requires_approval": True},
    )
    waiting = (
        await wut.execute("drain_node", action_id="rs-1", resource="node-7", namespace=None)
    ).json()
    assert waiting["status"] == "awaiting_approval"
    note = await _notification(backends, f"{waiting['workflow_id']}-approval")
    approve_link = next(x["url"] for x in note["context"]["links"] if x["title"] == "Approve")
    queued = (await wut.execute(action_id="rs-2", resource="restart-pod")).json()
    await _wait_attempts(wut, queued["workflow_id"])

    await wut.stop()
    await real_executor.start()
    await wut.start()  # same data dir, same port, same approval key file

    # the queued call is replayed by the new process
    done = await wut.wait_for(queued["workflow_id"], record_done=True)
    assert done["status"] == "dry_run_completed"
    # the approval request is still pending, and its link still works
    before = await wut.workflow(waiting["workflow_id"])
    assert before["status"] == "awaiting_approval"
    async with httpx.AsyncClient(timeout=5) as http:
        decided = await http.post(approve_link, json={"approver": "oncall"})
    assert decided.status_code == 200, decided.text
    after = await wut.wait_for(waiting["workflow_id"])
    assert after["status"] == "dry_run_completed", (after["reason"], after.get("result"))
    assert after["approval"]["decided_by"] == "oncall"
