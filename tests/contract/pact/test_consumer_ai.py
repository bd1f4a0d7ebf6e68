"""ai-service as a consumer: remediation history (storage) and action statistics
(intelligence), read by its ``ServiceHistory`` adapter when it analyses an alert."""

from __future__ import annotations

from pathlib import Path

from pact import match

from services.ai.adapters.history import ServiceHistory
from tests.contract.support.pacts import (
    clients_of,
    iso,
    new_pact,
    response_shape,
    standard_headers,
    write,
)


async def test_ai_reads_what_was_done_to_the_target(tmp_path: Path) -> None:
    pact = new_pact("ai", "storage")
    standard_headers(
        pact.upon_receiving("a history query for one workload")
        .given("storage holds the history of one remediated alert")
        .with_request("GET", "/api/v1/query-history")
        .with_query_parameter("resource", "api-server")
        .with_query_parameter("namespace", "production")
        .with_query_parameter("since", iso("2026-11-21T02:00:00+00:00"))
        .with_query_parameter("limit", "100"),
        "ai",
    ).will_respond_with(200).with_body(
        response_shape("storage", "queryHistory", 200), content_type="application/json"
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("ai", tmp_path, storage=str(mock.url)) as clients:
            view = await ServiceHistory(clients.get("storage"), None).fetch(
                alert_name="HighMemoryUsage",
                namespace="production",
                resource="api-server",
                kind="Deployment",
            )
    assert view.history_error is None and view.records
    write(pact)


async def test_ai_reads_action_success_rates(tmp_path: Path) -> None:
    pact = new_pact("ai", "intelligence")
    standard_headers(
        pact.upon_receiving("a statistics query for an alert on a kind of workload")
        .with_request("GET", "/api/v1/statistics/actions")
        .with_query_parameter("alert_name", "HighMemoryUsage")
        .with_query_parameter("resource_kind", "Deployment"),
        "ai",
    ).will_respond_with(200).with_body(match.like({"items": []}), content_type="application/json")
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("ai", tmp_path, intelligence=str(mock.url)) as clients:
            view = await ServiceHistory(None, clients.get("intelligence")).fetch(
                alert_name="HighMemoryUsage",
                namespace="production",
                resource="api-server",
                kind="Deployment",
            )
    assert view.statistics_error is None
    write(pact)
