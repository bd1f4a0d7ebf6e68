from typing import Literal

ExecutionStatus = Literal["cancelled", "executing", "failed", "pending", "rolled_back", "succeeded"]

EXECUTION_STATUS_VALUES: set[ExecutionStatus] = {
    "cancelled",
    "executing",
    "failed",
    "pending",
    "rolled_back",
    "succeeded",
}


def check_execution_status(value: str) -> ExecutionStatus:
    if value in EXECUTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_STATUS_VALUES!r}")
