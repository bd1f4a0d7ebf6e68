from typing import Literal

ChannelInfoCircuitState = Literal["closed", "half_open", "open"]

CHANNEL_INFO_CIRCUIT_STATE_VALUES: set[ChannelInfoCircuitState] = {
    "closed",
    "half_open",
    "open",
}


def check_channel_info_circuit_state(value: str) -> ChannelInfoCircuitState:
    if value in CHANNEL_INFO_CIRCUIT_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANNEL_INFO_CIRCUIT_STATE_VALUES!r}"
    )
