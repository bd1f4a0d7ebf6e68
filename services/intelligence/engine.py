"""Recompute orchestration: read history → mine → write patterns (single-flight)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import get_args

from services.intelligence.adapters.storage_source import HistorySource
from services.intelligence.domain.mining import mine_all
from services.intelligence.domain.model import MiningConfig, PatternType

log = logging.getLogger(__name__)
ALL_TYPES: tuple[PatternType, ...] = get_args(PatternType)


@dataclass(frozen=True)
class RecomputeOutcome:
    status: str  # completed | skipped
    incidents_examined: int
    alerts_examined: int
    computed_at: datetime
    duration_ms: int
    patterns: dict[str, int] = field(default_factory=dict)


class PatternEngine:
    def __init__(
        self,
        source: HistorySource,
        config: MiningConfig,
        *,
        lookback_days: float,
        max_records: int,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.source = source
        self.config = config
        self.lookback_days = lookback_days
        self.max_records = max_records
        self.clock = clock
        self.last: RecomputeOutcome | None = None
        self._marker: tuple[str, ...] | None = None
        self._running: asyncio.Task[RecomputeOutcome] | None = None

    async def recompute(
        self, *, force: bool = False, lookback_days: float | None = None
    ) -> RecomputeOutcome:
        """Concurrent callers share the run in progress instead of starting another."""
        if self._running is None or self._running.done():
            self._running = asyncio.create_task(self._run(force, lookback_days))
        return await asyncio.shield(self._running)

    async def _run(self, force: bool, lookback_days: float | None) -> RecomputeOutcome:
        started = time.monotonic()
        now = self.clock()
        marker = await self.source.change_marker()
        if not force and marker == self._marker and self.last is not None:
            return RecomputeOutcome(
                status="skipped",
                incidents_examined=0,
                alerts_examined=0,
                computed_at=self.last.computed_at,
                duration_ms=int((time.monotonic() - started) * 1000),
                patterns=dict(self.last.patterns),
            )
        since = now - timedelta(days=lookback_days or self.lookback_days)
        incidents, alerts = await asyncio.gather(
            self.source.incidents(since, self.max_records),
            self.source.alerts(since, self.max_records),
        )
        patterns = mine_all(incidents, alerts, self.config)
        await self.source.write_patterns(patterns, ALL_TYPES, now)
        counts = Counter(p.pattern_type for p in patterns)
        self._marker = marker
        self.last = RecomputeOutcome(
            status="completed",
            incidents_examined=len(incidents),
            alerts_examined=len(alerts),
            computed_at=now,
            duration_ms=int((time.monotonic() - started) * 1000),
            patterns={t: counts.get(t, 0) for t in ALL_TYPES},
        )
        log.info("patterns recomputed: %s", self.last.patterns)
        return self.last
