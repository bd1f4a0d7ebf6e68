from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_receipt import EventReceipt


T = TypeVar("T", bound="IntakeReceipt")


@_attrs_define
class IntakeReceipt:
    """
    Attributes:
        received (int): Alerts in the request.
        accepted (int): New alert events stored in the intake queue.
        duplicates (int):
        out_of_scope (int):
        coalesced (int):
        events (list[EventReceipt]): Per-alert receipts, in request order (at most the first 1000; the counts cover the
            whole batch).
    """

    received: int
    accepted: int
    duplicates: int
    out_of_scope: int
    coalesced: int
    events: list[EventReceipt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        received = self.received

        accepted = self.accepted

        duplicates = self.duplicates

        out_of_scope = self.out_of_scope

        coalesced = self.coalesced

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "received": received,
                "accepted": accepted,
                "duplicates": duplicates,
                "out_of_scope": out_of_scope,
                "coalesced": coalesced,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_receipt import EventReceipt

        d = dict(src_dict)
        received = d.pop("received")

        accepted = d.pop("accepted")

        duplicates = d.pop("duplicates")

        out_of_scope = d.pop("out_of_scope")

        coalesced = d.pop("coalesced")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = EventReceipt.from_dict(events_item_data)

            events.append(events_item)

        intake_receipt = cls(
            received=received,
            accepted=accepted,
            duplicates=duplicates,
            out_of_scope=out_of_scope,
            coalesced=coalesced,
            events=events,
        )

        intake_receipt.additional_properties = d
        return intake_receipt

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
