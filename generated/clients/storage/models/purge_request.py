from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurgeRequest")


@_attrs_define
class PurgeRequest:
    """
    Attributes:
        retention_days (float | Unset):
        audit_retention_days (float | Unset):
    """

    retention_days: float | Unset = UNSET
    audit_retention_days: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retention_days = self.retention_days

        audit_retention_days = self.audit_retention_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if audit_retention_days is not UNSET:
            field_dict["audit_retention_days"] = audit_retention_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retention_days = d.pop("retention_days", UNSET)

        audit_retention_days = d.pop("audit_retention_days", UNSET)

        purge_request = cls(
            retention_days=retention_days,
            audit_retention_days=audit_retention_days,
        )

        purge_request.additional_properties = d
        return purge_request

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
