"""gateway-service as a consumer of alert-service: forwarding parsed webhook alerts.

The events are what the gateway's own domain makes of a webhook captured from a real
Alertmanager 0.25 (parse → scope → event payload), sent by its forwarder's downstream
adapter through the generated client.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from generated.clients.alert.models import AlertEventBatch
from services.gateway.adapters.alert_service import AlertServiceDownstream
from services.gateway.domain.alerts import parse_alertmanager_webhook
from services.gateway.domain.intake import prepare
from services.gateway.settings import GatewaySettings
from tests.contract.support.pacts import (
    clients_of,
    new_pact,
    response_shape,
    standard_headers,
    write,
)

WEBHOOK = Path(__file__).resolve().parents[1] / "fixtures" / "alertmanager-0.25-webhook-firing.json"


async def test_gateway_forwards_a_batch_of_alert_events(tmp_path: Path) -> None:
    alerts = parse_alertmanager_webhook(json.loads(WEBHOOK.read_text("utf-8"))["body"])
    policy = GatewaySettings(data_dir=tmp_path).scope.policy()
    received = datetime(2026, 11, 28, 2, 0, 0, tzinfo=UTC)
    events = [dict(event.payload) for event in prepare(alerts, policy, received)]
    pact = new_pact("gateway", "alert")
    standard_headers(
        pact.upon_receiving(
            "a batch of firing alert events from an Alertmanager webhook"
        ).with_request("POST", "/api/v1/alerts/ingest"),
        "gateway",
    ).with_body(
        # what travels is the generated client's serialisation of the batch
        AlertEventBatch.from_dict({"events": events}).to_dict(),
        content_type="application/json",
    ).will_respond_with(202).with_body(
        response_shape("alert", "ingestAlerts", 202), content_type="application/json"
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("gateway", tmp_path, alert=str(mock.url)) as clients:
            await AlertServiceDownstream(clients.get("alert")).ingest(events)  # raises if refused
    write(pact)
