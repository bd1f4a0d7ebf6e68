"""Durable delivery: accepted alerts survive downstream outages and gateway restarts,
and reach alert-service exactly once in effect (at-least-once sending, idempotent
ingest), over real HTTP with a real alert-service.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from kubernaut.runtime.server import running
from services.gateway.app import create_app
from tests.gateway.gateway_support import (
    alert_service,
    alerts_at,
    free_port,
    gateway_settings,
    metric_value,
    pod_alert,
    wait_for,
    webhook,
)


async def test_accepted_alerts_survive_a_downstream_outage(tmp_path: Path) -> None:
    port = free_port()
    settings = gateway_settings(tmp_path / "gw", f"http://127.0.0.1:{port}")
    async with running(create_app(settings)) as gw, httpx.AsyncClient() as http:
        body = webhook([pod_alert(i) for i in range(3)])
        assert (await http.post(f"{gw.api}/alerts", json=body)).status_code == 202

        async def failing() -> bool:
            stats = (await http.get(f"{gw.api}/api/v1/intake/stats")).json()
            return bool(stats["forward_failures_total"] > 0 and stats["pending"] == 3)

        await wait_for(failing)
        stats = (await http.get(f"{gw.api}/api/v1/intake/stats")).json()
        assert stats["downstream"] == "unavailable"
        async with alert_service(tmp_path / "alert", port=port) as al:

            async def delivered() -> bool:
                return len(await alerts_at(http, al)) == 3

            await wait_for(delivered)
            stats = (await http.get(f"{gw.api}/api/v1/intake/stats")).json()
            assert (stats["pending"], stats["forwarded_total"]) == (0, 3)


async def test_gateway_restart_with_alerts_in_flight_loses_and_duplicates_nothing(
    tmp_path: Path,
) -> None:
    port = free_port()
    settings = gateway_settings(tmp_path / "gw", f"http://127.0.0.1:{port}")
    bodies = [webhook([pod_alert(i)], group_key=f"{{}}:{{r{i}}}") for i in range(5)]
    event_ids: list[str] = []
    # alert-service is down: the gateway accepts, stores and cannot forward yet.
    async with running(create_app(settings)) as gw, httpx.AsyncClient() as http:
        for body in bodies:
            receipt = (await http.post(f"{gw.api}/alerts", json=body)).json()
            assert receipt["accepted"] == 1
            event_ids.append(receipt["events"][0]["event_id"])
        stats = (await http.get(f"{gw.api}/api/v1/intake/stats")).json()
        assert stats["pending"] == 5
    # A new gateway process on the same data directory, alert-service back.
    async with (
        alert_service(tmp_path / "alert", port=port) as al,
        running(create_app(settings)) as gw,
        httpx.AsyncClient() as http,
    ):

        async def delivered() -> bool:
            return len(await alerts_at(http, al)) == 5

        await wait_for(delivered)
        # Alertmanager resends after the restart: recognised, no new work.
        for body in bodies:
            receipt = (await http.post(f"{gw.api}/alerts", json=body)).json()
            assert receipt["duplicates"] == 1
        records = await alerts_at(http, al)
        assert sorted(e for r in records for e in r["event_ids"]) == sorted(event_ids)
        for event_id in event_ids:
            event = (await http.get(f"{gw.api}/api/v1/intake/events/{event_id}")).json()
            assert event["state"] == "forwarded"
        alert_metrics = (await http.get(f"{al.metrics}/metrics")).text
        assert metric_value(alert_metrics, "alert_events_duplicates_total") == 0
        assert metric_value(alert_metrics, "alerts_processed_total") == 5


@contextlib.asynccontextmanager
async def answer_lost_relay(target: str) -> AsyncIterator[tuple[str, asyncio.Event]]:
    """An HTTP relay in front of alert-service that delivers each ingest request and
    then withholds the answer until released: the gateway's view of a connection that
    died after the downstream had already accepted the batch."""
    release = asyncio.Event()

    async def ingest(request: Request) -> Response:
        async with httpx.AsyncClient() as client:
            upstream = await client.post(
                f"{target}/api/v1/alerts/ingest",
                content=await request.body(),
                headers={"Content-Type": "application/json"},
            )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(release.wait(), timeout=30)
        return Response(upstream.content, upstream.status_code, media_type="application/json")

    app = Starlette(routes=[Route("/api/v1/alerts/ingest", ingest, methods=["POST"])])
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    try:

        async def started() -> bool:
            return bool(server.started)

        await wait_for(started, within=10, interval=0.01)
        yield f"http://127.0.0.1:{port}", release
    finally:
        release.set()
        server.should_exit = True
        await task


async def test_restart_after_a_delivery_whose_answer_was_lost_duplicates_no_work(
    tmp_path: Path,
) -> None:
    body = webhook([pod_alert(i, namespace="lost") for i in range(3)])
    async with alert_service(tmp_path / "alert") as al, httpx.AsyncClient() as http:
        async with answer_lost_relay(al.api) as (relay, _):
            settings = gateway_settings(tmp_path / "gw", relay)
            async with running(create_app(settings)) as gw:
                receipt = (await http.post(f"{gw.api}/alerts", json=body)).json()
                event_ids = [e["event_id"] for e in receipt["events"]]

                async def ingested() -> bool:
                    return len(await alerts_at(http, al, namespace="lost")) == 3

                await wait_for(ingested)
                # alert-service has the events; the gateway has not heard back.
                for event_id in event_ids:
                    event = (await http.get(f"{gw.api}/api/v1/intake/events/{event_id}")).json()
                    assert event["state"] == "pending"
            # The gateway stopped with the delivery unanswered.
        # Restarted, now talking to alert-service directly: it re-sends what it
        # never saw acknowledged, and alert-service recognises every event.
        settings = gateway_settings(tmp_path / "gw", al.api)
        async with running(create_app(settings)) as gw:

            async def acknowledged() -> bool:
                stats = (await http.get(f"{gw.api}/api/v1/intake/stats")).json()
                return bool(stats["pending"] == 0)

            await wait_for(acknowledged)
        records = await alerts_at(http, al, namespace="lost")
        assert sorted(e for r in records for e in r["event_ids"]) == sorted(event_ids)
        metrics = (await http.get(f"{al.metrics}/metrics")).text
        assert metric_value(metrics, "alert_events_duplicates_total") == 3
        assert metric_value(metrics, "alerts_processed_total") == 3
