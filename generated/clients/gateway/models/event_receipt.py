from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_status import AlertStatus, check_alert_status
from ..models.intake_outcome import IntakeOutcome, check_intake_outcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventReceipt")


@_attrs_define
class EventReceipt:
    """
    Attributes:
        event_id (str): The dedup key of this alert event (fingerprint + startsAt + status).
        fingerprint (str):
        status (AlertStatus):
        outcome (IntakeOutcome): What the intake did with one alert: `queued` (new, will be forwarded
            individually), `coalesced` (new, folded into a storm summary event of
            its group), `duplicate` (already seen: no new work).
        in_scope (bool):
        scope_reason (str | Unset):
        coalesced_into (str | Unset): Event id of the storm summary this alert was folded into.
    """

    event_id: str
    fingerprint: str
    status: AlertStatus
    outcome: IntakeOutcome
    in_scope: bool
    scope_reason: str | Unset = UNSET
    coalesced_into: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        fingerprint = self.fingerprint

        status: str = self.status

        outcome: str = self.outcome

        in_scope = self.in_scope

        scope_reason = self.scope_reason

        coalesced_into = self.coalesced_into

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "fingerprint": fingerprint,
                "status": status,
                "outcome": outcome,
                "in_scope": in_scope,
            }
        )
        if scope_reason is not UNSET:
            field_dict["scope_reason"] = scope_reason
        if coalesced_into is not UNSET:
            field_dict["coalesced_into"] = coalesced_into

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        fingerprint = d.pop("fingerprint")

        status = check_alert_status(d.pop("status"))

        outcome = check_intake_outcome(d.pop("outcome"))

        in_scope = d.pop("in_scope")

        scope_reason = d.pop("scope_reason", UNSET)

        coalesced_into = d.pop("coalesced_into", UNSET)

        event_receipt = cls(
            event_id=event_id,
            fingerprint=fingerprint,
            status=status,
            outcome=outcome,
            in_scope=in_scope,
            scope_reason=scope_reason,
            coalesced_into=coalesced_into,
        )

        event_receipt.additional_properties = d
        return event_receipt

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
