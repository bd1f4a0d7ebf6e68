"""HTTP handlers of monitor-service: parse, call the service layer, map the result."""

from __future__ import annotations

from typing import Any

from generated.models import monitor as m
from generated.stubs.monitor import MonitorApi
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.errors import BadRequest, NotFound, ServiceUnavailable
from kubernaut.runtime.health import ComponentState
from kubernaut.runtime.operations import Reply

from .domain.timeparse import parse_time
from .service import MonitorService
from .settings import MonitorSettings
from .wiring import Wiring


class Handlers(MonitorApi):
    def __init__(self, settings: MonitorSettings, runtime: ServiceRuntime) -> None:
        self.settings = settings
        self.wiring = Wiring(settings, runtime)
        runtime.on_startup(self.wiring.start)
        runtime.on_shutdown(self.wiring.stop)
        runtime.health.register("database", self._db_ok, critical=True)
        for name in ("prometheus", "alertmanager", "kubernetes"):
            runtime.health.register(name, self._source_check(name), critical=False)
        for peer in ("storage", "workflow", "notification"):
            runtime.depend_on(peer)
        self.outcomes = runtime.metrics.counter(
            "monitor_assessments_scheduled_total", "Assessments scheduled", ["created"]
        )
        self._label = runtime.metrics.label

    @property
    def svc(self) -> MonitorService:
        if self.wiring.service is None:
            raise ServiceUnavailable("monitor-service is starting")
        return self.wiring.service

    async def _db_ok(self) -> ComponentState:
        return "healthy" if await self.wiring.db_ok() else "unhealthy"

    def _source_check(self, name: str) -> Any:
        async def check() -> ComponentState:
            return await self.wiring.source_state(name)

        return check

    async def schedule_assessment(self, body: m.ScheduleAssessmentRequest) -> m.Assessment | Reply:
        record, created = await self.svc.schedule(body.model_dump(mode="json", exclude_none=True))
        self.outcomes.labels(self._label, str(created).lower()).inc()
        if created:
            self.wiring.poke()
        return Reply(m.Assessment.model_validate(record), status=202)

    async def get_assessment(self, assessment_id: str) -> m.Assessment | Reply:
        record = await self.svc.get(assessment_id)
        if record is None:
            raise NotFound(
                f"assessment {assessment_id} not found", {"assessment_id": assessment_id}
            )
        return m.Assessment.model_validate(record)

    async def list_assessments(
        self,
        limit: int = 50,
        status: str | None = None,
        outcome: str | None = None,
        workflow_id: str | None = None,
        action_type: str | None = None,
        alert_name: str | None = None,
        namespace: str | None = None,
        cursor: str | None = None,
    ) -> m.AssessmentList | Reply:
        filters = {
            "status": status,
            "outcome": outcome,
            "workflow_id": workflow_id,
            "action_type": action_type,
            "alert_name": alert_name,
            "namespace": namespace,
        }
        try:
            items, next_cursor = await self.svc.page(filters, limit, cursor)
        except ValueError as exc:
            raise BadRequest("invalid cursor", {"cursor": cursor}) from exc
        return m.AssessmentList(
            items=[m.Assessment.model_validate(i) for i in items], next_cursor=next_cursor
        )

    async def get_effectiveness_summary(
        self,
        group_by: str = "action",
        since: str | None = None,
        action_type: str | None = None,
        alert_name: str | None = None,
        namespace: str | None = None,
    ) -> m.EffectivenessSummary | Reply:
        since_dt = parse_time(since) if since else None
        if since and since_dt is None:
            raise BadRequest("since must be an RFC 3339 date-time", {"since": since})
        filters = {"action_type": action_type, "alert_name": alert_name, "namespace": namespace}
        summary = await self.svc.summary(group_by, since_dt, filters)
        return m.EffectivenessSummary.model_validate(summary)

    async def observe_alert_event(self, body: m.AlertEvent) -> m.AlertEventAck | Reply:
        matched = await self.svc.observe(body.model_dump(mode="json", exclude_none=True))
        if matched:
            self.wiring.poke()
        return Reply(m.AlertEventAck(accepted=True, matched_assessments=matched), status=202)
