"""gateway-service over real HTTP, forwarding to a real alert-service.

alert-service's own downstreams (ai, workflow, storage, notification) are not
running here: these tests are about intake, dedup, scope, storm control and
durable forwarding; the full flow is covered in tests/alert.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from kubernaut.runtime.server import Endpoints, running
from services.gateway.app import create_app
from services.gateway.settings import ScopeConfig, StormConfig
from tests.gateway.gateway_support import (
    DEAD,
    alert_service,
    alerts_at,
    fixture_body,
    fixture_in,
    gateway_settings,
    metric_value,
    pod_alert,
    wait_for,
    webhook,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared_alert(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Endpoints]:
    """One alert-service for the module; each test uses its own namespaces/fingerprints."""
    async with alert_service(tmp_path_factory.mktemp("alert")) as ep:
        yield ep


@pytest.fixture
def stack(tmp_path: Path, shared_alert: Endpoints) -> Any:
    @contextlib.asynccontextmanager
    async def start(**gateway: Any) -> AsyncIterator[tuple[Endpoints, Endpoints]]:
        settings = gateway_settings(tmp_path / "gw", shared_alert.api, **gateway)
        async with running(create_app(settings)) as gw:
            yield gw, shared_alert

    return start


async def test_real_alertmanager_webhook_is_accepted_and_reaches_alert_service(
    stack: Any,
) -> None:
    async with stack() as (gw, al), httpx.AsyncClient() as http:
        ids = {"X-Request-ID": "req-gw-1", "X-Trace-ID": "trace-gw-1"}
        response = await http.post(f"{gw.api}/alerts", json=fixture_body("firing"), headers=ids)
        assert response.status_code == 202
        receipt = response.json()
        assert (receipt["received"], receipt["accepted"], receipt["duplicates"]) == (1, 1, 0)
        [event] = receipt["events"]
        assert event["fingerprint"] == "e798f446aa54d875"
        assert event["outcome"] == "queued"

        async def arrived() -> bool:
            return len(await alerts_at(http, al, namespace="shop")) == 1

        await wait_for(arrived)
        [record] = await alerts_at(http, al, namespace="shop")
        assert record["fingerprint"] == "e798f446aa54d875"
        assert record["alert"]["resource"] == "cart-7d9f-abc"
        assert record["event_ids"] == [event["event_id"]]
        # The webhook's ids crossed the durable queue: the alert's flow carries them.
        assert (record["request_id"], record["trace_id"]) == ("req-gw-1", "trace-gw-1")

        async def forwarded() -> bool:
            r = await http.get(f"{gw.api}/api/v1/intake/events/{event['event_id']}")
            return bool(r.json()["state"] == "forwarded")

        await wait_for(forwarded)
        metrics = (await http.get(f"{gw.metrics}/metrics")).text
        assert metric_value(metrics, "alerts_processed_total", severity="warning") == 1
        health = (await http.get(f"{gw.health}/health")).json()
        assert health["service"] == "gateway-service"
        assert health["components"]["intake-queue"] == "healthy"
        assert "alert-service" in health["components"]


async def test_repeated_notification_is_deduplicated_and_produces_no_new_work(
    stack: Any,
) -> None:
    async with stack() as (gw, al), httpx.AsyncClient() as http:
        body = fixture_in("dedup")
        first = await http.post(f"{gw.api}/alerts", json=body)
        assert first.json()["accepted"] == 1
        for _ in range(3):  # Alertmanager's repeat_interval resends the whole group
            again = await http.post(f"{gw.api}/alerts", json=body)
            assert again.status_code == 202
            assert (again.json()["accepted"], again.json()["duplicates"]) == (0, 1)
            assert again.json()["events"][0]["outcome"] == "duplicate"

        async def arrived() -> bool:
            return len(await alerts_at(http, al, namespace="dedup")) == 1

        await wait_for(arrived)
        stats = (await http.get(f"{gw.api}/api/v1/intake/stats")).json()
        assert (stats["received_total"], stats["accepted_total"]) == (4, 1)
        assert stats["duplicates_total"] == 3
        [record] = await alerts_at(http, al, namespace="dedup")
        assert len(record["event_ids"]) == 1


async def test_resolved_alert_is_a_distinct_event_and_is_passed_on(
    stack: Any,
) -> None:
    async with stack() as (gw, al), httpx.AsyncClient() as http:
        firing = webhook([pod_alert(1, namespace="resolved")])
        resolved = webhook(
            [
                {
                    **pod_alert(1, namespace="resolved"),
                    "status": "resolved",
                    "endsAt": "2026-11-28T01:05:00Z",
                }
            ],
            status="resolved",
        )
        a = (await http.post(f"{gw.api}/alerts", json=firing)).json()
        b = (await http.post(f"{gw.api}/alerts", json=resolved)).json()
        assert a["accepted"] == b["accepted"] == 1
        assert a["events"][0]["event_id"] != b["events"][0]["event_id"]

        async def resolved_at_alert_service() -> bool:
            items = await alerts_at(http, al, namespace="resolved")
            return len(items) == 1 and items[0]["state"] == "resolved"

        await wait_for(resolved_at_alert_service)
        [record] = await alerts_at(http, al, namespace="resolved")
        assert record["status"] == "resolved"
        assert not any(h["hop"] == "execute" for h in record["hops"])


async def test_wrong_bearer_token_is_401_and_nothing_is_kept(
    stack: Any,
) -> None:
    async with stack(webhook_token="am-secret") as (gw, _), httpx.AsyncClient() as http:
        body = fixture_body("firing")
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic x"}):
            response = await http.post(f"{gw.api}/alerts", json=body, headers=headers)
            assert response.status_code == 401
            assert response.json()["error"]["code"] == "UNAUTHORIZED"
        single = await http.post(f"{gw.api}/api/v1/alerts", json={"alert": {"name": "X"}})
        assert single.status_code == 401
        events = (await http.get(f"{gw.api}/api/v1/intake/events")).json()
        assert events["items"] == []
        ok = await http.post(
            f"{gw.api}/alerts", json=body, headers={"Authorization": "Bearer am-secret"}
        )
        assert ok.status_code == 202


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"alerts": "nope"}, "VALIDATION_FAILED"),
        ({"receiver": "x"}, "VALIDATION_FAILED"),
        ({"alerts": [{"status": "burning", "labels": {"a": "b"}}]}, "VALIDATION_FAILED"),
        ({"alerts": [{"status": "firing", "labels": {}}]}, "VALIDATION_FAILED"),
        (
            {"alerts": [{"status": "firing", "labels": {"a": "b"}, "startsAt": "soon"}]},
            "VALIDATION_FAILED",
        ),
    ],
)
async def test_malformed_webhooks_get_the_error_envelope_with_400(
    tmp_path: Path, body: dict[str, Any], code: str
) -> None:
    settings = gateway_settings(tmp_path / "gw", DEAD)
    async with running(create_app(settings)) as gw, httpx.AsyncClient() as http:
        response = await http.post(f"{gw.api}/alerts", json=body)
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["code"] in (code, "BAD_REQUEST")
        assert error["request_id"]
        assert (await http.get(f"{gw.api}/api/v1/intake/events")).json()["items"] == []


async def test_non_json_and_oversized_bodies_are_rejected_not_500(tmp_path: Path) -> None:
    settings = gateway_settings(tmp_path / "gw", DEAD, max_body_bytes=4096)
    async with running(create_app(settings)) as gw, httpx.AsyncClient() as http:
        garbage = await http.post(
            f"{gw.api}/alerts", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert garbage.status_code == 400
        latin = await http.post(
            f"{gw.api}/alerts",
            content=b'{"alerts": ["\xff"]}',
            headers={"Content-Type": "application/json"},
        )
        assert latin.status_code == 400
        big = webhook([pod_alert(i) for i in range(60)])
        too_large = await http.post(f"{gw.api}/alerts", json=big)
        assert too_large.status_code == 413
        assert too_large.json()["error"]["code"] == "PAYLOAD_TOO_LARGE"
        missing = await http.get(f"{gw.api}/api/v1/intake/events/evt-nope")
        assert missing.status_code == 404
        bad_cursor = await http.get(f"{gw.api}/api/v1/intake/events", params={"cursor": "x"})
        assert bad_cursor.status_code == 400


async def test_seed_shaped_single_alert_is_accepted_and_deduplicated(
    stack: Any,
) -> None:
    async with stack() as (gw, al), httpx.AsyncClient() as http:
        payload = {
            "alert": {
                "name": "HighMemoryUsage",
                "severity": "critical",
                "namespace": "default",
                "resource": "webapp",
                "labels": {"deployment": "webapp"},
                "annotations": {"summary": "memory above 90%"},
            },
            "context": {"request_id": "r-1", "timestamp": "2025-09-26T23:00:00Z"},
        }
        first = await http.post(f"{gw.api}/api/v1/alerts", json=payload)
        assert first.status_code == 202
        assert first.json()["accepted"] == 1
        second = await http.post(f"{gw.api}/api/v1/alerts", json=payload)
        assert second.json()["duplicates"] == 1
        no_name = await http.post(f"{gw.api}/api/v1/alerts", json={"alert": {"severity": "x"}})
        assert no_name.status_code == 400

        async def arrived() -> bool:
            return len(await alerts_at(http, al, namespace="default")) == 1

        await wait_for(arrived)
        [record] = await alerts_at(http, al, namespace="default")
        assert record["alert"]["name"] == "HighMemoryUsage"
        assert (record["alert"]["kind"], record["alert"]["resource"]) == ("Deployment", "webapp")
        assert record["alert"]["severity"] == "critical"


async def test_out_of_scope_alerts_are_passed_on_marked_and_never_analysed(
    stack: Any,
) -> None:
    scope = ScopeConfig(deny_namespaces=["kube-*"], require_opt_in=True)
    async with stack(scope=scope) as (gw, al), httpx.AsyncClient() as http:
        body = webhook(
            [
                pod_alert(1, namespace="scoped", kubernaut_io_managed="true"),
                pod_alert(2, namespace="scoped"),
                pod_alert(3, namespace="kube-scoped", kubernaut_io_managed="true"),
            ]
        )
        receipt = (await http.post(f"{gw.api}/alerts", json=body)).json()
        assert [e["in_scope"] for e in receipt["events"]] == [True, False, False]
        assert receipt["out_of_scope"] == 2
        assert "opt-in" in receipt["events"][1]["scope_reason"]
        assert "denied" in receipt["events"][2]["scope_reason"]

        async def arrived() -> bool:
            return len(await alerts_at(http, al, in_scope="false")) == 2

        await wait_for(arrived)
        for record in await alerts_at(http, al, in_scope="false"):
            assert record["state"] == "out_of_scope"
            assert not any(h["hop"] in ("analyze", "execute") for h in record["hops"])


async def test_storm_from_one_group_is_coalesced_and_counted_not_dropped(
    stack: Any,
) -> None:
    storm = StormConfig(group_rate=0.001, group_burst=3, window_seconds=1.5, global_rate=0)
    async with stack(storm=storm) as (gw, al), httpx.AsyncClient() as http:
        body = webhook(
            [pod_alert(i, namespace="storm") for i in range(200)], group_key="{}:{storm}"
        )
        body["truncatedAlerts"] = 5  # Alertmanager's max_alerts left some out
        receipt = (await http.post(f"{gw.api}/alerts", json=body)).json()
        assert receipt["accepted"] == 200
        assert receipt["coalesced"] == 197
        outcomes = [e["outcome"] for e in receipt["events"]]
        assert outcomes.count("queued") == 3
        summary_ids = {e["coalesced_into"] for e in receipt["events"] if e.get("coalesced_into")}
        assert len(summary_ids) == 1
        # More of the same storm within the window joins the same summary.
        more = webhook(
            [pod_alert(i, namespace="storm") for i in range(200, 210)], group_key="{}:{storm}"
        )
        again = (await http.post(f"{gw.api}/alerts", json=more)).json()
        assert {e["coalesced_into"] for e in again["events"]} == summary_ids

        async def delivered() -> bool:
            return len(await alerts_at(http, al, namespace="storm")) == 4

        await wait_for(delivered)
        records = await alerts_at(http, al, namespace="storm")
        [summary] = [r for r in records if r.get("coalesced")]
        assert summary["coalesced"]["count"] == 207
        assert len(summary["coalesced"]["fingerprints"]) == 200  # listed up to a bound
        members = (
            await http.get(
                f"{gw.api}/api/v1/intake/events", params={"state": "coalesced", "limit": 500}
            )
        ).json()
        assert len(members["items"]) == 207
        metrics = (await http.get(f"{gw.metrics}/metrics")).text
        assert metric_value(metrics, "gateway_alerts_coalesced_total") == 207
        assert metric_value(metrics, "alerts_processed_total") == 210
        assert metric_value(metrics, "gateway_alerts_truncated_total") == 5


async def test_global_rate_limit_holds_events_back_and_forwards_them_later(
    stack: Any,
) -> None:
    storm = StormConfig(global_rate=20, global_burst=2)
    async with stack(storm=storm) as (gw, al), httpx.AsyncClient() as http:
        for i in range(12):
            body = webhook(
                [pod_alert(i, namespace="paced", alertname=f"Alert{i}")], group_key=f"{{}}:{{g{i}}}"
            )
            assert (await http.post(f"{gw.api}/alerts", json=body)).status_code == 202

        async def delivered() -> bool:
            return len(await alerts_at(http, al, namespace="paced")) == 12

        await wait_for(delivered)
        stats = (await http.get(f"{gw.api}/api/v1/intake/stats")).json()
        assert stats["throttled_total"] > 0
        assert (stats["forwarded_total"], stats["pending"]) == (12, 0)
        metrics = (await http.get(f"{gw.metrics}/metrics")).text
        assert metric_value(metrics, "gateway_forward_throttled_total") > 0
