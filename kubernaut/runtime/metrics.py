"""Prometheus metrics with the seed's names (§6.2.1), one registry per service app.

A registry per app (not the process-global one) lets tests run several services in one
process. Services create their business metrics through ``Metrics`` at app creation.
"""

from __future__ import annotations

from collections.abc import Sequence

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest
from starlette.requests import Request
from starlette.responses import Response

HEALTH_VALUES = {"healthy": 1.0, "degraded": 0.5}  # anything else counts as 0


class Metrics:
    """The standard metrics of a service plus a factory for its own."""

    def __init__(self, service: str) -> None:
        self.service = service
        self.label = f"{service}-service"  # the value of every ``service`` label
        self.registry = CollectorRegistry(auto_describe=True)
        self.http_requests = Counter(
            "http_requests_total",
            "HTTP requests served",
            ["service", "endpoint", "method", "status"],
            registry=self.registry,
        )
        self.http_duration = Histogram(
            "http_request_duration_seconds",
            "HTTP request duration",
            ["service", "endpoint"],
            registry=self.registry,
        )
        self.health_status = Gauge(
            "service_health_status",
            "Health of a component: 1 healthy, 0.5 degraded, 0 unhealthy/unavailable",
            ["service", "component"],
            registry=self.registry,
        )
        self.dependency_status = Gauge(
            "service_dependency_status",
            "State of a downstream service as seen by this one's circuit breaker: "
            "1 closed, 0.5 half-open, 0 open",
            ["service", "dependency"],
            registry=self.registry,
        )
        self.client_requests = Counter(
            "service_client_requests_total",
            "Outbound calls to other services",
            ["service", "dependency", "outcome"],
            registry=self.registry,
        )

    def counter(self, name: str, doc: str, labels: Sequence[str] = ()) -> Counter:
        """A counter that always carries the ``service`` label first."""
        return Counter(name, doc, ["service", *labels], registry=self.registry)

    def gauge(self, name: str, doc: str, labels: Sequence[str] = ()) -> Gauge:
        return Gauge(name, doc, ["service", *labels], registry=self.registry)

    def histogram(
        self,
        name: str,
        doc: str,
        labels: Sequence[str] = (),
        buckets: Sequence[float] | None = None,
    ) -> Histogram:
        if buckets is None:
            return Histogram(name, doc, ["service", *labels], registry=self.registry)
        return Histogram(name, doc, ["service", *labels], registry=self.registry, buckets=buckets)

    async def endpoint(self, request: Request) -> Response:
        """The metrics port's handler (text exposition format)."""
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)
