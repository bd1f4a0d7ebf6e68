from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditVerification")


@_attrs_define
class AuditVerification:
    """
    Attributes:
        valid (bool):
        entries_checked (int):
        verified_at (datetime.datetime):
        first_invalid_sequence (int | Unset):
        reason (str | Unset):
        head_hash (str | Unset):
    """

    valid: bool
    entries_checked: int
    verified_at: datetime.datetime
    first_invalid_sequence: int | Unset = UNSET
    reason: str | Unset = UNSET
    head_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        entries_checked = self.entries_checked

        verified_at = self.verified_at.isoformat()

        first_invalid_sequence = self.first_invalid_sequence

        reason = self.reason

        head_hash = self.head_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
                "entries_checked": entries_checked,
                "verified_at": verified_at,
            }
        )
        if first_invalid_sequence is not UNSET:
            field_dict["first_invalid_sequence"] = first_invalid_sequence
        if reason is not UNSET:
            field_dict["reason"] = reason
        if head_hash is not UNSET:
            field_dict["head_hash"] = head_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        valid = d.pop("valid")

        entries_checked = d.pop("entries_checked")

        verified_at = datetime.datetime.fromisoformat(d.pop("verified_at"))

        first_invalid_sequence = d.pop("first_invalid_sequence", UNSET)

        reason = d.pop("reason", UNSET)

        head_hash = d.pop("head_hash", UNSET)

        audit_verification = cls(
            valid=valid,
            entries_checked=entries_checked,
            verified_at=verified_at,
            first_invalid_sequence=first_invalid_sequence,
            reason=reason,
            head_hash=head_hash,
        )

        audit_verification.additional_properties = d
        return audit_verification

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
