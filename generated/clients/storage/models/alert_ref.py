from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.labels import Labels


T = TypeVar("T", bound="AlertRef")


@_attrs_define
class AlertRef:
    """The alert as the seed §3.1.2 writes it (name, severity, namespace, resource,
    labels, annotations), plus optional identity fields that link it to a stored
    alert record.

        Attributes:
            name (str):
            severity (str | Unset):
            namespace (str | Unset):
            resource (str | Unset):
            kind (str | Unset): Kind of the target resource (Deployment, Pod, Node, ...)
            fingerprint (str | Unset):
            alert_id (str | Unset):  Example: action-0b7c1c7e.
            labels (Labels | Unset): Free-form string map (Prometheus labels or annotations).
            annotations (Labels | Unset): Free-form string map (Prometheus labels or annotations).
    """

    name: str
    severity: str | Unset = UNSET
    namespace: str | Unset = UNSET
    resource: str | Unset = UNSET
    kind: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    alert_id: str | Unset = UNSET
    labels: Labels | Unset = UNSET
    annotations: Labels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        severity = self.severity

        namespace = self.namespace

        resource = self.resource

        kind = self.kind

        fingerprint = self.fingerprint

        alert_id = self.alert_id

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

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
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if alert_id is not UNSET:
            field_dict["alert_id"] = alert_id
        if labels is not UNSET:
            field_dict["labels"] = labels
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labels import Labels

        d = dict(src_dict)
        name = d.pop("name")

        severity = d.pop("severity", UNSET)

        namespace = d.pop("namespace", UNSET)

        resource = d.pop("resource", UNSET)

        kind = d.pop("kind", UNSET)

        fingerprint = d.pop("fingerprint", UNSET)

        alert_id = d.pop("alert_id", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: Labels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = Labels.from_dict(_labels)

        _annotations = d.pop("annotations", UNSET)
        annotations: Labels | Unset
        if isinstance(_annotations, Unset):
            annotations = UNSET
        else:
            annotations = Labels.from_dict(_annotations)

        alert_ref = cls(
            name=name,
            severity=severity,
            namespace=namespace,
            resource=resource,
            kind=kind,
            fingerprint=fingerprint,
            alert_id=alert_id,
            labels=labels,
            annotations=annotations,
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
