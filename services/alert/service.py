"""alert-service use cases: ingest events, normalise, read the lifecycle."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from kubernaut.runtime import context
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.errors import ServiceUnavailable
from services.alert.adapters.downstream import Downstream
from services.alert.adapters.store import AlertStore, Mutation
from services.alert.domain.classify import Classification, Classifier
from services.alert.domain.normalize import NormalizedAlert, normalize
from services.alert.domain.records import apply_event, episode_id, normalization_doc
from services.alert.flow import AlertFlow
from services.alert.settings import AlertSettings

log = logging.getLogger(__name__)
PURGE_INTERVAL_SECONDS = 3600.0


def canonical_time(value: datetime) -> str:
    """One text form per instant (UTC, microseconds); raises OverflowError out of range."""
    # isoformat, not strftime: strftime does not zero-pad years before 1000.
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).isoformat().replace("+00:00", "Z")


class AlertService:
    def __init__(
        self,
        settings: AlertSettings,
        runtime: ServiceRuntime,
        database_url: str,
        downstream: Downstream,
    ) -> None:
        self.settings = settings
        self.store = AlertStore(database_url)
        self.classifier = Classifier(settings.classification.load())
        m = runtime.metrics
        self._svc = m.label
        self._processed = m.counter(
            "alerts_processed_total", "New alert events ingested", ["severity"]
        )
        self._duplicates = m.counter(
            "alert_events_duplicates_total", "Events already ingested (no new work)"
        )
        self._completed = m.counter(
            "alert_flow_completed_total", "Alerts whose flow finished, by final state", ["state"]
        )
        self.flow = AlertFlow(settings, self.store, downstream, on_done=self._done)
        self._housekeeping: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.store.open()
        await self._purge()
        self.flow.start()
        self._housekeeping = asyncio.create_task(self._purge_periodically())

    async def stop(self) -> None:
        if self._housekeeping is not None:
            self._housekeeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._housekeeping
        await self.flow.stop()
        await self.store.close()

    async def _purge(self) -> None:
        days = self.settings.retention_days
        if days > 0:
            purged = await self.store.purge(time.time() - days * 86400)
            if purged:
                log.info("purged %d finished alert(s) older than %.0f days", purged, days)

    async def _purge_periodically(self) -> None:
        while True:
            await asyncio.sleep(PURGE_INTERVAL_SECONDS)
            try:
                await self._purge()
            except SQLAlchemyError:
                log.exception("purging old alerts failed")

    def _done(self, record: Mapping[str, Any]) -> None:
        self._completed.labels(self._svc, record["state"]).inc()

    def analyse(
        self, labels: Mapping[str, str], annotations: Mapping[str, str]
    ) -> tuple[NormalizedAlert, Classification]:
        norm = normalize(labels, annotations)
        cls = self.classifier.classify(
            alertname=norm.name,
            severity=norm.severity,
            namespace=norm.namespace,
            labels=labels,
            kind=norm.kind,
            resource=norm.resource,
        )
        return norm, cls

    def normalization(
        self, labels: Mapping[str, str], annotations: Mapping[str, str]
    ) -> dict[str, Any]:
        return normalization_doc(*self.analyse(labels, annotations))

    async def ingest(self, events: Sequence[dict[str, Any]]) -> list[tuple[str, str, bool]]:
        """(event_id, alert_id, is_new) per event, all committed together."""
        now = time.time()
        at = _iso(now)
        ctx = context.current()
        request_id = ctx.request_id if ctx else context.new_id()
        trace_id = ctx.trace_id if ctx else request_id
        items: list[tuple[str, str, Mutation]] = []
        for event in events:
            norm, cls = self.analyse(event.get("labels") or {}, event.get("annotations") or {})

            def mutate(
                current: dict[str, Any] | None,
                event: dict[str, Any] = event,
                norm: NormalizedAlert = norm,
                cls: Classification = cls,
            ) -> tuple[dict[str, Any], bool]:
                applied = apply_event(current, event, norm, cls, at)
                # The flow carries the ids of the request that brought the alert in
                # (the gateway's intake request when it sent them, else this one).
                record = applied.record
                record.setdefault("request_id", event.get("request_id") or request_id)
                record.setdefault("trace_id", event.get("trace_id") or trace_id)
                return record, applied.needs_processing

            items.append((event["event_id"], episode_id(event), mutate))
        try:
            fresh = await self.store.ingest(items, now)
        except SQLAlchemyError as exc:
            log.exception("could not record alert events")
            raise ServiceUnavailable(
                "alert events could not be recorded; retry later", {"retry_after": "5s"}
            ) from exc
        for event, is_new in zip(events, fresh, strict=True):
            if is_new:
                severity = normalize(event.get("labels") or {}, {}).severity
                self._processed.labels(self._svc, severity).inc()
            else:
                self._duplicates.labels(self._svc).inc()
        self.flow.wake()
        return [(item[0], item[1], is_new) for item, is_new in zip(items, fresh, strict=True)]
