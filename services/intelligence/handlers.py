"""Thin HTTP handlers of intelligence-service plus its recompute schedule."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from generated.models import intelligence as m
from generated.stubs.intelligence import IntelligenceApi
from kubernaut.runtime import context
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.errors import BadRequest, ServiceUnavailable
from kubernaut.runtime.operations import Reply
from services.intelligence.adapters.storage_source import (
    SourceRejected,
    SourceUnavailable,
    StorageSource,
)
from services.intelligence.domain.model import MiningConfig
from services.intelligence.domain.statistics import statistics_from_pattern
from services.intelligence.engine import PatternEngine
from services.intelligence.settings import IntelligenceSettings

log = logging.getLogger(__name__)
STATS_PAGE = 500
SHUTDOWN_GRACE_SECONDS = 10.0


def mining_config(settings: IntelligenceSettings) -> MiningConfig:
    return MiningConfig(
        recurrence_window_seconds=settings.recurrence_window_seconds,
        follow_up_window_seconds=settings.follow_up_window_seconds,
        cluster_window_seconds=settings.cluster_window_seconds,
        min_support=settings.min_support,
        min_cluster_namespaces=settings.min_cluster_namespaces,
        seasonality_min_support=settings.seasonality_min_support,
        seasonality_peak_factor=settings.seasonality_peak_factor,
    )


def _unavailable(exc: SourceUnavailable) -> ServiceUnavailable:
    return ServiceUnavailable(
        "storage-service is unavailable", {"service": "storage-service", "reason": str(exc)}
    )


class Handlers(IntelligenceApi):
    def __init__(self, settings: IntelligenceSettings, runtime: ServiceRuntime) -> None:
        self.settings = settings
        runtime.depend_on("storage", critical=False)
        self.source = StorageSource(runtime.clients.get("storage"))
        self.engine = PatternEngine(
            self.source,
            mining_config(settings),
            lookback_days=settings.lookback_days,
            max_records=settings.max_records,
        )
        self._runs = runtime.metrics.counter(
            "intelligence_recomputes_total", "Pattern recomputations by status", ["status"]
        )
        self._label = runtime.metrics.label
        self._scheduler: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        runtime.on_startup(self.start)
        runtime.on_shutdown(self.stop)

    async def start(self) -> None:
        if self.settings.recompute_interval_seconds > 0:
            self._scheduler = asyncio.create_task(self._schedule())

    async def stop(self) -> None:
        """Let a run in progress finish (never cut a pattern write in half), then stop."""
        self._stopping.set()
        if self._scheduler is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._scheduler), SHUTDOWN_GRACE_SECONDS)
            except TimeoutError:
                self._scheduler.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._scheduler

    async def _schedule(self) -> None:
        """Periodic recompute; a run with nothing new is skipped cheaply."""
        while not self._stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._stopping.wait(), self.settings.recompute_interval_seconds
                )
            if self._stopping.is_set():
                return
            token = context.bind(context.background())
            try:
                outcome = await self.engine.recompute()
                self._runs.labels(self._label, outcome.status).inc()
            except SourceUnavailable as exc:
                self._runs.labels(self._label, "failed").inc()
                log.warning("scheduled recompute failed: %s", exc)
            except Exception:  # the schedule must survive any single failed run
                self._runs.labels(self._label, "failed").inc()
                log.exception("scheduled recompute failed")
            finally:
                context.unbind(token)

    async def recompute_patterns(self, body: m.RecomputeRequest) -> m.RecomputeResult | Reply:
        try:
            outcome = await self.engine.recompute(
                force=bool(body.force), lookback_days=body.lookback_days
            )
        except SourceUnavailable as exc:
            self._runs.labels(self._label, "failed").inc()
            raise _unavailable(exc) from exc
        self._runs.labels(self._label, outcome.status).inc()
        return m.RecomputeResult.model_validate(vars(outcome))

    async def list_patterns(
        self,
        limit: int = 50,
        pattern_type: str | None = None,
        alert_name: str | None = None,
        action: str | None = None,
        resource_kind: str | None = None,
        namespace: str | None = None,
        resource: str | None = None,
        min_support: int | None = None,
        cursor: str | None = None,
    ) -> m.PatternList | Reply:
        try:
            items, next_cursor = await self.source.patterns(
                pattern_type=pattern_type,
                alert_name=alert_name,
                action=action,
                resource_kind=resource_kind,
                namespace=namespace,
                resource=resource,
                min_support=min_support,
                limit=limit,
                cursor=cursor,
            )
        except SourceRejected as exc:
            raise BadRequest(str(exc)) from exc
        except SourceUnavailable as exc:
            raise _unavailable(exc) from exc
        return m.PatternList.model_validate({"items": items, "next_cursor": next_cursor})

    async def get_action_statistics(
        self,
        alert_name: str | None = None,
        action: str | None = None,
        resource_kind: str | None = None,
        min_support: int | None = None,
    ) -> m.ActionStatisticsList | Reply:
        patterns: list[dict[str, Any]] = []
        cursor: str | None = None
        try:
            while True:
                items, cursor = await self.source.patterns(
                    pattern_type="action_effectiveness",
                    alert_name=alert_name,
                    action=action,
                    resource_kind=resource_kind,
                    min_support=min_support,
                    limit=STATS_PAGE,
                    cursor=cursor,
                )
                patterns += items
                if cursor is None:
                    break
        except SourceRejected as exc:
            raise BadRequest(str(exc)) from exc
        except SourceUnavailable as exc:
            raise _unavailable(exc) from exc
        computed = [p["computed_at"] for p in patterns if p.get("computed_at")]
        body: dict[str, Any] = {"items": [statistics_from_pattern(p) for p in patterns]}
        if computed:
            body["computed_at"] = max(computed)
        return m.ActionStatisticsList.model_validate(body)
