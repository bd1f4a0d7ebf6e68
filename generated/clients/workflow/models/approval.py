from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_status import ApprovalStatus, check_approval_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Approval")


@_attrs_define
class Approval:
    """
    Attributes:
        required (bool):
        status (ApprovalStatus):
        reasons (list[str] | Unset):
        requested_at (datetime.datetime | Unset):
        expires_at (datetime.datetime | Unset):
        decided_by (str | Unset):
        decided_at (datetime.datetime | Unset):
        comment (str | Unset):
        approve_url (str | Unset):
        reject_url (str | Unset):
    """

    required: bool
    status: ApprovalStatus
    reasons: list[str] | Unset = UNSET
    requested_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    decided_by: str | Unset = UNSET
    decided_at: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    approve_url: str | Unset = UNSET
    reject_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required = self.required

        status: str = self.status

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        requested_at: str | Unset = UNSET
        if not isinstance(self.requested_at, Unset):
            requested_at = self.requested_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        decided_by = self.decided_by

        decided_at: str | Unset = UNSET
        if not isinstance(self.decided_at, Unset):
            decided_at = self.decided_at.isoformat()

        comment = self.comment

        approve_url = self.approve_url

        reject_url = self.reject_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "required": required,
                "status": status,
            }
        )
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if requested_at is not UNSET:
            field_dict["requested_at"] = requested_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if comment is not UNSET:
            field_dict["comment"] = comment
        if approve_url is not UNSET:
            field_dict["approve_url"] = approve_url
        if reject_url is not UNSET:
            field_dict["reject_url"] = reject_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        required = d.pop("required")

        status = check_approval_status(d.pop("status"))

        reasons = cast(list[str], d.pop("reasons", UNSET))

        _requested_at = d.pop("requested_at", UNSET)
        requested_at: datetime.datetime | Unset
        if isinstance(_requested_at, Unset):
            requested_at = UNSET
        else:
            requested_at = datetime.datetime.fromisoformat(_requested_at)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        decided_by = d.pop("decided_by", UNSET)

        _decided_at = d.pop("decided_at", UNSET)
        decided_at: datetime.datetime | Unset
        if isinstance(_decided_at, Unset):
            decided_at = UNSET
        else:
            decided_at = datetime.datetime.fromisoformat(_decided_at)

        comment = d.pop("comment", UNSET)

        approve_url = d.pop("approve_url", UNSET)

        reject_url = d.pop("reject_url", UNSET)

        approval = cls(
            required=required,
            status=status,
            reasons=reasons,
            requested_at=requested_at,
            expires_at=expires_at,
            decided_by=decided_by,
            decided_at=decided_at,
            comment=comment,
            approve_url=approve_url,
            reject_url=reject_url,
        )

        approval.additional_properties = d
        return approval

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
