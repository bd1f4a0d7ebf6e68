"""Pure workflow operations: plan an action through the gates, decide approvals,
and move a workflow through execution, verification and record.

The application layer loads history and persists results; everything that
decides lives here and takes ``now`` explicitly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from services.workflow.domain.catalogue import Catalogue, resolve_target
from services.workflow.domain.clock import go_duration
from services.workflow.domain.gates import (
    Candidate,
    HistoryEntry,
    blocking,
    evaluate,
    needing_approval,
)
from services.workflow.domain.model import (
    Approval,
    ApprovalStatus,
    Assessment,
    FailureKind,
    GateDecision,
    StepName,
    Workflow,
    WorkflowStatus,
)
from services.workflow.domain.policy import DryRunPolicy, GatePolicy
from services.workflow.domain.state import InvalidTransition, finish_step, start_step, transition

S = WorkflowStatus
EXECUTED = frozenset({S.SUCCEEDED, S.FAILED, S.DRY_RUN_COMPLETED})


@dataclass(frozen=True)
class ActionRequest:
    action_type: str
    parameters: Mapping[str, Any]
    confidence: float
    alert: Mapping[str, Any]
    request_id: str
    action_id: str
    dry_run: bool | None = None


class IdempotencyConflict(Exception):
    """The action_id was already used for a different action or target."""


def candidate_of(wf: Workflow, catalogue: Catalogue) -> Candidate:
    return Candidate(
        action_type=wf.action_type,
        target=wf.target,
        confidence=wf.confidence,
        info=catalogue.get(wf.action_type),
        replicas=wf.replicas,
        workflow_id=wf.workflow_id,
        alert_status=str(wf.alert.get("status") or "") or None,
    )


def new_workflow(
    req: ActionRequest,
    workflow_id: str,
    execution_id: str,
    catalogue: Catalogue,
    dry_policy: DryRunPolicy,
    now: datetime,
) -> Workflow:
    info = catalogue.get(req.action_type)
    target = resolve_target(info, req.parameters, req.alert)
    dry_run, source = dry_policy.resolve(req.action_type, target.namespace, req.dry_run)
    return Workflow(
        workflow_id=workflow_id,
        execution_id=execution_id,
        action_id=req.action_id,
        request_id=req.request_id,
        action_type=req.action_type,
        parameters=dict(req.parameters),
        confidence=req.confidence,
        alert=dict(req.alert),
        target=target,
        risk=info.risk if info else "high",
        status=S.PENDING,
        dry_run=dry_run,
        dry_run_source=source,
        created_at=now,
        updated_at=now,
        estimated_duration=go_duration(info.estimated_seconds if info else 30),
    )


def check_same_request(wf: Workflow, req: ActionRequest, catalogue: Catalogue) -> None:
    """A retried action_id must describe the same action on the same target."""
    target = resolve_target(catalogue.get(req.action_type), req.parameters, req.alert)
    if wf.action_type != req.action_type or wf.target != target:
        raise IdempotencyConflict(
            f"action_id {req.action_id} already used by workflow {wf.workflow_id} for "
            f"{wf.action_type} on {wf.target.describe()}"
        )


def _block_reason(blocked: Sequence[GateDecision]) -> str:
    return "; ".join(f"{d.gate}: {d.reason}" for d in blocked)


def _dispatch(wf: Workflow, reason: str, now: datetime) -> None:
    transition(wf, S.QUEUED, reason, now)
    wf.dispatched_at = now


def plan(
    wf: Workflow,
    catalogue: Catalogue,
    policy: GatePolicy,
    on_target: Sequence[HistoryEntry],
    dispatched: Sequence[HistoryEntry],
    now: datetime,
) -> Workflow:
    """Run the gates on a pending workflow: blocked, awaiting approval or queued."""
    start_step(wf, StepName.PRE_CHECKS, now)
    decisions = evaluate(candidate_of(wf, catalogue), on_target, dispatched, policy, now)
    wf.gates = decisions
    blocked = blocking(decisions)
    if blocked:
        reason = _block_reason(blocked)
        wf.escalated = any(d.details.get("escalate") for d in blocked)
        finish_step(wf, StepName.PRE_CHECKS, False, now, reason)
        transition(wf, S.BLOCKED, reason, now)
        return wf
    approvals = needing_approval(decisions)
    reasons = [d.reason for d in approvals]
    if approvals and wf.dry_run and not policy.dry_run_requires_approval:
        wf.approval = Approval(required=True, status=ApprovalStatus.WAIVED_DRY_RUN, reasons=reasons)
    elif approvals:
        wf.approval = Approval(
            required=True,
            status=ApprovalStatus.PENDING,
            reasons=reasons,
            requested_at=now,
            expires_at=now + policy.approval_timeout,
        )
        start_step(wf, StepName.PRE_CHECKS, now, "waiting for human approval")
        transition(wf, S.AWAITING_APPROVAL, "; ".join(reasons), now)
        return wf
    finish_step(wf, StepName.PRE_CHECKS, True, now, "all gates passed")
    _dispatch(wf, "all gates passed; queued for the executor", now)
    return wf


def expire_if_due(wf: Workflow, now: datetime) -> bool:
    expires = wf.approval.expires_at
    if wf.status is not S.AWAITING_APPROVAL or expires is None or now < expires:
        return False
    wf.approval.status = ApprovalStatus.EXPIRED
    reason = f"no approval decision before {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}"
    finish_step(wf, StepName.PRE_CHECKS, False, now, reason)
    transition(wf, S.EXPIRED, reason, now)
    return True


def _require_awaiting(wf: Workflow, wanted: WorkflowStatus, now: datetime) -> None:
    expire_if_due(wf, now)
    if wf.status is not S.AWAITING_APPROVAL:
        raise InvalidTransition(wf.workflow_id, wf.status, wanted)


def approve(
    wf: Workflow,
    approver: str,
    comment: str | None,
    catalogue: Catalogue,
    policy: GatePolicy,
    on_target: Sequence[HistoryEntry],
    dispatched: Sequence[HistoryEntry],
    now: datetime,
) -> Workflow:
    """Approve, then re-run the gates: the target's history may have changed while
    the human was deciding."""
    _require_awaiting(wf, S.APPROVED, now)
    wf.approval.status = ApprovalStatus.APPROVED
    wf.approval.decided_by = approver
    wf.approval.decided_at = now
    wf.approval.comment = comment
    transition(wf, S.APPROVED, f"approved by {approver}", now)
    decisions = evaluate(
        candidate_of(wf, catalogue), on_target, dispatched, policy, now, approved=True
    )
    wf.gates = decisions
    blocked = blocking(decisions)
    if blocked:
        reason = _block_reason(blocked)
        wf.escalated = any(d.details.get("escalate") for d in blocked)
        finish_step(wf, StepName.PRE_CHECKS, False, now, f"approved, then {reason}")
        transition(wf, S.BLOCKED, reason, now)
        return wf
    finish_step(wf, StepName.PRE_CHECKS, True, now, f"approved by {approver}")
    _dispatch(wf, f"approved by {approver}; queued for the executor", now)
    return wf


def reject(wf: Workflow, approver: str, comment: str | None, now: datetime) -> Workflow:
    _require_awaiting(wf, S.REJECTED, now)
    wf.approval.status = ApprovalStatus.REJECTED
    wf.approval.decided_by = approver
    wf.approval.decided_at = now
    wf.approval.comment = comment
    reason = f"rejected by {approver}" + (f": {comment}" if comment else "")
    finish_step(wf, StepName.PRE_CHECKS, False, now, reason)
    transition(wf, S.REJECTED, reason, now)
    return wf


def start_execution(wf: Workflow, attempt: int, now: datetime) -> None:
    transition(wf, S.EXECUTING, f"sent to the executor (attempt {attempt})", now)
    start_step(wf, StepName.ACTION, now, "dry run" if wf.dry_run else None)


def requeue(wf: Workflow, error: str, next_attempt: datetime, now: datetime) -> None:
    """The executor was unreachable: the durable queue will replay the call."""
    transition(wf, S.QUEUED, f"executor unavailable ({error}); retry queued", now)
    step = wf.step(StepName.ACTION)
    step.message = f"waiting for the executor: {error}"
    step.details["next_attempt_at"] = next_attempt.isoformat()


def fail_unavailable(wf: Workflow, error: str, deadline: datetime, now: datetime) -> None:
    reason = (
        f"executor unavailable past the deadline {deadline.strftime('%Y-%m-%dT%H:%M:%SZ')} "
        f"({error}); manual intervention needed"
    )
    finish_step(wf, StepName.ACTION, False, now, reason)
    wf.failure_kind = FailureKind.UNAVAILABLE
    wf.escalated = True
    transition(wf, S.FAILED, reason, now)


def complete_execution(
    wf: Workflow,
    success: bool,
    message: str,
    result: dict[str, Any],
    now: datetime,
    verification: tuple[bool, str] = (True, "executor reported success"),
) -> None:
    """Apply the executor's answer: action → verification → (record starts).

    ``verification`` is the executor's own verdict on the expected condition
    (rollout complete, replicas ready...): it waits for it, we read it."""
    wf.result = result
    finish_step(wf, StepName.ACTION, success, now, message)
    if not success:
        wf.failure_kind = FailureKind.EXECUTION
        start_step(wf, StepName.RECORD, now, "storing the failed execution")
        transition(wf, S.FAILED, f"action failed: {message}", now)
        return
    transition(wf, S.VERIFYING, "verifying the executor's report", now)
    verified, why = verification
    finish_step(wf, StepName.VERIFICATION, verified, now, why)
    start_step(wf, StepName.RECORD, now, "storing the execution")
    if not verified:
        wf.failure_kind = FailureKind.EXECUTION
        transition(wf, S.FAILED, f"verification failed: {why}", now)
    elif wf.dry_run:
        transition(wf, S.DRY_RUN_COMPLETED, f"dry run completed: {message}", now)
    else:
        transition(wf, S.SUCCEEDED, message or "action succeeded", now)


def finish_record(wf: Workflow, ok: bool, message: str, now: datetime) -> None:
    finish_step(wf, StepName.RECORD, ok, now, message)


def record_assessment(wf: Workflow, assessment: Assessment, now: datetime) -> bool:
    """Attach monitor's verdict; False when this assessment was already recorded."""
    if wf.status not in EXECUTED:
        raise InvalidTransition(wf.workflow_id, wf.status, wf.status)
    if wf.assessment is not None and wf.assessment.assessment_id == assessment.assessment_id:
        return False
    wf.assessment = assessment
    wf.updated_at = now
    return True
