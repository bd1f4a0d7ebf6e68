from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StormItem")


@_attrs_define
class StormItem:
    """
    Attributes:
        notification_id (str | Unset):
        kind (str | Unset):
        severity (str | Unset):
        subject (str | Unset):
    """

    notification_id: str | Unset = UNSET
    kind: str | Unset = UNSET
    severity: str | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_id = self.notification_id

        kind = self.kind

        severity = self.severity

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_id is not UNSET:
            field_dict["notification_id"] = notification_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if severity is not UNSET:
            field_dict["severity"] = severity
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notification_id = d.pop("notification_id", UNSET)

        kind = d.pop("kind", UNSET)

        severity = d.pop("severity", UNSET)

        subject = d.pop("subject", UNSET)

        storm_item = cls(
            notification_id=notification_id,
            kind=kind,
            severity=severity,
            subject=subject,
        )

        storm_item.additional_properties = d
        return storm_item

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
