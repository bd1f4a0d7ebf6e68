"""HTTP handlers of gateway-service: parse → use case → response model."""

from __future__ import annotations

from collections.abc import Sequence

from generated.models import gateway as m
from generated.stubs.gateway import GatewayApi
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.db import sqlite_url
from kubernaut.runtime.errors import BadRequest, NotFound, ValidationFailed
from kubernaut.runtime.health import ComponentState
from kubernaut.runtime.operations import Reply
from services.gateway.adapters.alert_service import AlertServiceDownstream
from services.gateway.domain.alerts import (
    AlertParseError,
    parse_alertmanager_webhook,
    parse_seed_alert,
)
from services.gateway.domain.intake import EventReceipt, Outcome
from services.gateway.service import GatewayService
from services.gateway.settings import GatewaySettings

MAX_RECEIPTS = 1000
"""Per-alert receipts listed in an answer; the counts always cover the whole batch."""


def _receipt(receipts: Sequence[EventReceipt]) -> m.IntakeReceipt:
    def count(outcome: Outcome) -> int:
        return sum(1 for r in receipts if r.outcome is outcome)

    new = [r for r in receipts if r.outcome is not Outcome.DUPLICATE]
    return m.IntakeReceipt(
        received=len(receipts),
        accepted=len(new),
        duplicates=count(Outcome.DUPLICATE),
        out_of_scope=sum(1 for r in new if not r.in_scope),
        coalesced=count(Outcome.COALESCED),
        events=[
            m.EventReceipt(
                event_id=r.event_id,
                fingerprint=r.fingerprint,
                status=m.AlertStatus(r.status),
                outcome=m.IntakeOutcome(r.outcome.value),
                in_scope=r.in_scope,
                scope_reason=r.scope_reason,
                coalesced_into=r.coalesced_into,
            )
            for r in receipts[:MAX_RECEIPTS]
        ],
    )


class Handlers(GatewayApi):
    def __init__(self, settings: GatewaySettings, runtime: ServiceRuntime) -> None:
        self.settings = settings
        runtime.depend_on("alert")
        url = settings.database_url or sqlite_url(settings.service_dir / "intake.db")
        self.service = GatewayService(
            settings,
            runtime,
            url,
            AlertServiceDownstream(runtime.clients.get("alert")),
        )
        runtime.health.register("intake-queue", self._queue_health)
        runtime.on_startup(self.service.start)
        runtime.on_shutdown(self.service.stop)

    async def _queue_health(self) -> ComponentState:
        try:
            await self.service.store.pending_summary()
        except Exception:
            return "unhealthy"
        return "healthy"

    async def receive_alertmanager_webhook(
        self, body: m.AlertmanagerWebhook
    ) -> m.IntakeReceipt | Reply:
        self.service.authenticate()
        self.service.note_truncated(body.truncatedAlerts or 0)
        try:
            alerts = parse_alertmanager_webhook(body.model_dump(mode="json", exclude_none=True))
        except AlertParseError as exc:
            self.service.reject("invalid")
            raise ValidationFailed(str(exc)) from exc
        return _receipt(await self.service.accept(alerts))

    async def receive_alert(self, body: m.SingleAlertRequest) -> m.IntakeReceipt | Reply:
        self.service.authenticate()
        try:
            alert = parse_seed_alert(body.alert.model_dump(mode="json", exclude_none=True))
        except AlertParseError as exc:
            self.service.reject("invalid")
            raise ValidationFailed(str(exc)) from exc
        return _receipt(await self.service.accept([alert]))

    async def get_intake_stats(self) -> m.IntakeStats | Reply:
        return m.IntakeStats.model_validate(await self.service.stats())

    async def list_intake_events(
        self,
        limit: int = 50,
        state: str | None = None,
        fingerprint: str | None = None,
        cursor: str | None = None,
    ) -> m.IntakeEventPage | Reply:
        position: int | None = None
        if cursor is not None:
            if not cursor.isdigit():
                raise BadRequest("cursor: not a cursor from a previous page")
            position = int(cursor)
        items, next_cursor = await self.service.store.list(
            state=state, fingerprint=fingerprint, limit=limit, cursor=position
        )
        return m.IntakeEventPage(
            items=[m.IntakeEvent.model_validate(item) for item in items],
            next_cursor=None if next_cursor is None else str(next_cursor),
        )

    async def get_intake_event(self, event_id: str) -> m.IntakeEvent | Reply:
        item = await self.service.store.get(event_id)
        if item is None:
            raise NotFound(f"no intake event {event_id}", {"event_id": event_id})
        return m.IntakeEvent.model_validate(item)
