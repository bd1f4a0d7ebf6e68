from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_status import AlertStatus, check_alert_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_set import LabelSet


T = TypeVar("T", bound="SeedAlert")


@_attrs_define
class SeedAlert:
    """An alert in the seed's shape (§3.1.2) plus the optional identity
    fields `status`, `starts_at`, `ends_at`, `fingerprint`.

        Attributes:
            name (str):
            severity (str | Unset):  Example: critical.
            namespace (str | Unset):
            resource (str | Unset):
            labels (LabelSet | Unset): Prometheus label or annotation set (name → value).
            annotations (LabelSet | Unset): Prometheus label or annotation set (name → value).
            status (AlertStatus | Unset):
            starts_at (datetime.datetime | Unset):
            ends_at (datetime.datetime | Unset):
            fingerprint (str | Unset):
            generator_url (str | Unset):
    """

    name: str
    severity: str | Unset = UNSET
    namespace: str | Unset = UNSET
    resource: str | Unset = UNSET
    labels: LabelSet | Unset = UNSET
    annotations: LabelSet | Unset = UNSET
    status: AlertStatus | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    fingerprint: str | Unset = UNSET
    generator_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        severity = self.severity

        namespace = self.namespace

        resource = self.resource

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        fingerprint = self.fingerprint

        generator_url = self.generator_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if severity is not UNSET:
            field_dict["severity"] = severity
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if resource is not UNSET:
            field_dict["resource"] = resource
        if labels is not UNSET:
            field_dict["labels"] = labels
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if status is not UNSET:
            field_dict["status"] = status
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if generator_url is not UNSET:
            field_dict["generator_url"] = generator_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_set import LabelSet

        d = dict(src_dict)
        name = d.pop("name")

        severity = d.pop("severity", UNSET)

        namespace = d.pop("namespace", UNSET)

        resource = d.pop("resource", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: LabelSet | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = LabelSet.from_dict(_labels)

        _annotations = d.pop("annotations", UNSET)
        annotations: LabelSet | Unset
        if isinstance(_annotations, Unset):
            annotations = UNSET
        else:
            annotations = LabelSet.from_dict(_annotations)

        _status = d.pop("status", UNSET)
        status: AlertStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_alert_status(_status)

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _ends_at = d.pop("ends_at", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        fingerprint = d.pop("fingerprint", UNSET)

        generator_url = d.pop("generator_url", UNSET)

        seed_alert = cls(
            name=name,
            severity=severity,
            namespace=namespace,
            resource=resource,
            labels=labels,
            annotations=annotations,
            status=status,
            starts_at=starts_at,
            ends_at=ends_at,
            fingerprint=fingerprint,
            generator_url=generator_url,
        )

        seed_alert.additional_properties = d
        return seed_alert

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
