from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType, check_channel_type
from ..models.delivery_status import DeliveryStatus, check_delivery_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelDelivery")


@_attrs_define
class ChannelDelivery:
    """
    Attributes:
        channel (str):
        channel_type (ChannelType):
        status (DeliveryStatus):
        attempts (int):
        last_error (str | Unset): Last failure reason, with secrets redacted.
        external_ref (str | Unset): Reference from the channel (Slack ts, PagerDuty dedup_key, SMTP message id).
        delivered_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    channel: str
    channel_type: ChannelType
    status: DeliveryStatus
    attempts: int
    last_error: str | Unset = UNSET
    external_ref: str | Unset = UNSET
    delivered_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        channel_type: str = self.channel_type

        status: str = self.status

        attempts = self.attempts

        last_error = self.last_error

        external_ref = self.external_ref

        delivered_at: str | Unset = UNSET
        if not isinstance(self.delivered_at, Unset):
            delivered_at = self.delivered_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "channel_type": channel_type,
                "status": status,
                "attempts": attempts,
            }
        )
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel")

        channel_type = check_channel_type(d.pop("channel_type"))

        status = check_delivery_status(d.pop("status"))

        attempts = d.pop("attempts")

        last_error = d.pop("last_error", UNSET)

        external_ref = d.pop("external_ref", UNSET)

        _delivered_at = d.pop("delivered_at", UNSET)
        delivered_at: datetime.datetime | Unset
        if isinstance(_delivered_at, Unset):
            delivered_at = UNSET
        else:
            delivered_at = datetime.datetime.fromisoformat(_delivered_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        channel_delivery = cls(
            channel=channel,
            channel_type=channel_type,
            status=status,
            attempts=attempts,
            last_error=last_error,
            external_ref=external_ref,
            delivered_at=delivered_at,
            updated_at=updated_at,
        )

        channel_delivery.additional_properties = d
        return channel_delivery

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
