"""Application layer of workflow-service: loads history, runs the pure engine,
persists the result together with the outbox jobs it implies.

Gate evaluation and the insert of the new workflow happen under one lock, so two
concurrent requests on the same target cannot both pass the concurrency gate
(one workflow-service process owns its SQLite file).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from services.workflow.adapters.store import DuplicateActionId, Job, WorkflowStore
from services.workflow.domain import engine, notices, tokens
from services.workflow.domain.catalogue import Catalogue
from services.workflow.domain.clock import Clock
from services.workflow.domain.gates import HistoryEntry
from services.workflow.domain.model import (
    Assessment,
    StepName,
    StepStatus,
    Workflow,
    WorkflowStatus,
)
from services.workflow.domain.policy import DryRunPolicy, GatePolicy
from services.workflow.domain.state import InvalidTransition

log = logging.getLogger(__name__)
S = WorkflowStatus


class WorkflowNotFound(Exception):
    pass


@dataclass(frozen=True)
class RunConfig:
    approval_secret: bytes
    public_url: str = "http://127.0.0.1:8083"
    executor_deadline: timedelta = timedelta(minutes=15)
    delivery_deadline: timedelta = timedelta(hours=1)
    notify_completion: bool = True
    require_approval_token: bool = False


def _new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


class WorkflowService:
    def __init__(
        self,
        store: WorkflowStore,
        catalogue: Catalogue,
        policy: GatePolicy,
        dry_run: DryRunPolicy,
        clock: Clock,
        config: RunConfig,
        new_id: Callable[[str], str] = _new_id,
        on_status: Callable[[Workflow], None] | None = None,
    ) -> None:
        # called once per status a workflow reaches (metrics)
        self.on_status = on_status
        self.store = store
        self.catalogue = catalogue
        self.policy = policy
        self.dry_run = dry_run
        self.clock = clock
        self.config = config
        self.new_id = new_id
        self.lock = asyncio.Lock()
        # set whenever a job is enqueued, so the dispatcher does not wait for its poll
        self.wakeup = asyncio.Event()

    # -- urls and outbox jobs ----------------------------------------------------

    def workflow_url(self, wf: Workflow) -> str:
        return f"{self.config.public_url.rstrip('/')}/api/v1/workflows/{wf.workflow_id}"

    def approval_url(self, token: str) -> str:
        return f"{self.config.public_url.rstrip('/')}/api/v1/approvals/{token}"

    def approval_links(self, wf: Workflow) -> tuple[str, str]:
        expires = wf.approval.expires_at or self.clock.now()
        secret = self.config.approval_secret
        approve = tokens.issue(secret, wf.workflow_id, "approve", expires)
        reject = tokens.issue(secret, wf.workflow_id, "reject", expires)
        return self.approval_url(approve), self.approval_url(reject)

    def _job(self, wf: Workflow, kind: str, deadline: timedelta, payload: dict[str, object]) -> Job:
        now = self.clock.now()
        return Job(
            job_id=f"{kind}:{wf.workflow_id}",
            workflow_id=wf.workflow_id,
            kind=kind,
            payload=dict(payload),
            attempts=0,
            next_attempt_at=now,
            deadline=now + deadline,
        )

    def jobs_for(self, wf: Workflow) -> list[Job]:
        """The outbound work the workflow's current state implies. Job ids are
        deterministic, so deriving them again after a replay enqueues nothing new."""
        jobs: list[Job] = []
        url = self.workflow_url(wf)
        notify = self.config.delivery_deadline
        if wf.status is S.QUEUED:
            jobs.append(self._job(wf, "execute", self.config.executor_deadline, {}))
        elif wf.status is S.AWAITING_APPROVAL:
            approve, reject = self.approval_links(wf)
            payload = notices.approval_needed(wf, approve, reject, url)
            jobs.append(self._job(wf, "notify_approval", notify, payload))
        if wf.escalated:
            jobs.append(self._job(wf, "notify_escalation", notify, notices.escalation(wf, url)))
        record = wf.step(StepName.RECORD)
        if record.status is StepStatus.RUNNING:
            jobs.append(self._job(wf, "store_execution", notify, {}))
            if needs_assessment(wf):
                jobs.append(self._job(wf, "schedule_assessment", notify, {}))
            if self.config.notify_completion:
                jobs.append(self._job(wf, "notify_action", notify, notices.action_taken(wf, url)))
        return jobs

    async def save(self, wf: Workflow) -> None:
        jobs = self.jobs_for(wf)
        previous = await self.store.save(wf, jobs)
        if jobs:
            self.wakeup.set()
        if previous != wf.status.value and self.on_status is not None:
            self.on_status(wf)

    # -- operations -----------------------------------------------------------------

    async def execute_action(self, req: engine.ActionRequest) -> Workflow:
        """The workflow of this action_id: created now, or the one a previous
        attempt of the same request created (idempotency)."""
        existing = await self.store.get_by_action_id(req.action_id)
        if existing is not None:
            engine.check_same_request(existing, req, self.catalogue)
            return existing
        async with self.lock:
            now = self.clock.now()
            wf = engine.new_workflow(
                req, self.new_id("wf"), self.new_id("exec"), self.catalogue, self.dry_run, now
            )
            on_target, dispatched = await self._history(wf)
            engine.plan(wf, self.catalogue, self.policy, on_target, dispatched, now)
            try:
                await self.store.insert(wf, self.jobs_for(wf))
            except DuplicateActionId:
                # a concurrent retry of the same action won the race: answer its workflow
                winner = await self.store.get_by_action_id(req.action_id)
                if winner is None:
                    raise
                engine.check_same_request(winner, req, self.catalogue)
                return winner
        self.wakeup.set()
        if self.on_status is not None:
            self.on_status(wf)
        log.info(
            "workflow %s: %s on %s → %s (%s)",
            wf.workflow_id,
            wf.action_type,
            wf.target.describe(),
            wf.status.value,
            wf.reason,
        )
        return wf

    async def _history(self, wf: Workflow) -> tuple[list[HistoryEntry], list[HistoryEntry]]:
        now = self.clock.now()
        on_target = await self.store.target_history(
            wf.target.key, now - self.policy.history_horizon
        )
        dispatched = await self.store.dispatched_since(now - self.policy.rate_limit_window)
        return on_target, dispatched

    async def _load(self, workflow_id: str) -> Workflow:
        wf = await self.store.get(workflow_id)
        if wf is None:
            raise WorkflowNotFound(workflow_id)
        return wf

    async def get(self, workflow_id: str) -> Workflow:
        wf = await self._load(workflow_id)
        if wf.status is S.AWAITING_APPROVAL and engine.expire_if_due(wf, self.clock.now()):
            async with self.lock:
                wf = await self._load(workflow_id)
                if engine.expire_if_due(wf, self.clock.now()):
                    await self.save(wf)
        return wf

    async def _decide(
        self, workflow_id: str, decide: Callable[[Workflow], Awaitable[None]]
    ) -> Workflow:
        async with self.lock:
            wf = await self._load(workflow_id)
            try:
                await decide(wf)
            except InvalidTransition:
                if wf.status is S.EXPIRED:  # expired while the human was deciding
                    await self.save(wf)
                raise
            await self.save(wf)
        return wf

    async def approve(self, workflow_id: str, approver: str, comment: str | None) -> Workflow:
        async def decide(wf: Workflow) -> None:
            # history is read under the lock: the gates see every workflow created so far
            on_target, dispatched = await self._history(wf)
            engine.approve(
                wf,
                approver,
                comment,
                self.catalogue,
                self.policy,
                on_target,
                dispatched,
                self.clock.now(),
            )

        wf = await self._decide(workflow_id, decide)
        log.info("workflow %s approved by %s → %s", workflow_id, approver, wf.status.value)
        return wf

    async def reject(self, workflow_id: str, approver: str, comment: str | None) -> Workflow:
        async def decide(wf: Workflow) -> None:
            engine.reject(wf, approver, comment, self.clock.now())

        wf = await self._decide(workflow_id, decide)
        log.info("workflow %s rejected by %s", workflow_id, approver)
        return wf

    def verify_token(
        self, token: str, workflow_id: str | None = None, decision: str | None = None
    ) -> tokens.ApprovalToken:
        parsed = tokens.verify(self.config.approval_secret, token, self.clock.now())
        if workflow_id is not None and parsed.workflow_id != workflow_id:
            raise tokens.InvalidToken("approval token is for another workflow")
        if decision is not None and parsed.decision != decision:
            raise tokens.InvalidToken(f"approval token does not allow to {decision}")
        return parsed

    async def decide_by_token(
        self, token: str, approver: str | None, comment: str | None
    ) -> Workflow:
        parsed = self.verify_token(token)
        who = approver or "approval-link"
        if parsed.decision == "approve":
            return await self.approve(parsed.workflow_id, who, comment)
        return await self.reject(parsed.workflow_id, who, comment)

    async def record_assessment(self, workflow_id: str, assessment: Assessment) -> Workflow:
        async with self.lock:
            wf = await self._load(workflow_id)
            if engine.record_assessment(wf, assessment, self.clock.now()):
                await self.save(wf)
        return wf

    async def expire_due(self) -> int:
        """Expire approvals nobody decided in time (also done lazily on read)."""
        expired = 0
        for stale in await self.store.awaiting_until(self.clock.now()):
            async with self.lock:
                wf = await self._load(stale.workflow_id)
                if engine.expire_if_due(wf, self.clock.now()):
                    await self.save(wf)
                    expired += 1
                    log.info("workflow %s: approval expired", wf.workflow_id)
        return expired


def needs_assessment(wf: Workflow) -> bool:
    """Only a real, successful change is worth assessing."""
    return wf.status is S.SUCCEEDED and not wf.dry_run
