"""alert-service over real HTTP with the real ai, workflow, storage and notification
services: the seed's flow §3.1.1, the lifecycle API, and the §4.2.2 fallbacks.

executor and monitor are not running: workflow answers execute-action at once
(queued) and runs the action later, which is outside these tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from kubernaut.runtime.server import Endpoints, running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.ai.app import create_app as create_ai_app
from services.ai.settings import AiSettings
from services.alert.app import create_app
from services.alert.settings import AlertSettings, ClassificationConfig, ProcessingConfig
from services.monitor.app import create_app as create_monitor_app
from services.monitor.settings import MonitorSettings
from services.notification.app import create_app as create_notification_app
from services.notification.settings import NotificationSettings
from services.storage.app import create_app as create_storage_app
from services.storage.settings import StorageSettings
from services.workflow.app import create_app as create_workflow_app
from services.workflow.settings import WorkflowSettings
from tests.gateway.gateway_support import free_port, metric_value, wait_for

pytestmark = pytest.mark.asyncio(loop_scope="module")
DEAD = "http://127.0.0.1:9"
RULES = [
    {"name": "prod-namespaces", "match": {"namespace": "prod-.*"}, "environment": "production"}
]
FAST = ProcessingConfig(
    retry_initial_seconds=0.2, retry_max_seconds=0.5, idle_poll_seconds=0.2, execute_max_attempts=50
)


@dataclass
class Stack:
    alert: Endpoints
    ai: Endpoints
    workflow: Endpoints
    storage: Endpoints
    notification: Endpoints
    monitor: Endpoints
    root: Path

    def alert_settings(self, data: Path, **urls: str) -> AlertSettings:
        upstreams = {
            "ai": self.ai.api,
            "workflow": self.workflow.api,
            "storage": self.storage.api,
            "notification": self.notification.api,
            "monitor": self.monitor.api,
            **urls,
        }
        return settings_for_test(
            AlertSettings,
            data,
            processing=FAST,
            classification=ClassificationConfig(rules=RULES),
            upstreams=upstreams_for(upstreams),
        )

    def workflow_settings(self, data: Path) -> WorkflowSettings:
        return settings_for_test(
            WorkflowSettings,
            data,
            upstreams=upstreams_for(
                {
                    "storage": self.storage.api,
                    "ai": self.ai.api,
                    "notification": self.notification.api,
                    "executor": DEAD,
                    "monitor": DEAD,
                }
            ),
        )


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def stack(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Stack]:
    root = tmp_path_factory.mktemp("stack")
    async with contextlib.AsyncExitStack() as es:
        storage = await es.enter_async_context(
            running(create_storage_app(settings_for_test(StorageSettings, root / "storage")))
        )
        notification = await es.enter_async_context(
            running(
                create_notification_app(
                    settings_for_test(NotificationSettings, root / "notification")
                )
            )
        )
        ai = await es.enter_async_context(
            running(
                create_ai_app(
                    settings_for_test(
                        AiSettings,
                        root / "ai",
                        upstreams=upstreams_for({"storage": storage.api, "intelligence": DEAD}),
                    )
                )
            )
        )
        monitor = await es.enter_async_context(
            running(
                create_monitor_app(
                    settings_for_test(
                        MonitorSettings,
                        root / "monitor",
                        upstreams=upstreams_for(
                            {
                                "storage": storage.api,
                                "notification": notification.api,
                                "workflow": DEAD,
                                "executor": DEAD,
                            }
                        ),
                    )
                )
            )
        )
        # The alert-service slot is filled once the others are up (they do not need it).
        result = Stack(
            alert=storage,
            ai=ai,
            workflow=storage,
            storage=storage,
            notification=notification,
            monitor=monitor,
            root=root,
        )
        result.workflow = await es.enter_async_context(
            running(create_workflow_app(result.workflow_settings(root / "workflow")))
        )
        result.alert = await es.enter_async_context(
            running(create_app(result.alert_settings(root / "alert")))
        )
        yield result


def event(
    namespace: str,
    status: str = "firing",
    *,
    starts_at: str | None = None,
    in_scope: bool = True,
    pod: str = "cart-5d8f7c9b6d-x2kzq",
    alertname: str = "KubePodCrashLooping",
    **extra: Any,
) -> dict[str, Any]:
    fingerprint = uuid.uuid5(uuid.NAMESPACE_DNS, f"{namespace}/{pod}/{alertname}").hex[:16]
    start = starts_at or "2026-11-28T01:42:53.422197Z"
    return {
        "event_id": f"evt-{uuid.uuid4().hex[:24]}",
        "fingerprint": fingerprint,
        "status": status,
        "starts_at": start,
        **({"ends_at": "2026-11-28T02:00:00Z"} if status == "resolved" else {}),
        "labels": {
            "alertname": alertname,
            "namespace": namespace,
            "pod": pod,
            "container": "cart",
            "severity": "warning",
        },
        "annotations": {"summary": "Pod is crash looping."},
        "source": "alertmanager",
        "in_scope": in_scope,
        "scope_reason": "test scope" if in_scope else "namespace not managed",
        **extra,
    }


async def ingest(
    http: httpx.AsyncClient, base: str, *events: dict[str, Any], request_id: str | None = None
) -> dict[str, Any]:
    headers = {"X-Request-ID": request_id} if request_id else {}
    response = await http.post(
        f"{base}/api/v1/alerts/ingest", json={"events": list(events)}, headers=headers
    )
    assert response.status_code == 202, response.text
    body: dict[str, Any] = response.json()
    return body


async def settled(
    http: httpx.AsyncClient, base: str, alert_id: str, *, hops: set[str], within: float = 20.0
) -> dict[str, Any]:
    """Wait until the alert's record shows all of `hops` done, and return it."""
    record: dict[str, Any] = {}

    async def done() -> bool:
        nonlocal record
        record = (await http.get(f"{base}/api/v1/alerts/{alert_id}")).json()
        return hops <= {h["hop"] for h in record.get("hops", [])}

    await wait_for(done, within=within)
    return record


