from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disposition import Disposition, check_disposition
from ..models.notification_status import NotificationStatus, check_notification_status
from ..models.record_kind import RecordKind, check_record_kind
from ..models.severity import Severity, check_severity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_delivery import ChannelDelivery
    from ..models.notification_context import NotificationContext


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """
    Attributes:
        notification_id (str): Caller-chosen idempotency key (e.g. `wf-42-approval`). Example: wf-42-approval.
        kind (RecordKind): A notification kind, or `storm_summary` for summaries made by the service.
        severity (Severity):
        subject (str):
        body (str):
        context (NotificationContext): Structured context used by templates, routing, grouping and channel payloads.
        disposition (Disposition): `dispatched`: routed to channels; `grouped`: a repeat for the same alert and kind
            within the grouping window, folded into `grouped_into`; `summarised`: part of a storm,
            folded into the summary `summary_id`; `summary`: a storm summary made by the service.
        status (NotificationStatus): Overall delivery status: `pending` while any channel is still being tried (or a
            storm summary is still collecting), `delivered` when every channel succeeded,
            `partial` when some failed, `failed` when all failed, `suppressed` for grouped and
            summarised notifications (sent as part of another one), `no_channels` when no
            channel was routed.
        group_count (int): For a sent notification, how many notifications its group holds (itself included).
        routes (list[str]): Names of the matched routes, root first.
        deliveries (list[ChannelDelivery]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        requested_channels (list[str] | Unset):
        group_key (str | Unset): alert:<fingerprint or name/namespace/resource>:<kind>
        grouped_into (str | Unset): For grouped notifications, the notification that was sent.
        summary_id (str | Unset): For summarised notifications, the storm summary they belong to.
        summarised_count (int | Unset): For a storm summary, how many notifications it summarises.
    """

    notification_id: str
    kind: RecordKind
    severity: Severity
    subject: str
    body: str
    context: NotificationContext
    disposition: Disposition
    status: NotificationStatus
    group_count: int
    routes: list[str]
    deliveries: list[ChannelDelivery]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    requested_channels: list[str] | Unset = UNSET
    group_key: str | Unset = UNSET
    grouped_into: str | Unset = UNSET
    summary_id: str | Unset = UNSET
    summarised_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_id = self.notification_id

        kind: str = self.kind

        severity: str = self.severity

        subject = self.subject

        body = self.body

        context = self.context.to_dict()

        disposition: str = self.disposition

        status: str = self.status

        group_count = self.group_count

        routes = self.routes

        deliveries = []
        for deliveries_item_data in self.deliveries:
            deliveries_item = deliveries_item_data.to_dict()
            deliveries.append(deliveries_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        requested_channels: list[str] | Unset = UNSET
        if not isinstance(self.requested_channels, Unset):
            requested_channels = self.requested_channels

        group_key = self.group_key

        grouped_into = self.grouped_into

        summary_id = self.summary_id

        summarised_count = self.summarised_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notification_id": notification_id,
                "kind": kind,
                "severity": severity,
                "subject": subject,
                "body": body,
                "context": context,
                "disposition": disposition,
                "status": status,
                "group_count": group_count,
                "routes": routes,
                "deliveries": deliveries,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if requested_channels is not UNSET:
            field_dict["requested_channels"] = requested_channels
        if group_key is not UNSET:
            field_dict["group_key"] = group_key
        if grouped_into is not UNSET:
            field_dict["grouped_into"] = grouped_into
        if summary_id is not UNSET:
            field_dict["summary_id"] = summary_id
        if summarised_count is not UNSET:
            field_dict["summarised_count"] = summarised_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_delivery import ChannelDelivery
        from ..models.notification_context import NotificationContext

        d = dict(src_dict)
        notification_id = d.pop("notification_id")

        kind = check_record_kind(d.pop("kind"))

        severity = check_severity(d.pop("severity"))

        subject = d.pop("subject")

        body = d.pop("body")

        context = NotificationContext.from_dict(d.pop("context"))

        disposition = check_disposition(d.pop("disposition"))

        status = check_notification_status(d.pop("status"))

        group_count = d.pop("group_count")

        routes = cast(list[str], d.pop("routes"))

        deliveries = []
        _deliveries = d.pop("deliveries")
        for deliveries_item_data in _deliveries:
            deliveries_item = ChannelDelivery.from_dict(deliveries_item_data)

            deliveries.append(deliveries_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        requested_channels = cast(list[str], d.pop("requested_channels", UNSET))

        group_key = d.pop("group_key", UNSET)

        grouped_into = d.pop("grouped_into", UNSET)

        summary_id = d.pop("summary_id", UNSET)

        summarised_count = d.pop("summarised_count", UNSET)

        notification = cls(
            notification_id=notification_id,
            kind=kind,
            severity=severity,
            subject=subject,
            body=body,
            context=context,
            disposition=disposition,
            status=status,
            group_count=group_count,
            routes=routes,
            deliveries=deliveries,
            created_at=created_at,
            updated_at=updated_at,
            requested_channels=requested_channels,
            group_key=group_key,
            grouped_into=grouped_into,
            summary_id=summary_id,
            summarised_count=summarised_count,
        )

        notification.additional_properties = d
        return notification

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
