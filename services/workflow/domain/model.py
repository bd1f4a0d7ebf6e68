"""Workflow domain model: plain dataclasses, JSON round-trippable, no I/O.

A workflow is the persisted record of one remediation decision going through the
guard rails; it is stored as a JSON document (``to_dict``/``from_dict``) so the
schema of the SQLite table stays tiny and the API view is a direct projection.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class WorkflowStatus(enum.StrEnum):
    PENDING = "pending"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"
    BLOCKED = "blocked"
    QUEUED = "queued"
    EXECUTING = "executing"
    VERIFYING = "verifying"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    DRY_RUN_COMPLETED = "dry_run_completed"


TERMINAL = frozenset(
    {
        WorkflowStatus.REJECTED,
        WorkflowStatus.EXPIRED,
        WorkflowStatus.BLOCKED,
        WorkflowStatus.SUCCEEDED,
        WorkflowStatus.FAILED,
        WorkflowStatus.DRY_RUN_COMPLETED,
    }
)
# A target with a workflow in one of these states is "being fixed": the
# concurrency gate refuses a second action on it.
ACTIVE = frozenset(
    {
        WorkflowStatus.PENDING,
        WorkflowStatus.AWAITING_APPROVAL,
        WorkflowStatus.APPROVED,
        WorkflowStatus.QUEUED,
        WorkflowStatus.EXECUTING,
        WorkflowStatus.VERIFYING,
    }
)


class StepName(enum.StrEnum):
    PRE_CHECKS = "pre_checks"
    ACTION = "action"
    VERIFICATION = "verification"
    RECORD = "record"


class StepStatus(enum.StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    SKIPPED = "skipped"


class GateOutcome(enum.StrEnum):
    PASS = "pass"
    APPROVAL_REQUIRED = "approval_required"
    BLOCKED = "blocked"
    APPROVED = "approved"
    SKIPPED = "skipped"


class AssessmentOutcome(enum.StrEnum):
    EFFECTIVE = "effective"
    PARTIALLY_EFFECTIVE = "partially_effective"
    INEFFECTIVE = "ineffective"
    WORSENED = "worsened"
    INCONCLUSIVE = "inconclusive"


class ApprovalStatus(enum.StrEnum):
    NOT_REQUIRED = "not_required"
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"
    WAIVED_DRY_RUN = "waived_dry_run"


class FailureKind(enum.StrEnum):
    """Why a workflow failed: only ``execution`` failures count against the target."""

    EXECUTION = "execution"
    UNAVAILABLE = "unavailable"


def _ts(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


@dataclass(frozen=True)
class Target:
    kind: str
    name: str
    namespace: str | None = None

    @property
    def key(self) -> str:
        """Stable identity used by the per-target gates."""
        return f"{self.kind}/{self.namespace or '_'}/{self.name}"

    def describe(self) -> str:
        return (
            f"{self.kind} {self.namespace}/{self.name}"
            if self.namespace
            else f"{self.kind} {self.name}"
        )

    def to_dict(self) -> dict[str, Any]:
        return _drop_none({"kind": self.kind, "namespace": self.namespace, "name": self.name})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Target:
        return cls(kind=data["kind"], name=data["name"], namespace=data.get("namespace"))


@dataclass
class GateDecision:
    gate: str
    outcome: GateOutcome
    reason: str
    decided_at: datetime
    until: datetime | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = _drop_none(
            {
                "gate": self.gate,
                "outcome": self.outcome.value,
                "reason": self.reason,
                "decided_at": _ts(self.decided_at),
                "until": _ts(self.until),
            }
        )
        if self.details:
            out["details"] = self.details
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GateDecision:
        decided = _dt(data["decided_at"])
        assert decided is not None
        return cls(
            gate=data["gate"],
            outcome=GateOutcome(data["outcome"]),
            reason=data["reason"],
            decided_at=decided,
            until=_dt(data.get("until")),
            details=dict(data.get("details") or {}),
        )


@dataclass
class Step:
    name: StepName
    status: StepStatus = StepStatus.PENDING
    started_at: datetime | None = None
    finished_at: datetime | None = None
    message: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = _drop_none(
            {
                "name": self.name.value,
                "status": self.status.value,
                "started_at": _ts(self.started_at),
                "finished_at": _ts(self.finished_at),
                "message": self.message,
            }
        )
        if self.details:
            out["details"] = self.details
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Step:
        return cls(
            name=StepName(data["name"]),
            status=StepStatus(data["status"]),
            started_at=_dt(data.get("started_at")),
            finished_at=_dt(data.get("finished_at")),
            message=data.get("message"),
            details=dict(data.get("details") or {}),
        )


@dataclass
class Approval:
    required: bool = False
    status: ApprovalStatus = ApprovalStatus.NOT_REQUIRED
    reasons: list[str] = field(default_factory=list)
    requested_at: datetime | None = None
    expires_at: datetime | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    comment: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(
            {
                "required": self.required,
                "status": self.status.value,
                "reasons": list(self.reasons),
                "requested_at": _ts(self.requested_at),
                "expires_at": _ts(self.expires_at),
                "decided_by": self.decided_by,
                "decided_at": _ts(self.decided_at),
                "comment": self.comment,
            }
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Approval:
        return cls(
            required=bool(data.get("required")),
            status=ApprovalStatus(data.get("status", "not_required")),
            reasons=list(data.get("reasons") or []),
            requested_at=_dt(data.get("requested_at")),
            expires_at=_dt(data.get("expires_at")),
            decided_by=data.get("decided_by"),
            decided_at=_dt(data.get("decided_at")),
            comment=data.get("comment"),
        )


@dataclass
class Assessment:
    assessment_id: str
    outcome: AssessmentOutcome
    assessed_at: datetime
    score: float | None = None
    summary: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(
            {
                "assessment_id": self.assessment_id,
                "outcome": self.outcome.value,
                "assessed_at": _ts(self.assessed_at),
                "score": self.score,
                "summary": self.summary,
            }
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Assessment:
        assessed = _dt(data["assessed_at"])
        assert assessed is not None
        return cls(
            assessment_id=data["assessment_id"],
            outcome=AssessmentOutcome(data["outcome"]),
            assessed_at=assessed,
            score=data.get("score"),
            summary=data.get("summary"),
        )


@dataclass
class Workflow:
    workflow_id: str
    execution_id: str
    action_id: str
    request_id: str
    action_type: str
    parameters: dict[str, Any]
    confidence: float
    alert: dict[str, Any]
    target: Target
    risk: str
    status: WorkflowStatus
    dry_run: bool
    dry_run_source: str
    created_at: datetime
    updated_at: datetime
    estimated_duration: str = "30s"
    reason: str | None = None
    gates: list[GateDecision] = field(default_factory=list)
    steps: list[Step] = field(default_factory=lambda: [Step(name) for name in StepName])
    approval: Approval = field(default_factory=Approval)
    result: dict[str, Any] | None = None
    assessment: Assessment | None = None
    escalated: bool = False
    finished_at: datetime | None = None
    # When the action was handed to the executor queue: the instant the
    # per-target gates (cooldown, rate limits, oscillation) count from.
    dispatched_at: datetime | None = None
    failure_kind: FailureKind | None = None

    def step(self, name: StepName) -> Step:
        for step in self.steps:
            if step.name is name:
                return step
        raise KeyError(name)

    @property
    def replicas(self) -> int | None:
        value = self.parameters.get("replicas")
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(
            {
                "workflow_id": self.workflow_id,
                "execution_id": self.execution_id,
                "action_id": self.action_id,
                "request_id": self.request_id,
                "action": {
                    "type": self.action_type,
                    "parameters": self.parameters,
                    "confidence": self.confidence,
                },
                "alert": self.alert,
                "target": self.target.to_dict(),
                "risk": self.risk,
                "status": self.status.value,
                "reason": self.reason,
                "dry_run": self.dry_run,
                "dry_run_source": self.dry_run_source,
                "gates": [g.to_dict() for g in self.gates],
                "steps": [s.to_dict() for s in self.steps],
                "approval": self.approval.to_dict(),
                "result": self.result,
                "assessment": self.assessment.to_dict() if self.assessment else None,
                "escalated": self.escalated,
                "estimated_duration": self.estimated_duration,
                "created_at": _ts(self.created_at),
                "updated_at": _ts(self.updated_at),
                "finished_at": _ts(self.finished_at),
                "dispatched_at": _ts(self.dispatched_at),
                "failure_kind": self.failure_kind.value if self.failure_kind else None,
            }
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Workflow:
        created = _dt(data["created_at"])
        updated = _dt(data["updated_at"])
        assert created is not None and updated is not None
        action = data["action"]
        return cls(
            workflow_id=data["workflow_id"],
            execution_id=data["execution_id"],
            action_id=data["action_id"],
            request_id=data.get("request_id", ""),
            action_type=action["type"],
            parameters=dict(action.get("parameters") or {}),
            confidence=float(action["confidence"]),
            alert=dict(data.get("alert") or {}),
            target=Target.from_dict(data["target"]),
            risk=data["risk"],
            status=WorkflowStatus(data["status"]),
            dry_run=bool(data["dry_run"]),
            dry_run_source=data.get("dry_run_source", "global"),
            created_at=created,
            updated_at=updated,
            estimated_duration=data.get("estimated_duration", "30s"),
            reason=data.get("reason"),
            gates=[GateDecision.from_dict(g) for g in data.get("gates", [])],
            steps=[Step.from_dict(s) for s in data.get("steps", [])],
            approval=Approval.from_dict(data.get("approval") or {}),
            result=data.get("result"),
            assessment=Assessment.from_dict(data["assessment"]) if data.get("assessment") else None,
            escalated=bool(data.get("escalated")),
            finished_at=_dt(data.get("finished_at")),
            dispatched_at=_dt(data.get("dispatched_at")),
            failure_kind=FailureKind(data["failure_kind"]) if data.get("failure_kind") else None,
        )
