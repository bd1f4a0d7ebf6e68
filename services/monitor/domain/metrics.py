"""Before/after comparison of metric values around an action."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from .model import SignalResult

Better = Literal["lower", "higher"]
Verdict = Literal["improved", "unchanged", "worse", "no_data"]
VERDICT_SCORES: Mapping[str, float] = {"improved": 1.0, "unchanged": 0.5, "worse": 0.0}
_EPSILON = 1e-9


@dataclass(frozen=True)
class MetricSpec:
    """A PromQL query compared before and after the action."""

    name: str
    query: str
    better: Better = "lower"


@dataclass(frozen=True)
class MetricComparison:
    name: str
    query: str
    better: Better
    before: float | None
    after: float | None
    verdict: Verdict

    @property
    def score(self) -> float | None:
        return VERDICT_SCORES.get(self.verdict)


def compare(
    spec: MetricSpec, before: float | None, after: float | None, tolerance: float = 0.10
) -> MetricComparison:
    """Classify the change: a relative move beyond ``tolerance`` in the good direction
    is an improvement, in the bad direction a regression, anything smaller is unchanged."""
    if before is None or after is None:
        return MetricComparison(spec.name, spec.query, spec.better, before, after, "no_data")
    verdict: Verdict
    if abs(before) < _EPSILON and abs(after) < _EPSILON:
        # Zero restarts/errors before and after is the healthy steady state.
        verdict = "improved" if spec.better == "lower" else "unchanged"
    else:
        delta = (after - before) / max(abs(before), _EPSILON)
        if abs(delta) <= tolerance:
            verdict = "unchanged"
        elif (delta < 0) == (spec.better == "lower"):
            verdict = "improved"
        else:
            verdict = "worse"
    return MetricComparison(spec.name, spec.query, spec.better, before, after, verdict)


def _fmt(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.4g}"


def metrics_signal(comparisons: Sequence[MetricComparison]) -> SignalResult:
    """Mean score over the metrics that had data before and after."""
    scored = [c for c in comparisons if c.score is not None]
    observations = {
        c.name: {"before": c.before, "after": c.after, "verdict": c.verdict, "query": c.query}
        for c in comparisons
    }
    if not scored:
        reason = "no metric data" if comparisons else "no metric query for this target"
        return SignalResult(False, None, reason, observations)
    score = round(sum(c.score or 0.0 for c in scored) / len(scored), 4)
    summary = ", ".join(
        f"{c.name} {_fmt(c.before)} -> {_fmt(c.after)} ({c.verdict})" for c in scored
    )
    return SignalResult(True, score, summary, observations)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def pod_regex(kind: str, name: str) -> str:
    """Pods belonging to a workload follow the controller's naming (name-hash-suffix)."""
    k = kind.lower()
    if k == "pod":
        return name
    if k in {"deployment", "statefulset", "daemonset", "replicaset"}:
        return f"{name}-.*"
    return ""


def render_queries(
    templates: Sequence[MetricSpec],
    kind: str,
    name: str,
    namespace: str | None,
) -> list[MetricSpec]:
    """Fill ``{namespace}``, ``{name}`` and ``{pod_regex}`` in the configured templates.
    Templates needing a pod regex are skipped for kinds without pods (Node, PVC)."""
    regex = pod_regex(kind, name)
    out: list[MetricSpec] = []
    for tpl in templates:
        if "{pod_regex}" in tpl.query and not regex:
            continue
        if "{namespace}" in tpl.query and not namespace:
            continue
        query = (
            tpl.query.replace("{namespace}", _escape(namespace or ""))
            .replace("{name}", _escape(name))
            .replace("{pod_regex}", _escape(regex))
        )
        out.append(MetricSpec(tpl.name, query, tpl.better))
    return out


DEFAULT_METRIC_TEMPLATES: tuple[MetricSpec, ...] = (
    MetricSpec(
        "memory_working_set_bytes",
        'sum(container_memory_working_set_bytes{namespace="{namespace}",pod=~"{pod_regex}",container!=""})',
        "lower",
    ),
    MetricSpec(
        "container_restarts",
        'sum(kube_pod_container_status_restarts_total{namespace="{namespace}",pod=~"{pod_regex}"})',
        "lower",
    ),
    MetricSpec(
        "pods_not_ready",
        'sum(kube_pod_status_ready{namespace="{namespace}",pod=~"{pod_regex}",condition="false"})',
        "lower",
    ),
)
