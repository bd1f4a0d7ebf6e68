"""A controllable clock for storage tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    """A controllable clock handed to the repository (our own code takes it as a parameter)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 12, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> datetime:
        self.now += timedelta(**kw)
        return self.now
