from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_outcome import AssessmentOutcome, check_assessment_outcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_object import FreeObject
    from ..models.signals import Signals


T = TypeVar("T", bound="StoreAssessmentRequest")


@_attrs_define
class StoreAssessmentRequest:
    """
    Attributes:
        assessment_id (str):  Example: action-0b7c1c7e.
        outcome (AssessmentOutcome):
        score (float):
        workflow_id (str | Unset):  Example: action-0b7c1c7e.
        execution_id (str | Unset):  Example: action-0b7c1c7e.
        action_id (str | Unset):  Example: action-0b7c1c7e.
        action_type (str | Unset):
        alert_name (str | Unset):
        fingerprint (str | Unset):
        namespace (str | Unset):
        resource (str | Unset):
        resource_kind (str | Unset):
        signals (Signals | Unset): Per-signal scores in [0, 1] (health, alert, metrics); absent = unavailable.
        details (FreeObject | Unset): Free-form JSON object.
        executed_at (datetime.datetime | Unset):
        assessed_at (datetime.datetime | Unset):
        window_seconds (int | Unset):
    """

    assessment_id: str
    outcome: AssessmentOutcome
    score: float
    workflow_id: str | Unset = UNSET
    execution_id: str | Unset = UNSET
    action_id: str | Unset = UNSET
    action_type: str | Unset = UNSET
    alert_name: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    namespace: str | Unset = UNSET
    resource: str | Unset = UNSET
    resource_kind: str | Unset = UNSET
    signals: Signals | Unset = UNSET
    details: FreeObject | Unset = UNSET
    executed_at: datetime.datetime | Unset = UNSET
    assessed_at: datetime.datetime | Unset = UNSET
    window_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_id = self.assessment_id

        outcome: str = self.outcome

        score = self.score

        workflow_id = self.workflow_id

        execution_id = self.execution_id

        action_id = self.action_id

        action_type = self.action_type

        alert_name = self.alert_name

        fingerprint = self.fingerprint

        namespace = self.namespace

        resource = self.resource

        resource_kind = self.resource_kind

        signals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = self.signals.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        executed_at: str | Unset = UNSET
        if not isinstance(self.executed_at, Unset):
            executed_at = self.executed_at.isoformat()

        assessed_at: str | Unset = UNSET
        if not isinstance(self.assessed_at, Unset):
            assessed_at = self.assessed_at.isoformat()

        window_seconds = self.window_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment_id": assessment_id,
                "outcome": outcome,
                "score": score,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if alert_name is not UNSET:
            field_dict["alert_name"] = alert_name
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if resource is not UNSET:
            field_dict["resource"] = resource
        if resource_kind is not UNSET:
            field_dict["resource_kind"] = resource_kind
        if signals is not UNSET:
            field_dict["signals"] = signals
        if details is not UNSET:
            field_dict["details"] = details
        if executed_at is not UNSET:
            field_dict["executed_at"] = executed_at
        if assessed_at is not UNSET:
            field_dict["assessed_at"] = assessed_at
        if window_seconds is not UNSET:
            field_dict["window_seconds"] = window_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_object import FreeObject
        from ..models.signals import Signals

        d = dict(src_dict)
        assessment_id = d.pop("assessment_id")

        outcome = check_assessment_outcome(d.pop("outcome"))

        score = d.pop("score")

        workflow_id = d.pop("workflow_id", UNSET)

        execution_id = d.pop("execution_id", UNSET)

        action_id = d.pop("action_id", UNSET)

        action_type = d.pop("action_type", UNSET)

        alert_name = d.pop("alert_name", UNSET)

        fingerprint = d.pop("fingerprint", UNSET)

        namespace = d.pop("namespace", UNSET)

        resource = d.pop("resource", UNSET)

        resource_kind = d.pop("resource_kind", UNSET)

        _signals = d.pop("signals", UNSET)
        signals: Signals | Unset
        if isinstance(_signals, Unset):
            signals = UNSET
        else:
            signals = Signals.from_dict(_signals)

        _details = d.pop("details", UNSET)
        details: FreeObject | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = FreeObject.from_dict(_details)

        _executed_at = d.pop("executed_at", UNSET)
        executed_at: datetime.datetime | Unset
        if isinstance(_executed_at, Unset):
            executed_at = UNSET
        else:
            executed_at = datetime.datetime.fromisoformat(_executed_at)

        _assessed_at = d.pop("assessed_at", UNSET)
        assessed_at: datetime.datetime | Unset
        if isinstance(_assessed_at, Unset):
            assessed_at = UNSET
        else:
            assessed_at = datetime.datetime.fromisoformat(_assessed_at)

        window_seconds = d.pop("window_seconds", UNSET)

        store_assessment_request = cls(
            assessment_id=assessment_id,
            outcome=outcome,
            score=score,
            workflow_id=workflow_id,
            execution_id=execution_id,
            action_id=action_id,
            action_type=action_type,
            alert_name=alert_name,
            fingerprint=fingerprint,
            namespace=namespace,
            resource=resource,
            resource_kind=resource_kind,
            signals=signals,
            details=details,
            executed_at=executed_at,
            assessed_at=assessed_at,
            window_seconds=window_seconds,
        )

        store_assessment_request.additional_properties = d
        return store_assessment_request

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
