from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionReport")


@_attrs_define
class ConditionReport:
    """
    Attributes:
        description (str):  Example: deployment default/webapp has 5 updated, ready and available replicas.
        reached (bool):
        waited_seconds (float | Unset):  Example: 2.5.
        timeout_seconds (int | Unset):
        last_seen (str | Unset): The last observation when the condition was (not yet) reached.
    """

    description: str
    reached: bool
    waited_seconds: float | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    last_seen: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        reached = self.reached

        waited_seconds = self.waited_seconds

        timeout_seconds = self.timeout_seconds

        last_seen = self.last_seen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "reached": reached,
            }
        )
        if waited_seconds is not UNSET:
            field_dict["waited_seconds"] = waited_seconds
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        reached = d.pop("reached")

        waited_seconds = d.pop("waited_seconds", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        last_seen = d.pop("last_seen", UNSET)

        condition_report = cls(
            description=description,
            reached=reached,
            waited_seconds=waited_seconds,
            timeout_seconds=timeout_seconds,
            last_seen=last_seen,
        )

        condition_report.additional_properties = d
        return condition_report

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
