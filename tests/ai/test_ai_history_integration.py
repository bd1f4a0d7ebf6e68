"""ai-service asks the real storage-service and intelligence-service for history."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.ai.app import create_app
from services.ai.settings import AiSettings
from services.intelligence.app import create_app as create_intelligence
from services.intelligence.settings import IntelligenceSettings
from services.storage.app import create_app as create_storage
from services.storage.settings import StorageSettings

POD = "web-7d9c8b6f5-x2x7k"
ALERT = {
    "name": "KubePodCrashLooping",
    "severity": "warning",
    "namespace": "shop",
    "labels": {"pod": POD, "container": "app"},
}


async def record_failed_restart(storage: httpx.AsyncClient, *, dry_run: bool = False) -> None:
    action_id = f"act-{uuid.uuid4().hex[:12]}"
    r = await storage.post(
        "/api/v1/store-action",
        json={
            "action_id": action_id,
            "alert": {**ALERT, "resource": POD, "kind": "Pod"},
            "action": "restart_pod",
            "confidence": 0.7,
            "decided_by": "rules",
            "parameters": {"namespace": "shop", "resource": POD},
            "reasoning": {
                "summary": "s",
                "primary_reason": "p",
                "historical_context": "h",
                "oscillation_risk": "o",
            },
        },
    )
    assert r.status_code in (200, 201), r.text
    r = await storage.post(
        "/api/v1/store-execution",
        json={
            "execution_id": f"exe-{uuid.uuid4().hex[:12]}",
            "action_id": action_id,
            "action_type": "restart_pod",
            "status": "failed",
            "dry_run": dry_run,
            "error": "pod kept crashing",
            "target": {"namespace": "shop", "kind": "Pod", "name": POD},
        },
    )
    assert r.status_code in (200, 201), r.text


async def test_repeated_failed_restarts_in_storage_escalate_to_notify_only(tmp_path: Path) -> None:
    storage_app = create_storage(settings_for_test(StorageSettings, tmp_path / "storage"))
    async with running(storage_app) as storage_ep:
        intel_app = create_intelligence(
            settings_for_test(
                IntelligenceSettings,
                tmp_path / "intel",
                recompute_interval_seconds=0,
                upstreams=upstreams_for({"storage": storage_ep.api}),
            )
        )
        async with running(intel_app) as intel_ep:
            ai_settings = settings_for_test(
                AiSettings,
                tmp_path / "ai",
                upstreams=upstreams_for({"storage": storage_ep.api, "intelligence": intel_ep.api}),
            )
            async with (
                running(create_app(ai_settings)) as ai_ep,
                httpx.AsyncClient(base_url=storage_ep.api) as storage,
                httpx.AsyncClient(base_url=ai_ep.api, timeout=15) as ai,
            ):
                first = (await ai.post("/api/v1/analyze-alert", json={"alert": ALERT})).json()
                assert first["action"] == "restart_pod"
                assert first["reasoning"]["historical_context"].startswith(
                    "No previous actions on Pod shop/" + POD
                )
                assert first["oscillation_level"] == "low"

                for _ in range(3):  # dry runs changed nothing: they are no history
                    await record_failed_restart(storage, dry_run=True)
                dry = (await ai.post("/api/v1/analyze-alert", json={"alert": ALERT})).json()
                assert dry["confidence"] == first["confidence"]
                assert dry["reasoning"]["historical_context"].startswith("No previous actions")

                await record_failed_restart(storage)
                second = (await ai.post("/api/v1/analyze-alert", json={"alert": ALERT})).json()
                assert second["action"] == "restart_pod"
                assert second["confidence"] < first["confidence"]
                assert "1 failure" in second["reasoning"]["historical_context"]

                await record_failed_restart(storage)
                await record_failed_restart(storage)
                third = (await ai.post("/api/v1/analyze-alert", json={"alert": ALERT})).json()
                assert third["action"] == "notify_only"
                assert third["decision"]["base_action"] == "restart_pod"
                assert "tried 3 times" in third["parameters"]["reason"]
                assert third["oscillation_level"] == "high"
                assert "unavailable" not in third["reasoning"]["historical_context"]
