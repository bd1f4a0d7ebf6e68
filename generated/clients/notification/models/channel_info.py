from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_info_circuit_state import (
    ChannelInfoCircuitState,
    check_channel_info_circuit_state,
)
from ..models.channel_type import ChannelType, check_channel_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelInfo")


@_attrs_define
class ChannelInfo:
    """
    Attributes:
        name (str):
        type_ (ChannelType):
        circuit_state (ChannelInfoCircuitState):
        delivered (int):
        failed (int):
        target (str | Unset): Host or address only; never a secret.
        last_error (str | Unset):
    """

    name: str
    type_: ChannelType
    circuit_state: ChannelInfoCircuitState
    delivered: int
    failed: int
    target: str | Unset = UNSET
    last_error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        circuit_state: str = self.circuit_state

        delivered = self.delivered

        failed = self.failed

        target = self.target

        last_error = self.last_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "circuit_state": circuit_state,
                "delivered": delivered,
                "failed": failed,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target
        if last_error is not UNSET:
            field_dict["last_error"] = last_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_channel_type(d.pop("type"))

        circuit_state = check_channel_info_circuit_state(d.pop("circuit_state"))

        delivered = d.pop("delivered")

        failed = d.pop("failed")

        target = d.pop("target", UNSET)

        last_error = d.pop("last_error", UNSET)

        channel_info = cls(
            name=name,
            type_=type_,
            circuit_state=circuit_state,
            delivered=delivered,
            failed=failed,
            target=target,
            last_error=last_error,
        )

        channel_info.additional_properties = d
        return channel_info

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
