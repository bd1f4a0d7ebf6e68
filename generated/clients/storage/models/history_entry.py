from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_outcome import AssessmentOutcome, check_assessment_outcome
from ..models.outcome import Outcome, check_outcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_ref import AlertRef
    from ..models.execution_record import ExecutionRecord
    from ..models.free_object import FreeObject
    from ..models.reasoning import Reasoning


T = TypeVar("T", bound="HistoryEntry")


@_attrs_define
class HistoryEntry:
    """
    Attributes:
        action_id (str):
        alert (AlertRef): The alert as the seed §3.1.2 writes it (name, severity, namespace, resource,
            labels, annotations), plus optional identity fields that link it to a stored
            alert record.
        action (str):
        confidence (float):
        reasoning (Reasoning): The seed §3.1.2 reasoning block.
        parameters (FreeObject): Free-form JSON object.
        created_at (datetime.datetime):
        outcome (Outcome): Derived outcome of an action (see queryHistory).
        request_id (str | Unset):
        resource_kind (str | Unset):
        decided_by (str | Unset):
        execution (ExecutionRecord | Unset):
        assessment_outcome (AssessmentOutcome | Unset):
        assessment_score (float | Unset):
        alert_started_at (datetime.datetime | Unset):
        alert_resolved_at (datetime.datetime | Unset):
        time_to_resolution_seconds (float | Unset): From the decision to the alert's resolution, when resolved after it.
    """

    action_id: str
    alert: AlertRef
    action: str
    confidence: float
    reasoning: Reasoning
    parameters: FreeObject
    created_at: datetime.datetime
    outcome: Outcome
    request_id: str | Unset = UNSET
    resource_kind: str | Unset = UNSET
    decided_by: str | Unset = UNSET
    execution: ExecutionRecord | Unset = UNSET
    assessment_outcome: AssessmentOutcome | Unset = UNSET
    assessment_score: float | Unset = UNSET
    alert_started_at: datetime.datetime | Unset = UNSET
    alert_resolved_at: datetime.datetime | Unset = UNSET
    time_to_resolution_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        alert = self.alert.to_dict()

        action = self.action

        confidence = self.confidence

        reasoning = self.reasoning.to_dict()

        parameters = self.parameters.to_dict()

        created_at = self.created_at.isoformat()

        outcome: str = self.outcome

        request_id = self.request_id

        resource_kind = self.resource_kind

        decided_by = self.decided_by

        execution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution.to_dict()

        assessment_outcome: str | Unset = UNSET
        if not isinstance(self.assessment_outcome, Unset):
            assessment_outcome = self.assessment_outcome

        assessment_score = self.assessment_score

        alert_started_at: str | Unset = UNSET
        if not isinstance(self.alert_started_at, Unset):
            alert_started_at = self.alert_started_at.isoformat()

        alert_resolved_at: str | Unset = UNSET
        if not isinstance(self.alert_resolved_at, Unset):
            alert_resolved_at = self.alert_resolved_at.isoformat()

        time_to_resolution_seconds = self.time_to_resolution_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "alert": alert,
                "action": action,
                "confidence": confidence,
                "reasoning": reasoning,
                "parameters": parameters,
                "created_at": created_at,
                "outcome": outcome,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if resource_kind is not UNSET:
            field_dict["resource_kind"] = resource_kind
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by
        if execution is not UNSET:
            field_dict["execution"] = execution
        if assessment_outcome is not UNSET:
            field_dict["assessment_outcome"] = assessment_outcome
        if assessment_score is not UNSET:
            field_dict["assessment_score"] = assessment_score
        if alert_started_at is not UNSET:
            field_dict["alert_started_at"] = alert_started_at
        if alert_resolved_at is not UNSET:
            field_dict["alert_resolved_at"] = alert_resolved_at
        if time_to_resolution_seconds is not UNSET:
            field_dict["time_to_resolution_seconds"] = time_to_resolution_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_ref import AlertRef
        from ..models.execution_record import ExecutionRecord
        from ..models.free_object import FreeObject
        from ..models.reasoning import Reasoning

        d = dict(src_dict)
        action_id = d.pop("action_id")

        alert = AlertRef.from_dict(d.pop("alert"))

        action = d.pop("action")

        confidence = d.pop("confidence")

        reasoning = Reasoning.from_dict(d.pop("reasoning"))

        parameters = FreeObject.from_dict(d.pop("parameters"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        outcome = check_outcome(d.pop("outcome"))

        request_id = d.pop("request_id", UNSET)

        resource_kind = d.pop("resource_kind", UNSET)

        decided_by = d.pop("decided_by", UNSET)

        _execution = d.pop("execution", UNSET)
        execution: ExecutionRecord | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = ExecutionRecord.from_dict(_execution)

        _assessment_outcome = d.pop("assessment_outcome", UNSET)
        assessment_outcome: AssessmentOutcome | Unset
        if isinstance(_assessment_outcome, Unset):
            assessment_outcome = UNSET
        else:
            assessment_outcome = check_assessment_outcome(_assessment_outcome)

        assessment_score = d.pop("assessment_score", UNSET)

        _alert_started_at = d.pop("alert_started_at", UNSET)
        alert_started_at: datetime.datetime | Unset
        if isinstance(_alert_started_at, Unset):
            alert_started_at = UNSET
        else:
            alert_started_at = datetime.datetime.fromisoformat(_alert_started_at)

        _alert_resolved_at = d.pop("alert_resolved_at", UNSET)
        alert_resolved_at: datetime.datetime | Unset
        if isinstance(_alert_resolved_at, Unset):
            alert_resolved_at = UNSET
        else:
            alert_resolved_at = datetime.datetime.fromisoformat(_alert_resolved_at)

        time_to_resolution_seconds = d.pop("time_to_resolution_seconds", UNSET)

        history_entry = cls(
            action_id=action_id,
            alert=alert,
            action=action,
            confidence=confidence,
            reasoning=reasoning,
            parameters=parameters,
            created_at=created_at,
            outcome=outcome,
            request_id=request_id,
            resource_kind=resource_kind,
            decided_by=decided_by,
            execution=execution,
            assessment_outcome=assessment_outcome,
            assessment_score=assessment_score,
            alert_started_at=alert_started_at,
            alert_resolved_at=alert_resolved_at,
            time_to_resolution_seconds=time_to_resolution_seconds,
        )

        history_entry.additional_properties = d
        return history_entry

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
