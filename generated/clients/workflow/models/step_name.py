from typing import Literal

StepName = Literal["action", "pre_checks", "record", "verification"]

STEP_NAME_VALUES: set[StepName] = {
    "action",
    "pre_checks",
    "record",
    "verification",
}


def check_step_name(value: str) -> StepName:
    if value in STEP_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STEP_NAME_VALUES!r}")
