"""The one error every channel sender raises."""

from __future__ import annotations


class DeliveryError(Exception):
    """A delivery attempt failed; `retryable` says whether another attempt can help
    (timeouts, 5xx, 429) or not (bad credentials, invalid payload)."""

    def __init__(self, message: str, *, retryable: bool, retry_after: float | None = None):
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after
