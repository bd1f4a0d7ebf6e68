"""Fixtures for monitor-service tests: a real Prometheus scraping an exporter the test
controls, a real Alertmanager, and kmock's Kubernetes emulator."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import kmock
import pytest
import pytest_asyncio
from prometheus_client import CollectorRegistry, Gauge, start_http_server

REQUIRE = os.environ.get("KUBERNAUT_REQUIRE_SERVICES") == "1"
MIB = 1024 * 1024
# Namespaces each live scenario uses, with the memory (MiB) exported before the action.
BEFORE_MIB = {"eff": 800, "ineff": 300, "early": 500, "http": 300, "restart": 400}


def need_binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        reason = f"{name} is not installed (apt-get install -y prometheus prometheus-alertmanager)"
        if REQUIRE:
            pytest.fail(f"KUBERNAUT_REQUIRE_SERVICES=1 but {reason}")
        pytest.skip(reason)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url} exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{url}/-/ready", timeout=0.5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} not ready after {timeout}s: {log.read_text()[-2000:]}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@dataclass
class Exporter:
    """A tiny exporter: container memory per namespace, settable by the test."""

    port: int
    memory: Gauge

    def set_memory(self, namespace: str, mib: float) -> None:
        self.memory.labels(namespace, f"web-5d8f9-{namespace}", "app").set(mib * MIB)


@dataclass
class Prometheus:
    url: str
    exporter: Exporter


@pytest.fixture(scope="session")
def prometheus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prometheus]:
    binary = need_binary("prometheus")
    registry = CollectorRegistry()
    gauge = Gauge(
        "container_memory_working_set_bytes",
        "memory",
        ["namespace", "pod", "container"],
        registry=registry,
    )
    exporter_port = free_port()
    server, thread = start_http_server(exporter_port, addr="127.0.0.1", registry=registry)
    exporter = Exporter(exporter_port, gauge)
    for ns, mib in BEFORE_MIB.items():
        exporter.set_memory(ns, mib)
    tmp = tmp_path_factory.mktemp("prometheus")
    config = tmp / "prometheus.yml"
    config.write_text(
        "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
        "scrape_configs:\n"
        "  - job_name: exporter\n"
        f"    static_configs: [{{targets: ['127.0.0.1:{exporter_port}']}}]\n"
    )
    port = free_port()
    log = tmp / "prometheus.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                binary,
                f"--config.file={config}",
                f"--storage.tsdb.path={tmp / 'data'}",
                f"--web.listen-address=127.0.0.1:{port}",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, proc, log)
        # Service discovery hands targets to the scraper every 5 s: wait for real samples.
        deadline = time.monotonic() + 20
        query = 'count(container_memory_working_set_bytes{container="app"})'
        while time.monotonic() < deadline:
            r = httpx.get(f"{url}/api/v1/query", params={"query": query}).json()
            result = r["data"]["result"]
            if result and float(result[0]["value"][1]) >= len(BEFORE_MIB):
                break
            time.sleep(0.25)
        else:
            raise RuntimeError("prometheus never scraped the exporter")
        time.sleep(2.5)  # a little history before any action
        yield Prometheus(url, exporter)
    finally:
        stop(proc)
        server.shutdown()
        thread.join(timeout=5)


@dataclass
class Alertmanager:
    url: str

    def fire(self, labels: dict[str, str]) -> None:
        r = httpx.post(
            f"{self.url}/api/v2/alerts",
            json=[{"labels": labels, "startsAt": _iso(time.time() - 60)}],
        )
        r.raise_for_status()

    def resolve(self, labels: dict[str, str]) -> None:
        r = httpx.post(
            f"{self.url}/api/v2/alerts",
            json=[
                {
                    "labels": labels,
                    "startsAt": _iso(time.time() - 60),
                    "endsAt": _iso(time.time() - 0.5),
                }
            ],
        )
        r.raise_for_status()


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ts)) + f".{int(ts % 1 * 1000):03d}Z"


@pytest.fixture(scope="session")
def alertmanager(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Alertmanager]:
    binary = need_binary("prometheus-alertmanager")
    tmp = tmp_path_factory.mktemp("alertmanager")
    config = tmp / "alertmanager.yml"
    config.write_text("route: {receiver: 'null', group_wait: 1s}\nreceivers: [{name: 'null'}]\n")
    port = free_port()
    log = tmp / "alertmanager.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                binary,
                f"--config.file={config}",
                f"--storage.path={tmp / 'data'}",
                f"--web.listen-address=127.0.0.1:{port}",
                "--cluster.listen-address=",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, proc, log)
        yield Alertmanager(url)
    finally:
        stop(proc)


# -- Kubernetes emulator -------------------------------------------------------------------


def deployment(ns: str, name: str, desired: int, ready: int) -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {
            "name": name,
            "namespace": ns,
            "uid": f"uid-{ns}-{name}",
            "labels": {"app": name},
        },
        "spec": {"replicas": desired, "selector": {"matchLabels": {"app": name}}},
        "status": {"replicas": desired, "readyReplicas": ready, "availableReplicas": ready},
    }


def pod(
    ns: str,
    name: str,
    app: str,
    *,
    ready: bool = True,
    restarts: int = 0,
    waiting: str | None = None,
    last_terminated: str | None = None,
    finished_at: str | None = None,
) -> dict[str, Any]:
    cs: dict[str, Any] = {
        "name": "app",
        "ready": ready,
        "restartCount": restarts,
        "image": "ghcr.io/acme/web:1.0",
        "imageID": "",
        "state": {"waiting": {"reason": waiting}} if waiting else {"running": {}},
    }
    if last_terminated:
        cs["lastState"] = {
            "terminated": {"reason": last_terminated, "exitCode": 137, "finishedAt": finished_at}
        }
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "name": name,
            "namespace": ns,
            "labels": {"app": app},
            "ownerReferences": [
                {
                    "apiVersion": "apps/v1",
                    "kind": "ReplicaSet",
                    "name": f"{app}-5d8f9",
                    "uid": "rs",
                    "controller": True,
                }
            ],
        },
        "spec": {
            "nodeName": "node-1",
            "containers": [{"name": "app", "image": "ghcr.io/acme/web:1.0"}],
        },
        "status": {
            "phase": "Running",
            "conditions": [{"type": "Ready", "status": "True" if ready else "False"}],
            "containerStatuses": [cs],
        },
    }


@pytest_asyncio.fixture()
async def cluster() -> AsyncIterator[tuple[kmock.KubernetesEmulator, str]]:
    async with kmock.KubernetesEmulator() as emulator, kmock.Server(emulator) as server:
        for res in ("v1/pods", "v1/events", "apps/v1/deployments", "apps/v1/replicasets"):
            emulator.resources[res] = kmock.ResourceInfo()
        yield emulator, str(server.url).rstrip("/")
