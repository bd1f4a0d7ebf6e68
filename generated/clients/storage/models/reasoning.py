from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Reasoning")


@_attrs_define
class Reasoning:
    """The seed §3.1.2 reasoning block.

    Attributes:
        summary (str | Unset):
        primary_reason (str | Unset):
        historical_context (str | Unset):
        oscillation_risk (str | Unset):
    """

    summary: str | Unset = UNSET
    primary_reason: str | Unset = UNSET
    historical_context: str | Unset = UNSET
    oscillation_risk: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary

        primary_reason = self.primary_reason

        historical_context = self.historical_context

        oscillation_risk = self.oscillation_risk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary
        if primary_reason is not UNSET:
            field_dict["primary_reason"] = primary_reason
        if historical_context is not UNSET:
            field_dict["historical_context"] = historical_context
        if oscillation_risk is not UNSET:
            field_dict["oscillation_risk"] = oscillation_risk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        summary = d.pop("summary", UNSET)

        primary_reason = d.pop("primary_reason", UNSET)

        historical_context = d.pop("historical_context", UNSET)

        oscillation_risk = d.pop("oscillation_risk", UNSET)

        reasoning = cls(
            summary=summary,
            primary_reason=primary_reason,
            historical_context=historical_context,
            oscillation_risk=oscillation_risk,
        )

        reasoning.additional_properties = d
        return reasoning

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
