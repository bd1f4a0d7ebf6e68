from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.effectiveness_summary_group_by import (
    EffectivenessSummaryGroupBy,
    check_effectiveness_summary_group_by,
)

if TYPE_CHECKING:
    from ..models.effectiveness_group import EffectivenessGroup


T = TypeVar("T", bound="EffectivenessSummary")


@_attrs_define
class EffectivenessSummary:
    """
    Attributes:
        group_by (EffectivenessSummaryGroupBy):
        total (int):
        groups (list[EffectivenessGroup]):
    """

    group_by: EffectivenessSummaryGroupBy
    total: int
    groups: list[EffectivenessGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_by: str = self.group_by

        total = self.total

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_by": group_by,
                "total": total,
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.effectiveness_group import EffectivenessGroup

        d = dict(src_dict)
        group_by = check_effectiveness_summary_group_by(d.pop("group_by"))

        total = d.pop("total")

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = EffectivenessGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        effectiveness_summary = cls(
            group_by=group_by,
            total=total,
            groups=groups,
        )

        effectiveness_summary.additional_properties = d
        return effectiveness_summary

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
