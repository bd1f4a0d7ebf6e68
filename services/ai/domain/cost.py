"""Bounding LLM cost: a decision cache and a per-alert call budget, both keyed on the
alert's identity (``Alert.identity()``). Time is passed in, so both are deterministic.

Alertmanager re-sends every alert of a group on each notification; without these, each
re-send would be a new paid LLM call.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from dataclasses import dataclass

from .models import Decision


@dataclass(frozen=True)
class _Entry:
    decision: Decision
    expires_at: float


class DecisionCache:
    """LRU cache of LLM decisions (before history adjustments) with a time-to-live."""

    def __init__(self, *, ttl_seconds: float, max_entries: int) -> None:
        self.ttl = ttl_seconds
        self.max_entries = max_entries
        self._entries: OrderedDict[str, _Entry] = OrderedDict()

    def get(self, key: str, now: float) -> Decision | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.expires_at <= now:
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return entry.decision

    def put(self, key: str, decision: Decision, now: float) -> None:
        if self.ttl <= 0 or self.max_entries <= 0:
            return
        self._entries[key] = _Entry(decision, now + self.ttl)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class CallBudget:
    """At most ``max_calls`` LLM calls per alert identity in any ``window_seconds``."""

    def __init__(self, *, max_calls: int, window_seconds: float, max_keys: int = 10_000) -> None:
        self.max_calls = max_calls
        self.window = window_seconds
        self.max_keys = max_keys
        self._calls: OrderedDict[str, deque[float]] = OrderedDict()

    def remaining(self, key: str, now: float) -> int:
        calls = self._calls.get(key)
        if calls is None:
            return self.max_calls
        while calls and calls[0] <= now - self.window:
            calls.popleft()
        return max(0, self.max_calls - len(calls))

    def record(self, key: str, now: float) -> None:
        calls = self._calls.setdefault(key, deque())
        calls.append(now)
        self._calls.move_to_end(key)
        while len(self._calls) > self.max_keys:
            self._calls.popitem(last=False)
