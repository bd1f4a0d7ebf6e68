from typing import Literal

Outcome = Literal["effective", "inconclusive", "ineffective", "partially_effective"]

OUTCOME_VALUES: set[Outcome] = {
    "effective",
    "inconclusive",
    "ineffective",
    "partially_effective",
}


def check_outcome(value: str) -> Outcome:
    if value in OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTCOME_VALUES!r}")
