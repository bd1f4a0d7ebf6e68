"""The outermost ASGI layer of every service API.

Binds the request/trace context, enforces the body size limit, adds the standard
response headers (seed §4.1.1), records the seed's HTTP metrics (§6.2.1) and writes one
access log line per request — for every answer, errors included.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import context
from .envelope import envelope_bytes
from .metrics import Metrics

log = logging.getLogger("kubernaut.access")
ROUTING_KEY = "connexion_routing"


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _headers(scope: Scope) -> dict[str, str]:
    return {
        key.decode("latin-1").lower(): value.decode("latin-1")
        for key, value in scope.get("headers", [])
    }


def inbound_context(headers: Mapping[str, str]) -> context.RequestContext:
    """The context of an inbound request: reuse valid incoming ids, create the rest."""
    request_id = context.valid_id(headers.get("x-request-id")) or context.new_id()
    trace_id = context.valid_id(headers.get("x-trace-id")) or request_id
    flags = headers.get("x-trace-flags", "01")
    return context.RequestContext(
        request_id=request_id,
        trace_id=trace_id,
        span_id=context.new_id(),
        parent_span_id=context.valid_id(headers.get("x-span-id")),
        trace_flags=flags if len(flags) == 2 else "01",
        caller=headers.get("x-service-name"),
        headers=dict(headers),
    )


class StandardMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        service_label: str,
        version: str,
        metrics: Metrics,
        endpoints: Mapping[str, str],
        max_body_bytes: int,
    ) -> None:
        self.app = app
        self.service_label = service_label
        self.version = version
        self.metrics = metrics
        self.endpoints = endpoints
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        # Connexion copies the scope shallowly; a shared extensions dict lets us read the
        # operation it routed to after the call, for the metrics' endpoint label.
        scope.setdefault("extensions", {})
        headers = _headers(scope)
        ctx = inbound_context(headers)
        token = context.bind(ctx)
        status_holder = {"status": 500}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                elapsed_ms = (time.perf_counter() - started) * 1000
                extra = [
                    (b"x-request-id", ctx.request_id.encode()),
                    (b"x-service-name", self.service_label.encode()),
                    (b"x-service-version", self.version.encode()),
                    (b"x-response-time", f"{elapsed_ms:.0f}ms".encode()),
                ]
                existing = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *(item for item in extra if item[0] not in existing),
                ]
            await send(message)

        try:
            declared = headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_body_bytes:
                await self._too_large(send_with_headers)
                return
            body = await self._read_body(receive)
            if body is None:
                await self._too_large(send_with_headers)
                return
            await self.app(scope, _replay(body, receive), send_with_headers)
        finally:
            self._observe(scope, status_holder["status"], started)
            context.unbind(token)

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole request body, or None once it exceeds the limit (chunked uploads too)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _too_large(self, send: Send) -> None:
        body = envelope_bytes(
            413,
            "PAYLOAD_TOO_LARGE",
            f"request body exceeds {self.max_body_bytes} bytes",
            {"limit_bytes": self.max_body_bytes},
        )
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    def _observe(self, scope: Scope, status: int, started: float) -> None:
        elapsed = time.perf_counter() - started
        routing = scope.get("extensions", {}).get(ROUTING_KEY, {})
        endpoint = self.endpoints.get(routing.get("operation_id", ""), "unmatched")
        if scope.get("path") == "/health":
            endpoint = "/health"
        self.metrics.http_requests.labels(
            self.service_label, endpoint, scope.get("method", "-"), str(status)
        ).inc()
        self.metrics.http_duration.labels(self.service_label, endpoint).observe(elapsed)
        # Health probes arrive every few seconds from orchestrators: keep them out of INFO.
        level = logging.DEBUG if endpoint == "/health" and status == 200 else logging.INFO
        path, method = scope.get("path"), scope.get("method")
        log.log(level, "%s %s %s %.1fms", method, path, status, elapsed * 1000)
