"""Lifecycle store of alert-service (SQLite through SQLAlchemy async).

Two tables: `alert_events` remembers every ingested event id (idempotency of
`ingestAlerts`), `alert_records` holds one JSON record per alert episode plus
the columns the API filters on and `due_at`, when the background flow should
look at the record next. A record with a `due_at` survives a restart and is
picked up again, so no accepted alert is left half-processed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
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
    select,
    update,
)

from kubernaut.runtime.db import LocalStore

metadata = MetaData()

alert_events = Table(
    "alert_events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("alert_id", String(64), nullable=False, index=True),
    Column("received_at", Float, nullable=False),
)

alert_records = Table(
    "alert_records",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("alert_id", String(64), nullable=False, unique=True),
    Column("fingerprint", String(128), nullable=False, index=True),
    Column("name", String(256), nullable=False, index=True),
    Column("namespace", String(253), nullable=False, default=""),
    Column("severity", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("state", String(32), nullable=False, index=True),
    Column("in_scope", Boolean, nullable=False),
    Column("created_at", Float, nullable=False, index=True),
    Column("due_at", Float, index=True),
    Column("doc", Text, nullable=False),
)

Mutation = Callable[[dict[str, Any] | None], tuple[dict[str, Any], bool]]
"""current record (or None) → (record to save, whether the flow must look at it now)"""


def _columns(record: Mapping[str, Any]) -> dict[str, Any]:
    alert = record["alert"]
    return {
        "fingerprint": record["fingerprint"],
        "name": alert["name"],
        "namespace": alert.get("namespace", ""),
        "severity": alert["severity"],
        "status": record["status"],
        "state": record["state"],
        "in_scope": bool(record["in_scope"]),
        "doc": json.dumps(record),
    }


class AlertStore(LocalStore):
    """Writes are serialised in-process (SQLite has one writer) and every change
    is a read-modify-write under that lock, so the ingest path and the
    background flow never overwrite each other's changes."""

    def __init__(self, url: str) -> None:
        super().__init__(url, metadata, "alert store")

    async def ping(self) -> None:
        async with self._engine.connect() as conn:
            await conn.execute(select(1))

    async def ingest(
        self,
        items: Sequence[tuple[str, str, Mutation]],
        now: float,
    ) -> list[bool]:
        """For each (event_id, alert_id, mutation): True if the event is new.

        All of a batch commits together: the gateway's 2xx means all of it.
        """
        results: list[bool] = []
        async with self._write, self._engine.begin() as conn:
            for event_id, alert_id, mutate in items:
                seen = (
                    await conn.execute(
                        select(alert_events.c.event_id).where(alert_events.c.event_id == event_id)
                    )
                ).first()
                if seen is not None:
                    results.append(False)
                    continue
                await conn.execute(
                    alert_events.insert().values(
                        event_id=event_id, alert_id=alert_id, received_at=now
                    )
                )
                row = (
                    await conn.execute(
                        select(alert_records.c.doc, alert_records.c.due_at).where(
                            alert_records.c.alert_id == alert_id
                        )
                    )
                ).first()
                current = None if row is None else json.loads(row.doc)
                updated, needs_processing = mutate(current)
                keep = None if row is None else row.due_at
                values = {**_columns(updated), "due_at": now if needs_processing else keep}
                if row is None:
                    await conn.execute(
                        alert_records.insert().values(alert_id=alert_id, created_at=now, **values)
                    )
                else:
                    await conn.execute(
                        update(alert_records)
                        .where(alert_records.c.alert_id == alert_id)
                        .values(**values)
                    )
                results.append(True)
        return results

    async def load(self, alert_id: str) -> dict[str, Any] | None:
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(
                    select(alert_records.c.doc).where(alert_records.c.alert_id == alert_id)
                )
            ).first()
        return None if row is None else dict(json.loads(row.doc))

    async def change(
        self,
        alert_id: str,
        mutate: Callable[[dict[str, Any]], None],
        due: Callable[[dict[str, Any]], float | None],
    ) -> dict[str, Any] | None:
        """Apply `mutate` to the freshest record; `due` (of the changed record)
        says when the flow should look at it next."""
        async with self._write, self._engine.begin() as conn:
            row = (
                await conn.execute(
                    select(alert_records.c.doc).where(alert_records.c.alert_id == alert_id)
                )
            ).first()
            if row is None:
                return None
            record: dict[str, Any] = json.loads(row.doc)
            mutate(record)
            await conn.execute(
                update(alert_records)
                .where(alert_records.c.alert_id == alert_id)
                .values(**_columns(record), due_at=due(record))
            )
        return record

    async def due(self, now: float, limit: int, exclude: set[str]) -> list[str]:
        query = (
            select(alert_records.c.alert_id)
            .where(alert_records.c.due_at.is_not(None), alert_records.c.due_at <= now)
            .order_by(alert_records.c.due_at)
            .limit(limit + len(exclude))
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [r.alert_id for r in rows if r.alert_id not in exclude][:limit]

    async def next_due(self) -> float | None:
        async with self._engine.connect() as conn:
            value = (
                await conn.execute(
                    select(alert_records.c.due_at)
                    .where(alert_records.c.due_at.is_not(None))
                    .order_by(alert_records.c.due_at)
                    .limit(1)
                )
            ).scalar()
        return None if value is None else float(value)

    async def purge(self, older_than: float) -> int:
        """Forget finished alerts first seen before `older_than`, and old event ids.

        Alerts the flow still has work for (`due_at` set) are kept whatever their age.
        """
        async with self._write, self._engine.begin() as conn:
            result = await conn.execute(
                alert_records.delete().where(
                    alert_records.c.created_at < older_than, alert_records.c.due_at.is_(None)
                )
            )
            await conn.execute(alert_events.delete().where(alert_events.c.received_at < older_than))
        return int(result.rowcount or 0)

    async def list(
        self,
        *,
        filters: Mapping[str, Any],
        since: datetime | None,
        limit: int,
        cursor: int | None,
    ) -> tuple[list[dict[str, Any]], int | None]:
        query = select(alert_records.c.seq, alert_records.c.doc).order_by(
            alert_records.c.seq.desc()
        )
        for key, value in filters.items():
            if value is not None:
                query = query.where(alert_records.c[key] == value)
        if since is not None:
            query = query.where(alert_records.c.created_at >= since.timestamp())
        if cursor is not None:
            query = query.where(alert_records.c.seq < cursor)
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query.limit(limit + 1))).all()
        page = rows[:limit]
        next_cursor = int(page[-1].seq) if len(rows) > limit else None
        return [json.loads(r.doc) for r in page], next_cursor
