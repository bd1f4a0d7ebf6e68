"""Safety gates: pure functions from (candidate action, history, policy, now) to
recorded decisions. Every gate produces a decision — pass, blocked or
approval_required — with a reason a human can read, so the workflow shows why
it did or did not run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from services.workflow.domain.catalogue import ActionInfo
from services.workflow.domain.model import (
    ACTIVE,
    AssessmentOutcome,
    FailureKind,
    GateDecision,
    GateOutcome,
    Target,
    Workflow,
    WorkflowStatus,
)
from services.workflow.domain.oscillation import detect_oscillation
from services.workflow.domain.policy import GatePolicy, namespace_managed


@dataclass(frozen=True)
class Candidate:
    """The action about to be guarded."""

    action_type: str
    target: Target
    confidence: float
    info: ActionInfo | None
    replicas: int | None = None
    workflow_id: str | None = None
    alert_status: str | None = None


@dataclass(frozen=True)
class HistoryEntry:
    """A past or running workflow, as the gates need to see it."""

    workflow_id: str
    action_type: str
    target_key: str
    namespace: str | None
    status: WorkflowStatus
    created_at: datetime
    dispatched_at: datetime | None = None
    finished_at: datetime | None = None
    replicas: int | None = None
    assessment: AssessmentOutcome | None = None
    assessed_at: datetime | None = None
    failure_kind: FailureKind | None = None
    dry_run: bool = False

    @classmethod
    def of(cls, wf: Workflow) -> HistoryEntry:
        return cls(
            workflow_id=wf.workflow_id,
            action_type=wf.action_type,
            target_key=wf.target.key,
            namespace=wf.target.namespace,
            status=wf.status,
            created_at=wf.created_at,
            dispatched_at=wf.dispatched_at,
            finished_at=wf.finished_at,
            replicas=wf.replicas,
            assessment=wf.assessment.outcome if wf.assessment else None,
            assessed_at=wf.assessment.assessed_at if wf.assessment else None,
            failure_kind=wf.failure_kind,
            dry_run=wf.dry_run,
        )


def _fmt(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def _decision(
    gate: str,
    outcome: GateOutcome,
    reason: str,
    now: datetime,
    until: datetime | None = None,
    **details: object,
) -> GateDecision:
    return GateDecision(gate, outcome, reason, now, until, dict(details))


def catalogue_gate(c: Candidate, now: datetime) -> GateDecision:
    if c.info is None:
        return _decision("catalogue", GateOutcome.BLOCKED, f"unknown action {c.action_type!r}", now)
    kinds = c.info.target_kinds
    if kinds and c.target.kind not in kinds:
        return _decision(
            "catalogue",
            GateOutcome.BLOCKED,
            f"{c.action_type} cannot act on a {c.target.kind} (allowed: {', '.join(kinds)})",
            now,
        )
    return _decision("catalogue", GateOutcome.PASS, f"{c.action_type} is in the catalogue", now)


def alert_gate(c: Candidate, now: datetime) -> GateDecision:
    """Never act on a resolved alert: the problem is gone, only the action's risk remains."""
    if c.alert_status == "resolved":
        return _decision(
            "alert", GateOutcome.BLOCKED, "the alert is already resolved; nothing to fix", now
        )
    return _decision("alert", GateOutcome.PASS, "the alert is firing", now)


def scope_gates(c: Candidate, policy: GatePolicy, now: datetime) -> list[GateDecision]:
    ns = c.target.namespace
    out: list[GateDecision] = []
    if ns is not None and ns in policy.protected_namespaces:
        out.append(
            _decision(
                "protected_namespace",
                GateOutcome.BLOCKED,
                f"namespace {ns} is protected; Kubernaut never acts in it",
                now,
            )
        )
    else:
        out.append(
            _decision("protected_namespace", GateOutcome.PASS, "namespace is not protected", now)
        )
    if namespace_managed(ns, policy.managed_namespaces):
        out.append(_decision("scope", GateOutcome.PASS, "target is in the managed scope", now))
    else:
        where = f"namespace {ns}" if ns else "cluster-scoped objects"
        out.append(
            _decision(
                "scope",
                GateOutcome.BLOCKED,
                f"{where} not opted in (managed: {', '.join(policy.managed_namespaces) or 'none'})",
                now,
            )
        )
    return out


