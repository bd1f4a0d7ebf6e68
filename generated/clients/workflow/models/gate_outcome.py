from typing import Literal

GateOutcome = Literal["approval_required", "approved", "blocked", "pass", "skipped"]

GATE_OUTCOME_VALUES: set[GateOutcome] = {
    "approval_required",
    "approved",
    "blocked",
    "pass",
    "skipped",
}


def check_gate_outcome(value: str) -> GateOutcome:
    if value in GATE_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GATE_OUTCOME_VALUES!r}")
