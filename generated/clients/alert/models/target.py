from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Target")


@_attrs_define
class Target:
    """The Kubernetes object the alert is about, and how it was found.

    Attributes:
        kind (str):
        name (str):
        source (str): Label or rule the target came from (`label:deployment`, `label:workload`, ...).
        confidence (float):
        namespace (str | Unset):
        container (str | Unset):
    """

    kind: str
    name: str
    source: str
    confidence: float
    namespace: str | Unset = UNSET
    container: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        name = self.name

        source = self.source

        confidence = self.confidence

        namespace = self.namespace

        container = self.container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "source": source,
                "confidence": confidence,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if container is not UNSET:
            field_dict["container"] = container

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        name = d.pop("name")

        source = d.pop("source")

        confidence = d.pop("confidence")

        namespace = d.pop("namespace", UNSET)

        container = d.pop("container", UNSET)

        target = cls(
            kind=kind,
            name=name,
            source=source,
            confidence=confidence,
            namespace=namespace,
            container=container,
        )

        target.additional_properties = d
        return target

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
