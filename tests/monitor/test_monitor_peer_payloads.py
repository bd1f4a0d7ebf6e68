"""What monitor sends to its peers is accepted by their contracts, for every outcome."""

from typing import Any, get_args

import pytest

from generated.clients.notification.models import NotificationRequest
from generated.clients.storage.models import StoreAssessmentRequest
from generated.clients.workflow.models import AssessmentReport
from generated.models.monitor import Outcome
from services.monitor.adapters.peers import notification_payload, storage_payload, workflow_report


def record(outcome: str, **extra: Any) -> dict[str, Any]:
    return {
        "assessment_id": "asm-1",
        "workflow_id": "wf-1",
        "execution_id": "exec-1",
        "action_id": "act-1",
        "action_type": "increase_resources",
        "status": "completed",
        "outcome": outcome,
        "target": {"namespace": "shop", "kind": "Deployment", "name": "web"},
        "alert": {
            "name": "HighMemoryUsage",
            "fingerprint": "fp1",
            "labels": {"alertname": "HighMemoryUsage"},
        },
        "executed_at": "2025-09-26T23:00:00Z",
        "assessed_at": "2025-09-26T23:05:00Z",
        "window_seconds": 300,
        "reasons": ["all signals available"],
        "undo_proposed": outcome == "ineffective",
        "signals": {
            "health": {
                "available": True,
                "score": 0.5,
                "weight": 0.4,
                "summary": "1/2 replicas ready",
            },
            "alert": {"available": False, "weight": 0.0, "summary": "alertmanager unavailable"},
            "metrics": {
                "available": True,
                "score": 1.0,
                "weight": 0.6,
                "summary": "memory improved",
            },
        },
        **extra,
    }


# Every outcome monitor's contract declares (read from the generated model, so a new
# outcome added to the spec is tested here automatically).
OUTCOMES = list(get_args(Outcome.model_fields["root"].annotation))


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_every_outcome_is_reportable_to_workflow_and_storage(outcome: str) -> None:
    report = AssessmentReport.from_dict(workflow_report(record(outcome, score=0.55)))
    assert report.outcome == outcome  # workflow's contract knows every monitor outcome
    stored = StoreAssessmentRequest.from_dict(
        storage_payload(record(outcome, score=0.55))
    ).to_dict()
    assert stored["outcome"] == outcome
    assert stored["signals"] == {"health": 0.5, "metrics": 1.0}  # unavailable signals are absent


def test_outcomes_cover_the_contract() -> None:
    assert set(OUTCOMES) == {"effective", "partially_effective", "ineffective", "inconclusive"}


def test_partial_success_reaches_workflow_under_its_own_name() -> None:
    report = workflow_report(record("partially_effective"))
    assert report["outcome"] == "partially_effective"


def test_inconclusive_without_score_is_stored_with_score_zero_and_says_so() -> None:
    body = storage_payload(record("inconclusive"))
    assert body["score"] == 0.0 and body["details"]["score_available"] is False


def test_ineffective_notification_proposes_the_undo_of_the_execution() -> None:
    body = notification_payload(
        record("ineffective", score=0.1), ["slack-ops"], "https://kubernaut.example"
    )
    NotificationRequest.from_dict(body)  # accepted by notification's contract
    assert (
        body["notification_id"] == "effectiveness-asm-1" and body["kind"] == "effectiveness_result"
    )
    assert (
        body["subject"]
        == "increase_resources on shop/Deployment/web was ineffective - undo proposed"
    )
    assert "executions/exec-1/undo" in body["body"]
    assert body["channels"] == ["slack-ops"]
    assert (
        body["context"]["links"][0]["url"] == "https://kubernaut.example/api/v1/assessments/asm-1"
    )


def test_irreversible_ineffective_action_asks_for_investigation_instead() -> None:
    body = notification_payload(record("ineffective", undo_proposed=False), None, None)
    assert "undo" not in body["subject"] and "not reversible" in body["body"]
