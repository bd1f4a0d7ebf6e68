from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_state import ContainerState


T = TypeVar("T", bound="PodState")


@_attrs_define
class PodState:
    """
    Attributes:
        name (str):
        ready (bool):
        restarts (int):
        containers (list[ContainerState]):
        phase (str | Unset):
        node (str | Unset):
    """

    name: str
    ready: bool
    restarts: int
    containers: list[ContainerState]
    phase: str | Unset = UNSET
    node: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ready = self.ready

        restarts = self.restarts

        containers = []
        for containers_item_data in self.containers:
            containers_item = containers_item_data.to_dict()
            containers.append(containers_item)

        phase = self.phase

        node = self.node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "ready": ready,
                "restarts": restarts,
                "containers": containers,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase
        if node is not UNSET:
            field_dict["node"] = node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_state import ContainerState

        d = dict(src_dict)
        name = d.pop("name")

        ready = d.pop("ready")

        restarts = d.pop("restarts")

        containers = []
        _containers = d.pop("containers")
        for containers_item_data in _containers:
            containers_item = ContainerState.from_dict(containers_item_data)

            containers.append(containers_item)

        phase = d.pop("phase", UNSET)

        node = d.pop("node", UNSET)

        pod_state = cls(
            name=name,
            ready=ready,
            restarts=restarts,
            containers=containers,
            phase=phase,
            node=node,
        )

        pod_state.additional_properties = d
        return pod_state

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
