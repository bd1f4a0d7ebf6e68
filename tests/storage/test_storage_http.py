"""storage-service over real HTTP (uvicorn on loopback), as other services call it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test
from services.storage.app import create_app
from services.storage.settings import StorageSettings


@pytest.fixture
async def http(backend: tuple[str, str | None], tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    url, schema = backend
    settings = settings_for_test(
        StorageSettings, tmp_path / "data", database_url=url, db_schema=schema
    )
    async with running(create_app(settings)) as ep, httpx.AsyncClient(base_url=ep.api) as client:
        yield client


def action_body(action_id: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "alert": {"name": "HighMemoryUsage", "severity": "critical", "namespace": "default",
                  "resource": "webapp", "labels": {"deployment": "webapp"}, "annotations": {}},
        "action": "restart_pod",
        "confidence": 0.85,
        "reasoning": {"summary": "Critical memory alert detected...",
                      "primary_reason": "Memory usage exceeded threshold"},
        "parameters": {"namespace": "default", "resource": "webapp", "strategy": "rolling_restart"},
        "request_id": "6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11",
        "action_id": action_id,
    }  # fmt: skip
    body.update(overrides)
    return body


def assert_envelope(response: httpx.Response, status: int, code: str | None = None) -> None:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["request_id"] and error["timestamp"] and error["message"]
    if code is not None:
        assert error["code"] == code


async def test_store_action_then_query_history_and_replay_semantics(
    http: httpx.AsyncClient,
) -> None:
    created = await http.post("/api/v1/store-action", json=action_body("act-1"))
    assert created.status_code == 201, created.text
    assert created.json()["resource_kind"] == "Deployment"
    assert (await http.post("/api/v1/store-action", json=action_body("act-1"))).status_code == 200
    conflict = await http.post("/api/v1/store-action", json=action_body("act-1", confidence=0.1))
    assert_envelope(conflict, 409, "CONFLICT")

    execution = await http.post(
        "/api/v1/store-execution",
        json={"execution_id": "exec-1", "workflow_id": "wf-1", "action_id": "act-1",
              "status": "succeeded", "dry_run": False, "result": {"deleted": "webapp-1"}},
    )  # fmt: skip
    assert execution.status_code == 201, execution.text
    assessed = await http.post(
        "/api/v1/assessments",
        json={"assessment_id": "as-1", "action_id": "act-1", "outcome": "ineffective",
              "score": 0.2, "signals": {"health": 0.1}},
    )  # fmt: skip
    assert assessed.status_code == 201, assessed.text

    page = await http.get(
        "/api/v1/query-history",
        params={"resource": "webapp", "alert_name": "HighMemoryUsage", "outcome": "failure"},
    )
    assert page.status_code == 200, page.text
    (entry,) = page.json()["items"]
    assert entry["action_id"] == "act-1" and entry["execution"]["status"] == "succeeded"
    assert entry["assessment_outcome"] == "ineffective"
    assert "next_cursor" not in page.json()
    one = (await http.get("/api/v1/actions/act-1")).json()
    assert one["outcome"] == "failure"
    # Free-form parts of the seed's shapes come back exactly as stored.
    assert one["parameters"]["strategy"] == "rolling_restart"
    assert one["reasoning"]["primary_reason"] == "Memory usage exceeded threshold"
    assert one["alert"]["labels"] == {"deployment": "webapp"}


async def test_bad_input_answers_the_error_envelope_not_500(http: httpx.AsyncClient) -> None:
    assert_envelope(
        await http.post("/api/v1/store-action", json=action_body("a", confidence=2)), 400
    )
    assert_envelope(await http.get("/api/v1/query-history", params={"cursor": "zzz"}), 400)
    assert_envelope(await http.get("/api/v1/query-history", params={"since": "yesterday"}), 400)
    assert_envelope(
        await http.get(
            "/api/v1/query-history",
            params={"since": "2026-01-02T00:00:00Z", "until": "2026-01-01T00:00:00Z"},
        ),
        400,
    )
    assert_envelope(await http.get("/api/v1/actions/nope"), 404, "NOT_FOUND")
    assert_envelope(await http.get("/api/v1/alerts/nope"), 404, "NOT_FOUND")
    assert_envelope(
        await http.post("/api/v1/alerts/nope/lifecycle", json={"state": "analyzing"}), 404
    )
    assert_envelope(await http.post("/api/v1/store-execution", json={"status": "succeeded"}), 400)


async def test_alert_record_lifecycle_over_http(http: httpx.AsyncClient) -> None:
    alert = {
        "fingerprint": "fp-9",
        "name": "PodCrashLooping",
        "status": "firing",
        "starts_at": "2026-01-01T10:00:00Z",
        "namespace": "shop",
        "resource": "api",
    }
    first = await http.post("/api/v1/alerts", json=alert)
    assert first.status_code == 201, first.text
    alert_id = first.json()["alert_id"]
    again = await http.post("/api/v1/alerts", json=alert)
    assert again.status_code == 200 and again.json()["alert_id"] == alert_id
    moved = await http.post(
        f"/api/v1/alerts/{alert_id}/lifecycle", json={"state": "resolved", "detail": {"by": "am"}}
    )
    assert moved.json()["status"] == "resolved"
    listed = await http.get("/api/v1/alerts", params={"status": "resolved", "namespace": "shop"})
    assert [a["alert_id"] for a in listed.json()["items"]] == [alert_id]


async def test_audit_trail_and_similarity_over_http(http: httpx.AsyncClient) -> None:
    for i in range(3):
        r = await http.post(
            "/api/v1/audit",
            json={"actor": "ai-service", "event_type": "action_decided", "subject": f"a{i}",
                  "inputs": {"alert": "HighMemoryUsage"}, "outputs": {"action": "restart_pod"}},
        )  # fmt: skip
        assert r.status_code == 201, r.text
    batch = await http.post(
        "/api/v1/audit/batch", json={"items": [{"actor": "alice", "event_type": "approved"}]}
    )
    assert [e["sequence"] for e in batch.json()["items"]] == [4]
    verified = (await http.get("/api/v1/audit/verify")).json()
    assert verified["valid"] is True and verified["entries_checked"] == 4

    await http.post("/api/v1/store-action", json=action_body("mem-1"))
    other = action_body("disk-1")
    other["alert"] = {"name": "DiskFull", "namespace": "infra", "resource": "node-1"}
    await http.post("/api/v1/store-action", json=other)
    similar = await http.post(
        "/api/v1/similar", json={"alert": {"name": "HighMemoryUsage", "resource": "webapp"}, "k": 1}
    )
    assert similar.status_code == 200, similar.text
    body = similar.json()
    assert body["index"] == "builtin" and body["vectoriser"] == "hashed-ngrams-v1"
    assert [i["incident"]["action_id"] for i in body["items"]] == ["mem-1"]


async def test_patterns_round_trip_and_health(http: httpx.AsyncClient) -> None:
    put = await http.put(
        "/api/v1/patterns",
        json={"patterns": [{"pattern_type": "recurring_incident", "key": "X|ns|r", "support": 3,
                            "alert_name": "X", "data": {"occurrences": 3}}],
              "replace_types": ["recurring_incident"]},
    )  # fmt: skip
    assert put.json() == {"stored": 1, "removed": 0}
    got = await http.get("/api/v1/query-patterns", params={"alert_name": "X"})
    assert got.json()["items"][0]["data"] == {"occurrences": 3}
    health = await http.get("/health")
    assert health.status_code == 200
    assert health.json()["components"]["database"] == "healthy"
    purge = await http.post("/api/v1/retention/purge", json={"retention_days": 30})
    assert purge.status_code == 200 and purge.json()["deleted"]["patterns"] == 0
