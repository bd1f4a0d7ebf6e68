from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoutingStatus")


@_attrs_define
class RoutingStatus:
    """
    Attributes:
        source (str): Path of the routing file, or embedded-default.
        channels (list[str]):
        route_count (int):
        reloads (int):
        loaded_at (datetime.datetime | Unset):
        reloaded (bool | Unset): Answer of reloadRouting: whether this reload took effect.
        last_error (str | Unset): Why the last reload failed (the previous configuration stays in force).
    """

    source: str
    channels: list[str]
    route_count: int
    reloads: int
    loaded_at: datetime.datetime | Unset = UNSET
    reloaded: bool | Unset = UNSET
    last_error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        channels = self.channels

        route_count = self.route_count

        reloads = self.reloads

        loaded_at: str | Unset = UNSET
        if not isinstance(self.loaded_at, Unset):
            loaded_at = self.loaded_at.isoformat()

        reloaded = self.reloaded

        last_error = self.last_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "channels": channels,
                "route_count": route_count,
                "reloads": reloads,
            }
        )
        if loaded_at is not UNSET:
            field_dict["loaded_at"] = loaded_at
        if reloaded is not UNSET:
            field_dict["reloaded"] = reloaded
        if last_error is not UNSET:
            field_dict["last_error"] = last_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        channels = cast(list[str], d.pop("channels"))

        route_count = d.pop("route_count")

        reloads = d.pop("reloads")

        _loaded_at = d.pop("loaded_at", UNSET)
        loaded_at: datetime.datetime | Unset
        if isinstance(_loaded_at, Unset):
            loaded_at = UNSET
        else:
            loaded_at = datetime.datetime.fromisoformat(_loaded_at)

        reloaded = d.pop("reloaded", UNSET)

        last_error = d.pop("last_error", UNSET)

        routing_status = cls(
            source=source,
            channels=channels,
            route_count=route_count,
            reloads=reloads,
            loaded_at=loaded_at,
            reloaded=reloaded,
            last_error=last_error,
        )

        routing_status.additional_properties = d
        return routing_status

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
