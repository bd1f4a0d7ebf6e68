"""intelligence-service as a consumer of storage-service: the history it mines and the
patterns it writes back, through its ``StorageSource`` adapter."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from generated.clients.storage.models import StorePatternsRequest
from services.intelligence.adapters.storage_source import StorageSource
from services.intelligence.domain.model import MinedPattern
from tests.contract.support.pacts import (
    clients_of,
    new_pact,
    response_shape,
    standard_headers,
    write,
)

SINCE = datetime(2026, 10, 29, 0, 0, tzinfo=UTC)
HISTORY = "storage holds the history of one remediated alert"


async def test_intelligence_mines_history_and_writes_patterns(tmp_path: Path) -> None:
    pattern = MinedPattern(
        pattern_type="action_effectiveness",
        key="HighMemoryUsage|Deployment|increase_resources",
        support=3,
        alert_name="HighMemoryUsage",
        resource_kind="Deployment",
        action="increase_resources",
        success_rate=0.67,
        description="increase_resources resolves HighMemoryUsage on Deployments 2 times in 3",
    )
    at = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    pact = new_pact("intelligence", "storage")
    for description, path, query, operation in (
        ("incidents to mine", "/api/v1/query-history", {"limit": "500"}, "queryHistory"),
        ("alerts to mine", "/api/v1/alerts", {"limit": "500"}, "listAlertRecords"),
    ):
        interaction = standard_headers(
            pact.upon_receiving(description)
            .given(HISTORY)
            .with_request("GET", path)
            .with_query_parameter("since", SINCE.isoformat()),
            "intelligence",
        )
        for key, value in query.items():
            interaction.with_query_parameter(key, value)
        interaction.will_respond_with(200).with_body(
            response_shape("storage", operation, 200), content_type="application/json"
        )
    for description, path, operation in (
        ("the newest action", "/api/v1/query-history", "queryHistory"),
        ("the newest assessment", "/api/v1/assessments", "listAssessments"),
        ("the newest alert", "/api/v1/alerts", "listAlertRecords"),
    ):
        standard_headers(
            pact.upon_receiving(description)
            .given(HISTORY)
            .with_request("GET", path)
            .with_query_parameter("limit", "1"),
            "intelligence",
        ).will_respond_with(200).with_body(
            response_shape("storage", operation, 200), content_type="application/json"
        )
    body = {
        "patterns": [{k: v for k, v in vars(pattern).items() if v is not None and v != ""}],
        "replace_types": ["action_effectiveness"],
        "computed_at": at.isoformat(),
    }
    standard_headers(
        pact.upon_receiving("mined patterns replacing the previous ones").with_request(
            "PUT", "/api/v1/patterns"
        ),
        "intelligence",
    ).with_body(
        StorePatternsRequest.from_dict(body).to_dict(), content_type="application/json"
    ).will_respond_with(200).with_body(
        response_shape("storage", "storePatterns", 200), content_type="application/json"
    )
    standard_headers(
        pact.upon_receiving("the stored patterns of one alert")
        .given("storage holds mined patterns")
        .with_request("GET", "/api/v1/query-patterns")
        .with_query_parameter("alert_name", "HighMemoryUsage")
        .with_query_parameter("limit", "50"),
        "intelligence",
    ).will_respond_with(200).with_body(
        response_shape("storage", "queryPatterns", 200), content_type="application/json"
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("intelligence", tmp_path, storage=str(mock.url)) as clients:
            source = StorageSource(clients.get("storage"))
            incidents = await source.incidents(SINCE, 1000)
            alerts = await source.alerts(SINCE, 1000)
            marker = await source.change_marker()
            await source.write_patterns([pattern], ["action_effectiveness"], at)
            patterns, _ = await source.patterns(alert_name="HighMemoryUsage")
    assert incidents and alerts and patterns and all(marker)
    write(pact)
