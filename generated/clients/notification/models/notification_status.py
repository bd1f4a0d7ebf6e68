from typing import Literal

NotificationStatus = Literal[
    "delivered", "failed", "no_channels", "partial", "pending", "suppressed"
]

NOTIFICATION_STATUS_VALUES: set[NotificationStatus] = {
    "delivered",
    "failed",
    "no_channels",
    "partial",
    "pending",
    "suppressed",
}


def check_notification_status(value: str) -> NotificationStatus:
    if value in NOTIFICATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTIFICATION_STATUS_VALUES!r}")
