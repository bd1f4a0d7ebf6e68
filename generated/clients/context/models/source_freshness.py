from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SourceFreshness")


@_attrs_define
class SourceFreshness:
    """
    Attributes:
        part (str):
        source (str):
        fetched_at (datetime.datetime):
        age_seconds (float):
        cached (bool):
    """

    part: str
    source: str
    fetched_at: datetime.datetime
    age_seconds: float
    cached: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        part = self.part

        source = self.source

        fetched_at = self.fetched_at.isoformat()

        age_seconds = self.age_seconds

        cached = self.cached

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "part": part,
                "source": source,
                "fetched_at": fetched_at,
                "age_seconds": age_seconds,
                "cached": cached,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        part = d.pop("part")

        source = d.pop("source")

        fetched_at = datetime.datetime.fromisoformat(d.pop("fetched_at"))

        age_seconds = d.pop("age_seconds")

        cached = d.pop("cached")

        source_freshness = cls(
            part=part,
            source=source,
            fetched_at=fetched_at,
            age_seconds=age_seconds,
            cached=cached,
        )

        source_freshness.additional_properties = d
        return source_freshness

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
