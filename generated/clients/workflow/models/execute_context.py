from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteContext")


@_attrs_define
class ExecuteContext:
    """
    Attributes:
        request_id (str):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        action_id (str): Idempotency key of the action decision. Example: action-4d2c8f.
        alert_id (str | Unset):
        timestamp (datetime.datetime | Unset):
    """

    request_id: str
    action_id: str
    alert_id: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        action_id = self.action_id

        alert_id = self.alert_id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "action_id": action_id,
            }
        )
        if alert_id is not UNSET:
            field_dict["alert_id"] = alert_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        action_id = d.pop("action_id")

        alert_id = d.pop("alert_id", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        execute_context = cls(
            request_id=request_id,
            action_id=action_id,
            alert_id=alert_id,
            timestamp=timestamp,
        )

        execute_context.additional_properties = d
        return execute_context

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
