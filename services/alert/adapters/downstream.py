"""The services alert-service calls, through their generated clients.

Each call answers a `HopCall` (ok, HTTP status, detail, parsed body) instead of
raising, so the flow records every hop's result the same way and applies the
seed's fallbacks (§4.2.2) in one place.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from generated.clients.ai.api.analysis import analyze_alert
from generated.clients.ai.models import AnalyzeAlertRequest
from generated.clients.monitor.api.alerts import observe_alert_event
from generated.clients.monitor.models import AlertEvent as MonitorAlertEvent
from generated.clients.notification.api.notifications import notify
from generated.clients.notification.models import NotificationRequest
from generated.clients.storage.api.actions import store_action
from generated.clients.storage.api.alerts import store_alert
from generated.clients.storage.models import StoreActionRequest, StoreAlertRequest
from generated.clients.workflow.api.execution import execute_action
from generated.clients.workflow.api.workflows import get_workflow
from generated.clients.workflow.models import ExecuteActionRequest
from kubernaut.runtime.clients import ClientFactory


@dataclass(frozen=True, slots=True)
class HopCall:
    ok: bool
    status_code: int | None = None
    detail: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    sent: bool = True
    """False when the request could not even be built (never worth retrying)."""

    @property
    def retryable(self) -> bool:
        """Worth trying again later: no answer, or the callee said so."""
        if not self.sent:
            return False
        return self.status_code is None or self.status_code in (408, 429, 502, 503, 504)


class Downstream(Protocol):
    async def analyze(self, request: Mapping[str, Any]) -> HopCall: ...
    async def execute(self, request: Mapping[str, Any]) -> HopCall: ...
    async def workflow(self, workflow_id: str) -> HopCall: ...
    async def store_action(self, request: Mapping[str, Any]) -> HopCall: ...
    async def record_alert(self, request: Mapping[str, Any]) -> HopCall: ...
    async def notify(self, request: Mapping[str, Any]) -> HopCall: ...
    async def observe(self, request: Mapping[str, Any]) -> HopCall: ...


async def _call(build: Callable[[], Any], send: Callable[[Any], Awaitable[Any]]) -> HopCall:
    try:
        body = build()
    except (ValueError, TypeError, KeyError) as exc:
        # Our data does not fit the provider's contract: record it, never loop on it.
        return HopCall(False, None, f"request not built: {exc}"[:500], sent=False)
    try:
        response = await send(body)
    except httpx.HTTPError as exc:  # connection refused, timeout, open circuit
        return HopCall(False, None, f"{type(exc).__name__}: {exc}"[:500])
    status = int(response.status_code)
    if 200 <= status < 300:
        try:
            data = json.loads(response.content) if response.content else {}
        except ValueError:
            data = {}
        return HopCall(True, status, "", data if isinstance(data, dict) else {})
    detail = response.content[:500].decode("utf-8", "replace")
    return HopCall(False, status, detail)


class ServiceDownstream:
    """The real calls. Request/trace ids are added by the runtime's clients."""

    def __init__(self, clients: ClientFactory) -> None:
        self._clients = clients

    async def analyze(self, request: Mapping[str, Any]) -> HopCall:
        client = self._clients.get("ai")
        return await _call(
            lambda: AnalyzeAlertRequest.from_dict(dict(request)),
            lambda body: analyze_alert.asyncio_detailed(client=client, body=body),
        )

    async def execute(self, request: Mapping[str, Any]) -> HopCall:
        client = self._clients.get("workflow")
        return await _call(
            lambda: ExecuteActionRequest.from_dict(dict(request)),
            lambda body: execute_action.asyncio_detailed(client=client, body=body),
        )

    async def workflow(self, workflow_id: str) -> HopCall:
        client = self._clients.get("workflow")
        return await _call(
            lambda: workflow_id,
            lambda wid: get_workflow.asyncio_detailed(client=client, workflow_id=wid),
        )

    async def store_action(self, request: Mapping[str, Any]) -> HopCall:
        client = self._clients.get("storage")
        return await _call(
            lambda: StoreActionRequest.from_dict(dict(request)),
            lambda body: store_action.asyncio_detailed(client=client, body=body),
        )

    async def record_alert(self, request: Mapping[str, Any]) -> HopCall:
        client = self._clients.get("storage")
        return await _call(
            lambda: StoreAlertRequest.from_dict(dict(request)),
            lambda body: store_alert.asyncio_detailed(client=client, body=body),
        )

    async def notify(self, request: Mapping[str, Any]) -> HopCall:
        client = self._clients.get("notification")
        return await _call(
            lambda: NotificationRequest.from_dict(dict(request)),
            lambda body: notify.asyncio_detailed(client=client, body=body),
        )

    async def observe(self, request: Mapping[str, Any]) -> HopCall:
        client = self._clients.get("monitor")
        return await _call(
            lambda: MonitorAlertEvent.from_dict(dict(request)),
            lambda body: observe_alert_event.asyncio_detailed(client=client, body=body),
        )
