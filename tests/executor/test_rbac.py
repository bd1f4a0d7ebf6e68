"""deploy/rbac/executor.yaml grants exactly what the actions use: nothing denied, nothing idle.

Every action (and its undo) runs against an API server that enforces the manifest's
ClusterRole rules on each request and answers SelfSubjectAccessReviews from them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from services.executor.domain.errors import PermissionDenied
from services.executor.engine import Executor

from . import objects as o
from .emulator import ClusterEmulator
from .helpers import NS, run

MANIFEST = Path(__file__).resolve().parents[2] / "deploy" / "rbac" / "executor.yaml"


def manifest_rules() -> list[dict[str, Any]]:
    docs = [d for d in yaml.safe_load_all(MANIFEST.read_text()) if d]
    return [rule for d in docs if d["kind"] == "ClusterRole" for rule in d["rules"]]


def granted(rules: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    return {
        (g, r, v)
        for rule in rules
        for g in rule["apiGroups"]
        for r in rule["resources"]
        for v in rule["verbs"]
    }


def seed_everything(cluster: ClusterEmulator) -> None:
    dep = o.deployment(revision=2)
    cluster.seed("apps/v1/deployments", dep)
    cluster.seed("apps/v1/replicasets", o.replicaset(dep, 1, "shop/web:0.9", "old"))
    cluster.seed("apps/v1/replicasets", o.replicaset(dep, 2, "shop/web:1.0", "abc"))
    cluster.seed("apps/v1/statefulsets", o.statefulset())
    cluster.seed(
        "apps/v1/daemonsets",
        {
            "metadata": {"name": "logger", "namespace": NS},
            "spec": {
                "selector": {"matchLabels": {"app": "logger"}},
                "template": o.template({"app": "logger"}, [o.container("log")]),
            },
            "status": {"desiredNumberScheduled": 1},
        },
    )
    cluster.seed(
        "batch/v1/jobs",
        {
            "metadata": {"name": "nightly", "namespace": NS},
            "spec": {"selector": {"matchLabels": {"job": "nightly"}}},
        },
    )
    cluster.seed("v1/pods", o.pod("web-1", owner=("ReplicaSet", "web-abc")))
    cluster.seed("v1/pods", o.pod("web-2", owner=("ReplicaSet", "web-abc")))
    cluster.seed(
        "v1/pods",
        o.pod("api-1", labels={"app": "api"}, node="node-2", owner=("ReplicaSet", "api-x")),
    )
    cluster.seed("v1/services", o.service("web", {"app": "web"}))
    cluster.seed("v1/nodes", o.node("node-1"))
    cluster.seed("v1/nodes", o.node("node-2"))
    cluster.seed("v1/persistentvolumeclaims", o.pvc())
    cluster.seed("storage.k8s.io/v1/storageclasses", o.storage_class())
    cluster.seed("autoscaling/v2/horizontalpodautoscalers", o.hpa())
    cluster.logs[(NS, "web-2", "app")] = "ready"


async def test_the_manifest_allows_every_action_and_grants_nothing_unused(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    rules = manifest_rules()
    cluster.rbac = rules
    seed_everything(cluster)
    web = {"namespace": NS, "resource": "web"}
    steps: list[tuple[str, dict[str, Any]]] = [
        ("scale_deployment", {**web, "replicas": 3}),
        ("scale_statefulset", {"namespace": NS, "resource": "db", "replicas": 2}),
        ("rollout_restart", {"namespace": NS, "resource": "logger", "kind": "DaemonSet"}),
        (
            "increase_resources",
            {"namespace": NS, "resource": "db", "kind": "StatefulSet", "cpu_limit": "2"},
        ),
        ("rollback_deployment", web),
        ("update_hpa", {**web, "max_replicas": 8}),
        ("expand_pvc", {"namespace": NS, "resource": "data"}),
        ("restart_pod", {"namespace": NS, "resource": "web-1"}),
        ("collect_diagnostics", {"namespace": NS, "resource": "web-2", "kind": "Pod"}),
        ("quarantine_pod", {"namespace": NS, "resource": "web-2"}),
        ("cordon_node", {"resource": "node-1"}),
        ("drain_node", {"resource": "node-2"}),
        ("delete_pod", {"namespace": NS, "resource": "web-2"}),
    ]
    for i, (action, params) in enumerate(steps):
        result = await executor.execute(run(action, params, execution_id=f"e{i}"))
        assert result["status"] == "succeeded", (action, result["message"])
        assert all(c["allowed"] for c in result["permission_checks"]), action
        if result["undo_available"]:
            undo = await executor.undo(f"e{i}", None, 5)
            assert undo["status"] == "succeeded", (action, undo["message"])
    diagnostics = (await executor.get("e8"))["diagnostics"]
    assert diagnostics["logs"] == {"web-2/app": "ready"}  # pods/log was readable
    for kind, name in (("Job", "nightly"), ("Node", "node-1")):
        await executor.target_state(NS if kind == "Job" else "-", kind, name)
    assert granted(rules) - cluster.used == set()  # no grant went unused


async def test_a_missing_grant_is_caught_by_the_access_review_before_acting(
    cluster: ClusterEmulator, executor: Executor
) -> None:
    rules = [r for r in manifest_rules() if "deployments/scale" not in r["resources"]]
    cluster.rbac = rules
    seed_everything(cluster)
    with pytest.raises(PermissionDenied) as info:
        await executor.execute(
            run("scale_deployment", {"namespace": NS, "resource": "web", "replicas": 3})
        )
    assert info.value.details["denied"][0]["subresource"] == "scale"
    assert not [r for r in cluster if r.method.value == "PATCH"]
