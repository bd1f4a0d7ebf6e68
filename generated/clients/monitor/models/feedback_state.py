from typing import Literal

FeedbackState = Literal["delivered", "failed", "not_needed", "pending"]

FEEDBACK_STATE_VALUES: set[FeedbackState] = {
    "delivered",
    "failed",
    "not_needed",
    "pending",
}


def check_feedback_state(value: str) -> FeedbackState:
    if value in FEEDBACK_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEEDBACK_STATE_VALUES!r}")
