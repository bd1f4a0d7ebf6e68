"""The append-only audit trail (hash-chained) and its verification."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from services.storage.adapters.base import (
    RepoBase,
    Row,
    check_window,
    drop_none,
    jsonable,
    keyset_asc_int,
    page,
    parse_dt,
)
from services.storage.adapters.tables import audit_log
from services.storage.domain.audit_chain import (
    GENESIS_HASH,
    ChainedEntry,
    ChainVerifier,
    Verification,
    chain_hash,
    entry_content,
)

APPEND_ATTEMPTS = 8
VERIFY_PAGE = 1000


def _chained(row: Row) -> ChainedEntry:
    return ChainedEntry(
        sequence=row["sequence"],
        entry_id=row["entry_id"],
        actor=row["actor"],
        event_type=row["event_type"],
        subject=row["subject"],
        request_id=row["request_id"],
        inputs=row["inputs"],
        outputs=row["outputs"],
        occurred_at=row["occurred_at"],
        recorded_at=row["recorded_at"],
        prev_hash=row["prev_hash"],
        hash=row["hash"],
    )


class AuditStore(RepoBase):
    _audit_lock: asyncio.Lock

    async def append_audit(self, items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Append entries in order, in one transaction.

        An in-process lock serialises appends; the primary key on `sequence` catches
        other replicas appending concurrently, and the losing side retries.
        """
        async with self._audit_lock:
            for attempt in range(APPEND_ATTEMPTS):
                try:
                    async with self.engine.begin() as conn:
                        return await self._append(conn, items)
                except IntegrityError:
                    if attempt == APPEND_ATTEMPTS - 1:
                        raise
                    await asyncio.sleep(0.01 * (attempt + 1))
        raise AssertionError("unreachable")  # pragma: no cover

    async def _append(
        self, conn: AsyncConnection, items: Sequence[Mapping[str, Any]]
    ) -> list[dict[str, Any]]:
        head = (
            await conn.execute(
                sa.select(audit_log.c.sequence, audit_log.c.hash)
                .order_by(audit_log.c.sequence.desc())
                .limit(1)
            )
        ).first()
        sequence, prev_hash = (0, GENESIS_HASH) if head is None else (int(head[0]), str(head[1]))
        now = self.clock()
        rows: list[dict[str, Any]] = []
        for item in items:
            sequence += 1
            content = entry_content(
                sequence=sequence,
                entry_id=str(uuid.uuid4()),
                actor=str(item["actor"]),
                event_type=str(item["event_type"]),
                subject=item.get("subject"),
                request_id=item.get("request_id"),
                inputs=jsonable(item.get("inputs") or {}),
                outputs=jsonable(item.get("outputs") or {}),
                occurred_at=parse_dt(item.get("occurred_at")) or now,
                recorded_at=now,
            )
            digest = chain_hash(prev_hash, content)
            rows.append(
                {
                    **content,
                    "occurred_at": parse_dt(item.get("occurred_at")) or now,
                    "recorded_at": now,
                    "prev_hash": prev_hash,
                    "hash": digest,
                }
            )
            prev_hash = digest
        await conn.execute(audit_log.insert(), rows)
        return [drop_none(r) for r in rows]

    async def list_audit(
        self,
        *,
        actor: str | None = None,
        event_type: str | None = None,
        subject: str | None = None,
        request_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        check_window(since, until)
        conds: list[Any] = [
            col == value
            for col, value in (
                (audit_log.c.actor, actor),
                (audit_log.c.event_type, event_type),
                (audit_log.c.subject, subject),
                (audit_log.c.request_id, request_id),
            )
            if value is not None
        ]
        if since is not None:
            conds.append(audit_log.c.occurred_at >= since)
        if until is not None:
            conds.append(audit_log.c.occurred_at < until)
        after = keyset_asc_int(audit_log.c.sequence, cursor)
        if after is not None:
            conds.append(after)
        query = sa.select(audit_log).where(*conds).order_by(audit_log.c.sequence).limit(limit + 1)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        kept, next_cursor = page(rows, limit, lambda r: (r["sequence"],))
        return [drop_none(dict(r)) for r in kept], next_cursor

    async def verify_audit(self) -> Verification:
        """Stream the whole chain page by page, recomputing every hash."""
        async with self.engine.connect() as conn:
            first = (await conn.execute(sa.select(sa.func.min(audit_log.c.sequence)))).scalar()
            # A chain starting after 1 was trimmed by retention: anchor on its first entry.
            verifier = ChainVerifier(from_genesis=first in (None, 1))
            last = 0
            while True:
                rows = (
                    (
                        await conn.execute(
                            sa.select(audit_log)
                            .where(audit_log.c.sequence > last)
                            .order_by(audit_log.c.sequence)
                            .limit(VERIFY_PAGE)
                        )
                    )
                    .mappings()
                    .all()
                )
                if not rows:
                    break
                for row in rows:
                    if not verifier.feed(_chained(row)):
                        return verifier.result()
                last = rows[-1]["sequence"]
        return verifier.result()
