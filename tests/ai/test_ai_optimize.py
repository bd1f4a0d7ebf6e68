"""optimize-workflow: invalid, duplicate, risky and failing steps are handled and reported."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.ai.domain.catalogue import Catalogue
from services.ai.domain.models import ActionStatistic, HistoryRecord
from services.ai.domain.optimize import Constraints, optimize

NOW = datetime(2025, 9, 26, 23, 0, tzinfo=UTC)
ROLLBACK = ("rollback_deployment", {"namespace": "shop", "resource": "web"})


def test_a_clean_plan_is_left_alone(catalogue: Catalogue) -> None:
    result = optimize([ROLLBACK], catalogue)
    assert [s.action for s in result.steps] == ["rollback_deployment"]
    assert result.changes == []
    assert result.estimated_risk == "medium" and result.requires_approval is False


def test_actions_that_kept_failing_on_the_target_are_replaced(catalogue: Catalogue) -> None:
    history = [
        HistoryRecord(
            action="rollback_deployment",
            outcome="failure",
            timestamp=NOW - timedelta(minutes=10 * i),
            resource="web",
            namespace="shop",
        )
        for i in range(3)
    ]
    result = optimize([ROLLBACK], catalogue, history=history)
    assert result.steps[0].action == "notify_only"
    assert result.changes[0].type == "replaced"
    assert "failed 3 times in a row on web" in result.changes[0].reason
    assert "3 previous action(s)" in result.historical_context


def test_mutating_steps_are_replaced_when_not_allowed(catalogue: Catalogue) -> None:
    result = optimize(
        [ROLLBACK, ("collect_diagnostics", {"namespace": "shop", "resource": "web"})],
        catalogue,
        constraints=Constraints(allow_mutating=False),
    )
    assert [s.action for s in result.steps] == ["collect_diagnostics", "notify_only"]


def test_too_many_steps_are_truncated_and_reported(catalogue: Catalogue) -> None:
    steps = [("restart_pod", {"namespace": "shop", "resource": f"p-{i}"}) for i in range(5)]
    result = optimize(steps, catalogue, constraints=Constraints(max_steps=3))
    assert len(result.steps) == 3
    assert [c.type for c in result.changes] == ["truncated", "truncated"]


def test_a_plan_with_nothing_valid_becomes_notify_only(catalogue: Catalogue) -> None:
    result = optimize([("format_disk", {})], catalogue)
    assert [s.action for s in result.steps] == ["notify_only"]
    assert result.changes[0].type == "removed_invalid"
    assert result.confidence < 0.95


def test_statistics_set_the_confidence_and_the_approval_need(catalogue: Catalogue) -> None:
    stats = [ActionStatistic(action="rollback_deployment", total=10, success_rate=0.4)]
    result = optimize([ROLLBACK], catalogue, statistics=stats)
    assert result.confidence == 0.4
    assert result.requires_approval is True


def test_unavailable_history_is_stated(catalogue: Catalogue) -> None:
    assert "History unavailable" in optimize([ROLLBACK], catalogue, history=None).historical_context
