from typing import Literal

ExecutionStatus = Literal["failed", "running", "succeeded", "timed_out"]

EXECUTION_STATUS_VALUES: set[ExecutionStatus] = {
    "failed",
    "running",
    "succeeded",
    "timed_out",
}


def check_execution_status(value: str) -> ExecutionStatus:
    if value in EXECUTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_STATUS_VALUES!r}")
