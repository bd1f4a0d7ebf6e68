"""analyze-alert: rules, optionally an LLM, the cache and history, put together.

Order of work for one alert:
1. the rule engine decides (always: it is the baseline, the LLM's hint and the fallback);
2. history of the target is fetched (storage-service, intelligence-service);
3. with an LLM configured and the alert worth asking about: a cached LLM decision for
   the alert identity, else at most two calls (one retry, with the rejection reason)
   within the per-alert budget; anything invalid or unavailable → the baseline
   (``decided_by: fallback``, seed §4.2.2);
4. history adjusts the decision (confidence, escalation to notify_only, oscillation).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from .domain.catalogue import Catalogue
from .domain.cost import CallBudget, DecisionCache
from .domain.history import DEFAULT_HISTORY_POLICY, HistoryPolicy, assess
from .domain.llm_output import InvalidLlmOutput, parse_decision
from .domain.models import Alert, Assessment, Decision, HistoryView, RiskLevel, Target
from .domain.prompt import build_prompt
from .domain.rules import RuleEngine
from .domain.targets import TARGET_SPECS, canonical_kind, namespace_of, resolve
from .ports import ChatModel, HistorySource, LlmError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LlmPolicy:
    max_calls_per_alert: int = 4
    call_window_seconds: float = 3600.0
    cache_ttl_seconds: float = 600.0
    cache_max_entries: int = 10_000
    # Rule decisions at least this confident (Watchdog, resolved alerts) skip the LLM.
    skip_llm_at_confidence: float = 0.95


@dataclass(frozen=True)
class AnalysisResult:
    action: str
    confidence: float
    parameters: dict[str, Any]
    summary: str
    primary_reason: str
    historical_context: str
    oscillation_risk: str
    oscillation_level: RiskLevel
    decided_by: str
    risk: RiskLevel
    details: dict[str, Any] = field(default_factory=dict)


class Analyzer:
    def __init__(
        self,
        *,
        catalogue: Catalogue,
        rules: RuleEngine,
        history: HistorySource | None,
        llm: ChatModel | None = None,
        llm_policy: LlmPolicy = LlmPolicy(),
        history_policy: HistoryPolicy = DEFAULT_HISTORY_POLICY,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.catalogue = catalogue
        self.rules = rules
        self.history = history
        self.llm = llm
        self.llm_policy = llm_policy
        self.history_policy = history_policy
        self.cache = DecisionCache(
            ttl_seconds=llm_policy.cache_ttl_seconds, max_entries=llm_policy.cache_max_entries
        )
        self.budget = CallBudget(
            max_calls=llm_policy.max_calls_per_alert,
            window_seconds=llm_policy.call_window_seconds,
        )
        self.clock = clock
        self.now = now
        # One LLM conversation per alert identity at a time: Alertmanager re-sends a group
        # while the first analysis is running; the re-send then finds the cached answer.
        self._inflight: dict[str, tuple[asyncio.Lock, int]] = {}
        # Outcome of the most recent LLM call (None before the first): feeds /health.
        self.last_llm_ok: bool | None = None

    async def analyze(self, alert: Alert, *, skip_cache: bool = False) -> AnalysisResult:
        baseline = self.rules.decide(alert)
        targets = candidate_targets(alert)
        namespace, resource, kind = _history_key(alert, baseline, targets)
        view = await self._history(alert.name, namespace, resource, kind)
        label = _target_label(namespace, resource, kind)
        decision = baseline
        if self.llm is not None and self._worth_asking(alert, baseline):
            preview = assess(
                baseline, view, now=self.now(), target_label=label, policy=self.history_policy
            )
            decision = await self._ask_llm(alert, baseline, preview, targets, skip_cache)
        final = assess(
            decision, view, now=self.now(), target_label=label, policy=self.history_policy
        )
        return self._result(decision, final)

    def _worth_asking(self, alert: Alert, baseline: Decision) -> bool:
        return alert.status != "resolved" and (
            baseline.confidence < self.llm_policy.skip_llm_at_confidence
        )

    async def _history(
        self, alert_name: str, namespace: str | None, resource: str | None, kind: str | None
    ) -> HistoryView:
        if self.history is None:
            return HistoryView(
                records=None,
                statistics=None,
                history_error="no history source configured",
                statistics_error="no statistics source configured",
            )
        return await self.history.fetch(
            alert_name=alert_name, namespace=namespace, resource=resource, kind=kind
        )

    async def _ask_llm(
        self,
        alert: Alert,
        baseline: Decision,
        preview: Assessment,
        targets: list[Target],
        skip_cache: bool,
    ) -> Decision:
        key = alert.identity()
        lock, users = self._inflight.get(key, (asyncio.Lock(), 0))
        self._inflight[key] = (lock, users + 1)
        try:
            async with lock:
                return await self._converse(key, alert, baseline, preview, targets, skip_cache)
        finally:
            lock, users = self._inflight[key]
            if users <= 1:
                del self._inflight[key]
            else:
                self._inflight[key] = (lock, users - 1)

    async def _converse(
        self,
        key: str,
        alert: Alert,
        baseline: Decision,
        preview: Assessment,
        targets: list[Target],
        skip_cache: bool,
    ) -> Decision:
        assert self.llm is not None
        if not skip_cache:
            cached = self.cache.get(key, self.clock())
            if cached is not None:
                return replace(cached, decided_by="cache", llm_calls=0)
        calls = 0
        correction: str | None = None
        reason = ""
        for _attempt in range(2):  # the first call and one retry (seed §4.2.2)
            if self.budget.remaining(key, self.clock()) <= 0:
                reason = (reason + "; " if reason else "") + (
                    f"per-alert LLM call cap reached ({self.llm_policy.max_calls_per_alert} "
                    f"calls per {self.llm_policy.call_window_seconds:.0f}s)"
                )
                break
            prompt = build_prompt(
                alert,
                self.catalogue,
                baseline=baseline,
                history=preview,
                targets=targets,
                correction=correction,
            )
            self.budget.record(key, self.clock())
            calls += 1
            try:
                text = await self.llm.complete(prompt)
                decision = parse_decision(
                    text,
                    self.catalogue,
                    namespace=namespace_of(alert),
                    targets=targets,
                    provider=self.llm.provider,
                    model=self.llm.model,
                )
            except LlmError as exc:
                self.last_llm_ok = False
                reason = f"LLM unavailable: {exc}"
                correction = None
                log.warning("llm call %d for %s failed: %s", calls, alert.name, exc)
                continue
            except InvalidLlmOutput as exc:
                self.last_llm_ok = True  # the provider answered; the answer was wrong
                reason = f"invalid LLM output: {exc}"
                correction = str(exc)
                log.warning("llm answer %d for %s rejected: %s", calls, alert.name, exc)
                continue
            self.last_llm_ok = True
            decision = replace(decision, llm_calls=calls)
            self.cache.put(key, decision, self.clock())
            return decision
        return replace(
            baseline,
            decided_by="fallback",
            llm_calls=calls,
            provider=self.llm.provider,
            model=self.llm.model,
            fallback_reason=reason or "LLM not consulted",
        )

    def _result(self, decision: Decision, final: Assessment) -> AnalysisResult:
        spec = self.catalogue.get(final.action)
        details: dict[str, Any] = {"llm_calls": decision.llm_calls}
        for key in ("rule_id", "provider", "model", "fallback_reason"):
            value = getattr(decision, key)
            if value:
                details[key] = value
        if final.adjustments:
            details["adjustments"] = list(final.adjustments)
        if final.base_action:
            details["base_action"] = final.base_action
        summary, primary = decision.summary, decision.primary_reason
        if final.base_action:
            summary = f"{summary} → escalated to notify_only"
            primary = final.adjustments[0] if final.adjustments else primary
        return AnalysisResult(
            action=final.action,
            confidence=final.confidence,
            parameters=final.parameters,
            summary=summary,
            primary_reason=primary,
            historical_context=final.historical_context,
            oscillation_risk=final.oscillation_risk,
            oscillation_level=final.oscillation_level,
            decided_by=decision.decided_by,
            risk=spec.risk if spec else "low",
            details=details,
        )


def candidate_targets(alert: Alert) -> list[Target]:
    """Every object the alert designates; an LLM may only act on one of these."""
    seen: dict[tuple[str, str, str | None], Target] = {}
    for spec in TARGET_SPECS:
        if spec == "none":
            continue
        target = resolve(alert, spec)
        if target is not None:
            seen.setdefault((target.kind, target.name, target.namespace), target)
    return list(seen.values())


def _history_key(
    alert: Alert, decision: Decision, targets: list[Target]
) -> tuple[str | None, str | None, str | None]:
    params = decision.parameters
    namespace = params.get("namespace") or namespace_of(alert)
    resource = params.get("resource")
    kind = params.get("kind")
    if isinstance(resource, str):
        if not kind:
            kind = next((t.kind for t in targets if t.name == resource), None)
        return namespace, resource, kind
    if targets:
        return targets[0].namespace or namespace, targets[0].name, targets[0].kind
    return namespace, alert.resource, canonical_kind(alert.kind)


def _target_label(namespace: str | None, resource: str | None, kind: str | None) -> str:
    if not resource:
        return "this alert's target"
    where = f"{namespace}/" if namespace else ""
    return f"{kind + ' ' if kind else ''}{where}{resource}"
