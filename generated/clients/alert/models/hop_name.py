from typing import Literal

HopName = Literal["analyze", "execute", "notify", "observe", "record", "store"]

HOP_NAME_VALUES: set[HopName] = {
    "analyze",
    "execute",
    "notify",
    "observe",
    "record",
    "store",
}


def check_hop_name(value: str) -> HopName:
    if value in HOP_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HOP_NAME_VALUES!r}")
