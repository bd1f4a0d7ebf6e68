from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnhancementOptions")


@_attrs_define
class EnhancementOptions:
    """
    Attributes:
        include_patterns (bool | Unset):  Default: True.
        include_history (bool | Unset):  Default: True.
        max_depth (int | Unset): How many levels of nested raw_context to keep, and how many history items per level
            (x10). Default: 3.
    """

    include_patterns: bool | Unset = True
    include_history: bool | Unset = True
    max_depth: int | Unset = 3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_patterns = self.include_patterns

        include_history = self.include_history

        max_depth = self.max_depth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_patterns is not UNSET:
            field_dict["include_patterns"] = include_patterns
        if include_history is not UNSET:
            field_dict["include_history"] = include_history
        if max_depth is not UNSET:
            field_dict["max_depth"] = max_depth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_patterns = d.pop("include_patterns", UNSET)

        include_history = d.pop("include_history", UNSET)

        max_depth = d.pop("max_depth", UNSET)

        enhancement_options = cls(
            include_patterns=include_patterns,
            include_history=include_history,
            max_depth=max_depth,
        )

        enhancement_options.additional_properties = d
        return enhancement_options

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
