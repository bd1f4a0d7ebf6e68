"""Notifications and deliveries in SQL (SQLite by default, PostgreSQL by configuration)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..domain.grouping import GroupLeader
from ..domain.records import DeliveryRecord, NotificationRecord


class DuplicateNotification(Exception):
    """A notification with this id is already recorded."""


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite drops the offset)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


class Base(DeclarativeBase):
    pass


class NotificationRow(Base):
    __tablename__ = "notifications"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    notification_id: Mapped[str] = mapped_column(String(128), unique=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    severity: Mapped[str] = mapped_column(String(16), index=True)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    context: Mapped[dict[str, Any]] = mapped_column(JSON)
    requested_channels: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    digest: Mapped[str] = mapped_column(String(64))
    disposition: Mapped[str] = mapped_column(String(16), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    group_key: Mapped[str | None] = mapped_column(String(512), index=True, nullable=True)
    grouped_into: Mapped[str | None] = mapped_column(String(128), nullable=True)
    group_count: Mapped[int] = mapped_column(Integer, default=1)
    summary_id: Mapped[str | None] = mapped_column(String(128), index=True, nullable=True)
    summarised_count: Mapped[int] = mapped_column(Integer, default=0)
    routes: Mapped[list[str]] = mapped_column(JSON)
    planned_channels: Mapped[list[str]] = mapped_column(JSON)
    alert_fingerprint: Mapped[str | None] = mapped_column(String(256), index=True, nullable=True)
    alert_name: Mapped[str | None] = mapped_column(String(256), index=True, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DeliveryRow(Base):
    __tablename__ = "notification_deliveries"
    __table_args__ = (UniqueConstraint("notification_id", "channel"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    notification_id: Mapped[str] = mapped_column(
        String(128), ForeignKey("notifications.notification_id"), index=True
    )
    channel: Mapped[str] = mapped_column(String(64), index=True)
    channel_type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    external_ref: Mapped[str | None] = mapped_column(String(512), nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


_RECORD_FIELDS = (
    "notification_id",
    "kind",
    "severity",
    "subject",
    "body",
    "context",
    "requested_channels",
    "digest",
    "disposition",
    "status",
    "group_key",
    "grouped_into",
    "group_count",
    "summary_id",
    "summarised_count",
    "routes",
    "planned_channels",
    "created_at",
    "updated_at",
)
_DELIVERY_FIELDS = (
    "channel",
    "channel_type",
    "status",
    "attempts",
    "last_error",
    "external_ref",
    "delivered_at",
    "updated_at",
)


@dataclass(frozen=True)
class ListFilter:
    kind: str | None = None
    severity: str | None = None
    status: str | None = None
    disposition: str | None = None
    alert_fingerprint: str | None = None
    alert_name: str | None = None
    channel: str | None = None
    since: datetime | None = None


class Repository:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._session = async_sessionmaker(engine, expire_on_commit=False)

    async def create_schema(self) -> None:
        async with self._engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)

    async def insert(self, record: NotificationRecord) -> None:
        message = record.message()
        row = NotificationRow(
            **{name: getattr(record, name) for name in _RECORD_FIELDS},
            alert_fingerprint=str(message.alert.get("fingerprint") or "") or None,
            alert_name=message.alert_name or None,
        )
        deliveries = [
            DeliveryRow(notification_id=record.notification_id, **_delivery_values(d))
            for d in record.deliveries
        ]
        try:
            async with self._session.begin() as session:
                session.add(row)
                await session.flush()
                session.add_all(deliveries)
        except IntegrityError as exc:
            raise DuplicateNotification(record.notification_id) from exc

    async def get(self, notification_id: str) -> NotificationRecord | None:
        async with self._session() as session:
            row = await session.scalar(
                select(NotificationRow).where(NotificationRow.notification_id == notification_id)
            )
            if row is None:
                return None
            return (await self._with_deliveries(session, [row]))[0]

    async def list_page(
        self, flt: ListFilter, *, limit: int, after_seq: int | None
    ) -> tuple[list[NotificationRecord], int | None]:
        """Newest first; answers the page and the seq to continue after (None at the end)."""
        query = select(NotificationRow).order_by(NotificationRow.seq.desc()).limit(limit + 1)
        for column, value in (
            (NotificationRow.kind, flt.kind),
            (NotificationRow.severity, flt.severity),
            (NotificationRow.status, flt.status),
            (NotificationRow.disposition, flt.disposition),
            (NotificationRow.alert_fingerprint, flt.alert_fingerprint),
            (NotificationRow.alert_name, flt.alert_name),
        ):
            if value is not None:
                query = query.where(column == value)
        if flt.since is not None:
            query = query.where(NotificationRow.created_at >= flt.since)
        if flt.channel is not None:
            query = query.where(
                NotificationRow.notification_id.in_(
                    select(DeliveryRow.notification_id).where(DeliveryRow.channel == flt.channel)
                )
            )
        if after_seq is not None:
            query = query.where(NotificationRow.seq < after_seq)
        async with self._session() as session:
            rows = list((await session.scalars(query)).all())
            more = len(rows) > limit
            rows = rows[:limit]
            records = await self._with_deliveries(session, rows)
        return records, (rows[-1].seq if more and rows else None)

    async def group_leader(self, group_key: str, since: datetime) -> GroupLeader | None:
        query = (
            select(NotificationRow.notification_id, NotificationRow.created_at)
            .where(
                NotificationRow.group_key == group_key,
                NotificationRow.disposition == "dispatched",
                NotificationRow.created_at >= since,
            )
            .order_by(NotificationRow.seq.desc())
            .limit(1)
        )
        async with self._session() as session:
            found = (await session.execute(query)).first()
        return GroupLeader(found[0], found[1]) if found else None

    async def bump_group(self, notification_id: str, now: datetime) -> None:
        async with self._session.begin() as session:
            await session.execute(
                update(NotificationRow)
                .where(NotificationRow.notification_id == notification_id)
                .values(group_count=NotificationRow.group_count + 1, updated_at=now)
            )

    async def summary_members(self, summary_id: str) -> list[NotificationRecord]:
        query = (
            select(NotificationRow)
            .where(
                NotificationRow.summary_id == summary_id,
                NotificationRow.disposition == "summarised",
            )
            .order_by(NotificationRow.seq)
        )
        async with self._session() as session:
            rows = list((await session.scalars(query)).all())
            return await self._with_deliveries(session, rows)

    async def open_summaries(self) -> list[str]:
        query = select(NotificationRow.notification_id).where(
            NotificationRow.disposition == "summary",
            NotificationRow.status == "pending",
            ~NotificationRow.notification_id.in_(select(DeliveryRow.notification_id)),
        )
        async with self._session() as session:
            return list((await session.scalars(query)).all())

    async def unfinished_deliveries(self) -> list[tuple[str, str]]:
        query = select(DeliveryRow.notification_id, DeliveryRow.channel).where(
            DeliveryRow.status.in_(("pending", "delivering"))
        )
        async with self._session() as session:
            return [(a, b) for a, b in (await session.execute(query)).all()]

    async def save_summary(self, record: NotificationRecord) -> None:
        """Fill in a storm summary's content and deliveries when it is flushed."""
        values = {
            name: getattr(record, name)
            for name in (
                "subject",
                "body",
                "severity",
                "context",
                "summarised_count",
                "status",
                "planned_channels",
                "updated_at",
            )
        }
        async with self._session.begin() as session:
            await session.execute(
                update(NotificationRow)
                .where(NotificationRow.notification_id == record.notification_id)
                .values(**values)
            )
            session.add_all(
                DeliveryRow(notification_id=record.notification_id, **_delivery_values(d))
                for d in record.deliveries
            )

    async def update_delivery(self, notification_id: str, delivery: DeliveryRecord) -> None:
        async with self._session.begin() as session:
            await session.execute(
                update(DeliveryRow)
                .where(
                    DeliveryRow.notification_id == notification_id,
                    DeliveryRow.channel == delivery.channel,
                )
                .values(**_delivery_values(delivery))
            )

    async def set_status(self, notification_id: str, status: str, now: datetime) -> None:
        async with self._session.begin() as session:
            await session.execute(
                update(NotificationRow)
                .where(NotificationRow.notification_id == notification_id)
                .values(status=status, updated_at=now)
            )

    async def channel_counts(self) -> dict[str, dict[str, int]]:
        query = select(DeliveryRow.channel, DeliveryRow.status, func.count()).group_by(
            DeliveryRow.channel, DeliveryRow.status
        )
        counts: dict[str, dict[str, int]] = {}
        async with self._session() as session:
            for channel, status, count in (await session.execute(query)).all():
                counts.setdefault(channel, {})[status] = count
        return counts

    async def _with_deliveries(
        self, session: Any, rows: Sequence[NotificationRow]
    ) -> list[NotificationRecord]:
        ids = [row.notification_id for row in rows]
        by_id: dict[str, list[DeliveryRecord]] = {i: [] for i in ids}
        if ids:
            query = (
                select(DeliveryRow)
                .where(DeliveryRow.notification_id.in_(ids))
                .order_by(DeliveryRow.id)
            )
            for d in (await session.scalars(query)).all():
                by_id[d.notification_id].append(
                    DeliveryRecord(**{name: getattr(d, name) for name in _DELIVERY_FIELDS})
                )
        return [
            NotificationRecord(
                **{name: getattr(row, name) for name in _RECORD_FIELDS},
                deliveries=by_id[row.notification_id],
            )
            for row in rows
        ]


def _delivery_values(delivery: DeliveryRecord) -> dict[str, Any]:
    return {name: getattr(delivery, name) for name in _DELIVERY_FIELDS}
