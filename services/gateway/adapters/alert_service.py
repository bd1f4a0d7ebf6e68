"""alert-service as the forwarder's downstream, through the generated client."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from generated.clients.alert import Client
from generated.clients.alert.api.alerts import ingest_alerts
from generated.clients.alert.models import AlertEventBatch
from services.gateway.adapters.forwarder import DownstreamRejected


class DownstreamUnavailable(Exception):
    """alert-service did not accept the batch; it stays queued."""


class AlertServiceDownstream:
    def __init__(self, client: Client) -> None:
        self._client = client

    async def ingest(self, events: Sequence[dict[str, Any]]) -> None:
        body = AlertEventBatch.from_dict({"events": list(events)})
        response = await ingest_alerts.asyncio_detailed(client=self._client, body=body)
        status = int(response.status_code)
        if 200 <= status < 300:
            return
        detail = response.content[:300].decode("utf-8", "replace")
        if status in (400, 413, 415, 422):
            raise DownstreamRejected(f"HTTP {status}: {detail}")
        raise DownstreamUnavailable(f"HTTP {status}: {detail}")
