from typing import Literal

EffectivenessSummaryGroupBy = Literal["action", "alert", "namespace"]

EFFECTIVENESS_SUMMARY_GROUP_BY_VALUES: set[EffectivenessSummaryGroupBy] = {
    "action",
    "alert",
    "namespace",
}


def check_effectiveness_summary_group_by(value: str) -> EffectivenessSummaryGroupBy:
    if value in EFFECTIVENESS_SUMMARY_GROUP_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EFFECTIVENESS_SUMMARY_GROUP_BY_VALUES!r}"
    )
