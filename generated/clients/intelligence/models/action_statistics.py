from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionStatistics")


@_attrs_define
class ActionStatistics:
    """
    Attributes:
        alert_name (str):
        resource_kind (str): Kind of the target; "unknown" when it could not be determined
        action (str):
        total (int):
        successes (int):
        partial (int):
        failures (int):
        inconclusive (int):
        pending (int):
        historical_context (str):
        success_rate (float | Unset): Omitted while no outcome is decided
        mean_time_to_resolution_seconds (float | Unset):
        last_seen (datetime.datetime | Unset):
    """

    alert_name: str
    resource_kind: str
    action: str
    total: int
    successes: int
    partial: int
    failures: int
    inconclusive: int
    pending: int
    historical_context: str
    success_rate: float | Unset = UNSET
    mean_time_to_resolution_seconds: float | Unset = UNSET
    last_seen: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_name = self.alert_name

        resource_kind = self.resource_kind

        action = self.action

        total = self.total

        successes = self.successes

        partial = self.partial

        failures = self.failures

        inconclusive = self.inconclusive

        pending = self.pending

        historical_context = self.historical_context

        success_rate = self.success_rate

        mean_time_to_resolution_seconds = self.mean_time_to_resolution_seconds

        last_seen: str | Unset = UNSET
        if not isinstance(self.last_seen, Unset):
            last_seen = self.last_seen.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert_name": alert_name,
                "resource_kind": resource_kind,
                "action": action,
                "total": total,
                "successes": successes,
                "partial": partial,
                "failures": failures,
                "inconclusive": inconclusive,
                "pending": pending,
                "historical_context": historical_context,
            }
        )
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate
        if mean_time_to_resolution_seconds is not UNSET:
            field_dict["mean_time_to_resolution_seconds"] = mean_time_to_resolution_seconds
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_name = d.pop("alert_name")

        resource_kind = d.pop("resource_kind")

        action = d.pop("action")

        total = d.pop("total")

        successes = d.pop("successes")

        partial = d.pop("partial")

        failures = d.pop("failures")

        inconclusive = d.pop("inconclusive")

        pending = d.pop("pending")

        historical_context = d.pop("historical_context")

        success_rate = d.pop("success_rate", UNSET)

        mean_time_to_resolution_seconds = d.pop("mean_time_to_resolution_seconds", UNSET)

        _last_seen = d.pop("last_seen", UNSET)
        last_seen: datetime.datetime | Unset
        if isinstance(_last_seen, Unset):
            last_seen = UNSET
        else:
            last_seen = datetime.datetime.fromisoformat(_last_seen)

        action_statistics = cls(
            alert_name=alert_name,
            resource_kind=resource_kind,
            action=action,
            total=total,
            successes=successes,
            partial=partial,
            failures=failures,
            inconclusive=inconclusive,
            pending=pending,
            historical_context=historical_context,
            success_rate=success_rate,
            mean_time_to_resolution_seconds=mean_time_to_resolution_seconds,
            last_seen=last_seen,
        )

        action_statistics.additional_properties = d
        return action_statistics

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
