"""Issue 5 done-when: act, assess on the cluster's health, learn, and decide better next time."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from .platform import (
    DEPLOYMENT,
    NS,
    Platform,
    RollingClusterEmulator,
    alert_webhook,
    eventually,
    iso_now,
    platform,
    replicas_webhook,
    webhook_headers,
)

ALERT = "KubeDeploymentReplicasMismatch"
DEPLOY_PATH = f"/apis/apps/v1/namespaces/{NS}/deployments/{DEPLOYMENT}"


def stored_resources(cluster: RollingClusterEmulator) -> Any:
    deployment = cluster.obj("apps/v1/deployments", NS, DEPLOYMENT) or {}
    return deployment["spec"]["template"]["spec"]["containers"][0]["resources"]


async def alert_in_state(
    kubernaut: Platform, starts_at: str, states: set[str], name: str = ALERT
) -> Any:
    page = await kubernaut.get("alert", "/api/v1/alerts", name=name)
    for record in page["items"]:
        if record["starts_at"][:19] == starts_at[:19]:
            assert record["state"] != "failed", record
            return record if record["state"] in states else None
    return None


async def history_outcome(
    kubernaut: Platform, action_id: str, alert_name: str = ALERT
) -> str | None:
    page = await kubernaut.get(
        "storage", "/api/v1/query-history", namespace=NS, alert_name=alert_name
    )
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
    finished = await kubernaut.finished_workflow(first["workflow"]["workflow_id"])
    assert finished["status"] == "succeeded", finished["reason"]
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

    # context-service (what HolmesGPT reads) shows the same loop from all its sources.
    investigation = await kubernaut.get(
        "context",
        "/api/v1/context/investigation",
        namespace=NS,
        kind="Deployment",
        name=DEPLOYMENT,
        alert_name=ALERT,
    )
    assert [m["part"] for m in investigation["missing"]] == ["metrics"]  # no Prometheus here
    pods = investigation["kubernetes"]["pods"]
    assert len(pods) == 2 and all(p["ready"] and p["restarts"] == 0 for p in pods)
    [past] = investigation["history"]["items"]
    assert (past["action_id"], past["assessment_outcome"]) == (first["action_id"], "effective")
    [context_stat] = investigation["patterns"]["statistics"]
    assert context_stat["success_rate"] == 1.0
    assert investigation["enhanced"]["enhanced_context"]

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
    await kubernaut.finished_workflow(second["workflow"]["workflow_id"])
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


@pytest.mark.slow
async def test_a_change_that_made_things_worse_is_undone_on_proposal(
    tmp_path: Path, cluster: RollingClusterEmulator
) -> None:
    cluster.broken_rollouts = True  # the new pods crash-loop after the change
    original = stored_resources(cluster)
    async with platform(tmp_path, cluster) as k:
        oom = {"pod": "cart-7d9f8b6c5-x2x7k", "container": "cart", "reason": "OOMKilled"}
        first_body = alert_webhook("KubePodCrashLooping", oom, "0c0c0c0c0c0c0c01")
        response = await k.post("gateway", "/alerts", first_body, webhook_headers("req-bad-1"))
        assert response.status_code == 202, response.text
        first = await eventually(
            "the OOM alert to be executed",
            lambda: alert_in_state(
                k, first_body["alerts"][0]["startsAt"], {"executed"}, "KubePodCrashLooping"
            ),
            within=40,
        )
        done = await k.finished_workflow(first["workflow"]["workflow_id"])
        assert done["status"] == "succeeded", done["reason"]
        assert stored_resources(cluster) != original

        # monitor-service sees crash-looping pods after the window: ineffective, and the
        # action is reversible, so an undo is proposed through notification-service.
        async def proposal() -> dict[str, Any] | None:
            notes = [n for n in k.notifications() if n["kind"] == "effectiveness_result"]
            return notes[0] if notes else None

        note = await eventually("the effectiveness notification", proposal, within=30)
        assert note["context"]["workflow"]["effectiveness"] == "ineffective"
        execution_id = note["context"]["workflow"]["execution_id"]
        assert execution_id == first["workflow"]["execution_id"]
        assert f"POST /api/v1/executions/{execution_id}/undo" in note["body"]

        # Following the proposal restores the previous requests/limits on the cluster.
        response = await k.post("executor", f"/api/v1/executions/{execution_id}/undo", {})
        assert response.status_code in (200, 201), response.text
        assert stored_resources(cluster) == original


async def oom_episode(k: Platform, request_id: str) -> dict[str, Any]:
    """An OOM-kill crash-loop alert (a new episode each call), once its workflow finished."""
    oom = {"pod": "cart-7d9f8b6c5-x2x7k", "container": "cart", "reason": "OOMKilled"}
    body = alert_webhook("KubePodCrashLooping", oom, "0c0c0c0c0c0c0c01")
    response = await k.post("gateway", "/alerts", body, webhook_headers(request_id))
    assert response.status_code == 202, response.text
    record: dict[str, Any] = await eventually(
        "the OOM alert to be executed",
        lambda: alert_in_state(
            k, body["alerts"][0]["startsAt"], {"executed"}, "KubePodCrashLooping"
        ),
        within=40,
    )
    await k.finished_workflow(record["workflow"]["workflow_id"])
    return record


@pytest.mark.slow
async def test_an_ineffective_workload_change_lowers_the_next_decisions_confidence(
    tmp_path: Path, cluster: RollingClusterEmulator
) -> None:
    cluster.broken_rollouts = True
    async with platform(tmp_path, cluster) as k:
        first = await oom_episode(k, "req-learn-1")
        outcome = await eventually(
            "the ineffective outcome in storage",
            lambda: history_outcome(k, first["action_id"], "KubePodCrashLooping"),
            within=30,
        )
        assert outcome in ("failure", "ineffective")
        second = await oom_episode(k, "req-learn-2")
        before, after = first["analysis"], second["analysis"]
        assert after["confidence"] < before["confidence"]
        assert "No previous actions" not in after["reasoning"]["historical_context"]
