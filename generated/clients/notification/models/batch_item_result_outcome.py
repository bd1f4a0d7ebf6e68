from typing import Literal

BatchItemResultOutcome = Literal["accepted", "conflict", "duplicate", "rejected"]

BATCH_ITEM_RESULT_OUTCOME_VALUES: set[BatchItemResultOutcome] = {
    "accepted",
    "conflict",
    "duplicate",
    "rejected",
}


def check_batch_item_result_outcome(value: str) -> BatchItemResultOutcome:
    if value in BATCH_ITEM_RESULT_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BATCH_ITEM_RESULT_OUTCOME_VALUES!r}"
    )
