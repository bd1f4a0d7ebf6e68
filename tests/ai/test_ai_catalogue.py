"""The action catalogue file: complete, well-formed, and strict about parameters."""

from __future__ import annotations

from typing import Any

import pytest

from services.ai.domain.catalogue import Catalogue, CatalogueError

REQUIRED = {
    "restart_pod": {"namespace", "resource"},
    "delete_pod": {"namespace", "resource"},
    "rollout_restart": {"namespace", "resource", "kind"},
    "scale_deployment": {"namespace", "resource", "replicas"},
    "scale_statefulset": {"namespace", "resource", "replicas"},
    "increase_resources": {"namespace", "resource", "kind"},
    "rollback_deployment": {"namespace", "resource"},
    "cordon_node": {"resource"},
    "uncordon_node": {"resource"},
    "drain_node": {"resource"},
    "expand_pvc": {"namespace", "resource"},
    "update_hpa": {"namespace", "resource"},
    "quarantine_pod": {"namespace", "resource"},
    "collect_diagnostics": {"resource"},
    "notify_only": set(),
}


def test_catalogue_has_every_agreed_action_with_its_required_parameters(
    catalogue: Catalogue,
) -> None:
    assert set(catalogue.names()) == set(REQUIRED)
    for name, required in REQUIRED.items():
        spec = catalogue.get(name)
        assert spec is not None
        assert set(spec.required) == required, name
        assert spec.risk in ("low", "medium", "high")
        assert spec.description


def test_only_read_only_actions_are_marked_non_mutating(catalogue: Catalogue) -> None:
    assert {s.name for s in catalogue if not s.mutating} == {"collect_diagnostics", "notify_only"}


def test_node_actions_take_no_namespace(catalogue: Catalogue) -> None:
    assert catalogue.validate("cordon_node", {"resource": "node-1"}) == []
    assert catalogue.validate("cordon_node", {"resource": "node-1", "namespace": "default"})


@pytest.mark.parametrize(
    ("action", "params", "fragment"),
    [
        ("restart_pod", {"namespace": "default"}, "'resource' is a required property"),
        ("scale_deployment", {"namespace": "d", "resource": "web", "replicas": -1}, "minimum"),
        ("scale_deployment", {"namespace": "d", "resource": "web", "replicas": "3"}, "integer"),
        ("restart_pod", {"namespace": "d", "resource": "p", "force": True}, "Additional"),
        ("rollout_restart", {"namespace": "d", "resource": "w", "kind": "Pod"}, "kind"),
        ("restart_pod", {"namespace": "Not_Valid", "resource": "p"}, "namespace"),
        (
            "expand_pvc",
            {"namespace": "d", "resource": "data", "size": "20Gi", "increase_percent": 10},
            "parameters",
        ),
        ("update_hpa", {"namespace": "d", "resource": "h"}, "parameters"),
        (
            "update_hpa",
            {"namespace": "d", "resource": "h", "min_replicas": 5, "max_replicas": 2},
            "must not exceed",
        ),
        (
            "increase_resources",
            {"namespace": "d", "resource": "w", "kind": "Deployment", "memory_limit": "lots"},
            "memory_limit",
        ),
        ("drain_node", {"resource": "n", "timeout_seconds": 0}, "timeout_seconds"),
        ("teleport_pod", {}, "unknown action"),
    ],
)
def test_invalid_parameters_are_rejected_with_a_reason(
    catalogue: Catalogue, action: Any, params: Any, fragment: Any
) -> None:
    errors = catalogue.validate(action, params)
    assert errors, f"{action} {params} should be invalid"
    assert any(fragment in e for e in errors), errors


@pytest.mark.parametrize(
    ("action", "params"),
    [
        (
            "rollout_restart",
            {
                "namespace": "d",
                "resource": "w",
                "kind": "StatefulSet",
                "strategy": "rolling_restart",
            },
        ),
        (
            "increase_resources",
            {
                "namespace": "d",
                "resource": "w",
                "kind": "Deployment",
                "container": "app",
                "memory_limit": "512Mi",
                "cpu_limit": "500m",
                "factor": 1.5,
                "resources": ["memory"],
                "max_memory": "4Gi",
            },
        ),
        ("expand_pvc", {"namespace": "d", "resource": "data", "size": "20Gi"}),
        ("update_hpa", {"namespace": "d", "resource": "h", "increase_percent": 50}),
        ("drain_node", {"resource": "n", "timeout_seconds": 300, "delete_emptydir_data": False}),
        ("notify_only", {"reason": "look at it"}),
        (
            "restart_pod",
            {
                "namespace": "default",
                "resource": "webapp-deployment",
                "strategy": "rolling_restart",
            },
        ),  # the seed's own example
    ],
)
def test_valid_parameters_pass(catalogue: Catalogue, action: Any, params: Any) -> None:
    assert catalogue.validate(action, params) == []


def test_a_catalogue_without_notify_only_is_refused() -> None:
    doc = {"actions": [{"name": "restart_pod", "risk": "low", "parameters": {"type": "object"}}]}
    with pytest.raises(CatalogueError, match="notify_only"):
        Catalogue.from_document(doc)


def test_a_catalogue_with_a_broken_schema_is_refused() -> None:
    doc = {
        "actions": [
            {
                "name": "notify_only",
                "risk": "low",
                "parameters": {"type": "object", "properties": {"x": {"type": "nope"}}},
            }
        ]
    }
    with pytest.raises(CatalogueError, match="invalid parameter schema"):
        Catalogue.from_document(doc)


def test_filters_select_by_risk_kind_and_mutation(catalogue: Catalogue) -> None:
    assert {s.name for s in catalogue.filter(target_kind="node")} == {
        "cordon_node",
        "uncordon_node",
        "drain_node",
        "collect_diagnostics",
    }
    assert all(s.risk == "high" for s in catalogue.filter(risk="high"))
    assert {s.name for s in catalogue.filter(mutating=False)} == {
        "collect_diagnostics",
        "notify_only",
    }
