from typing import Literal

AlertContextStatus = Literal["firing", "resolved"]

ALERT_CONTEXT_STATUS_VALUES: set[AlertContextStatus] = {
    "firing",
    "resolved",
}


def check_alert_context_status(value: str) -> AlertContextStatus:
    if value in ALERT_CONTEXT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALERT_CONTEXT_STATUS_VALUES!r}")