def concurrency_gate(
    c: Candidate, on_target: Sequence[HistoryEntry], policy: GatePolicy, now: datetime
) -> GateDecision:
    if not policy.concurrency_gate:
        return _decision("concurrency", GateOutcome.SKIPPED, "disabled by policy", now)
    for entry in on_target:
        if entry.workflow_id != c.workflow_id and entry.status in ACTIVE:
            return _decision(
                "concurrency",
                GateOutcome.BLOCKED,
                f"{c.target.describe()} is already being handled by workflow "
                f"{entry.workflow_id} ({entry.action_type}, {entry.status.value})",
                now,
                other_workflow_id=entry.workflow_id,
            )
    return _decision("concurrency", GateOutcome.PASS, "no other action on this target", now)


def cooldown_gate(
    c: Candidate, on_target: Sequence[HistoryEntry], policy: GatePolicy, now: datetime
) -> GateDecision:
    if policy.cooldown.total_seconds() <= 0:
        return _decision("cooldown", GateOutcome.SKIPPED, "disabled by policy", now)
    last = max(
        (
            e.dispatched_at
            for e in on_target
            if e.action_type == c.action_type
            and e.dispatched_at is not None
            and e.workflow_id != c.workflow_id
        ),
        default=None,
    )
    if last is not None and now < last + policy.cooldown:
        until = last + policy.cooldown
        return _decision(
            "cooldown",
            GateOutcome.BLOCKED,
            f"{c.action_type} on {c.target.describe()} ran at {_fmt(last)}; "
            f"next allowed at {_fmt(until)}",
            now,
            until,
        )
    return _decision(
        "cooldown", GateOutcome.PASS, "no recent run of this action on the target", now
    )


def _outcome_of(entry: HistoryEntry) -> tuple[bool, datetime] | None:
    """(failed?, when) for an executed workflow; None when it says nothing."""
    if entry.dry_run:
        return None
    if entry.assessment in (AssessmentOutcome.INEFFECTIVE, AssessmentOutcome.WORSENED):
        return True, entry.assessed_at or entry.finished_at or entry.created_at
    if entry.assessment in (AssessmentOutcome.EFFECTIVE, AssessmentOutcome.PARTIALLY_EFFECTIVE):
        # A partial success is not a failure: it breaks a run of consecutive failures.
        return False, entry.assessed_at or entry.finished_at or entry.created_at
    if entry.status is WorkflowStatus.FAILED and entry.failure_kind is FailureKind.EXECUTION:
        return True, entry.finished_at or entry.created_at
    if entry.status is WorkflowStatus.SUCCEEDED and entry.assessment is None:
        return False, entry.finished_at or entry.created_at
    return None


def consecutive_failures_gate(
    c: Candidate, on_target: Sequence[HistoryEntry], policy: GatePolicy, now: datetime
) -> GateDecision:
    limit = policy.max_consecutive_failures
    if limit <= 0:
        return _decision("consecutive_failures", GateOutcome.SKIPPED, "disabled by policy", now)
    outcomes = sorted(
        (o for o in (_outcome_of(e) for e in on_target) if o is not None),
        key=lambda o: o[1],
        reverse=True,
    )
    streak: list[datetime] = []
    for failed, when in outcomes:
        if not failed:
            break
        streak.append(when)
    if len(streak) >= limit:
        until = streak[0] + policy.failure_block
        if now < until:
            return _decision(
                "consecutive_failures",
                GateOutcome.BLOCKED,
                f"{len(streak)} consecutive failed or ineffective actions on "
                f"{c.target.describe()} (limit {limit}); blocked until {_fmt(until)}",
                now,
                until,
                failures=len(streak),
            )
    return _decision(
        "consecutive_failures",
        GateOutcome.PASS,
        f"{len(streak)} consecutive failures on the target (limit {limit})",
        now,
    )


def oscillation_gate(
    c: Candidate, on_target: Sequence[HistoryEntry], policy: GatePolicy, now: datetime
) -> GateDecision:
    if not policy.oscillation_gate:
        return _decision("oscillation", GateOutcome.SKIPPED, "disabled by policy", now)
    others = [e for e in on_target if e.workflow_id != c.workflow_id]
    found = detect_oscillation(c.action_type, c.replicas, others, policy, now)
    if found is None:
        return _decision("oscillation", GateOutcome.PASS, "no oscillation on the target", now)
    pattern, reason = found
    return _decision(
        "oscillation",
        GateOutcome.BLOCKED,
        f"{reason} on {c.target.describe()}; escalated to a human",
        now,
        pattern=pattern,
        escalate=True,
    )


