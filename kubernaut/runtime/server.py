"""Serve one service: API, health and metrics ports in one process and one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Literal

import uvicorn
from starlette.types import ASGIApp

from .app import ServiceApp

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Endpoints:
    api: str
    health: str
    metrics: str


class _QuietServer(uvicorn.Server):
    """A uvicorn server that leaves signal handling to its owner (the CLI or a test)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def _server(app: ASGIApp, host: str, port: int, lifespan: Literal["on", "off"]) -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        lifespan=lifespan,
        log_level="warning",
        access_log=False,
        log_config=None,
    )
    return _QuietServer(config)


def _bound_port(server: uvicorn.Server) -> int:
    for srv in server.servers:
        for sock in srv.sockets:
            return int(sock.getsockname()[1])
    raise RuntimeError("server has no socket")


@contextlib.asynccontextmanager
async def running(
    app: ServiceApp, host: str | None = None, ports: tuple[int, int, int] | None = None
) -> AsyncIterator[Endpoints]:
    """Run the three servers until the block exits; port 0 picks a free port."""
    settings = app.runtime.settings
    host = host or settings.host
    api_port, metrics_port, health_port = ports or (
        settings.port,
        settings.metrics_port,
        settings.health_port,
    )
    servers = [
        _server(app.api, host, api_port, "on"),
        _server(app.health, host, health_port, "off"),
        _server(app.metrics, host, metrics_port, "off"),
    ]
    tasks = [asyncio.create_task(s.serve()) for s in servers]
    try:
        while not all(s.started for s in servers):
            failed = [t for t in tasks if t.done()]
            if failed:
                failed[0].result()
                raise RuntimeError(f"{app.name}: a server stopped during start-up")
            await asyncio.sleep(0.01)
        api, health, metrics = (_bound_port(s) for s in servers)
        yield Endpoints(
            api=f"http://{host}:{api}",
            health=f"http://{host}:{health}",
            metrics=f"http://{host}:{metrics}",
        )
    finally:
        for s in servers:
            s.should_exit = True
        await asyncio.gather(*tasks, return_exceptions=True)


async def serve_forever(app: ServiceApp, stop: asyncio.Event) -> None:
    async with running(app) as endpoints:
        log.info(
            "%s ready: api %s, health %s/health, metrics %s/metrics",
            app.name,
            endpoints.api,
            endpoints.health,
            endpoints.metrics,
        )
        await stop.wait()
