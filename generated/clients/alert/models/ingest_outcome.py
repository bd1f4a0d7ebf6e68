from typing import Literal

IngestOutcome = Literal["accepted", "duplicate"]

INGEST_OUTCOME_VALUES: set[IngestOutcome] = {
    "accepted",
    "duplicate",
}


def check_ingest_outcome(value: str) -> IngestOutcome:
    if value in INGEST_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INGEST_OUTCOME_VALUES!r}")
