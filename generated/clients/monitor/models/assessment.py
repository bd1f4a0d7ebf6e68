from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_status import AssessmentStatus, check_assessment_status
from ..models.outcome import Outcome, check_outcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_ref import AlertRef
    from ..models.feedback import Feedback
    from ..models.signals import Signals
    from ..models.target import Target


T = TypeVar("T", bound="Assessment")


@_attrs_define
class Assessment:
    """
    Attributes:
        assessment_id (str):
        status (AssessmentStatus):
        workflow_id (str):
        action_type (str): Action name from the action catalogue. Example: restart_pod.
        target (Target): The Kubernetes object the action acted on.
        alert (AlertRef): The alert that triggered the action.
        executed_at (datetime.datetime):
        window_seconds (int):
        due_at (datetime.datetime):
        created_at (datetime.datetime):
        undo_proposed (bool): True when the outcome is ineffective and the action is reversible; the notification
            proposes the undo.
        execution_id (str | Unset):
        action_id (str | Unset):
        assessed_at (datetime.datetime | Unset):
        outcome (Outcome | Unset):
        score (float | Unset):
        signals (Signals | Unset):
        reasons (list[str] | Unset):
        notification_id (str | Unset):
        feedback (Feedback | Unset): Delivery of the completed assessment to the other services.
        error (str | Unset): Why a failed assessment could not be completed.
    """

    assessment_id: str
    status: AssessmentStatus
    workflow_id: str
    action_type: str
    target: Target
    alert: AlertRef
    executed_at: datetime.datetime
    window_seconds: int
    due_at: datetime.datetime
    created_at: datetime.datetime
    undo_proposed: bool
    execution_id: str | Unset = UNSET
    action_id: str | Unset = UNSET
    assessed_at: datetime.datetime | Unset = UNSET
    outcome: Outcome | Unset = UNSET
    score: float | Unset = UNSET
    signals: Signals | Unset = UNSET
    reasons: list[str] | Unset = UNSET
    notification_id: str | Unset = UNSET
    feedback: Feedback | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_id = self.assessment_id

        status: str = self.status

        workflow_id = self.workflow_id

        action_type = self.action_type

        target = self.target.to_dict()

        alert = self.alert.to_dict()

        executed_at = self.executed_at.isoformat()

        window_seconds = self.window_seconds

        due_at = self.due_at.isoformat()

        created_at = self.created_at.isoformat()

        undo_proposed = self.undo_proposed

        execution_id = self.execution_id

        action_id = self.action_id

        assessed_at: str | Unset = UNSET
        if not isinstance(self.assessed_at, Unset):
            assessed_at = self.assessed_at.isoformat()

        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome

        score = self.score

        signals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = self.signals.to_dict()

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        notification_id = self.notification_id

        feedback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = self.feedback.to_dict()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment_id": assessment_id,
                "status": status,
                "workflow_id": workflow_id,
                "action_type": action_type,
                "target": target,
                "alert": alert,
                "executed_at": executed_at,
                "window_seconds": window_seconds,
                "due_at": due_at,
                "created_at": created_at,
                "undo_proposed": undo_proposed,
            }
        )
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if assessed_at is not UNSET:
            field_dict["assessed_at"] = assessed_at
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if score is not UNSET:
            field_dict["score"] = score
        if signals is not UNSET:
            field_dict["signals"] = signals
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if notification_id is not UNSET:
            field_dict["notification_id"] = notification_id
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_ref import AlertRef
        from ..models.feedback import Feedback
        from ..models.signals import Signals
        from ..models.target import Target

        d = dict(src_dict)
        assessment_id = d.pop("assessment_id")

        status = check_assessment_status(d.pop("status"))

        workflow_id = d.pop("workflow_id")

        action_type = d.pop("action_type")

        target = Target.from_dict(d.pop("target"))

        alert = AlertRef.from_dict(d.pop("alert"))

        executed_at = datetime.datetime.fromisoformat(d.pop("executed_at"))

        window_seconds = d.pop("window_seconds")

        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        undo_proposed = d.pop("undo_proposed")

        execution_id = d.pop("execution_id", UNSET)

        action_id = d.pop("action_id", UNSET)

        _assessed_at = d.pop("assessed_at", UNSET)
        assessed_at: datetime.datetime | Unset
        if isinstance(_assessed_at, Unset):
            assessed_at = UNSET
        else:
            assessed_at = datetime.datetime.fromisoformat(_assessed_at)

        _outcome = d.pop("outcome", UNSET)
        outcome: Outcome | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            outcome = check_outcome(_outcome)

        score = d.pop("score", UNSET)

        _signals = d.pop("signals", UNSET)
        signals: Signals | Unset
        if isinstance(_signals, Unset):
            signals = UNSET
        else:
            signals = Signals.from_dict(_signals)

        reasons = cast(list[str], d.pop("reasons", UNSET))

        notification_id = d.pop("notification_id", UNSET)

        _feedback = d.pop("feedback", UNSET)
        feedback: Feedback | Unset
        if isinstance(_feedback, Unset):
            feedback = UNSET
        else:
            feedback = Feedback.from_dict(_feedback)

        error = d.pop("error", UNSET)

        assessment = cls(
            assessment_id=assessment_id,
            status=status,
            workflow_id=workflow_id,
            action_type=action_type,
            target=target,
            alert=alert,
            executed_at=executed_at,
            window_seconds=window_seconds,
            due_at=due_at,
            created_at=created_at,
            undo_proposed=undo_proposed,
            execution_id=execution_id,
            action_id=action_id,
            assessed_at=assessed_at,
            outcome=outcome,
            score=score,
            signals=signals,
            reasons=reasons,
            notification_id=notification_id,
            feedback=feedback,
            error=error,
        )

        assessment.additional_properties = d
        return assessment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
