"""Pure planning: quantities, resource bounds, rollback choice, PVC sizes, HPA bounds."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from services.executor.domain import planning
from services.executor.domain.errors import InvalidRequest, PreconditionFailed
from services.executor.domain.quantities import (
    format_cpu,
    format_memory,
    format_storage,
    parse_quantity,
)

from . import objects as o


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("500m", Decimal("0.5")),
        ("2", Decimal(2)),
        ("1.5", Decimal("1.5")),
        ("128Mi", Decimal(128 * 2**20)),
        ("1Gi", Decimal(2**30)),
        ("1G", Decimal(10**9)),
        ("1k", Decimal(1000)),
    ],
)
def test_quantities_parse_to_exact_base_units(text: str, value: Decimal) -> None:
    assert parse_quantity(text) == value


def test_malformed_quantities_are_rejected() -> None:
    with pytest.raises(ValueError, match="not a Kubernetes quantity"):
        parse_quantity("lots")


def test_quantities_format_rounding_up() -> None:
    assert format_cpu(Decimal("0.3333")) == "334m"
    assert format_cpu(Decimal(2)) == "2"
    assert format_memory(Decimal(3 * 2**29)) == "1536Mi"
    assert format_memory(Decimal(2**31)) == "2Gi"
    assert format_storage(Decimal("15.2") * 2**30) == "16Gi"


def tmpl(*containers: dict[str, Any]) -> dict[str, Any]:
    return o.template({"app": "web"}, list(containers))


def test_resources_grow_by_the_factor_and_respect_caps() -> None:
    plan = planning.plan_resources(
        tmpl(
            o.container(
                limits={"cpu": "500m", "memory": "256Mi"},
                requests={"cpu": "250m", "memory": "200Mi"},
            )
        ),
        planning.ResourceRequest(factor=Decimal(2), max_memory="300Mi", max_cpu="800m"),
    )
    value = plan.ops[0]["value"]
    assert value["limits"] == {"cpu": "800m", "memory": "300Mi"}
    # 400Mi request is capped at 300Mi and never above the limit
    assert value["requests"] == {"cpu": "500m", "memory": "300Mi"}


def test_explicit_values_win_and_unset_values_stay_unset() -> None:
    plan = planning.plan_resources(
        tmpl(o.container(limits={"memory": "256Mi"})), planning.ResourceRequest(memory_limit="1Gi")
    )
    assert plan.ops == [
        {
            "op": "add",
            "path": "/spec/template/spec/containers/0/resources",
            "value": {"limits": {"memory": "1Gi"}},
        }
    ]


def test_request_is_clamped_to_a_lower_explicit_limit() -> None:
    plan = planning.plan_resources(
        tmpl(o.container(limits={"memory": "256Mi"}, requests={"memory": "256Mi"})),
        planning.ResourceRequest(memory_limit="300Mi", factor=Decimal(2)),
    )
    assert plan.ops[0]["value"]["requests"] == {"memory": "300Mi"}


def test_only_the_named_container_changes() -> None:
    plan = planning.plan_resources(
        tmpl(o.container("app", limits={"cpu": "1"}), o.container("sidecar", limits={"cpu": "1"})),
        planning.ResourceRequest(container="sidecar", cpu_limit="2"),
    )
    assert [op["path"] for op in plan.ops] == ["/spec/template/spec/containers/1/resources"]
    with pytest.raises(InvalidRequest, match="container 'db' not found"):
        planning.plan_resources(tmpl(o.container()), planning.ResourceRequest(container="db"))


def test_resources_never_shrink_and_no_op_plans_are_refused() -> None:
    with pytest.raises(PreconditionFailed, match="refusing to lower cpu"):
        planning.plan_resources(
            tmpl(o.container(limits={"cpu": "2"})), planning.ResourceRequest(cpu_limit="1")
        )
    with pytest.raises(PreconditionFailed, match="nothing to change"):
        planning.plan_resources(tmpl(o.container()), planning.ResourceRequest())


def test_the_precondition_pins_the_resource_version() -> None:
    ops = [{"op": "add", "path": "/x", "value": 1}]
    assert planning.with_precondition(ops, "42")[0] == {
        "op": "replace",
        "path": "/metadata/resourceVersion",
        "value": "42",
    }
    assert planning.with_precondition(ops, None) == ops


def history() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    dep = o.deployment(revision=3)
    sets = [o.replicaset(dep, r, f"img:{r}", h) for r, h in ((1, "a"), (2, "b"), (3, "c"))]
    foreign = o.replicaset(dep, 2, "other", "x")
    foreign["metadata"]["ownerReferences"][0]["uid"] = "someone-else"
    return dep, [*sets, foreign]


def test_rollback_picks_the_newest_revision_before_the_current_one_it_owns() -> None:
    dep, sets = history()
    assert planning.choose_rollback(dep, sets, None)["metadata"]["name"] == "web-b"
    assert planning.choose_rollback(dep, sets, 1)["metadata"]["name"] == "web-a"


def test_rollback_refuses_the_current_unknown_or_missing_revisions() -> None:
    dep, sets = history()
    with pytest.raises(PreconditionFailed, match="already the current"):
        planning.choose_rollback(dep, sets, 3)
    with pytest.raises(PreconditionFailed, match="revision 7 not found"):
        planning.choose_rollback(dep, sets, 7)
    with pytest.raises(PreconditionFailed, match="no previous revision"):
        planning.choose_rollback(dep, sets[2:3], None)


def test_rollback_template_drops_the_pod_template_hash() -> None:
    _, sets = history()
    template = planning.rollback_template(sets[0])
    assert template["metadata"]["labels"] == {"app": "web"}
    assert sets[0]["spec"]["template"]["metadata"]["labels"]["pod-template-hash"] == "a"


def test_pvc_sizes_only_grow() -> None:
    assert planning.expanded_size("10Gi", None, None) == "15Gi"
    assert planning.expanded_size("10Gi", None, 100) == "20Gi"
    assert planning.expanded_size("10Gi", "12Gi", None) == "12Gi"
    with pytest.raises(InvalidRequest, match="does not exceed"):
        planning.expanded_size("10Gi", "5Gi", None)


def test_hpa_bounds_stay_consistent() -> None:
    spec = {"minReplicas": 2, "maxReplicas": 5}
    assert planning.hpa_patch(spec, None, 10) == {"spec": {"maxReplicas": 10}}
    assert planning.hpa_patch(spec, 3, 4) == {"spec": {"minReplicas": 3, "maxReplicas": 4}}
    with pytest.raises(InvalidRequest, match="would exceed"):
        planning.hpa_patch(spec, 6, None)
    with pytest.raises(InvalidRequest, match="give min_replicas"):
        planning.hpa_patch(spec, None, None)


@pytest.mark.parametrize(
    ("current", "percent", "expected"),
    [
        (5, 50, 8),  # 7.5 rounds up
        (10, 10, 11),  # exact, no float drift to 12
        (3, 1, 4),  # 3.03 → 4, and at least +1
        (1, 20, 2),  # 1.2 → 2
        (4, 500, 24),
    ],
)
def test_hpa_max_is_raised_by_a_percentage_rounded_up_and_by_at_least_one(
    current: int, percent: int, expected: int
) -> None:
    assert planning.raised_max(current, percent) == expected
    spec = {"minReplicas": 2, "maxReplicas": current}
    assert planning.hpa_patch(spec, None, None, percent) == {"spec": {"maxReplicas": expected}}


def test_hpa_explicit_max_wins_over_increase_percent_and_a_missing_max_is_refused() -> None:
    spec = {"minReplicas": 2, "maxReplicas": 5}
    assert planning.hpa_patch(spec, None, 9, 50) == {"spec": {"maxReplicas": 9}}
    assert planning.hpa_patch(spec, 3, None, 50) == {"spec": {"minReplicas": 3, "maxReplicas": 8}}
    with pytest.raises(PreconditionFailed, match="no maxReplicas"):
        planning.hpa_patch({"minReplicas": 1}, None, None, 50)


def test_factor_raises_only_the_selected_resources() -> None:
    container = o.container(
        limits={"cpu": "500m", "memory": "256Mi"}, requests={"cpu": "250m", "memory": "128Mi"}
    )
    cpu_only = planning.plan_resources(
        tmpl(container), planning.ResourceRequest(factor=Decimal(2), resources=frozenset({"cpu"}))
    )
    assert cpu_only.ops[0]["value"] == {
        "limits": {"cpu": "1", "memory": "256Mi"},
        "requests": {"cpu": "500m", "memory": "128Mi"},
    }
    # A cap on an unselected resource does not matter, even when it is below the current value.
    memory_only = planning.plan_resources(
        tmpl(container),
        planning.ResourceRequest(
            factor=Decimal(2), max_cpu="100m", resources=frozenset({"memory"})
        ),
    )
    assert memory_only.ops[0]["value"] == {
        "limits": {"cpu": "500m", "memory": "512Mi"},
        "requests": {"cpu": "250m", "memory": "256Mi"},
    }


def test_explicit_values_apply_even_to_unselected_resources() -> None:
    plan = planning.plan_resources(
        tmpl(o.container(limits={"cpu": "500m", "memory": "256Mi"})),
        planning.ResourceRequest(cpu_limit="2", resources=frozenset({"memory"})),
    )
    assert plan.ops[0]["value"] == {"limits": {"cpu": "2", "memory": "384Mi"}}
    with pytest.raises(InvalidRequest, match="subset of"):
        planning.ResourceRequest(resources=frozenset({"gpu"}))
