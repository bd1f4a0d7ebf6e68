from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_object import FreeObject


T = TypeVar("T", bound="AuditEntry")


@_attrs_define
class AuditEntry:
    """
    Attributes:
        sequence (int):
        entry_id (str):
        actor (str):
        event_type (str):
        inputs (FreeObject): Free-form JSON object.
        outputs (FreeObject): Free-form JSON object.
        occurred_at (datetime.datetime):
        recorded_at (datetime.datetime):
        prev_hash (str): Hash of the previous entry (64 zeros for the first)
        hash_ (str): sha256 hex of prev_hash + canonical JSON of this entry
        subject (str | Unset):
        request_id (str | Unset):
    """

    sequence: int
    entry_id: str
    actor: str
    event_type: str
    inputs: FreeObject
    outputs: FreeObject
    occurred_at: datetime.datetime
    recorded_at: datetime.datetime
    prev_hash: str
    hash_: str
    subject: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequence = self.sequence

        entry_id = self.entry_id

        actor = self.actor

        event_type = self.event_type

        inputs = self.inputs.to_dict()

        outputs = self.outputs.to_dict()

        occurred_at = self.occurred_at.isoformat()

        recorded_at = self.recorded_at.isoformat()

        prev_hash = self.prev_hash

        hash_ = self.hash_

        subject = self.subject

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sequence": sequence,
                "entry_id": entry_id,
                "actor": actor,
                "event_type": event_type,
                "inputs": inputs,
                "outputs": outputs,
                "occurred_at": occurred_at,
                "recorded_at": recorded_at,
                "prev_hash": prev_hash,
                "hash": hash_,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_object import FreeObject

        d = dict(src_dict)
        sequence = d.pop("sequence")

        entry_id = d.pop("entry_id")

        actor = d.pop("actor")

        event_type = d.pop("event_type")

        inputs = FreeObject.from_dict(d.pop("inputs"))

        outputs = FreeObject.from_dict(d.pop("outputs"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        prev_hash = d.pop("prev_hash")

        hash_ = d.pop("hash")

        subject = d.pop("subject", UNSET)

        request_id = d.pop("request_id", UNSET)

        audit_entry = cls(
            sequence=sequence,
            entry_id=entry_id,
            actor=actor,
            event_type=event_type,
            inputs=inputs,
            outputs=outputs,
            occurred_at=occurred_at,
            recorded_at=recorded_at,
            prev_hash=prev_hash,
            hash_=hash_,
            subject=subject,
            request_id=request_id,
        )

        audit_entry.additional_properties = d
        return audit_entry

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
