"""Hands a service the generated clients it may use, wired with our cross-cutting concerns.

Each client propagates the request and trace ids (seed §4.1.1, §6.1.1), names the calling
service, sends the service token when one is configured, and goes through the resilient
transport (retries + circuit breaker per target). Only targets in the call graph are
handed out (seed §5.1.2).
"""

from __future__ import annotations

import functools
import importlib
import ssl
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from . import context
from .health import ComponentState
from .metrics import Metrics
from .ports import CALL_GRAPH, display_name
from .resilience import BreakerState, CircuitBreaker, ResilientTransport
from .settings import ServiceSettings

if TYPE_CHECKING:
    import generated.clients.ai as ai_client
    import generated.clients.alert as alert_client
    import generated.clients.executor as executor_client
    import generated.clients.intelligence as intelligence_client
    import generated.clients.monitor as monitor_client
    import generated.clients.notification as notification_client
    import generated.clients.storage as storage_client
    import generated.clients.workflow as workflow_client

BREAKER_VALUES = {"closed": 1.0, "half_open": 0.5, "open": 0.0}
COMPONENT_STATES: dict[str, ComponentState] = {
    "closed": "healthy",
    "half_open": "degraded",
    "open": "unavailable",
}


@functools.cache
def _shared_ssl_context() -> ssl.SSLContext:
    # Building a context loads the CA bundle (~75 ms); one per process is plenty.
    return ssl.create_default_context()


class ForbiddenEdge(Exception):
    """A service asked for a client of a service it may not call."""


def outbound_headers(caller: str, version: str, token: str | None) -> dict[str, str]:
    """Headers for a call made now, from the current request context."""
    ctx = context.current() or context.background()
    headers = {
        "X-Request-ID": ctx.request_id,
        "X-Service-Name": display_name(caller),
        "X-Service-Version": version,
        "X-Trace-ID": ctx.trace_id,
        "X-Parent-Span-ID": ctx.span_id,
        "X-Span-ID": context.new_id(),
        "X-Trace-Flags": ctx.trace_flags,
    }
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


class ClientFactory:
    def __init__(
        self,
        settings: ServiceSettings,
        metrics: Metrics,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.settings = settings
        self.metrics = metrics
        self.service = settings.service
        self.allowed = CALL_GRAPH.get(self.service, frozenset())
        self._inner = transport
        self._clients: dict[str, Any] = {}
        self.breakers: dict[str, CircuitBreaker] = {}

    def _on_breaker(self, target: str, state: BreakerState) -> None:
        self.metrics.dependency_status.labels(display_name(self.service), display_name(target)).set(
            BREAKER_VALUES[state]
        )

    def dependency_state(self, target: str) -> ComponentState:
        """Health component state of a dependency, as the breaker sees it."""
        breaker = self.breakers.get(target)
        return COMPONENT_STATES[breaker.state] if breaker else "unknown"

    @overload
    def get(self, target: Literal["ai"]) -> ai_client.Client: ...
    @overload
    def get(self, target: Literal["alert"]) -> alert_client.Client: ...
    @overload
    def get(self, target: Literal["executor"]) -> executor_client.Client: ...
    @overload
    def get(self, target: Literal["intelligence"]) -> intelligence_client.Client: ...
    @overload
    def get(self, target: Literal["monitor"]) -> monitor_client.Client: ...
    @overload
    def get(self, target: Literal["notification"]) -> notification_client.Client: ...
    @overload
    def get(self, target: Literal["storage"]) -> storage_client.Client: ...
    @overload
    def get(self, target: Literal["workflow"]) -> workflow_client.Client: ...
    @overload
    def get(self, target: str) -> Any: ...

    def get(self, target: str) -> Any:
        """The generated client of ``target``, shared for the life of the app."""
        if target not in self.allowed:
            raise ForbiddenEdge(f"{self.service} may not call {target} (seed §5.1.2)")
        if target not in self._clients:
            self._clients[target] = self._build(target)
        return self._clients[target]

    def _build(self, target: str) -> Any:
        module = importlib.import_module(f"generated.clients.{target}")
        policy = self.settings.resilience
        breaker = CircuitBreaker(target, policy, on_change=self._on_breaker)
        self.breakers[target] = breaker
        self._on_breaker(target, "closed")
        counter = self.metrics.client_requests
        caller, dep = display_name(self.service), display_name(target)
        transport = ResilientTransport(
            breaker,
            policy,
            inner=self._inner,
            on_outcome=lambda outcome: counter.labels(caller, dep, outcome).inc(),
        )
        token = self.settings.auth.service_token
        secret = token.get_secret_value() if token else None

        async def add_headers(request: httpx.Request) -> None:
            for key, value in outbound_headers(self.service, self.settings.version, secret).items():
                request.headers.setdefault(key, value)

        return module.Client(
            base_url=self.settings.upstreams.url(target),
            timeout=httpx.Timeout(policy.timeout),
            verify_ssl=_shared_ssl_context(),
            httpx_args={"transport": transport, "event_hooks": {"request": [add_headers]}},
        )

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.get_async_httpx_client().aclose()
        self._clients.clear()
