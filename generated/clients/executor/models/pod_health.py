from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PodHealth")


@_attrs_define
class PodHealth:
    """
    Attributes:
        name (str):
        ready (bool):
        restarts (int):
        oom_killed (bool):
        crash_looping (bool):
        phase (str | Unset):
        node (str | Unset):
    """

    name: str
    ready: bool
    restarts: int
    oom_killed: bool
    crash_looping: bool
    phase: str | Unset = UNSET
    node: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ready = self.ready

        restarts = self.restarts

        oom_killed = self.oom_killed

        crash_looping = self.crash_looping

        phase = self.phase

        node = self.node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "ready": ready,
                "restarts": restarts,
                "oom_killed": oom_killed,
                "crash_looping": crash_looping,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase
        if node is not UNSET:
            field_dict["node"] = node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        ready = d.pop("ready")

        restarts = d.pop("restarts")

        oom_killed = d.pop("oom_killed")

        crash_looping = d.pop("crash_looping")

        phase = d.pop("phase", UNSET)

        node = d.pop("node", UNSET)

        pod_health = cls(
            name=name,
            ready=ready,
            restarts=restarts,
            oom_killed=oom_killed,
            crash_looping=crash_looping,
            phase=phase,
            node=node,
        )

        pod_health.additional_properties = d
        return pod_health

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
