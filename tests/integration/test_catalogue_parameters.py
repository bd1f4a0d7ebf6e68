"""The catalogue parameters ai-service emits are honoured by the executor, end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .platform import DEPLOYMENT, NS, Platform, alert_webhook, eventually, webhook_headers

HPA_PATH = f"/apis/autoscaling/v2/namespaces/{NS}/horizontalpodautoscalers/{DEPLOYMENT}"
DEPLOY_PATH = f"/apis/apps/v1/namespaces/{NS}/deployments/{DEPLOYMENT}"


async def executed(kubernaut: Platform, name: str) -> dict[str, Any] | None:
    page = await kubernaut.get("alert", "/api/v1/alerts", name=name)
    records: list[dict[str, Any]] = page["items"]
    for record in records:
        assert record["state"] != "failed", record
        if record["state"] == "executed":
            return record
    return None


@pytest.mark.slow
async def test_oom_kills_raise_only_memory_and_a_maxed_out_hpa_grows_by_half(
    kubernaut: Platform,
) -> None:
    oom = alert_webhook(
        "KubePodCrashLooping",
        {"pod": "cart-7d9f8b6c5-x2x7k", "container": "cart", "reason": "OOMKilled"},
        "0a0a0a0a0a0a0a01",
    )
    maxed = alert_webhook(
        "KubeHpaMaxedOut", {"horizontalpodautoscaler": DEPLOYMENT}, "0a0a0a0a0a0a0a02"
    )
    for body, request_id in ((oom, "req-oom"), (maxed, "req-hpa")):
        response = await kubernaut.post("gateway", "/alerts", body, webhook_headers(request_id))
        assert response.status_code == 202, response.text

    # OOM-killed container: ai asks for memory only (resources: [memory]); cpu is untouched.
    crash = await eventually(
        "the OOM alert to be executed",
        lambda: executed(kubernaut, "KubePodCrashLooping"),
        within=40,
    )
    finished = await kubernaut.finished_workflow(crash["workflow"]["workflow_id"])
    assert finished["status"] == "succeeded", finished["reason"]
    assert crash["analysis"]["action"] == "increase_resources"
    assert crash["analysis"]["parameters"]["resources"] == ["memory"]
    container = (kubernaut.cluster.obj("apps/v1/deployments", NS, DEPLOYMENT) or {})["spec"][
        "template"
    ]["spec"]["containers"][0]
    assert container["resources"] == {
        "limits": {"cpu": "500m", "memory": "384Mi"},
        "requests": {"cpu": "250m", "memory": "192Mi"},
    }
    assert f"PATCH {DEPLOY_PATH}" in kubernaut.cluster_calls("PATCH")

    # KubeHpaMaxedOut carries no current bound: ai sends increase_percent 50, the executor
    # reads maxReplicas 5 and writes ceil(7.5) = 8, keeping minReplicas.
    hpa_alert = await eventually(
        "the HPA alert to be executed", lambda: executed(kubernaut, "KubeHpaMaxedOut"), within=40
    )
    finished = await kubernaut.finished_workflow(hpa_alert["workflow"]["workflow_id"])
    assert finished["status"] == "succeeded", finished["reason"]
    assert hpa_alert["analysis"]["parameters"] == {
        "namespace": NS,
        "resource": DEPLOYMENT,
        "increase_percent": 50,
    }
    spec = (kubernaut.cluster.obj("autoscaling/v2/horizontalpodautoscalers", NS, DEPLOYMENT) or {})[
        "spec"
    ]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (2, 8)

    # The executor's undo endpoint restores the previous bounds.
    execution_id = hpa_alert["workflow"]["execution_id"]
    response = await kubernaut.post(
        "executor", f"/api/v1/executions/{execution_id}/undo", {"timeout_seconds": 10}
    )
    assert response.status_code in (200, 201), response.text
    spec = (kubernaut.cluster.obj("autoscaling/v2/horizontalpodautoscalers", NS, DEPLOYMENT) or {})[
        "spec"
    ]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (2, 5)
    assert kubernaut.cluster_calls("PATCH").count(f"PATCH {HPA_PATH}") == 2
