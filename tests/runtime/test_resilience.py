"""Retries and the circuit breaker protect callers from a failing service (seed §4.2.1)."""

from __future__ import annotations

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from kubernaut.runtime.resilience import CircuitBreaker, CircuitOpenError, ResilientTransport
from kubernaut.runtime.settings import ResilienceSettings
from kubernaut.runtime.testing import serving

POLICY = ResilienceSettings(
    failure_threshold=3,
    recovery_timeout=30,
    half_open_max_calls=1,
    timeout=2,
    max_attempts=3,
    initial_delay=0.001,
    max_delay=0.002,
)


class Flaky:
    """A real HTTP endpoint that fails a set number of times before answering."""

    def __init__(self, failures: int, status: int = 503) -> None:
        self.failures = failures
        self.status = status
        self.calls = 0

    async def handle(self, request: Request) -> JSONResponse:
        self.calls += 1
        if self.calls <= self.failures:
            return JSONResponse({"error": "busy"}, status_code=self.status)
        return JSONResponse({"ok": True})


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _client(breaker: CircuitBreaker, base_url: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=base_url, transport=ResilientTransport(breaker, POLICY))


async def test_a_503_is_retried_until_the_service_answers() -> None:
    flaky = Flaky(failures=2)
    async with serving(Starlette(routes=[Route("/x", flaky.handle, methods=["POST"])])) as url:
        breaker = CircuitBreaker("ai", POLICY)
        async with _client(breaker, url) as client:
            response = await client.post("/x", json={"a": 1})
    assert response.status_code == 200
    assert flaky.calls == 3
    assert breaker.state == "closed"


async def test_a_client_error_is_not_retried() -> None:
    flaky = Flaky(failures=5, status=400)
    app = Starlette(routes=[Route("/x", flaky.handle)])
    async with serving(app) as url, _client(CircuitBreaker("ai", POLICY), url) as client:
        response = await client.get("/x")
    assert response.status_code == 400
    assert flaky.calls == 1


async def test_the_breaker_opens_after_repeated_failures_and_fails_fast() -> None:
    flaky = Flaky(failures=100)
    clock = Clock()
    async with serving(Starlette(routes=[Route("/x", flaky.handle)])) as url:
        breaker = CircuitBreaker("ai", POLICY, clock=clock)
        async with _client(breaker, url) as client:
            response = await client.get("/x")
            assert response.status_code == 503
            assert breaker.state == "open"
            calls_when_opened = flaky.calls
            with pytest.raises(CircuitOpenError):
                await client.get("/x")
            assert flaky.calls == calls_when_opened  # failing fast: nothing was sent


async def test_the_breaker_half_opens_after_the_recovery_timeout_and_closes_on_success() -> None:
    flaky = Flaky(failures=3)
    clock = Clock()
    async with serving(Starlette(routes=[Route("/x", flaky.handle)])) as url:
        breaker = CircuitBreaker("ai", POLICY, clock=clock)
        async with _client(breaker, url) as client:
            await client.get("/x")
            assert breaker.state == "open"
            clock.now += POLICY.recovery_timeout
            assert breaker.state == "half_open"
            response = await client.get("/x")
    assert response.status_code == 200
    assert breaker.state == "closed"


async def test_a_failed_probe_reopens_the_breaker() -> None:
    clock = Clock()
    breaker = CircuitBreaker("ai", POLICY, clock=clock)
    for _ in range(POLICY.failure_threshold):
        breaker.record_failure()
    clock.now += POLICY.recovery_timeout
    breaker.before_call()
    breaker.record_failure()
    assert breaker.state == "open"


async def test_connection_refused_counts_as_a_failure_and_is_retried() -> None:
    breaker = CircuitBreaker("ai", POLICY)
    # Port 9 (discard) on loopback is closed here: the connection is refused.
    async with _client(breaker, "http://127.0.0.1:9") as client:
        with pytest.raises(httpx.ConnectError):
            await client.get("/x")
    assert breaker.state == "open"  # 3 attempts = 3 failures = threshold
