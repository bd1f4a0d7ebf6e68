"""Injectable time: the gates and expiries are all about time, so tests drive it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that only moves when told to (tests, simulations)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2025, 9, 26, 23, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta | float) -> datetime:
        self._now += delta if isinstance(delta, timedelta) else timedelta(seconds=delta)
        return self._now


def go_duration(seconds: float) -> str:
    """Format like Go's time.Duration (30s, 2m0s, 1h0m0s): the seed's style."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes}m{secs}s"
    if minutes:
        return f"{minutes}m{secs}s"
    return f"{secs}s"


def backoff(attempts: int, initial: float, maximum: float) -> float:
    """Delay before retry number ``attempts`` (1-based): exponential, capped (seed §4.2.1)."""
    return float(min(maximum, initial * (2 ** max(0, attempts - 1))))
