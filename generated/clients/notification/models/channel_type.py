from typing import Literal

ChannelType = Literal[
    "console", "email", "file", "pagerduty", "slack_api", "slack_webhook", "teams"
]

CHANNEL_TYPE_VALUES: set[ChannelType] = {
    "console",
    "email",
    "file",
    "pagerduty",
    "slack_api",
    "slack_webhook",
    "teams",
}


def check_channel_type(value: str) -> ChannelType:
    if value in CHANNEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANNEL_TYPE_VALUES!r}")
