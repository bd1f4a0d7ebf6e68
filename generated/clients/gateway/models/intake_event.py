from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_status import AlertStatus, check_alert_status
from ..models.delivery_state import DeliveryState, check_delivery_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntakeEvent")


@_attrs_define
class IntakeEvent:
    """
    Attributes:
        event_id (str):
        fingerprint (str):
        status (AlertStatus):
        alertname (str):
        state (DeliveryState): `pending` (waiting to be forwarded, or retrying), `forwarded`
            (alert-service accepted it), `coalesced` (folded into a storm summary
            event, which is forwarded instead), `collecting` (a storm summary still
            gathering members until its window closes).
        in_scope (bool):
        attempts (int):
        received_at (datetime.datetime):
        namespace (str | Unset):
        severity (str | Unset):
        group_key (str | Unset):
        scope_reason (str | Unset):
        last_error (str | Unset):
        coalesced_into (str | Unset):
        coalesced_count (int | Unset): For a storm summary, how many alerts it stands for.
        forwarded_at (datetime.datetime | Unset):
    """

    event_id: str
    fingerprint: str
    status: AlertStatus
    alertname: str
    state: DeliveryState
    in_scope: bool
    attempts: int
    received_at: datetime.datetime
    namespace: str | Unset = UNSET
    severity: str | Unset = UNSET
    group_key: str | Unset = UNSET
    scope_reason: str | Unset = UNSET
    last_error: str | Unset = UNSET
    coalesced_into: str | Unset = UNSET
    coalesced_count: int | Unset = UNSET
    forwarded_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        fingerprint = self.fingerprint

        status: str = self.status

        alertname = self.alertname

        state: str = self.state

        in_scope = self.in_scope

        attempts = self.attempts

        received_at = self.received_at.isoformat()

        namespace = self.namespace

        severity = self.severity

        group_key = self.group_key

        scope_reason = self.scope_reason

        last_error = self.last_error

        coalesced_into = self.coalesced_into

        coalesced_count = self.coalesced_count

        forwarded_at: str | Unset = UNSET
        if not isinstance(self.forwarded_at, Unset):
            forwarded_at = self.forwarded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "fingerprint": fingerprint,
                "status": status,
                "alertname": alertname,
                "state": state,
                "in_scope": in_scope,
                "attempts": attempts,
                "received_at": received_at,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if severity is not UNSET:
            field_dict["severity"] = severity
        if group_key is not UNSET:
            field_dict["group_key"] = group_key
        if scope_reason is not UNSET:
            field_dict["scope_reason"] = scope_reason
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if coalesced_into is not UNSET:
            field_dict["coalesced_into"] = coalesced_into
        if coalesced_count is not UNSET:
            field_dict["coalesced_count"] = coalesced_count
        if forwarded_at is not UNSET:
            field_dict["forwarded_at"] = forwarded_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        fingerprint = d.pop("fingerprint")

        status = check_alert_status(d.pop("status"))

        alertname = d.pop("alertname")

        state = check_delivery_state(d.pop("state"))

        in_scope = d.pop("in_scope")

        attempts = d.pop("attempts")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        namespace = d.pop("namespace", UNSET)

        severity = d.pop("severity", UNSET)

        group_key = d.pop("group_key", UNSET)

        scope_reason = d.pop("scope_reason", UNSET)

        last_error = d.pop("last_error", UNSET)

        coalesced_into = d.pop("coalesced_into", UNSET)

        coalesced_count = d.pop("coalesced_count", UNSET)

        _forwarded_at = d.pop("forwarded_at", UNSET)
        forwarded_at: datetime.datetime | Unset
        if isinstance(_forwarded_at, Unset):
            forwarded_at = UNSET
        else:
            forwarded_at = datetime.datetime.fromisoformat(_forwarded_at)

        intake_event = cls(
            event_id=event_id,
            fingerprint=fingerprint,
            status=status,
            alertname=alertname,
            state=state,
            in_scope=in_scope,
            attempts=attempts,
            received_at=received_at,
            namespace=namespace,
            severity=severity,
            group_key=group_key,
            scope_reason=scope_reason,
            last_error=last_error,
            coalesced_into=coalesced_into,
            coalesced_count=coalesced_count,
            forwarded_at=forwarded_at,
        )

        intake_event.additional_properties = d
        return intake_event

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
