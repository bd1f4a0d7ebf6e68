"""Oscillation detection: patterns where acting again would only make noise.

Three patterns, all looked for on one target:
- scale thrash: successive scale requests that keep reversing direction;
- ineffective chain: the same action already assessed ineffective N times;
- recurring restarts: restarts that keep coming back within a window (the restart
  hides a root cause a human must look at).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from services.workflow.domain.model import AssessmentOutcome

if TYPE_CHECKING:
    from services.workflow.domain.gates import HistoryEntry
    from services.workflow.domain.policy import GatePolicy

SCALE_ACTIONS = frozenset({"scale_deployment", "scale_statefulset"})


def count_reversals(values: Sequence[int]) -> int:
    """Direction changes in a sequence of replica targets (equal steps ignored)."""
    reversals = 0
    last_sign = 0
    for prev, cur in itertools.pairwise(values):
        sign = (cur > prev) - (cur < prev)
        if sign == 0:
            continue
        if last_sign and sign != last_sign:
            reversals += 1
        last_sign = sign
    return reversals


def detect_oscillation(
    action_type: str,
    replicas: int | None,
    history: Sequence[HistoryEntry],
    policy: GatePolicy,
    now: datetime,
) -> tuple[str, str] | None:
    """(pattern, reason) when acting now would oscillate, else None."""
    since = now - policy.oscillation_window
    dispatched = sorted(
        (e for e in history if e.dispatched_at is not None and e.dispatched_at > since),
        key=lambda e: e.dispatched_at or now,
    )

    if action_type in SCALE_ACTIONS and replicas is not None and policy.scale_reversals > 0:
        values = [e.replicas for e in dispatched if e.action_type in SCALE_ACTIONS]
        sequence = [v for v in values if v is not None] + [replicas]
        reversals = count_reversals(sequence)
        if reversals >= policy.scale_reversals:
            shown = " → ".join(str(v) for v in sequence)
            return (
                "scale_thrash",
                f"scale thrash: replicas {shown} reverse direction {reversals} times "
                f"within {_window(policy.oscillation_window.total_seconds())}",
            )

    if policy.ineffective_chain > 0:
        chain_since = now - policy.ineffective_window
        ineffective = [
            e
            for e in history
            if e.action_type == action_type
            and e.assessment in (AssessmentOutcome.INEFFECTIVE, AssessmentOutcome.WORSENED)
            and (e.assessed_at or e.created_at) > chain_since
        ]
        if len(ineffective) >= policy.ineffective_chain:
            return (
                "ineffective_chain",
                f"{action_type} was already ineffective {len(ineffective)} times within "
                f"{_window(policy.ineffective_window.total_seconds())}",
            )

    if action_type in policy.restart_actions and policy.restart_limit > 0:
        restarts = [e for e in dispatched if e.action_type in policy.restart_actions]
        if len(restarts) >= policy.restart_limit:
            return (
                "recurring_restarts",
                f"recurring restarts: {len(restarts)} restarts within "
                f"{_window(policy.oscillation_window.total_seconds())}",
            )
    return None


def _window(seconds: float) -> str:
    s = int(seconds)
    if s % 3600 == 0:
        return f"{s // 3600}h"
    if s % 60 == 0:
        return f"{s // 60}m"
    return f"{s}s"
