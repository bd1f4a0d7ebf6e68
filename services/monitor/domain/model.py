"""Value objects shared by the scoring functions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    EFFECTIVE = "effective"
    PARTIALLY_EFFECTIVE = "partially_effective"
    INEFFECTIVE = "ineffective"
    INCONCLUSIVE = "inconclusive"


SIGNALS = ("health", "alert", "metrics")


@dataclass(frozen=True)
class Target:
    kind: str
    name: str
    namespace: str | None = None


@dataclass(frozen=True)
class AlertRef:
    name: str
    fingerprint: str | None = None
    labels: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SignalResult:
    """One scoring signal.

    ``conclusive=False`` marks a value that is not proof on its own: an alert still
    firing at the end of the window may simply not have been re-evaluated yet.
    """

    available: bool
    score: float | None = None
    summary: str = ""
    observations: Mapping[str, Any] = field(default_factory=dict)
    conclusive: bool = True

    @staticmethod
    def unavailable(summary: str, **observations: Any) -> SignalResult:
        return SignalResult(available=False, summary=summary, observations=observations)
