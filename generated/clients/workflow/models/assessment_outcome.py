from typing import Literal

AssessmentOutcome = Literal[
    "effective", "inconclusive", "ineffective", "partially_effective", "worsened"
]

ASSESSMENT_OUTCOME_VALUES: set[AssessmentOutcome] = {
    "effective",
    "inconclusive",
    "ineffective",
    "partially_effective",
    "worsened",
}


def check_assessment_outcome(value: str) -> AssessmentOutcome:
    if value in ASSESSMENT_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSESSMENT_OUTCOME_VALUES!r}")
