"""Weighted scoring and outcomes (pure domain)."""

import pytest

from services.monitor.domain.model import Outcome, SignalResult
from services.monitor.domain.scoring import DEFAULT_WEIGHTS, Thresholds, redistribute, score_outcome

GOOD = SignalResult(True, 1.0, "fine")
BAD = SignalResult(True, 0.0, "broken")
FIRING = SignalResult(True, 0.0, "HighMemoryUsage still firing", conclusive=False)
RESOLVED = SignalResult(True, 1.0, "resolved")
NONE = SignalResult.unavailable("not configured")


def test_default_weights_are_health_40_alert_35_metrics_25() -> None:
    assert dict(DEFAULT_WEIGHTS) == {"health": 0.40, "alert": 0.35, "metrics": 0.25}


def test_all_signals_good_is_effective_with_full_score() -> None:
    v = score_outcome({"health": GOOD, "alert": RESOLVED, "metrics": GOOD})
    assert v.outcome is Outcome.EFFECTIVE
    assert v.score == pytest.approx(1.0)
    assert v.weights == pytest.approx({"health": 0.40, "alert": 0.35, "metrics": 0.25})


def test_weights_of_unavailable_signal_are_redistributed_in_proportion() -> None:
    w = redistribute(DEFAULT_WEIGHTS, {"health", "alert"})
    assert w["metrics"] == 0
    assert w["health"] == pytest.approx(0.40 / 0.75)
    assert w["alert"] == pytest.approx(0.35 / 0.75)
    v = score_outcome({"health": SignalResult(True, 0.5), "alert": RESOLVED, "metrics": NONE})
    assert v.score == pytest.approx(0.40 / 0.75 * 0.5 + 0.35 / 0.75, abs=1e-3)
    assert "metrics signal unavailable" in v.reasons


def test_mixed_signals_are_partially_effective() -> None:
    v = score_outcome({"health": SignalResult(True, 0.6), "alert": RESOLVED, "metrics": BAD})
    # 0.4*0.6 + 0.35 = 0.59
    assert v.outcome is Outcome.PARTIALLY_EFFECTIVE
    assert v.score == pytest.approx(0.59)


def test_unhealthy_target_with_worse_metrics_and_firing_alert_is_ineffective() -> None:
    v = score_outcome({"health": SignalResult(True, 0.1), "alert": FIRING, "metrics": BAD})
    assert v.outcome is Outcome.INEFFECTIVE
    assert v.score == pytest.approx(0.04)


def test_alert_still_firing_alone_is_inconclusive_not_a_failure() -> None:
    v = score_outcome({"health": NONE, "alert": FIRING, "metrics": NONE})
    assert v.outcome is Outcome.INCONCLUSIVE
    assert any("not proof of failure" in r for r in v.reasons)


def test_firing_alert_with_uncorroborating_health_is_inconclusive() -> None:
    # Health 0.5 and unchanged metrics: the low score comes from the alert only.
    v = score_outcome(
        {"health": SignalResult(True, 0.5), "alert": FIRING, "metrics": SignalResult(True, 0.5)}
    )
    assert v.score is not None and v.score < Thresholds().partially_effective
    assert v.outcome is Outcome.INCONCLUSIVE


def test_firing_alert_with_healthy_target_is_partially_effective() -> None:
    v = score_outcome({"health": GOOD, "alert": FIRING, "metrics": GOOD})
    assert v.outcome is Outcome.PARTIALLY_EFFECTIVE
    assert v.score == pytest.approx(0.65)


def test_no_signal_at_all_is_inconclusive_without_score() -> None:
    v = score_outcome({"health": NONE, "alert": NONE, "metrics": NONE})
    assert v.outcome is Outcome.INCONCLUSIVE
    assert v.score is None


def test_metrics_alone_are_too_thin_to_conclude() -> None:
    v = score_outcome({"health": NONE, "alert": NONE, "metrics": GOOD})
    assert v.outcome is Outcome.INCONCLUSIVE
    assert v.score == pytest.approx(1.0)


def test_resolved_alert_alone_is_enough_to_call_effective() -> None:
    v = score_outcome({"health": NONE, "alert": RESOLVED, "metrics": NONE})
    assert v.outcome is Outcome.EFFECTIVE


def test_custom_weights_must_cover_every_signal() -> None:
    with pytest.raises(ValueError, match="metrics"):
        score_outcome({"health": GOOD}, weights={"health": 1.0, "alert": 0.0})
