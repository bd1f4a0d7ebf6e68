from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signal_observations import SignalObservations


T = TypeVar("T", bound="Signal")


@_attrs_define
class Signal:
    """One scoring signal. `weight` is the effective weight after redistribution (0 when unavailable).

    Attributes:
        available (bool):
        weight (float):
        score (float | Unset):
        summary (str | Unset):
        observations (SignalObservations | Unset): Raw observations behind the score (replicas, restarts, before/after
            values...).
    """

    available: bool
    weight: float
    score: float | Unset = UNSET
    summary: str | Unset = UNSET
    observations: SignalObservations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        weight = self.weight

        score = self.score

        summary = self.summary

        observations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.observations, Unset):
            observations = self.observations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
                "weight": weight,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if summary is not UNSET:
            field_dict["summary"] = summary
        if observations is not UNSET:
            field_dict["observations"] = observations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_observations import SignalObservations

        d = dict(src_dict)
        available = d.pop("available")

        weight = d.pop("weight")

        score = d.pop("score", UNSET)

        summary = d.pop("summary", UNSET)

        _observations = d.pop("observations", UNSET)
        observations: SignalObservations | Unset
        if isinstance(_observations, Unset):
            observations = UNSET
        else:
            observations = SignalObservations.from_dict(_observations)

        signal = cls(
            available=available,
            weight=weight,
            score=score,
            summary=summary,
            observations=observations,
        )

        signal.additional_properties = d
        return signal

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
