"""HTTP handlers of alert-service: parse → use case → response model."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from generated.models import alert as m
from generated.stubs.alert import AlertApi
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.db import sqlite_url
from kubernaut.runtime.errors import BadRequest, NotFound, ValidationFailed
from kubernaut.runtime.health import ComponentState
from kubernaut.runtime.operations import Reply
from services.alert.adapters.downstream import ServiceDownstream
from services.alert.domain.records import public
from services.alert.service import AlertService, canonical_time
from services.alert.settings import AlertSettings


def _event(event: m.AlertEvent) -> dict[str, Any]:
    data = event.model_dump(mode="json", exclude_none=True)
    # One text form per instant, whatever precision the sender used, so the
    # firing and resolved events of an episode always meet on one record.
    for key in ("starts_at", "ends_at"):
        value = getattr(event, key)
        if value is not None:
            try:
                data[key] = canonical_time(value)
            except OverflowError as exc:
                raise ValidationFailed(
                    f"{key}: time out of range", {"event_id": event.event_id}
                ) from exc
    return data


class Handlers(AlertApi):
    def __init__(self, settings: AlertSettings, runtime: ServiceRuntime) -> None:
        self.settings = settings
        for target in ("ai", "workflow", "storage", "notification", "monitor"):
            runtime.depend_on(target)
        url = settings.database_url or sqlite_url(settings.service_dir / "alerts.db")
        self.service = AlertService(settings, runtime, url, ServiceDownstream(runtime.clients))
        runtime.health.register("database", self._db_health)
        runtime.on_startup(self.service.start)
        runtime.on_shutdown(self.service.stop)

    async def _db_health(self) -> ComponentState:
        try:
            await self.service.store.ping()
        except Exception:
            return "unhealthy"
        return "healthy"

    async def ingest_alerts(self, body: m.AlertEventBatch) -> m.IngestReceipt | Reply:
        results = await self.service.ingest([_event(e) for e in body.events])
        return m.IngestReceipt(
            accepted=sum(1 for _, _, new in results if new),
            duplicates=sum(1 for _, _, new in results if not new),
            results=[
                m.IngestResult(
                    event_id=event_id,
                    alert_id=alert_id,
                    outcome=m.IngestOutcome("accepted" if new else "duplicate"),
                )
                for event_id, alert_id, new in results
            ],
        )

    async def normalize_alert(self, body: m.NormalizeRequest) -> m.Normalization | Reply:
        labels = body.labels.model_dump()
        annotations = body.annotations.model_dump() if body.annotations else {}
        return m.Normalization.model_validate(self.service.normalization(labels, annotations))

    async def list_alerts(
        self,
        limit: int = 50,
        state: str | None = None,
        status: str | None = None,
        namespace: str | None = None,
        name: str | None = None,
        severity: str | None = None,
        fingerprint: str | None = None,
        in_scope: bool | None = None,
        since: str | None = None,
        cursor: str | None = None,
    ) -> m.AlertPage | Reply:
        since_at: datetime | None = None
        if since is not None:
            try:
                since_at = datetime.fromisoformat(since)
            except ValueError as exc:
                raise BadRequest("since: not an RFC 3339 time", {"since": since}) from exc
        position: int | None = None
        if cursor is not None:
            if not cursor.isdigit():
                raise BadRequest("cursor: not a cursor from a previous page")
            position = int(cursor)
        records, next_cursor = await self.service.store.list(
            filters={
                "state": state,
                "status": status,
                "namespace": namespace,
                "name": name,
                "severity": severity,
                "fingerprint": fingerprint,
                "in_scope": in_scope,
            },
            since=since_at,
            limit=limit,
            cursor=position,
        )
        return m.AlertPage(
            items=[m.AlertRecord.model_validate(public(r)) for r in records],
            next_cursor=None if next_cursor is None else str(next_cursor),
        )

    async def get_alert(self, alert_id: str) -> m.AlertRecord | Reply:
        record = await self.service.store.load(alert_id)
        if record is None:
            raise NotFound(f"no alert {alert_id}", {"alert_id": alert_id})
        return m.AlertRecord.model_validate(public(record))
