"""optimize-workflow: check and improve a planned sequence of remediation steps.

Every change is reported with its reason; nothing is dropped silently:
- ``removed_invalid``   unknown action or parameters invalid for the catalogue
- ``removed_duplicate`` same action with the same parameters as an earlier step
- ``replaced``          above ``max_risk``, mutating while ``allow_mutating`` is false, or
                        failed ``escalate_after`` times in a row on its target → notify_only
- ``reordered``         read-only diagnostics moved first, notify_only last
- ``added_diagnostics`` a collect_diagnostics step before a high-risk action on a target
                        that has none
- ``truncated``         steps beyond ``max_steps``
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .catalogue import Catalogue, max_risk
from .history import failure_streak
from .models import RISK_ORDER, ActionStatistic, HistoryRecord, RiskLevel

READ_ONLY_FIRST = ("collect_diagnostics",)


@dataclass(frozen=True)
class Constraints:
    max_risk: RiskLevel | None = None
    allow_mutating: bool = True
    max_steps: int = 10


@dataclass(frozen=True)
class Step:
    action: str
    parameters: dict[str, Any]
    risk: RiskLevel


@dataclass(frozen=True)
class Change:
    type: str
    step_index: int
    action: str
    reason: str


@dataclass(frozen=True)
class Optimized:
    steps: list[Step]
    changes: list[Change]
    estimated_risk: RiskLevel
    requires_approval: bool
    confidence: float
    historical_context: str
    notes: list[str] = field(default_factory=list)


def optimize(
    steps: Sequence[tuple[str, Mapping[str, Any]]],
    catalogue: Catalogue,
    *,
    constraints: Constraints | None = None,
    history: Sequence[HistoryRecord] | None = (),
    statistics: Sequence[ActionStatistic] | None = (),
    escalate_after: int = 3,
    approval_below: float = 0.6,
) -> Optimized:
    constraints = constraints or Constraints()
    changes: list[Change] = []
    kept: list[tuple[int, Step]] = []
    seen: set[str] = set()
    records = sorted(history or (), key=lambda r: r.timestamp, reverse=True)
    for index, (action, raw_params) in enumerate(steps):
        params = dict(raw_params)
        errors = catalogue.validate(action, params)
        if errors:
            changes.append(Change("removed_invalid", index, action, "; ".join(errors)[:1000]))
            continue
        key = action + json.dumps(params, sort_keys=True, default=str)
        if key in seen:
            changes.append(
                Change(
                    "removed_duplicate",
                    index,
                    action,
                    "Same action and parameters as an earlier step",
                )
            )
            continue
        seen.add(key)
        spec = catalogue.get(action)
        assert spec is not None
        why = _replacement_reason(
            action, spec.risk, spec.mutating, params, constraints, records, escalate_after
        )
        if why:
            changes.append(Change("replaced", index, action, why))
            notify = _notify(params, f"{action} not executed: {why}")
            kept.append((index, Step("notify_only", notify, "low")))
            continue
        kept.append((index, Step(action, params, spec.risk)))

    ordered = _reorder(kept)
    for position, (index, step) in enumerate(ordered):
        moved = kept.index((index, step)) != position
        if moved and step.action in (*READ_ONLY_FIRST, "notify_only"):
            changes.append(Change("reordered", index, step.action, _reorder_reason(step.action)))
    final = _with_diagnostics([s for _, s in ordered], catalogue, changes)
    if len(final) > constraints.max_steps:
        for position in range(constraints.max_steps, len(final)):
            changes.append(
                Change(
                    "truncated",
                    position,
                    final[position].action,
                    f"more than max_steps={constraints.max_steps} steps",
                )
            )
        final = final[: constraints.max_steps]
    if not final:
        final = [Step("notify_only", {"reason": "No valid step left in the workflow"}, "low")]
    confidence = _confidence(final, statistics, changes)
    risk = max_risk([s.risk for s in final])
    return Optimized(
        steps=final,
        changes=changes,
        estimated_risk=risk,
        requires_approval=risk == "high" or confidence < approval_below,
        confidence=confidence,
        historical_context=_history_text(records, history is None),
    )


def _replacement_reason(
    action: str,
    risk: RiskLevel,
    mutating: bool,
    params: Mapping[str, Any],
    constraints: Constraints,
    records: Sequence[HistoryRecord],
    escalate_after: int,
) -> str | None:
    if action == "notify_only":
        return None
    if constraints.max_risk and RISK_ORDER[risk] > RISK_ORDER[constraints.max_risk]:
        return f"risk {risk} exceeds max_risk {constraints.max_risk}"
    if mutating and not constraints.allow_mutating:
        return "mutating actions are not allowed for this workflow"
    on_target = [
        r
        for r in records
        if r.resource == params.get("resource")
        and (r.namespace == params.get("namespace") or "namespace" not in params)
    ]
    streak = failure_streak(on_target, action)
    if streak >= escalate_after:
        return f"failed {streak} times in a row on {params.get('resource')}"
    return None


def _reorder(kept: list[tuple[int, Step]]) -> list[tuple[int, Step]]:
    """Diagnostics first (they read the state before anything changes it), notify last."""

    def rank(item: tuple[int, Step]) -> int:
        action = item[1].action
        return 0 if action in READ_ONLY_FIRST else 2 if action == "notify_only" else 1

    return sorted(kept, key=rank)  # stable: keeps the planned order within a rank


def _reorder_reason(action: str) -> str:
    if action in READ_ONLY_FIRST:
        return "diagnostics run before any change, while the failure is still visible"
    return "notifications go last so they can report the other steps"


def _with_diagnostics(steps: list[Step], catalogue: Catalogue, changes: list[Change]) -> list[Step]:
    out: list[Step] = []
    diagnosed = {
        (s.parameters.get("namespace"), s.parameters.get("resource"))
        for s in steps
        if s.action == "collect_diagnostics"
    }
    for step in steps:
        target = (step.parameters.get("namespace"), step.parameters.get("resource"))
        if step.risk == "high" and step.action != "notify_only" and target not in diagnosed:
            diag = _diagnostics_for(step, catalogue)
            if diag is not None:
                changes.append(
                    Change(
                        "added_diagnostics",
                        len(out),
                        "collect_diagnostics",
                        f"{step.action} is high risk: record the state first",
                    )
                )
                out.append(diag)
                diagnosed.add(target)
        out.append(step)
    return out


def _diagnostics_for(step: Step, catalogue: Catalogue) -> Step | None:
    spec = catalogue.get(step.action)
    params: dict[str, Any] = {}
    for key in ("namespace", "resource"):
        if key in step.parameters:
            params[key] = step.parameters[key]
    kind = step.parameters.get("kind") or (
        spec.target_kinds[0] if spec and spec.target_kinds else None
    )
    if kind:
        params["kind"] = kind
    if catalogue.validate("collect_diagnostics", params):
        return None
    return Step("collect_diagnostics", params, "low")


def _confidence(
    steps: Sequence[Step], stats: Sequence[ActionStatistic] | None, changes: Sequence[Change]
) -> float:
    values = []
    for step in steps:
        if step.action in ("collect_diagnostics", "notify_only"):
            values.append(0.95)
            continue
        matching = [s for s in stats or () if s.action == step.action and s.total >= 3]
        if matching:
            best = max(matching, key=lambda s: s.total)
            values.append(max(0.1, min(0.95, best.success_rate)))
        else:
            values.append(0.7)
    confidence = min(values) if values else 0.5
    if any(c.type == "removed_invalid" for c in changes):
        confidence *= 0.8  # the plan had mistakes: trust the rest a little less
    return round(confidence, 3)


def _history_text(records: Sequence[HistoryRecord], unavailable: bool) -> str:
    if unavailable:
        return "History unavailable; steps checked against the catalogue only"
    if not records:
        return "No previous actions on the workflow's targets"
    failed = sum(1 for r in records if r.outcome in ("failure", "ineffective"))
    ok = sum(1 for r in records if r.outcome == "success")
    return f"{len(records)} previous action(s) on the targets: {ok} success, {failed} failed"


def _notify(params: Mapping[str, Any], reason: str) -> dict[str, Any]:
    out: dict[str, Any] = {"reason": reason[:2000]}
    for key in ("namespace", "resource"):
        if isinstance(params.get(key), str):
            out[key] = params[key]
    return out
