"""The durable outbox worker: delivers every queued call, replays it while the target
service is down, and gives up past the job's deadline with a visible outcome.

- ``execute`` jobs call executor-service. While it is unavailable the workflow goes
  back to ``queued`` with the next attempt time; past the deadline it fails with
  ``failure_kind=unavailable``, is escalated, and a human is notified (seed §4.2.2).
  After a restart a workflow left ``executing`` is simply sent again: executor-service
  is idempotent on ``execution_id``, so the action never runs twice.
- ``store_execution`` / ``schedule_assessment`` complete the ``record`` step.
- ``notify_*`` jobs deliver notifications (idempotent on ``notification_id``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from kubernaut.runtime import context
from services.workflow.adapters.store import Job
from services.workflow.domain import engine
from services.workflow.domain.clock import backoff
from services.workflow.domain.model import StepName, Workflow, WorkflowStatus
from services.workflow.orchestrator import WorkflowService, needs_assessment
from services.workflow.ports import (
    Assessor,
    DependencyRejected,
    DependencyUnavailable,
    Executor,
    ExecutorOutcome,
    Notifier,
    Recorder,
)

log = logging.getLogger(__name__)
S = WorkflowStatus


@dataclass(frozen=True)
class Ports:
    executor: Executor
    recorder: Recorder
    assessor: Assessor
    notifier: Notifier


class Dispatcher:
    def __init__(
        self,
        service: WorkflowService,
        ports: Ports,
        *,
        retry_initial: float = 1.0,
        retry_max: float = 30.0,
        poll_interval: float = 1.0,
        max_in_flight: int = 8,
    ) -> None:
        self.service = service
        self.store = service.store
        self.ports = ports
        self.retry_initial = retry_initial
        self.retry_max = retry_max
        self.poll_interval = poll_interval
        self.max_in_flight = max_in_flight
        self._in_flight: dict[str, asyncio.Task[None]] = {}
        self._loop: asyncio.Task[None] | None = None

    # -- lifecycle ------------------------------------------------------------------

    async def start(self) -> None:
        self._loop = asyncio.create_task(self._run(), name="workflow-dispatcher")

    async def stop(self) -> None:
        tasks = [t for t in (self._loop, *self._in_flight.values()) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._in_flight.clear()

    async def _run(self) -> None:
        wakeup = self.service.wakeup
        while True:
            wakeup.clear()
            try:
                await self.service.expire_due()
                await self.dispatch_due()
            except Exception:
                log.exception("dispatcher pass failed; retrying")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wakeup.wait(), timeout=self.poll_interval)

    async def dispatch_due(self) -> list[asyncio.Task[None]]:
        """Start a task for every due job not already running."""
        free = self.max_in_flight - len(self._in_flight)
        if free <= 0:
            return []
        started: list[asyncio.Task[None]] = []
        for job in await self.store.due_jobs(self.service.clock.now(), limit=free + 8):
            if job.job_id in self._in_flight or len(self._in_flight) >= self.max_in_flight:
                continue
            task = asyncio.create_task(self._guarded(job), name=f"job-{job.job_id}")
            self._in_flight[job.job_id] = task
            task.add_done_callback(self._forget(job.job_id))
            started.append(task)
        return started

    def _forget(self, job_id: str) -> Callable[[asyncio.Task[None]], None]:
        def done(_task: asyncio.Task[None]) -> None:
            self._in_flight.pop(job_id, None)

        return done

    async def drain(self) -> None:
        """Run due jobs until none is left (tests, shutdown paths)."""
        while tasks := await self.dispatch_due():
            await asyncio.gather(*tasks)

    # -- job processing --------------------------------------------------------------

    async def _guarded(self, job: Job) -> None:
        token = context.bind(context.background())
        try:
            await self._process(job)
        except Exception as exc:  # a bug or a DB hiccup: keep the job, retry later
            log.exception("job %s failed unexpectedly", job.job_id)
            await self._retry(job, f"internal error: {type(exc).__name__}: {exc}")
        finally:
            context.unbind(token)

    async def _process(self, job: Job) -> None:
        handlers: dict[str, Callable[[Job], Awaitable[None]]] = {
            "execute": self._execute,
            "store_execution": self._store,
            "schedule_assessment": self._assess,
        }
        handler = handlers.get(job.kind, self._notify)
        try:
            await handler(job)
        except _Handled:
            return
        except DependencyUnavailable as exc:
            await self._retry(job, str(exc))
            return
        except DependencyRejected as exc:
            await self._give_up(job, str(exc))
            return
        job.state = "done"
        await self.store.update_job(job)

    async def _retry(self, job: Job, error: str) -> None:
        now = self.service.clock.now()
        job.attempts += 1
        job.last_error = error
        if now >= job.deadline:
            await self._give_up(job, f"gave up after {job.attempts} attempts: {error}")
            return
        job.next_attempt_at = now + _seconds(
            backoff(job.attempts, self.retry_initial, self.retry_max)
        )
        log.warning("job %s: %s; retry at %s", job.job_id, error, job.next_attempt_at.isoformat())
        await self.store.update_job(job)

    async def _give_up(self, job: Job, error: str) -> None:
        job.state = "dead"
        job.last_error = error
        await self.store.update_job(job)
        log.error("job %s abandoned: %s", job.job_id, error)
        if job.kind in ("store_execution", "schedule_assessment"):
            what = (
                "store the execution"
                if job.kind == "store_execution"
                else "schedule the assessment"
            )
            await self._update(
                job.workflow_id,
                lambda wf: engine.finish_record(
                    wf, False, f"could not {what}: {error}", self.service.clock.now()
                ),
            )

    async def _update(
        self, workflow_id: str, change: Callable[[Workflow], None]
    ) -> Workflow | None:
        async with self.service.lock:
            wf = await self.store.get(workflow_id)
            if wf is None:
                return None
            change(wf)
            await self.service.save(wf)
            return wf

    async def _execute(self, job: Job) -> None:
        wf = await self.store.get(job.workflow_id)
        if wf is None or wf.status not in (S.QUEUED, S.EXECUTING):
            return  # decided elsewhere (or a stale replay): nothing to send
        attempt = job.attempts + 1
        now = self.service.clock.now()
        if wf.status is S.QUEUED:
            wf = await self._update(
                wf.workflow_id, lambda w: engine.start_execution(w, attempt, now)
            )
            if wf is None:
                return
        try:
            outcome = await self.ports.executor.execute(wf)
        except DependencyUnavailable as exc:
            await self._executor_down(job, str(exc))
            raise _Handled from None
        except DependencyRejected as exc:
            outcome = ExecutorOutcome(
                False, str(exc), {"error": {"message": str(exc), **exc.details}}
            )
        done = self.service.clock.now()
        await self._update(
            wf.workflow_id,
            lambda w: engine.complete_execution(
                w,
                outcome.success,
                outcome.message,
                outcome.result,
                done,
                (outcome.verified, outcome.verification),
            ),
        )

    async def _executor_down(self, job: Job, error: str) -> None:
        now = self.service.clock.now()
        job.attempts += 1
        job.last_error = error
        if now >= job.deadline:
            job.state = "dead"
            await self._update(
                job.workflow_id, lambda w: engine.fail_unavailable(w, error, job.deadline, now)
            )
            log.error("workflow %s: executor unavailable past deadline", job.workflow_id)
        else:
            delay = backoff(job.attempts, self.retry_initial, self.retry_max)
            job.next_attempt_at = now + _seconds(delay)
            await self._update(
                job.workflow_id, lambda w: engine.requeue(w, error, job.next_attempt_at, now)
            )
        await self.store.update_job(job)

    async def _record_progress(self, workflow_id: str, key: str) -> None:
        def change(wf: Workflow) -> None:
            step = wf.step(StepName.RECORD)
            step.details[key] = True
            stored = bool(step.details.get("stored"))
            scheduled = bool(step.details.get("assessment_scheduled")) or not needs_assessment(wf)
            if stored and scheduled:
                message = "execution stored" + (
                    "; effectiveness assessment scheduled" if needs_assessment(wf) else ""
                )
                engine.finish_record(wf, True, message, self.service.clock.now())

        await self._update(workflow_id, change)

    async def _store(self, job: Job) -> None:
        wf = await self.store.get(job.workflow_id)
        if wf is None:
            return
        await self.ports.recorder.store_execution(wf)
        await self._record_progress(wf.workflow_id, "stored")

    async def _assess(self, job: Job) -> None:
        wf = await self.store.get(job.workflow_id)
        if wf is None:
            return
        await self.ports.assessor.schedule_assessment(wf)
        await self._record_progress(wf.workflow_id, "assessment_scheduled")

    async def _notify(self, job: Job) -> None:
        await self.ports.notifier.notify(job.payload)


class _Handled(Exception):
    """The job's fate was already written; skip the generic bookkeeping."""


def _seconds(value: float) -> timedelta:
    return timedelta(seconds=value)
