"""The workflow state machine, approvals, dry-run policy and approval tokens."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from services.workflow.domain import engine, tokens
from services.workflow.domain.catalogue import Catalogue
from services.workflow.domain.clock import ManualClock, backoff, go_duration
from services.workflow.domain.gates import HistoryEntry
from services.workflow.domain.model import (
    ApprovalStatus,
    Assessment,
    AssessmentOutcome,
    StepName,
    StepStatus,
    Workflow,
    WorkflowStatus,
)
from services.workflow.domain.policy import DryRunPolicy, GatePolicy
from services.workflow.domain.state import InvalidTransition

CAT = Catalogue.fallback()
POLICY = GatePolicy()
REAL = DryRunPolicy(default=False)
S = WorkflowStatus


def request(
    action: str = "restart_pod", confidence: float = 0.9, **params: object
) -> engine.ActionRequest:
    parameters: dict[str, object] = {"namespace": "default", "resource": "webapp-1"}
    parameters.update(params)
    return engine.ActionRequest(
        action, parameters, confidence, {"name": "HighMemoryUsage"}, "req-1", "act-1"
    )


def planned(
    clock: ManualClock,
    req: engine.ActionRequest,
    dry: DryRunPolicy = REAL,
    history: list[HistoryEntry] | None = None,
) -> Workflow:
    wf = engine.new_workflow(req, "wf-1", "exec-1", CAT, dry, clock.now())
    return engine.plan(wf, CAT, POLICY, history or [], history or [], clock.now())


def st(wf: Workflow) -> WorkflowStatus:
    return wf.status


def statuses(wf: Workflow) -> dict[str, str]:
    return {s.name.value: s.status.value for s in wf.steps}


def test_a_passing_action_is_queued_with_pre_checks_done() -> None:
    clock = ManualClock()
    wf = planned(clock, request())
    assert st(wf) is S.QUEUED and wf.dispatched_at == clock.now()
    assert statuses(wf) == {
        "pre_checks": "succeeded",
        "action": "pending",
        "verification": "pending",
        "record": "pending",
    }
    assert wf.target.describe() == "Pod default/webapp-1" and wf.estimated_duration == "30s"


def test_full_successful_run_goes_through_every_step() -> None:
    clock = ManualClock()
    wf = planned(clock, request())
    engine.start_execution(wf, 1, clock.advance(1))
    assert st(wf) is S.EXECUTING and wf.step(StepName.ACTION).status is StepStatus.RUNNING
    engine.complete_execution(wf, True, "pod deleted", {"success": True}, clock.advance(2))
    assert st(wf) is S.SUCCEEDED and wf.finished_at == clock.now()
    assert wf.step(StepName.VERIFICATION).status is StepStatus.SUCCEEDED
    assert wf.step(StepName.RECORD).status is StepStatus.RUNNING
    engine.finish_record(wf, True, "stored", clock.advance(1))
    assert statuses(wf) == dict.fromkeys(
        ("pre_checks", "action", "verification", "record"), "succeeded"
    )


def test_dry_run_ends_in_dry_run_completed() -> None:
    clock = ManualClock()
    wf = planned(clock, request(), dry=DryRunPolicy())
    assert wf.dry_run and wf.dry_run_source == "global"
    engine.start_execution(wf, 1, clock.now())
    engine.complete_execution(wf, True, "would delete pod", {}, clock.now())
    assert st(wf) is S.DRY_RUN_COMPLETED


def test_failed_verification_fails_the_workflow() -> None:
    clock = ManualClock()
    wf = planned(clock, request())
    engine.start_execution(wf, 1, clock.now())
    engine.complete_execution(
        wf, True, "patched", {}, clock.now(), verification=(False, "rollout timed out")
    )
    assert st(wf) is S.FAILED and wf.reason == "verification failed: rollout timed out"


def test_blocked_workflow_records_the_reason_and_skips_the_rest() -> None:
    clock = ManualClock()
    wf = planned(clock, request(namespace="kube-system"))
    assert st(wf) is S.BLOCKED
    assert (
        wf.reason
        == "protected_namespace: namespace kube-system is protected; Kubernaut never acts in it"
    )
    assert statuses(wf) == {
        "pre_checks": "failed",
        "action": "skipped",
        "verification": "skipped",
        "record": "skipped",
    }
    with pytest.raises(InvalidTransition):
        engine.start_execution(wf, 1, clock.now())


def test_low_confidence_waits_for_approval_then_runs_when_approved() -> None:
    clock = ManualClock()
    wf = planned(clock, request(confidence=0.4))
    assert st(wf) is S.AWAITING_APPROVAL
    assert wf.approval.status is ApprovalStatus.PENDING
    assert wf.approval.expires_at == clock.now() + timedelta(minutes=30)
    engine.approve(wf, "alice", "ok", CAT, POLICY, [], [], clock.advance(60))
    assert st(wf) is S.QUEUED and wf.approval.decided_by == "alice"
    assert {g.gate: g.outcome.value for g in wf.gates}["confidence"] == "approved"


def test_approval_re_checks_the_gates() -> None:
    clock = ManualClock()
    wf = planned(clock, request(confidence=0.4))
    other = HistoryEntry(
        "wf-other", "delete_pod", wf.target.key, "default", S.EXECUTING, clock.now(), clock.now()
    )
    engine.approve(wf, "alice", None, CAT, POLICY, [other], [other], clock.advance(60))
    assert st(wf) is S.BLOCKED and "concurrency" in (wf.reason or "")


def test_rejection_and_expiry_are_final() -> None:
    clock = ManualClock()
    wf = planned(clock, request(confidence=0.4))
    engine.reject(wf, "bob", "not now", clock.now())
    assert st(wf) is S.REJECTED and wf.reason == "rejected by bob: not now"
    with pytest.raises(InvalidTransition):
        engine.approve(wf, "alice", None, CAT, POLICY, [], [], clock.now())

    wf2 = planned(clock, request(confidence=0.4))
    assert not engine.expire_if_due(wf2, clock.advance(29 * 60))
    with pytest.raises(InvalidTransition):
        engine.approve(wf2, "alice", None, CAT, POLICY, [], [], clock.advance(61))
    assert st(wf2) is S.EXPIRED and wf2.approval.status is ApprovalStatus.EXPIRED


def test_dry_run_waives_the_approval_wait_but_records_it() -> None:
    clock = ManualClock()
    wf = planned(clock, request(confidence=0.4), dry=DryRunPolicy())
    assert st(wf) is S.QUEUED
    assert wf.approval.status is ApprovalStatus.WAIVED_DRY_RUN and wf.approval.reasons


def test_executor_outage_requeues_then_fails_past_the_deadline() -> None:
    clock = ManualClock()
    wf = planned(clock, request())
    engine.start_execution(wf, 1, clock.now())
    engine.requeue(wf, "connection refused", clock.now() + timedelta(seconds=2), clock.now())
    assert st(wf) is S.QUEUED
    engine.start_execution(wf, 2, clock.advance(2))
    engine.fail_unavailable(wf, "connection refused", clock.now(), clock.now())
    assert st(wf) is S.FAILED and wf.escalated
    assert "manual intervention needed" in (wf.reason or "")


def test_assessment_is_recorded_once() -> None:
    clock = ManualClock()
    wf = planned(clock, request())
    a = Assessment("asm-1", AssessmentOutcome.INEFFECTIVE, clock.now())
    with pytest.raises(InvalidTransition):
        engine.record_assessment(wf, a, clock.now())
    engine.start_execution(wf, 1, clock.now())
    engine.complete_execution(wf, True, "ok", {}, clock.now())
    assert engine.record_assessment(wf, a, clock.now())
    assert not engine.record_assessment(wf, a, clock.now())


def test_workflow_survives_a_json_round_trip() -> None:
    clock = ManualClock()
    wf = planned(clock, request(confidence=0.4))
    assert Workflow.from_dict(wf.to_dict()).to_dict() == wf.to_dict()


def test_idempotency_conflict_on_a_different_target() -> None:
    clock = ManualClock()
    wf = planned(clock, request())
    engine.check_same_request(wf, request(), CAT)
    with pytest.raises(engine.IdempotencyConflict):
        engine.check_same_request(wf, request(resource="other"), CAT)


@pytest.mark.parametrize(
    ("policy", "action", "ns", "requested", "expected"),
    [
        (DryRunPolicy(), "restart_pod", "default", None, (True, "global")),
        (DryRunPolicy(default=False), "restart_pod", "default", None, (False, "global")),
        (
            DryRunPolicy(namespaces={"staging": False}),
            "restart_pod",
            "staging",
            None,
            (False, "namespace:staging"),
        ),
        (
            DryRunPolicy(default=False, actions={"drain_node": True}),
            "drain_node",
            None,
            None,
            (True, "action:drain_node"),
        ),
        # dry-run wins over an opt-in at another level
        (
            DryRunPolicy(namespaces={"prod": True}, actions={"restart_pod": False}),
            "restart_pod",
            "prod",
            None,
            (True, "namespace:prod"),
        ),
        (DryRunPolicy(default=False), "restart_pod", "default", True, (True, "request")),
    ],
)
def test_dry_run_resolution(
    policy: DryRunPolicy,
    action: str,
    ns: str | None,
    requested: bool | None,
    expected: tuple[bool, str],
) -> None:
    assert policy.resolve(action, ns, requested) == expected


def test_approval_tokens_are_bound_to_workflow_decision_and_expiry() -> None:
    now = datetime(2025, 9, 26, 23, 0, tzinfo=UTC)
    secret = b"s3cret"
    token = tokens.issue(secret, "wf-1", "approve", now + timedelta(minutes=30))
    parsed = tokens.verify(secret, token, now)
    assert (parsed.workflow_id, parsed.decision) == ("wf-1", "approve")
    with pytest.raises(tokens.InvalidToken, match="expired"):
        tokens.verify(secret, token, now + timedelta(minutes=31))
    with pytest.raises(tokens.InvalidToken, match="signature"):
        tokens.verify(b"other", token, now)
    _payload, _, sig = token.partition(".")
    forged = tokens.issue(b"x", "wf-2", "approve", now + timedelta(hours=1)).partition(".")[0]
    with pytest.raises(tokens.InvalidToken):
        tokens.verify(secret, f"{forged}.{sig}", now)
    with pytest.raises(tokens.InvalidToken, match="malformed"):
        tokens.verify(secret, "garbage", now)


def test_time_helpers() -> None:
    assert go_duration(30) == "30s" and go_duration(120) == "2m0s" and go_duration(3725) == "1h2m5s"
    assert [backoff(n, 1, 10) for n in (1, 2, 3, 4, 5)] == [1, 2, 4, 8, 10]
    assert replace(POLICY).history_horizon >= timedelta(hours=24)


def test_executor_results_map_to_action_and_verification_outcomes() -> None:
    from services.workflow.adapters.clients import outcome_of

    ok = outcome_of(
        {
            "status": "succeeded",
            "message": "scaled",
            "observed": {"condition": {"description": "5 ready", "reached": True}},
        }
    )
    assert (ok.success, ok.verified, ok.verification) == (True, True, "5 ready")
    slow = outcome_of(
        {
            "status": "timed_out",
            "message": "patched",
            "observed": {
                "condition": {
                    "description": "rollout",
                    "reached": False,
                    "last_seen": "1/3 updated",
                }
            },
        }
    )
    assert slow.success and not slow.verified and "1/3 updated" in slow.verification
    failed = outcome_of(
        {
            "status": "failed",
            "message": "drain stopped",
            "error": {"code": "CONFLICT", "message": "PDB"},
        }
    )
    assert not failed.success and failed.message == "drain stopped (PDB)"
