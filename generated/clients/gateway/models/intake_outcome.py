from typing import Literal

IntakeOutcome = Literal["coalesced", "duplicate", "queued"]

INTAKE_OUTCOME_VALUES: set[IntakeOutcome] = {
    "coalesced",
    "duplicate",
    "queued",
}


def check_intake_outcome(value: str) -> IntakeOutcome:
    if value in INTAKE_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTAKE_OUTCOME_VALUES!r}")