def hop_outcomes(record: dict[str, Any]) -> dict[str, str]:
    return {h["hop"]: h["outcome"] for h in record["hops"]}


async def test_actionable_alert_goes_through_ai_workflow_storage_and_notification(
    stack: Stack,
) -> None:
    async with httpx.AsyncClient() as http:
        receipt = await ingest(http, stack.alert.api, event("flow"), request_id="req-flow-1")
        alert_id = receipt["results"][0]["alert_id"]
        record = await settled(
            http,
            stack.alert.api,
            alert_id,
            hops={"analyze", "execute", "store", "notify", "record"},
        )
        assert hop_outcomes(record) == {
            "analyze": "ok",
            "execute": "ok",
            "store": "ok",
            "notify": "ok",
            "record": "ok",
        }
        assert record["analysis"]["decided_by"] == "rules"
        assert record["state"] in ("action_requested", "executed")
        states = [h["state"] for h in record["history"]]
        assert states[:3] == ["received", "analysed", "action_requested"]

        workflow = (
            await http.get(
                f"{stack.workflow.api}/api/v1/workflows/{record['workflow']['workflow_id']}"
            )
        ).json()
        assert workflow["action_id"] == record["action_id"]
        assert workflow["action"]["type"] == record["analysis"]["action"]

        stored = (
            await http.get(f"{stack.storage.api}/api/v1/actions/{record['action_id']}")
        ).json()
        assert stored["action"] == record["analysis"]["action"]
        assert stored["request_id"] == "req-flow-1"  # the ingest request's id, propagated

        sent = await http.get(
            f"{stack.notification.api}/api/v1/notifications/{alert_id}-action_taken"
        )
        assert sent.status_code == 200
        assert sent.json()["kind"] == "action_taken"

        kept = await http.get(f"{stack.storage.api}/api/v1/alerts/{alert_id}")
        assert kept.status_code == 200
        assert kept.json()["fingerprint"] == record["fingerprint"]


async def test_resolved_alert_is_recorded_and_notified_but_never_sent_to_workflow(
    stack: Stack,
) -> None:
    async with httpx.AsyncClient() as http:
        receipt = await ingest(http, stack.alert.api, event("res-only", "resolved"))
        alert_id = receipt["results"][0]["alert_id"]
        record = await settled(http, stack.alert.api, alert_id, hops={"notify", "record"})
        assert record["state"] == "resolved"
        assert "analyze" not in hop_outcomes(record)
        assert "execute" not in hop_outcomes(record)
        workflows = (
            await http.get(
                f"{stack.workflow.api}/api/v1/workflows", params={"namespace": "res-only"}
            )
        ).json()
        assert workflows["items"] == []
        sent = await http.get(f"{stack.notification.api}/api/v1/notifications/{alert_id}-resolved")
        assert sent.json()["kind"] == "resolved"


