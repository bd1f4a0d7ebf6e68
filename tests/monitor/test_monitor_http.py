"""monitor-service over real HTTP: contract errors, durability across a restart, and the
feedback of an ineffective outcome to the real storage and notification services."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.monitor.app import create_app
from services.monitor.settings import KubernetesAccess, MonitorSettings
from services.notification.app import create_app as create_notification
from services.notification.settings import NotificationSettings
from services.storage.app import create_app as create_storage
from services.storage.settings import StorageSettings

from .conftest import Alertmanager, Prometheus, deployment, free_port, pod

CLOSED = f"http://127.0.0.1:{free_port()}"  # nothing listens here


def schedule_body(ns: str, window: int, **extra: Any) -> dict[str, Any]:
    return {
        "workflow_id": f"wf-{ns}",
        "execution_id": f"exec-{ns}",
        "action_id": f"act-{ns}",
        "action_type": "increase_resources",
        "action_parameters": {
            "namespace": ns,
            "resource": "web",
            "kind": "Deployment",
            "factor": 1.5,
        },
        "target": {"namespace": ns, "kind": "Deployment", "name": "web"},
        "alert": {
            "name": "HighMemoryUsage",
            "severity": "critical",
            "labels": {"alertname": "HighMemoryUsage", "namespace": ns},
        },
        "executed_at": datetime.now(UTC).isoformat(),
        "window_seconds": window,
        **extra,
    }


def monitor_settings(tmp: Path, **overrides: Any) -> MonitorSettings:
    values: dict[str, Any] = {
        "poll_interval_seconds": 0.2,
        "feedback_retry_seconds": 0.5,
        "feedback_max_attempts": 1000,
        "upstreams": upstreams_for({"storage": CLOSED, "workflow": CLOSED, "notification": CLOSED}),
    }
    values.update(overrides)
    return settings_for_test(MonitorSettings, tmp, **values)


async def wait_completed(http: httpx.AsyncClient, aid: str, within: float = 15) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        r = await http.get(f"/api/v1/assessments/{aid}")
        assert r.status_code == 200
        if r.json()["status"] == "completed":
            return dict(r.json())
        await asyncio.sleep(0.2)
    raise AssertionError(f"assessment {aid} not completed: {r.json()}")


async def test_bad_requests_get_the_error_envelope_with_4xx(tmp_path: Path) -> None:
    async with (
        running(create_app(monitor_settings(tmp_path))) as ep,
        httpx.AsyncClient(base_url=ep.api) as http,
    ):
        r = await http.post("/api/v1/assessments", json={"workflow_id": "wf"})
        assert r.status_code == 400 and r.json()["error"]["code"] in {
            "VALIDATION_FAILED",
            "BAD_REQUEST",
        }
        r = await http.post("/api/v1/assessments", json=schedule_body("x", 10, window_seconds=-1))
        assert r.status_code == 400
        r = await http.get("/api/v1/assessments/asm-nope")
        assert r.status_code == 404 and r.json()["error"]["code"] == "NOT_FOUND"
        r = await http.get("/api/v1/assessments", params={"cursor": "not-a-number"})
        assert r.status_code == 400
        r = await http.get("/api/v1/effectiveness", params={"group_by": "colour"})
        assert r.status_code == 400
        r = await http.post("/api/v1/alert-events", json={"alert_name": "X", "status": "sleeping"})
        assert r.status_code == 400


async def test_scheduling_is_idempotent_per_execution(tmp_path: Path) -> None:
    async with (
        running(create_app(monitor_settings(tmp_path))) as ep,
        httpx.AsyncClient(base_url=ep.api) as http,
    ):
        first = await http.post("/api/v1/assessments", json=schedule_body("idem", 600))
        again = await http.post("/api/v1/assessments", json=schedule_body("idem", 600))
        assert first.status_code == again.status_code == 202
        assert first.json()["assessment_id"] == again.json()["assessment_id"]
        listed = (await http.get("/api/v1/assessments", params={"workflow_id": "wf-idem"})).json()
        assert len(listed["items"]) == 1 and listed["items"][0]["status"] == "scheduled"


async def test_scheduled_assessment_survives_a_restart(tmp_path: Path) -> None:
    settings = monitor_settings(tmp_path)
    async with running(create_app(settings)) as ep, httpx.AsyncClient(base_url=ep.api) as http:
        r = await http.post("/api/v1/assessments", json=schedule_body("restart", 2))
        aid = r.json()["assessment_id"]
    # The service is down when the window ends; a new process picks the assessment up.
    await asyncio.sleep(2.2)
    async with running(create_app(settings)) as ep, httpx.AsyncClient(base_url=ep.api) as http:
        done = await wait_completed(http, aid)
    # No source is configured: nothing can be concluded, and nothing is made up.
    assert done["outcome"] == "inconclusive"
    assert "score" not in done
    assert not any(s["available"] for s in done["signals"].values())


@pytest.mark.requires_prometheus
@pytest.mark.requires_alertmanager
async def test_ineffective_action_is_stored_notified_with_undo_and_aggregated(
    tmp_path: Path, prometheus: Prometheus, alertmanager: Alertmanager, cluster: Any
) -> None:
    emulator, kube_url = cluster
    emulator.objects["apps/v1/deployments", "http", "web"] = deployment("http", "web", 1, 1)
    emulator.objects["v1/pods", "http", "web-5d8f9-a"] = pod("http", "web-5d8f9-a", "web")
    alertmanager.fire({"alertname": "HighMemoryUsage", "namespace": "http"})
    storage = create_storage(settings_for_test(StorageSettings, tmp_path / "storage"))
    notification = create_notification(
        settings_for_test(NotificationSettings, tmp_path / "notification")
    )
    async with running(storage) as st, running(notification) as nt:
        settings = monitor_settings(
            tmp_path / "monitor",
            prometheus_url=prometheus.url,
            alertmanager_url=alertmanager.url,
            kubernetes=KubernetesAccess(host=kube_url),
            metrics_lookback_seconds=2,
            metrics_step_seconds=0.5,
            upstreams=upstreams_for(
                {"storage": st.api, "notification": nt.api, "workflow": CLOSED}
            ),
        )
        async with running(create_app(settings)) as ep, httpx.AsyncClient(base_url=ep.api) as http:
            health = (await http.get("/health")).json()
            assert health["components"]["prometheus"] == "healthy"
            assert health["components"]["kubernetes"] == "healthy"
            r = await http.post("/api/v1/assessments", json=schedule_body("http", 4))
            assert r.status_code == 202, r.text
            aid = r.json()["assessment_id"]
            # The action made things worse.
            prometheus.exporter.set_memory("http", 1200)
            emulator.objects["apps/v1/deployments", "http", "web"] = deployment("http", "web", 1, 0)
            emulator.objects["v1/pods", "http", "web-5d8f9-a"] = pod(
                "http", "web-5d8f9-a", "web", ready=False, restarts=3, waiting="CrashLoopBackOff"
            )
            done = await wait_completed(http, aid)
            assert done["outcome"] == "ineffective", done
            assert done["undo_proposed"] is True
            await asyncio.sleep(0.3)
            done = (await http.get(f"/api/v1/assessments/{aid}")).json()
            assert done["feedback"]["storage"] == "delivered"
            assert done["feedback"]["notification"] == "delivered"
            assert done["feedback"]["workflow"] == "pending"  # workflow is down: retried later

            by_ns = (
                await http.get("/api/v1/effectiveness", params={"group_by": "namespace"})
            ).json()
            assert by_ns["groups"] == [
                {
                    "key": "http",
                    "total": 1,
                    "effective": 0,
                    "partially_effective": 0,
                    "ineffective": 1,
                    "inconclusive": 0,
                    "success_rate": 0.0,
                    "mean_score": done["score"],
                }
            ]
            ineffective = (
                await http.get("/api/v1/assessments", params={"outcome": "ineffective"})
            ).json()
            assert [i["assessment_id"] for i in ineffective["items"]] == [aid]

        async with httpx.AsyncClient() as peer:
            stored = await peer.get(f"{st.api}/api/v1/assessments/{aid}")
            assert stored.status_code == 200, stored.text
            assert stored.json()["outcome"] == "ineffective"
            assert stored.json()["workflow_id"] == "wf-http"
            sent = await peer.get(f"{nt.api}/api/v1/notifications/effectiveness-{aid}")
            assert sent.status_code == 200, sent.text
            note = sent.json()
            assert note["kind"] == "effectiveness_result"
            assert "undo proposed" in note["subject"]
            assert "executions/exec-http/undo" in note["body"]


async def test_forwarded_alert_events_decide_the_alert_signal_without_alertmanager(
    tmp_path: Path,
) -> None:
    async with (
        running(create_app(monitor_settings(tmp_path))) as ep,
        httpx.AsyncClient(base_url=ep.api) as http,
    ):
        fixed = schedule_body("fixed", 2)
        fixed["alert"]["fingerprint"] = "fp-fixed"
        flapping = schedule_body("flapping", 2)
        flapping["alert"]["fingerprint"] = "fp-flap"
        a = (await http.post("/api/v1/assessments", json=fixed)).json()["assessment_id"]
        b = (await http.post("/api/v1/assessments", json=flapping)).json()["assessment_id"]
        now = datetime.now(UTC).isoformat()
        events = [
            {
                "fingerprint": "fp-fixed",
                "alert_name": "HighMemoryUsage",
                "status": "resolved",
                "ends_at": now,
            },
            {
                "fingerprint": "fp-flap",
                "alert_name": "HighMemoryUsage",
                "status": "resolved",
                "ends_at": now,
            },
        ]
        for event in events:
            r = await http.post("/api/v1/alert-events", json=event)
            assert r.status_code == 202 and r.json() == {"accepted": True, "matched_assessments": 1}
        await asyncio.sleep(0.05)
        refire = {"fingerprint": "fp-flap", "alert_name": "HighMemoryUsage", "status": "firing"}
        assert (await http.post("/api/v1/alert-events", json=refire)).status_code == 202
        unrelated = {"fingerprint": "zzz", "alert_name": "DiskFull", "status": "resolved"}
        assert (await http.post("/api/v1/alert-events", json=unrelated)).json()[
            "matched_assessments"
        ] == 0

        fixed_done, flap_done = await wait_completed(http, a), await wait_completed(http, b)
    assert fixed_done["outcome"] == "effective"
    assert fixed_done["signals"]["alert"]["observations"]["source"] == "alert-event"
    assert fixed_done["signals"]["health"]["weight"] == 0
    assert flap_done["outcome"] == "inconclusive"  # firing again: not proof of failure either
    assert flap_done["signals"]["alert"]["summary"] == "HighMemoryUsage still firing"


async def test_dry_run_is_inconclusive_and_not_fed_to_the_workflow_gates(tmp_path: Path) -> None:
    async with (
        running(create_app(monitor_settings(tmp_path))) as ep,
        httpx.AsyncClient(base_url=ep.api) as http,
    ):
        r = await http.post("/api/v1/assessments", json=schedule_body("dry", 0, dry_run=True))
        done = await wait_completed(http, r.json()["assessment_id"])
    assert done["outcome"] == "inconclusive"
    assert done["reasons"] == ["dry run: nothing was changed"]
    assert done["feedback"]["workflow"] == "not_needed"
    assert done["undo_proposed"] is False
