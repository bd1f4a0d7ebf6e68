"""monitor-service as a consumer: storage (assessment records), workflow (the outcome of
the action it ran) and notification (ineffective actions), through ``PeerFeedback``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generated.clients.notification.models import NotificationRequest
from generated.clients.storage.models import StoreAssessmentRequest
from generated.clients.workflow.models import AssessmentReport
from services.monitor.adapters.peers import PeerFeedback, notification_payload, storage_payload
from services.monitor.domain.model import Outcome
from tests.contract.support.pacts import (
    clients_of,
    new_pact,
    response_shape,
    standard_headers,
    write,
)


def assessment(**extra: Any) -> dict[str, Any]:
    """An assessment record as monitor-service keeps it once the window has passed."""
    record: dict[str, Any] = {
        "assessment_id": "asm-4b9e2f71",
        "workflow_id": "wf-pact-monitor",
        "execution_id": "exec-wf-pact-monitor",
        "action_id": "act-wf-pact-monitor",
        "action_type": "increase_resources",
        "target": {"kind": "Deployment", "name": "api-server", "namespace": "production"},
        "alert": {
            "name": "HighMemoryUsage",
            "fingerprint": "3f2a9c1b7e4d5a60",
            "severity": "warning",
            "labels": {"alertname": "HighMemoryUsage", "namespace": "production"},
        },
        "outcome": "ineffective",
        "score": 0.2,
        "signals": {
            "health": {"available": True, "score": 0.5, "summary": "1 of 2 replicas ready"},
            "alert": {"available": True, "score": 0.0, "summary": "alert still firing"},
        },
        "reasons": ["alert still firing after the window", "memory usage unchanged"],
        "undo_proposed": True,
        "executed_at": "2026-11-28T01:50:00+00:00",
        "assessed_at": "2026-11-28T01:55:00+00:00",
        "window_seconds": 300,
    }
    record.update(extra)
    return record


async def test_monitor_stores_its_assessment(tmp_path: Path) -> None:
    body = StoreAssessmentRequest.from_dict(storage_payload(assessment())).to_dict()
    pact = new_pact("monitor", "storage")
    standard_headers(
        pact.upon_receiving("an effectiveness assessment").with_request(
            "POST", "/api/v1/assessments"
        ),
        "monitor",
    ).with_body(body, content_type="application/json").will_respond_with(201).with_body(
        response_shape("storage", "storeAssessment", 201, assessment_id="asm-4b9e2f71"),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("monitor", tmp_path, storage=str(mock.url)) as clients:
            feedback = PeerFeedback(clients.get("storage"), None, None)
            await feedback.store(assessment())  # raises if refused
    write(pact)


async def test_monitor_reports_the_outcome_to_workflow(tmp_path: Path) -> None:
    record = assessment()
    pact = new_pact("monitor", "workflow")
    standard_headers(
        pact.upon_receiving("the ineffective outcome of an executed action")
        .given("workflow wf-pact-monitor has executed its action")
        .with_request("POST", "/api/v1/workflows/wf-pact-monitor/assessment"),
        "monitor",
    ).with_body(
        {
            "assessment_id": "asm-4b9e2f71",
            "outcome": "ineffective",
            "assessed_at": "2026-11-28T01:55:00+00:00",
            "summary": "; ".join(record["reasons"]),
            "execution_id": "exec-wf-pact-monitor",
            "score": 0.2,
        },
        content_type="application/json",
    ).will_respond_with(200).with_body(
        response_shape("workflow", "recordAssessment", 200, workflow_id="wf-pact-monitor"),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("monitor", tmp_path, workflow=str(mock.url)) as clients:
            await PeerFeedback(None, clients.get("workflow"), None).workflow(record)
    write(pact)


async def test_monitor_notifies_an_ineffective_action(tmp_path: Path) -> None:
    body = NotificationRequest.from_dict(notification_payload(assessment(), None, None)).to_dict()
    pact = new_pact("monitor", "notification")
    standard_headers(
        pact.upon_receiving(
            "an effectiveness_result notification with an undo proposal"
        ).with_request("POST", "/api/v1/notify"),
        "monitor",
    ).with_body(body, content_type="application/json").will_respond_with(202).with_body(
        response_shape("notification", "notify", 202, notification_id=body["notification_id"]),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("monitor", tmp_path, notification=str(mock.url)) as clients:
            sent = await PeerFeedback(None, None, clients.get("notification")).notify(assessment())
    assert sent == body["notification_id"]
    write(pact)


def test_monitor_can_report_every_outcome_it_scores_to_workflow() -> None:
    # Found by this suite: workflow's AssessmentReport.outcome once lacked
    # `partially_effective`, so monitor's feedback failed in the generated client.
    for outcome in Outcome:
        AssessmentReport.from_dict({"assessment_id": "asm-1", "outcome": outcome.value})