async def test_firing_then_resolved_closes_the_lifecycle(stack: Stack) -> None:
    async with httpx.AsyncClient() as http:
        firing = event("closing")
        receipt = await ingest(http, stack.alert.api, firing)
        alert_id = receipt["results"][0]["alert_id"]
        await settled(http, stack.alert.api, alert_id, hops={"notify", "record"})
        resolved = {**event("closing", "resolved"), "fingerprint": firing["fingerprint"]}
        again = await ingest(http, stack.alert.api, resolved)
        assert again["results"][0]["alert_id"] == alert_id  # same episode

        async def closed() -> bool:
            r = (await http.get(f"{stack.alert.api}/api/v1/alerts/{alert_id}")).json()
            hops = [h["hop"] for h in r["hops"]]
            # resolved → notify, observe (it was acted on), then record again
            return bool(r["state"] == "resolved" and hops[-3:] == ["notify", "observe", "record"])

        await wait_for(closed)
        record = (await http.get(f"{stack.alert.api}/api/v1/alerts/{alert_id}")).json()
        assert record["status"] == "resolved"
        assert record["history"][-1]["state"] == "resolved"
        assert record["ends_at"].startswith("2026-11-28T02:00:00")
        assert [h["hop"] for h in record["hops"]].count("execute") == 1
        # The alert was acted on: its resolution is reported to monitor-service.
        assert hop_outcomes(record)["observe"] == "ok"


async def test_out_of_scope_alert_is_recorded_and_notified_not_acted_on(stack: Stack) -> None:
    async with httpx.AsyncClient() as http:
        receipt = await ingest(http, stack.alert.api, event("unmanaged", in_scope=False))
        alert_id = receipt["results"][0]["alert_id"]
        record = await settled(http, stack.alert.api, alert_id, hops={"notify", "record"})
        assert record["state"] == "out_of_scope"
        assert record["in_scope"] is False
        assert set(hop_outcomes(record)) == {"notify", "record"}
        sent = (
            await http.get(f"{stack.notification.api}/api/v1/notifications/{alert_id}-out_of_scope")
        ).json()
        assert sent["kind"] == "out_of_scope"


async def test_repeated_events_are_idempotent(stack: Stack) -> None:
    async with httpx.AsyncClient() as http:
        first = event("idem", request_id="req-evt-9", trace_id="trace-evt-9")
        receipt = await ingest(http, stack.alert.api, first, first)
        assert (receipt["accepted"], receipt["duplicates"]) == (1, 1)
        again = await ingest(http, stack.alert.api, first)
        assert again["results"][0]["outcome"] == "duplicate"
        alert_id = receipt["results"][0]["alert_id"]
        record = await settled(http, stack.alert.api, alert_id, hops={"record"})
        assert record["event_ids"] == [first["event_id"]]
        assert (record["request_id"], record["trace_id"]) == ("req-evt-9", "trace-evt-9")
        assert [h["hop"] for h in record["hops"]].count("analyze") == 1


async def test_alerts_are_found_by_id_and_listed_with_filters(stack: Stack) -> None:
    async with httpx.AsyncClient() as http:
        base = stack.alert.api
        events = [event("listing", pod=f"web-{i}") for i in range(3)]
        receipt = await ingest(http, base, *events)
        ids = {r["alert_id"] for r in receipt["results"]}
        missing = await http.get(f"{base}/api/v1/alerts/alt-doesnotexist")
        assert missing.status_code == 404
        assert missing.json()["error"]["code"] == "NOT_FOUND"
        seen: set[str] = set()
        cursor: str | None = None
        for _ in range(5):
            params: dict[str, Any] = {"namespace": "listing", "limit": 1}
            if cursor:
                params["cursor"] = cursor
            page = (await http.get(f"{base}/api/v1/alerts", params=params)).json()
            seen.update(item["alert_id"] for item in page["items"])
            cursor = page.get("next_cursor")
            if not cursor:
                break
        assert seen == ids
        by_name = (
            await http.get(
                f"{base}/api/v1/alerts",
                params={
                    "namespace": "listing",
                    "name": "KubePodCrashLooping",
                    "severity": "warning",
                    "in_scope": "true",
                    "since": "2020-01-01T00:00:00Z",
                },
            )
        ).json()
        assert {i["alert_id"] for i in by_name["items"]} == ids
        none = (
            await http.get(
                f"{base}/api/v1/alerts", params={"namespace": "listing", "state": "out_of_scope"}
            )
        ).json()
        assert none["items"] == []
        for params in ({"since": "yesterday"}, {"cursor": "abc"}, {"state": "bogus"}, {"limit": 0}):
            bad = await http.get(f"{base}/api/v1/alerts", params=params)
            assert bad.status_code == 400, params
        invalid = await http.post(
            f"{base}/api/v1/alerts/ingest",
            json={
                "events": [
                    {"event_id": "bad id!", "fingerprint": "x", "status": "firing", "labels": {}}
                ]
            },
        )
        assert invalid.status_code == 400
        empty = await http.post(f"{base}/api/v1/alerts/ingest", json={"events": []})
        assert empty.status_code == 400


