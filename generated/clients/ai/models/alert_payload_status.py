from typing import Literal

AlertPayloadStatus = Literal["firing", "resolved"]

ALERT_PAYLOAD_STATUS_VALUES: set[AlertPayloadStatus] = {
    "firing",
    "resolved",
}


def check_alert_payload_status(value: str) -> AlertPayloadStatus:
    if value in ALERT_PAYLOAD_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALERT_PAYLOAD_STATUS_VALUES!r}")
