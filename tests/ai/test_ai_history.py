"""History awareness: repeated failures lower confidence or escalate; oscillation shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from services.ai.domain.history import assess
from services.ai.domain.models import (
    ActionStatistic,
    Assessment,
    Decision,
    HistoryRecord,
    HistoryView,
)

NOW = datetime(2025, 9, 26, 23, 0, tzinfo=UTC)
RESTART = Decision(
    action="restart_pod",
    confidence=0.7,
    parameters={"namespace": "shop", "resource": "web-0"},
    summary="s",
    primary_reason="r",
)


def rec(action: str, outcome: str, minutes_ago: float, **params: Any) -> HistoryRecord:
    return HistoryRecord(
        action=action,
        outcome=outcome,  # type: ignore[arg-type]
        timestamp=NOW - timedelta(minutes=minutes_ago),
        resource="web-0",
        namespace="shop",
        parameters=params,
    )


def view(*records: HistoryRecord, stats: tuple[ActionStatistic, ...] = ()) -> HistoryView:
    return HistoryView(records=records, statistics=stats)


def run(decision: Decision, v: HistoryView) -> Assessment:
    return assess(decision, v, now=NOW, target_label="Pod shop/web-0")


def test_no_history_keeps_the_decision_and_says_so() -> None:
    result = run(RESTART, view())
    assert (result.action, result.confidence) == ("restart_pod", 0.7)
    assert result.historical_context == "No previous actions on Pod shop/web-0"
    assert result.oscillation_risk == "Low risk based on history"
    assert result.oscillation_level == "low"


def test_one_recent_failure_of_the_same_action_lowers_confidence() -> None:
    result = run(RESTART, view(rec("restart_pod", "failure", 300)))
    assert result.action == "restart_pod"
    assert result.confidence < 0.7
    assert "failed 1 time" in result.adjustments[0]
    assert "restart_pod ran 1 time(s)" in result.historical_context


def test_repeated_ineffective_action_escalates_to_notify_only() -> None:
    records = [rec("restart_pod", "failure", 30 + 40 * i) for i in range(3)]
    result = run(RESTART, view(*records))
    assert result.action == "notify_only"
    assert result.base_action == "restart_pod"
    assert result.parameters["namespace"] == "shop"
    assert "tried 3 times" in result.parameters["reason"]
    assert result.oscillation_level == "high"


def test_failures_separated_by_a_success_do_not_escalate() -> None:
    records = [
        rec("restart_pod", "failure", 100),
        rec("restart_pod", "success", 200),
        rec("restart_pod", "failure", 300),
        rec("restart_pod", "failure", 400),
    ]
    result = run(RESTART, view(*records))
    assert result.action == "restart_pod"


def test_inconclusive_outcomes_are_no_proof_of_failure() -> None:
    records = [rec("restart_pod", "inconclusive", 100 + i) for i in range(5)]
    result = run(RESTART, view(*records))
    assert result.action == "restart_pod"
    assert result.confidence == 0.7


def test_previous_successes_raise_confidence_a_little() -> None:
    result = run(
        RESTART, view(rec("restart_pod", "success", 600), rec("restart_pod", "success", 2000))
    )
    assert 0.7 < result.confidence <= 0.95


def test_many_recent_actions_on_the_target_mean_high_oscillation_risk() -> None:
    records = [
        rec("rollout_restart", "success", 5),
        rec("restart_pod", "success", 20),
        rec("delete_pod", "success", 40),
    ]
    result = run(RESTART, view(*records))
    assert result.oscillation_level == "high"
    assert result.oscillation_risk.startswith("High risk: 3 actions")
    assert result.confidence < 0.7


def test_scaling_up_and_down_is_detected_as_thrash() -> None:
    scale = Decision(
        action="scale_deployment",
        confidence=0.6,
        parameters={"namespace": "shop", "resource": "web-0", "replicas": 2},
        summary="s",
        primary_reason="r",
    )
    records = [
        rec("scale_deployment", "success", 10, replicas=5),
        rec("scale_deployment", "success", 50, replicas=3),
    ]
    result = run(scale, view(*records))
    assert result.oscillation_level in ("medium", "high")
    assert "reverse" in result.oscillation_risk or "2 actions" in result.oscillation_risk


def test_uncordon_right_after_cordon_is_a_reversal() -> None:
    uncordon = Decision(
        action="uncordon_node",
        confidence=0.6,
        parameters={"resource": "n1"},
        summary="s",
        primary_reason="r",
    )
    result = run(uncordon, view(rec("cordon_node", "success", 10)))
    assert result.oscillation_level == "medium"
    assert "reverse" in result.oscillation_risk


def test_unavailable_history_is_stated_not_an_error() -> None:
    result = run(
        RESTART,
        HistoryView(
            records=None, statistics=None, history_error="storage-service unreachable: ConnectError"
        ),
    )
    assert result.action == "restart_pod"
    assert "History unavailable (storage-service unreachable: ConnectError)" in (
        result.historical_context
    )
    assert result.oscillation_level == "medium"


def test_poor_cluster_wide_success_rate_lowers_confidence() -> None:
    stats = (
        ActionStatistic(
            action="restart_pod", total=20, success_rate=0.1, alert_name="KubePodCrashLooping"
        ),
    )
    result = run(RESTART, view(stats=stats))
    assert result.confidence < 0.7
    assert "succeeded in 10% of 20 cases" in result.historical_context


def test_statistics_with_few_samples_are_ignored() -> None:
    stats = (ActionStatistic(action="restart_pod", total=2, success_rate=0.0),)
    assert run(RESTART, view(stats=stats)).confidence == 0.7


def test_notify_only_is_never_escalated_further() -> None:
    notify = Decision(
        action="notify_only",
        confidence=0.3,
        parameters={"reason": "x"},
        summary="s",
        primary_reason="r",
    )
    records = [rec("notify_only", "failure", i) for i in range(5)]
    result = run(notify, view(*records))
    assert (result.action, result.confidence) == ("notify_only", 0.3)
