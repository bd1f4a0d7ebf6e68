"""enhance-context: normalised subject, history, patterns and recommendations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from services.ai.domain.catalogue import Catalogue
from services.ai.domain.context import ContextRequest, enhance, prune
from services.ai.domain.models import ActionStatistic, HistoryRecord, HistoryView
from services.ai.domain.rules import RuleEngine

NOW = datetime(2025, 9, 26, 23, 0, tzinfo=UTC)
RAW = {"namespace": "shop", "resource_type": "deployment", "resource_name": "web"}


def run(
    catalogue: Catalogue,
    raw: dict[str, Any],
    view: HistoryView,
    engine: RuleEngine | None = None,
    **options: Any,
) -> tuple[dict[str, Any], float]:
    return enhance(
        ContextRequest("kubernetes", raw, **options),
        catalogue,
        view,
        decide=engine.decide if engine else None,
        assess=None,
    )


def test_statistics_recommend_actions_that_worked_for_this_kind(catalogue: Catalogue) -> None:
    stats = (
        ActionStatistic("rollout_restart", 20, 0.9),
        ActionStatistic("restart_pod", 20, 0.95),
        ActionStatistic("rollback_deployment", 10, 0.3),
    )
    ctx, confidence = run(catalogue, RAW, HistoryView(records=(), statistics=stats))
    recs = ctx["recommendations"]
    # restart_pod does not apply to a Deployment; rollback has a poor record.
    assert [r["action"] for r in recs] == ["rollout_restart"]
    assert recs[0]["parameters"] == {"namespace": "shop", "resource": "web", "kind": "Deployment"}
    assert recs[0]["confidence"] < 0.9  # shrunk for sample size
    assert ctx["patterns"][0]["action"] == "restart_pod"
    assert confidence >= 0.9


def test_actions_failing_on_the_object_are_not_recommended(
    catalogue: Catalogue, engine: RuleEngine
) -> None:
    history = tuple(
        HistoryRecord(
            "rollback_deployment",
            "failure",
            NOW - timedelta(hours=i),
            resource="web",
            namespace="shop",
        )
        for i in range(2)
    )
    raw = {**RAW, "alert_name": "KubeDeploymentRolloutStuck"}
    ctx, _ = run(catalogue, raw, HistoryView(records=history, statistics=()), engine)
    assert "rollback_deployment" not in [r["action"] for r in ctx["recommendations"]]
    assert [h["outcome"] for h in ctx["history"]] == ["failure", "failure"]


def test_without_any_knowledge_diagnostics_are_recommended(catalogue: Catalogue) -> None:
    ctx, confidence = run(catalogue, RAW, HistoryView(records=None, statistics=None))
    assert ctx["recommendations"][0]["action"] == "collect_diagnostics"
    assert ctx["sources"] == {"history": "unavailable", "patterns": "unavailable"}
    assert confidence < 0.7


def test_skipped_sources_are_reported_as_skipped(catalogue: Catalogue) -> None:
    ctx, _ = run(catalogue, RAW, HistoryView.empty(), include_history=False, include_patterns=False)
    assert ctx["sources"] == {"history": "skipped", "patterns": "skipped"}
    assert ctx["history"] == [] and ctx["patterns"] == []


def test_max_depth_limits_nested_context() -> None:
    assert prune({"a": {"b": {"c": 1}}}, 2) == {"a": {"b": "<object with 1 keys>"}}


def test_reasons_in_the_given_context_drive_recommendations(catalogue: Catalogue) -> None:
    raw = {
        **RAW,
        "events": [
            {"reason": "BackOff", "message": "Back-off restarting failed container"},
            {"reason": "OOMKilled", "message": "Container app was OOMKilled"},
        ],
    }
    ctx, _ = run(catalogue, raw, HistoryView(records=(), statistics=()))
    first = ctx["recommendations"][0]
    assert first["action"] == "increase_resources"
    assert first["parameters"] == {
        "namespace": "shop",
        "resource": "web",
        "kind": "Deployment",
        "resources": ["memory"],
        "factor": 1.5,
    }
