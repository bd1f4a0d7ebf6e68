"""HTTP handlers of ai-service: parse → domain → map. One method per operationId."""

from __future__ import annotations

import base64
import binascii
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from generated.models import ai as m
from generated.stubs.ai import AiApi
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.errors import BadRequest, NotFound
from kubernaut.runtime.health import ComponentState

from .adapters.files import load_catalogue, load_rules
from .adapters.history import ServiceHistory
from .adapters.llm import build_llm
from .analyzer import Analyzer, LlmPolicy
from .domain import context as ctx
from .domain.catalogue import Catalogue
from .domain.history import HistoryPolicy, assess
from .domain.models import Decision, HistoryRecord, HistoryView
from .domain.optimize import Constraints, optimize
from .domain.rules import RuleEngine
from .mapping import action_to_api, alert_from_api, analysis_to_api, optimized_to_api
from .ports import ChatModel, HistorySource
from .settings import BUILTIN_RULES, AiSettings

MAX_HISTORY_TARGETS = 5


@dataclass
class _State:
    catalogue: Catalogue
    rules: RuleEngine
    history: HistorySource | None
    llm: ChatModel | None
    analyzer: Analyzer
    history_policy: HistoryPolicy


class Handlers(AiApi):
    def __init__(self, settings: AiSettings, runtime: ServiceRuntime) -> None:
        self.settings = settings
        self.runtime = runtime
        self._state: _State | None = None
        runtime.on_startup(self.start)
        runtime.on_shutdown(self.stop)
        if settings.use_history:
            runtime.depend_on("storage")
            runtime.depend_on("intelligence")
        runtime.health.register("rules", self._rules_health, critical=True)
        runtime.health.register("external-llm", self._llm_health, critical=False)
        label = runtime.metrics.label
        self._label = label
        self._decisions = runtime.metrics.counter(
            "ai_decisions_total", "Analyses by deciding path and action", ["decided_by", "action"]
        )
        self._llm_calls = runtime.metrics.counter(
            "ai_llm_calls_total", "Calls made to the LLM provider (cost)", ["provider"]
        )

    # -- lifecycle ---------------------------------------------------------------------
    async def start(self) -> None:
        """Load catalogue and rules (a broken file stops the service here, loudly)."""
        s = self.settings
        catalogue = load_catalogue(s.catalogue_file)
        rules = RuleEngine(load_rules(BUILTIN_RULES, s.rules_file, catalogue), catalogue)
        history: HistorySource | None = None
        if s.use_history:
            history = ServiceHistory(
                self.runtime.clients.get("storage"),
                self.runtime.clients.get("intelligence"),
                lookback=timedelta(days=s.history.lookback_days),
                limit=s.history.limit,
                timeout_seconds=s.history.timeout_seconds,
            )
        llm = build_llm(s.llm)
        policy = HistoryPolicy(
            escalate_after=s.history.escalate_after,
            chain_window=timedelta(seconds=s.history.chain_window_seconds),
            oscillation_window=timedelta(seconds=s.history.oscillation_window_seconds),
        )
        analyzer = Analyzer(
            catalogue=catalogue,
            rules=rules,
            history=history,
            llm=llm,
            llm_policy=LlmPolicy(
                max_calls_per_alert=s.llm.max_calls_per_alert,
                call_window_seconds=s.llm.call_window_seconds,
                cache_ttl_seconds=s.llm.cache_ttl_seconds,
                cache_max_entries=s.llm.cache_max_entries,
                skip_llm_at_confidence=s.llm.skip_at_confidence,
            ),
            history_policy=policy,
        )
        self._state = _State(catalogue, rules, history, llm, analyzer, policy)

    async def stop(self) -> None:
        if self._state and self._state.llm:
            await self._state.llm.aclose()

    @property
    def state(self) -> _State:
        if self._state is None:  # only before start-up completed
            raise RuntimeError("ai-service is not started")
        return self._state

    async def _rules_health(self) -> ComponentState:
        return "healthy" if self._state else "unhealthy"

    async def _llm_health(self) -> ComponentState:
        if not self._state or not self._state.llm:
            return "disabled"
        return "degraded" if self._state.analyzer.last_llm_ok is False else "healthy"

    # -- analysis ----------------------------------------------------------------------
    async def analyze_alert(self, body: m.AnalyzeAlertRequest) -> m.AnalyzeAlertResponse:
        alert = alert_from_api(body.alert)
        skip = bool(body.context and body.context.skip_cache)
        result = await self.state.analyzer.analyze(alert, skip_cache=skip)
        self._decisions.labels(self._label, result.decided_by, result.action).inc()
        calls = int(result.details.get("llm_calls", 0))
        if calls:
            self._llm_calls.labels(self._label, str(result.details.get("provider", ""))).inc(calls)
        return analysis_to_api(result)

    async def enhance_context(self, body: m.EnhanceContextRequest) -> m.EnhanceContextResponse:
        started = time.perf_counter()
        options = body.enhancement_options or m.EnhancementOptions()
        request = ctx.ContextRequest(
            context_type=body.context_type,
            raw_context=body.raw_context,
            include_patterns=options.include_patterns is not False,
            include_history=options.include_history is not False,
            max_depth=options.max_depth or 3,
        )
        subject = ctx.subject_of(body.raw_context)
        view = await self._view(
            subject.alert_name,
            subject.namespace,
            subject.name,
            subject.kind,
            want=request.include_history or request.include_patterns,
        )
        state, now = self.state, datetime.now(UTC)
        label = f"{subject.kind or 'object'} {subject.name or '?'}"

        def judge(decision: Decision) -> Any:
            return assess(decision, view, now=now, target_label=label, policy=state.history_policy)

        enhanced, confidence = ctx.enhance(
            request, state.catalogue, view, decide=state.rules.decide, assess=judge
        )
        return m.EnhanceContextResponse.model_validate(
            {
                "enhanced_context": enhanced,
                "confidence": confidence,
                "processing_time_ms": int((time.perf_counter() - started) * 1000),
            }
        )

    async def optimize_workflow(
        self, body: m.OptimizeWorkflowRequest
    ) -> m.OptimizeWorkflowResponse:
        alert = alert_from_api(body.alert) if body.alert else None
        steps = [(s.action, dict(s.parameters or {})) for s in body.steps]
        targets: list[tuple[str | None, str]] = []
        for _, params in steps:
            ns, res = params.get("namespace"), params.get("resource")
            key = (ns if isinstance(ns, str) else None, res)
            if isinstance(res, str) and key not in targets:
                targets.append((key[0], res))
        records: list[HistoryRecord] | None = []
        statistics = None
        unavailable = False
        for namespace, resource in targets[:MAX_HISTORY_TARGETS]:
            view = await self._view(alert.name if alert else None, namespace, resource, None)
            if view.records is None:
                unavailable = True
            elif records is not None:
                records.extend(view.records)
            if statistics is None:
                statistics = view.statistics
        if unavailable or (self.state.history is None and targets):
            records = None
        c = body.constraints or m.WorkflowConstraints()
        constraints = Constraints(
            max_risk=c.max_risk.root if c.max_risk else None,
            allow_mutating=c.allow_mutating is not False,
            max_steps=c.max_steps or 10,
        )
        result = optimize(
            steps,
            self.state.catalogue,
            constraints=constraints,
            history=records,
            statistics=statistics,
            escalate_after=self.state.history_policy.escalate_after,
        )
        return optimized_to_api(body.workflow_id, result)

    async def _view(
        self,
        alert_name: str | None,
        namespace: str | None,
        resource: str | None,
        kind: str | None,
        *,
        want: bool = True,
    ) -> HistoryView:
        history = self.state.history
        if not want:
            return HistoryView.empty()
        if history is None:
            return HistoryView(
                records=None,
                statistics=None,
                history_error="history disabled by configuration",
                statistics_error="history disabled by configuration",
            )
        return await history.fetch(
            alert_name=alert_name or "", namespace=namespace, resource=resource, kind=kind
        )

    async def list_rules(
        self, limit: int = 50, alertname: str | None = None, cursor: str | None = None
    ) -> m.RuleList:
        rules = [
            r
            for r in self.state.rules.rules.rules
            if alertname is None or r.accepts_name(alertname)
        ]
        start = _decode_cursor(cursor) if cursor else 0
        more = start + limit < len(rules)
        return m.RuleList(
            items=[
                m.RuleDefinition.model_validate(r.to_dict()) for r in rules[start : start + limit]
            ],
            next_cursor=_encode_cursor(start + limit) if more else None,
        )

    # -- catalogue ---------------------------------------------------------------------
    async def list_actions(
        self,
        limit: int = 50,
        risk: str | None = None,
        target_kind: str | None = None,
        mutating: bool | None = None,
        cursor: str | None = None,
    ) -> m.ActionList:
        specs = self.state.catalogue.filter(risk=risk, target_kind=target_kind, mutating=mutating)
        start = _decode_cursor(cursor) if cursor else 0
        page = specs[start : start + limit]
        more = start + limit < len(specs)
        return m.ActionList(
            items=[action_to_api(s) for s in page],
            next_cursor=_encode_cursor(start + limit) if more else None,
        )

    async def get_action(self, action_type: str) -> m.ActionDefinition:
        spec = self.state.catalogue.get(action_type)
        if spec is None:
            raise NotFound(
                f"no action {action_type!r} in the catalogue",
                {"action_type": action_type, "known": self.state.catalogue.names()},
            )
        return action_to_api(spec)


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not text.startswith("o:"):
            raise ValueError(text)
        offset = int(text[2:])
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise BadRequest("invalid cursor", {"cursor": cursor}) from exc
    if offset < 0:
        raise BadRequest("invalid cursor", {"cursor": cursor})
    return offset
