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


T = TypeVar("T", bound="StoreActionRequest")


@_attrs_define
class StoreActionRequest:
    """
    Attributes:
        alert (AlertRef): The alert as the seed §3.1.2 writes it (name, severity, namespace, resource,
            labels, annotations), plus optional identity fields that link it to a stored
            alert record.
        action (str): Action type from the catalogue
        confidence (float):
        action_id (str):  Example: action-0b7c1c7e.
        reasoning (Reasoning | Unset): The seed §3.1.2 reasoning block.
        parameters (FreeObject | Unset): Free-form JSON object.
        request_id (str | Unset):
        decided_by (str | Unset): Who decided (ai-service, rules, a human)
        created_at (datetime.datetime | Unset): When the decision was taken (default now)
    """

    alert: AlertRef
    action: str
    confidence: float
    action_id: str
    reasoning: Reasoning | Unset = UNSET
    parameters: FreeObject | Unset = UNSET
    request_id: str | Unset = UNSET
    decided_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert = self.alert.to_dict()

        action = self.action

        confidence = self.confidence

        action_id = self.action_id

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        request_id = self.request_id

        decided_by = self.decided_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert": alert,
                "action": action,
                "confidence": confidence,
                "action_id": action_id,
            }
        )
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_ref import AlertRef
        from ..models.free_object import FreeObject
        from ..models.reasoning import Reasoning

        d = dict(src_dict)
        alert = AlertRef.from_dict(d.pop("alert"))

        action = d.pop("action")

        confidence = d.pop("confidence")

        action_id = d.pop("action_id")

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: Reasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = Reasoning.from_dict(_reasoning)

        _parameters = d.pop("parameters", UNSET)
        parameters: FreeObject | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = FreeObject.from_dict(_parameters)

        request_id = d.pop("request_id", UNSET)

        decided_by = d.pop("decided_by", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        store_action_request = cls(
            alert=alert,
            action=action,
            confidence=confidence,
            action_id=action_id,
            reasoning=reasoning,
            parameters=parameters,
            request_id=request_id,
            decided_by=decided_by,
            created_at=created_at,
        )

        store_action_request.additional_properties = d
        return store_action_request

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
