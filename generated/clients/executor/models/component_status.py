from typing import Literal

ComponentStatus = Literal["degraded", "disabled", "healthy", "unavailable", "unhealthy", "unknown"]

COMPONENT_STATUS_VALUES: set[ComponentStatus] = {
    "degraded",
    "disabled",
    "healthy",
    "unavailable",
    "unhealthy",
    "unknown",
}


def check_component_status(value: str) -> ComponentStatus:
    if value in COMPONENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPONENT_STATUS_VALUES!r}")