async def test_normalize_previews_target_owner_and_configured_classification(
    stack: Stack,
) -> None:
    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"{stack.alert.api}/api/v1/alerts/normalize",
            json={
                "labels": {
                    "alertname": "KubePodCrashLooping",
                    "namespace": "prod-shop",
                    "pod": "cart-5d8f7c9b6d-x2kzq",
                    "severity": "critical",
                }
            },
        )
        assert response.status_code == 200
        result = response.json()
        assert result["alert"]["kind"] == "Pod"
        assert result["owner"] == {
            "kind": "Deployment",
            "name": "cart",
            "confidence": 0.9,
            "method": "pod-template-hash",
        }
        assert result["classification"] == {
            "environment": "production",
            "priority": "P1",
            "matched_rule": "prod-namespaces",
        }
        metrics = (await http.get(f"{stack.alert.metrics}/metrics")).text
        assert metric_value(metrics, "alerts_processed_total", severity="warning") >= 1


async def test_ai_unavailable_degrades_to_notification_only(stack: Stack, tmp_path: Path) -> None:
    settings = stack.alert_settings(tmp_path / "alert", ai=DEAD)
    async with running(create_app(settings)) as alert, httpx.AsyncClient() as http:
        receipt = await ingest(http, alert.api, event("no-ai"))
        alert_id = receipt["results"][0]["alert_id"]
        record = await settled(http, alert.api, alert_id, hops={"notify", "record"})
        assert hop_outcomes(record)["analyze"] == "failed"
        assert "execute" not in hop_outcomes(record)
        assert record["analysis"]["action"] == "notify_only"
        assert record["analysis"]["decided_by"] == "alert-service-fallback"
        assert record["state"] == "analysed"
        sent = (
            await http.get(f"{stack.notification.api}/api/v1/notifications/{alert_id}-escalation")
        ).json()
        assert sent["kind"] == "escalation"


async def test_workflow_outage_queues_the_action_and_a_resolved_alert_is_never_executed(
    stack: Stack, tmp_path: Path
) -> None:
    port = free_port()
    settings = stack.alert_settings(tmp_path / "alert", workflow=f"http://127.0.0.1:{port}")
    async with running(create_app(settings)) as alert, httpx.AsyncClient() as http:
        waiting = await ingest(http, alert.api, event("outage"))
        doomed_firing = event("outage-resolved")
        doomed = await ingest(http, alert.api, doomed_firing)
        waiting_id = waiting["results"][0]["alert_id"]
        doomed_id = doomed["results"][0]["alert_id"]
        for alert_id in (waiting_id, doomed_id):
            record = await settled(http, alert.api, alert_id, hops={"execute"})
            assert hop_outcomes(record)["execute"] == "failed"
            assert record["state"] == "analysed"  # the action waits for workflow-service
        await ingest(
            http,
            alert.api,
            {**event("outage-resolved", "resolved"), "fingerprint": doomed_firing["fingerprint"]},
        )

        async def doomed_resolved() -> bool:
            r = (await http.get(f"{alert.api}/api/v1/alerts/{doomed_id}")).json()
            return bool(r["state"] == "resolved")

        await wait_for(doomed_resolved)
        workflow_settings = stack.workflow_settings(tmp_path / "workflow")
        async with running(create_workflow_app(workflow_settings), ports=(port, 0, 0)) as wf:

            async def requested() -> bool:
                r = (await http.get(f"{alert.api}/api/v1/alerts/{waiting_id}")).json()
                return bool(r["state"] in ("action_requested", "executed"))

            await wait_for(requested)
            record = (await http.get(f"{alert.api}/api/v1/alerts/{waiting_id}")).json()
            listed = (
                await http.get(f"{wf.api}/api/v1/workflows", params={"namespace": "outage"})
            ).json()["items"]
            assert [w["action_id"] for w in listed] == [record["action_id"]]
            deadline = time.monotonic() + 1.0
            while time.monotonic() < deadline:  # give a wrong retry the chance to happen
                r = (await http.get(f"{alert.api}/api/v1/alerts/{doomed_id}")).json()
                assert not any(h["hop"] == "execute" and h["outcome"] == "ok" for h in r["hops"])
                await asyncio.sleep(0.2)
            gone = (
                await http.get(
                    f"{wf.api}/api/v1/workflows", params={"namespace": "outage-resolved"}
                )
            ).json()["items"]
            assert gone == []
