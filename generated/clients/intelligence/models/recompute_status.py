from typing import Literal

RecomputeStatus = Literal["completed", "skipped"]

RECOMPUTE_STATUS_VALUES: set[RecomputeStatus] = {
    "completed",
    "skipped",
}


def check_recompute_status(value: str) -> RecomputeStatus:
    if value in RECOMPUTE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECOMPUTE_STATUS_VALUES!r}")
