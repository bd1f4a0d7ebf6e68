"""Issue 5 done-when: act, assess on the cluster's health, learn, and decide better next time."""

from __future__ import annotations

import time
from typing import Any

import pytest

from .platform import (
    DEPLOYMENT,
    NS,
    Platform,
    eventually,
    iso_now,
    replicas_webhook,
    webhook_headers,
)

ALERT = "KubeDeploymentReplicasMismatch"
DEPLOY_PATH = f"/apis/apps/v1/namespaces/{NS}/deployments/{DEPLOYMENT}"


async def alert_in_state(kubernaut: Platform, starts_at: str, states: set[str]) -> Any:
    page = await kubernaut.get("alert", "/api/v1/alerts", name=ALERT)
    for record in page["items"]:
        if record["starts_at"][:19] == starts_at[:19]:
            assert record["state"] != "failed", record
            return record if record["state"] in states else None
    return None


async def history_outcome(kubernaut: Platform, action_id: str) -> str | None:
    page = await kubernaut.get("storage", "/api/v1/query-history", namespace=NS, alert_name=ALERT)
    outcomes = {item["action_id"]: item.get("outcome") for item in page["items"]}
    outcome = outcomes.get(action_id)
    return outcome if outcome not in (None, "pending") else None


@pytest.mark.slow
async def test_an_assessed_success_is_learned_and_raises_the_next_decision(
    kubernaut: Platform,
) -> None:
    started = time.monotonic()

    # 1. alert → action: the deployment is restarted for real on the emulated cluster.
    first_start = iso_now()
    response = await kubernaut.post(
        "gateway", "/alerts", replicas_webhook("firing", first_start), webhook_headers("req-loop-1")
    )
    assert response.status_code == 202, response.text
    first = await eventually(
        "the first alert to be executed",
        lambda: alert_in_state(kubernaut, first_start, {"executed"}),
        within=40,
    )
    assert first["analysis"]["action"] == "rollout_restart"
    assert [c for c in kubernaut.cluster_calls("PATCH") if c == f"PATCH {DEPLOY_PATH}"]
    template = (kubernaut.cluster.obj("apps/v1/deployments", NS, DEPLOYMENT) or {})["spec"][
        "template"
    ]
    assert "kubectl.kubernetes.io/restartedAt" in template["metadata"]["annotations"]
    workflow_id = first["workflow"]["workflow_id"]

    # 2. assessment by monitor-service: the cluster's health after the window is the signal.
    async def assessed() -> dict[str, Any] | None:
        page = await kubernaut.get("monitor", "/api/v1/assessments", workflow_id=workflow_id)
        done = [a for a in page["items"] if a["status"] == "completed"]
        return done[0] if done else None

    assessment = await eventually("monitor's assessment", assessed, within=30)
    assert assessment["outcome"] == "effective"
    assert assessment["target"] == {"namespace": NS, "kind": "Deployment", "name": DEPLOYMENT}
    health = assessment["signals"]["health"]
    assert health["available"] is True and health["observations"]["ready"] == 2
    assert health["observations"]["crash_looping"] == []  # the crash-looping pod was replaced

    # The outcome is fed back: storage joins it to the decision, workflow records it.
    outcome = await eventually(
        "the outcome in storage's history",
        lambda: history_outcome(kubernaut, first["action_id"]),
        within=20,
    )
    assert outcome == "success"

    async def workflow_assessed() -> dict[str, Any] | None:
        wf = await kubernaut.get("workflow", f"/api/v1/workflows/{workflow_id}")
        return wf if wf.get("assessment") else None

    workflow = await eventually(
        "the assessment recorded on the workflow", workflow_assessed, within=20
    )
    assert workflow["assessment"]["outcome"] == "effective"
    assert workflow["assessment"]["assessment_id"] == assessment["assessment_id"]

    # 3. intelligence-service mines the history on demand.
    response = await kubernaut.post("intelligence", "/api/v1/patterns/recompute", {"force": True})
    assert response.status_code == 200, response.text
    assert response.json()["patterns"]["action_effectiveness"] == 1
    stats = await kubernaut.get("intelligence", "/api/v1/statistics/actions", alert_name=ALERT)
    [stat] = stats["items"]
    assert (stat["action"], stat["resource_kind"]) == ("rollout_restart", "Deployment")
    assert (stat["total"], stat["successes"], stat["success_rate"]) == (1, 1, 1.0)
    assert "succeeded in 1 of 1" in stat["historical_context"]

    # 4. a second, similar alert (a new episode on the same deployment): the analysis
    # knows what happened last time and is more confident.
    second_start = iso_now()
    response = await kubernaut.post(
        "gateway",
        "/alerts",
        replicas_webhook("firing", second_start),
        webhook_headers("req-loop-2"),
    )
    assert response.status_code == 202, response.text
    second = await eventually(
        "the second alert to be executed",
        lambda: alert_in_state(kubernaut, second_start, {"executed"}),
        within=40,
    )
    assert second["alert_id"] != first["alert_id"]
    before, after = first["analysis"], second["analysis"]
    assert before["reasoning"]["historical_context"] == (
        f"No previous actions on Deployment {NS}/{DEPLOYMENT}"
    )
    assert after["action"] == "rollout_restart"
    assert after["confidence"] > before["confidence"]
    context = after["reasoning"]["historical_context"]
    assert f"rollout_restart ran 1 time(s) on Deployment {NS}/{DEPLOYMENT} (1 success)" in context
    assert context.endswith("ago: success")
    print(
        f"learning loop in {time.monotonic() - started:.1f}s: confidence "
        f"{before['confidence']} -> {after['confidence']}; {context}"
    )
