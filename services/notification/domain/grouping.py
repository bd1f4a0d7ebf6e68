"""Grouping of repeated notifications about the same alert and kind.

The first notification of a group is sent; repeats within the window after it are folded
into it (recorded, counted, not sent). Once the window has passed, the next one is sent
again and opens a new group, so a long-lasting problem is re-announced at most once per
window, like Alertmanager's `repeat_interval`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .model import Message


@dataclass(frozen=True)
class GroupLeader:
    notification_id: str
    created_at: datetime


def group_key(message: Message) -> str | None:
    """`alert:<identity>:<kind>[:<status>]`, or None when the notification names no alert.

    The action's (or workflow's) status is part of the key: "restart requested" and
    "restart succeeded" for one alert are two facts, not a repeat of one.
    """
    alert = message.alert
    fingerprint = str(alert.get("fingerprint") or "")
    if fingerprint:
        identity = fingerprint
    else:
        parts = [message.alert_name, message.namespace, str(alert.get("resource") or "")]
        if not parts[0]:
            return None
        identity = "/".join(parts)
    status = str(message.action.get("status") or message.workflow.get("status") or "")
    return f"alert:{identity}:{message.kind}" + (f":{status}" if status else "")


def grouped_into(leader: GroupLeader | None, now: datetime, window: timedelta) -> str | None:
    """The notification to fold into, or None when this one must be sent."""
    if leader is None or window <= timedelta(0):
        return None
    if now - leader.created_at < window:
        return leader.notification_id
    return None
