from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoalescedInfo")


@_attrs_define
class CoalescedInfo:
    """Present when the event is a storm summary standing for several alerts of one group.

    Attributes:
        count (int):
        fingerprints (list[str] | Unset):
        first_at (datetime.datetime | Unset):
        last_at (datetime.datetime | Unset):
    """

    count: int
    fingerprints: list[str] | Unset = UNSET
    first_at: datetime.datetime | Unset = UNSET
    last_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        fingerprints: list[str] | Unset = UNSET
        if not isinstance(self.fingerprints, Unset):
            fingerprints = self.fingerprints

        first_at: str | Unset = UNSET
        if not isinstance(self.first_at, Unset):
            first_at = self.first_at.isoformat()

        last_at: str | Unset = UNSET
        if not isinstance(self.last_at, Unset):
            last_at = self.last_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if fingerprints is not UNSET:
            field_dict["fingerprints"] = fingerprints
        if first_at is not UNSET:
            field_dict["first_at"] = first_at
        if last_at is not UNSET:
            field_dict["last_at"] = last_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        fingerprints = cast(list[str], d.pop("fingerprints", UNSET))

        _first_at = d.pop("first_at", UNSET)
        first_at: datetime.datetime | Unset
        if isinstance(_first_at, Unset):
            first_at = UNSET
        else:
            first_at = datetime.datetime.fromisoformat(_first_at)

        _last_at = d.pop("last_at", UNSET)
        last_at: datetime.datetime | Unset
        if isinstance(_last_at, Unset):
            last_at = UNSET
        else:
            last_at = datetime.datetime.fromisoformat(_last_at)

        coalesced_info = cls(
            count=count,
            fingerprints=fingerprints,
            first_at=first_at,
            last_at=last_at,
        )

        coalesced_info.additional_properties = d
        return coalesced_info

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
