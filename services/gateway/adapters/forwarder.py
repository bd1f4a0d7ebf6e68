"""Background forwarder: drains the durable intake queue into alert-service.

At-least-once delivery: an event leaves the `pending` state only after
alert-service answered 2xx, and alert-service is idempotent on `event_id`, so
a crash between sending and marking causes a harmless re-send, never a loss
or a duplicate remediation. The global token bucket paces the sends; events
it holds back simply wait in the queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from kubernaut.runtime import context
from services.gateway.adapters.queue import DueEvent, IntakeStore
from services.gateway.domain.storm import TokenBucket

log = logging.getLogger(__name__)


class DownstreamRejected(Exception):
    """alert-service refused the batch as invalid (4xx): retrying it whole is pointless."""


class Downstream(Protocol):
    async def ingest(self, events: Sequence[dict[str, Any]]) -> None:
        """Deliver a batch; raise on anything but a 2xx answer."""


@dataclass
class ForwarderStats:
    forwarded_total: int = 0
    failures_total: int = 0
    throttled_total: int = 0
    downstream: str = "unknown"


class Forwarder:
    def __init__(
        self,
        store: IntakeStore,
        downstream: Downstream,
        pacer: TokenBucket,
        *,
        batch_size: int,
        retry_initial: float,
        retry_max: float,
        idle_poll: float,
        on_forwarded: Callable[[int], None] = lambda n: None,
        on_failure: Callable[[str], None] = lambda reason: None,
        on_throttled: Callable[[], None] = lambda: None,
    ) -> None:
        self.store = store
        self.downstream = downstream
        self.pacer = pacer
        self.batch_size = batch_size
        self.retry_initial = retry_initial
        self.retry_max = retry_max
        self.idle_poll = idle_poll
        self.stats = ForwarderStats()
        self._on_forwarded = on_forwarded
        self._on_failure = on_failure
        self._on_throttled = on_throttled
        self._wake = asyncio.Event()
        self._consecutive_failures = 0
        self._task: asyncio.Task[None] | None = None

    def wake(self) -> None:
        """New events were committed: look at the queue now rather than at the next poll."""
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="gateway-forwarder")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            try:
                delay = await self.forward_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # the loop must survive anything: events stay queued
                log.exception("forwarder round failed")
                delay = self.retry_initial
            await self._sleep(delay)

    async def _sleep(self, delay: float) -> None:
        if delay <= 0:
            return
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=delay)

    def _backoff(self) -> float:
        exponent = max(self._consecutive_failures - 1, 0)
        return float(min(self.retry_max, self.retry_initial * (2**exponent)))

    async def forward_once(self) -> float:
        """One round; returns how long to wait before the next."""
        now = time.time()
        due = await self.store.due(now, self.batch_size)
        if not due:
            wakeup = await self.store.next_wakeup()
            if wakeup is None:
                return self.idle_poll
            return max(0.0, min(self.idle_poll, wakeup - now))
        granted = self.pacer.take_up_to(time.monotonic(), len(due))
        if granted < len(due):
            self.stats.throttled_total += 1
            self._on_throttled()
        if granted == 0:
            return max(self.pacer.seconds_until(time.monotonic()), 0.01)
        await self._deliver(due[:granted])
        return 0.0 if self._consecutive_failures == 0 else self._backoff()

    async def _deliver(self, batch: Sequence[DueEvent]) -> None:
        token = context.bind(context.background())
        try:
            await self.downstream.ingest([event.payload for event in batch])
        except DownstreamRejected as exc:
            # One bad event must not hold back the others: retry them one by one.
            if len(batch) > 1:
                for event in batch:
                    await self._deliver([event])
                return
            await self._failed(batch, f"rejected: {exc}", self.retry_max)
        except Exception as exc:
            self._consecutive_failures += 1
            await self._failed(batch, f"{type(exc).__name__}: {exc}", self._backoff())
        else:
            self._consecutive_failures = 0
            self.stats.downstream = "healthy"
            await self.store.mark_forwarded([e.event_id for e in batch], time.time())
            self.stats.forwarded_total += len(batch)
            self._on_forwarded(len(batch))
        finally:
            context.unbind(token)

    async def _failed(self, batch: Sequence[DueEvent], error: str, delay: float) -> None:
        self.stats.failures_total += 1
        self.stats.downstream = "unavailable"
        self._on_failure("rejected" if error.startswith("rejected") else "unavailable")
        log.warning("forwarding %d event(s) failed, retry in %.1fs: %s", len(batch), delay, error)
        await self.store.mark_failed([e.event_id for e in batch], error, time.time() + delay)
