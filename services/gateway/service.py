"""The gateway's use cases: accept a batch of alerts, report on the intake.

Wires the pure domain (parsing, scope, storm control) to the durable queue
and the forwarder; the HTTP handlers only translate to and from the API models.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from kubernaut.runtime import context
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.errors import ServiceUnavailable, Unauthorized
from services.gateway.adapters.forwarder import Downstream, Forwarder
from services.gateway.adapters.queue import IntakeStore
from services.gateway.domain.alerts import IncomingAlert
from services.gateway.domain.intake import EventReceipt, Outcome, prepare
from services.gateway.domain.storm import StormControl, TokenBucket
from services.gateway.settings import GatewaySettings

log = logging.getLogger(__name__)
PURGE_INTERVAL_SECONDS = 3600.0


class GatewayService:
    def __init__(
        self,
        settings: GatewaySettings,
        runtime: ServiceRuntime,
        database_url: str,
        downstream: Downstream,
    ) -> None:
        self.settings = settings
        self.store = IntakeStore(database_url)
        self.policy = settings.scope.policy()
        storm = settings.storm.settings()
        self.storm = StormControl(storm)
        self.window = storm.window_seconds
        self.pending = 0
        self._housekeeping: asyncio.Task[None] | None = None
        self.counts = dict.fromkeys(
            ("received", "accepted", "duplicates", "out_of_scope", "coalesced"), 0
        )
        m = runtime.metrics
        svc = m.label
        self._processed = m.counter(
            "alerts_processed_total", "New alert events accepted", ["severity"]
        )
        self._received = m.counter(
            "gateway_alerts_received_total", "Alerts received", ["source", "status"]
        )
        self._duplicates = m.counter(
            "gateway_alerts_duplicates_total", "Repeat notifications recognised (no new work)"
        )
        self._out_of_scope = m.counter(
            "gateway_alerts_out_of_scope_total", "Accepted alerts outside the remediation scope"
        )
        self._coalesced = m.counter(
            "gateway_alerts_coalesced_total", "Alerts folded into storm summaries"
        )
        self._throttled = m.counter(
            "gateway_forward_throttled_total", "Forwarding rounds held back by the global limit"
        )
        self._forwarded = m.counter(
            "gateway_events_forwarded_total", "Events accepted by alert-service"
        )
        self._forward_failures = m.counter(
            "gateway_forward_failures_total", "Failed forwarding attempts", ["reason"]
        )
        self._truncated = m.counter(
            "gateway_alerts_truncated_total",
            "Alerts Alertmanager left out of webhooks (truncatedAlerts, its max_alerts)",
        )
        self._rejected = m.counter(
            "gateway_requests_rejected_total", "Intake requests refused", ["reason"]
        )
        m.gauge("gateway_intake_queue_depth", "Events stored and not yet forwarded").labels(
            svc
        ).set_function(lambda: float(self.pending))
        self._svc = svc
        self.forwarder = Forwarder(
            self.store,
            downstream,
            TokenBucket(storm.global_rate, storm.global_burst, time.monotonic()),
            batch_size=settings.forward.batch_size,
            retry_initial=settings.forward.retry_initial_seconds,
            retry_max=settings.forward.retry_max_seconds,
            idle_poll=settings.forward.idle_poll_seconds,
            on_forwarded=self._count_forwarded,
            on_failure=lambda reason: self._forward_failures.labels(svc, reason).inc(),
            on_throttled=lambda: self._throttled.labels(svc).inc(),
        )

    # -- lifecycle -----------------------------------------------------------

    async def start(self) -> None:
        await self.store.open()
        purged = await self._purge()
        self.pending, _ = await self.store.pending_summary()
        log.info(
            "intake queue: %d event(s) pending from before start, %d purged", self.pending, purged
        )
        self.forwarder.start()
        self._housekeeping = asyncio.create_task(self._purge_periodically())

    async def stop(self) -> None:
        if self._housekeeping is not None:
            self._housekeeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._housekeeping
        await self.forwarder.stop()
        await self.store.close()

    async def _purge(self) -> int:
        retention = self.settings.dedup_retention_hours * 3600
        return await self.store.purge(time.time() - retention)

    async def _purge_periodically(self) -> None:
        """Delivered events older than the retention are forgotten (hourly)."""
        while True:
            await asyncio.sleep(PURGE_INTERVAL_SECONDS)
            try:
                await self._purge()
            except SQLAlchemyError:
                log.exception("purging the intake queue failed")

    def _count_forwarded(self, n: int) -> None:
        self.pending = max(0, self.pending - n)
        self._forwarded.labels(self._svc).inc(n)

    # -- use cases -----------------------------------------------------------

    def authenticate(self) -> None:
        """Check Alertmanager's bearer token when one is configured."""
        expected = self.settings.webhook_token
        if expected is None or not expected.get_secret_value():
            return
        ctx = context.current()
        header = ctx.headers.get("authorization", "") if ctx else ""
        scheme, _, supplied = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            supplied.strip().encode(), expected.get_secret_value().encode()
        ):
            self._rejected.labels(self._svc, "unauthorized").inc()
            raise Unauthorized("missing or invalid bearer token")

    def note_truncated(self, count: int) -> None:
        """Alertmanager dropped alerts from the webhook (max_alerts): we cannot get them
        back, but it must not go unnoticed."""
        if count > 0:
            log.warning("Alertmanager truncated %d alert(s) from a webhook (max_alerts)", count)
            self._truncated.labels(self._svc).inc(count)

    def reject(self, reason: str) -> None:
        self._rejected.labels(self._svc, reason).inc()

    async def accept(self, alerts: Sequence[IncomingAlert]) -> list[EventReceipt]:
        now = time.time()
        ctx = context.current()
        prepared = prepare(
            alerts,
            self.policy,
            datetime.fromtimestamp(now, tz=UTC),
            request_id=ctx.request_id if ctx else "",
            trace_id=ctx.trace_id if ctx else "",
        )
        # One monotonic instant for the whole batch: a group's burst is judged as one.
        mono = time.monotonic()
        try:
            receipts = await self.store.accept(
                prepared, lambda group: self.storm.admit(group, mono), now, self.window
            )
        except SQLAlchemyError as exc:
            log.exception("could not store intake batch")
            # 5xx makes Alertmanager retry: nothing was kept, nothing is lost.
            raise ServiceUnavailable(
                "the intake queue could not store the alerts; retry later",
                {"retry_after": "5s"},
            ) from exc
        self._account(prepared_alerts=alerts, receipts=receipts)
        self.pending, _ = await self.store.pending_summary()
        self.forwarder.wake()
        return receipts

    def _account(
        self, prepared_alerts: Sequence[IncomingAlert], receipts: Sequence[EventReceipt]
    ) -> None:
        svc = self._svc
        for alert, receipt in zip(prepared_alerts, receipts, strict=True):
            self.counts["received"] += 1
            self._received.labels(svc, alert.source.value, alert.status.value).inc()
            if receipt.outcome is Outcome.DUPLICATE:
                self.counts["duplicates"] += 1
                self._duplicates.labels(svc).inc()
                continue
            self.counts["accepted"] += 1
            self._processed.labels(svc, alert.severity or "none").inc()
            if not receipt.in_scope:
                self.counts["out_of_scope"] += 1
                self._out_of_scope.labels(svc).inc()
            if receipt.outcome is Outcome.COALESCED:
                self.counts["coalesced"] += 1
                self._coalesced.labels(svc).inc()

    async def stats(self) -> dict[str, Any]:
        pending, oldest = await self.store.pending_summary()
        self.pending = pending
        s = self.forwarder.stats
        out: dict[str, Any] = {
            "received_total": self.counts["received"],
            "accepted_total": self.counts["accepted"],
            "duplicates_total": self.counts["duplicates"],
            "out_of_scope_total": self.counts["out_of_scope"],
            "coalesced_total": self.counts["coalesced"],
            "throttled_total": s.throttled_total,
            "forwarded_total": s.forwarded_total,
            "forward_failures_total": s.failures_total,
            "pending": pending,
            "downstream": s.downstream,
        }
        if oldest is not None:
            out["oldest_pending_age_seconds"] = round(max(0.0, time.time() - oldest), 3)
        return out
