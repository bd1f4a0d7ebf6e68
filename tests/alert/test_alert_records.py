"""Pure record, progress and request logic of alert-service."""

from __future__ import annotations

from typing import Any

import pytest

from services.alert.domain import requests as rq
from services.alert.domain.classify import Classifier
from services.alert.domain.lifecycle import State
from services.alert.domain.normalize import normalize
from services.alert.domain.progress import Work, due_at, next_work
from services.alert.domain.records import PROC, apply_event, move, public

AT = "2026-11-28T02:00:00Z"


def make_event(status: str = "firing", in_scope: bool = True, **extra: Any) -> dict[str, Any]:
    return {
        "event_id": f"evt-{status}-{in_scope}",
        "fingerprint": "fp1",
        "status": status,
        "starts_at": "2026-11-28T01:00:00.000000Z",
        "labels": {
            "alertname": "KubePodCrashLooping",
            "namespace": "shop",
            "pod": "cart-5d8f7c9b6d-x2kzq",
            "severity": "critical",
        },
        "annotations": {"summary": "crash"},
        "in_scope": in_scope,
        "scope_reason": "r",
        **extra,
    }


def fold(existing: dict[str, Any] | None, event: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    norm = normalize(event["labels"], event["annotations"])
    cls = Classifier().classify(
        alertname=norm.name, severity=norm.severity, namespace=norm.namespace, labels={}
    )
    applied = apply_event(existing, event, norm, cls, AT)
    return applied.record, applied.needs_processing


def test_new_firing_alert_is_received_and_needs_analysis() -> None:
    record, needed = fold(None, make_event())
    assert needed
    assert record["state"] == "received"
    assert next_work(record, 5) is Work.ANALYZE
    assert PROC not in public(record)
    assert record["alert"]["resource"] == "cart-5d8f7c9b6d-x2kzq"


def test_out_of_scope_alert_only_gets_notified_and_recorded() -> None:
    record, needed = fold(None, make_event(in_scope=False))
    assert needed
    assert record["state"] == "out_of_scope"
    assert next_work(record, 5) is Work.NOTIFY
    record[PROC]["notified"] = True
    assert next_work(record, 5) is Work.RECORD
    record[PROC]["recorded"] = True
    assert next_work(record, 5) is Work.NONE
    assert due_at(record, 100.0, 5) is None


def test_resolved_event_without_firing_creates_a_resolved_record() -> None:
    record, needed = fold(None, make_event("resolved", ends_at="2026-11-28T01:30:00Z"))
    assert needed
    assert (record["state"], record["status"]) == ("resolved", "resolved")
    assert [h["state"] for h in record["history"]] == ["received", "resolved"]
    assert next_work(record, 5) is Work.NOTIFY


def test_resolution_stops_remediation_at_any_point() -> None:
    record, _ = fold(None, make_event())
    record["analysis"] = {"action": "restart_pod", "confidence": 0.9}
    move(record, State.ANALYSED, AT)
    assert next_work(record, 5) is Work.EXECUTE
    record, needed = fold(record, make_event("resolved"))
    assert needed
    assert record["state"] == "resolved"
    assert next_work(record, 5) is Work.NOTIFY  # never EXECUTE


def test_repeated_firing_of_a_known_episode_adds_no_work() -> None:
    record, _ = fold(None, make_event())
    record, needed = fold(record, {**make_event(), "event_id": "evt-other"})
    assert not needed
    assert record["event_ids"] == ["evt-firing-True", "evt-other"]


def test_resolved_alert_that_was_acted_on_is_reported_to_monitor() -> None:
    record, _ = fold(None, make_event())
    record["workflow"] = {"workflow_id": "wf-1", "status": "queued"}
    record, _ = fold(record, make_event("resolved"))
    record[PROC]["notified"] = True
    assert next_work(record, 5) is Work.OBSERVE
    record[PROC]["observed"] = True
    assert next_work(record, 5) is Work.RECORD


def test_flow_after_action_requested_stores_notifies_records_then_polls() -> None:
    record, _ = fold(None, make_event())
    record["analysis"] = {"action": "restart_pod", "confidence": 0.9}
    move(record, State.ANALYSED, AT)
    move(record, State.ACTION_REQUESTED, AT)
    record["workflow"] = {"workflow_id": "wf-1", "status": "awaiting_approval"}
    order = []
    for flag in ("stored", "notified", "recorded"):
        order.append(next_work(record, 5))
        record[PROC][flag] = True
    assert order == [Work.STORE, Work.NOTIFY, Work.RECORD]
    record[PROC]["poll_at"] = 50.0
    assert next_work(record, 5) is Work.POLL
    assert due_at(record, 10.0, 5) == 50.0
    record[PROC]["polls"] = 5
    assert next_work(record, 5) is Work.NONE


def test_workflow_outage_retry_waits_until_retry_time() -> None:
    record, _ = fold(None, make_event())
    record["analysis"] = {"action": "restart_pod", "confidence": 0.9}
    move(record, State.ANALYSED, AT)
    record[PROC]["retry_at"] = 30.0
    assert due_at(record, 10.0, 5) == 30.0
    assert due_at(record, 40.0, 5) == 40.0


@pytest.mark.parametrize(
    ("success", "status", "state"),
    [
        (True, "queued", State.ACTION_REQUESTED),
        (True, "awaiting_approval", State.ACTION_REQUESTED),
        (True, "executing", State.EXECUTED),
        (True, "dry_run_completed", State.EXECUTED),
        (False, "blocked", State.FAILED),
        (True, "rejected", State.FAILED),
    ],
)
def test_workflow_answers_map_onto_the_lifecycle(success: bool, status: str, state: State) -> None:
    assert rq.workflow_state(success, status) is state


def test_analyze_request_adds_owner_hints_without_overwriting_labels() -> None:
    record, _ = fold(None, make_event())
    request = rq.analyze_request(record, "req-1", AT, owner_min_confidence=0.5)
    labels = request["alert"]["labels"]
    assert labels["kubernaut_owner_kind"] == "Deployment"
    assert labels["kubernaut_owner_name"] == "cart"
    assert request["alert"]["kind"] == "Pod"
    assert request["context"] == {
        "request_id": "req-1",
        "timestamp": AT,
        "alert_id": record["alert_id"],
    }
    strict = rq.analyze_request(record, "req-1", AT, owner_min_confidence=0.95)
    assert "kubernaut_owner_kind" not in strict["alert"]["labels"]


def test_action_id_is_stable_per_episode_so_retries_are_idempotent() -> None:
    assert rq.action_id("alt-1") == rq.action_id("alt-1")
    assert rq.action_id("alt-1") != rq.action_id("alt-2")


@pytest.mark.parametrize(
    ("state", "action", "kind"),
    [
        ("resolved", None, "resolved"),
        ("out_of_scope", None, "out_of_scope"),
        ("failed", "restart_pod", "escalation"),
        ("analysed", "notify_only", "escalation"),
        ("executed", "restart_pod", "action_taken"),
    ],
)
def test_notification_kind_and_id_follow_the_state(
    state: str, action: str | None, kind: str
) -> None:
    record, _ = fold(None, make_event())
    record["state"] = state
    if action:
        record["analysis"] = {"action": action, "confidence": 0.8, "parameters": {}}
    request = rq.notification_request(record)
    assert request["kind"] == kind
    assert request["notification_id"] == f"{record['alert_id']}-{kind}"
    assert request["severity"] == ("info" if kind == "resolved" else "critical")
    assert request["subject"]
