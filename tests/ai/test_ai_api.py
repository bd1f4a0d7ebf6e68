"""ai-service over real HTTP: the seed's shapes, the catalogue, bad input, degradation."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.ai.app import create_app
from services.ai.domain.rules import RuleError
from services.ai.settings import AiSettings, LlmSettings

from .llm_server import ProviderServer, decision_json, openai_answer, serving

DOWN = "http://127.0.0.1:9"  # nothing listens on the discard port
SEED_REQUEST = {
    "alert": {
        "name": "HighMemoryUsage",
        "severity": "critical",
        "namespace": "default",
        "resource": "webapp-deployment",
        "labels": {"alertname": "HighMemoryUsage"},
        "annotations": {"summary": "Memory above 90%"},
    },
    "context": {
        "request_id": "6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11",
        "timestamp": "2025-09-26T23:00:00Z",
    },
}


def ai_settings(tmp_path: Path, **overrides: Any) -> AiSettings:
    values: dict[str, Any] = {"upstreams": upstreams_for({"storage": DOWN, "intelligence": DOWN})}
    values.update(overrides)
    return settings_for_test(AiSettings, tmp_path, **values)


# One running service for the read-mostly tests: building an app costs ~1.5 s.
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def http(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[httpx.AsyncClient]:
    settings = ai_settings(tmp_path_factory.mktemp("ai"), max_body_bytes=65536)
    async with (
        running(create_app(settings)) as ep,
        httpx.AsyncClient(base_url=ep.api, timeout=10) as client,
    ):
        yield client


async def test_analyze_alert_answers_in_the_seed_shape(http: httpx.AsyncClient) -> None:
    r = await http.post(
        "/api/v1/analyze-alert", json=SEED_REQUEST, headers={"X-Request-ID": "req-1"}
    )
    assert r.status_code == 200
    assert r.headers["X-Request-ID"] == "req-1"
    body = r.json()
    assert set(body) >= {"action", "confidence", "reasoning", "parameters", "decided_by"}
    assert set(body["reasoning"]) == {
        "summary",
        "primary_reason",
        "historical_context",
        "oscillation_risk",
    }
    assert body["action"] == "restart_pod"
    assert body["parameters"] == {"namespace": "default", "resource": "webapp-deployment"}
    assert body["decided_by"] == "rules" and body["risk"] == "low"
    assert 0 < body["confidence"] <= 1


async def test_unreachable_history_is_reported_in_reasoning_not_as_an_error(
    http: httpx.AsyncClient,
) -> None:
    r = await http.post("/api/v1/analyze-alert", json=SEED_REQUEST)
    assert r.status_code == 200
    context = r.json()["reasoning"]["historical_context"]
    assert "History unavailable (storage-service" in context
    assert "Action statistics unavailable (intelligence-service" in context


async def test_catalogue_is_listed_paginated_and_filtered(http: httpx.AsyncClient) -> None:
    first = (await http.get("/api/v1/actions", params={"limit": 10})).json()
    assert len(first["items"]) == 10 and first["next_cursor"]
    rest = (await http.get("/api/v1/actions", params={"cursor": first["next_cursor"]})).json()
    names = [a["name"] for a in first["items"] + rest["items"]]
    assert len(names) == 15 and "next_cursor" not in rest
    assert "notify_only" in names
    nodes = (
        await http.get("/api/v1/actions", params={"target_kind": "Node", "mutating": "true"})
    ).json()
    assert {a["name"] for a in nodes["items"]} == {"cordon_node", "uncordon_node", "drain_node"}


async def test_rules_are_listed_in_evaluation_order(http: httpx.AsyncClient) -> None:
    r = await http.get("/api/v1/rules", params={"alertname": "KubePodCrashLooping"})
    assert r.status_code == 200
    rules = r.json()["items"]
    assert [x["id"] for x in rules[:2]] == ["builtin/crashloop-oom", "builtin/crashloop"]
    assert rules[0]["labels"] == {"reason": ["OOMKilled"]}
    assert rules[1]["action"] == "restart_pod" and rules[1]["origin"] == "builtin"
    everything = (await http.get("/api/v1/rules", params={"limit": 500})).json()["items"]
    assert len(everything) > 25


async def test_one_action_carries_its_parameter_schema(http: httpx.AsyncClient) -> None:
    r = await http.get("/api/v1/actions/scale_deployment")
    assert r.status_code == 200
    body = r.json()
    assert body["risk"] == "medium" and body["mutating"] is True
    assert body["parameters"]["required"] == ["namespace", "resource", "replicas"]
    assert body["parameters"]["properties"]["replicas"]["minimum"] == 0


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"),
    [
        ("get", "/api/v1/actions/teleport_pod", {}, 404, "NOT_FOUND"),
        ("get", "/api/v1/actions", {"params": {"cursor": "!!!"}}, 400, None),
        ("get", "/api/v1/actions", {"params": {"risk": "extreme"}}, 400, None),
        ("post", "/api/v1/analyze-alert", {"json": {"context": {}}}, 400, None),
        ("post", "/api/v1/analyze-alert", {"json": {"alert": {"name": 42}}}, 400, None),
        ("post", "/api/v1/analyze-alert", {"json": {"alert": {"name": ""}}}, 400, None),
        (
            "post",
            "/api/v1/analyze-alert",
            {"json": {"alert": {"name": "X", "labels": {f"l{i}": "v" for i in range(200)}}}},
            400,
            None,
        ),
        (
            "post",
            "/api/v1/analyze-alert",
            {"json": {"alert": {"name": "X", "status": "maybe"}}},
            400,
            None,
        ),
        (
            "post",
            "/api/v1/analyze-alert",
            {"content": b"{not json", "headers": {"content-type": "application/json"}},
            400,
            None,
        ),
        (
            "post",
            "/api/v1/analyze-alert",
            {"json": {"alert": {"name": "X", "annotations": {"d": "x" * 70000}}}},
            413,
            "PAYLOAD_TOO_LARGE",
        ),
        (
            "post",
            "/api/v1/enhance-context",
            {"json": {"context_type": "astrology", "raw_context": {}}},
            400,
            None,
        ),
        (
            "post",
            "/api/v1/enhance-context",
            {
                "json": {
                    "context_type": "kubernetes",
                    "raw_context": {},
                    "enhancement_options": {"max_depth": 99},
                }
            },
            400,
            None,
        ),
        ("post", "/api/v1/optimize-workflow", {"json": {"steps": []}}, 400, None),
    ],
)
async def test_bad_input_gets_the_error_envelope_with_a_4xx(
    http: httpx.AsyncClient, method: Any, path: Any, kwargs: Any, status: Any, code: Any
) -> None:
    r = await getattr(http, method)(path, **kwargs)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["message"] and error["request_id"] and error["timestamp"]
    if code:
        assert error["code"] == code


async def test_enhance_context_recommends_from_rules_and_reports_sources(
    http: httpx.AsyncClient,
) -> None:
    r = await http.post(
        "/api/v1/enhance-context",
        json={
            "context_type": "kubernetes",
            "investigation_id": "inv-1",
            "raw_context": {
                "namespace": "default",
                "resource_type": "deployment",
                "resource_name": "webapp",
                "alert_name": "KubeDeploymentRolloutStuck",
            },
            "enhancement_options": {
                "include_patterns": True,
                "include_history": True,
                "max_depth": 3,
            },
        },
    )
    assert r.status_code == 200
    body = r.json()
    ctx = body["enhanced_context"]
    assert set(ctx) >= {"kubernetes", "patterns", "history", "recommendations"}
    assert ctx["kubernetes"]["kind"] == "Deployment" and ctx["kubernetes"]["name"] == "webapp"
    assert ctx["recommendations"][0]["action"] == "rollback_deployment"
    assert ctx["sources"] == {"history": "unavailable", "patterns": "unavailable"}
    assert 0 < body["confidence"] < 0.9
    assert body["processing_time_ms"] >= 0


async def test_optimize_workflow_reports_every_change(http: httpx.AsyncClient) -> None:
    r = await http.post(
        "/api/v1/optimize-workflow",
        json={
            "workflow_id": "wf-1",
            "steps": [
                {"action": "drain_node", "parameters": {"resource": "worker-1"}},
                {"action": "drain_node", "parameters": {"resource": "worker-1"}},
                {"action": "restart_pod", "parameters": {"namespace": "shop"}},
                {"action": "notify_only", "parameters": {"reason": "tell the team"}},
                {
                    "action": "collect_diagnostics",
                    "parameters": {"namespace": "shop", "resource": "web", "kind": "Pod"},
                },
            ],
            "constraints": {"max_risk": "high"},
        },
    )
    assert r.status_code == 200
    body = r.json()
    assert [s["action"] for s in body["steps"]] == [
        "collect_diagnostics",
        "collect_diagnostics",
        "drain_node",
        "notify_only",
    ]
    assert body["steps"][1]["parameters"] == {"resource": "worker-1", "kind": "Node"}
    types = sorted(c["type"] for c in body["changes"])
    assert types == [
        "added_diagnostics",
        "removed_duplicate",
        "removed_invalid",
        "reordered",
        "reordered",
    ]
    assert body["estimated_risk"] == "high" and body["requires_approval"] is True
    assert body["workflow_id"] == "wf-1"


async def test_optimize_workflow_replaces_actions_above_max_risk(http: httpx.AsyncClient) -> None:
    r = await http.post(
        "/api/v1/optimize-workflow",
        json={
            "steps": [
                {
                    "action": "scale_statefulset",
                    "parameters": {"namespace": "db", "resource": "pg", "replicas": 3},
                }
            ],
            "constraints": {"max_risk": "medium"},
        },
    )
    body = r.json()
    assert body["steps"][0]["action"] == "notify_only"
    assert "exceeds max_risk medium" in body["steps"][0]["parameters"]["reason"]
    assert body["changes"][0]["type"] == "replaced"


async def test_health_reports_rules_and_llm_state(http: httpx.AsyncClient) -> None:
    body = (await http.get("/health")).json()
    assert body["components"]["rules"] == "healthy"
    assert body["components"]["external-llm"] == "disabled"


async def test_configured_llm_decides_over_http_and_malformed_output_falls_back(
    tmp_path: Path,
) -> None:
    async with serving(ProviderServer()) as llm:
        llm.queue(
            (200, openai_answer(decision_json("notify_only", {"reason": "LLM says wait"}))),
            (200, openai_answer("garbage")),
            (200, openai_answer("more garbage")),
        )
        settings = ai_settings(
            tmp_path,
            llm=LlmSettings(provider="openai", model="gpt-4o-mini", base_url=llm.url + "/v1"),
        )
        async with (
            running(create_app(settings)) as ep,
            httpx.AsyncClient(base_url=ep.api, timeout=10) as http,
        ):
            first = (await http.post("/api/v1/analyze-alert", json=SEED_REQUEST)).json()
            assert first["decided_by"] == "llm" and first["action"] == "notify_only"
            assert first["decision"]["provider"] == "openai"
            again = (await http.post("/api/v1/analyze-alert", json=SEED_REQUEST)).json()
            assert again["decided_by"] == "cache"
            fresh = {**SEED_REQUEST, "context": {"skip_cache": True}}
            third = (await http.post("/api/v1/analyze-alert", json=fresh)).json()
            assert third["decided_by"] == "fallback" and third["action"] == "restart_pod"
            health = (await http.get("/health")).json()
            assert health["components"]["external-llm"] == "healthy"
            metrics = (await httpx.AsyncClient().get(ep.metrics + "/metrics")).text
            assert 'ai_decisions_total{action="restart_pod",decided_by="fallback"' in metrics
            assert 'ai_llm_calls_total{provider="openai",service="ai-service"} 3.0' in metrics


async def test_unreachable_llm_degrades_health_but_alerts_are_still_decided(
    tmp_path: Path,
) -> None:
    llm = LlmSettings(provider="vllm", model="m", base_url=DOWN + "/v1", timeout_seconds=2)
    async with (
        running(create_app(ai_settings(tmp_path, llm=llm))) as ep,
        httpx.AsyncClient(base_url=ep.api, timeout=15) as http,
    ):
        body = (await http.post("/api/v1/analyze-alert", json=SEED_REQUEST)).json()
        assert body["decided_by"] == "fallback" and body["action"] == "restart_pod"
        assert "LLM unavailable" in body["decision"]["fallback_reason"]
        health = (await http.get("/health")).json()
        assert health["components"]["external-llm"] == "degraded"
        assert health["status"] in ("healthy", "degraded")


async def test_broken_rules_file_stops_the_service_at_startup(tmp_path: Path) -> None:
    # The start-up hook raises; uvicorn then exits the process (SystemExit from a task
    # escapes the event loop, so the hook is driven directly here).
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules: [{id: x, match: {alertname: A}, action: launch_missiles}]")
    app = create_app(ai_settings(tmp_path, rules_file=rules))
    with pytest.raises(RuleError, match="action 'launch_missiles' is not in the catalogue"):
        await app.handlers.start()  # type: ignore[attr-defined]
