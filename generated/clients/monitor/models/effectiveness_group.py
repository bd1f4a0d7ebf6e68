from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EffectivenessGroup")


@_attrs_define
class EffectivenessGroup:
    """
    Attributes:
        key (str):
        total (int):
        effective (int):
        partially_effective (int):
        ineffective (int):
        inconclusive (int):
        mean_score (float):
        success_rate (float | Unset): (effective + 0.5 * partially_effective) / conclusive assessments; omitted when
            none is conclusive.
    """

    key: str
    total: int
    effective: int
    partially_effective: int
    ineffective: int
    inconclusive: int
    mean_score: float
    success_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        total = self.total

        effective = self.effective

        partially_effective = self.partially_effective

        ineffective = self.ineffective

        inconclusive = self.inconclusive

        mean_score = self.mean_score

        success_rate = self.success_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "total": total,
                "effective": effective,
                "partially_effective": partially_effective,
                "ineffective": ineffective,
                "inconclusive": inconclusive,
                "mean_score": mean_score,
            }
        )
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        total = d.pop("total")

        effective = d.pop("effective")

        partially_effective = d.pop("partially_effective")

        ineffective = d.pop("ineffective")

        inconclusive = d.pop("inconclusive")

        mean_score = d.pop("mean_score")

        success_rate = d.pop("success_rate", UNSET)

        effectiveness_group = cls(
            key=key,
            total=total,
            effective=effective,
            partially_effective=partially_effective,
            ineffective=ineffective,
            inconclusive=inconclusive,
            mean_score=mean_score,
            success_rate=success_rate,
        )

        effectiveness_group.additional_properties = d
        return effectiveness_group

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
