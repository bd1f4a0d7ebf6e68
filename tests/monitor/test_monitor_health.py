"""Health from workload state: readiness, restarts since the action, OOM kills, crash loops."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from services.monitor.domain.health import (
    assess_health,
    pod_snapshot,
    restart_counts,
    workload_snapshot,
)

EXECUTED = datetime(2025, 9, 26, 23, 0, tzinfo=UTC)


def deployment(desired: int, ready: int) -> dict[str, Any]:
    return {
        "metadata": {"name": "web", "namespace": "default"},
        "spec": {"replicas": desired, "selector": {"matchLabels": {"app": "web"}}},
        "status": {"readyReplicas": ready, "replicas": desired},
    }


def pod(
    name: str,
    restarts: int = 0,
    ready: bool = True,
    waiting: str | None = None,
    last_reason: str | None = None,
    finished: datetime | None = None,
) -> dict[str, Any]:
    cs: dict[str, Any] = {"name": "app", "ready": ready, "restartCount": restarts, "state": {}}
    cs["state"] = {"waiting": {"reason": waiting}} if waiting else {"running": {}}
    if last_reason:
        term: dict[str, Any] = {"reason": last_reason, "exitCode": 137}
        if finished:
            term["finishedAt"] = finished.isoformat().replace("+00:00", "Z")
        cs["lastState"] = {"terminated": term}
    return {
        "metadata": {"name": name, "namespace": "default"},
        "status": {"phase": "Running", "containerStatuses": [cs]},
    }


def test_all_replicas_ready_and_no_restarts_scores_full() -> None:
    snap = workload_snapshot(
        "Deployment", "web", "default", deployment(3, 3), [pod("web-a"), pod("web-b")]
    )
    sig = assess_health(snap, {}, EXECUTED)
    assert sig.available and sig.score == 1.0
    assert "3/3 replicas ready" in sig.summary


def test_partial_readiness_scores_the_ready_ratio() -> None:
    snap = workload_snapshot("Deployment", "web", "default", deployment(4, 2), [])
    assert assess_health(snap, {}, EXECUTED).score == pytest.approx(0.5)


def test_restarts_before_the_action_are_not_held_against_it() -> None:
    before = workload_snapshot(
        "Deployment", "web", "default", deployment(1, 1), [pod("web-a", restarts=5)]
    )
    after = workload_snapshot(
        "Deployment", "web", "default", deployment(1, 1), [pod("web-a", restarts=5)]
    )
    assert assess_health(after, restart_counts(before), EXECUTED).score == 1.0


def test_restarts_since_the_action_lower_the_score() -> None:
    after = workload_snapshot(
        "Deployment", "web", "default", deployment(1, 1), [pod("web-a", restarts=7)]
    )
    sig = assess_health(after, {"web-a": 5}, EXECUTED)
    assert sig.score == pytest.approx(0.8)
    assert sig.observations["restarts_since_action"] == 2


def test_oom_kill_after_the_action_is_penalised_but_an_older_one_is_not() -> None:
    fresh = pod(
        "web-a", restarts=1, last_reason="OOMKilled", finished=EXECUTED + timedelta(seconds=30)
    )
    old = pod(
        "web-b", restarts=1, last_reason="OOMKilled", finished=EXECUTED - timedelta(minutes=3)
    )
    snap_new = workload_snapshot("Deployment", "web", "default", deployment(1, 1), [fresh])
    snap_old = workload_snapshot("Deployment", "web", "default", deployment(1, 1), [old])
    sig_new = assess_health(snap_new, {"web-a": 0}, EXECUTED)
    sig_old = assess_health(snap_old, {"web-b": 1}, EXECUTED)
    assert sig_new.observations["oom_killed"] == ["web-a"]
    assert sig_new.score == pytest.approx(0.6)  # 1 - 0.1 restart - 0.3 OOM
    assert sig_old.score == 1.0


def test_crash_looping_pod_caps_health_near_zero() -> None:
    snap = workload_snapshot(
        "Deployment",
        "web",
        "default",
        deployment(2, 1),
        [pod("web-a"), pod("web-b", ready=False, waiting="CrashLoopBackOff")],
    )
    sig = assess_health(snap, {}, EXECUTED)
    assert sig.score is not None and sig.score <= 0.1
    assert "CrashLoopBackOff" in sig.summary


def test_vanished_deployment_scores_zero_but_vanished_pod_is_unavailable() -> None:
    gone_dep = assess_health(workload_snapshot("Deployment", "web", "default", None), {}, EXECUTED)
    gone_pod = assess_health(workload_snapshot("Pod", "web-a", "default", None), {}, EXECUTED)
    assert gone_dep.available and gone_dep.score == 0.0
    assert not gone_pod.available


def test_node_health_follows_its_ready_condition() -> None:
    node = {
        "metadata": {"name": "n1"},
        "spec": {"unschedulable": True},
        "status": {"conditions": [{"type": "Ready", "status": "True"}]},
    }
    assert assess_health(workload_snapshot("Node", "n1", None, node), {}, EXECUTED).score == 1.0


def test_kind_without_health_model_is_unavailable() -> None:
    hpa = {"metadata": {"name": "h"}, "spec": {}, "status": {}}
    sig = assess_health(
        workload_snapshot("HorizontalPodAutoscaler", "h", "default", hpa), {}, EXECUTED
    )
    assert not sig.available


def test_pod_snapshot_reads_ready_condition_and_waiting_reason() -> None:
    raw = pod("p", waiting="CrashLoopBackOff", ready=False)
    raw["status"]["conditions"] = [{"type": "Ready", "status": "False"}]
    snap = pod_snapshot(raw)
    assert not snap.ready and snap.crashlooping
