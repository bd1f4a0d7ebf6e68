"""The background flow: ai analyze-alert → workflow execute-action → storage
store-action → notification notify, one hop at a time, saved after each hop.

Seed §4.2.2 fallbacks: ai unavailable → notification only; workflow unavailable
→ the action waits and is retried (idempotent on action_id); storage or
notification unavailable → recorded as a failed hop, the flow continues.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from kubernaut.runtime import context
from services.alert.adapters.downstream import Downstream, HopCall
from services.alert.adapters.store import AlertStore
from services.alert.domain import requests as rq
from services.alert.domain.lifecycle import State
from services.alert.domain.progress import Work, due_at, next_work
from services.alert.domain.records import PROC, add_hop, move
from services.alert.settings import AlertSettings

log = logging.getLogger(__name__)
MAX_STEPS_PER_RUN = 16


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).isoformat().replace("+00:00", "Z")


class AlertFlow:
    def __init__(
        self,
        settings: AlertSettings,
        store: AlertStore,
        downstream: Downstream,
        on_done: Callable[[dict[str, Any]], None] = lambda record: None,
    ) -> None:
        self.cfg = settings.processing
        self.owner_min_confidence = settings.owner_hint_min_confidence
        self.store = store
        self.downstream = downstream
        self._on_done = on_done
        self._wake = asyncio.Event()
        self._claimed: set[str] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._slots = asyncio.Semaphore(self.cfg.concurrency)
        self._runner: asyncio.Task[None] | None = None

    # -- scheduling --------------------------------------------------------------

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._runner = asyncio.create_task(self._run(), name="alert-flow")

    async def stop(self) -> None:
        tasks = [t for t in (self._runner, *self._tasks) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._runner = None

    async def _run(self) -> None:
        while True:
            try:
                await self._dispatch()
                wait = self.cfg.idle_poll_seconds
                nxt = await self.store.next_due()
                if nxt is not None:
                    wait = min(wait, max(0.0, nxt - time.time()))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("alert flow dispatch failed")
                wait = self.cfg.retry_initial_seconds
            self._wake.clear()
            if wait > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=wait)

    async def _dispatch(self) -> None:
        free = self.cfg.concurrency - len(self._claimed)
        if free <= 0:
            return
        for alert_id in await self.store.due(time.time(), free, self._claimed):
            self._claimed.add(alert_id)
            task = asyncio.create_task(self._process(alert_id))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _process(self, alert_id: str) -> None:
        try:
            async with self._slots:
                await self.run_alert(alert_id)
        except Exception:
            log.exception("processing alert %s failed; retrying later", alert_id)
            # Back off instead of picking the same alert again at once.
            later = time.time() + self.cfg.retry_max_seconds
            with contextlib.suppress(Exception):
                await self.store.change(alert_id, lambda r: None, lambda r: later)
        finally:
            self._claimed.discard(alert_id)
            self.wake()  # something else may be due now

    # -- one alert ---------------------------------------------------------------

    async def run_alert(self, alert_id: str) -> None:
        for _ in range(MAX_STEPS_PER_RUN):
            record = await self.store.load(alert_id)
            if record is None:
                return
            now = time.time()
            when = due_at(record, now, self.cfg.workflow_poll_max)
            if when is None or when > now:
                await self.store.change(alert_id, lambda r: None, self._due)
                if when is None:
                    self._on_done(record)
                return
            request_id = record.get("request_id") or context.new_id()
            ctx = context.RequestContext(
                request_id=request_id,
                trace_id=record.get("trace_id") or request_id,
                span_id=context.new_id(),
            )
            token = context.bind(ctx)
            try:
                await self._step(record, next_work(record, self.cfg.workflow_poll_max), ctx)
            finally:
                context.unbind(token)

    def _due(self, record: dict[str, Any]) -> float | None:
        return due_at(record, time.time(), self.cfg.workflow_poll_max)

    async def _save(self, alert_id: str, mutate: Callable[[dict[str, Any]], None]) -> None:
        await self.store.change(alert_id, mutate, self._due)

    async def _step(self, record: dict[str, Any], work: Work, ctx: context.RequestContext) -> None:
        alert_id = record["alert_id"]
        now = time.time()
        at = _iso(now)
        if work is Work.ANALYZE:
            call = await self.downstream.analyze(
                rq.analyze_request(record, ctx.request_id, at, self.owner_min_confidence)
            )
            await self._save(alert_id, lambda r: self._analysed(r, call, at))
        elif work is Work.EXECUTE:
            call = await self.downstream.execute(rq.execute_request(record, ctx.request_id, at))
            await self._save(alert_id, lambda r: self._executed(r, call, at, now))
        elif work is Work.STORE:
            call = await self.downstream.store_action(
                rq.store_action_request(record, ctx.request_id)
            )
            await self._save(alert_id, lambda r: self._hop(r, "store", call, at, "stored"))
        elif work is Work.NOTIFY:
            call = await self.downstream.notify(rq.notification_request(record))
            await self._save(alert_id, lambda r: self._hop(r, "notify", call, at, "notified"))
        elif work is Work.RECORD:
            event_id = record["event_ids"][-1] if record["event_ids"] else alert_id
            call = await self.downstream.record_alert(rq.record_alert_request(record, event_id))
            await self._save(alert_id, lambda r: self._hop(r, "record", call, at, "recorded"))
        elif work is Work.OBSERVE:
            call = await self.downstream.observe(rq.observe_request(record))
            await self._save(alert_id, lambda r: self._hop(r, "observe", call, at, "observed"))
        elif work is Work.POLL:
            call = await self.downstream.workflow(record["workflow"]["workflow_id"])
            await self._save(alert_id, lambda r: self._polled(r, call, at, now))

    # -- applying hop results (to the freshest record, under the store's lock) ---

    @staticmethod
    def _hop(r: dict[str, Any], hop: str, call: HopCall, at: str, flag: str) -> None:
        add_hop(r, hop, "ok" if call.ok else "failed", at, call.detail, call.status_code)
        # Storage and notification outages do not stop the flow (seed §4.2.2).
        r[PROC][flag] = True

    @staticmethod
    def _analysed(r: dict[str, Any], call: HopCall, at: str) -> None:
        add_hop(r, "analyze", "ok" if call.ok else "failed", at, call.detail, call.status_code)
        if call.ok and call.data.get("action"):
            data = call.data
            r["analysis"] = {
                "action": str(data["action"]),
                "confidence": float(data.get("confidence", 0.0)),
                "reasoning": dict(data.get("reasoning") or {}),
                "parameters": dict(data.get("parameters") or {}),
                "decided_by": str(data.get("decided_by") or "ai-service"),
            }
        else:
            # ai-service unavailable: degrade to notification only, never guess an action.
            r["analysis"] = {
                "action": "notify_only",
                "confidence": 0.0,
                "reasoning": {
                    "summary": "ai-service could not analyse the alert; a human should look",
                    "primary_reason": call.detail[:500] or "analysis unavailable",
                },
                "parameters": {"reason": "analysis unavailable"},
                "decided_by": "alert-service-fallback",
            }
        r["action_id"] = rq.action_id(r["alert_id"])
        move(r, State.ANALYSED, at, f"action {r['analysis']['action']}")

    def _executed(self, r: dict[str, Any], call: HopCall, at: str, now: float) -> None:
        proc = r[PROC]
        add_hop(r, "execute", "ok" if call.ok else "failed", at, call.detail, call.status_code)
        if call.ok:
            data = call.data
            r["workflow"] = {
                k: data[k]
                for k in ("workflow_id", "execution_id", "status", "success", "estimated_duration")
                if k in data
            }
            target = rq.workflow_state(bool(data.get("success")), str(data.get("status", "")))
            move(r, State.ACTION_REQUESTED, at, f"workflow {data.get('workflow_id', '?')}")
            if target is State.FAILED:
                r["error"] = f"workflow {data.get('status')}: {data.get('reason', '')}".strip()
            if target is not State.ACTION_REQUESTED:
                move(r, target, at, str(data.get("reason") or data.get("status") or ""))
            proc["poll_at"] = now + self.cfg.workflow_poll_seconds
            return
        proc["attempts"] = int(proc.get("attempts", 0)) + 1
        if call.retryable and proc["attempts"] < self.cfg.execute_max_attempts:
            delay = min(
                self.cfg.retry_max_seconds,
                self.cfg.retry_initial_seconds * 2 ** (proc["attempts"] - 1),
            )
            proc["retry_at"] = now + delay
            return
        r["error"] = f"workflow execute-action failed: {call.detail}"[:1000]
        move(r, State.FAILED, at, "workflow-service did not take the action")

    def _polled(self, r: dict[str, Any], call: HopCall, at: str, now: float) -> None:
        proc = r[PROC]
        proc["polls"] = int(proc.get("polls", 0)) + 1
        proc["poll_at"] = now + self.cfg.workflow_poll_seconds
        if not call.ok:
            return
        status = str(call.data.get("status", ""))
        workflow = r.setdefault("workflow", {})
        if status and status != workflow.get("status"):
            workflow["status"] = status
            target = rq.workflow_state(status not in rq.REFUSED_STATUSES, status)
            if target is State.FAILED:
                r["error"] = f"workflow {status}: {call.data.get('reason', '')}".strip()
            if target is not State.ACTION_REQUESTED:
                move(r, target, at, f"workflow {status}")
