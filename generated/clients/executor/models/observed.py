from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_report import ConditionReport
    from ..models.observed_after import ObservedAfter
    from ..models.observed_before import ObservedBefore


T = TypeVar("T", bound="Observed")


@_attrs_define
class Observed:
    """
    Attributes:
        before (ObservedBefore | Unset): Relevant state of the target before the action.
        after (ObservedAfter | Unset): Relevant state after the action (and the wait).
        condition (ConditionReport | Unset):
    """

    before: ObservedBefore | Unset = UNSET
    after: ObservedAfter | Unset = UNSET
    condition: ConditionReport | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        before: dict[str, Any] | Unset = UNSET
        if not isinstance(self.before, Unset):
            before = self.before.to_dict()

        after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.after, Unset):
            after = self.after.to_dict()

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_report import ConditionReport
        from ..models.observed_after import ObservedAfter
        from ..models.observed_before import ObservedBefore

        d = dict(src_dict)
        _before = d.pop("before", UNSET)
        before: ObservedBefore | Unset
        if isinstance(_before, Unset):
            before = UNSET
        else:
            before = ObservedBefore.from_dict(_before)

        _after = d.pop("after", UNSET)
        after: ObservedAfter | Unset
        if isinstance(_after, Unset):
            after = UNSET
        else:
            after = ObservedAfter.from_dict(_after)

        _condition = d.pop("condition", UNSET)
        condition: ConditionReport | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = ConditionReport.from_dict(_condition)

        observed = cls(
            before=before,
            after=after,
            condition=condition,
        )

        observed.additional_properties = d
        return observed

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
