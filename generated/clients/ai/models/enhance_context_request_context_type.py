from typing import Literal

EnhanceContextRequestContextType = Literal[
    "alert", "events", "investigation", "kubernetes", "logs", "metrics"
]

ENHANCE_CONTEXT_REQUEST_CONTEXT_TYPE_VALUES: set[EnhanceContextRequestContextType] = {
    "alert",
    "events",
    "investigation",
    "kubernetes",
    "logs",
    "metrics",
}


def check_enhance_context_request_context_type(value: str) -> EnhanceContextRequestContextType:
    if value in ENHANCE_CONTEXT_REQUEST_CONTEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENHANCE_CONTEXT_REQUEST_CONTEXT_TYPE_VALUES!r}"
    )
