"""Builds a service: a Connexion AsyncApp from the bundled spec, routed to ``Handlers``.

``build_app`` is what every ``services/<name>/app.py::create_app`` calls. It resolves
each operationId through the generated ``OPERATIONS`` table to a method of the
service's handler object, validates the body into the generated pydantic model, turns
the handler's return value into JSON, and wraps the app in the standard middleware.
The same health function serves ``/health`` on the API port and on the health port.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import importlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from connexion import AsyncApp
from connexion.resolver import Resolver
from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from . import envelope
from .clients import ClientFactory
from .errors import NotImplementedYet
from .health import ComponentState, HealthRegistry
from .metrics import Metrics
from .middleware import StandardMiddleware
from .operations import Operation, Reply
from .ports import display_name
from .settings import ServiceSettings

log = logging.getLogger(__name__)
BUNDLED = Path(__file__).resolve().parents[2] / "generated" / "bundled"
Hook = Callable[[], Awaitable[None]]


@dataclass
class ServiceRuntime:
    """What the runtime gives a service's handlers: settings, clients, health, metrics."""

    settings: ServiceSettings
    metrics: Metrics
    health: HealthRegistry
    clients: ClientFactory
    startup: list[Hook] = field(default_factory=list)
    shutdown: list[Hook] = field(default_factory=list)

    def on_startup(self, hook: Hook) -> None:
        self.startup.append(hook)

    def on_shutdown(self, hook: Hook) -> None:
        self.shutdown.append(hook)

    def depend_on(self, target: str, *, critical: bool = False) -> None:
        """Report ``target`` in /health as its circuit breaker sees it."""

        async def check() -> ComponentState:
            return self.clients.dependency_state(target)

        self.health.register(display_name(target), check, critical=critical)


@dataclass
class ServiceApp:
    """The three ASGI apps of one service process and the runtime behind them."""

    name: str
    api: ASGIApp
    health: ASGIApp
    metrics: ASGIApp
    runtime: ServiceRuntime
    handlers: object


@functools.cache
def _parsed_spec(name: str) -> dict[str, Any]:
    # libyaml when available: the pure-Python loader takes a second per spec.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = (BUNDLED / f"{name}.yaml").read_text(encoding="utf-8")
    spec: dict[str, Any] = yaml.load(text, Loader=loader)
    return spec


def _load_spec(name: str) -> dict[str, Any]:
    """The bundled spec of ``name``; a fresh copy, since Connexion mutates what it gets."""
    return copy.deepcopy(_parsed_spec(name))


def _json(model: BaseModel | None, status: int, headers: Mapping[str, str]) -> Response:
    if model is None:
        return Response(status_code=status, headers=dict(headers))
    return Response(
        model.model_dump_json(by_alias=True, exclude_none=True),
        status_code=status,
        media_type="application/json",
        headers=dict(headers),
    )


def _parse_body(model: type[BaseModel], raw: Any) -> BaseModel:
    """The request body as the generated model; a mismatch is the caller's fault (400)."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise envelope.body_validation_error(exc) from exc


def make_endpoint(op: Operation, handlers: object, protocol: type) -> Callable[..., Any]:
    """The function Connexion calls for ``op``: validate, dispatch, serialise."""
    method = getattr(handlers, op.handler, None)
    unimplemented = method is None or getattr(type(handlers), op.handler, None) is getattr(
        protocol, op.handler, None
    )

    async def endpoint(**kwargs: Any) -> Response:
        if unimplemented or method is None:
            raise NotImplementedYet(
                f"{op.operation_id} is specified but not implemented yet",
                {"operation": op.operation_id},
            )
        call: dict[str, Any] = {name: kwargs[name] for name in op.params if name in kwargs}
        if op.body is not None:
            raw = kwargs.get("body")
            if raw is not None:
                call["body"] = _parse_body(op.body, raw)
        result = await method(**call)
        if isinstance(result, Reply):
            return _json(result.body, result.status, result.headers)
        if result is not None and not isinstance(result, BaseModel):
            raise TypeError(f"{op.handler} returned {type(result).__name__}, not a model")
        return _json(result, op.success_status, {})

    endpoint.__name__ = op.handler
    return endpoint


def build_app(
    settings: ServiceSettings,
    handlers_factory: Callable[[ServiceRuntime], object],
) -> ServiceApp:
    """Assemble the service ``settings.service`` around the handlers the factory builds."""
    name = settings.service
    stub = importlib.import_module(f"generated.stubs.{name}")
    operations: dict[str, Operation] = stub.OPERATIONS
    protocol = next(
        value
        for key, value in vars(stub).items()
        if key.endswith("Api") and isinstance(value, type)
    )
    metrics = Metrics(name)
    health = HealthRegistry(name, settings.version, metrics)
    runtime = ServiceRuntime(settings, metrics, health, ClientFactory(settings, metrics))
    handlers = handlers_factory(runtime)

    async def health_endpoint(**_: Any) -> Response:
        body, status = await health.report()
        return Response(json.dumps(body), status_code=status, media_type="application/json")

    endpoints: dict[str, Callable[..., Any]] = {
        op_id: make_endpoint(op, handlers, protocol) for op_id, op in operations.items()
    }
    endpoints["getHealth"] = health_endpoint

    @contextlib.asynccontextmanager
    async def lifespan(_: Any) -> AsyncIterator[None]:
        for hook in runtime.startup:
            await hook()
        try:
            yield
        finally:
            for hook in reversed(runtime.shutdown):
                try:
                    await hook()
                except Exception:
                    log.exception("shutdown hook failed")
            await runtime.clients.aclose()

    connexion_app = AsyncApp(
        f"services.{name}",
        lifespan=lifespan,
        specification_dir=BUNDLED,
        pythonic_params=True,
    )
    connexion_app.add_api(
        _load_spec(name),
        resolver=Resolver(function_resolver=lambda op_id: endpoints[op_id]),
        validate_responses=settings.validate_responses,
        strict_validation=True,
        swagger_ui_options=None,
    )
    envelope.install(
        connexion_app,
        envelope.allow_table(
            [(op.method, op.path) for op in operations.values()] + [("get", "/health")]
        ),
    )
    paths = {op_id: op.path for op_id, op in operations.items()}
    api = StandardMiddleware(
        connexion_app,
        service_label=display_name(name),
        version=settings.version,
        metrics=metrics,
        endpoints=paths,
        max_body_bytes=settings.max_body_bytes,
    )

    async def health_only(request: Request) -> Response:
        return await health_endpoint()

    health_app = Starlette(routes=[Route("/health", health_only)])
    metrics_app = Starlette(
        routes=[Route("/metrics", metrics.endpoint), Route("/", metrics.endpoint)]
    )
    return ServiceApp(name, api, health_app, metrics_app, runtime, handlers)
