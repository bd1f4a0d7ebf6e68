"""Pure logic: choosing pods to evict, quarantine labels, selectors, health reading."""

from __future__ import annotations

from services.executor.domain.drain import plan_drain, plan_quarantine
from services.executor.domain.health import pod_health, rollout_done
from services.executor.domain.selectors import matches, to_query

from . import objects as o


def test_drain_plan_evicts_managed_pods_and_explains_every_skip_and_block() -> None:
    finished = o.pod("done", owner=("Job", "j"))
    finished["status"]["phase"] = "Failed"
    terminating = o.pod("leaving")
    terminating["metadata"]["deletionTimestamp"] = "2025-01-01T00:00:00Z"
    pods = [
        o.pod("web-1"),
        o.pod("ds-1", owner=("DaemonSet", "ds")),
        o.pod("static", annotations={"kubernetes.io/config.mirror": "x"}),
        finished,
        terminating,
        o.pod("bare", owner=None),
        o.pod("cache", volumes=[{"name": "c", "emptyDir": {}}]),
        o.pod("elsewhere", node="node-2"),
    ]
    plan = plan_drain(pods, "node-1", delete_emptydir_data=False)
    assert [p["metadata"]["name"] for p in plan.evict] == ["web-1"]
    assert {s["pod"]: s["reason"] for s in plan.skipped} == {
        "ds-1": "DaemonSet pod",
        "static": "mirror pod",
        "done": "finished",
        "leaving": "already terminating",
    }
    assert {b["pod"] for b in plan.blockers} == {"bare", "cache"}
    allowed = plan_drain(pods, "node-1", delete_emptydir_data=True)
    assert [p["metadata"]["name"] for p in allowed.evict] == ["web-1", "cache"]


def test_quarantine_removes_every_selected_label_and_can_restore_them() -> None:
    pod = o.pod("web-1", labels={"app": "web", "tier": "front", "version": "2"})
    services = [
        o.service("web", {"app": "web", "tier": "front"}),
        o.service("metrics", {"app": "metrics"}),
    ]
    plan = plan_quarantine(pod, services, {"app": "web"})
    assert plan.services == ["web"]
    assert plan.removed_labels == {"app": "web", "tier": "front"}
    assert plan.label_patch["metadata"]["labels"] == {
        "app": None,
        "tier": None,
        "kubernaut.io/quarantine": "web-1",
    }
    assert plan.restore_patch["metadata"]["labels"] == {
        "app": "web",
        "tier": "front",
        "kubernaut.io/quarantine": None,
    }
    assert plan.network_policy["spec"]["podSelector"] == {
        "matchLabels": {"kubernaut.io/quarantine": "web-1"}
    }


def test_selectors_follow_api_server_semantics_and_empty_selects_nothing() -> None:
    labels = {"app": "web", "tier": "front"}
    assert matches({"matchLabels": {"app": "web"}}, labels)
    assert not matches({"matchLabels": {"app": "db"}}, labels)
    assert matches(
        {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["front", "back"]}]},
        labels,
    )
    assert not matches({"matchExpressions": [{"key": "tier", "operator": "DoesNotExist"}]}, labels)
    assert matches(
        {"matchExpressions": [{"key": "zone", "operator": "NotIn", "values": ["a"]}]}, labels
    )
    assert not matches({}, labels) and not matches(None, labels)
    assert to_query({"b": "2", "a": "1"}) == "a=1,b=2"


def test_rollout_done_follows_kubectl_rollout_status() -> None:
    dep = o.deployment(replicas=3)
    assert rollout_done("Deployment", dep)[0]
    dep["metadata"]["generation"] = 2
    assert rollout_done("Deployment", dep) == (
        False,
        "waiting for the controller to observe generation 2",
    )
    dep["status"].update(observedGeneration=2, updatedReplicas=1)
    done, seen = rollout_done("Deployment", dep)
    assert not done and seen.startswith("1/3 updated")
    ds = {
        "metadata": {"generation": 1},
        "status": {
            "observedGeneration": 1,
            "desiredNumberScheduled": 4,
            "updatedNumberScheduled": 4,
            "numberAvailable": 3,
        },
    }
    assert rollout_done("DaemonSet", ds) == (False, "4/4 updated, 3/4 available")


def test_pod_health_sees_restarts_oom_kills_and_crash_loops() -> None:
    health = pod_health(o.pod("p", restarts=5, oom=True, crash=True, ready=False))
    assert health == {
        "name": "p",
        "phase": "Running",
        "ready": False,
        "restarts": 5,
        "oom_killed": True,
        "crash_looping": True,
        "node": "node-1",
    }
