"""context-service over real HTTP: real data for a resource on the emulated cluster, metric
series from a Prometheus API, history/patterns/similar from the real storage and
intelligence services, freshness and caching, and partial answers when a source is down."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx

from kubernaut.runtime.server import Endpoints, running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.ai.app import create_app as create_ai
from services.ai.settings import AiSettings
from services.context.app import create_app
from services.context.settings import ContextSettings, KubernetesAccess
from services.intelligence.app import create_app as create_intelligence
from services.intelligence.settings import IntelligenceSettings
from services.storage.app import create_app as create_storage
from services.storage.settings import StorageSettings

from .conftest import FakePrometheus, free_port

CLOSED = f"http://127.0.0.1:{free_port()}"


def context_settings(
    tmp: Path, kube_url: str | None, prom: str | None, **upstreams: str
) -> ContextSettings:
    urls = {"storage": CLOSED, "intelligence": CLOSED, "ai": CLOSED, **upstreams}
    return settings_for_test(
        ContextSettings,
        tmp,
        prometheus_url=prom,
        kubernetes=KubernetesAccess(host=kube_url) if kube_url else KubernetesAccess(),
        upstreams=upstreams_for(urls),
        investigation_range_seconds=600,
        investigation_step_seconds=60,
    )


@asynccontextmanager
async def context_api(settings: ContextSettings) -> AsyncIterator[httpx.AsyncClient]:
    async with (
        running(create_app(settings)) as ep,
        httpx.AsyncClient(base_url=ep.api, timeout=30) as http,
    ):
        yield http


def action(action_id: str, ns: str, resource: str, act: str) -> dict[str, Any]:
    return {
        "alert": {
            "name": "HighMemoryUsage",
            "severity": "critical",
            "namespace": ns,
            "resource": resource,
            "kind": "Deployment",
            "labels": {"alertname": "HighMemoryUsage", "namespace": ns},
            "annotations": {"description": "memory above 90% of the limit"},
        },
        "action": act,
        "confidence": 0.8,
        "reasoning": {"summary": "memory pressure", "primary_reason": "memory above limit"},
        "parameters": {"namespace": ns, "resource": resource},
        "request_id": f"req-{action_id}",
        "action_id": action_id,
    }


async def seed_storage(st: Endpoints) -> None:
    async with httpx.AsyncClient(base_url=st.api) as http:
        for body in (
            action("act-1", "shop", "web", "increase_resources"),
            action("act-2", "cart", "api", "restart_pod"),
        ):
            r = await http.post("/api/v1/store-action", json=body)
            assert r.status_code == 201, r.text
        r = await http.put(
            "/api/v1/patterns",
            json={
                "patterns": [
                    {
                        "pattern_type": "action_effectiveness",
                        "key": "HighMemoryUsage|Deployment|increase_resources",
                        "alert_name": "HighMemoryUsage",
                        "resource_kind": "Deployment",
                        "action": "increase_resources",
                        "support": 5,
                        "success_rate": 0.8,
                        "data": {"successes": 4, "failures": 1},
                    }
                ]
            },
        )
        assert r.status_code == 200, r.text


async def test_kubernetes_context_of_a_deployment_is_real_and_cached(
    tmp_path: Path, cluster: Any
) -> None:
    _, kube_url = cluster
    async with context_api(context_settings(tmp_path, kube_url, None)) as http:
        r = await http.get("/api/v1/context/kubernetes/shop/deployment/web")
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["kind"] == "Deployment" and body["summary"]["replicas"]["ready"] == 1
        assert body["summary"]["images"] == ["acme/web:1.4"]
        assert sorted(p["name"] for p in body["pods"]) == ["web-5d8f9-a", "web-5d8f9-b"]
        crashing = next(p for p in body["pods"] if p["name"] == "web-5d8f9-b")
        assert crashing["containers"][0]["reason"] == "CrashLoopBackOff"
        assert crashing["containers"][0]["last_termination_reason"] == "OOMKilled"
        assert [e["reason"] for e in body["events"]] == ["BackOff", "ScalingReplicaSet"]
        assert body["owner_chain"] == []
        assert body["partial"] is False and body["missing"] == []
        assert body["freshness"]["source"] == "kubernetes" and body["freshness"]["cached"] is False

        again = (await http.get("/api/v1/context/kubernetes/shop/deployment/web")).json()
        assert again["freshness"]["cached"] is True
        assert again["freshness"]["fetched_at"] == body["freshness"]["fetched_at"]


async def test_kubernetes_context_of_a_pod_walks_the_owner_chain(
    tmp_path: Path, cluster: Any
) -> None:
    emulator, kube_url = cluster
    settings = context_settings(tmp_path, kube_url, None)
    settings.kubernetes.token = "t0k"  # a service-account token, sent as a bearer token
    async with context_api(settings) as http:
        body = (await http.get("/api/v1/context/kubernetes/shop/Pod/web-5d8f9-b")).json()
        assert [(o["kind"], o["name"]) for o in body["owner_chain"]] == [
            ("ReplicaSet", "web-5d8f9"),
            ("Deployment", "web"),
        ]
        assert [p["name"] for p in body["pods"]] == ["web-5d8f9-b"]
        assert body["events"][0]["reason"] == "BackOff"

        missing = await http.get("/api/v1/context/kubernetes/shop/deployment/nope")
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "NOT_FOUND"
        unknown = await http.get("/api/v1/context/kubernetes/shop/widget/web")
        assert unknown.status_code == 422  # a valid name, but not a kind we read
        bad = await http.get("/api/v1/context/kubernetes/shop/deployment/Not_A_Name")
        assert bad.status_code == 400
    sent = [{k.lower(): v for k, v in r.headers.items()} for r in emulator]
    assert sent and all(h.get("authorization") == "Bearer t0k" for h in sent)
    assert all(r.method.value == "GET" for r in emulator)  # read-only


async def test_metrics_context_returns_key_series_for_the_resource(
    tmp_path: Path, prometheus_api: FakePrometheus
) -> None:
    async with context_api(context_settings(tmp_path, None, prometheus_api.url)) as http:
        r = await http.get(
            "/api/v1/context/metrics/shop/Deployment/web",
            params={"range_seconds": 600, "step_seconds": 60},
        )
        assert r.status_code == 200, r.text
        body = r.json()
        names = {s["name"] for s in body["series"]}
        assert {"memory_working_set_bytes", "container_restarts"} <= names
        assert all('pod=~"web-.*"' in q and 'namespace="shop"' in q for q in prometheus_api.queries)
        mem = next(s for s in body["series"] if s["name"] == "memory_working_set_bytes")
        assert len(mem["points"]) == 11 and mem["min"] == 100.0 and mem["latest"] == 110.0
        assert body["freshness"]["source"] == "prometheus"
        bad = await http.get(
            "/api/v1/context/metrics/shop/Deployment/web",
            params={"range_seconds": 60, "step_seconds": 120},
        )
        assert bad.status_code == 422


async def test_history_patterns_and_similar_come_from_storage_and_intelligence(
    tmp_path: Path, cluster: Any
) -> None:
    storage = create_storage(settings_for_test(StorageSettings, tmp_path / "storage"))
    async with running(storage) as st, contextlib.AsyncExitStack() as stack:
        await seed_storage(st)
        intelligence = create_intelligence(
            settings_for_test(
                IntelligenceSettings,
                tmp_path / "intel",
                upstreams=upstreams_for({"storage": st.api}),
            )
        )
        async with running(intelligence) as it:
            async with httpx.AsyncClient(base_url=it.api) as ih:
                assert (await ih.post("/api/v1/patterns/recompute", json={})).status_code in (
                    200,
                    202,
                )
            ai_settings = settings_for_test(
                AiSettings,
                tmp_path / "ai",
                upstreams=upstreams_for({"storage": st.api, "intelligence": it.api}),
            )
            ai = await stack.enter_async_context(running(create_ai(ai_settings)))
            settings = context_settings(
                tmp_path / "ctx", None, None, storage=st.api, intelligence=it.api, ai=ai.api
            )
            async with context_api(settings) as http:
                hist = (
                    await http.get(
                        "/api/v1/context/history", params={"namespace": "shop", "resource": "web"}
                    )
                ).json()
                assert [i["action"] for i in hist["items"]] == ["increase_resources"]
                assert hist["freshness"]["source"] == "storage" and hist["partial"] is False

                pats = (
                    await http.get(
                        "/api/v1/context/patterns", params={"alert_name": "HighMemoryUsage"}
                    )
                ).json()
                assert pats["patterns"][0]["action"] == "increase_resources"
                assert pats["partial"] is False, pats["missing"]
                assert {s["source"] for s in pats["sources"]} == {"storage", "intelligence"}
                assert pats["freshness"]["source"] == "multiple"
                assert pats["statistics"], (
                    "intelligence computed statistics from the stored actions"
                )
                assert {st["alert_name"] for st in pats["statistics"]} == {"HighMemoryUsage"}

                sim = (
                    await http.get(
                        "/api/v1/context/similar",
                        params={
                            "alert_name": "HighMemoryUsage",
                            "namespace": "shop",
                            "resource": "web",
                            "k": 2,
                        },
                    )
                ).json()
                assert len(sim["items"]) == 2
                assert sim["items"][0]["action_id"] == "act-1"
                assert sim["items"][0]["similarity"] >= sim["items"][1]["similarity"]

                inv = (
                    await http.get(
                        "/api/v1/context/investigation",
                        params={
                            "namespace": "shop",
                            "kind": "Deployment",
                            "name": "web",
                            "alert_name": "HighMemoryUsage",
                            "include": "history,patterns,similar,enhanced",
                            "investigation_id": "inv-1",
                        },
                    )
                ).json()
                assert inv["partial"] is False, inv["missing"]
                assert inv["enhanced"]["enhanced_context"]
                assert 0 <= inv["enhanced"]["confidence"] <= 1
                assert {s["part"] for s in inv["sources"]} >= {
                    "history",
                    "patterns",
                    "similar",
                    "enhanced",
                }


async def test_partial_answers_name_the_missing_sources(tmp_path: Path, cluster: Any) -> None:
    _, kube_url = cluster
    storage = create_storage(settings_for_test(StorageSettings, tmp_path / "storage"))
    async with running(storage) as st:
        await seed_storage(st)
        # Prometheus, intelligence-service and ai-service are down.
        settings = context_settings(tmp_path / "ctx", kube_url, CLOSED, storage=st.api)
        async with context_api(settings) as http:
            health = await http.get("/health")
            assert health.status_code == 200  # degraded sources do not take context down
            components = health.json()["components"]
            assert components["kubernetes"] == "healthy"
            assert components["prometheus"] == "unavailable"
            pats = (
                await http.get("/api/v1/context/patterns", params={"alert_name": "HighMemoryUsage"})
            ).json()
            assert pats["partial"] is True and pats["patterns"]
            assert [(m["part"], m["source"]) for m in pats["missing"]] == [
                ("statistics", "intelligence")
            ]

            inv = await http.get(
                "/api/v1/context/investigation",
                params={
                    "namespace": "shop",
                    "kind": "Deployment",
                    "name": "web",
                    "alert_name": "HighMemoryUsage",
                },
            )
            assert inv.status_code == 200, inv.text
            body = inv.json()
            assert body["kubernetes"]["summary"]["replicas"]["desired"] == 2
            assert [i["action"] for i in body["history"]["items"]] == ["increase_resources"]
            assert body["similar"]["items"]
            assert body["partial"] is True
            missing = {(m["part"], m["source"]) for m in body["missing"]}
            assert ("patterns.statistics", "intelligence") in missing
            assert ("enhanced", "ai") in missing
            assert any(p.startswith("metrics") and s == "prometheus" for p, s in missing)
            assert "metrics" not in body

            only = (
                await http.get(
                    "/api/v1/context/investigation",
                    params={
                        "namespace": "shop",
                        "kind": "Deployment",
                        "name": "web",
                        "include": "kubernetes",
                    },
                )
            ).json()
            assert (
                set(only) >= {"kubernetes"} and "history" not in only and only["partial"] is False
            )

        # The only source of an endpoint is down: 503 with the seed's envelope.
        async with context_api(context_settings(tmp_path / "ctx2", None, None)) as http:
            r = await http.get("/api/v1/context/history", params={"namespace": "shop"})
            assert r.status_code == 503
            err = r.json()["error"]
            assert (
                err["code"] == "SERVICE_UNAVAILABLE"
                and err["details"]["missing"][0]["source"] == "storage"
            )
