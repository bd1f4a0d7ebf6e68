from typing import Literal

LifecycleState = Literal[
    "action_requested", "analysed", "executed", "failed", "out_of_scope", "received", "resolved"
]

LIFECYCLE_STATE_VALUES: set[LifecycleState] = {
    "action_requested",
    "analysed",
    "executed",
    "failed",
    "out_of_scope",
    "received",
    "resolved",
}


def check_lifecycle_state(value: str) -> LifecycleState:
    if value in LIFECYCLE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIFECYCLE_STATE_VALUES!r}")