def rate_limit_gate(
    c: Candidate, dispatched: Iterable[HistoryEntry], policy: GatePolicy, now: datetime
) -> GateDecision:
    since = now - policy.rate_limit_window
    recent = sorted(
        e.dispatched_at
        for e in dispatched
        if e.dispatched_at is not None
        and e.dispatched_at > since
        and e.workflow_id != c.workflow_id
    )
    window = int(policy.rate_limit_window.total_seconds())
    if policy.rate_limit_global > 0 and len(recent) >= policy.rate_limit_global:
        until = recent[len(recent) - policy.rate_limit_global] + policy.rate_limit_window
        return _decision(
            "rate_limit",
            GateOutcome.BLOCKED,
            f"global limit of {policy.rate_limit_global} actions per {window}s reached; "
            f"next slot at {_fmt(until)}",
            now,
            until,
            scope="global",
        )
    ns = c.target.namespace
    if ns is not None and policy.rate_limit_per_namespace > 0:
        in_ns = sorted(
            e.dispatched_at
            for e in dispatched
            if e.namespace == ns
            and e.dispatched_at is not None
            and e.dispatched_at > since
            and e.workflow_id != c.workflow_id
        )
        if len(in_ns) >= policy.rate_limit_per_namespace:
            until = in_ns[len(in_ns) - policy.rate_limit_per_namespace] + policy.rate_limit_window
            return _decision(
                "rate_limit",
                GateOutcome.BLOCKED,
                f"namespace {ns} limit of {policy.rate_limit_per_namespace} actions per "
                f"{window}s reached; next slot at {_fmt(until)}",
                now,
                until,
                scope="namespace",
            )
    return _decision("rate_limit", GateOutcome.PASS, f"{len(recent)} actions in the window", now)


def confidence_gate(
    c: Candidate, policy: GatePolicy, now: datetime, approved: bool
) -> GateDecision:
    if not policy.confidence_gate:
        return _decision("confidence", GateOutcome.SKIPPED, "disabled by policy", now)
    floor = policy.confidence_floor
    if c.confidence >= floor:
        return _decision(
            "confidence",
            GateOutcome.PASS,
            f"confidence {c.confidence:.2f} >= floor {floor:.2f}",
            now,
        )
    outcome = GateOutcome.APPROVED if approved else GateOutcome.APPROVAL_REQUIRED
    return _decision(
        "confidence",
        outcome,
        f"confidence {c.confidence:.2f} is below the floor {floor:.2f}: a human must approve",
        now,
    )


def risk_gate(c: Candidate, policy: GatePolicy, now: datetime, approved: bool) -> GateDecision:
    if not policy.risk_gate:
        return _decision("risk", GateOutcome.SKIPPED, "disabled by policy", now)
    info = c.info
    why: list[str] = []
    if c.action_type in policy.approval_actions:
        why.append(f"{c.action_type} always needs approval")
    if info is not None and info.risk in policy.approval_risks:
        why.append(f"{c.action_type} is {info.risk} risk")
    if c.target.kind in policy.approval_kinds:
        why.append(f"the target is a {c.target.kind}")
    if not why:
        risk = info.risk if info else "unknown"
        return _decision("risk", GateOutcome.PASS, f"{risk} risk action", now)
    outcome = GateOutcome.APPROVED if approved else GateOutcome.APPROVAL_REQUIRED
    return _decision("risk", outcome, "; ".join(why) + ": a human must approve", now)


def evaluate(
    c: Candidate,
    on_target: Sequence[HistoryEntry],
    dispatched: Sequence[HistoryEntry],
    policy: GatePolicy,
    now: datetime,
    approved: bool = False,
) -> list[GateDecision]:
    """Run every gate and return all decisions (not only the first blocking one),
    so the workflow records the complete picture."""
    decisions = [catalogue_gate(c, now)]
    if c.info is not None and not c.info.mutating:
        decisions.append(
            _decision(
                "scope", GateOutcome.SKIPPED, f"{c.action_type} does not change the cluster", now
            )
        )
        return decisions
    decisions.append(alert_gate(c, now))
    decisions += scope_gates(c, policy, now)
    decisions.append(concurrency_gate(c, on_target, policy, now))
    decisions.append(cooldown_gate(c, on_target, policy, now))
    decisions.append(consecutive_failures_gate(c, on_target, policy, now))
    decisions.append(oscillation_gate(c, on_target, policy, now))
    decisions.append(rate_limit_gate(c, dispatched, policy, now))
    decisions.append(confidence_gate(c, policy, now, approved))
    decisions.append(risk_gate(c, policy, now, approved))
    return decisions


def blocking(decisions: Iterable[GateDecision]) -> list[GateDecision]:
    return [d for d in decisions if d.outcome is GateOutcome.BLOCKED]


def needing_approval(decisions: Iterable[GateDecision]) -> list[GateDecision]:
    return [d for d in decisions if d.outcome is GateOutcome.APPROVAL_REQUIRED]
