"""alert-service as a consumer: ai, workflow, storage, notification and monitor.

Each request body is built by alert-service's own request builders
(``services.alert.domain.requests``) from one alert record and sent by its
``ServiceDownstream`` adapter through the generated clients.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pact import match

from services.alert.adapters.downstream import ServiceDownstream
from services.alert.domain import requests as rq
from tests.contract.support.pacts import (
    REQUEST_ID,
    clients_of,
    iso,
    new_pact,
    response_shape,
    standard_headers,
    write,
)

NOW = "2026-11-28T02:00:05+00:00"
ALERT_ID = "alt-7d1c0a93e4b2"
ACTION_ID = rq.action_id(ALERT_ID)


def record(**extra: Any) -> dict[str, Any]:
    """An alert record as alert-service keeps it, after analysis."""
    base: dict[str, Any] = {
        "alert_id": ALERT_ID,
        "fingerprint": "3f2a9c1b7e4d5a60",
        "status": "firing",
        "starts_at": "2026-11-28T01:58:00+00:00",
        "created_at": "2026-11-28T01:58:01+00:00",
        "in_scope": True,
        "state": "analysed",
        "alert": {
            "name": "HighMemoryUsage",
            "severity": "warning",
            "namespace": "production",
            "resource": "api-server",
            "kind": "Deployment",
            "labels": {"alertname": "HighMemoryUsage", "namespace": "production"},
            "annotations": {"summary": "Memory usage above 90% for 5 minutes"},
        },
        "analysis": {
            "action": "increase_resources",
            "confidence": 0.85,
            "parameters": {
                "namespace": "production",
                "resource": "api-server",
                "kind": "Deployment",
            },
            "reasoning": {"summary": "memory pressure without a leak pattern"},
            "decided_by": "rules",
        },
        "action_id": ACTION_ID,
    }
    base.update(extra)
    return base


async def test_alert_gets_a_decision_from_ai(tmp_path: Path) -> None:
    body = rq.analyze_request(record(state="received"), REQUEST_ID, NOW, 0.5)
    pact = new_pact("alert", "ai")
    standard_headers(
        pact.upon_receiving("an analysis request for a firing memory alert").with_request(
            "POST", "/api/v1/analyze-alert"
        ),
        "alert",
    ).with_body(body, content_type="application/json").will_respond_with(200).with_body(
        response_shape("ai", "analyzeAlert", 200),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("alert", tmp_path, ai=str(mock.url)) as clients:
            call = await ServiceDownstream(clients).analyze(body)
    assert call.ok and call.data["action"]
    write(pact)


async def test_alert_hands_the_action_to_workflow_and_follows_it(tmp_path: Path) -> None:
    body = rq.execute_request(record(), REQUEST_ID, NOW)
    pact = new_pact("alert", "workflow")
    standard_headers(
        pact.upon_receiving("an execute-action request for an analysed alert").with_request(
            "POST", "/api/v1/execute-action"
        ),
        "alert",
    ).with_body(body, content_type="application/json").will_respond_with(200).with_body(
        response_shape("workflow", "executeAction", 200, workflow_id=match.str("wf-1")),
        content_type="application/json",
    )
    standard_headers(
        pact.upon_receiving("a status request for a workflow alert-service started")
        .given("workflow wf-pact-alert exists")
        .with_request("GET", "/api/v1/workflows/wf-pact-alert"),
        "alert",
    ).will_respond_with(200).with_body(
        response_shape(
            "workflow",
            "getWorkflow",
            200,
            workflow_id="wf-pact-alert",
            status=match.regex("succeeded", regex=r"^[a-z_]+$"),
        ),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("alert", tmp_path, workflow=str(mock.url)) as clients:
            downstream = ServiceDownstream(clients)
            started = await downstream.execute(body)
            followed = await downstream.workflow("wf-pact-alert")
    assert started.ok and started.data["workflow_id"] == "wf-1"
    assert followed.ok and followed.data["status"] == "succeeded"
    write(pact)


async def test_alert_records_alerts_and_decisions_in_storage(tmp_path: Path) -> None:
    alert_body = rq.record_alert_request(record(), "evt-3f2a9c1b7e4d5a60-1")
    action_body = rq.store_action_request(record(), REQUEST_ID)
    pact = new_pact("alert", "storage")
    standard_headers(
        pact.upon_receiving("an alert record").with_request("POST", "/api/v1/alerts"), "alert"
    ).with_body(alert_body, content_type="application/json").will_respond_with(201).with_body(
        response_shape("storage", "storeAlert", 201, alert_id=ALERT_ID),
        content_type="application/json",
    )
    standard_headers(
        pact.upon_receiving("an action decision").with_request("POST", "/api/v1/store-action"),
        "alert",
    ).with_body(action_body, content_type="application/json").will_respond_with(201).with_body(
        response_shape("storage", "storeAction", 201, action_id=ACTION_ID, created_at=iso(NOW)),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("alert", tmp_path, storage=str(mock.url)) as clients:
            downstream = ServiceDownstream(clients)
            stored_alert = await downstream.record_alert(alert_body)
            stored_action = await downstream.store_action(action_body)
    assert stored_alert.ok and stored_action.ok
    write(pact)


async def test_alert_notifies_humans_of_the_action_taken(tmp_path: Path) -> None:
    body = rq.notification_request(
        record(
            state="executed",
            workflow={"workflow_id": "wf-1", "execution_id": "exec-1", "status": "succeeded"},
        )
    )
    pact = new_pact("alert", "notification")
    standard_headers(
        pact.upon_receiving("an action_taken notification").with_request("POST", "/api/v1/notify"),
        "alert",
    ).with_body(body, content_type="application/json").will_respond_with(202).with_body(
        response_shape("notification", "notify", 202, notification_id=body["notification_id"]),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("alert", tmp_path, notification=str(mock.url)) as clients:
            sent = await ServiceDownstream(clients).notify(body)
    assert sent.ok and sent.data["notification_id"] == body["notification_id"]
    write(pact)


async def test_alert_tells_monitor_an_acted_on_alert_resolved(tmp_path: Path) -> None:
    body = rq.observe_request(
        record(status="resolved", state="resolved", ends_at="2026-11-28T02:10:00+00:00")
    )
    pact = new_pact("alert", "monitor")
    standard_headers(
        pact.upon_receiving("a resolved alert event").with_request("POST", "/api/v1/alert-events"),
        "alert",
    ).with_body(body, content_type="application/json").will_respond_with(202).with_body(
        response_shape("monitor", "observeAlertEvent", 202),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("alert", tmp_path, monitor=str(mock.url)) as clients:
            seen = await ServiceDownstream(clients).observe(body)
    assert seen.ok
    write(pact)
