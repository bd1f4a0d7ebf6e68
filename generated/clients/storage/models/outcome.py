from typing import Literal

Outcome = Literal["failure", "inconclusive", "partial", "pending", "success"]

OUTCOME_VALUES: set[Outcome] = {
    "failure",
    "inconclusive",
    "partial",
    "pending",
    "success",
}


def check_outcome(value: str) -> Outcome:
    if value in OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTCOME_VALUES!r}")
