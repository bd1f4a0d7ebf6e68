"""Execution records in a local SQLite file (or any SQLAlchemy async URL).

The primary key on execution_id is what makes execute idempotent across concurrent
requests and restarts: the first request claims the id, a duplicate finds it.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from kubernaut.runtime.db import create_engine

from ..domain.model import JsonDict

metadata = MetaData()
executions = Table(
    "executor_executions",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("execution_id", String(160), nullable=False, unique=True),
    Column("fingerprint", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("action_type", String(64), nullable=False),
    Column("namespace", String(64)),
    Column("resource", String(253)),
    Column("workflow_id", String(128)),
    Column("record", Text, nullable=False),
    Column("undo", Text, nullable=False, default="[]"),
    # Audit outbox: 0 = not needed, 1 = to send to storage-service, 2 = sent.
    Column("audit", Integer, nullable=False, default=0),
)
AUDIT_NONE, AUDIT_PENDING, AUDIT_SENT = 0, 1, 2
FILTERS = ("status", "action_type", "namespace", "resource", "workflow_id")


@dataclass
class Stored:
    record: JsonDict
    fingerprint: str
    undo: list[JsonDict] = field(default_factory=list)


def _encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(str(seq).encode()).decode()


def _decode_cursor(cursor: str) -> int:
    try:
        return int(base64.urlsafe_b64decode(cursor.encode()).decode())
    except ValueError:
        return 0


class SqlExecutionStore:
    def __init__(self, url: str) -> None:
        self.engine: AsyncEngine = create_engine(url)

    async def start(self) -> None:
        async with self.engine.begin() as conn:
            await conn.run_sync(metadata.create_all)

    async def close(self) -> None:
        await self.engine.dispose()

    @staticmethod
    def _columns(record: JsonDict) -> dict[str, Any]:
        params = record.get("parameters") or {}
        return {
            "status": record.get("status", "running"),
            "action_type": record.get("action_type", ""),
            "namespace": params.get("namespace"),
            "resource": params.get("resource"),
            "workflow_id": record.get("workflow_id"),
            "record": json.dumps(record),
        }

    async def claim(self, execution_id: str, fingerprint: str, record: JsonDict) -> bool:
        try:
            async with self.engine.begin() as conn:
                await conn.execute(
                    insert(executions).values(
                        execution_id=execution_id,
                        fingerprint=fingerprint,
                        undo="[]",
                        audit=AUDIT_NONE,
                        **self._columns(record),
                    )
                )
        except IntegrityError:
            return False
        return True

    async def save(
        self,
        execution_id: str,
        record: JsonDict,
        undo: list[JsonDict] | None = None,
        audit: bool = False,
    ) -> None:
        values = self._columns(record)
        if undo is not None:
            values["undo"] = json.dumps(undo)
        if audit:
            values["audit"] = AUDIT_PENDING
        async with self.engine.begin() as conn:
            await conn.execute(
                update(executions).where(executions.c.execution_id == execution_id).values(**values)
            )

    async def running(self) -> list[JsonDict]:
        query = select(executions.c.record).where(executions.c.status == "running")
        async with self.engine.connect() as conn:
            return [json.loads(r.record) for r in (await conn.execute(query)).all()]

    async def pending_audit(self, limit: int = 50) -> list[JsonDict]:
        """Completed records whose audit entry has not reached storage-service yet."""
        query = (
            select(executions.c.record)
            .where(executions.c.audit == AUDIT_PENDING)
            .order_by(executions.c.seq)
            .limit(limit)
        )
        async with self.engine.connect() as conn:
            return [json.loads(r.record) for r in (await conn.execute(query)).all()]

    async def mark_audited(self, execution_id: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(executions)
                .where(executions.c.execution_id == execution_id)
                .values(audit=AUDIT_SENT)
            )

    async def forget(self, execution_id: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(delete(executions).where(executions.c.execution_id == execution_id))

    async def get(self, execution_id: str) -> Stored | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(executions).where(executions.c.execution_id == execution_id)
                )
            ).first()
        if row is None:
            return None
        return Stored(json.loads(row.record), row.fingerprint, json.loads(row.undo))

    async def list(
        self, filters: dict[str, str], limit: int, cursor: str | None
    ) -> tuple[list[JsonDict], str | None]:
        query = select(executions.c.seq, executions.c.record).order_by(executions.c.seq.desc())
        for key, value in filters.items():
            if key in FILTERS and value:
                query = query.where(executions.c[key] == value)
        if cursor:
            query = query.where(executions.c.seq < _decode_cursor(cursor))
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query.limit(limit + 1))).all()
        items = [json.loads(r.record) for r in rows[:limit]]
        next_cursor = _encode_cursor(rows[limit - 1].seq) if len(rows) > limit else None
        return items, next_cursor
