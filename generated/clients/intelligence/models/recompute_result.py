from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recompute_status import RecomputeStatus, check_recompute_status

if TYPE_CHECKING:
    from ..models.recompute_result_patterns import RecomputeResultPatterns


T = TypeVar("T", bound="RecomputeResult")


@_attrs_define
class RecomputeResult:
    """
    Attributes:
        status (RecomputeStatus):
        incidents_examined (int):
        alerts_examined (int):
        patterns (RecomputeResultPatterns): Number of patterns stored per pattern type
        computed_at (datetime.datetime):
        duration_ms (int):
    """

    status: RecomputeStatus
    incidents_examined: int
    alerts_examined: int
    patterns: RecomputeResultPatterns
    computed_at: datetime.datetime
    duration_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        incidents_examined = self.incidents_examined

        alerts_examined = self.alerts_examined

        patterns = self.patterns.to_dict()

        computed_at = self.computed_at.isoformat()

        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "incidents_examined": incidents_examined,
                "alerts_examined": alerts_examined,
                "patterns": patterns,
                "computed_at": computed_at,
                "duration_ms": duration_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recompute_result_patterns import RecomputeResultPatterns

        d = dict(src_dict)
        status = check_recompute_status(d.pop("status"))

        incidents_examined = d.pop("incidents_examined")

        alerts_examined = d.pop("alerts_examined")

        patterns = RecomputeResultPatterns.from_dict(d.pop("patterns"))

        computed_at = datetime.datetime.fromisoformat(d.pop("computed_at"))

        duration_ms = d.pop("duration_ms")

        recompute_result = cls(
            status=status,
            incidents_examined=incidents_examined,
            alerts_examined=alerts_examined,
            patterns=patterns,
            computed_at=computed_at,
            duration_ms=duration_ms,
        )

        recompute_result.additional_properties = d
        return recompute_result

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
