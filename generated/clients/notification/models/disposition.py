from typing import Literal

Disposition = Literal["dispatched", "grouped", "summarised", "summary"]

DISPOSITION_VALUES: set[Disposition] = {
    "dispatched",
    "grouped",
    "summarised",
    "summary",
}


def check_disposition(value: str) -> Disposition:
    if value in DISPOSITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DISPOSITION_VALUES!r}")
