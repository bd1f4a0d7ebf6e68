"""Issue 4 done-when: an Alertmanager webhook becomes one real, audited remediation."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from .platform import (
    NS,
    POD,
    Platform,
    RollingClusterEmulator,
    eventually,
    platform,
    webhook,
    webhook_headers,
)

POD_PATH = f"/api/v1/namespaces/{NS}/pods/{POD}"


async def alert_record(kubernaut: Platform, fingerprint: str) -> dict[str, Any] | None:
    page = await kubernaut.get("alert", "/api/v1/alerts", fingerprint=fingerprint)
    items: list[dict[str, Any]] = page["items"]
    return items[0] if items else None


@pytest.mark.slow
async def test_a_firing_webhook_restarts_the_crashing_pod_once_and_records_everything(
    kubernaut: Platform,
) -> None:
    started = time.monotonic()
    firing = webhook("firing")
    fingerprint = firing["alerts"][0]["fingerprint"]
    response = await kubernaut.post("gateway", "/alerts", firing, webhook_headers("req-e2e-1"))
    assert response.status_code == 202, response.text
    assert response.json()["accepted"] == 1

    async def executed() -> dict[str, Any] | None:
        record = await alert_record(kubernaut, fingerprint)
        assert record is None or record["state"] != "failed", record
        return record if record and record["state"] == "executed" else None

    record = await eventually("the alert to be executed", executed, within=40)
    # The alert's lifecycle in alert-service, with the webhook's request id all along.
    assert [h["state"] for h in record["history"]] == [
        "received",
        "analysed",
        "action_requested",
        "executed",
    ]
    assert record["analysis"]["action"] == "restart_pod"
    assert record["analysis"]["parameters"] == {"namespace": NS, "resource": POD}
    assert record["request_id"] == "req-e2e-1"
    workflow = record["workflow"]
    finished = await kubernaut.finished_workflow(workflow["workflow_id"])
    assert finished["status"] == "succeeded" and finished["dry_run"] is False

    # The Kubernetes API call reached the cluster for real (no dryRun) and the pod was
    # replaced by its ReplicaSet.
    assert f"DELETE {POD_PATH}" in kubernaut.cluster_calls("DELETE")
    assert kubernaut.cluster.obj("v1/pods", NS, POD) is None
    assert [name for name in (await pod_names(kubernaut)) if name.startswith(f"{POD}-r")]

    # The execution is stored in storage-service, real and successful.
    async def stored() -> dict[str, Any] | None:
        r = await kubernaut.http.get(
            f"{kubernaut.urls['storage']}/api/v1/executions/{workflow['execution_id']}"
        )
        return r.json() if r.status_code == 200 else None

    execution = await eventually("the execution record in storage", stored, within=15)
    assert execution["status"] == "succeeded" and execution["dry_run"] is False
    assert execution["action_type"] == "restart_pod"
    assert execution["workflow_id"] == workflow["workflow_id"]
    assert {"method": "DELETE", "path": POD_PATH} in [
        {"method": c["method"], "path": c["path"]} for c in execution["result"]["api_calls"]
    ]
    history = await kubernaut.get("storage", "/api/v1/query-history", namespace=NS)
    assert [(h["action"], h["request_id"]) for h in history["items"]] == [
        ("restart_pod", "req-e2e-1")
    ]

    # The executor audited the real change in storage's hash-chained trail.
    async def audited() -> list[dict[str, Any]]:
        page = await kubernaut.get("storage", "/api/v1/audit")
        return [e for e in page["items"] if e["subject"] == workflow["execution_id"]]

    [entry] = await eventually("the executor's audit entry", audited, within=15)
    assert entry["actor"] == "executor-service"
    assert f"DELETE {POD_PATH} -> 200" in entry["outputs"]["api_calls"]
    assert (await kubernaut.get("storage", "/api/v1/audit/verify"))["valid"] is True

    # The notification was delivered to the file sink.
    async def delivered() -> list[dict[str, Any]]:
        return [
            n
            for n in kubernaut.notifications()
            if n["kind"] == "action_taken"
            and (n["context"].get("workflow") or {}).get("workflow_id") == workflow["workflow_id"]
        ]

    notes = await eventually("the action_taken notification in the file sink", delivered, within=15)
    assert any(
        POD in n["subject"] and n["context"]["alert"]["fingerprint"] == fingerprint for n in notes
    )
    firing_took = time.monotonic() - started

    # The resolved notification closes the alert and causes no second remediation.
    resolved = webhook("resolved")
    response = await kubernaut.post("gateway", "/alerts", resolved, webhook_headers("req-e2e-2"))
    assert response.status_code == 202, response.text

    async def closed() -> dict[str, Any] | None:
        record = await alert_record(kubernaut, fingerprint)
        return record if record and record["state"] == "resolved" else None

    record = await eventually("the alert to be resolved", closed, within=20)
    assert record["status"] == "resolved"

    # alert-service tells monitor-service, closing the effectiveness loop.
    async def observed() -> dict[str, Any] | None:
        record = await alert_record(kubernaut, fingerprint)
        hops = [h for h in (record or {}).get("hops", []) if h["hop"] == "observe"]
        return hops[-1] if hops else None

    hop = await eventually("the resolved event forwarded to monitor", observed, within=15)
    assert hop["outcome"] == "ok", hop
    assert await eventually(
        "the resolved notification", lambda: _kind(kubernaut, "resolved"), within=15
    )
    # A re-sent firing webhook (Alertmanager repeats groups) is a duplicate, not new work.
    repeat = await kubernaut.post("gateway", "/alerts", firing, webhook_headers("req-e2e-3"))
    assert repeat.json()["duplicates"] == 1
    workflows = await kubernaut.get("workflow", "/api/v1/workflows", namespace=NS)
    assert [w["workflow_id"] for w in workflows["items"]] == [workflow["workflow_id"]]
    assert kubernaut.cluster_calls("DELETE") == [f"DELETE {POD_PATH}"]
    pages = await kubernaut.get("alert", "/api/v1/alerts")
    assert len(pages["items"]) == 1
    print(
        f"firing → executed/stored/notified in {firing_took:.1f}s, "
        f"whole test {time.monotonic() - started:.1f}s"
    )


async def pod_names(kubernaut: Platform) -> list[str]:
    r = await kubernaut.http.get(
        f"{str(kubernaut.cluster.url).rstrip('/')}/api/v1/namespaces/{NS}/pods"
    )
    return [p["metadata"]["name"] for p in r.json()["items"]]


async def _kind(kubernaut: Platform, kind: str) -> list[dict[str, Any]]:
    return [n for n in kubernaut.notifications() if n["kind"] == kind]


@pytest.mark.slow
async def test_the_health_of_a_restarted_pods_workload_is_assessed(kubernaut: Platform) -> None:
    firing = webhook("firing")
    response = await kubernaut.post("gateway", "/alerts", firing, webhook_headers("req-e2e-4"))
    assert response.status_code == 202, response.text

    async def assessed() -> dict[str, Any] | None:
        page = await kubernaut.get("monitor", "/api/v1/assessments", action_type="restart_pod")
        done = [a for a in page["items"] if a["status"] == "completed"]
        return done[0] if done else None

    assessment = await eventually("monitor's assessment of restart_pod", assessed, within=40)
    health = assessment["signals"]["health"]
    assert health["available"] is True, health
    assert health["observations"]["ready"] == 2


@pytest.mark.slow
async def test_the_outcome_notification_is_delivered_with_default_grouping(
    tmp_path: Path, cluster: RollingClusterEmulator
) -> None:
    # alert-service's "restart_pod requested" and workflow-service's "restart_pod
    # succeeded" are both action_taken notifications about one alert; with the default
    # grouping window the second one was once suppressed as a repeat of the first.
    async with platform(tmp_path, cluster, notification={"group_window_seconds": 300}) as k:
        response = await k.post(
            "gateway", "/alerts", webhook("firing"), webhook_headers("req-e2e-5")
        )
        assert response.status_code == 202, response.text

        async def outcome_settled() -> dict[str, Any] | None:
            page = await k.get("notification", "/api/v1/notifications", kind="action_taken")
            done = [
                n
                for n in page["items"]
                if (n["context"].get("workflow") or {}).get("status") == "succeeded"
                and n["status"] in ("delivered", "failed", "suppressed")
            ]
            return done[0] if done else None

        note = await eventually("the outcome notification to settle", outcome_settled, within=40)
        assert note["status"] == "delivered", (note["disposition"], note.get("grouped_into"))
