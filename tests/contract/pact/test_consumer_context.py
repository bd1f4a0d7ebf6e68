"""context-service as a consumer: storage (history, patterns, similar incidents),
intelligence (action statistics) and ai (context enhancement), through its ``Peers``."""

from __future__ import annotations

from pathlib import Path

from pact import match

from generated.clients.ai.models import EnhanceContextRequest
from generated.clients.storage.models import SimilarQuery
from services.context.adapters.peers import Peers
from tests.contract.support.pacts import (
    clients_of,
    new_pact,
    response_shape,
    standard_headers,
    write,
)

HISTORY = "storage holds the history of one remediated alert"
ALERT = {"name": "HighMemoryUsage", "namespace": "production", "resource": "api-server"}


async def test_context_reads_history_patterns_and_similar_incidents(tmp_path: Path) -> None:
    pact = new_pact("context", "storage")
    standard_headers(
        pact.upon_receiving("a history query for HolmesGPT")
        .given(HISTORY)
        .with_request("GET", "/api/v1/query-history")
        .with_query_parameter("namespace", "production")
        .with_query_parameter("resource", "api-server")
        .with_query_parameter("limit", "50"),
        "context",
    ).will_respond_with(200).with_body(
        response_shape("storage", "queryHistory", 200), content_type="application/json"
    )
    standard_headers(
        pact.upon_receiving("a pattern query for HolmesGPT")
        .given("storage holds mined patterns")
        .with_request("GET", "/api/v1/query-patterns")
        .with_query_parameter("alert_name", "HighMemoryUsage")
        .with_query_parameter("limit", "50"),
        "context",
    ).will_respond_with(200).with_body(
        response_shape("storage", "queryPatterns", 200), content_type="application/json"
    )
    standard_headers(
        pact.upon_receiving("a similar-incident search for HolmesGPT")
        .given(HISTORY)
        .with_request("POST", "/api/v1/similar"),
        "context",
    ).with_body(
        SimilarQuery.from_dict({"alert": ALERT, "k": 5}).to_dict(),
        content_type="application/json",
    ).will_respond_with(200).with_body(
        match.like({"items": [], "vectoriser": "hashing", "index": "exact"}),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("context", tmp_path, storage=str(mock.url)) as clients:
            peers = Peers(clients.get("storage"), None, None)
            history = await peers.history(
                namespace="production",
                resource="api-server",
                alert_name=None,
                action=None,
                since=None,
                limit=50,
            )
            patterns = await peers.patterns(
                alert_name="HighMemoryUsage", resource_kind=None, action=None, namespace=None
            )
            await peers.similar(ALERT, 5)
    assert history and patterns
    write(pact)


async def test_context_reads_action_statistics(tmp_path: Path) -> None:
    pact = new_pact("context", "intelligence")
    standard_headers(
        pact.upon_receiving("a statistics query for HolmesGPT")
        .with_request("GET", "/api/v1/statistics/actions")
        .with_query_parameter("alert_name", "HighMemoryUsage")
        .with_query_parameter("resource_kind", "Deployment"),
        "context",
    ).will_respond_with(200).with_body(match.like({"items": []}), content_type="application/json")
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("context", tmp_path, intelligence=str(mock.url)) as clients:
            stats = await Peers(None, clients.get("intelligence"), None).statistics(
                alert_name="HighMemoryUsage", resource_kind="Deployment", action=None
            )
    assert stats == []
    write(pact)


async def test_context_asks_ai_to_enhance_an_investigation(tmp_path: Path) -> None:
    request = {
        "context_type": "investigation",
        "investigation_id": "inv-42",
        "raw_context": {
            "namespace": "production",
            "resource_type": "deployment",
            "resource_name": "api-server",
            "alert_name": "HighMemoryUsage",
        },
        "enhancement_options": {"include_patterns": True, "include_history": True, "max_depth": 3},
    }
    pact = new_pact("context", "ai")
    standard_headers(
        pact.upon_receiving("an investigation to enhance").with_request(
            "POST", "/api/v1/enhance-context"
        ),
        "context",
    ).with_body(
        EnhanceContextRequest.from_dict(request).to_dict(), content_type="application/json"
    ).will_respond_with(200).with_body(
        response_shape("ai", "enhanceContext", 200), content_type="application/json"
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("context", tmp_path, ai=str(mock.url)) as clients:
            answer = await Peers(None, None, clients.get("ai")).enhance(request)
    assert "enhanced_context" in answer
    write(pact)
