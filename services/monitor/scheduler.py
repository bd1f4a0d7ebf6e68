"""Background loop: runs due assessments and retries pending feedback.

It sleeps until the next due time (bounded by the poll interval) and is woken early
when a new assessment is scheduled, so short windows in tests fire promptly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from kubernaut.runtime import context

from .service import MonitorService

log = logging.getLogger(__name__)


class Scheduler:
    def __init__(self, service: MonitorService, poll_interval: float) -> None:
        self.service = service
        self.poll_interval = poll_interval
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        recovered = await self.service.store.recover()
        if recovered:
            log.info("re-queued %d assessment(s) interrupted by a restart", recovered)
        self._task = asyncio.create_task(self._loop(), name="monitor-scheduler")

    def poke(self) -> None:
        self._wake.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def tick(self) -> None:
        token = context.bind(context.background())
        try:
            await self.service.run_due()
            await self.service.deliver_due()
        finally:
            context.unbind(token)

    async def _loop(self) -> None:
        while True:
            try:
                await self.tick()
                nxt = await self.service.next_wakeup()
            except Exception:  # keep the loop alive; the next tick retries
                log.exception("scheduler tick failed")
                nxt = None
            delay = self.poll_interval
            if nxt is not None:
                delay = min(self.poll_interval, max(0.05, nxt - time.time()))
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
