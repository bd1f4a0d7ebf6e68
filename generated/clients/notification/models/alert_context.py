from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_context_status import AlertContextStatus, check_alert_context_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.string_map import StringMap


T = TypeVar("T", bound="AlertContext")


@_attrs_define
class AlertContext:
    """
    Attributes:
        alert_id (str | Unset):
        name (str | Unset): Alert name (the `alertname` label).
        fingerprint (str | Unset): Alertmanager fingerprint; the grouping and PagerDuty dedup key.
        severity (str | Unset):
        namespace (str | Unset):
        resource (str | Unset):
        status (AlertContextStatus | Unset):
        labels (StringMap | Unset):
        annotations (StringMap | Unset):
        starts_at (datetime.datetime | Unset):
        ends_at (datetime.datetime | Unset):
        generator_url (str | Unset):
    """

    alert_id: str | Unset = UNSET
    name: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    severity: str | Unset = UNSET
    namespace: str | Unset = UNSET
    resource: str | Unset = UNSET
    status: AlertContextStatus | Unset = UNSET
    labels: StringMap | Unset = UNSET
    annotations: StringMap | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    generator_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        name = self.name

        fingerprint = self.fingerprint

        severity = self.severity

        namespace = self.namespace

        resource = self.resource

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_id is not UNSET:
            field_dict["alert_id"] = alert_id
        if name is not UNSET:
            field_dict["name"] = name
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if severity is not UNSET:
            field_dict["severity"] = severity
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if resource is not UNSET:
            field_dict["resource"] = resource
        if status is not UNSET:
            field_dict["status"] = status
        if labels is not UNSET:
            field_dict["labels"] = labels
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if generator_url is not UNSET:
            field_dict["generator_url"] = generator_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.string_map import StringMap

        d = dict(src_dict)
        alert_id = d.pop("alert_id", UNSET)

        name = d.pop("name", UNSET)

        fingerprint = d.pop("fingerprint", UNSET)

        severity = d.pop("severity", UNSET)

        namespace = d.pop("namespace", UNSET)

        resource = d.pop("resource", UNSET)

        _status = d.pop("status", UNSET)
        status: AlertContextStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_alert_context_status(_status)

        _labels = d.pop("labels", UNSET)
        labels: StringMap | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = StringMap.from_dict(_labels)

        _annotations = d.pop("annotations", UNSET)
        annotations: StringMap | Unset
        if isinstance(_annotations, Unset):
            annotations = UNSET
        else:
            annotations = StringMap.from_dict(_annotations)

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

        generator_url = d.pop("generator_url", UNSET)

        alert_context = cls(
            alert_id=alert_id,
            name=name,
            fingerprint=fingerprint,
            severity=severity,
            namespace=namespace,
            resource=resource,
            status=status,
            labels=labels,
            annotations=annotations,
            starts_at=starts_at,
            ends_at=ends_at,
            generator_url=generator_url,
        )

        alert_context.additional_properties = d
        return alert_context

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
