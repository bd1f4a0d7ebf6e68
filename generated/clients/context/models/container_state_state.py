from typing import Literal

ContainerStateState = Literal["running", "terminated", "unknown", "waiting"]

CONTAINER_STATE_STATE_VALUES: set[ContainerStateState] = {
    "running",
    "terminated",
    "unknown",
    "waiting",
}


def check_container_state_state(value: str) -> ContainerStateState:
    if value in CONTAINER_STATE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTAINER_STATE_STATE_VALUES!r}")
