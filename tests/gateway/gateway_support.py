"""Helpers shared by the gateway tests: payloads, free ports, waiting."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import httpx

from kubernaut.runtime.server import Endpoints, running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.alert.app import create_app as create_alert_app
from services.alert.settings import AlertSettings
from services.gateway.settings import ForwardConfig, GatewaySettings

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture_body(name: str) -> dict[str, Any]:
    """The body of a webhook captured from a real Alertmanager 0.25 ("firing"/"resolved")."""
    data = json.loads((FIXTURES / f"alertmanager-0.25-webhook-{name}.json").read_text())
    body: dict[str, Any] = data["body"]
    return body


def fixture_in(namespace: str) -> dict[str, Any]:
    """The captured firing webhook moved to another namespace (so another fingerprint)."""
    body = fixture_body("firing")
    for labels in (body["commonLabels"], body["groupLabels"], body["alerts"][0]["labels"]):
        labels["namespace"] = namespace
    del body["alerts"][0]["fingerprint"]
    return body


def webhook(
    alerts: list[Mapping[str, Any]],
    *,
    group_key: str = '{}:{alertname="Test"}',
    status: str = "firing",
) -> dict[str, Any]:
    """An Alertmanager v4 webhook around `alerts` (each: labels, optional status/startsAt)."""
    base = fixture_body("firing")
    body = copy.deepcopy(base)
    body["groupKey"] = group_key
    body["status"] = status
    body["alerts"] = [
        {
            "status": a.get("status", "firing"),
            "labels": dict(a["labels"]),
            "annotations": dict(a.get("annotations", {"summary": "test alert"})),
            "startsAt": a.get("startsAt", "2026-11-28T01:00:00Z"),
            "endsAt": a.get("endsAt", "0001-01-01T00:00:00Z"),
            "generatorURL": "http://prometheus:9090/graph",
        }
        for a in alerts
    ]
    return body


def pod_alert(
    i: int, namespace: str = "shop", alertname: str = "KubePodCrashLooping", **extra: str
) -> dict[str, Any]:
    return {
        "labels": {
            "alertname": alertname,
            "namespace": namespace,
            "pod": f"web-5d8f7c9b6d-x{i:04d}"[:27],
            "severity": "warning",
            **extra,
        }
    }


def free_port() -> int:
    """A loopback port nothing listens on (for a downstream that is down)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def wait_for(
    check: Callable[[], Awaitable[bool]], within: float = 10.0, interval: float = 0.05
) -> None:
    deadline = time.monotonic() + within
    while True:
        if await check():
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {within}s")
        await asyncio.sleep(interval)


def metric_value(text: str, name: str, **labels: str) -> float:
    """Sum of the samples of `name` whose labels include `labels` (0 when absent)."""
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        head, _, value = line.rpartition(" ")
        if all(f'{k}="{v}"' in head for k, v in labels.items()):
            total += float(value)
    return total


FAST_FORWARD = ForwardConfig(
    retry_initial_seconds=0.05, retry_max_seconds=0.2, idle_poll_seconds=0.2
)
DEAD = "http://127.0.0.1:9"  # discard port: nothing answers


def gateway_settings(data: Path, alert_url: str, **overrides: Any) -> GatewaySettings:
    values: dict[str, Any] = {"forward": FAST_FORWARD}
    values.update(overrides)
    return settings_for_test(
        GatewaySettings, data, upstreams=upstreams_for({"alert": alert_url}), **values
    )


def alert_settings(data: Path) -> AlertSettings:
    # The alert flow's own downstreams are down: it records failed hops quickly.
    return settings_for_test(
        AlertSettings,
        data,
        upstreams=upstreams_for(
            {"ai": DEAD, "workflow": DEAD, "storage": DEAD, "notification": DEAD, "monitor": DEAD}
        ),
    )


@contextlib.asynccontextmanager
async def alert_service(data: Path, port: int = 0) -> AsyncIterator[Endpoints]:
    """A real alert-service (its own downstreams down), on `port` when given."""
    async with running(create_alert_app(alert_settings(data)), ports=(port, 0, 0)) as ep:
        yield ep


async def alerts_at(http: httpx.AsyncClient, al: Endpoints, **params: Any) -> list[dict[str, Any]]:
    response = await http.get(f"{al.api}/api/v1/alerts", params={"limit": 500, **params})
    assert response.status_code == 200
    items: list[dict[str, Any]] = response.json()["items"]
    return items
