from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_object import FreeObject


T = TypeVar("T", bound="AuditEntryInput")


@_attrs_define
class AuditEntryInput:
    """
    Attributes:
        actor (str): Who/what decided: a service name or a user
        event_type (str):
        subject (str | Unset): What it is about (action_id, workflow_id, ...)
        request_id (str | Unset):
        inputs (FreeObject | Unset): Free-form JSON object.
        outputs (FreeObject | Unset): Free-form JSON object.
        occurred_at (datetime.datetime | Unset):
    """

    actor: str
    event_type: str
    subject: str | Unset = UNSET
    request_id: str | Unset = UNSET
    inputs: FreeObject | Unset = UNSET
    outputs: FreeObject | Unset = UNSET
    occurred_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor = self.actor

        event_type = self.event_type

        subject = self.subject

        request_id = self.request_id

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        occurred_at: str | Unset = UNSET
        if not isinstance(self.occurred_at, Unset):
            occurred_at = self.occurred_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor": actor,
                "event_type": event_type,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_object import FreeObject

        d = dict(src_dict)
        actor = d.pop("actor")

        event_type = d.pop("event_type")

        subject = d.pop("subject", UNSET)

        request_id = d.pop("request_id", UNSET)

        _inputs = d.pop("inputs", UNSET)
        inputs: FreeObject | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = FreeObject.from_dict(_inputs)

        _outputs = d.pop("outputs", UNSET)
        outputs: FreeObject | Unset
        if isinstance(_outputs, Unset):
            outputs = UNSET
        else:
            outputs = FreeObject.from_dict(_outputs)

        _occurred_at = d.pop("occurred_at", UNSET)
        occurred_at: datetime.datetime | Unset
        if isinstance(_occurred_at, Unset):
            occurred_at = UNSET
        else:
            occurred_at = datetime.datetime.fromisoformat(_occurred_at)

        audit_entry_input = cls(
            actor=actor,
            event_type=event_type,
            subject=subject,
            request_id=request_id,
            inputs=inputs,
            outputs=outputs,
            occurred_at=occurred_at,
        )

        audit_entry_input.additional_properties = d
        return audit_entry_input

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
