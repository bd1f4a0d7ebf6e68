"""Retry policy and circuit breaker for one channel (seed §4.2.1), clock injected."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

CircuitState = Literal["closed", "open", "half_open"]


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 3
    initial_delay: float = 1.0
    max_delay: float = 10.0
    multiplier: float = 2.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based).

        A server's Retry-After is honoured but capped by `max_delay`, so one slow channel
        cannot hold a delivery for minutes.
        """
        backoff = self.initial_delay * self.multiplier ** max(attempt - 1, 0)
        if retry_after is not None:
            backoff = max(backoff, retry_after)
        return float(min(backoff, self.max_delay))


@dataclass(frozen=True)
class BreakerSettings:
    failure_threshold: int = 5
    recovery_timeout: float = 30.0
    half_open_max_calls: int = 3


class CircuitBreaker:
    """Closed → open after `failure_threshold` consecutive failures; open → half-open after
    `recovery_timeout`; half-open lets `half_open_max_calls` trial calls through and closes
    after that many successes, reopening on any failure."""

    def __init__(self, settings: BreakerSettings, clock: Callable[[], float]) -> None:
        self.settings = settings
        self._clock = clock
        self._state: CircuitState = "closed"
        self._failures = 0
        self._opened_at = 0.0
        self._trials = 0
        self._successes = 0

    @property
    def state(self) -> CircuitState:
        if (
            self._state == "open"
            and self._clock() - self._opened_at >= self.settings.recovery_timeout
        ):
            self._state = "half_open"
            self._trials = 0
            self._successes = 0
        return self._state

    def allow(self) -> bool:
        state = self.state
        if state == "closed":
            return True
        if state == "open":
            return False
        if self._trials < self.settings.half_open_max_calls:
            self._trials += 1
            return True
        return False

    def record_success(self) -> None:
        if self._state == "half_open":
            self._successes += 1
            if self._successes >= self.settings.half_open_max_calls:
                self._close()
        else:
            self._failures = 0

    def record_failure(self) -> None:
        if self._state == "half_open":
            self._open()
            return
        self._failures += 1
        if self._failures >= self.settings.failure_threshold:
            self._open()

    def retry_in(self) -> float:
        """Seconds until an open breaker lets a trial call through."""
        if self.state != "open":
            return 0.0
        return max(0.0, self.settings.recovery_timeout - (self._clock() - self._opened_at))

    def _open(self) -> None:
        self._state = "open"
        self._opened_at = self._clock()
        self._failures = 0

    def _close(self) -> None:
        self._state = "closed"
        self._failures = 0
