from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_ref_labels import AlertRefLabels


T = TypeVar("T", bound="AlertRef")


@_attrs_define
class AlertRef:
    """The alert that triggered the action.

    Attributes:
        name (str):
        fingerprint (str | Unset):
        severity (str | Unset):
        starts_at (datetime.datetime | Unset):
        labels (AlertRefLabels | Unset):
    """

    name: str
    fingerprint: str | Unset = UNSET
    severity: str | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    labels: AlertRefLabels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        fingerprint = self.fingerprint

        severity = self.severity

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if severity is not UNSET:
            field_dict["severity"] = severity
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_ref_labels import AlertRefLabels

        d = dict(src_dict)
        name = d.pop("name")

        fingerprint = d.pop("fingerprint", UNSET)

        severity = d.pop("severity", UNSET)

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _labels = d.pop("labels", UNSET)
        labels: AlertRefLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = AlertRefLabels.from_dict(_labels)

        alert_ref = cls(
            name=name,
            fingerprint=fingerprint,
            severity=severity,
            starts_at=starts_at,
            labels=labels,
        )

        alert_ref.additional_properties = d
        return alert_ref

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
