"""Helpers for tests that run real services over real HTTP on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, TypeVar

import uvicorn
from starlette.types import ASGIApp

from .server import _bound_port, _QuietServer
from .settings import ResilienceSettings, ServiceSettings, Upstreams

S = TypeVar("S", bound=ServiceSettings)

FAST_RESILIENCE = ResilienceSettings(
    failure_threshold=5,
    recovery_timeout=0.5,
    half_open_max_calls=3,
    timeout=5.0,
    max_attempts=3,
    initial_delay=0.01,
    max_delay=0.05,
)


def settings_for_test(cls: type[S], data_dir: Path, **overrides: Any) -> S:
    """Settings on free ports, with response validation on and fast retries.

    Pass ``upstreams=upstreams_for({...})`` to point the service at other test servers.
    """
    values: dict[str, Any] = {
        "port": 0,
        "metrics_port": 0,
        "health_port": 0,
        "data_dir": data_dir,
        "validate_responses": True,
        "resilience": FAST_RESILIENCE,
    }
    values.update(overrides)
    return cls(**values)


def upstreams_for(urls: dict[str, str]) -> Upstreams:
    """Upstreams where the named services live at the given base URLs."""
    return Upstreams(**urls)


def require_services() -> bool:
    """True when CI demands that tests needing external servers run instead of skipping."""
    return os.environ.get("KUBERNAUT_REQUIRE_SERVICES", "") not in ("", "0", "false")


def skip_or_fail(reason: str) -> None:
    """Skip a test whose server is missing — or fail it when CI requires the server."""
    import pytest  # only tests call this; the runtime does not depend on pytest

    if require_services():
        pytest.fail(f"{reason} (KUBERNAUT_REQUIRE_SERVICES is set)")
    pytest.skip(reason)


@contextlib.asynccontextmanager
async def serving(app: ASGIApp, host: str = "127.0.0.1") -> AsyncIterator[str]:
    """Serve any ASGI app (a fake external API, a webhook receiver) on a free port."""
    server = _QuietServer(
        uvicorn.Config(app, host=host, port=0, lifespan="off", log_level="warning", log_config=None)
    )
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            if task.done():
                task.result()
                raise RuntimeError("test server stopped during start-up")
            await asyncio.sleep(0.01)
        yield f"http://{host}:{_bound_port(server)}"
    finally:
        server.should_exit = True
        await task
