from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_payload_status import AlertPayloadStatus, check_alert_payload_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.string_map import StringMap


T = TypeVar("T", bound="AlertPayload")


@_attrs_define
class AlertPayload:
    """The alert in the seed's §3.1.2 shape, plus optional identity fields.

    Attributes:
        name (str):  Example: HighMemoryUsage.
        severity (str | Unset): critical | warning | info | none (other values are treated as warning). Example:
            critical.
        namespace (str | Unset):  Example: default.
        resource (str | Unset): Name of the affected object (pod, deployment, node, pvc, ...). Example: webapp-
            deployment.
        kind (str | Unset): Kubernetes kind of `resource` when known (Deployment, Pod, Node...).
        labels (StringMap | Unset):
        annotations (StringMap | Unset):
        fingerprint (str | Unset): Alertmanager fingerprint; part of the cache identity.
        status (AlertPayloadStatus | Unset):
        starts_at (datetime.datetime | Unset):
    """

    name: str
    severity: str | Unset = UNSET
    namespace: str | Unset = UNSET
    resource: str | Unset = UNSET
    kind: str | Unset = UNSET
    labels: StringMap | Unset = UNSET
    annotations: StringMap | Unset = UNSET
    fingerprint: str | Unset = UNSET
    status: AlertPayloadStatus | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        severity = self.severity

        namespace = self.namespace

        resource = self.resource

        kind = self.kind

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        fingerprint = self.fingerprint

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

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
        if kind is not UNSET:
            field_dict["kind"] = kind
        if labels is not UNSET:
            field_dict["labels"] = labels
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if status is not UNSET:
            field_dict["status"] = status
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.string_map import StringMap

        d = dict(src_dict)
        name = d.pop("name")

        severity = d.pop("severity", UNSET)

        namespace = d.pop("namespace", UNSET)

        resource = d.pop("resource", UNSET)

        kind = d.pop("kind", UNSET)

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

        fingerprint = d.pop("fingerprint", UNSET)

        _status = d.pop("status", UNSET)
        status: AlertPayloadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_alert_payload_status(_status)

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        alert_payload = cls(
            name=name,
            severity=severity,
            namespace=namespace,
            resource=resource,
            kind=kind,
            labels=labels,
            annotations=annotations,
            fingerprint=fingerprint,
            status=status,
            starts_at=starts_at,
        )

        alert_payload.additional_properties = d
        return alert_payload

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
