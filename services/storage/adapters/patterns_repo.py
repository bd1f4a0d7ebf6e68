"""Mined patterns (written by intelligence-service) and the retention purge."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from services.storage.adapters.base import RepoBase, drop_none, jsonable, parse_dt
from services.storage.adapters.tables import (
    actions,
    alert_lifecycle,
    alerts,
    assessments,
    audit_log,
    embeddings,
    executions,
    patterns,
    workflow_events,
)
from services.storage.adapters.vector_index import VectorIndex
from services.storage.domain.cursor import InvalidCursor, decode_cursor, encode_cursor
from services.storage.domain.errors import InvalidInputError

_PATTERN_FIELDS = (
    "pattern_type", "key", "alert_name", "resource_kind", "action", "namespace", "resource",
    "support", "success_rate", "confidence", "description",
)  # fmt: skip
BATCH = 500


def pattern_record(row: Mapping[Any, Any]) -> dict[str, Any]:
    record = {f: row[f] for f in _PATTERN_FIELDS}
    record.update(
        pattern_id=row["pattern_id"],
        mean_time_to_resolution_seconds=row["mttr_seconds"],
        data=row["data"],
        computed_at=row["computed_at"],
    )
    return drop_none(record)


class PatternStore(RepoBase):
    index: VectorIndex

    async def store_patterns(
        self,
        items: Sequence[Mapping[str, Any]],
        *,
        replace_types: Sequence[str] = (),
        computed_at: datetime | None = None,
    ) -> tuple[int, int]:
        """Upsert on (pattern_type, key); returns (stored, removed)."""
        when = computed_at or self.clock()
        rows = []
        for item in items:
            row: dict[str, Any] = {f: item.get(f) for f in _PATTERN_FIELDS}
            row.update(
                pattern_id=f"{item['pattern_type']}:{item['key']}",
                mttr_seconds=item.get("mean_time_to_resolution_seconds"),
                data=jsonable(item.get("data") or {}),
                computed_at=when,
            )
            rows.append(row)
        unique = {r["pattern_id"]: r for r in rows}  # last one wins on duplicates
        ids = list(unique)
        removed = 0
        async with self.engine.begin() as conn:
            if replace_types:
                stale = sa.delete(patterns).where(patterns.c.pattern_type.in_(list(replace_types)))
                if ids:
                    stale = stale.where(patterns.c.pattern_id.not_in(ids))
                removed = (await conn.execute(stale)).rowcount or 0
            # Delete-then-insert in batches is a portable upsert (SQLite and PostgreSQL).
            for start in range(0, len(ids), BATCH):
                chunk = ids[start : start + BATCH]
                await conn.execute(sa.delete(patterns).where(patterns.c.pattern_id.in_(chunk)))
                await conn.execute(patterns.insert(), [unique[i] for i in chunk])
        return len(ids), removed

    async def query_patterns(
        self,
        *,
        pattern_type: str | None = None,
        alert_name: str | None = None,
        action: str | None = None,
        resource_kind: str | None = None,
        namespace: str | None = None,
        resource: str | None = None,
        min_support: int | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        conds: list[Any] = [
            col == value
            for col, value in (
                (patterns.c.pattern_type, pattern_type),
                (patterns.c.alert_name, alert_name),
                (patterns.c.action, action),
                (patterns.c.resource_kind, resource_kind),
                (patterns.c.namespace, namespace),
                (patterns.c.resource, resource),
            )
            if value is not None
        ]
        if min_support is not None:
            conds.append(patterns.c.support >= min_support)
        if cursor:
            try:
                support, pid = decode_cursor(cursor, 2)
                support = int(support)
            except (InvalidCursor, ValueError, TypeError) as exc:
                raise InvalidInputError("cursor is not valid") from exc
            conds.append(
                sa.or_(
                    patterns.c.support < support,
                    sa.and_(patterns.c.support == support, patterns.c.pattern_id > str(pid)),
                )
            )
        query = (
            sa.select(patterns)
            .where(*conds)
            .order_by(patterns.c.support.desc(), patterns.c.pattern_id)
            .limit(limit + 1)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            next_cursor = encode_cursor(rows[-1]["support"], rows[-1]["pattern_id"])
        return [pattern_record(r) for r in rows], next_cursor

    async def purge(
        self, *, retention_days: float, audit_retention_days: float = 0
    ) -> tuple[datetime, dict[str, int]]:
        """Delete records older than the retention (0 = keep forever)."""
        now = self.clock()
        cutoff = now - timedelta(days=retention_days) if retention_days > 0 else None
        deleted: dict[str, int] = {}
        async with self.engine.begin() as conn:
            if cutoff is not None:
                old_alerts = sa.select(alerts.c.alert_id).where(alerts.c.updated_at < cutoff)
                deleted["alert_lifecycle"] = await _count(
                    conn,
                    sa.delete(alert_lifecycle).where(alert_lifecycle.c.alert_id.in_(old_alerts)),
                )
                for name, stmt in (
                    ("alerts", sa.delete(alerts).where(alerts.c.updated_at < cutoff)),
                    ("embeddings", sa.delete(embeddings).where(embeddings.c.created_at < cutoff)),
                    ("actions", sa.delete(actions).where(actions.c.created_at < cutoff)),
                    ("executions", sa.delete(executions).where(executions.c.recorded_at < cutoff)),
                    (
                        "workflow_events",
                        sa.delete(workflow_events).where(workflow_events.c.at < cutoff),
                    ),
                    (
                        "assessments",
                        sa.delete(assessments).where(assessments.c.recorded_at < cutoff),
                    ),
                    ("patterns", sa.delete(patterns).where(patterns.c.computed_at < cutoff)),
                ):
                    deleted[name] = await _count(conn, stmt)
                if self.index.name == "pgvector":
                    await conn.execute(
                        sa.text(
                            "DELETE FROM embedding_vectors WHERE action_id NOT IN"
                            " (SELECT action_id FROM embeddings)"
                        )
                    )
            if audit_retention_days > 0:
                audit_cutoff = now - timedelta(days=audit_retention_days)
                deleted["audit_log"] = await _count(
                    conn, sa.delete(audit_log).where(audit_log.c.recorded_at < audit_cutoff)
                )
        self.index.invalidate()
        return (cutoff or now), deleted


async def _count(conn: Any, stmt: Any) -> int:
    return int((await conn.execute(stmt)).rowcount or 0)


__all__ = ["PatternStore", "parse_dt"]
