"""The loop between workflow-service and monitor-service over real HTTP: an executed
workflow schedules its assessment, and the outcome comes back onto the workflow."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import httpx

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.monitor.app import create_app as create_monitor
from services.monitor.settings import MonitorSettings
from services.notification.app import create_app as create_notification
from services.notification.settings import NotificationSettings
from services.storage.app import create_app as create_storage
from services.storage.settings import StorageSettings
from services.workflow.app import create_app as create_workflow
from services.workflow.settings import DryRunSettings, GateSettings, WorkflowSettings
from tests.workflow.wf_support import ContractExecutor, free_port

EXECUTE = {
    "action": {
        "type": "restart_pod",
        "confidence": 0.95,
        "parameters": {"namespace": "default", "resource": "webapp-1"},
    },
    "alert": {"name": "HighMemoryUsage", "severity": "critical", "namespace": "default"},
    "context": {"request_id": "req-loop", "action_id": "act-loop"},
}


async def test_executed_workflow_gets_its_assessment_back(tmp_path: Path) -> None:
    executor = ContractExecutor()  # executor-service as its spec says, always succeeding
    await executor.start()
    async with contextlib.AsyncExitStack() as stack:
        storage = await stack.enter_async_context(
            running(create_storage(settings_for_test(StorageSettings, tmp_path / "storage")))
        )
        notification = await stack.enter_async_context(
            running(
                create_notification(settings_for_test(NotificationSettings, tmp_path / "notif"))
            )
        )
        wf_port = free_port()  # each calls the other: workflow's port is chosen up front
        monitor = await stack.enter_async_context(
            running(
                create_monitor(
                    settings_for_test(
                        MonitorSettings,
                        tmp_path / "monitor",
                        poll_interval_seconds=0.2,
                        upstreams=upstreams_for(
                            {
                                "storage": storage.api,
                                "notification": notification.api,
                                "workflow": f"http://127.0.0.1:{wf_port}",
                            }
                        ),
                    )
                )
            )
        )
        wf_settings = settings_for_test(
            WorkflowSettings,
            tmp_path / "workflow",
            port=wf_port,
            upstreams=upstreams_for(
                {
                    "executor": executor.url,
                    "storage": storage.api,
                    "monitor": monitor.api,
                    "notification": notification.api,
                }
            ),
            poll_interval_seconds=0.05,
            retry_initial_seconds=0.05,
            retry_max_seconds=0.2,
            dry_run=DryRunSettings(default=False),
            gates=GateSettings(),
            assessment_window_seconds=1,
        )
        wf = await stack.enter_async_context(
            running(create_workflow(wf_settings), ports=(wf_port, 0, 0))
        )
        async with httpx.AsyncClient(timeout=10) as http:
            r = await http.post(f"{wf.api}/api/v1/execute-action", json=EXECUTE)
            assert r.status_code in (200, 201, 202), r.text
            workflow_id = r.json()["workflow_id"]
            deadline = asyncio.get_running_loop().time() + 20
            body: dict[str, Any] = {}
            while not body.get("assessment"):
                assert asyncio.get_running_loop().time() < deadline, body
                await asyncio.sleep(0.2)
                body = (await http.get(f"{wf.api}/api/v1/workflows/{workflow_id}")).json()
            listed = (
                await http.get(
                    f"{monitor.api}/api/v1/assessments", params={"workflow_id": workflow_id}
                )
            ).json()["items"]
    await executor.stop()
    [assessment] = listed
    assert body["assessment"]["assessment_id"] == assessment["assessment_id"]
    # No Prometheus, Alertmanager or cluster configured: honestly inconclusive.
    assert body["assessment"]["outcome"] == assessment["outcome"] == "inconclusive"
    assert assessment["execution_id"] == body["execution_id"]
    assert assessment["feedback"]["workflow"] == "delivered"
    assert assessment["feedback"]["storage"] == "delivered"
