"""Circuit breaker and retries for outbound HTTP (seed §4.2.1), as an httpx transport.

The transport is the extension point httpx offers: generated clients stay untouched and
every call through them gets the same policy. Retries cover failures where the request
was not processed (connection errors, 502/503/504); a breaker opened after
``failure_threshold`` consecutive failures fails fast with ``CircuitOpenError`` until
``recovery_timeout`` has passed, then lets ``half_open_max_calls`` probes through.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Literal

import httpx

from .settings import ResilienceSettings

BreakerState = Literal["closed", "open", "half_open"]
RETRY_STATUSES = frozenset({502, 503, 504})


class CircuitOpenError(httpx.TransportError):
    """The target failed repeatedly; calls fail fast until the breaker half-opens."""


class CircuitBreaker:
    def __init__(
        self,
        name: str,
        policy: ResilienceSettings,
        clock: Callable[[], float] = time.monotonic,
        on_change: Callable[[str, BreakerState], None] | None = None,
    ) -> None:
        self.name = name
        self.policy = policy
        self.clock = clock
        self.on_change = on_change
        self._state: BreakerState = "closed"
        self._failures = 0
        self._opened_at = 0.0
        self._probes = 0

    @property
    def state(self) -> BreakerState:
        if self._state == "open" and self.clock() - self._opened_at >= self.policy.recovery_timeout:
            self._set("half_open")
        return self._state

    def _set(self, state: BreakerState) -> None:
        if state != self._state:
            self._state = state
            if state == "half_open":
                self._probes = 0
            if self.on_change:
                self.on_change(self.name, state)

    def before_call(self) -> None:
        state = self.state
        if state == "open":
            raise CircuitOpenError(f"circuit to {self.name} is open")
        if state == "half_open":
            if self._probes >= self.policy.half_open_max_calls:
                raise CircuitOpenError(f"circuit to {self.name} is half-open and busy")
            self._probes += 1

    def record_success(self) -> None:
        self._failures = 0
        self._set("closed")

    def record_failure(self) -> None:
        self._failures += 1
        if self._state == "half_open" or self._failures >= self.policy.failure_threshold:
            self._opened_at = self.clock()
            self._set("open")


class ResilientTransport(httpx.AsyncBaseTransport):
    """Retries with exponential backoff, behind a per-target circuit breaker."""

    def __init__(
        self,
        breaker: CircuitBreaker,
        policy: ResilienceSettings,
        inner: httpx.AsyncBaseTransport | None = None,
        on_outcome: Callable[[str], None] | None = None,
    ) -> None:
        self.breaker = breaker
        self.policy = policy
        self.inner = inner or httpx.AsyncHTTPTransport()
        self.on_outcome = on_outcome

    def _delay(self, attempt: int) -> float:
        return float(min(self.policy.initial_delay * (2 ** (attempt - 1)), self.policy.max_delay))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            self.breaker.before_call()
            try:
                response = await self.inner.handle_async_request(request)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError):
                self.breaker.record_failure()
                self._outcome("connect_error")
                if attempt >= self.policy.max_attempts or self.breaker.state == "open":
                    raise
            else:
                if response.status_code not in RETRY_STATUSES:
                    self.breaker.record_success()
                    self._outcome("ok" if response.status_code < 500 else "server_error")
                    return response
                self.breaker.record_failure()
                self._outcome("unavailable")
                if attempt >= self.policy.max_attempts or self.breaker.state == "open":
                    return response
                await response.aclose()
            await asyncio.sleep(self._delay(attempt))

    def _outcome(self, outcome: str) -> None:
        if self.on_outcome:
            self.on_outcome(outcome)

    async def aclose(self) -> None:
        await self.inner.aclose()
