"""What is recorded about a notification and its deliveries, and the overall status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from .model import ChannelType, Message

Disposition = Literal["dispatched", "grouped", "summarised", "summary"]
Status = Literal["pending", "delivered", "partial", "failed", "suppressed", "no_channels"]
DeliveryStatus = Literal["pending", "delivering", "delivered", "failed"]


@dataclass
class DeliveryRecord:
    channel: str
    channel_type: ChannelType
    status: DeliveryStatus = "pending"
    attempts: int = 0
    last_error: str | None = None
    external_ref: str | None = None
    delivered_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class NotificationRecord:
    notification_id: str
    kind: str
    severity: str
    subject: str
    body: str
    context: dict[str, Any]
    requested_channels: list[str] | None
    digest: str
    disposition: Disposition
    status: Status
    created_at: datetime
    updated_at: datetime
    group_key: str | None = None
    grouped_into: str | None = None
    group_count: int = 1
    summary_id: str | None = None
    summarised_count: int = 0
    routes: list[str] = field(default_factory=list)
    # Channels the routing chose; for summarised notifications the summary is sent there.
    planned_channels: list[str] = field(default_factory=list)
    deliveries: list[DeliveryRecord] = field(default_factory=list)

    def message(self) -> Message:
        return Message(
            notification_id=self.notification_id,
            kind=self.kind,  # type: ignore[arg-type]
            severity=self.severity,  # type: ignore[arg-type]
            subject=self.subject,
            body=self.body,
            context=self.context,
            channels=tuple(self.requested_channels) if self.requested_channels else None,
        )


def overall_status(disposition: Disposition, deliveries: Sequence[DeliveryRecord]) -> Status:
    if disposition in ("grouped", "summarised"):
        return "suppressed"
    if not deliveries:
        return "pending" if disposition == "summary" else "no_channels"
    states = [d.status for d in deliveries]
    if any(s in ("pending", "delivering") for s in states):
        return "pending"
    delivered = states.count("delivered")
    if delivered == len(states):
        return "delivered"
    return "partial" if delivered else "failed"
