"""The whole platform in one event loop: ten services over real HTTP and an emulated cluster.

Every service is built with ``kubernaut.services.build_for_test`` on an API port chosen
before any app exists, so each one can be given the real URLs of all the others. Timings
(poll intervals, retry back-offs, stabilisation windows) are shortened through the
services' own settings; nothing of ours is patched.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import random
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
import kmock
from aiohttp import web

from kubernaut.runtime.ports import SERVICE_NAMES
from kubernaut.runtime.server import running
from kubernaut.runtime.testing import upstreams_for
from kubernaut.services import build_for_test
from services.executor.domain.selectors import matches
from tests.executor import objects as o
from tests.executor.emulator import ClusterEmulator

T = TypeVar("T")
# Copies of the webhooks captured from a real Alertmanager 0.25 (shared/fixtures).
FIXTURES = Path(__file__).resolve().parents[1] / "gateway" / "fixtures"
WEBHOOK_TOKEN = "am-secret"  # what the captured Alertmanager sends (see the fixture headers)
NS = "shop"
DEPLOYMENT = "cart"
REPLICASET = "cart-7d9f8b6c5"
POD = f"{REPLICASET}-x2x7k"
OTHER_POD = f"{REPLICASET}-q8w4z"
FINAL_WORKFLOW_STATES = {
    "succeeded",
    "failed",
    "dry_run_completed",
    "blocked",
    "rejected",
    "expired",
}
# Services in start order: the ones others call first (the rest retry anyway).
START_ORDER = (
    "storage",
    "intelligence",
    "notification",
    "executor",
    "monitor",
    "ai",
    "workflow",
    "alert",
    "context",
    "gateway",
)


def free_ports(count: int) -> list[int]:
    """Distinct free loopback ports outside the kernel's ephemeral range.

    They are chosen before any server binds them (each service must know the others'
    URLs first). Ports handed out for ``port=0`` by other processes on this machine come
    from the ephemeral range (32768-60999 on Linux), so ports below it cannot be taken
    between our choice and the bind. A SystemExit from uvicorn's "address in use" cannot
    be caught in a test (asyncio re-raises it from the event loop), hence the care here.
    """
    rng = random.Random()
    sockets: list[socket.socket] = []
    try:
        while len(sockets) < count:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                s.bind(("127.0.0.1", rng.randrange(20_000, 32_000)))
            except OSError:
                s.close()
                continue
            sockets.append(s)
        return [int(s.getsockname()[1]) for s in sockets]
    finally:
        for s in sockets:
            s.close()


class RollingClusterEmulator(ClusterEmulator):
    """The executor's emulator plus the part of the Deployment controller a rollout needs.

    A real (non-dry-run) change of a Deployment's pod template replaces its pods by fresh,
    ready ones of a new ReplicaSet — what ``kubectl rollout restart`` leads to in a real
    cluster, and what monitor-service then sees as the workload's health. With
    ``broken_rollouts`` the new pods crash-loop (a change that made things worse).
    """

    broken_rollouts: bool = False

    def _patch(self, key: Any, body: Any, dry: bool) -> web.Response:
        before = self._stored(key)
        response = super()._patch(key, body, dry)
        after = self._stored(key)
        if (
            not dry
            and response.status == 200
            and key[0].plural == "deployments"
            and before is not None
            and after is not None
            and before["spec"]["template"] != after["spec"]["template"]
        ):
            self._roll_out(after)
        return response

    def _roll_out(self, deployment: dict[str, Any]) -> None:
        meta, spec = deployment["metadata"], deployment["spec"]
        pods = kmock.resource("v1/pods")
        for key in list(self.objects):
            pod = self._stored(key) if key[0] == pods and key[1] == meta["namespace"] else None
            if pod and matches(spec["selector"], pod["metadata"].get("labels") or {}):
                self.objects[key].delete()
        new_hash = f"g{meta['generation']}"
        labels = {**spec["template"]["metadata"]["labels"], "pod-template-hash": new_hash}
        for index in range(int(spec.get("replicas", 1))):
            self.seed(
                "v1/pods",
                o.pod(
                    f"{meta['name']}-{new_hash}-{index}",
                    labels=labels,
                    owner=("ReplicaSet", f"{meta['name']}-{new_hash}"),
                    ready=not self.broken_rollouts,
                    restarts=3 if self.broken_rollouts else 0,
                    crash=self.broken_rollouts,
                ),
            )


def seed_shop(cluster: ClusterEmulator) -> None:
    """Deployment shop/cart (container ``cart``), its HPA (2..5), its ReplicaSet and two
    pods, one of them crash-looping."""
    deployment = o.deployment(
        DEPLOYMENT,
        replicas=2,
        revision=1,
        containers=[
            o.container(
                "cart",
                limits={"cpu": "500m", "memory": "256Mi"},
                requests={"cpu": "250m", "memory": "128Mi"},
            )
        ],
    )
    cluster.seed("apps/v1/deployments", deployment)
    cluster.seed(
        "autoscaling/v2/horizontalpodautoscalers", o.hpa(DEPLOYMENT, min_replicas=2, max_replicas=5)
    )
    replicaset = o.replicaset(deployment, 1, "shop/web:1.0", "7d9f8b6c5")
    replicaset["metadata"]["uid"] = f"owner-{REPLICASET}"  # what o.pod's ownerReference names
    replicaset["spec"]["replicas"] = 2
    cluster.seed("apps/v1/replicasets", replicaset)
    labels = {"app": DEPLOYMENT, "pod-template-hash": "7d9f8b6c5"}
    cluster.seed(
        "v1/pods",
        o.pod(
            POD,
            labels=labels,
            owner=("ReplicaSet", REPLICASET),
            ready=False,
            restarts=7,
            crash=True,
        ),
    )
    cluster.seed("v1/pods", o.pod(OTHER_POD, labels=labels, owner=("ReplicaSet", REPLICASET)))


def webhook(
    status: str = "firing",
    pod: str = POD,
    fingerprint: str = "e798f446aa54d875",
    starts_at: str = "2026-11-28T01:42:53.422197104Z",
) -> dict[str, Any]:
    """The captured Alertmanager 0.25 webhook, aimed at the emulated pod."""
    captured = json.loads((FIXTURES / "alertmanager-0.25-webhook-firing.json").read_text())
    body: dict[str, Any] = copy.deepcopy(captured["body"])
    alert = body["alerts"][0]
    description = f"Pod {NS}/{pod} (cart) is in waiting state (reason: CrashLoopBackOff)."
    alert["labels"]["pod"] = pod
    alert["annotations"]["description"] = description
    alert["fingerprint"] = fingerprint
    alert["startsAt"] = starts_at
    body["commonLabels"]["pod"] = pod
    body["commonAnnotations"]["description"] = description
    body["status"] = alert["status"] = status
    if status == "resolved":
        alert["endsAt"] = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    return body


def alert_webhook(alertname: str, labels: dict[str, str], fingerprint: str) -> dict[str, Any]:
    """The captured firing webhook carrying one other kube-prometheus alert."""
    captured = json.loads((FIXTURES / "alertmanager-0.25-webhook-firing.json").read_text())
    body: dict[str, Any] = copy.deepcopy(captured["body"])
    full = {
        "alertname": alertname,
        "job": "kube-state-metrics",
        "namespace": NS,
        "severity": "warning",
        **labels,
    }
    alert = body["alerts"][0]
    alert.update(
        labels=full,
        fingerprint=fingerprint,
        startsAt=iso_now(),
        annotations={"summary": f"{alertname} on {NS}"},
    )
    body.update(
        commonLabels=full,
        commonAnnotations=alert["annotations"],
        groupLabels={"alertname": alertname, "namespace": NS},
        groupKey=f'{{}}:{{alertname="{alertname}", namespace="{NS}"}}',
    )
    return body


def replicas_webhook(status: str, starts_at: str, ends_at: str | None = None) -> dict[str, Any]:
    """KubeDeploymentReplicasMismatch on shop/cart, from the captured resolved webhook."""
    captured = json.loads((FIXTURES / "alertmanager-0.25-webhook-resolved.json").read_text())
    body: dict[str, Any] = copy.deepcopy(captured["body"])
    alert = body["alerts"][0]
    for labels in (alert["labels"], body["commonLabels"]):
        labels["deployment"] = DEPLOYMENT
    alert["fingerprint"] = "332f8cbe49f80ab8"
    alert["startsAt"] = starts_at
    alert["endsAt"] = ends_at or ("0001-01-01T00:00:00Z" if status == "firing" else starts_at)
    body["status"] = alert["status"] = status
    return body


def iso_now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def webhook_headers(request_id: str) -> dict[str, str]:
    captured = json.loads((FIXTURES / "alertmanager-0.25-webhook-firing.json").read_text())
    return {**captured["headers"], "X-Request-ID": request_id}


def write_kubeconfig(path: Path, server: str) -> Path:
    path.write_text(
        json.dumps(
            {
                "apiVersion": "v1",
                "kind": "Config",
                "current-context": "emulated",
                "clusters": [{"name": "emulated", "cluster": {"server": server}}],
                "users": [{"name": "kubernaut", "user": {"token": "test-token"}}],
                "contexts": [
                    {"name": "emulated", "context": {"cluster": "emulated", "user": "kubernaut"}}
                ],
            }
        )
    )
    return path


def settings_overrides(kubeconfig: Path, sink: Path) -> dict[str, dict[str, Any]]:
    """Per-service settings: short loops, real execution in ``shop``, the emulated cluster."""
    fast_retry = {"retry_initial_seconds": 0.1, "retry_max_seconds": 0.5}
    kube = {"kubeconfig": str(kubeconfig), "timeout_seconds": 5}
    return {
        "gateway": {
            "webhook_token": WEBHOOK_TOKEN,
            "forward": {"idle_poll_seconds": 0.2, **fast_retry},
        },
        "alert": {
            "processing": {
                "idle_poll_seconds": 0.2,
                "workflow_poll_seconds": 0.2,
                "workflow_poll_max": 300,
                **fast_retry,
            }
        },
        "ai": {},
        "workflow": {
            "dry_run": {"default": True, "namespaces": {NS: False}},
            # The crash-loop rule answers 0.7; history may lower it. The test is about the
            # loop, not the confidence gate, so the floor is below any adjusted value.
            "gates": {"confidence_floor": 0.3, "cooldown_seconds": 0},
            "poll_interval_seconds": 0.1,
            "executor_timeout_seconds": 20,
            "assessment_window_seconds": 2,
            **fast_retry,
        },
        "executor": {
            "kubernetes_mode": "kubeconfig",
            "kubeconfig": kubeconfig,
            "poll_interval_seconds": 0.05,
            "request_timeout_seconds": 5,
            "audit_retry_seconds": 0.5,
        },
        "storage": {},
        "intelligence": {"recompute_interval_seconds": 0},
        "monitor": {
            "window_seconds": 2,
            "poll_interval_seconds": 0.2,
            "kubernetes": kube,
            "feedback_retry_seconds": 0.5,
        },
        "context": {"kubernetes": kube},
        "notification": {"file_sink_path": sink, "group_window_seconds": 0, "tick_seconds": 0.2},
    }


@dataclass
class Platform:
    urls: dict[str, str]
    cluster: ClusterEmulator
    sink: Path
    http: httpx.AsyncClient

    async def get(self, service: str, path: str, **params: Any) -> Any:
        response = await self.http.get(f"{self.urls[service]}{path}", params=params)
        assert response.status_code == 200, (service, path, response.status_code, response.text)
        return response.json()

    async def post(
        self, service: str, path: str, body: Any, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        return await self.http.post(f"{self.urls[service]}{path}", json=body, headers=headers)

    async def finished_workflow(self, workflow_id: str, within: float = 40) -> dict[str, Any]:
        """The workflow once it reached a final status.

        alert-service marks an alert ``executed`` as soon as the workflow is executing, so
        a test must wait for the workflow itself before looking at the cluster.
        """

        async def final() -> dict[str, Any] | None:
            wf: dict[str, Any] = await self.get("workflow", f"/api/v1/workflows/{workflow_id}")
            return wf if wf["status"] in FINAL_WORKFLOW_STATES else None

        return await eventually(f"workflow {workflow_id} to finish", final, within=within)

    def notifications(self) -> list[dict[str, Any]]:
        """Every record the notification file sink has written so far."""
        if not self.sink.exists():
            return []
        return [json.loads(line) for line in self.sink.read_text().splitlines() if line.strip()]

    def cluster_calls(self, method: str | None = None) -> list[str]:
        lines = []
        for req in self.cluster:
            if method is not None and req.method.value != method:
                continue
            dry = "?dryRun=All" if req.params.get("dryRun") else ""
            lines.append(f"{req.method.value} {req.url.path}{dry}")
        return lines


async def eventually(
    description: str,
    probe: Callable[[], Awaitable[T | None]],
    within: float = 30.0,
    interval: float = 0.1,
) -> T:
    """Poll ``probe`` until it returns something truthy; fail with ``description``."""
    deadline = time.monotonic() + within
    while True:
        last = await probe()
        if last:
            return last
        if time.monotonic() > deadline:
            raise AssertionError(
                f"timed out after {within}s waiting for {description}; last seen: {last!r}"
            )
        await asyncio.sleep(interval)


@contextlib.asynccontextmanager
async def platform(
    tmp_path: Path, cluster: ClusterEmulator, **changes: dict[str, Any]
) -> AsyncIterator[Platform]:
    """Start the ten services against ``cluster`` and yield their URLs and a client.

    ``changes`` update a service's settings overrides, e.g. ``notification={...}``.
    """
    assert set(START_ORDER) == set(SERVICE_NAMES)
    kubeconfig = write_kubeconfig(tmp_path / "kubeconfig", str(cluster.url).rstrip("/"))
    sink = tmp_path / "notifications.jsonl"
    overrides = settings_overrides(kubeconfig, sink)
    for name, values in changes.items():
        overrides[name] = {**overrides[name], **values}
    async with contextlib.AsyncExitStack() as stack:
        urls = await _start_all(stack, tmp_path / "data", overrides)
        http = await stack.enter_async_context(httpx.AsyncClient(timeout=10))
        yield Platform(urls, cluster, sink, http)


async def _start_all(
    stack: contextlib.AsyncExitStack, data: Path, overrides: dict[str, dict[str, Any]]
) -> dict[str, str]:
    ports = dict(zip(START_ORDER, free_ports(len(START_ORDER)), strict=True))
    urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    upstreams = upstreams_for(urls)
    for name in START_ORDER:
        app = build_for_test(name, data, port=ports[name], upstreams=upstreams, **overrides[name])
        endpoints = await stack.enter_async_context(running(app))
        assert endpoints.api == urls[name]
    return urls
