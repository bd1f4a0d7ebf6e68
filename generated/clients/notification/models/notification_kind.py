from typing import Literal

NotificationKind = Literal[
    "action_taken",
    "alert_received",
    "approval_needed",
    "effectiveness_result",
    "escalation",
    "out_of_scope",
    "resolved",
]

NOTIFICATION_KIND_VALUES: set[NotificationKind] = {
    "action_taken",
    "alert_received",
    "approval_needed",
    "effectiveness_result",
    "escalation",
    "out_of_scope",
    "resolved",
}


def check_notification_kind(value: str) -> NotificationKind:
    if value in NOTIFICATION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTIFICATION_KIND_VALUES!r}")
