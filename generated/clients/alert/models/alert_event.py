from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_event_source import AlertEventSource, check_alert_event_source
from ..models.alert_status import AlertStatus, check_alert_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coalesced_info import CoalescedInfo
    from ..models.label_set import LabelSet


T = TypeVar("T", bound="AlertEvent")


@_attrs_define
class AlertEvent:
    """
    Attributes:
        event_id (str): Dedup key from the gateway (fingerprint + startsAt + status).
        fingerprint (str):
        status (AlertStatus):
        labels (LabelSet):
        starts_at (datetime.datetime | Unset):
        ends_at (datetime.datetime | Unset):
        annotations (LabelSet | Unset):
        generator_url (str | Unset):
        group_key (str | Unset):
        receiver (str | Unset):
        external_url (str | Unset):
        source (AlertEventSource | Unset):
        in_scope (bool | Unset):  Default: True.
        scope_reason (str | Unset):
        received_at (datetime.datetime | Unset):
        coalesced (CoalescedInfo | Unset): Present when the event is a storm summary standing for several alerts of one
            group.
        request_id (str | Unset): X-Request-ID of the intake request that accepted the event; the flow's hops carry it.
        trace_id (str | Unset): X-Trace-ID of that intake request.
    """

    event_id: str
    fingerprint: str
    status: AlertStatus
    labels: LabelSet
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    annotations: LabelSet | Unset = UNSET
    generator_url: str | Unset = UNSET
    group_key: str | Unset = UNSET
    receiver: str | Unset = UNSET
    external_url: str | Unset = UNSET
    source: AlertEventSource | Unset = UNSET
    in_scope: bool | Unset = True
    scope_reason: str | Unset = UNSET
    received_at: datetime.datetime | Unset = UNSET
    coalesced: CoalescedInfo | Unset = UNSET
    request_id: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        fingerprint = self.fingerprint

        status: str = self.status

        labels = self.labels.to_dict()

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        generator_url = self.generator_url

        group_key = self.group_key

        receiver = self.receiver

        external_url = self.external_url

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        in_scope = self.in_scope

        scope_reason = self.scope_reason

        received_at: str | Unset = UNSET
        if not isinstance(self.received_at, Unset):
            received_at = self.received_at.isoformat()

        coalesced: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coalesced, Unset):
            coalesced = self.coalesced.to_dict()

        request_id = self.request_id

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "fingerprint": fingerprint,
                "status": status,
                "labels": labels,
            }
        )
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if generator_url is not UNSET:
            field_dict["generator_url"] = generator_url
        if group_key is not UNSET:
            field_dict["group_key"] = group_key
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if external_url is not UNSET:
            field_dict["external_url"] = external_url
        if source is not UNSET:
            field_dict["source"] = source
        if in_scope is not UNSET:
            field_dict["in_scope"] = in_scope
        if scope_reason is not UNSET:
            field_dict["scope_reason"] = scope_reason
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if coalesced is not UNSET:
            field_dict["coalesced"] = coalesced
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coalesced_info import CoalescedInfo
        from ..models.label_set import LabelSet

        d = dict(src_dict)
        event_id = d.pop("event_id")

        fingerprint = d.pop("fingerprint")

        status = check_alert_status(d.pop("status"))

        labels = LabelSet.from_dict(d.pop("labels"))

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _ends_at = d.pop("ends_at", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        _annotations = d.pop("annotations", UNSET)
        annotations: LabelSet | Unset
        if isinstance(_annotations, Unset):
            annotations = UNSET
        else:
            annotations = LabelSet.from_dict(_annotations)

        generator_url = d.pop("generator_url", UNSET)

        group_key = d.pop("group_key", UNSET)

        receiver = d.pop("receiver", UNSET)

        external_url = d.pop("external_url", UNSET)

        _source = d.pop("source", UNSET)
        source: AlertEventSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_alert_event_source(_source)

        in_scope = d.pop("in_scope", UNSET)

        scope_reason = d.pop("scope_reason", UNSET)

        _received_at = d.pop("received_at", UNSET)
        received_at: datetime.datetime | Unset
        if isinstance(_received_at, Unset):
            received_at = UNSET
        else:
            received_at = datetime.datetime.fromisoformat(_received_at)

        _coalesced = d.pop("coalesced", UNSET)
        coalesced: CoalescedInfo | Unset
        if isinstance(_coalesced, Unset):
            coalesced = UNSET
        else:
            coalesced = CoalescedInfo.from_dict(_coalesced)

        request_id = d.pop("request_id", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        alert_event = cls(
            event_id=event_id,
            fingerprint=fingerprint,
            status=status,
            labels=labels,
            starts_at=starts_at,
            ends_at=ends_at,
            annotations=annotations,
            generator_url=generator_url,
            group_key=group_key,
            receiver=receiver,
            external_url=external_url,
            source=source,
            in_scope=in_scope,
            scope_reason=scope_reason,
            received_at=received_at,
            coalesced=coalesced,
            request_id=request_id,
            trace_id=trace_id,
        )

        alert_event.additional_properties = d
        return alert_event

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
