from typing import Literal

ClassificationPriority = Literal["P1", "P2", "P3", "P4"]

CLASSIFICATION_PRIORITY_VALUES: set[ClassificationPriority] = {
    "P1",
    "P2",
    "P3",
    "P4",
}


def check_classification_priority(value: str) -> ClassificationPriority:
    if value in CLASSIFICATION_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLASSIFICATION_PRIORITY_VALUES!r}"
    )
