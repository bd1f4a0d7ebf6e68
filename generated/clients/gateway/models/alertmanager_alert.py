from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_status import AlertStatus, check_alert_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_labels import AlertLabels
    from ..models.label_set import LabelSet


T = TypeVar("T", bound="AlertmanagerAlert")


@_attrs_define
class AlertmanagerAlert:
    """One alert of an Alertmanager webhook (unknown fields tolerated).

    Attributes:
        status (AlertStatus):
        labels (AlertLabels): The labels of one alert; an alert has at least one (its `alertname`).
        annotations (LabelSet | Unset): Prometheus label or annotation set (name → value).
        starts_at (datetime.datetime | Unset):
        ends_at (datetime.datetime | Unset): `0001-01-01T00:00:00Z` while the alert is firing.
        generator_url (str | Unset):
        fingerprint (str | Unset): Alertmanager's label fingerprint; derived from the labels when absent.
    """

    status: AlertStatus
    labels: AlertLabels
    annotations: LabelSet | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    generator_url: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        labels = self.labels.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        generator_url = self.generator_url

        fingerprint = self.fingerprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "labels": labels,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if starts_at is not UNSET:
            field_dict["startsAt"] = starts_at
        if ends_at is not UNSET:
            field_dict["endsAt"] = ends_at
        if generator_url is not UNSET:
            field_dict["generatorURL"] = generator_url
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_labels import AlertLabels
        from ..models.label_set import LabelSet

        d = dict(src_dict)
        status = check_alert_status(d.pop("status"))

        labels = AlertLabels.from_dict(d.pop("labels"))

        _annotations = d.pop("annotations", UNSET)
        annotations: LabelSet | Unset
        if isinstance(_annotations, Unset):
            annotations = UNSET
        else:
            annotations = LabelSet.from_dict(_annotations)

        _starts_at = d.pop("startsAt", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _ends_at = d.pop("endsAt", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        generator_url = d.pop("generatorURL", UNSET)

        fingerprint = d.pop("fingerprint", UNSET)

        alertmanager_alert = cls(
            status=status,
            labels=labels,
            annotations=annotations,
            starts_at=starts_at,
            ends_at=ends_at,
            generator_url=generator_url,
            fingerprint=fingerprint,
        )

        alertmanager_alert.additional_properties = d
        return alertmanager_alert

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
