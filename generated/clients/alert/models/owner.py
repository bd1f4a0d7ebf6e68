from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Owner")


@_attrs_define
class Owner:
    """The controller owning the target when only a pod (or replicaset/job) is known.

    Attributes:
        kind (str):
        name (str):
        confidence (float):
        method (str): How it was derived (`label:created_by_kind`, `pod-template-hash`, `pod-name-hash-suffix`,
            `statefulset-ordinal`, ...).
    """

    kind: str
    name: str
    confidence: float
    method: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        name = self.name

        confidence = self.confidence

        method = self.method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "confidence": confidence,
                "method": method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        name = d.pop("name")

        confidence = d.pop("confidence")

        method = d.pop("method")

        owner = cls(
            kind=kind,
            name=name,
            confidence=confidence,
            method=method,
        )

        owner.additional_properties = d
        return owner

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
