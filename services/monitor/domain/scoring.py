"""Weighted effectiveness score and outcome.

Weights follow the upstream Go monitor (health 0.40, alert 0.35, metrics 0.25). When a
signal is unavailable its weight is spread over the others in proportion, so the score
stays on the 0..1 scale. An alert still firing is never, alone, proof of failure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .model import SIGNALS, Outcome, SignalResult

DEFAULT_WEIGHTS: Mapping[str, float] = {"health": 0.40, "alert": 0.35, "metrics": 0.25}


@dataclass(frozen=True)
class Thresholds:
    effective: float = 0.70
    partially_effective: float = 0.40
    # Below this much (original) weight of available evidence, nothing is concluded:
    # metrics alone (0.25) are too thin to call an action effective or not.
    min_available_weight: float = 0.35


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    score: float | None
    weights: Mapping[str, float]
    reasons: list[str] = field(default_factory=list)


def redistribute(weights: Mapping[str, float], available: set[str]) -> dict[str, float]:
    """Effective weight per signal: unavailable signals get 0, the rest are rescaled to sum 1."""
    total = sum(weights[name] for name in available)
    if total <= 0:
        return dict.fromkeys(weights, 0.0)
    return {name: (weights[name] / total if name in available else 0.0) for name in weights}


def _outcome_for(score: float, thresholds: Thresholds) -> Outcome:
    if score >= thresholds.effective:
        return Outcome.EFFECTIVE
    if score >= thresholds.partially_effective:
        return Outcome.PARTIALLY_EFFECTIVE
    return Outcome.INEFFECTIVE


def _weighted(signals: Mapping[str, SignalResult], weights: Mapping[str, float]) -> float:
    return sum(weights[name] * (signals[name].score or 0.0) for name in weights if weights[name])


def score_outcome(
    signals: Mapping[str, SignalResult],
    weights: Mapping[str, float] = DEFAULT_WEIGHTS,
    thresholds: Thresholds = Thresholds(),
) -> Verdict:
    for name in SIGNALS:
        if name not in weights:
            raise ValueError(f"missing weight for signal {name!r}")
    available = {
        name
        for name in SIGNALS
        if name in signals and signals[name].available and signals[name].score is not None
    }
    missing = [name for name in SIGNALS if name not in available]
    reasons = [f"{name} signal unavailable" for name in missing]
    effective_weights = redistribute(weights, available)
    if not available:
        return Verdict(
            Outcome.INCONCLUSIVE, None, effective_weights, [*reasons, "no signal available"]
        )

    score = round(_weighted(signals, effective_weights), 4)
    available_weight = sum(weights[name] for name in available)
    if available_weight < thresholds.min_available_weight:
        reasons.append(
            f"only {', '.join(sorted(available))} available "
            f"(weight {available_weight:.2f} < {thresholds.min_available_weight:.2f})"
        )
        return Verdict(Outcome.INCONCLUSIVE, score, effective_weights, reasons)

    outcome = _outcome_for(score, thresholds)
    soft = {name for name in available if not signals[name].conclusive}
    if soft and outcome is not Outcome.EFFECTIVE:
        reasons.extend(
            f"{name}: {signals[name].summary}" for name in sorted(soft) if signals[name].summary
        )
        hard = available - soft
        if not hard:
            reasons.append("no corroborating signal: a firing alert alone is not proof of failure")
            return Verdict(Outcome.INCONCLUSIVE, score, effective_weights, reasons)
        evidence = _weighted(signals, redistribute(weights, hard))
        if outcome is Outcome.INEFFECTIVE and evidence >= thresholds.partially_effective:
            # Only the not-yet-resolved alert drags the score down; health/metrics do not
            # show a failure, so it is too early to say.
            reasons.append(f"health/metrics evidence {evidence:.2f} does not corroborate a failure")
            return Verdict(Outcome.INCONCLUSIVE, score, effective_weights, reasons)
    if not missing:
        reasons.append("all signals available")
    return Verdict(outcome, score, effective_weights, reasons)
