"""Freshness bookkeeping and the short-lived cache behind every context part."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Part:
    """The outcome of gathering one part from one source."""

    part: str
    source: str
    value: Any = None
    fetched_at: datetime | None = None
    cached: bool = False
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def describe(
    parts: Sequence[Part], now: datetime, default_source: str = "multiple"
) -> dict[str, Any]:
    """freshness (the oldest read), per-source freshness, partial flag and missing parts."""
    ok = [p for p in parts if p.ok and p.fetched_at is not None]
    sources = [
        {
            "part": p.part,
            "source": p.source,
            "fetched_at": iso(p.fetched_at),
            "age_seconds": round(max(0.0, (now - p.fetched_at).total_seconds()), 3),
            "cached": p.cached,
        }
        for p in ok
        if p.fetched_at is not None
    ]
    names = {p.source for p in parts}
    oldest = min((p.fetched_at for p in ok if p.fetched_at is not None), default=now)
    missing = [
        {"part": p.part, "source": p.source, "reason": p.error or "unknown"}
        for p in parts
        if not p.ok
    ]
    return {
        "freshness": {
            "source": names.pop()
            if len(names) == 1
            else (default_source if not names else "multiple"),
            "fetched_at": iso(oldest),
            "age_seconds": round(max(0.0, (now - oldest).total_seconds()), 3),
            "cached": any(p.cached for p in ok),
        },
        "sources": sources,
        "partial": bool(missing),
        "missing": missing,
    }


class TTLCache:
    """Successful answers only, for ``ttl`` seconds, at most ``max_entries`` (oldest evicted)."""

    def __init__(self, ttl: float, max_entries: int = 1024) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._data: OrderedDict[Hashable, tuple[datetime, Any]] = OrderedDict()

    def get(self, key: Hashable, now: datetime) -> tuple[datetime, Any] | None:
        hit = self._data.get(key)
        if hit is None:
            return None
        if self.ttl <= 0 or (now - hit[0]).total_seconds() > self.ttl:
            del self._data[key]
            return None
        return hit

    def put(self, key: Hashable, fetched_at: datetime, value: Any) -> None:
        if self.ttl <= 0:
            return
        self._data[key] = (fetched_at, value)
        self._data.move_to_end(key)
        while len(self._data) > self.max_entries:
            self._data.popitem(last=False)
