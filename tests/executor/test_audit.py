"""Every real change reaches storage-service's audit trail, even when it was down."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import httpx

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.executor.app import create_app
from services.executor.settings import ExecutorSettings
from services.storage.app import create_app as create_storage
from services.storage.settings import StorageSettings

from . import objects as o
from .emulator import ClusterEmulator
from .helpers import NS

SCALE: dict[str, Any] = {
    "execution_id": "exec-audit",
    "action_type": "scale_deployment",
    "parameters": {"namespace": NS, "resource": "web", "replicas": 3},
    "timeout_seconds": 5,
}


def executor_settings(tmp_path: Path, kubeconfig: Path, storage_url: str) -> ExecutorSettings:
    return settings_for_test(
        ExecutorSettings,
        tmp_path / "executor",
        kubernetes_mode="kubeconfig",
        kubeconfig=kubeconfig,
        poll_interval_seconds=0.02,
        audit_retry_seconds=0.2,
        upstreams=upstreams_for({"storage": storage_url}),
    )


async def audit_entries(storage: httpx.AsyncClient) -> list[dict[str, Any]]:
    page = await storage.get("/api/v1/audit", params={"actor": "executor-service"})
    assert page.status_code == 200, page.text
    return list(page.json()["items"])


async def test_real_changes_and_undos_are_audited_but_dry_runs_are_not(
    tmp_path: Path, kubeconfig: Path, cluster: ClusterEmulator
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    async with (
        running(create_storage(settings_for_test(StorageSettings, tmp_path / "s"))) as st,
        httpx.AsyncClient(base_url=st.api) as storage,
        running(create_app(executor_settings(tmp_path, kubeconfig, st.api))) as ex,
        httpx.AsyncClient(base_url=ex.api) as executor,
    ):
        dry = await executor.post(
            "/api/v1/executions", json={**SCALE, "execution_id": "dry", "dry_run": True}
        )
        assert dry.status_code == 200
        assert (await executor.post("/api/v1/executions", json=SCALE)).status_code == 200
        assert (
            await executor.post("/api/v1/executions/exec-audit/undo", json={})
        ).status_code == 200
        entries = await audit_entries(storage)
    assert [(e["event_type"], e["subject"]) for e in entries] == [
        ("kubernetes_action_executed", "exec-audit"),
        ("kubernetes_action_undone", "undo-exec-audit"),
    ]
    executed = entries[0]
    assert executed["inputs"]["parameters"]["replicas"] == 3
    assert (
        f"PATCH /apis/apps/v1/namespaces/{NS}/deployments/web/scale -> 200"
        in executed["outputs"]["api_calls"]
    )
    assert entries[1]["inputs"]["undo_of"] == "exec-audit"


async def test_audit_entries_wait_in_the_outbox_while_storage_is_down(
    tmp_path: Path, kubeconfig: Path, cluster: ClusterEmulator
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    storage_url = f"http://127.0.0.1:{port}"
    async with (
        running(create_app(executor_settings(tmp_path, kubeconfig, storage_url))) as ex,
        httpx.AsyncClient(base_url=ex.api) as executor,
    ):
        response = await executor.post("/api/v1/executions", json=SCALE)
        assert response.status_code == 200 and response.json()["status"] == "succeeded"
        storage_settings = settings_for_test(StorageSettings, tmp_path / "s", port=port)
        async with (
            running(create_storage(storage_settings)) as st,
            httpx.AsyncClient(base_url=st.api) as storage,
        ):
            for _ in range(50):
                entries = await audit_entries(storage)
                if entries:
                    break
                await asyncio.sleep(0.1)
    assert [e["subject"] for e in entries] == ["exec-audit"]
