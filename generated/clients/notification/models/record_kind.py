from typing import Literal

RecordKind = Literal[
    "action_taken",
    "alert_received",
    "approval_needed",
    "effectiveness_result",
    "escalation",
    "out_of_scope",
    "resolved",
    "storm_summary",
]

RECORD_KIND_VALUES: set[RecordKind] = {
    "action_taken",
    "alert_received",
    "approval_needed",
    "effectiveness_result",
    "escalation",
    "out_of_scope",
    "resolved",
    "storm_summary",
}


def check_record_kind(value: str) -> RecordKind:
    if value in RECORD_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_KIND_VALUES!r}")
