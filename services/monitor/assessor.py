"""Gathers the three signals for one assessment and scores them.

Sources are optional: a missing or failing source makes its signal unavailable and
the weights are redistributed; it never fails the assessment.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from kubernaut.observe.errors import QueryRejected, SourceUnavailable
from kubernaut.observe.kubernetes import (
    CANONICAL_KIND,
    UnsupportedKind,
    controller_of,
    normalise_kind,
    pod_selector,
)

from .domain.alerts import AlertEventRecord, assess_alert
from .domain.health import REPLICATED_KINDS, assess_health, restart_counts, workload_snapshot
from .domain.metrics import MetricSpec, compare, metrics_signal, render_queries
from .domain.model import AlertRef, SignalResult, Target
from .domain.scoring import Thresholds, Verdict, score_outcome

log = logging.getLogger(__name__)


class WorkloadSource(Protocol):
    async def get(self, kind: str, namespace: str | None, name: str) -> dict[str, Any] | None: ...
    async def list_pods(
        self, namespace: str, selector: Mapping[str, str]
    ) -> list[dict[str, Any]]: ...


class AlertSource(Protocol):
    async def alerts(self, matchers: Mapping[str, str]) -> list[dict[str, Any]]: ...


class MetricSource(Protocol):
    async def mean_over(
        self, promql: str, start: datetime, end: datetime, step_seconds: float
    ) -> float | None: ...


@dataclass
class AssessorConfig:
    weights: Mapping[str, float]
    thresholds: Thresholds
    templates: Sequence[MetricSpec]
    lookback_seconds: float = 120.0
    step_seconds: float = 15.0
    tolerance: float = 0.10


@dataclass
class Assessment:
    verdict: Verdict
    signals: dict[str, SignalResult] = field(default_factory=dict)


class Assessor:
    def __init__(
        self,
        config: AssessorConfig,
        workloads: WorkloadSource | None = None,
        alerts: AlertSource | None = None,
        metrics: MetricSource | None = None,
    ) -> None:
        self.config = config
        self.workloads = workloads
        self.alerts = alerts
        self.metrics = metrics

    # -- baseline, taken when the assessment is scheduled ---------------------------
    async def baseline(self, target: Target) -> dict[str, Any]:
        """The object whose health is judged (a pod's top controller, since restarting a
        pod replaces it) and its per-pod restart counters right after the action."""
        subject = {"kind": target.kind, "name": target.name, "namespace": target.namespace}
        if self.workloads is None:
            return {"subject": subject, "restarts": {}, "note": "kubernetes not configured"}
        try:
            subject = await self._resolve_subject(target)
            snap = await self._snapshot(subject)
        except (SourceUnavailable, UnsupportedKind) as exc:
            return {"subject": subject, "restarts": {}, "note": str(exc)}
        return {"subject": subject, "restarts": restart_counts(snap)}

    async def _resolve_subject(self, target: Target) -> dict[str, Any]:
        assert self.workloads is not None
        kind, name = CANONICAL_KIND.get(normalise_kind(target.kind), target.kind), target.name
        if normalise_kind(kind) == "pod":
            obj = await self.workloads.get("pod", target.namespace, name)
            if obj is None:  # restart_pod/delete_pod replaced it: find its controller by name
                found = await self._controller_of_gone_pod(target.namespace, name)
                if found is not None:
                    kind, name, obj = found
            for _ in range(2):  # Pod -> ReplicaSet -> Deployment
                owner = controller_of(obj) if obj else None
                if owner is None:
                    break
                okind, oname = owner
                try:
                    if normalise_kind(okind) not in REPLICATED_KINDS:
                        break
                except UnsupportedKind:
                    break
                kind, name = okind, oname
                obj = await self.workloads.get(okind, target.namespace, oname)
        return {"kind": kind, "name": name, "namespace": target.namespace}

    async def _controller_of_gone_pod(
        self, namespace: str | None, pod: str
    ) -> tuple[str, str, dict[str, Any]] | None:
        """The ReplicaSet or DaemonSet that named ``pod`` (``<controller>-<suffix>``), if it
        exists. The pod itself is gone, so its ownerReferences cannot be read; the cluster
        confirms the name, nothing is guessed."""
        assert self.workloads is not None
        base, sep, _ = pod.rpartition("-")
        if not sep or not base:
            return None
        for kind in ("replicaset", "daemonset"):
            obj = await self.workloads.get(kind, namespace, base)
            if obj is not None:
                return CANONICAL_KIND[kind], base, obj
        return None

    async def _snapshot(self, subject: Mapping[str, Any]) -> Any:
        assert self.workloads is not None
        kind, name, ns = subject["kind"], subject["name"], subject.get("namespace")
        obj = await self.workloads.get(kind, ns, name)
        pods: list[dict[str, Any]] = []
        if obj is not None and normalise_kind(kind) in REPLICATED_KINDS and ns:
            selector = pod_selector(obj)
            if selector:
                pods = await self.workloads.list_pods(ns, selector)
        return workload_snapshot(kind, name, ns, obj, pods)

    # -- the assessment itself -------------------------------------------------------
    async def health_signal(
        self, baseline: Mapping[str, Any], executed_at: datetime
    ) -> SignalResult:
        if self.workloads is None:
            return SignalResult.unavailable("kubernetes not configured")
        try:
            snap = await self._snapshot(baseline["subject"])
        except SourceUnavailable as exc:
            return SignalResult.unavailable(f"kubernetes unavailable: {exc.reason}")
        except UnsupportedKind as exc:
            return SignalResult.unavailable(str(exc))
        return assess_health(snap, baseline.get("restarts") or {}, executed_at)

    async def alert_signal(
        self,
        ref: AlertRef,
        namespace: str | None,
        events: Sequence[AlertEventRecord],
        executed_at: datetime,
    ) -> SignalResult:
        am: list[dict[str, Any]] | None = None
        note = ""
        if self.alerts is not None:
            matchers = {"alertname": ref.name}
            if namespace and ref.labels.get("namespace") == namespace:
                matchers["namespace"] = namespace
            try:
                am = await self.alerts.alerts(matchers)
            except SourceUnavailable as exc:
                note = f"alertmanager unavailable: {exc.reason}"
        sig = assess_alert(ref, am, events, executed_at)
        if note and not sig.available:
            return SignalResult.unavailable(f"{note}; {sig.summary}")
        return sig

    async def metrics_signal(
        self,
        target: Target,
        extra: Sequence[MetricSpec],
        executed_at: datetime,
        now: datetime,
    ) -> SignalResult:
        if self.metrics is None:
            return SignalResult.unavailable("prometheus not configured")
        specs = [
            *render_queries(self.config.templates, target.kind, target.name, target.namespace),
            *extra,
        ]
        if not specs:
            return SignalResult.unavailable("no metric query for this target")
        span = timedelta(seconds=self.config.lookback_seconds)
        step = self.config.step_seconds
        comparisons = []
        rejected: list[str] = []
        for spec in specs:
            try:
                before = await self.metrics.mean_over(
                    spec.query, executed_at - span, executed_at, step
                )
                after = await self.metrics.mean_over(
                    spec.query, max(executed_at, now - span), now, step
                )
            except SourceUnavailable as exc:
                return SignalResult.unavailable(f"prometheus unavailable: {exc.reason}")
            except QueryRejected as exc:
                rejected.append(f"{spec.name}: {exc.reason}")
                continue
            comparisons.append(compare(spec, before, after, self.config.tolerance))
        sig = metrics_signal(comparisons)
        if rejected:
            obs = dict(sig.observations)
            obs["rejected_queries"] = rejected
            return SignalResult(sig.available, sig.score, sig.summary, obs, sig.conclusive)
        return sig

    async def assess(
        self,
        target: Target,
        ref: AlertRef,
        baseline: Mapping[str, Any],
        executed_at: datetime,
        now: datetime,
        events: Sequence[AlertEventRecord],
        extra_metrics: Sequence[MetricSpec] = (),
    ) -> Assessment:
        health, alert, metrics = await asyncio.gather(
            self.health_signal(baseline, executed_at),
            self.alert_signal(ref, target.namespace, events, executed_at),
            self.metrics_signal(target, extra_metrics, executed_at, now),
        )
        signals = {"health": health, "alert": alert, "metrics": metrics}
        verdict = score_outcome(signals, self.config.weights, self.config.thresholds)
        return Assessment(verdict, signals)
