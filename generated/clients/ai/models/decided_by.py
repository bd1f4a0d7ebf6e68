from typing import Literal

DecidedBy = Literal["cache", "fallback", "llm", "rules"]

DECIDED_BY_VALUES: set[DecidedBy] = {
    "cache",
    "fallback",
    "llm",
    "rules",
}


def check_decided_by(value: str) -> DecidedBy:
    if value in DECIDED_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DECIDED_BY_VALUES!r}")
