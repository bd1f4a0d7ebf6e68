"""notification-service over real HTTP: retries, circuit breakers, isolation of failing
channels, secrets and resuming deliveries after a restart."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from kubernaut.runtime.settings import ResilienceSettings

from .conftest import ServiceFactory
from .receivers import Receiver, Reply

ALERT = {
    "name": "KubePodCrashLooping",
    "fingerprint": "fp-1",
    "namespace": "shop",
    "labels": {"alertname": "KubePodCrashLooping", "namespace": "shop", "team": "web"},
}


def hook(receiver: Receiver, path: str = "/hook") -> dict[str, Any]:
    return {"type": "slack_webhook", "webhook_url": f"{receiver.url}{path}"}


async def test_failed_attempt_is_retried_with_backoff_until_delivered(
    notification_service: ServiceFactory,
) -> None:
    with Receiver() as slack:
        slack.script(Reply(503, "unavailable"), Reply(429, "slow down", {"Retry-After": "0"}))
        routes = {"channels": {"slack": hook(slack)}, "route": {"channels": ["slack"]}}
        async with notification_service(routes) as svc:
            await svc.notify(notification_id="retry-1")
            data = await svc.settled("retry-1")
            metrics = (await httpx.AsyncClient().get(f"{svc.endpoints.metrics}/metrics")).text
    assert data["status"] == "delivered"
    assert data["deliveries"][0]["attempts"] == 3
    assert len(slack.requests) == 3
    attempts = (
        'notification_delivery_attempts_total{channel="slack",outcome="failure",'
        'service="notification-service"} 2.0'
    )
    delivered = (
        'notification_deliveries_total{channel="slack",channel_type="slack_webhook",'
        'service="notification-service",status="delivered"} 1.0'
    )
    assert attempts in metrics and delivered in metrics


async def test_a_failing_channel_does_not_block_the_others(
    notification_service: ServiceFactory,
) -> None:
    with (
        Receiver(Reply(500, "boom")) as broken,
        Receiver(Reply(200, "ok", delay=0)) as healthy,
        Receiver(Reply(200, "ok", delay=3)) as slow,
    ):
        routes = {
            "channels": {
                "broken": hook(broken),
                "healthy": hook(healthy),
                "slow": {**hook(slow), "timeout_seconds": 1.0, "max_attempts": 1},
            },
            "route": {"channels": ["slow", "broken", "healthy"]},
        }
        async with notification_service(routes) as svc:
            started = time.monotonic()
            await svc.notify(notification_id="iso-1")
            # The receiver runs in a thread: poll it.
            while not healthy.requests and time.monotonic() - started < 5:  # noqa: ASYNC110
                await asyncio.sleep(0.01)
            healthy_after = time.monotonic() - started
            data = await svc.settled("iso-1")
            channels = (await svc.http.get("/api/v1/channels")).json()["items"]
    assert healthy_after < 0.8  # neither the slow nor the broken channel held it up
    by_channel = {d["channel"]: d for d in data["deliveries"]}
    assert by_channel["healthy"]["status"] == "delivered"
    assert by_channel["broken"]["status"] == "failed" and by_channel["broken"]["attempts"] == 3
    assert "HTTP 500" in by_channel["broken"]["last_error"]
    assert (
        by_channel["slow"]["status"] == "failed" and "timeout" in by_channel["slow"]["last_error"]
    )
    assert data["status"] == "partial"
    info = {c["name"]: c for c in channels}
    assert info["broken"]["failed"] == 1 and info["healthy"]["delivered"] == 1


async def test_circuit_opens_after_repeated_failures_and_fails_fast(
    notification_service: ServiceFactory,
) -> None:
    with Receiver(Reply(502, "bad gateway")) as broken:
        routes = {"channels": {"b": hook(broken)}, "route": {"channels": ["b"]}}
        async with notification_service(routes, group_window_seconds=0) as svc:
            await svc.notify(notification_id="cb-1")
            await svc.settled("cb-1")
            await svc.notify(notification_id="cb-2")
            second = await svc.settled("cb-2")
            channels = (await svc.http.get("/api/v1/channels")).json()["items"]
            health = (await svc.http.get("/health")).json()
    # 3 attempts + 2 attempts reach the threshold of 5; the 3rd attempt of cb-2 is refused
    assert len(broken.requests) == 5
    assert "circuit open" in second["deliveries"][0]["last_error"]
    assert channels[0]["circuit_state"] == "open"
    assert health["components"]["channels"] == "degraded"


async def test_secrets_never_appear_in_answers_or_logs(
    notification_service: ServiceFactory, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret_path = "T0001/B0002/SuperSecretWebhookToken"
    url_file = tmp_path / "slack-url"
    with Receiver(Reply(404, f"no_service for /services/{secret_path}")) as slack:
        url_file.write_text(f"{slack.url}/services/{secret_path}\n")
        routes = {
            "channels": {
                "slack": {"type": "slack_webhook", "webhook_url_file": str(url_file)},
                "pd": {
                    "type": "pagerduty",
                    "routing_key": "PDROUTINGKEYSECRET12345",
                    "events_url": "http://127.0.0.1:9/v2/enqueue",
                },
            },
            "route": {"channels": ["slack", "pd"]},
        }
        async with notification_service(routes) as svc:
            await svc.notify(notification_id="sec-1")
            data = await svc.settled("sec-1")
            answers = [json.dumps(data)]
            for path in ("/api/v1/channels", "/api/v1/routing", "/api/v1/notifications"):
                answers.append((await svc.http.get(path)).text)
            answers.append((await httpx.AsyncClient().get(f"{svc.endpoints.metrics}/metrics")).text)
    assert slack.requests and slack.requests[0].path == f"/services/{secret_path}"
    assert data["status"] == "failed"
    assert "HTTP 404" in data["deliveries"][0]["last_error"]
    logs = "\n".join(r.getMessage() for r in caplog.records)
    assert "delivery of sec-1" in logs
    for text in (*answers, logs):
        assert "SuperSecretWebhookToken" not in text
        assert "PDROUTINGKEYSECRET12345" not in text


async def test_unfinished_deliveries_resume_after_a_restart(
    notification_service: ServiceFactory,
) -> None:
    slow_retries = ResilienceSettings(initial_delay=30, max_delay=30, max_attempts=3, timeout=2)
    with Receiver(Reply(503, "down")) as slack:
        routes = {"channels": {"slack": hook(slack)}, "route": {"channels": ["slack"]}}
        async with notification_service(routes, channel_resilience=slow_retries) as svc:
            await svc.notify(notification_id="durable-1")
            while not slack.requests:  # noqa: ASYNC110 - the receiver runs in a thread
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.1)
            before = (await svc.http.get("/api/v1/notifications/durable-1")).json()
        # stopped while waiting 30 s before the second attempt
        slack.default = Reply(200, "ok")
        async with notification_service(routes, channel_resilience=slow_retries) as svc:
            after = await svc.settled("durable-1")
    assert before["status"] == "pending" and before["deliveries"][0]["attempts"] == 1
    assert after["status"] == "delivered"
    assert after["deliveries"][0]["attempts"] == 2
    assert len(slack.requests) == 2
