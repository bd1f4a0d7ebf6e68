from typing import Literal

AlertEventStatus = Literal["firing", "resolved"]

ALERT_EVENT_STATUS_VALUES: set[AlertEventStatus] = {
    "firing",
    "resolved",
}


def check_alert_event_status(value: str) -> AlertEventStatus:
    if value in ALERT_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALERT_EVENT_STATUS_VALUES!r}")
