from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="K8SEvent")


@_attrs_define
class K8SEvent:
    """
    Attributes:
        reason (str):
        type_ (str | Unset): Normal or Warning
        message (str | Unset):
        count (int | Unset):
        object_kind (str | Unset):
        object_name (str | Unset):
        first_seen (datetime.datetime | Unset):
        last_seen (datetime.datetime | Unset):
    """

    reason: str
    type_: str | Unset = UNSET
    message: str | Unset = UNSET
    count: int | Unset = UNSET
    object_kind: str | Unset = UNSET
    object_name: str | Unset = UNSET
    first_seen: datetime.datetime | Unset = UNSET
    last_seen: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        type_ = self.type_

        message = self.message

        count = self.count

        object_kind = self.object_kind

        object_name = self.object_name

        first_seen: str | Unset = UNSET
        if not isinstance(self.first_seen, Unset):
            first_seen = self.first_seen.isoformat()

        last_seen: str | Unset = UNSET
        if not isinstance(self.last_seen, Unset):
            last_seen = self.last_seen.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message
        if count is not UNSET:
            field_dict["count"] = count
        if object_kind is not UNSET:
            field_dict["object_kind"] = object_kind
        if object_name is not UNSET:
            field_dict["object_name"] = object_name
        if first_seen is not UNSET:
            field_dict["first_seen"] = first_seen
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        type_ = d.pop("type", UNSET)

        message = d.pop("message", UNSET)

        count = d.pop("count", UNSET)

        object_kind = d.pop("object_kind", UNSET)

        object_name = d.pop("object_name", UNSET)

        _first_seen = d.pop("first_seen", UNSET)
        first_seen: datetime.datetime | Unset
        if isinstance(_first_seen, Unset):
            first_seen = UNSET
        else:
            first_seen = datetime.datetime.fromisoformat(_first_seen)

        _last_seen = d.pop("last_seen", UNSET)
        last_seen: datetime.datetime | Unset
        if isinstance(_last_seen, Unset):
            last_seen = UNSET
        else:
            last_seen = datetime.datetime.fromisoformat(_last_seen)

        k8s_event = cls(
            reason=reason,
            type_=type_,
            message=message,
            count=count,
            object_kind=object_kind,
            object_name=object_name,
            first_seen=first_seen,
            last_seen=last_seen,
        )

        k8s_event.additional_properties = d
        return k8s_event

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
