"""Effectiveness outcomes against a real Prometheus, a real Alertmanager and the
Kubernetes emulator: effective, ineffective and inconclusive."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from kubernaut.observe.kubernetes import KubernetesReader, build_api_client
from kubernaut.observe.prometheus import PrometheusClient
from kubernaut.runtime.db import create_engine, sqlite_url
from services.monitor.adapters.alertmanager import AlertmanagerClient
from services.monitor.adapters.store import MonitorStore
from services.monitor.assessor import Assessor, AssessorConfig
from services.monitor.domain.metrics import DEFAULT_METRIC_TEMPLATES
from services.monitor.domain.scoring import DEFAULT_WEIGHTS, Thresholds
from services.monitor.service import MonitorConfig, MonitorService

from .conftest import Alertmanager, Prometheus, deployment, pod

WINDOW = 4
pytestmark = [pytest.mark.requires_prometheus, pytest.mark.requires_alertmanager]


@pytest_asyncio.fixture()
async def service(
    tmp_path: Path, prometheus: Prometheus, alertmanager: Alertmanager, cluster: Any
) -> AsyncIterator[MonitorService]:
    _, kube_url = cluster
    store = MonitorStore(create_engine(sqlite_url(tmp_path / "monitor.db")))
    await store.create()
    http = httpx.AsyncClient(timeout=5)
    api = build_api_client(host=kube_url)
    assert api is not None
    kube = KubernetesReader(api)
    assessor = Assessor(
        AssessorConfig(
            DEFAULT_WEIGHTS,
            Thresholds(),
            DEFAULT_METRIC_TEMPLATES,
            lookback_seconds=2,
            step_seconds=0.5,
        ),
        workloads=kube,
        alerts=AlertmanagerClient(alertmanager.url, http=http),
        metrics=PrometheusClient(prometheus.url, http=http),
    )
    yield MonitorService(
        store, assessor, None, MonitorConfig(irreversible_actions=frozenset({"restart_pod"}))
    )
    await http.aclose()
    kube.close()
    await store.engine.dispose()


def request(ns: str, action: str, executed_at: datetime) -> dict[str, Any]:
    return {
        "workflow_id": f"wf-{ns}",
        "execution_id": f"exec-{ns}",
        "action_id": f"act-{ns}",
        "action_type": action,
        "target": {"namespace": ns, "kind": "Deployment", "name": "web"},
        "alert": {
            "name": "HighMemoryUsage",
            "labels": {"alertname": "HighMemoryUsage", "namespace": ns},
        },
        "executed_at": executed_at.isoformat(),
        "window_seconds": WINDOW,
    }


async def run_until_done(
    service: MonitorService, ids: list[str], within: float = 15
) -> dict[str, Any]:
    deadline = time.monotonic() + within
    results: dict[str, Any] = {}
    while time.monotonic() < deadline and len(results) < len(ids):
        await service.run_due()
        for aid in ids:
            rec = await service.get(aid)
            assert rec is not None
            if rec["status"] == "completed":
                results[aid] = rec
        await asyncio.sleep(0.25)
    assert len(results) == len(ids), "assessments did not complete in time"
    return results


async def test_live_outcomes_effective_ineffective_and_inconclusive(
    service: MonitorService, prometheus: Prometheus, alertmanager: Alertmanager, cluster: Any
) -> None:
    emulator, _ = cluster
    objs = emulator.objects
    # State right after the action (the baseline): every scenario starts from here.
    objs["apps/v1/deployments", "eff", "web"] = deployment("eff", "web", 2, 2)
    objs["v1/pods", "eff", "web-5d8f9-a"] = pod("eff", "web-5d8f9-a", "web")
    objs["apps/v1/deployments", "ineff", "web"] = deployment("ineff", "web", 2, 2)
    objs["v1/pods", "ineff", "web-5d8f9-a"] = pod("ineff", "web-5d8f9-a", "web", restarts=1)
    objs["apps/v1/deployments", "early", "web"] = deployment("early", "web", 2, 1)
    objs["v1/pods", "early", "web-5d8f9-a"] = pod("early", "web-5d8f9-a", "web")
    for ns in ("eff", "ineff", "early"):
        alertmanager.fire({"alertname": "HighMemoryUsage", "namespace": ns, "severity": "critical"})

    executed_at = datetime.now(UTC)
    eff, _ = await service.schedule(request("eff", "increase_resources", executed_at))
    ineff, _ = await service.schedule(request("ineff", "increase_resources", executed_at))
    early, _ = await service.schedule(request("early", "restart_pod", executed_at))
    assert eff["status"] == "scheduled" and eff["window_seconds"] == WINDOW

    # What happens during the window.
    prometheus.exporter.set_memory("eff", 300)  # memory relieved
    alertmanager.resolve(
        {"alertname": "HighMemoryUsage", "namespace": "eff", "severity": "critical"}
    )
    prometheus.exporter.set_memory(
        "ineff", 900
    )  # memory grows; the pod now crash-loops, OOM-killed
    objs["apps/v1/deployments", "ineff", "web"] = deployment("ineff", "web", 2, 1)
    objs["v1/pods", "ineff", "web-5d8f9-a"] = pod(
        "ineff",
        "web-5d8f9-a",
        "web",
        ready=False,
        restarts=4,
        waiting="CrashLoopBackOff",
        last_terminated="OOMKilled",
        finished_at=datetime.now(UTC).isoformat().replace("+00:00", "Z"),
    )
    prometheus.exporter.set_memory("early", 510)  # unchanged; second replica still starting

    # Nothing is assessed before the window has passed.
    assert await service.run_due() == []

    ids = [eff["assessment_id"], ineff["assessment_id"], early["assessment_id"]]
    done = await run_until_done(service, ids)
    e, i, x = (done[a] for a in ids)

    assert e["outcome"] == "effective", e
    assert e["score"] >= 0.9
    assert e["signals"]["alert"]["summary"] == "HighMemoryUsage resolved"
    mem = e["signals"]["metrics"]["observations"]["memory_working_set_bytes"]
    assert mem["verdict"] == "improved" and mem["before"] > mem["after"]
    assert e["undo_proposed"] is False

    assert i["outcome"] == "ineffective", i
    assert "CrashLoopBackOff" in i["signals"]["health"]["summary"]
    assert i["signals"]["health"]["observations"]["oom_killed"] == ["web-5d8f9-a"]
    assert i["signals"]["metrics"]["observations"]["memory_working_set_bytes"]["verdict"] == "worse"
    assert i["signals"]["alert"]["summary"] == "HighMemoryUsage still firing"
    assert i["undo_proposed"] is True  # increase_resources is reversible

    assert x["outcome"] == "inconclusive", x
    assert x["signals"]["alert"]["score"] == 0.0
    assert any("not corroborate" in r for r in x["reasons"])

    summary = await service.summary("action", None, {})
    groups = {g["key"]: g for g in summary["groups"]}
    assert groups["increase_resources"]["effective"] == 1
    assert groups["increase_resources"]["ineffective"] == 1
    assert groups["restart_pod"]["inconclusive"] == 1
