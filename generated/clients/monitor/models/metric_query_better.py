from typing import Literal

MetricQueryBetter = Literal["higher", "lower"]

METRIC_QUERY_BETTER_VALUES: set[MetricQueryBetter] = {
    "higher",
    "lower",
}


def check_metric_query_better(value: str) -> MetricQueryBetter:
    if value in METRIC_QUERY_BETTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_QUERY_BETTER_VALUES!r}")
