"""Storm detection: many notifications in a short time become one summary.

Arrivals (notifications that were not grouped) are counted over a sliding window. Once
`threshold` arrivals fall within the window, the next non-exempt notification opens a
summary that collects everything arriving during the following window; when that window
ends the summary is due and is sent once. Exempt kinds (approval requests by default)
are never summarised because a human must act on each of them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class StormDecision:
    summary_id: str | None  # None: send normally
    opened: bool = False  # True when this notification opened the summary


@dataclass
class _OpenSummary:
    summary_id: str
    deadline: datetime


class StormDetector:
    def __init__(
        self,
        *,
        threshold: int,
        window: timedelta,
        exempt_kinds: Iterable[str],
        new_summary_id: Callable[[], str],
    ) -> None:
        self.threshold = threshold
        self.window = window
        self.exempt_kinds = frozenset(exempt_kinds)
        self._new_id = new_summary_id
        self._arrivals: deque[datetime] = deque()
        self._open: _OpenSummary | None = None

    @property
    def open_summary(self) -> str | None:
        return self._open.summary_id if self._open else None

    def admit(self, kind: str, now: datetime) -> StormDecision:
        if kind in self.exempt_kinds or self.threshold <= 0:
            return StormDecision(None)
        while self._arrivals and now - self._arrivals[0] >= self.window:
            self._arrivals.popleft()
        self._arrivals.append(now)
        if self._open is not None and now < self._open.deadline:
            return StormDecision(self._open.summary_id)
        # The arrivals before this one reached the threshold: this one is part of a storm.
        if len(self._arrivals) > self.threshold:
            self._open = _OpenSummary(self._new_id(), now + self.window)
            return StormDecision(self._open.summary_id, opened=True)
        return StormDecision(None)

    def due(self, now: datetime) -> str | None:
        """The summary to send now (its collecting window has ended), if any."""
        if self._open is not None and now >= self._open.deadline:
            summary_id = self._open.summary_id
            self._open = None
            return summary_id
        return None
