from typing import Literal

GetEffectivenessSummaryGroupBy = Literal["action", "alert", "namespace"]

GET_EFFECTIVENESS_SUMMARY_GROUP_BY_VALUES: set[GetEffectivenessSummaryGroupBy] = {
    "action",
    "alert",
    "namespace",
}


def check_get_effectiveness_summary_group_by(value: str) -> GetEffectivenessSummaryGroupBy:
    if value in GET_EFFECTIVENESS_SUMMARY_GROUP_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EFFECTIVENESS_SUMMARY_GROUP_BY_VALUES!r}"
    )
