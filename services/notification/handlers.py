"""Thin HTTP handlers: parse → notifier → response model."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import text

from generated.models import notification as m
from generated.stubs.notification import NotificationApi
from kubernaut.runtime import context as request_context
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.db import create_engine, sqlite_url
from kubernaut.runtime.errors import BadRequest, Conflict, NotFound, ServiceUnavailable
from kubernaut.runtime.health import ComponentState
from kubernaut.runtime.operations import Reply
from services.notification.adapters.repository import ListFilter, Repository
from services.notification.adapters.routing_source import RoutingSource
from services.notification.delivery import DeliveryEngine
from services.notification.domain.model import Message
from services.notification.domain.records import NotificationRecord
from services.notification.domain.redact import RedactingFilter
from services.notification.domain.rendering import Renderer
from services.notification.domain.resilience import BreakerSettings, RetryPolicy
from services.notification.metrics import NotifierMetrics
from services.notification.notifier import IdConflict, Notifier, Options, UnknownChannels
from services.notification.settings import NotificationSettings


def to_message(body: m.NotificationRequest) -> Message:
    context = body.context.model_dump(mode="json", exclude_none=True) if body.context else {}
    context.pop("storm", None)  # only the service writes storm summaries
    return Message(
        notification_id=body.notification_id.root,
        kind=body.kind.root,
        severity=body.severity.root,
        subject=body.subject,
        body=body.body or "",
        context=context,
        channels=tuple(c.root for c in body.channels) if body.channels else None,
    )


def to_model(record: NotificationRecord) -> m.Notification:
    data: dict[str, Any] = {
        "notification_id": record.notification_id,
        "kind": record.kind,
        "severity": record.severity,
        "subject": record.subject,
        "body": record.body,
        "context": record.context,
        "requested_channels": record.requested_channels,
        "disposition": record.disposition,
        "status": record.status,
        "group_key": record.group_key,
        "grouped_into": record.grouped_into,
        "group_count": record.group_count,
        "summary_id": record.summary_id,
        "summarised_count": record.summarised_count if record.disposition == "summary" else None,
        "routes": record.routes,
        "deliveries": [vars(d) for d in record.deliveries],
        "created_at": record.created_at,
        "updated_at": record.updated_at,
    }
    return m.Notification.model_validate({k: v for k, v in data.items() if v is not None})


def _since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadRequest("'since' is not an ISO-8601 date-time", {"parameter": "since"}) from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class Handlers(NotificationApi):
    def __init__(self, settings: NotificationSettings, runtime: ServiceRuntime) -> None:
        self.settings = settings
        self.runtime = runtime
        self.metrics = NotifierMetrics(runtime.metrics)
        self._notifier: Notifier | None = None
        self._http: httpx.AsyncClient | None = None
        runtime.health.register("database", self._database_ok)
        runtime.health.register("channels", self._channels_ok, critical=False)
        runtime.on_startup(self.start)
        runtime.on_shutdown(self.stop)

    # -- lifecycle -----------------------------------------------------------------
    async def start(self) -> None:
        s = self.settings
        resilience = s.channel_resilience or s.resilience
        service_dir = s.service_dir
        service_dir.mkdir(parents=True, exist_ok=True)
        engine = create_engine(s.database_url or sqlite_url(service_dir / "notification.db"))
        self._engine = engine
        repo = Repository(engine)
        routing = RoutingSource(
            s.routes_file,
            default_file_sink=str(s.file_sink_path or service_dir / "notifications.jsonl"),
            check_interval=s.routes_check_interval,
        )
        self._http = httpx.AsyncClient(timeout=resilience.timeout, follow_redirects=False)
        secret = s.approval_key()
        engine_ = DeliveryEngine(
            repo=repo,
            renderer=Renderer([s.template_dir] if s.template_dir else []),
            http=self._http,
            metrics=self.metrics,
            retry=RetryPolicy(
                resilience.max_attempts, resilience.initial_delay, resilience.max_delay
            ),
            breaker=BreakerSettings(
                resilience.failure_threshold,
                resilience.recovery_timeout,
                resilience.half_open_max_calls,
            ),
            timeout=resilience.timeout,
            extra_secrets=(secret.decode(),) if secret else (),
        )
        options = Options(
            group_window=timedelta(seconds=s.group_window_seconds),
            group_exempt_kinds=tuple(s.group_exempt_kinds),
            storm_threshold=s.storm_threshold,
            storm_window=timedelta(seconds=s.storm_window_seconds),
            storm_exempt_kinds=tuple(s.storm_exempt_kinds),
            approval_secret=secret,
            workflow_url=s.workflow_public_url or s.upstreams.url("workflow"),
            approval_ttl=s.approval_link_ttl_seconds,
            tick=s.tick_seconds,
        )
        notifier = Notifier(
            options=options, repo=repo, routing=routing, engine=engine_, metrics=self.metrics
        )
        await notifier.start()
        self._notifier = notifier
        # httpx logs each request URL at INFO; webhook URLs are secrets.
        self._log_filter = RedactingFilter(lambda: engine_.redact)
        logging.getLogger("httpx").addFilter(self._log_filter)

    async def stop(self) -> None:
        if self._notifier is not None:
            logging.getLogger("httpx").removeFilter(self._log_filter)
        if self._notifier is not None:
            await self._notifier.stop()
        if self._http is not None:
            await self._http.aclose()
        if self._notifier is not None:
            await self._engine.dispose()

    @property
    def notifier(self) -> Notifier:
        if self._notifier is None:
            raise ServiceUnavailable("notification-service is starting")
        return self._notifier

    async def _database_ok(self) -> ComponentState:
        if self._notifier is None:
            return "unknown"
        async with self._engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return "healthy"

    async def _channels_ok(self) -> ComponentState:
        if self._notifier is None:
            return "unknown"
        states = [b.state for b in self._notifier.engine.breakers.values()]
        return "degraded" if any(s != "closed" for s in states) else "healthy"

    # -- notifications -------------------------------------------------------------
    async def _accept(self, body: m.NotificationRequest) -> tuple[m.Notification, bool]:
        try:
            accepted = await self.notifier.notify(to_message(body))
        except UnknownChannels as exc:
            raise NotFound(str(exc), {"unknown_channels": exc.names}) from exc
        except IdConflict as exc:
            raise Conflict(
                "notification_id was already used for a different notification",
                {"notification_id": str(exc)},
            ) from exc
        return to_model(accepted.record), accepted.created

    async def notify(self, body: m.NotificationRequest) -> m.Notification | Reply:
        model, created = await self._accept(body)
        return Reply(model, status=202 if created else 200)

    async def notify_batch(self, body: m.NotifyBatchRequest) -> m.NotifyBatchResponse | Reply:
        items: list[m.BatchItemResult] = []
        for request in body.notifications:
            nid = request.notification_id.root
            try:
                model, created = await self._accept(request)
            except (NotFound, Conflict) as exc:
                outcome = "conflict" if isinstance(exc, Conflict) else "rejected"
                error = m.ErrorBody(
                    code=exc.code,
                    message=exc.message,
                    details=exc.details or None,
                    request_id=request_context.current_request_id() or "-",
                    timestamp=datetime.now(UTC),
                )
                items.append(m.BatchItemResult(notification_id=nid, outcome=outcome, error=error))
                continue
            outcome = "accepted" if created else "duplicate"
            items.append(
                m.BatchItemResult(notification_id=nid, outcome=outcome, notification=model)
            )
        return m.NotifyBatchResponse(items=items)

    async def list_notifications(
        self,
        limit: int = 50,
        kind: str | None = None,
        severity: str | None = None,
        status: str | None = None,
        disposition: str | None = None,
        alert_fingerprint: str | None = None,
        alert_name: str | None = None,
        channel: str | None = None,
        since: str | None = None,
        cursor: str | None = None,
    ) -> m.NotificationPage | Reply:
        after: int | None = None
        if cursor is not None:
            if not cursor.isdigit():
                raise BadRequest("invalid cursor", {"parameter": "cursor"})
            after = int(cursor)
        flt = ListFilter(
            kind,
            severity,
            status,
            disposition,
            alert_fingerprint,
            alert_name,
            channel,
            _since(since),
        )
        records, next_seq = await self.notifier.repo.list_page(flt, limit=limit, after_seq=after)
        return m.NotificationPage(
            items=[to_model(r) for r in records],
            next_cursor=str(next_seq) if next_seq is not None else None,
        )

    async def get_notification(self, notification_id: str) -> m.Notification | Reply:
        record = await self.notifier.repo.get(notification_id)
        if record is None:
            raise NotFound(
                f"notification {notification_id} not found", {"notification_id": notification_id}
            )
        return to_model(record)

    # -- channels and routing ------------------------------------------------------
    async def list_channels(self) -> m.ChannelList | Reply:
        notifier = self.notifier
        counts = await notifier.repo.channel_counts()
        engine = notifier.engine
        items = [
            m.ChannelInfo(
                name=name,
                type=channel.type,
                target=channel.target,
                circuit_state=engine.breakers[name].state,
                delivered=counts.get(name, {}).get("delivered", 0),
                failed=counts.get(name, {}).get("failed", 0),
                last_error=engine.last_errors.get(name),
            )
            for name, channel in sorted(engine.channels.items())
        ]
        return m.ChannelList(items=items)

    def _routing_status(self, reloaded: bool | None = None) -> m.RoutingStatus:
        routing = self.notifier.routing
        return m.RoutingStatus(
            source=routing.config.source,
            loaded_at=routing.loaded_at,
            channels=sorted(routing.config.channels),
            route_count=routing.config.root.count(),
            reloads=routing.reloads,
            reloaded=reloaded,
            last_error=routing.last_error,
        )

    async def get_routing(self) -> m.RoutingStatus | Reply:
        return self._routing_status()

    async def reload_routing(self) -> m.RoutingStatus | Reply:
        ok = self.notifier.reload()
        return self._routing_status(reloaded=ok)

    async def test_routing(self, body: m.NotificationRequest) -> m.RouteTestResult | Reply:
        try:
            match = self.notifier.route(to_message(body))
        except UnknownChannels as exc:
            raise NotFound(str(exc), {"unknown_channels": exc.names}) from exc
        return m.RouteTestResult(routes=list(match.routes), channels=list(match.channels))
