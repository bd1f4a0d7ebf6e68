"""Derived values of stored records: outcome of an action, target kind, resolution time."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal

Outcome = Literal["success", "partial", "failure", "inconclusive", "pending"]
TERMINAL_EXECUTION = frozenset({"succeeded", "failed", "cancelled", "rolled_back"})
_ASSESSMENT_TO_OUTCOME: dict[str, Outcome] = {
    "effective": "success",
    "partially_effective": "partial",
    "ineffective": "failure",
    "inconclusive": "inconclusive",
}
# Label names that Prometheus exporters (kube-state-metrics, cAdvisor) use for the
# owning object; the first one present tells the kind of the target.
_KIND_LABELS = (
    ("deployment", "Deployment"),
    ("statefulset", "StatefulSet"),
    ("daemonset", "DaemonSet"),
    ("persistentvolumeclaim", "PersistentVolumeClaim"),
    ("horizontalpodautoscaler", "HorizontalPodAutoscaler"),
    ("node", "Node"),
    ("pod", "Pod"),
)


def derive_outcome(assessment_outcome: str | None, execution_status: str | None) -> Outcome:
    """The assessment decides when there is one; an unassessed failed run is a failure."""
    if assessment_outcome in _ASSESSMENT_TO_OUTCOME:
        return _ASSESSMENT_TO_OUTCOME[assessment_outcome]
    if execution_status in {"failed", "rolled_back"}:
        return "failure"
    return "pending"


def infer_resource_kind(
    explicit_kind: str | None, parameters: Mapping[str, Any], labels: Mapping[str, str]
) -> str | None:
    """Kind of the action's target: explicit, then the action's `kind` parameter, then labels."""
    if explicit_kind:
        return explicit_kind
    kind = parameters.get("kind")
    if isinstance(kind, str) and kind:
        return kind
    for label, name in _KIND_LABELS:
        if labels.get(label):
            return name
    return None


def execution_may_replace(current: str, new: str) -> bool:
    """Executions move forward only: a terminal status is final (same status is a replay),
    except that a finished execution may later be undone (rolled_back)."""
    if current == new or current not in TERMINAL_EXECUTION:
        return True
    return new == "rolled_back" and current in {"succeeded", "failed"}


def time_to_resolution(decided_at: datetime, resolved_at: datetime | None) -> float | None:
    if resolved_at is None or resolved_at < decided_at:
        return None
    return (resolved_at - decided_at).total_seconds()
