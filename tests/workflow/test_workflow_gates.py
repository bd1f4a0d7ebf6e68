"""Safety gates: each one blocks (or asks for approval) with a readable reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from services.workflow.domain.catalogue import Catalogue
from services.workflow.domain.gates import Candidate, HistoryEntry, blocking, evaluate
from services.workflow.domain.model import (
    AssessmentOutcome,
    FailureKind,
    GateDecision,
    GateOutcome,
    Target,
    WorkflowStatus,
)
from services.workflow.domain.oscillation import count_reversals
from services.workflow.domain.policy import GatePolicy

NOW = datetime(2025, 9, 26, 23, 0, tzinfo=UTC)
CAT = Catalogue.fallback()
WEB = Target("Pod", "webapp-1", "default")
POLICY = GatePolicy()


def cand(
    action: str = "restart_pod",
    target: Target = WEB,
    confidence: float = 0.9,
    replicas: int | None = None,
) -> Candidate:
    return Candidate(action, target, confidence, CAT.get(action), replicas, workflow_id="wf-new")


def past(
    wid: str,
    minutes_ago: float,
    action: str = "restart_pod",
    target: Target = WEB,
    status: WorkflowStatus = WorkflowStatus.SUCCEEDED,
    assessment: AssessmentOutcome | None = None,
    replicas: int | None = None,
    failure: FailureKind | None = None,
) -> HistoryEntry:
    at = NOW - timedelta(minutes=minutes_ago)
    return HistoryEntry(
        workflow_id=wid,
        action_type=action,
        target_key=target.key,
        namespace=target.namespace,
        status=status,
        created_at=at,
        dispatched_at=at,
        finished_at=at + timedelta(seconds=30),
        replicas=replicas,
        assessment=assessment,
        assessed_at=at + timedelta(minutes=1) if assessment else None,
        failure_kind=failure,
    )


def gate(decisions: list[GateDecision], name: str) -> GateDecision:
    return next(d for d in decisions if d.gate == name)


def run(
    c: Candidate,
    history: list[HistoryEntry] | None = None,
    policy: GatePolicy = POLICY,
    dispatched: list[HistoryEntry] | None = None,
) -> list[GateDecision]:
    history = history or []
    return evaluate(c, history, dispatched if dispatched is not None else history, policy, NOW)


def test_a_confident_low_risk_action_passes_every_gate() -> None:
    decisions = run(cand())
    assert not blocking(decisions)
    assert all(d.outcome in (GateOutcome.PASS, GateOutcome.SKIPPED) for d in decisions)
    assert gate(decisions, "confidence").reason == "confidence 0.90 >= floor 0.70"


def test_confidence_below_the_floor_asks_for_approval() -> None:
    d = gate(run(cand(confidence=0.5)), "confidence")
    assert d.outcome is GateOutcome.APPROVAL_REQUIRED
    assert "0.50 is below the floor 0.70" in d.reason


def test_confidence_floor_is_configurable() -> None:
    d = gate(run(cand(confidence=0.5), policy=replace(POLICY, confidence_floor=0.4)), "confidence")
    assert d.outcome is GateOutcome.PASS


def test_drain_node_and_statefulset_targets_need_approval() -> None:
    node = Target("Node", "worker-1")
    d = gate(run(cand("drain_node", node)), "risk")
    assert d.outcome is GateOutcome.APPROVAL_REQUIRED
    assert "drain_node always needs approval" in d.reason and "Node" in d.reason
    sts = Target("StatefulSet", "db", "default")
    d = gate(run(cand("rollout_restart", sts)), "risk")
    assert d.outcome is GateOutcome.APPROVAL_REQUIRED and "StatefulSet" in d.reason
    d = gate(run(cand("rollback_deployment", Target("Deployment", "web", "default"))), "risk")
    assert d.outcome is GateOutcome.APPROVAL_REQUIRED


def test_approval_satisfies_the_approval_gates() -> None:
    node = Target("Node", "worker-1")
    decisions = evaluate(cand("drain_node", node, 0.3), [], [], POLICY, NOW, approved=True)
    assert gate(decisions, "risk").outcome is GateOutcome.APPROVED
    assert gate(decisions, "confidence").outcome is GateOutcome.APPROVED


def test_unknown_action_and_wrong_kind_are_blocked_by_the_catalogue() -> None:
    d = gate(run(Candidate("format_disk", WEB, 0.9, None, workflow_id="x")), "catalogue")
    assert d.outcome is GateOutcome.BLOCKED and "unknown action 'format_disk'" in d.reason
    d = gate(run(cand("scale_deployment", WEB)), "catalogue")
    assert d.outcome is GateOutcome.BLOCKED and "cannot act on a Pod" in d.reason


def test_protected_namespace_blocks() -> None:
    d = gate(run(cand(target=Target("Pod", "coredns-1", "kube-system"))), "protected_namespace")
    assert d.outcome is GateOutcome.BLOCKED
    assert d.reason == "namespace kube-system is protected; Kubernaut never acts in it"


def test_opt_in_scope_blocks_namespaces_not_managed() -> None:
    policy = replace(POLICY, managed_namespaces=("team-*",))
    d = gate(run(cand(), policy=policy), "scope")
    assert d.outcome is GateOutcome.BLOCKED and "namespace default not opted in" in d.reason
    ok = gate(run(cand(target=Target("Pod", "a", "team-x")), policy=policy), "scope")
    assert ok.outcome is GateOutcome.PASS


def test_one_action_at_a_time_per_target() -> None:
    running = past("wf-running", 1, action="delete_pod", status=WorkflowStatus.EXECUTING)
    d = gate(run(cand(), [running]), "concurrency")
    assert d.outcome is GateOutcome.BLOCKED
    assert "already being handled by workflow wf-running (delete_pod, executing)" in d.reason


def test_cooldown_per_action_and_target() -> None:
    d = gate(run(cand(), [past("wf-1", 2)]), "cooldown")
    assert d.outcome is GateOutcome.BLOCKED
    assert d.until == NOW + timedelta(minutes=3)
    assert "next allowed at 2025-09-26T23:03:00Z" in d.reason
    assert gate(run(cand(), [past("wf-1", 6)]), "cooldown").outcome is GateOutcome.PASS
    other_action = past("wf-2", 2, action="delete_pod")
    assert gate(run(cand(), [other_action]), "cooldown").outcome is GateOutcome.PASS


def test_three_consecutive_failures_block_the_target_for_an_hour() -> None:
    failures = [
        past(
            f"wf-{i}",
            10 * i,
            status=WorkflowStatus.FAILED,
            failure=FailureKind.EXECUTION,
            action="delete_pod",
        )
        for i in (1, 2, 3)
    ]
    d = gate(run(cand(), failures), "consecutive_failures")
    assert d.outcome is GateOutcome.BLOCKED
    assert "3 consecutive failed or ineffective actions" in d.reason
    assert d.until is not None and d.until > NOW
    # an hour after the last failure the block lifts
    later = evaluate(cand(), failures, [], POLICY, NOW + timedelta(minutes=51))
    assert gate(later, "consecutive_failures").outcome is GateOutcome.PASS


def test_a_success_resets_the_failure_streak_and_executor_outages_do_not_count() -> None:
    history = [
        past("wf-1", 10, status=WorkflowStatus.FAILED, failure=FailureKind.EXECUTION, action="x"),
        past("wf-2", 20, status=WorkflowStatus.FAILED, failure=FailureKind.UNAVAILABLE, action="x"),
        past("wf-3", 30, status=WorkflowStatus.SUCCEEDED, action="x"),
        past("wf-4", 40, status=WorkflowStatus.FAILED, failure=FailureKind.EXECUTION, action="x"),
    ]
    assert gate(run(cand(), history), "consecutive_failures").outcome is GateOutcome.PASS


def test_ineffective_assessments_count_as_failures() -> None:
    history = [
        past(f"wf-{i}", 10 * i, action=a, assessment=AssessmentOutcome.INEFFECTIVE)
        for i, a in ((1, "delete_pod"), (2, "rollout_restart"), (3, "quarantine_pod"))
    ]
    policy = replace(POLICY, oscillation_gate=False)
    assert gate(run(cand(), history, policy), "consecutive_failures").outcome is GateOutcome.BLOCKED


def test_scale_thrash_is_blocked_and_escalated() -> None:
    dep = Target("Deployment", "web", "default")
    history = [
        past("wf-1", 40, "scale_deployment", dep, replicas=5),
        past("wf-2", 30, "scale_deployment", dep, replicas=2),
        past("wf-3", 20, "scale_deployment", dep, replicas=5),
    ]
    d = gate(run(cand("scale_deployment", dep, replicas=2), history), "oscillation")
    assert d.outcome is GateOutcome.BLOCKED
    assert d.details == {"pattern": "scale_thrash", "escalate": True}
    assert "replicas 5 → 2 → 5 → 2 reverse direction 2 times" in d.reason
    # scaling further in the same direction is not thrash
    steady = [
        past("wf-1", 40, "scale_deployment", dep, replicas=3),
        past("wf-2", 20, "scale_deployment", dep, replicas=4),
    ]
    assert (
        gate(run(cand("scale_deployment", dep, replicas=6), steady), "oscillation").outcome
        is GateOutcome.PASS
    )


def test_the_same_ineffective_action_repeated_is_oscillation() -> None:
    history = [past(f"wf-{i}", 60 * i, assessment=AssessmentOutcome.INEFFECTIVE) for i in (1, 2)]
    d = gate(run(cand(), history), "oscillation")
    assert d.outcome is GateOutcome.BLOCKED and d.details["pattern"] == "ineffective_chain"
    assert "restart_pod was already ineffective 2 times within 4h" in d.reason


def test_recurring_restarts_are_oscillation() -> None:
    history = [
        past(f"wf-{i}", 15 * i, action=a)
        for i, a in ((1, "restart_pod"), (2, "delete_pod"), (3, "rollout_restart"))
    ]
    d = gate(run(cand(), history), "oscillation")
    assert d.outcome is GateOutcome.BLOCKED and d.details["pattern"] == "recurring_restarts"
    assert "3 restarts within 1h" in d.reason


def test_global_and_namespace_rate_limits() -> None:
    policy = replace(POLICY, rate_limit_global=3, rate_limit_per_namespace=2)
    elsewhere = [past(f"g-{i}", i, target=Target("Pod", f"p{i}", "other")) for i in (1, 2, 3)]
    d = gate(run(cand(), [], policy, dispatched=elsewhere), "rate_limit")
    assert d.outcome is GateOutcome.BLOCKED and "global limit of 3 actions per 600s" in d.reason
    same_ns = [past(f"n-{i}", i, target=Target("Pod", f"p{i}", "default")) for i in (1, 2)]
    d = gate(run(cand(), [], policy, dispatched=same_ns), "rate_limit")
    assert d.outcome is GateOutcome.BLOCKED and "namespace default limit of 2" in d.reason
    assert d.until == NOW - timedelta(minutes=2) + timedelta(minutes=10)


def test_read_only_actions_skip_the_cluster_gates() -> None:
    decisions = run(cand("collect_diagnostics", Target("Pod", "x", "kube-system")))
    assert not blocking(decisions)


def test_count_reversals() -> None:
    assert count_reversals([1, 2, 3]) == 0
    assert count_reversals([3, 5, 3]) == 1
    assert count_reversals([3, 5, 5, 3, 5]) == 2


def test_a_resolved_alert_is_never_acted_on() -> None:
    c = Candidate("restart_pod", WEB, 0.9, CAT.get("restart_pod"), alert_status="resolved")
    d = gate(run(c), "alert")
    assert (
        d.outcome is GateOutcome.BLOCKED
        and d.reason == "the alert is already resolved; nothing to fix"
    )
    firing = Candidate("restart_pod", WEB, 0.9, CAT.get("restart_pod"), alert_status="firing")
    assert gate(run(firing), "alert").outcome is GateOutcome.PASS


def test_the_target_comes_from_parameters_then_the_alert() -> None:
    from services.workflow.domain.catalogue import resolve_target

    diag = CAT.get("collect_diagnostics")
    assert resolve_target(diag, {"namespace": "a", "resource": "x"}, {"kind": "Deployment"}) == (
        Target("Deployment", "x", "a")
    )
    assert resolve_target(CAT.get("drain_node"), {"resource": "n1"}, {"namespace": "ns"}) == (
        Target("Node", "n1", None)
    )
    assert resolve_target(CAT.get("restart_pod"), {}, {"namespace": "b", "resource": "p"}) == (
        Target("Pod", "p", "b")
    )


def test_a_partially_effective_fix_breaks_a_run_of_failures() -> None:
    ineffective = AssessmentOutcome.INEFFECTIVE
    history = [
        past("wf-1", 10, action="delete_pod", assessment=ineffective),
        past("wf-2", 20, action="rollout_restart", assessment=ineffective),
        past("wf-3", 30, action="x", assessment=AssessmentOutcome.PARTIALLY_EFFECTIVE),
        past("wf-4", 40, action="quarantine_pod", assessment=ineffective),
    ]
    policy = replace(POLICY, oscillation_gate=False)
    assert gate(run(cand(), history, policy), "consecutive_failures").outcome is GateOutcome.PASS
