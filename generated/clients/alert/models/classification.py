from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classification_priority import ClassificationPriority, check_classification_priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="Classification")


@_attrs_define
class Classification:
    """
    Attributes:
        environment (str):  Example: production.
        priority (ClassificationPriority):
        matched_rule (str | Unset): Name of the rule that decided (or `default`).
    """

    environment: str
    priority: ClassificationPriority
    matched_rule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment = self.environment

        priority: str = self.priority

        matched_rule = self.matched_rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment": environment,
                "priority": priority,
            }
        )
        if matched_rule is not UNSET:
            field_dict["matched_rule"] = matched_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment = d.pop("environment")

        priority = check_classification_priority(d.pop("priority"))

        matched_rule = d.pop("matched_rule", UNSET)

        classification = cls(
            environment=environment,
            priority=priority,
            matched_rule=matched_rule,
        )

        classification.additional_properties = d
        return classification

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
