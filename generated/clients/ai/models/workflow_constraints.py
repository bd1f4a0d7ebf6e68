from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level import RiskLevel, check_risk_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowConstraints")


@_attrs_define
class WorkflowConstraints:
    """
    Attributes:
        max_risk (RiskLevel | Unset):
        allow_mutating (bool | Unset):  Default: True.
        max_steps (int | Unset):  Default: 10.
    """

    max_risk: RiskLevel | Unset = UNSET
    allow_mutating: bool | Unset = True
    max_steps: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_risk: str | Unset = UNSET
        if not isinstance(self.max_risk, Unset):
            max_risk = self.max_risk

        allow_mutating = self.allow_mutating

        max_steps = self.max_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_risk is not UNSET:
            field_dict["max_risk"] = max_risk
        if allow_mutating is not UNSET:
            field_dict["allow_mutating"] = allow_mutating
        if max_steps is not UNSET:
            field_dict["max_steps"] = max_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _max_risk = d.pop("max_risk", UNSET)
        max_risk: RiskLevel | Unset
        if isinstance(_max_risk, Unset):
            max_risk = UNSET
        else:
            max_risk = check_risk_level(_max_risk)

        allow_mutating = d.pop("allow_mutating", UNSET)

        max_steps = d.pop("max_steps", UNSET)

        workflow_constraints = cls(
            max_risk=max_risk,
            allow_mutating=allow_mutating,
            max_steps=max_steps,
        )

        workflow_constraints.additional_properties = d
        return workflow_constraints

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
