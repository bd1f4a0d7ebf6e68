"""History awareness: what past actions on the same target say about a decision.

- the same action failing (or being ineffective) again and again on the same target lowers
  the confidence, and after ``escalate_after`` consecutive failures, or as many
  ineffective ones within ``chain_window``, the decision becomes ``notify_only``;
- many actions on one target in ``oscillation_window``, or flip-flops (cordon/uncordon,
  scale up then down) raise ``oscillation_risk``;
- cluster-wide statistics of the action (intelligence-service) nudge the confidence.
Unavailable history is stated in ``historical_context``; it is never an error.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from .models import ActionStatistic, Assessment, Decision, HistoryRecord, HistoryView, RiskLevel

FAILED = frozenset({"failure", "ineffective"})
_OPPOSITES = {("cordon_node", "uncordon_node"), ("uncordon_node", "cordon_node")}
READ_ONLY = frozenset({"notify_only", "collect_diagnostics"})


@dataclass(frozen=True)
class HistoryPolicy:
    escalate_after: int = 3
    chain_window: timedelta = timedelta(hours=4)
    oscillation_window: timedelta = timedelta(hours=1)
    failure_penalty: float = 0.25
    oscillation_penalty: float = 0.7
    success_bonus: float = 0.05
    min_statistic_samples: int = 5
    poor_success_rate: float = 0.3
    good_success_rate: float = 0.8


DEFAULT_HISTORY_POLICY = HistoryPolicy()


def assess(
    decision: Decision,
    view: HistoryView,
    *,
    now: datetime,
    target_label: str,
    policy: HistoryPolicy = DEFAULT_HISTORY_POLICY,
) -> Assessment:
    """Adjust ``decision`` with history; ``target_label`` names the target in texts."""
    action, confidence, params = decision.action, decision.confidence, dict(decision.parameters)
    adjustments: list[str] = []
    context_parts: list[str] = []
    base_action: str | None = None

    if view.records is None:
        context_parts.append(
            f"History unavailable ({view.history_error or 'storage-service unreachable'}); "
            "decision based on the alert alone"
        )
        level: RiskLevel = "medium"
        osc_text = "Unknown: history unavailable, oscillation cannot be ruled out"
        records: list[HistoryRecord] = []
    else:
        records = sorted(view.records, key=lambda r: r.timestamp, reverse=True)
        context_parts.append(_describe(records, action, target_label, now))
        level, osc_text = _oscillation(records, decision, now, policy, target_label)

    if action not in READ_ONLY and records:
        streak = failure_streak(records, action)
        chain = sum(
            1
            for r in records
            if r.action == action
            and r.outcome in FAILED
            and now - r.timestamp <= policy.chain_window
        )
        if streak >= policy.escalate_after or chain >= policy.escalate_after:
            count = max(streak, chain)
            base_action = action
            why = (
                f"{action} was tried {count} times on {target_label} without effect; "
                "escalating to a human instead of repeating it"
            )
            adjustments.append(why)
            action, params = "notify_only", _notify_params(params, why)
            confidence = 0.9
            level = "high"
            osc_text = f"High risk: {why}"
        elif streak:
            factor = max(0.0, 1 - policy.failure_penalty * streak)
            confidence *= factor
            adjustments.append(
                f"{action} failed {streak} time(s) in a row on {target_label}: "
                f"confidence x{factor:.2f}"
            )
        else:
            successes = [r for r in records if r.action == action and r.outcome == "success"]
            if successes and records[0].action == action and records[0].outcome == "success":
                bonus = policy.success_bonus * min(len(successes), 3)
                confidence = min(0.95, confidence + bonus)
                adjustments.append(f"{action} worked {len(successes)} time(s) before: +{bonus:.2f}")

    if action not in READ_ONLY and level == "high" and base_action is None:
        confidence *= policy.oscillation_penalty
        adjustments.append(f"high oscillation risk: confidence x{policy.oscillation_penalty}")

    if view.statistics is None:
        why = view.statistics_error or "intelligence-service unreachable"
        context_parts.append(f"Action statistics unavailable ({why})")
    elif action not in READ_ONLY:
        stat = _statistic(view.statistics, action)
        if stat and stat.total >= policy.min_statistic_samples:
            scope = f"for {stat.alert_name}" if stat.alert_name else "cluster-wide"
            context_parts.append(
                f"{action} succeeded in {stat.success_rate:.0%} of {stat.total} cases {scope}"
            )
            if stat.success_rate < policy.poor_success_rate:
                confidence *= 0.7
                adjustments.append(f"low {action} success rate {stat.success_rate:.0%}: x0.70")
            elif stat.success_rate >= policy.good_success_rate:
                confidence = min(0.95, confidence + policy.success_bonus)
                adjustments.append(
                    f"high {action} success rate {stat.success_rate:.0%}: "
                    f"+{policy.success_bonus:.2f}"
                )

    return Assessment(
        action=action,
        confidence=round(min(1.0, max(0.0, confidence)), 3),
        parameters=params,
        historical_context="; ".join(p for p in context_parts if p),
        oscillation_risk=osc_text,
        oscillation_level=level,
        adjustments=tuple(adjustments),
        base_action=base_action,
    )


def failure_streak(records: Sequence[HistoryRecord], action: str) -> int:
    """Consecutive failed runs of ``action``, newest first; inconclusive runs are skipped
    (an alert still firing during stabilisation is no proof of failure)."""
    streak = 0
    for record in records:
        if record.action != action or record.outcome in ("inconclusive", "pending", "unknown"):
            continue
        if record.outcome in FAILED:
            streak += 1
        else:
            break
    return streak


def _describe(records: Sequence[HistoryRecord], action: str, target: str, now: datetime) -> str:
    if not records:
        return f"No previous actions on {target}"
    same = [r for r in records if r.action == action]
    parts = []
    if same:
        counts: dict[str, int] = {}
        for r in same:
            counts[r.outcome] = counts.get(r.outcome, 0) + 1
        detail = ", ".join(f"{n} {o}" for o, n in sorted(counts.items()))
        last = same[0]
        parts.append(
            f"{action} ran {len(same)} time(s) on {target} ({detail}); "
            f"last {_ago(now - last.timestamp)} ago: {last.outcome}"
        )
    others = [r for r in records if r.action != action]
    if others:
        names = sorted({r.action for r in others})
        parts.append(f"{len(others)} other action(s) on {target}: {', '.join(names)}")
    return "; ".join(parts)


def _oscillation(
    records: Sequence[HistoryRecord],
    decision: Decision,
    now: datetime,
    policy: HistoryPolicy,
    target: str,
) -> tuple[RiskLevel, str]:
    recent = [
        r
        for r in records
        if now - r.timestamp <= policy.oscillation_window and r.action not in READ_ONLY
    ]
    minutes = int(policy.oscillation_window.total_seconds() // 60)
    steps = [(r.action, r.parameters) for r in reversed(recent)]
    flips = _reversals(steps)
    proposed_flip = _reversals([*steps, (decision.action, decision.parameters)]) > flips
    if len(recent) >= 3 or flips:
        why = f"{len(recent)} actions on {target} in the last {minutes} min"
        if flips:
            why += f", {flips} reversal(s)"
        return "high", f"High risk: {why}"
    if len(recent) == 2 or proposed_flip:
        why = (
            f"{decision.action} would reverse the last action ({recent[0].action})"
            if proposed_flip
            else f"2 actions on {target} in the last {minutes} min"
        )
        return "medium", f"Medium risk: {why}"
    if recent:
        return "low", f"Low risk: 1 action on {target} in the last {minutes} min"
    return "low", "Low risk based on history"


def _reversals(steps: Sequence[tuple[str, Mapping[str, Any]]]) -> int:
    """Reversals in a chronological list of (action, parameters): cordon followed by
    uncordon (or back), and scale targets that go up then down (or down then up)."""
    count = sum(1 for (a, _), (b, _) in itertools.pairwise(steps) if (a, b) in _OPPOSITES)
    for scale in ("scale_deployment", "scale_statefulset"):
        sizes = [
            p["replicas"] for a, p in steps if a == scale and isinstance(p.get("replicas"), int)
        ]
        diffs = [b - a for a, b in itertools.pairwise(sizes) if b != a]
        count += sum(1 for x, y in itertools.pairwise(diffs) if x * y < 0)
    return count


def _statistic(stats: Sequence[ActionStatistic], action: str) -> ActionStatistic | None:
    specific = [s for s in stats if s.action == action and s.alert_name]
    general = [s for s in stats if s.action == action and not s.alert_name]
    pool = specific or general
    return max(pool, key=lambda s: s.total) if pool else None


def _notify_params(params: Mapping[str, Any], reason: str) -> dict[str, Any]:
    out: dict[str, Any] = {"reason": reason[:2000]}
    for key in ("namespace", "resource"):
        if isinstance(params.get(key), str):
            out[key] = params[key]
    return out


def _ago(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 120:
        return f"{seconds}s"
    if seconds < 7200:
        return f"{seconds // 60}m"
    if seconds < 172800:
        return f"{seconds // 3600}h"
    return f"{seconds // 86400}d"
