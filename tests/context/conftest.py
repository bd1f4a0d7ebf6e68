"""Fixtures for context-service tests: the Kubernetes emulator with a small workload and a
loopback server speaking the Prometheus HTTP API."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import kmock
import pytest_asyncio
from aiohttp import web


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _owner(kind: str, name: str) -> list[dict[str, Any]]:
    api = "apps/v1"
    return [
        {"apiVersion": api, "kind": kind, "name": name, "uid": f"uid-{name}", "controller": True}
    ]


def _pod(name: str, ready: bool, restarts: int, waiting: str | None = None) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "name": name,
            "namespace": "shop",
            "labels": {"app": "web"},
            "ownerReferences": _owner("ReplicaSet", "web-5d8f9"),
        },
        "spec": {"nodeName": "node-1", "containers": [{"name": "app", "image": "acme/web:1.4"}]},
        "status": {
            "phase": "Running",
            "conditions": [{"type": "Ready", "status": "True" if ready else "False"}],
            "containerStatuses": [
                {
                    "name": "app",
                    "ready": ready,
                    "restartCount": restarts,
                    "image": "acme/web:1.4",
                    "imageID": "",
                    "state": {"waiting": {"reason": waiting}} if waiting else {"running": {}},
                    **(
                        {"lastState": {"terminated": {"reason": "OOMKilled", "exitCode": 137}}}
                        if waiting
                        else {}
                    ),
                }
            ],
        },
    }


def _event(
    name: str, kind: str, obj: str, reason: str, ts: str, type_: str = "Normal"
) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Event",
        "metadata": {"name": name, "namespace": "shop"},
        "involvedObject": {"kind": kind, "name": obj, "namespace": "shop"},
        "reason": reason,
        "message": f"{reason} on {obj}",
        "type": type_,
        "count": 3,
        "firstTimestamp": ts,
        "lastTimestamp": ts,
    }


@pytest_asyncio.fixture()
async def cluster() -> AsyncIterator[tuple[kmock.KubernetesEmulator, str]]:
    async with kmock.KubernetesEmulator() as emulator, kmock.Server(emulator) as server:
        for res in ("v1/pods", "v1/events", "apps/v1/deployments", "apps/v1/replicasets"):
            emulator.resources[res] = kmock.ResourceInfo()
        o = emulator.objects
        o["apps/v1/deployments", "shop", "web"] = {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {
                "name": "web",
                "namespace": "shop",
                "uid": "uid-web",
                "labels": {"app": "web"},
            },
            "spec": {
                "replicas": 2,
                "selector": {"matchLabels": {"app": "web"}},
                "template": {"spec": {"containers": [{"name": "app", "image": "acme/web:1.4"}]}},
            },
            "status": {
                "replicas": 2,
                "readyReplicas": 1,
                "availableReplicas": 1,
                "updatedReplicas": 2,
            },
        }
        o["apps/v1/replicasets", "shop", "web-5d8f9"] = {
            "apiVersion": "apps/v1",
            "kind": "ReplicaSet",
            "metadata": {
                "name": "web-5d8f9",
                "namespace": "shop",
                "ownerReferences": _owner("Deployment", "web"),
            },
            "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}}},
            "status": {"replicas": 2, "readyReplicas": 1},
        }
        o["v1/pods", "shop", "web-5d8f9-a"] = _pod("web-5d8f9-a", True, 0)
        o["v1/pods", "shop", "web-5d8f9-b"] = _pod("web-5d8f9-b", False, 7, "CrashLoopBackOff")
        o["v1/pods", "shop", "other-1"] = {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {"name": "other-1", "namespace": "shop", "labels": {"app": "other"}},
            "status": {"phase": "Running"},
        }
        o["v1/events", "shop", "e1"] = _event(
            "e1", "Pod", "web-5d8f9-b", "BackOff", "2025-09-26T22:59:00Z", "Warning"
        )
        o["v1/events", "shop", "e2"] = _event(
            "e2", "Deployment", "web", "ScalingReplicaSet", "2025-09-26T22:00:00Z"
        )
        o["v1/events", "shop", "e3"] = _event(
            "e3", "Pod", "other-1", "Pulled", "2025-09-26T23:00:00Z"
        )
        yield emulator, str(server.url).rstrip("/")


@dataclass
class FakePrometheus:
    """Speaks /api/v1/query_range like Prometheus; records the PromQL it is asked."""

    url: str = ""
    queries: list[str] = field(default_factory=list)


@pytest_asyncio.fixture()
async def prometheus_api() -> AsyncIterator[FakePrometheus]:
    state = FakePrometheus()

    async def query_range(request: web.Request) -> web.Response:
        q = request.query.get("query", "")
        state.queries.append(q)
        if "(" in q and q.count("(") != q.count(")"):
            return web.json_response(
                {"status": "error", "errorType": "bad_data", "error": "parse error"}, status=400
            )
        start, end, step = (float(request.query[k]) for k in ("start", "end", "step"))
        values = []
        t, i = start, 0
        while t <= end and i < 1000:
            values.append([t, str(100.0 + i)])
            t += step
            i += 1
        return web.json_response(
            {
                "status": "success",
                "data": {
                    "resultType": "matrix",
                    "result": [{"metric": {"namespace": "shop"}, "values": values}],
                },
            }
        )

    async def ready(_: web.Request) -> web.Response:
        return web.Response(text="Prometheus Server is Ready.")

    app = web.Application()
    app.router.add_get("/api/v1/query_range", query_range)
    app.router.add_get("/-/ready", ready)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    state.url = f"http://127.0.0.1:{port}"
    yield state
    await runner.cleanup()
