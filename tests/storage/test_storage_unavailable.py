"""storage-service keeps answering (503 + envelope) while its database is unreachable,
and recovers by itself once it is back."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test
from services.storage.app import create_app
from services.storage.settings import StorageSettings


async def test_unreachable_database_is_unhealthy_then_recovers(tmp_path: Path) -> None:
    missing = tmp_path / "not-yet" / "storage.db"  # SQLite cannot create the file yet
    settings = settings_for_test(
        StorageSettings,
        tmp_path / "data",
        database_url=f"sqlite+aiosqlite:///{missing}",
        connect_retry_seconds=0.05,
    )
    async with running(create_app(settings)) as ep, httpx.AsyncClient(base_url=ep.api) as http:
        health = await http.get("/health")
        assert health.status_code == 503
        assert health.json()["components"]["database"] == "unavailable"
        refused = await http.get("/api/v1/query-history")
        assert refused.status_code == 503
        assert refused.json()["error"]["code"] == "SERVICE_UNAVAILABLE"

        missing.parent.mkdir()
        for _ in range(200):
            if (await http.get("/health")).status_code == 200:
                break
            await asyncio.sleep(0.05)
        page = await http.get("/api/v1/query-history")
        assert page.status_code == 200 and page.json() == {"items": []}


async def test_postgresql_down_answers_503_not_500(tmp_path: Path) -> None:
    settings = settings_for_test(
        StorageSettings,
        tmp_path / "data",
        database_url="postgresql+psycopg://postgres@127.0.0.1:9/kubernaut",  # nothing listens
        connect_retry_seconds=30,
    )
    async with running(create_app(settings)) as ep, httpx.AsyncClient(base_url=ep.api) as http:
        r = await http.post(
            "/api/v1/audit", json={"actor": "executor-service", "event_type": "action_executed"}
        )
        assert r.status_code == 503, r.text
        assert r.json()["error"]["details"]["service"] == "storage-service"
