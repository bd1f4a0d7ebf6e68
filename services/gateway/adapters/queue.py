"""Durable intake queue (SQLite through SQLAlchemy async).

Every accepted alert event is committed here before the gateway answers 2xx,
and stays `pending` until alert-service has accepted it, so an accepted alert
survives a gateway restart and a downstream outage. The unique `event_id`
column is the dedup memory: a repeat notification inserts nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    case,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncConnection

from kubernaut.runtime.db import LocalStore
from services.gateway.domain.intake import (
    DeliveryState,
    EventReceipt,
    Outcome,
    PreparedEvent,
    add_to_summary,
    open_summary,
)
from services.gateway.domain.storm import Admission, summary_event_id

metadata = MetaData()

intake_events = Table(
    "gateway_intake_events",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(64), nullable=False, unique=True),
    Column("fingerprint", String(128), nullable=False, index=True),
    Column("status", String(16), nullable=False),
    Column("alertname", String(256), nullable=False, default=""),
    Column("namespace", String(253), nullable=False, default=""),
    Column("severity", String(32), nullable=False, default=""),
    Column("group_key", Text, nullable=False, default=""),
    Column("storm_key", String(64), nullable=False, index=True),
    Column("state", String(16), nullable=False, index=True),
    Column("in_scope", Boolean, nullable=False),
    Column("scope_reason", Text, nullable=False, default=""),
    Column("payload", Text, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("coalesced_into", String(64)),
    Column("coalesced_count", Integer),
    Column("received_at", Float, nullable=False),
    Column("ready_at", Float, nullable=False, index=True),
    Column("next_attempt_at", Float, nullable=False, default=0.0),
    Column("forwarded_at", Float),
)


@dataclass(frozen=True, slots=True)
class DueEvent:
    event_id: str
    payload: dict[str, Any]
    attempts: int


def _ts(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, tz=UTC)


class IntakeStore(LocalStore):
    """All reads and writes of the intake table. Writes are serialised by an
    asyncio lock: SQLite has one writer anyway, and serialising in-process
    avoids "database is locked" between our own connections."""

    def __init__(self, url: str) -> None:
        super().__init__(url, metadata, "intake store")

    async def accept(
        self,
        events: Sequence[PreparedEvent],
        admit: Callable[[str], Admission],
        now: float,
        window_seconds: float,
    ) -> list[EventReceipt]:
        """Store new events in one transaction; duplicates insert nothing.

        `admit(group_key)` is asked only for new events, so repeats do not
        consume a group's storm budget. Statements are batched (one lookup of
        known ids, one bulk insert, one write per storm summary) so a storm
        of thousands of alerts is accepted quickly.
        """
        receipts: list[EventReceipt] = []
        async with self._write, self._engine.begin() as conn:
            known = await self._known_ids(conn, [e.event_id for e in events])
            rows: list[dict[str, Any]] = []
            storms: dict[str, list[PreparedEvent]] = {}
            positions: dict[str, int] = {}
            for event in events:
                if event.event_id in known:
                    receipts.append(self._receipt(event, Outcome.DUPLICATE))
                    continue
                known.add(event.event_id)
                rows.append(self._row(event, now))
                if admit(event.alert.group_key) is Admission.FORWARD:
                    receipts.append(self._receipt(event, Outcome.QUEUED))
                    continue
                storms.setdefault(event.storm_key, []).append(event)
                positions[event.event_id] = len(receipts)
                receipts.append(self._receipt(event, Outcome.COALESCED))
            if rows:
                await conn.execute(intake_events.insert(), rows)
            for key, members in storms.items():
                summary_id = await self._coalesce(conn, key, members, now, window_seconds)
                await conn.execute(
                    update(intake_events)
                    .where(intake_events.c.event_id.in_([m.event_id for m in members]))
                    .values(state=DeliveryState.COALESCED.value, coalesced_into=summary_id)
                )
                for member in members:
                    index = positions[member.event_id]
                    receipts[index] = self._receipt(member, Outcome.COALESCED, summary_id)
        return receipts

    @staticmethod
    async def _known_ids(conn: AsyncConnection, ids: Sequence[str]) -> set[str]:
        known: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            rows = await conn.execute(
                select(intake_events.c.event_id).where(intake_events.c.event_id.in_(chunk))
            )
            known.update(r.event_id for r in rows)
        return known

    @staticmethod
    def _row(event: PreparedEvent, now: float) -> dict[str, Any]:
        alert = event.alert
        return {
            "event_id": event.event_id,
            "fingerprint": alert.fingerprint,
            "status": alert.status.value,
            "alertname": alert.alertname,
            "namespace": alert.namespace,
            "severity": alert.severity,
            "group_key": alert.group_key,
            "storm_key": event.storm_key,
            "state": DeliveryState.PENDING.value,
            "in_scope": event.scope.in_scope,
            "scope_reason": event.scope.reason,
            "payload": json.dumps(event.payload),
            "attempts": 0,
            "last_error": None,
            "coalesced_into": None,
            "coalesced_count": None,
            "received_at": now,
            "ready_at": now,
            "next_attempt_at": 0.0,
            "forwarded_at": None,
        }

    @staticmethod
    def _receipt(
        event: PreparedEvent, outcome: Outcome, coalesced_into: str | None = None
    ) -> EventReceipt:
        return EventReceipt(
            event_id=event.event_id,
            fingerprint=event.alert.fingerprint,
            status=event.alert.status.value,
            outcome=outcome,
            in_scope=event.scope.in_scope,
            scope_reason=event.scope.reason,
            coalesced_into=coalesced_into,
        )

    async def _coalesce(
        self,
        conn: AsyncConnection,
        key: str,
        members: Sequence[PreparedEvent],
        now: float,
        window: float,
    ) -> str:
        """Fold `members` into the open summary of their storm, or open one."""
        at = datetime.fromtimestamp(now, tz=UTC)
        open_row = (
            await conn.execute(
                select(intake_events.c.event_id, intake_events.c.payload).where(
                    intake_events.c.storm_key == key,
                    intake_events.c.state == DeliveryState.COLLECTING.value,
                    intake_events.c.ready_at > now,
                )
            )
        ).first()
        rest: Sequence[PreparedEvent] = members
        if open_row is None:
            first = members[0]
            summary_id = summary_event_id(key, first.event_id)
            payload = open_summary(summary_id, first.payload, at)
            rest = members[1:]
        else:
            summary_id = str(open_row.event_id)
            payload = json.loads(open_row.payload)
        for member in rest:
            payload = add_to_summary(payload, member.payload, at)
        values = {
            "payload": json.dumps(payload),
            "coalesced_count": payload["coalesced"]["count"],
            "in_scope": bool(payload["in_scope"]),
            "scope_reason": str(payload["scope_reason"]),
        }
        if open_row is None:
            row = self._row(members[0], now)
            row.update(
                values,
                event_id=summary_id,
                state=DeliveryState.COLLECTING.value,
                ready_at=now + window,
            )
            await conn.execute(intake_events.insert().values(**row))
        else:
            await conn.execute(
                update(intake_events).where(intake_events.c.event_id == summary_id).values(**values)
            )
        return summary_id

    def _due_clause(self, now: float) -> Any:
        return and_(
            intake_events.c.state.in_(
                [DeliveryState.PENDING.value, DeliveryState.COLLECTING.value]
            ),
            intake_events.c.ready_at <= now,
            intake_events.c.next_attempt_at <= now,
        )

    async def due(self, now: float, limit: int) -> list[DueEvent]:
        async with self._engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(
                        intake_events.c.event_id,
                        intake_events.c.payload,
                        intake_events.c.attempts,
                    )
                    .where(self._due_clause(now))
                    .order_by(intake_events.c.seq)
                    .limit(limit)
                )
            ).all()
        return [DueEvent(r.event_id, json.loads(r.payload), r.attempts) for r in rows]

    async def next_wakeup(self) -> float | None:
        """Earliest time something not yet forwarded becomes due."""
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(
                    select(
                        # max(a, b) per row, written portably (SQLite max / PG greatest)
                        func.min(
                            case(
                                (
                                    intake_events.c.ready_at > intake_events.c.next_attempt_at,
                                    intake_events.c.ready_at,
                                ),
                                else_=intake_events.c.next_attempt_at,
                            )
                        )
                    ).where(
                        intake_events.c.state.in_(
                            [DeliveryState.PENDING.value, DeliveryState.COLLECTING.value]
                        )
                    )
                )
            ).scalar()
        return None if row is None else float(row)

    async def mark_forwarded(self, event_ids: Sequence[str], now: float) -> None:
        async with self._write, self._engine.begin() as conn:
            await conn.execute(
                update(intake_events)
                .where(intake_events.c.event_id.in_(list(event_ids)))
                .values(
                    state=DeliveryState.FORWARDED.value,
                    forwarded_at=now,
                    attempts=intake_events.c.attempts + 1,
                    last_error=None,
                )
            )

    async def mark_failed(
        self, event_ids: Sequence[str], error: str, next_attempt_at: float
    ) -> None:
        async with self._write, self._engine.begin() as conn:
            await conn.execute(
                update(intake_events)
                .where(intake_events.c.event_id.in_(list(event_ids)))
                .values(
                    attempts=intake_events.c.attempts + 1,
                    last_error=error[:1000],
                    next_attempt_at=next_attempt_at,
                )
            )

    async def pending_summary(self) -> tuple[int, float | None]:
        """(events not yet accepted by alert-service, oldest one's receive time)."""
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(
                    select(func.count(), func.min(intake_events.c.received_at)).where(
                        intake_events.c.state.in_(
                            [DeliveryState.PENDING.value, DeliveryState.COLLECTING.value]
                        )
                    )
                )
            ).one()
        return int(row[0]), None if row[1] is None else float(row[1])

    async def get(self, event_id: str) -> dict[str, Any] | None:
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(
                    select(intake_events).where(intake_events.c.event_id == event_id)
                )
            ).first()
        return None if row is None else self._public(row._mapping)

    async def list(
        self, *, state: str | None, fingerprint: str | None, limit: int, cursor: int | None
    ) -> tuple[list[dict[str, Any]], int | None]:
        query = select(intake_events).order_by(intake_events.c.seq.desc()).limit(limit + 1)
        if state:
            query = query.where(intake_events.c.state == state)
        if fingerprint:
            query = query.where(intake_events.c.fingerprint == fingerprint)
        if cursor is not None:
            query = query.where(intake_events.c.seq < cursor)
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        page = rows[:limit]
        next_cursor = int(page[-1].seq) if len(rows) > limit else None
        return [self._public(r._mapping) for r in page], next_cursor

    async def purge(self, older_than: float) -> int:
        """Forget delivered events (and their dedup memory) past the retention."""
        async with self._write, self._engine.begin() as conn:
            result = await conn.execute(
                intake_events.delete().where(
                    or_(
                        and_(
                            intake_events.c.state == DeliveryState.FORWARDED.value,
                            intake_events.c.forwarded_at < older_than,
                        ),
                        and_(
                            intake_events.c.state == DeliveryState.COALESCED.value,
                            intake_events.c.received_at < older_than,
                        ),
                    )
                )
            )
        return int(result.rowcount or 0)

    @staticmethod
    def _public(row: Any) -> dict[str, Any]:
        item: dict[str, Any] = {
            "event_id": row["event_id"],
            "fingerprint": row["fingerprint"],
            "status": row["status"],
            "alertname": row["alertname"],
            "namespace": row["namespace"],
            "severity": row["severity"],
            "group_key": row["group_key"],
            "state": row["state"],
            "in_scope": bool(row["in_scope"]),
            "scope_reason": row["scope_reason"],
            "attempts": int(row["attempts"]),
            "received_at": _ts(row["received_at"]),
        }
        for key in ("last_error", "coalesced_into", "coalesced_count"):
            if row[key] is not None:
                item[key] = row[key]
        if row["forwarded_at"] is not None:
            item["forwarded_at"] = _ts(row["forwarded_at"])
        return item
