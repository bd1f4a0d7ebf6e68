"""Request and trace ids travel from an inbound request to the services it calls."""

from __future__ import annotations

import contextlib
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from generated.clients.storage.api.health import get_health
from kubernaut.runtime import context
from kubernaut.runtime.clients import ClientFactory, ForbiddenEdge
from kubernaut.runtime.metrics import Metrics
from kubernaut.runtime.server import running
from kubernaut.runtime.settings import base_settings
from kubernaut.runtime.testing import FAST_RESILIENCE, serving, upstreams_for
from kubernaut.services import build_for_test

HEALTH = {
    "status": "healthy",
    "service": "storage-service",
    "version": "1.0.0",
    "components": {},
    "uptime": "1s",
    "last_check": "2026-01-01T00:00:00Z",
}


def factory_for(caller: str, urls: dict[str, str]) -> ClientFactory:
    settings = base_settings(caller).model_copy(
        update={"upstreams": upstreams_for(urls), "resilience": FAST_RESILIENCE}
    )
    return ClientFactory(settings, Metrics(caller))


async def test_a_generated_client_call_carries_the_inbound_ids() -> None:
    seen: list[dict[str, str]] = []

    async def health(request: Request) -> JSONResponse:
        seen.append(dict(request.headers))
        return JSONResponse(HEALTH)

    async with serving(Starlette(routes=[Route("/health", health)])) as url:
        clients = factory_for("alert", {"storage": url})
        inbound = context.RequestContext(
            request_id="req-1", trace_id="trace-1", span_id="span-of-alert"
        )
        token = context.bind(inbound)
        try:
            response = await get_health.asyncio_detailed(client=clients.get("storage"))
        finally:
            context.unbind(token)
            await clients.aclose()
    assert response.status_code == 200
    [headers] = seen
    assert headers["x-request-id"] == "req-1"
    assert headers["x-trace-id"] == "trace-1"
    assert headers["x-parent-span-id"] == "span-of-alert"
    assert headers["x-span-id"] not in ("span-of-alert", "")
    assert headers["x-service-name"] == "alert-service"
    assert headers["x-service-version"] == "1.0.0"


async def test_a_real_service_receives_and_echoes_the_propagated_request_id(
    tmp_path: Path,
) -> None:
    storage = build_for_test("storage", tmp_path)
    async with running(storage) as ep:
        clients = factory_for("workflow", {"storage": ep.api})
        token = context.bind(context.background("workflow-req-7"))
        try:
            response = await get_health.asyncio_detailed(client=clients.get("storage"))
        finally:
            context.unbind(token)
            await clients.aclose()
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "workflow-req-7"
    assert response.headers["x-service-name"] == "storage-service"


async def test_a_service_gets_no_client_for_a_service_it_may_not_call() -> None:
    clients = factory_for("executor", {})
    try:
        clients.get("ai")
    except ForbiddenEdge as exc:
        assert "executor may not call ai" in str(exc)
    else:
        raise AssertionError("executor must not reach ai (seed §5.1.2)")


async def test_an_unreachable_dependency_shows_in_health_as_unavailable() -> None:
    clients = factory_for("alert", {"storage": "http://127.0.0.1:9"})
    assert clients.dependency_state("storage") == "unknown"
    try:
        for _ in range(2):
            with contextlib.suppress(httpx.HTTPError):
                await get_health.asyncio_detailed(client=clients.get("storage"))
    finally:
        await clients.aclose()
    assert clients.dependency_state("storage") == "unavailable"
