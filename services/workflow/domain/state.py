"""The workflow state machine: which status may follow which, and step bookkeeping.

Every status change goes through ``transition`` so an impossible move (approving
an expired workflow, executing a rejected one) is an error, never a silent write.
"""

from __future__ import annotations

from datetime import datetime

from services.workflow.domain.model import (
    TERMINAL,
    Step,
    StepName,
    StepStatus,
    Workflow,
    WorkflowStatus,
)

S = WorkflowStatus

TRANSITIONS: dict[WorkflowStatus, frozenset[WorkflowStatus]] = {
    S.PENDING: frozenset({S.AWAITING_APPROVAL, S.BLOCKED, S.QUEUED}),
    S.AWAITING_APPROVAL: frozenset({S.APPROVED, S.REJECTED, S.EXPIRED}),
    S.APPROVED: frozenset({S.QUEUED, S.BLOCKED}),
    S.QUEUED: frozenset({S.EXECUTING, S.FAILED}),
    # executing → queued: the executor went away mid-call; the durable queue retries
    S.EXECUTING: frozenset({S.VERIFYING, S.FAILED, S.QUEUED}),
    S.VERIFYING: frozenset({S.SUCCEEDED, S.FAILED, S.DRY_RUN_COMPLETED}),
    S.REJECTED: frozenset(),
    S.EXPIRED: frozenset(),
    S.BLOCKED: frozenset(),
    S.SUCCEEDED: frozenset(),
    S.FAILED: frozenset(),
    S.DRY_RUN_COMPLETED: frozenset(),
}


class InvalidTransition(Exception):
    def __init__(self, workflow_id: str, current: WorkflowStatus, wanted: WorkflowStatus) -> None:
        super().__init__(f"workflow {workflow_id} is {current.value}; cannot become {wanted.value}")
        self.current = current
        self.wanted = wanted


def can_transition(current: WorkflowStatus, wanted: WorkflowStatus) -> bool:
    return wanted in TRANSITIONS[current]


def transition(wf: Workflow, to: WorkflowStatus, reason: str, now: datetime) -> None:
    if not can_transition(wf.status, to):
        raise InvalidTransition(wf.workflow_id, wf.status, to)
    wf.status = to
    wf.reason = reason
    wf.updated_at = now
    if to in TERMINAL:
        wf.finished_at = now
        # steps that never ran are shown as skipped, not forever "pending"; a running
        # record step stays running: storing the outcome outlives the verdict
        for step in wf.steps:
            if step.status is StepStatus.PENDING:
                step.status = StepStatus.SKIPPED


def start_step(wf: Workflow, name: StepName, now: datetime, message: str | None = None) -> Step:
    step = wf.step(name)
    step.status = StepStatus.RUNNING
    step.started_at = step.started_at or now
    if message is not None:
        step.message = message
    wf.updated_at = now
    return step


def finish_step(
    wf: Workflow,
    name: StepName,
    ok: bool,
    now: datetime,
    message: str | None = None,
    details: dict[str, object] | None = None,
) -> Step:
    step = wf.step(name)
    step.status = StepStatus.SUCCEEDED if ok else StepStatus.FAILED
    step.started_at = step.started_at or now
    step.finished_at = now
    if message is not None:
        step.message = message
    if details:
        step.details.update(details)
    wf.updated_at = now
    return step
