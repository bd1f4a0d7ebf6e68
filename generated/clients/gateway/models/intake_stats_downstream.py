from typing import Literal

IntakeStatsDownstream = Literal["healthy", "unavailable", "unknown"]

INTAKE_STATS_DOWNSTREAM_VALUES: set[IntakeStatsDownstream] = {
    "healthy",
    "unavailable",
    "unknown",
}


def check_intake_stats_downstream(value: str) -> IntakeStatsDownstream:
    if value in INTAKE_STATS_DOWNSTREAM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTAKE_STATS_DOWNSTREAM_VALUES!r}"
    )
