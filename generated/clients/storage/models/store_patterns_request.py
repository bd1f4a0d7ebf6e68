from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pattern_type import PatternType, check_pattern_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pattern_input import PatternInput


T = TypeVar("T", bound="StorePatternsRequest")


@_attrs_define
class StorePatternsRequest:
    """
    Attributes:
        patterns (list[PatternInput]):
        replace_types (list[PatternType] | Unset):
        computed_at (datetime.datetime | Unset):
    """

    patterns: list[PatternInput]
    replace_types: list[PatternType] | Unset = UNSET
    computed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patterns = []
        for patterns_item_data in self.patterns:
            patterns_item = patterns_item_data.to_dict()
            patterns.append(patterns_item)

        replace_types: list[str] | Unset = UNSET
        if not isinstance(self.replace_types, Unset):
            replace_types = []
            for replace_types_item_data in self.replace_types:
                replace_types_item: str = replace_types_item_data
                replace_types.append(replace_types_item)

        computed_at: str | Unset = UNSET
        if not isinstance(self.computed_at, Unset):
            computed_at = self.computed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patterns": patterns,
            }
        )
        if replace_types is not UNSET:
            field_dict["replace_types"] = replace_types
        if computed_at is not UNSET:
            field_dict["computed_at"] = computed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pattern_input import PatternInput

        d = dict(src_dict)
        patterns = []
        _patterns = d.pop("patterns")
        for patterns_item_data in _patterns:
            patterns_item = PatternInput.from_dict(patterns_item_data)

            patterns.append(patterns_item)

        _replace_types = d.pop("replace_types", UNSET)
        replace_types: list[PatternType] | Unset = UNSET
        if _replace_types is not UNSET:
            replace_types = []
            for replace_types_item_data in _replace_types:
                replace_types_item = check_pattern_type(replace_types_item_data)

                replace_types.append(replace_types_item)

        _computed_at = d.pop("computed_at", UNSET)
        computed_at: datetime.datetime | Unset
        if isinstance(_computed_at, Unset):
            computed_at = UNSET
        else:
            computed_at = datetime.datetime.fromisoformat(_computed_at)

        store_patterns_request = cls(
            patterns=patterns,
            replace_types=replace_types,
            computed_at=computed_at,
        )

        store_patterns_request.additional_properties = d
        return store_patterns_request

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
