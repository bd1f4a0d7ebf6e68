"""Fixtures for workflow-service tests over real HTTP.

The real storage-, notification- and monitor-service apps run once per test module
(SQLite in a tmp dir); each test starts its own workflow-service (fresh data dir)
pointed at them and at an executor (the real app, or ``ContractExecutor``).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest_asyncio

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.monitor.app import create_app as create_monitor
from services.monitor.settings import MonitorSettings
from services.notification.app import create_app as create_notification
from services.notification.settings import NotificationSettings
from services.storage.app import create_app as create_storage
from services.storage.settings import StorageSettings
from services.workflow.app import create_app
from services.workflow.domain.clock import Clock, ManualClock
from services.workflow.settings import DryRunSettings, GateSettings, WorkflowSettings
from tests.workflow.wf_support import ContractExecutor, free_port

TERMINAL = {"blocked", "rejected", "expired", "succeeded", "failed", "dry_run_completed"}


@dataclass
class Backends:
    storage: str
    notification: str
    monitor: str


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def backends(tmp_path_factory: Any) -> AsyncIterator[Backends]:
    root: Path = tmp_path_factory.mktemp("backends")
    async with contextlib.AsyncExitStack() as stack:
        storage = await stack.enter_async_context(
            running(create_storage(settings_for_test(StorageSettings, root / "storage")))
        )
        notification = await stack.enter_async_context(
            running(create_notification(settings_for_test(NotificationSettings, root / "notif")))
        )
        monitor_settings = settings_for_test(
            MonitorSettings,
            root / "monitor",
            upstreams=upstreams_for({"storage": storage.api, "notification": notification.api}),
            window_seconds=3600,  # assessments stay scheduled during the tests
        )
        monitor = await stack.enter_async_context(running(create_monitor(monitor_settings)))
        yield Backends(storage.api, notification.api, monitor.api)


@dataclass
class WorkflowUnderTest:
    """One workflow-service process (restartable on the same port and data dir)."""

    data_dir: Path
    backends: Backends
    executor_url: str
    overrides: dict[str, Any] = field(default_factory=dict)
    clock: Clock | None = None
    port: int = field(default_factory=free_port)
    http: httpx.AsyncClient | None = None
    metrics_url: str = ""
    _stack: contextlib.AsyncExitStack | None = None

    def settings(self) -> WorkflowSettings:
        values: dict[str, Any] = {
            "upstreams": upstreams_for(
                {
                    "executor": self.executor_url,
                    "storage": self.backends.storage,
                    "monitor": self.backends.monitor,
                    "notification": self.backends.notification,
                }
            ),
            "port": self.port,
            "public_url": f"http://127.0.0.1:{self.port}",
            "poll_interval_seconds": 0.05,
            "retry_initial_seconds": 0.05,
            "retry_max_seconds": 0.2,
            "dry_run": DryRunSettings(default=False),
            "gates": GateSettings(),
        }
        values.update(self.overrides)
        return settings_for_test(WorkflowSettings, self.data_dir, **values)

    async def start(self) -> None:
        self._stack = contextlib.AsyncExitStack()
        app = create_app(self.settings(), self.clock)
        endpoints = await self._stack.enter_async_context(running(app, ports=(self.port, 0, 0)))
        self.metrics_url = f"{endpoints.metrics}/metrics"
        self.http = await self._stack.enter_async_context(
            httpx.AsyncClient(base_url=endpoints.api, timeout=10)
        )

    async def stop(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
            self._stack = None
            self.http = None

    @property
    def client(self) -> httpx.AsyncClient:
        assert self.http is not None, "workflow-service is not running"
        return self.http

    async def execute(
        self,
        action: str = "restart_pod",
        confidence: float = 0.9,
        action_id: str = "act-1",
        alert: dict[str, Any] | None = None,
        **parameters: Any,
    ) -> httpx.Response:
        merged = {"namespace": "default", "resource": "webapp-1", **parameters}
        params = {k: v for k, v in merged.items() if v is not None}  # namespace=None: a node
        return await self.client.post(
            "/api/v1/execute-action",
            json={
                "action": {"type": action, "parameters": params, "confidence": confidence},
                "alert": alert
                or {
                    "name": "HighMemoryUsage",
                    "severity": "critical",
                    "namespace": params.get("namespace", "default"),
                },
                "context": {"request_id": f"req-{action_id}", "action_id": action_id},
            },
        )

    async def workflow(self, workflow_id: str) -> dict[str, Any]:
        response = await self.client.get(f"/api/v1/workflows/{workflow_id}")
        assert response.status_code == 200, response.text
        return dict(response.json())

    async def wait_for(
        self,
        workflow_id: str,
        statuses: set[str] | None = None,
        record_done: bool = False,
        within: float = 10.0,
    ) -> dict[str, Any]:
        """Poll until the workflow reaches one of ``statuses`` (default: terminal)."""
        wanted = statuses or TERMINAL
        deadline = asyncio.get_running_loop().time() + within
        while True:
            wf = await self.workflow(workflow_id)
            record = next(s for s in wf["steps"] if s["name"] == "record")
            if wf["status"] in wanted and (not record_done or record["status"] != "running"):
                return wf
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"workflow stuck: {wf}")
            await asyncio.sleep(0.05)


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def executor() -> AsyncIterator[ContractExecutor]:
    fake = ContractExecutor()
    await fake.start()
    yield fake
    await fake.stop()
    assert fake.spec_violations == []


# Shared apps: starting a service costs ~1.5 s, so tests that need no special
# settings share one (each test uses its own targets). Rate limits and the
# recurring-restart gate are off there, since tests would add up against them.
SHARED_GATES = GateSettings(rate_limit_global=0, rate_limit_per_namespace=0, restart_limit=0)


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def shared_wf(
    backends: Backends, executor: ContractExecutor, tmp_path_factory: Any
) -> AsyncIterator[WorkflowUnderTest]:
    wut = WorkflowUnderTest(
        tmp_path_factory.mktemp("shared"), backends, executor.url, {"gates": SHARED_GATES}
    )
    await wut.start()
    yield wut
    await wut.stop()


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def clocked_wf(
    backends: Backends, executor: ContractExecutor, tmp_path_factory: Any
) -> AsyncIterator[WorkflowUnderTest]:
    """A shared app whose time only moves when a test says so."""
    wut = WorkflowUnderTest(
        tmp_path_factory.mktemp("clocked"),
        backends,
        executor.url,
        {"gates": SHARED_GATES},
        ManualClock(),
    )
    await wut.start()
    yield wut
    await wut.stop()


@pytest_asyncio.fixture(loop_scope="session")
async def make_workflow(backends: Backends, tmp_path: Path) -> AsyncIterator[Any]:
    started: list[WorkflowUnderTest] = []

    async def factory(
        executor_url: str, clock: Clock | None = None, **overrides: Any
    ) -> WorkflowUnderTest:
        wut = WorkflowUnderTest(
            tmp_path / f"wf{len(started)}", backends, executor_url, overrides, clock
        )
        await wut.start()
        started.append(wut)
        return wut

    yield factory
    for wut in started:
        await wut.stop()
