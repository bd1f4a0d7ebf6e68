"""Finding the object an alert is about, from kube-state-metrics labels."""

from __future__ import annotations

from typing import Any

import pytest

from services.ai.domain.models import Alert, Target
from services.ai.domain.targets import owner_workload, resolve


def a(**labels: str) -> Alert:
    return Alert(name="X", namespace="shop", labels=labels)


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ({"pod": "web-7d9c8b6f5-x2x7k"}, Target("Deployment", "web", "shop")),
        ({"pod": "my-api-v2-5c7f8d9b6d-abcde"}, None),  # 'a','e' are not in the hash alphabet
        ({"pod": "my-api-v2-5c7f8d9b6d-bcdfg"}, Target("Deployment", "my-api-v2", "shop")),
        ({"pod": "postgres-2"}, Target("StatefulSet", "postgres", "shop")),
        ({"pod": "fluent-bit-x7k2p"}, None),  # DaemonSet or Job: ambiguous
        (
            {"pod": "x", "owner_kind": "ReplicaSet", "owner_name": "cart-6b9f7c8d4"},
            Target("Deployment", "cart", "shop"),
        ),
        (
            {"pod": "x", "created_by_kind": "DaemonSet", "created_by_name": "node-agent"},
            Target("DaemonSet", "node-agent", "shop"),
        ),
        (
            {"pod": "x", "kubernaut_owner_kind": "StatefulSet", "kubernaut_owner_name": "kafka"},
            Target("StatefulSet", "kafka", "shop"),
        ),
        ({"workload": "cart", "workload_type": "deployment"}, Target("Deployment", "cart", "shop")),
        (
            {"statefulset": "kafka", "pod": "web-7d9c8b6f5-x2x7k"},
            Target("StatefulSet", "kafka", "shop"),
        ),
        ({"deployment": "Bad_Name"}, None),
    ],
)
def test_owner_workload_inference(labels: Any, expected: Any) -> None:
    assert owner_workload(a(**labels)) == expected


def test_namespace_comes_from_labels_when_the_alert_has_none() -> None:
    alert = Alert(name="X", labels={"namespace": "ops", "pod": "db-0"})
    assert resolve(alert, "pod") == Target("Pod", "db-0", "ops")


def test_namespaced_targets_need_a_namespace() -> None:
    assert resolve(Alert(name="X", labels={"pod": "db-0"}), "pod") is None


def test_node_target_needs_no_namespace() -> None:
    assert resolve(Alert(name="X", labels={"node": "worker-1"}), "node") == Target(
        "Node", "worker-1"
    )
