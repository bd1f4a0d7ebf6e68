"""The notification pipeline: idempotency → grouping → storm → routing → delivery.

Acceptance is serialised by one lock so grouping and storm decisions see every earlier
notification; delivery runs in background tasks, one per channel, so `notify` answers as
soon as the notification is recorded.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import Counter
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from .adapters.repository import DuplicateNotification, Repository
from .adapters.routing_source import RoutingSource
from .delivery import DeliveryEngine
from .domain.grouping import group_key, grouped_into
from .domain.model import Message, max_severity
from .domain.records import DeliveryRecord, NotificationRecord, overall_status
from .domain.routing import RouteMatch, resolve
from .domain.signing import ApprovalLinks, approval_links
from .domain.storm import StormDetector
from .metrics import NotifierMetrics

log = logging.getLogger(__name__)


class UnknownChannels(Exception):
    def __init__(self, names: list[str]) -> None:
        super().__init__(f"unknown channels: {', '.join(names)}")
        self.names = names


class IdConflict(Exception):
    """The notification_id was used before for different content."""


@dataclass(frozen=True)
class Options:
    group_window: timedelta = timedelta(minutes=5)
    group_exempt_kinds: tuple[str, ...] = ("approval_needed",)
    storm_threshold: int = 20
    storm_window: timedelta = timedelta(minutes=1)
    storm_exempt_kinds: tuple[str, ...] = ("approval_needed",)
    approval_secret: bytes | None = None
    workflow_url: str = "http://127.0.0.1:8083"
    approval_ttl: float = 3600.0
    tick: float = 1.0


@dataclass(frozen=True)
class Accepted:
    record: NotificationRecord
    created: bool


class Notifier:
    def __init__(
        self,
        *,
        options: Options,
        repo: Repository,
        routing: RoutingSource,
        engine: DeliveryEngine,
        metrics: NotifierMetrics,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.options = options
        self.repo = repo
        self.routing = routing
        self.engine = engine
        self._metrics = metrics
        self._clock = clock
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._loop_task: asyncio.Task[None] | None = None
        self._version = -1
        self._rejected_seen = 0
        self.storm = StormDetector(
            threshold=options.storm_threshold,
            window=options.storm_window,
            exempt_kinds=options.storm_exempt_kinds,
            new_summary_id=lambda: f"storm-{uuid.uuid4().hex[:16]}",
        )

    # -- lifecycle -----------------------------------------------------------------
    async def start(self) -> None:
        await self.repo.create_schema()
        self._sync_config()
        # Resume what a previous run left: open storm summaries and unfinished deliveries.
        for summary_id in await self.repo.open_summaries():
            await self._flush_summary(summary_id)
        pending: dict[str, None] = dict.fromkeys(
            n for n, _ in await self.repo.unfinished_deliveries()
        )
        for notification_id in pending:
            record = await self.repo.get(notification_id)
            if record is not None:
                self._spawn(self._dispatch(record))
        self._loop_task = asyncio.create_task(self._loop(), name="notification-ticker")

    async def stop(self) -> None:
        if self._loop_task is not None:
            self._loop_task.cancel()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(
            *self._tasks, *([self._loop_task] if self._loop_task else []), return_exceptions=True
        )

    # -- configuration -------------------------------------------------------------
    def _sync_config(self) -> None:
        self.routing.check()
        while self._rejected_seen < self.routing.rejected:
            self._rejected_seen += 1
            self._metrics.count_reload(False)
        if self.routing.version != self._version:
            self.engine.configure(self.routing.config)
            if self._version != -1:
                self._metrics.count_reload(True)
            self._version = self.routing.version

    def reload(self) -> bool:
        ok = self.routing.reload()
        self._sync_config()
        return ok

    def route(self, message: Message) -> RouteMatch:
        self._sync_config()
        config = self.routing.config
        if message.channels is not None:
            unknown = [c for c in message.channels if c not in config.channels]
            if unknown:
                raise UnknownChannels(unknown)
            return RouteMatch(("explicit",), tuple(dict.fromkeys(message.channels)))
        return resolve(config.root, message.routing_labels())

    # -- acceptance ----------------------------------------------------------------
    async def notify(self, message: Message) -> Accepted:
        async with self._lock:
            existing = await self.repo.get(message.notification_id)
            if existing is not None:
                return self._replay(existing, message)
            try:
                return await self._accept(message)
            except DuplicateNotification:
                # Another replica sharing the database recorded it between read and write.
                existing = await self.repo.get(message.notification_id)
                if existing is None:
                    raise
                return self._replay(existing, message)

    async def _accept(self, message: Message) -> Accepted:
        match = self.route(message)
        now = self._clock()
        record = NotificationRecord(
            notification_id=message.notification_id,
            kind=message.kind,
            severity=message.severity,
            subject=message.subject,
            body=message.body,
            context=dict(message.context),
            requested_channels=list(message.channels) if message.channels else None,
            digest=message.content_digest(),
            disposition="dispatched",
            status="pending",
            created_at=now,
            updated_at=now,
            group_key=group_key(message),
            routes=list(match.routes),
            planned_channels=list(match.channels),
        )
        leader = await self._group_leader(record, now)
        decision = self.storm.admit(message.kind, now) if leader is None else None
        if leader is not None:
            record.disposition, record.status = "grouped", "suppressed"
            record.grouped_into = leader
            await self.repo.insert(record)
            await self.repo.bump_group(leader, now)
        elif decision is not None and decision.summary_id is not None:
            if decision.opened:
                await self._open_summary(decision.summary_id, message, now)
            record.disposition, record.status = "summarised", "suppressed"
            record.summary_id = decision.summary_id
            await self.repo.insert(record)
        else:
            record.deliveries = [
                DeliveryRecord(name, self._channel_type(name), updated_at=now)
                for name in match.channels
            ]
            record.status = overall_status("dispatched", record.deliveries)
            await self.repo.insert(record)
            self._spawn(self._dispatch(record))
        self._metrics.count_received(record.kind, record.severity, record.disposition)
        return Accepted(record, True)

    async def _group_leader(self, record: NotificationRecord, now: datetime) -> str | None:
        if not record.group_key or record.kind in self.options.group_exempt_kinds:
            return None
        window = self.options.group_window
        return grouped_into(
            await self.repo.group_leader(record.group_key, now - window), now, window
        )

    def _replay(self, existing: NotificationRecord, message: Message) -> Accepted:
        if existing.digest != message.content_digest():
            raise IdConflict(message.notification_id)
        return Accepted(existing, False)

    def _channel_type(self, name: str) -> Any:
        cfg = self.routing.config.channels.get(name)
        return cfg.type if cfg is not None else "console"

    # -- delivery ------------------------------------------------------------------
    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _dispatch(self, record: NotificationRecord) -> None:
        message = record.message()
        approval = self._approval(message)
        todo = [d for d in record.deliveries if d.status in ("pending", "delivering")]
        try:
            await asyncio.gather(
                *(self.engine.deliver(record.notification_id, message, d, approval) for d in todo)
            )
        finally:
            final = await self.repo.get(record.notification_id)
            if final is not None:
                status = overall_status(final.disposition, final.deliveries)
                await self.repo.set_status(record.notification_id, status, self._clock())

    def _approval(self, message: Message) -> ApprovalLinks | None:
        if message.kind != "approval_needed":
            return None
        workflow = message.workflow
        not_after = _timestamp(workflow.get("approval_expires_at"))
        if workflow.get("approve_url") and workflow.get("reject_url"):
            return ApprovalLinks(
                str(workflow["approve_url"]), str(workflow["reject_url"]), int(not_after or 0)
            )
        if self.options.approval_secret and workflow.get("workflow_id"):
            return approval_links(
                secret=self.options.approval_secret,
                base_url=self.options.workflow_url,
                workflow_id=str(workflow["workflow_id"]),
                now=self._clock().timestamp(),
                ttl=self.options.approval_ttl,
                not_after=not_after,
            )
        log.warning(
            "approval request %s has no approval links: no approval secret configured",
            message.notification_id,
        )
        return None

    # -- storms --------------------------------------------------------------------
    async def _open_summary(self, summary_id: str, first: Message, now: datetime) -> None:
        await self.repo.insert(
            NotificationRecord(
                notification_id=summary_id,
                kind="storm_summary",
                severity=first.severity,
                subject="Notification storm (collecting)",
                body="",
                context={},
                requested_channels=None,
                digest="",
                disposition="summary",
                status="pending",
                created_at=now,
                updated_at=now,
                routes=["storm"],
            )
        )

    async def _flush_summary(self, summary_id: str) -> None:
        summary = await self.repo.get(summary_id)
        if summary is None or summary.deliveries:
            return
        members = await self.repo.summary_members(summary_id)
        now = self._clock()
        channels = list(dict.fromkeys(c for m in members for c in m.planned_channels))
        by_kind = Counter(m.kind for m in members)
        by_severity = Counter(m.severity for m in members)
        alerts = sorted({str(m.context.get("alert", {}).get("name") or "") for m in members} - {""})
        summary.severity = max_severity([m.severity for m in members])
        summary.subject = f"Notification storm: {len(members)} notifications summarised"
        summary.body = (
            "By severity: "
            + ", ".join(f"{k} {v}" for k, v in by_severity.most_common())
            + ". By kind: "
            + ", ".join(f"{k} {v}" for k, v in by_kind.most_common())
            + "."
            + (f" Alerts: {', '.join(alerts[:20])}." if alerts else "")
        )
        summary.context = {
            "storm": {
                "count": len(members),
                "by_kind": dict(by_kind),
                "by_severity": dict(by_severity),
                "alerts": alerts[:20],
                "items": [
                    {
                        "notification_id": m.notification_id,
                        "kind": m.kind,
                        "severity": m.severity,
                        "subject": m.subject,
                    }
                    for m in members[:20]
                ],
            }
        }
        summary.summarised_count = len(members)
        summary.planned_channels = channels
        summary.deliveries = [
            DeliveryRecord(c, self._channel_type(c), updated_at=now) for c in channels
        ]
        summary.status = (
            overall_status("summary", summary.deliveries) if channels else "no_channels"
        )
        summary.updated_at = now
        await self.repo.save_summary(summary)
        self._metrics.count_summary()
        self._spawn(self._dispatch(summary))

    async def flush_due(self) -> None:
        async with self._lock:
            summary_id = self.storm.due(self._clock())
            if summary_id is not None:
                await self._flush_summary(summary_id)

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.options.tick)
            try:
                self._sync_config()
                await self.flush_due()
            except Exception:
                log.exception("notification ticker failed; continuing")


def _timestamp(value: object) -> float | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None
