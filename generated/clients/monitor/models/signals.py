from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.signal import Signal


T = TypeVar("T", bound="Signals")


@_attrs_define
class Signals:
    """
    Attributes:
        health (Signal): One scoring signal. `weight` is the effective weight after redistribution (0 when unavailable).
        alert (Signal): One scoring signal. `weight` is the effective weight after redistribution (0 when unavailable).
        metrics (Signal): One scoring signal. `weight` is the effective weight after redistribution (0 when
            unavailable).
    """

    health: Signal
    alert: Signal
    metrics: Signal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        health = self.health.to_dict()

        alert = self.alert.to_dict()

        metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "health": health,
                "alert": alert,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal import Signal

        d = dict(src_dict)
        health = Signal.from_dict(d.pop("health"))

        alert = Signal.from_dict(d.pop("alert"))

        metrics = Signal.from_dict(d.pop("metrics"))

        signals = cls(
            health=health,
            alert=alert,
            metrics=metrics,
        )

        signals.additional_properties = d
        return signals

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
