from typing import Literal

AlertEventSource = Literal["alertmanager", "api"]

ALERT_EVENT_SOURCE_VALUES: set[AlertEventSource] = {
    "alertmanager",
    "api",
}


def check_alert_event_source(value: str) -> AlertEventSource:
    if value in ALERT_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALERT_EVENT_SOURCE_VALUES!r}")
