"""enhance-context (seed §3.2.2): normalise an investigation's raw context and add what
Kubernaut knows: past actions on the object, action statistics and recommendations.

Recommendations come from the rule engine (when the context names an alert), from
actions that worked for this kind of object before (statistics) and, failing both, a
read-only diagnostics step. Actions that failed repeatedly on the object are not
recommended. The confidence says how much of the picture was available.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .catalogue import Catalogue
from .history import failure_streak
from .models import Alert, Assessment, Decision, HistoryView, Target
from .rules import target_parameters
from .targets import canonical_kind

NAME_KEYS = ("resource_name", "resource", "name")
KIND_KEYS = ("resource_type", "kind")


@dataclass(frozen=True)
class ContextRequest:
    context_type: str
    raw_context: Mapping[str, Any]
    include_patterns: bool = True
    include_history: bool = True
    max_depth: int = 3


@dataclass(frozen=True)
class Subject:
    """What the context is about."""

    namespace: str | None
    kind: str | None
    name: str | None
    alert_name: str | None
    labels: Mapping[str, str]

    def target(self) -> Target | None:
        if self.kind and self.name:
            return Target(self.kind, self.name, None if self.kind == "Node" else self.namespace)
        return None


def subject_of(raw: Mapping[str, Any]) -> Subject:
    def first(keys: tuple[str, ...]) -> str | None:
        for key in keys:
            value = raw.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None

    labels = raw.get("labels")
    label_map = {str(k): str(v) for k, v in labels.items()} if isinstance(labels, Mapping) else {}
    namespace = raw.get("namespace")
    return Subject(
        namespace=namespace if isinstance(namespace, str) and namespace else None,
        kind=canonical_kind(first(KIND_KEYS)),
        name=first(NAME_KEYS),
        alert_name=first(("alert_name", "alertname")) or label_map.get("alertname"),
        labels=label_map,
    )


def prune(value: Any, depth: int) -> Any:
    """Copy of ``value`` keeping ``depth`` levels of nesting (deeper levels summarised)."""
    if isinstance(value, Mapping):
        if depth <= 0:
            return f"<object with {len(value)} keys>"
        return {str(k): prune(v, depth - 1) for k, v in value.items()}
    if isinstance(value, list):
        if depth <= 0:
            return f"<list of {len(value)} items>"
        return [prune(v, depth - 1) for v in value[:100]]
    return value


def enhance(
    request: ContextRequest,
    catalogue: Catalogue,
    view: HistoryView,
    *,
    decide: Callable[[Alert], Decision] | None,
    assess: Callable[[Decision], Assessment] | None,
) -> tuple[dict[str, Any], float]:
    """The ``enhanced_context`` object and the confidence."""
    subject = subject_of(request.raw_context)
    target = subject.target()
    kubernetes = prune(dict(request.raw_context), request.max_depth)
    kubernetes.update(
        {
            k: v
            for k, v in (
                ("namespace", subject.namespace),
                ("kind", subject.kind),
                ("name", subject.name),
            )
            if v
        }
    )
    sources: dict[str, str] = {}
    history: list[dict[str, Any]] = []
    records = view.records
    if not request.include_history:
        sources["history"] = "skipped"
    elif records is None:
        sources["history"] = "unavailable"
    else:
        sources["history"] = "available"
        for r in sorted(records, key=lambda r: r.timestamp, reverse=True)[: request.max_depth * 10]:
            history.append(
                {
                    "action": r.action,
                    "outcome": r.outcome,
                    "timestamp": r.timestamp.isoformat(),
                    **({"alert_name": r.alert_name} if r.alert_name else {}),
                }
            )
    patterns: list[dict[str, Any]] = []
    if not request.include_patterns:
        sources["patterns"] = "skipped"
    elif view.statistics is None:
        sources["patterns"] = "unavailable"
    else:
        sources["patterns"] = "available"
        for s in sorted(view.statistics, key=lambda s: (-s.success_rate, -s.total)):
            patterns.append(
                {
                    "action": s.action,
                    "success_rate": round(s.success_rate, 3),
                    "total": s.total,
                    **({"alert_name": s.alert_name} if s.alert_name else {}),
                }
            )

    failing = {a for a in catalogue.names() if failure_streak(list(records or ()), a) >= 2}
    recommendations = _recommend(
        subject,
        target,
        catalogue,
        view,
        failing,
        decide,
        assess,
        request.include_patterns,
        signals(request.raw_context),
    )
    confidence = 0.5
    if target:
        confidence += 0.15
    if sources.get("history") == "available":
        confidence += 0.15
    if sources.get("patterns") == "available":
        confidence += 0.1
    if recommendations and recommendations[0]["confidence"] >= 0.6:
        confidence += 0.1
    if "unavailable" in sources.values():
        confidence -= 0.1
    enhanced = {
        "kubernetes": kubernetes,
        "patterns": patterns,
        "history": history,
        "recommendations": recommendations,
        "sources": sources,
    }
    return enhanced, round(max(0.05, min(0.95, confidence)), 3)


def _recommend(
    subject: Subject,
    target: Target | None,
    catalogue: Catalogue,
    view: HistoryView,
    failing: set[str],
    decide: Callable[[Alert], Decision] | None,
    assess: Callable[[Decision], Assessment] | None,
    use_stats: bool,
    raw_signals: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}

    def add(action: str, confidence: float, reason: str, params: dict[str, Any]) -> None:
        spec = catalogue.get(action)
        if spec is None or catalogue.validate(action, params):
            return
        if action in failing:
            return
        if action not in found or found[action]["confidence"] < confidence:
            found[action] = {
                "action": action,
                "confidence": round(confidence, 3),
                "reason": reason,
                "parameters": params,
                "risk": spec.risk,
            }

    if subject.alert_name and decide is not None:
        alert = Alert(
            name=subject.alert_name,
            namespace=subject.namespace,
            resource=subject.name,
            kind=subject.kind,
            labels=subject.labels,
        )
        decision = decide(alert)
        if assess is not None:
            verdict = assess(decision)
            add(
                verdict.action,
                verdict.confidence,
                f"{decision.primary_reason} ({verdict.historical_context})",
                verdict.parameters,
            )
        else:
            add(decision.action, decision.confidence, decision.primary_reason, decision.parameters)
    if use_stats and target is not None:
        for stat in view.statistics or ():
            spec = catalogue.get(stat.action)
            if spec is None or stat.total < 3 or stat.success_rate < 0.6:
                continue
            if target.kind not in spec.target_kinds:
                continue
            # Shrink small samples towards 0: 3 of 3 is weaker evidence than 30 of 30.
            weight = stat.total / (stat.total + 2)
            add(
                stat.action,
                stat.success_rate * weight,
                f"{stat.action} succeeded in {stat.success_rate:.0%} of {stat.total} cases",
                target_parameters(stat.action, catalogue, target),
            )
    if target is not None:
        for action, confidence, reason, extra in _signal_recommendations(raw_signals, target):
            add(
                action,
                confidence,
                reason,
                {**target_parameters(action, catalogue, target), **extra},
            )
    if not found and target is not None:
        add(
            "collect_diagnostics",
            0.6,
            f"Collect diagnostics of {target.describe()} first",
            target_parameters("collect_diagnostics", catalogue, target),
        )
    if not found:
        add(
            "notify_only",
            0.5,
            "Not enough context to recommend an action",
            {"reason": "Not enough context to recommend an action"},
        )
    return sorted(found.values(), key=lambda r: -float(r["confidence"]))


# Kubernetes reasons found in the given context (events, pod states, statuses) and what
# they suggest for the subject.
SIGNALS = (
    "OOMKilled",
    "CrashLoopBackOff",
    "ImagePullBackOff",
    "ErrImagePull",
    "FailedScheduling",
    "ProgressDeadlineExceeded",
    "Evicted",
)
_WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet")


def signals(raw: Any, depth: int = 6) -> frozenset[str]:
    """The known reasons mentioned anywhere in ``raw`` (bounded walk)."""
    found: set[str] = set()

    def walk(value: Any, level: int) -> None:
        if level > depth or len(found) == len(SIGNALS):
            return
        if isinstance(value, str):
            found.update(s for s in SIGNALS if s in value)
        elif isinstance(value, Mapping):
            for item in list(value.values())[:200]:
                walk(item, level + 1)
        elif isinstance(value, list):
            for item in value[:200]:
                walk(item, level + 1)

    walk(raw, 0)
    return frozenset(found)


def _signal_recommendations(
    found: frozenset[str], target: Target
) -> list[tuple[str, float, str, dict[str, Any]]]:
    out: list[tuple[str, float, str, dict[str, Any]]] = []
    workload = target.kind in _WORKLOADS
    if "OOMKilled" in found and workload:
        out.append(
            (
                "increase_resources",
                0.75,
                "containers were OOM-killed: raise memory",
                {"resources": ["memory"], "factor": 1.5},
            )
        )
    if "ProgressDeadlineExceeded" in found and target.kind == "Deployment":
        out.append(("rollback_deployment", 0.7, "the rollout exceeded its progress deadline", {}))
    if {"ImagePullBackOff", "ErrImagePull"} & found and target.kind == "Deployment":
        out.append(
            (
                "rollback_deployment",
                0.6,
                "the new revision's image cannot be pulled; the previous one could",
                {},
            )
        )
    if "CrashLoopBackOff" in found and workload and "OOMKilled" not in found:
        out.append(("rollout_restart", 0.55, "pods are crash-looping", {}))
    if found & {"FailedScheduling", "Evicted"}:
        out.append(
            (
                "notify_only",
                0.6,
                "pods cannot be scheduled or were evicted: capacity is a human decision",
                {"reason": "scheduling/eviction problems"},
            )
        )
    return out
