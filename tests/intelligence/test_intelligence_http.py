"""intelligence-service over real HTTP against a real storage-service on a temp SQLite."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.intelligence.app import create_app as create_intelligence
from services.intelligence.settings import IntelligenceSettings
from services.storage.app import create_app as create_storage
from services.storage.settings import StorageSettings

NOW = datetime.now(UTC).replace(microsecond=0)


def iso(ts: datetime) -> str:
    return ts.isoformat().replace("+00:00", "Z")


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, httpx.AsyncClient]]:
    storage_app = create_storage(settings_for_test(StorageSettings, tmp_path / "storage"))
    async with running(storage_app) as storage_ep:
        settings = settings_for_test(
            IntelligenceSettings,
            tmp_path / "intel",
            upstreams=upstreams_for({"storage": storage_ep.api}),
            recompute_interval_seconds=0,
        )
        async with (
            running(create_intelligence(settings)) as ep,
            httpx.AsyncClient(base_url=storage_ep.api) as storage,
            httpx.AsyncClient(base_url=ep.api) as intel,
        ):
            yield storage, intel


async def seed_incident(
    storage: httpx.AsyncClient, i: int, outcome: str, *, resolve_after: int | None = None
) -> None:
    started = NOW - timedelta(hours=10 - i)
    alert = {"fingerprint": f"fp{i}", "name": "HighMemoryUsage", "status": "firing",
             "starts_at": iso(started), "namespace": "shop", "resource": "web",
             "kind": "Deployment"}  # fmt: skip
    assert (await storage.post("/api/v1/alerts", json=alert)).status_code == 201
    decided = started + timedelta(seconds=30)
    body: dict[str, Any] = {
        "alert": {"name": "HighMemoryUsage", "namespace": "shop", "resource": "web",
                  "kind": "Deployment", "fingerprint": f"fp{i}"},
        "action": "restart_pod", "confidence": 0.7, "action_id": f"act{i}",
        "parameters": {"namespace": "shop", "resource": "web"}, "created_at": iso(decided),
    }  # fmt: skip
    assert (await storage.post("/api/v1/store-action", json=body)).status_code == 201
    assessment = {"assessment_id": f"as{i}", "action_id": f"act{i}", "outcome": outcome,
                  "score": 0.9 if outcome == "effective" else 0.1}  # fmt: skip
    assert (await storage.post("/api/v1/assessments", json=assessment)).status_code == 201
    if resolve_after is not None:
        alert.update(status="resolved", ends_at=iso(decided + timedelta(seconds=resolve_after)))
        assert (await storage.post("/api/v1/alerts", json=alert)).status_code == 200


async def test_recompute_mines_storage_and_serves_statistics(
    stack: tuple[httpx.AsyncClient, httpx.AsyncClient],
) -> None:
    storage, intel = stack
    await seed_incident(storage, 1, "effective", resolve_after=120)
    await seed_incident(storage, 2, "effective", resolve_after=240)
    await seed_incident(storage, 3, "ineffective")

    run = await intel.post("/api/v1/patterns/recompute", json={"force": True})
    assert run.status_code == 200, run.text
    summary = run.json()
    assert summary["status"] == "completed" and summary["incidents_examined"] == 3
    assert summary["patterns"]["action_effectiveness"] == 1
    assert summary["patterns"]["recurring_incident"] == 1  # three firings within 24h

    stats = await intel.get("/api/v1/statistics/actions", params={"alert_name": "HighMemoryUsage"})
    assert stats.status_code == 200, stats.text
    (item,) = stats.json()["items"]
    assert (item["resource_kind"], item["action"], item["total"]) == (
        "Deployment",
        "restart_pod",
        3,
    )
    assert item["success_rate"] == round(2 / 3, 4)
    assert item["mean_time_to_resolution_seconds"] == 180.0
    assert "succeeded in 2 of 3" in item["historical_context"]

    recurring = await intel.get("/api/v1/patterns", params={"pattern_type": "recurring_incident"})
    assert recurring.json()["items"][0]["key"] == "HighMemoryUsage|shop|web"
    # ...and the patterns are in storage for context-service's query-patterns.
    stored = await storage.get("/api/v1/query-patterns", params={"action": "restart_pod"})
    assert stored.json()["items"][0]["support"] == 3
    # A cursor storage never issued is the caller's mistake (400), not an outage (503).
    bad = await intel.get("/api/v1/patterns", params={"cursor": "not-a-cursor"})
    assert bad.status_code == 400 and bad.json()["error"]["message"] == "cursor is not valid"


async def test_recompute_is_skipped_until_storage_changes(
    stack: tuple[httpx.AsyncClient, httpx.AsyncClient],
) -> None:
    storage, intel = stack
    await seed_incident(storage, 1, "effective")
    first = (await intel.post("/api/v1/patterns/recompute", json={})).json()
    assert first["status"] == "completed"
    again = (await intel.post("/api/v1/patterns/recompute", json={})).json()
    assert again["status"] == "skipped" and again["patterns"] == first["patterns"]
    await storage.post(
        "/api/v1/assessments",
        json={
            "assessment_id": "as-late",
            "action_id": "act1",
            "outcome": "ineffective",
            "score": 0,
        },
    )
    later = (await intel.post("/api/v1/patterns/recompute", json={})).json()
    assert later["status"] == "completed"
    (item,) = (await intel.get("/api/v1/statistics/actions")).json()["items"]
    assert item["failures"] == 1 and item["successes"] == 0


async def test_bad_input_and_storage_outage_answer_the_envelope(tmp_path: Path) -> None:
    settings = settings_for_test(
        IntelligenceSettings,
        tmp_path / "intel",
        upstreams=upstreams_for({"storage": "http://127.0.0.1:9"}),  # nothing listens there
        recompute_interval_seconds=0,
    )
    async with (
        running(create_intelligence(settings)) as ep,
        httpx.AsyncClient(base_url=ep.api) as intel,
    ):
        bad = await intel.post("/api/v1/patterns/recompute", json={"lookback_days": -1})
        assert bad.status_code == 400 and bad.json()["error"]["code"]
        down = await intel.post("/api/v1/patterns/recompute", json={"force": True})
        assert down.status_code == 503, down.text
        assert down.json()["error"]["code"] == "SERVICE_UNAVAILABLE"
        listed = await intel.get("/api/v1/patterns")
        assert listed.status_code == 503


async def test_scheduled_recompute_publishes_patterns_without_a_request(tmp_path: Path) -> None:
    storage_app = create_storage(settings_for_test(StorageSettings, tmp_path / "storage"))
    async with (
        running(storage_app) as storage_ep,
        httpx.AsyncClient(base_url=storage_ep.api) as storage,
    ):
        await seed_incident(storage, 1, "effective")
        settings = settings_for_test(
            IntelligenceSettings,
            tmp_path / "intel",
            upstreams=upstreams_for({"storage": storage_ep.api}),
            recompute_interval_seconds=0.05,
        )
        async with (
            running(create_intelligence(settings)) as ep,
            httpx.AsyncClient(base_url=ep.api) as intel,
        ):
            for _ in range(100):
                items = (await intel.get("/api/v1/statistics/actions")).json()["items"]
                if items:
                    break
                await asyncio.sleep(0.05)
            assert [i["action"] for i in items] == ["restart_pod"]
