from typing import Literal

HopOutcome = Literal["failed", "ok", "skipped"]

HOP_OUTCOME_VALUES: set[HopOutcome] = {
    "failed",
    "ok",
    "skipped",
}


def check_hop_outcome(value: str) -> HopOutcome:
    if value in HOP_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HOP_OUTCOME_VALUES!r}")
