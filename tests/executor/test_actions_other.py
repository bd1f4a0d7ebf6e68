"""expand_pvc, update_hpa, quarantine_pod, collect_diagnostics, notify_only, target state."""

from __future__ import annotations

import pytest

from services.executor.domain.errors import InvalidRequest, PreconditionFailed
from services.executor.engine import Executor

from . import objects as o
from .emulator import ClusterEmulator, request_lines
from .helpers import NS, PODS, SSAR, calls, run, sent

PVC = f"/api/v1/namespaces/{NS}/persistentvolumeclaims/data"
SC = "/apis/storage.k8s.io/v1/storageclasses/fast"
HPA = f"/apis/autoscaling/v2/namespaces/{NS}/horizontalpodautoscalers/web"
NETPOL = f"/apis/networking.k8s.io/v1/namespaces/{NS}/networkpolicies"


async def test_expand_pvc_grows_the_request_when_the_storage_class_allows_it(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/persistentvolumeclaims", o.pvc(size="10Gi"))
    cluster.seed("storage.k8s.io/v1/storageclasses", o.storage_class(expandable=True))
    result = await executor.execute(run("expand_pvc", {"namespace": NS, "resource": "data"}))
    assert calls(result) == [SSAR, f"GET {PVC}", f"GET {SC}", f"PATCH {PVC}", f"GET {PVC}"]
    assert sent(result, "PATCH") == [{"spec": {"resources": {"requests": {"storage": "15Gi"}}}}]
    stored = cluster.obj("v1/persistentvolumeclaims", NS, "data") or {}
    assert stored["spec"]["resources"]["requests"]["storage"] == "15Gi"
    assert result["observed"]["condition"]["last_seen"] == "capacity 15Gi"
    assert result["undo_available"] is False  # volumes never shrink


async def test_expand_pvc_dry_run_with_an_absolute_size(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/persistentvolumeclaims", o.pvc(size="10Gi"))
    cluster.seed("storage.k8s.io/v1/storageclasses", o.storage_class(expandable=True))
    result = await executor.execute(
        run("expand_pvc", {"namespace": NS, "resource": "data", "size": "20Gi"}, dry_run=True)
    )
    assert calls(result)[-1] == f"PATCH {PVC}?dryRun=All"
    stored = cluster.obj("v1/persistentvolumeclaims", NS, "data") or {}
    assert stored["spec"]["resources"]["requests"]["storage"] == "10Gi"


async def test_expand_pvc_is_refused_when_the_storage_class_does_not_allow_expansion(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/persistentvolumeclaims", o.pvc())
    cluster.seed("storage.k8s.io/v1/storageclasses", o.storage_class(expandable=False))
    with pytest.raises(PreconditionFailed, match="does not allow volume expansion"):
        await executor.execute(run("expand_pvc", {"namespace": NS, "resource": "data"}))
    assert request_lines(cluster) == [SSAR, f"GET {PVC}", f"GET {SC}"]


async def test_update_hpa_changes_the_bounds_and_undo_restores_them(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("autoscaling/v2/horizontalpodautoscalers", o.hpa(min_replicas=2, max_replicas=5))
    result = await executor.execute(
        run("update_hpa", {"namespace": NS, "resource": "web", "max_replicas": 10})
    )
    assert calls(result) == [SSAR, f"GET {HPA}", f"PATCH {HPA}", f"GET {HPA}"]
    assert sent(result, "PATCH") == [{"spec": {"maxReplicas": 10}}]
    spec = (cluster.obj("autoscaling/v2/horizontalpodautoscalers", NS, "web") or {})["spec"]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (2, 10)
    undo = await executor.undo("exec-1", None, 5)
    assert sent(undo, "PATCH") == [{"spec": {"minReplicas": 2, "maxReplicas": 5}}]
    spec = (cluster.obj("autoscaling/v2/horizontalpodautoscalers", NS, "web") or {})["spec"]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (2, 5)


async def test_update_hpa_raises_the_current_max_by_a_percentage_keeping_min(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("autoscaling/v2/horizontalpodautoscalers", o.hpa(min_replicas=2, max_replicas=5))
    dry = await executor.execute(
        run(
            "update_hpa",
            {"namespace": NS, "resource": "web", "increase_percent": 50},
            dry_run=True,
            execution_id="dry",
        )
    )
    assert calls(dry) == [SSAR, f"GET {HPA}", f"PATCH {HPA}?dryRun=All"]
    assert dry["observed"]["after"] == {"min_replicas": 2, "max_replicas": 8}
    spec = (cluster.obj("autoscaling/v2/horizontalpodautoscalers", NS, "web") or {})["spec"]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (2, 5)

    result = await executor.execute(
        run("update_hpa", {"namespace": NS, "resource": "web", "increase_percent": 50})
    )
    assert calls(result) == [SSAR, f"GET {HPA}", f"PATCH {HPA}", f"GET {HPA}"]
    assert sent(result, "PATCH") == [{"spec": {"maxReplicas": 8}}]  # ceil(5 * 1.5)
    spec = (cluster.obj("autoscaling/v2/horizontalpodautoscalers", NS, "web") or {})["spec"]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (2, 8)
    assert result["status"] == "succeeded" and result["undo_available"] is True
    assert "2..5 to 2..8" in result["message"]

    undo = await executor.undo("exec-1", None, 5)
    assert sent(undo, "PATCH") == [{"spec": {"minReplicas": 2, "maxReplicas": 5}}]
    spec = (cluster.obj("autoscaling/v2/horizontalpodautoscalers", NS, "web") or {})["spec"]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (2, 5)


async def test_update_hpa_rejects_min_above_max_before_patching(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("autoscaling/v2/horizontalpodautoscalers", o.hpa(min_replicas=2, max_replicas=5))
    with pytest.raises(InvalidRequest, match="would exceed max_replicas"):
        await executor.execute(
            run("update_hpa", {"namespace": NS, "resource": "web", "min_replicas": 8})
        )
    assert not [line for line in request_lines(cluster) if line.startswith("PATCH")]


async def test_quarantine_relabels_the_pod_out_of_its_service_and_isolates_it(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/pods", o.pod("web-1", labels={"app": "web", "tier": "front", "version": "3"}))
    cluster.seed(
        "apps/v1/replicasets",
        {
            "metadata": {"name": "web-abc", "namespace": NS},
            "spec": {"selector": {"matchLabels": {"app": "web"}}},
        },
    )
    cluster.seed("v1/services", o.service("web", {"app": "web", "tier": "front"}))
    cluster.seed("v1/services", o.service("other", {"app": "other"}))
    result = await executor.execute(run("quarantine_pod", {"namespace": NS, "resource": "web-1"}))
    assert calls(result) == [
        SSAR,
        SSAR,
        f"GET {PODS}/web-1",
        f"GET /api/v1/namespaces/{NS}/services",
        f"GET /apis/apps/v1/namespaces/{NS}/replicasets/web-abc",
        f"POST {NETPOL}",
        f"PATCH {PODS}/web-1",
        f"GET {PODS}/web-1",
        f"GET /api/v1/namespaces/{NS}/services",
    ]
    labels = (cluster.obj("v1/pods", NS, "web-1") or {})["metadata"]["labels"]
    assert labels == {"version": "3", "kubernaut.io/quarantine": "web-1"}
    policy = (
        cluster.obj("networking.k8s.io/v1/networkpolicies", NS, "kubernaut-quarantine-web-1") or {}
    )
    assert policy["spec"] == {
        "podSelector": {"matchLabels": {"kubernaut.io/quarantine": "web-1"}},
        "policyTypes": ["Ingress", "Egress"],
    }
    assert result["observed"]["condition"]["last_seen"] == "selected by no Service"
    assert result["observed"]["before"]["services"] == ["web"]

    undo = await executor.undo("exec-1", None, 5)
    assert calls(undo) == [
        SSAR,
        SSAR,
        f"DELETE {NETPOL}/kubernaut-quarantine-web-1",
        f"PATCH {PODS}/web-1",
    ]
    labels = (cluster.obj("v1/pods", NS, "web-1") or {})["metadata"]["labels"]
    assert labels == {"app": "web", "tier": "front", "version": "3"}
    assert (
        cluster.obj("networking.k8s.io/v1/networkpolicies", NS, "kubernaut-quarantine-web-1")
        is None
    )


async def test_quarantine_dry_run_creates_and_patches_nothing(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("v1/pods", o.pod("web-1", owner=None))
    cluster.seed("v1/services", o.service("web", {"app": "web"}))
    result = await executor.execute(
        run("quarantine_pod", {"namespace": NS, "resource": "web-1"}, dry_run=True)
    )
    assert f"POST {NETPOL}?dryRun=All" in calls(result)
    assert f"PATCH {PODS}/web-1?dryRun=All" in calls(result)
    assert (cluster.obj("v1/pods", NS, "web-1") or {})["metadata"]["labels"] == {"app": "web"}
    assert (
        cluster.obj("networking.k8s.io/v1/networkpolicies", NS, "kubernaut-quarantine-web-1")
        is None
    )


async def test_collect_diagnostics_gathers_events_logs_and_a_describe_summary(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    cluster.seed("apps/v1/deployments", o.deployment(replicas=2))
    cluster.seed("v1/pods", o.pod("web-1", restarts=4, oom=True))
    cluster.seed("v1/pods", o.pod("web-2", ready=False, crash=True))
    cluster.seed(
        "v1/events",
        o.event(
            "e1",
            "Pod",
            "web-1",
            "OOMKilling",
            "Memory cgroup out of memory",
            "2025-09-26T22:59:00Z",
        ),
    )
    cluster.seed(
        "v1/events", o.event("e2", "Pod", "unrelated", "Pulled", "ok", "2025-09-26T22:58:00Z")
    )
    cluster.logs[(NS, "web-1", "app")] = "\n".join(f"line {i}" for i in range(10))
    result = await executor.execute(
        run(
            "collect_diagnostics",
            {"namespace": NS, "resource": "web", "kind": "Deployment", "tail_lines": 3},
        )
    )
    assert result["permission_checks"] == []  # read-only: no SSAR needed
    assert all(c["method"] == "GET" for c in result["api_calls"])
    diagnostics = result["diagnostics"]
    assert diagnostics["logs"]["web-1/app"] == "line 7\nline 8\nline 9"
    assert diagnostics["logs"]["web-2/app"].startswith("<logs unavailable")
    assert [e["reason"] for e in diagnostics["events"]] == ["OOMKilling"]
    state = diagnostics["state"]
    assert state["oom_killed"] and state["crash_looping"] and state["restarts_total"] == 4
    assert state["healthy"] is False
    assert "Replicas:     2 desired" in diagnostics["summary"]
    assert "OOMKilling" in diagnostics["summary"]
    assert result["undo_available"] is False


async def test_notify_only_touches_nothing(cluster: ClusterEmulator, executor: Executor) -> None:
    result = await executor.execute(run("notify_only", {"reason": "disk almost full"}))
    assert result["api_calls"] == [] and request_lines(cluster) == []
    assert result["message"] == "notify only: disk almost full"


async def test_target_state_reports_replicas_restarts_oom_and_crash_loops(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    dep = o.deployment(replicas=3)
    dep["status"].update(readyReplicas=2, availableReplicas=2)
    cluster.seed("apps/v1/deployments", dep)
    cluster.seed("v1/pods", o.pod("web-1", restarts=7, oom=True))
    cluster.seed("v1/pods", o.pod("other", labels={"app": "other"}))
    state = await executor.target_state(NS, "deployment", "web")
    assert state["replicas"] == {"desired": 3, "ready": 2, "available": 2, "updated": 3}
    assert [p["name"] for p in state["pods"]] == ["web-1"]
    assert state["restarts_total"] == 7 and state["oom_killed"] is True
    assert state["healthy"] is False
