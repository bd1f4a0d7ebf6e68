from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_kind import NotificationKind, check_notification_kind
from ..models.severity import Severity, check_severity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_context import NotificationContext


T = TypeVar("T", bound="NotificationRequest")


@_attrs_define
class NotificationRequest:
    """
    Attributes:
        notification_id (str): Caller-chosen idempotency key (e.g. `wf-42-approval`). Example: wf-42-approval.
        kind (NotificationKind): What happened; selects templates and can be matched by routes.
        severity (Severity):
        subject (str):
        body (str | Unset):  Default: ''.
        context (NotificationContext | Unset): Structured context used by templates, routing, grouping and channel
            payloads.
        channels (list[str] | Unset): Explicit channel names; when present, routing is skipped.
    """

    notification_id: str
    kind: NotificationKind
    severity: Severity
    subject: str
    body: str | Unset = ""
    context: NotificationContext | Unset = UNSET
    channels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_id = self.notification_id

        kind: str = self.kind

        severity: str = self.severity

        subject = self.subject

        body = self.body

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        channels: list[str] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notification_id": notification_id,
                "kind": kind,
                "severity": severity,
                "subject": subject,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if context is not UNSET:
            field_dict["context"] = context
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_context import NotificationContext

        d = dict(src_dict)
        notification_id = d.pop("notification_id")

        kind = check_notification_kind(d.pop("kind"))

        severity = check_severity(d.pop("severity"))

        subject = d.pop("subject")

        body = d.pop("body", UNSET)

        _context = d.pop("context", UNSET)
        context: NotificationContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = NotificationContext.from_dict(_context)

        channels = cast(list[str], d.pop("channels", UNSET))

        notification_request = cls(
            notification_id=notification_id,
            kind=kind,
            severity=severity,
            subject=subject,
            body=body,
            context=context,
            channels=channels,
        )

        notification_request.additional_properties = d
        return notification_request

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
