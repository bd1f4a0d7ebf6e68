from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_ref import AlertRef
    from ..models.free_object import FreeObject
    from ..models.reasoning import Reasoning


T = TypeVar("T", bound="ActionRecord")


@_attrs_define
class ActionRecord:
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
        request_id (str | Unset):
        resource_kind (str | Unset): Kind of the target, as given or inferred
        decided_by (str | Unset):
    """

    action_id: str
    alert: AlertRef
    action: str
    confidence: float
    reasoning: Reasoning
    parameters: FreeObject
    created_at: datetime.datetime
    request_id: str | Unset = UNSET
    resource_kind: str | Unset = UNSET
    decided_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        alert = self.alert.to_dict()

        action = self.action

        confidence = self.confidence

        reasoning = self.reasoning.to_dict()

        parameters = self.parameters.to_dict()

        created_at = self.created_at.isoformat()

        request_id = self.request_id

        resource_kind = self.resource_kind

        decided_by = self.decided_by

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
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if resource_kind is not UNSET:
            field_dict["resource_kind"] = resource_kind
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_ref import AlertRef
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

        request_id = d.pop("request_id", UNSET)

        resource_kind = d.pop("resource_kind", UNSET)

        decided_by = d.pop("decided_by", UNSET)

        action_record = cls(
            action_id=action_id,
            alert=alert,
            action=action,
            confidence=confidence,
            reasoning=reasoning,
            parameters=parameters,
            created_at=created_at,
            request_id=request_id,
            resource_kind=resource_kind,
            decided_by=decided_by,
        )

        action_record.additional_properties = d
        return action_record

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
