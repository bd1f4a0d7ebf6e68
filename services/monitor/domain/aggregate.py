"""Aggregate effectiveness per action, alert or namespace."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Outcome


@dataclass(frozen=True)
class Scored:
    key: str
    outcome: Outcome
    score: float | None


@dataclass(frozen=True)
class Group:
    key: str
    total: int
    effective: int
    partially_effective: int
    ineffective: int
    inconclusive: int
    success_rate: float | None
    mean_score: float


def summarise(rows: Iterable[Scored]) -> list[Group]:
    """Counts per outcome; the success rate ignores inconclusive assessments and counts a
    partial success as half, so it answers "when we could tell, how often did it work"."""
    buckets: dict[str, list[Scored]] = {}
    for row in rows:
        buckets.setdefault(row.key, []).append(row)
    groups = []
    for key, items in buckets.items():
        count = {o: sum(1 for i in items if i.outcome is o) for o in Outcome}
        conclusive = len(items) - count[Outcome.INCONCLUSIVE]
        rate = (
            round(
                (count[Outcome.EFFECTIVE] + 0.5 * count[Outcome.PARTIALLY_EFFECTIVE]) / conclusive,
                4,
            )
            if conclusive
            else None
        )
        scores = [i.score for i in items if i.score is not None]
        groups.append(
            Group(
                key=key,
                total=len(items),
                effective=count[Outcome.EFFECTIVE],
                partially_effective=count[Outcome.PARTIALLY_EFFECTIVE],
                ineffective=count[Outcome.INEFFECTIVE],
                inconclusive=count[Outcome.INCONCLUSIVE],
                success_rate=rate,
                mean_score=round(sum(scores) / len(scores), 4) if scores else 0.0,
            )
        )
    return sorted(groups, key=lambda g: (-g.total, g.key))
