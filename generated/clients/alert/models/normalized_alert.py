from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.severity import Severity, check_severity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_set import LabelSet


T = TypeVar("T", bound="NormalizedAlert")


@_attrs_define
class NormalizedAlert:
    """The seed's alert shape (§3.1.2) plus the target's kind.

    Attributes:
        name (str):
        severity (Severity):
        labels (LabelSet):
        annotations (LabelSet):
        namespace (str | Unset):
        resource (str | Unset):
        kind (str | Unset): Kubernetes kind of `resource` (Pod, Deployment, Node, ...).
    """

    name: str
    severity: Severity
    labels: LabelSet
    annotations: LabelSet
    namespace: str | Unset = UNSET
    resource: str | Unset = UNSET
    kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        severity: str = self.severity

        labels = self.labels.to_dict()

        annotations = self.annotations.to_dict()

        namespace = self.namespace

        resource = self.resource

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "severity": severity,
                "labels": labels,
                "annotations": annotations,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if resource is not UNSET:
            field_dict["resource"] = resource
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_set import LabelSet

        d = dict(src_dict)
        name = d.pop("name")

        severity = check_severity(d.pop("severity"))

        labels = LabelSet.from_dict(d.pop("labels"))

        annotations = LabelSet.from_dict(d.pop("annotations"))

        namespace = d.pop("namespace", UNSET)

        resource = d.pop("resource", UNSET)

        kind = d.pop("kind", UNSET)

        normalized_alert = cls(
            name=name,
            severity=severity,
            labels=labels,
            annotations=annotations,
            namespace=namespace,
            resource=resource,
            kind=kind,
        )

        normalized_alert.additional_properties = d
        return normalized_alert

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
