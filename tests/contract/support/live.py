"""Real services over real HTTP for synchronous test code (Schemathesis, the Pact verifier).

Schemathesis and the Pact verifier call the service from the test's own thread and block
while doing so, so the services cannot share that thread's event loop. ``LiveServices``
runs one event loop in a daemon thread and serves every started service there, each with
its real storage in its own temporary data directory.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from starlette.types import ASGIApp

from kubernaut.runtime.app import ServiceApp
from kubernaut.runtime.server import Endpoints, running
from kubernaut.runtime.testing import upstreams_for
from kubernaut.services import build_for_test

T = TypeVar("T")

# Nothing listens on the discard port (binding it needs root): a downstream service that
# is "down" answers every call with a refused connection, fast and deterministically.
UNREACHABLE = "http://127.0.0.1:9"


class LiveServices:
    """An event loop thread that hosts running services until ``close()``."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        self._stops: list[tuple[asyncio.Event, Future[None]]] = []

    def run(self, coro: Awaitable[T], timeout: float = 60.0) -> T:
        """Run a coroutine on the services' loop and wait for its result."""

        async def wrapper() -> T:
            return await coro

        return asyncio.run_coroutine_threadsafe(wrapper(), self.loop).result(timeout)

    def call(self, fn: Callable[[], Awaitable[T]], timeout: float = 60.0) -> T:
        return self.run(fn(), timeout)

    def start(
        self,
        name: str,
        data_dir: Path,
        wrap: Callable[[ASGIApp], ASGIApp] | None = None,
        **overrides: Any,
    ) -> tuple[ServiceApp, Endpoints]:
        """Build service ``name`` with test settings and serve it until ``close()``.

        ``wrap`` puts an ASGI layer around the API (a test that breaks a provider on purpose).
        """
        ready: Future[tuple[ServiceApp, Endpoints]] = Future()

        async def serve(stop: asyncio.Event) -> None:
            try:
                app = build_for_test(name, data_dir, **overrides)
                if wrap is not None:
                    app.api = wrap(app.api)
                async with running(app) as endpoints:
                    ready.set_result((app, endpoints))
                    await stop.wait()
            except BaseException as exc:
                if not ready.done():
                    ready.set_exception(exc)
                raise

        async def make_stop() -> asyncio.Event:
            return asyncio.Event()

        stop = self.run(make_stop())
        task = asyncio.run_coroutine_threadsafe(serve(stop), self.loop)
        self._stops.append((stop, task))
        return ready.result(timeout=60)

    def close(self) -> None:
        for stop, _ in reversed(self._stops):
            self.loop.call_soon_threadsafe(stop.set)
        for _, task in reversed(self._stops):
            # a service that failed to stop must not hide the test results
            with contextlib.suppress(Exception):
                task.result(timeout=30)
        self._stops.clear()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


@contextmanager
def live_services() -> Iterator[LiveServices]:
    services = LiveServices()
    try:
        yield services
    finally:
        services.close()


def all_unreachable(*names: str, **real: str) -> Any:
    """Upstreams where ``real`` services live at their URLs and every other one is down."""
    urls = dict.fromkeys(names, UNREACHABLE)
    urls.update(real)
    return upstreams_for(urls)
