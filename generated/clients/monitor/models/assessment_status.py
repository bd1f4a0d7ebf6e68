from typing import Literal

AssessmentStatus = Literal["assessing", "completed", "failed", "scheduled"]

ASSESSMENT_STATUS_VALUES: set[AssessmentStatus] = {
    "assessing",
    "completed",
    "failed",
    "scheduled",
}


def check_assessment_status(value: str) -> AssessmentStatus:
    if value in ASSESSMENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSESSMENT_STATUS_VALUES!r}")
