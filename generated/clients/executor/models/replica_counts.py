from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplicaCounts")


@_attrs_define
class ReplicaCounts:
    """
    Attributes:
        desired (int | Unset):
        ready (int | Unset):
        available (int | Unset):
        updated (int | Unset):
    """

    desired: int | Unset = UNSET
    ready: int | Unset = UNSET
    available: int | Unset = UNSET
    updated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        desired = self.desired

        ready = self.ready

        available = self.available

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if desired is not UNSET:
            field_dict["desired"] = desired
        if ready is not UNSET:
            field_dict["ready"] = ready
        if available is not UNSET:
            field_dict["available"] = available
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        desired = d.pop("desired", UNSET)

        ready = d.pop("ready", UNSET)

        available = d.pop("available", UNSET)

        updated = d.pop("updated", UNSET)

        replica_counts = cls(
            desired=desired,
            ready=ready,
            available=available,
            updated=updated,
        )

        replica_counts.additional_properties = d
        return replica_counts

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
