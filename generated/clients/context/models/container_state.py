from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_state_state import ContainerStateState, check_container_state_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerState")


@_attrs_define
class ContainerState:
    """
    Attributes:
        name (str):
        ready (bool):
        restart_count (int):
        state (ContainerStateState):
        reason (str | Unset):
        last_termination_reason (str | Unset):
        image (str | Unset):
    """

    name: str
    ready: bool
    restart_count: int
    state: ContainerStateState
    reason: str | Unset = UNSET
    last_termination_reason: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ready = self.ready

        restart_count = self.restart_count

        state: str = self.state

        reason = self.reason

        last_termination_reason = self.last_termination_reason

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "ready": ready,
                "restart_count": restart_count,
                "state": state,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if last_termination_reason is not UNSET:
            field_dict["last_termination_reason"] = last_termination_reason
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        ready = d.pop("ready")

        restart_count = d.pop("restart_count")

        state = check_container_state_state(d.pop("state"))

        reason = d.pop("reason", UNSET)

        last_termination_reason = d.pop("last_termination_reason", UNSET)

        image = d.pop("image", UNSET)

        container_state = cls(
            name=name,
            ready=ready,
            restart_count=restart_count,
            state=state,
            reason=reason,
            last_termination_reason=last_termination_reason,
            image=image,
        )

        container_state.additional_properties = d
        return container_state

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
