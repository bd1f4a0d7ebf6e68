from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hop_name import HopName, check_hop_name
from ..models.hop_outcome import HopOutcome, check_hop_outcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="HopResult")


@_attrs_define
class HopResult:
    """
    Attributes:
        hop (HopName): `analyze` (ai analyze-alert), `execute` (workflow execute-action),
            `store` (storage store-action), `notify` (notification notify),
            `record` (storage alert record and lifecycle), `observe` (monitor
            observe-alert-event: a resolved alert that was acted on closes the
            effectiveness loop).
        outcome (HopOutcome):
        at (datetime.datetime):
        detail (str | Unset):
        status_code (int | Unset):
    """

    hop: HopName
    outcome: HopOutcome
    at: datetime.datetime
    detail: str | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hop: str = self.hop

        outcome: str = self.outcome

        at = self.at.isoformat()

        detail = self.detail

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hop": hop,
                "outcome": outcome,
                "at": at,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hop = check_hop_name(d.pop("hop"))

        outcome = check_hop_outcome(d.pop("outcome"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        detail = d.pop("detail", UNSET)

        status_code = d.pop("status_code", UNSET)

        hop_result = cls(
            hop=hop,
            outcome=outcome,
            at=at,
            detail=detail,
            status_code=status_code,
        )

        hop_result.additional_properties = d
        return hop_result

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
