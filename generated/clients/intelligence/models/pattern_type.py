from typing import Literal

PatternType = Literal[
    "action_effectiveness",
    "cross_namespace_cluster",
    "follow_up_alert",
    "recurring_incident",
    "seasonality",
]

PATTERN_TYPE_VALUES: set[PatternType] = {
    "action_effectiveness",
    "cross_namespace_cluster",
    "follow_up_alert",
    "recurring_incident",
    "seasonality",
}


def check_pattern_type(value: str) -> PatternType:
    if value in PATTERN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATTERN_TYPE_VALUES!r}")
