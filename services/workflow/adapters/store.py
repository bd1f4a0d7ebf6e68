"""Durable state of workflow-service: workflows and the outbox, in SQL (SQLite by default).

A workflow is stored as its JSON document plus the columns the queries filter on.
The outbox holds every outbound call that must survive a restart or an outage of
the service it targets (executor, storage, monitor, notification); a job is only
deleted from the queue's view by being marked done or dead, never silently dropped.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from services.workflow.domain.gates import HistoryEntry
from services.workflow.domain.model import ACTIVE, Workflow, WorkflowStatus

metadata = MetaData()

# Timestamps are stored as ISO-8601 UTC text: they sort lexicographically, and the
# same schema works on SQLite and PostgreSQL without dialect-specific types.
workflows = Table(
    "workflows",
    metadata,
    Column("workflow_id", String(64), primary_key=True),
    Column("action_id", String(128), nullable=False, unique=True),
    Column("action_type", String(64), nullable=False, index=True),
    Column("target_key", String(400), nullable=False, index=True),
    Column("namespace", String(63), index=True),
    Column("resource", String(253), index=True),
    Column("status", String(32), nullable=False, index=True),
    Column("created_at", String(40), nullable=False, index=True),
    Column("updated_at", String(40), nullable=False),
    Column("dispatched_at", String(40), index=True),
    Column("expires_at", String(40)),
    Column("document", Text, nullable=False),
)

outbox = Table(
    "outbox",
    metadata,
    Column("job_id", String(200), primary_key=True),
    Column("workflow_id", String(64), nullable=False, index=True),
    Column("kind", String(32), nullable=False),
    Column("payload", Text, nullable=False),
    Column("state", String(16), nullable=False, index=True),  # pending | done | dead
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", String(40), nullable=False, index=True),
    Column("deadline", String(40), nullable=False),
    Column("last_error", Text),
    Column("created_at", String(40), nullable=False),
)


class DuplicateActionId(Exception):
    """Another workflow already carries this action_id."""


@dataclass
class Job:
    job_id: str
    workflow_id: str
    kind: str
    payload: dict[str, Any]
    attempts: int
    next_attempt_at: datetime
    deadline: datetime
    state: str = "pending"
    last_error: str | None = None


def _iso(ts: datetime | None) -> str | None:
    return ts.isoformat() if ts is not None else None


def encode_cursor(created_at: str, workflow_id: str) -> str:
    return base64.urlsafe_b64encode(f"{created_at}|{workflow_id}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        created_at, _, workflow_id = (
            base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        )
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError("invalid cursor") from exc
    if not created_at or not workflow_id:
        raise ValueError("invalid cursor")
    return created_at, workflow_id


class WorkflowStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def create_schema(self) -> None:
        async with self.engine.begin() as conn:
            await conn.run_sync(metadata.create_all)

    async def ping(self) -> None:
        async with self.engine.connect() as conn:
            await conn.execute(select(1))

    # -- workflows ---------------------------------------------------------------

    @staticmethod
    def _columns(wf: Workflow) -> dict[str, Any]:
        return {
            "action_type": wf.action_type,
            "target_key": wf.target.key,
            "namespace": wf.target.namespace,
            "resource": wf.target.name,
            "status": wf.status.value,
            "created_at": _iso(wf.created_at),
            "updated_at": _iso(wf.updated_at),
            "dispatched_at": _iso(wf.dispatched_at),
            "expires_at": _iso(wf.approval.expires_at),
            "document": json.dumps(wf.to_dict(), separators=(",", ":")),
        }

    async def insert(self, wf: Workflow, jobs: Sequence[Job] = ()) -> None:
        """Insert the workflow and its first outbox jobs in one transaction."""
        try:
            async with self.engine.begin() as conn:
                await conn.execute(
                    workflows.insert().values(
                        workflow_id=wf.workflow_id, action_id=wf.action_id, **self._columns(wf)
                    )
                )
                for job in jobs:
                    await conn.execute(outbox.insert().values(**self._job_row(job)))
        except IntegrityError as exc:
            raise DuplicateActionId(wf.action_id) from exc

    async def save(self, wf: Workflow, jobs: Sequence[Job] = ()) -> str | None:
        """Update the workflow and enqueue jobs atomically (the outbox pattern).
        Returns the status the workflow had before."""
        async with self.engine.begin() as conn:
            previous = (
                await conn.execute(
                    select(workflows.c.status).where(workflows.c.workflow_id == wf.workflow_id)
                )
            ).scalar_one_or_none()
            await conn.execute(
                update(workflows)
                .where(workflows.c.workflow_id == wf.workflow_id)
                .values(**self._columns(wf))
            )
            for job in jobs:
                existing = await conn.execute(
                    select(outbox.c.job_id).where(outbox.c.job_id == job.job_id)
                )
                if existing.first() is None:
                    await conn.execute(outbox.insert().values(**self._job_row(job)))
        return previous

    async def get(self, workflow_id: str) -> Workflow | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(workflows.c.document).where(workflows.c.workflow_id == workflow_id)
                )
            ).first()
        return Workflow.from_dict(json.loads(row[0])) if row else None

    async def get_by_action_id(self, action_id: str) -> Workflow | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(workflows.c.document).where(workflows.c.action_id == action_id)
                )
            ).first()
        return Workflow.from_dict(json.loads(row[0])) if row else None

    async def query(
        self,
        *,
        resource: str | None = None,
        namespace: str | None = None,
        status: str | None = None,
        action: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> tuple[list[Workflow], str | None]:
        query = select(workflows.c.document, workflows.c.created_at, workflows.c.workflow_id)
        if resource:
            query = query.where(workflows.c.resource == resource)
        if namespace:
            query = query.where(workflows.c.namespace == namespace)
        if status:
            query = query.where(workflows.c.status == status)
        if action:
            query = query.where(workflows.c.action_type == action)
        if cursor:
            created, wid = decode_cursor(cursor)
            query = query.where(
                or_(
                    workflows.c.created_at < created,
                    and_(workflows.c.created_at == created, workflows.c.workflow_id < wid),
                )
            )
        query = query.order_by(workflows.c.created_at.desc(), workflows.c.workflow_id.desc())
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query.limit(limit + 1))).all()
        items = [Workflow.from_dict(json.loads(r[0])) for r in rows[:limit]]
        next_cursor = (
            encode_cursor(rows[limit - 1][1], rows[limit - 1][2]) if len(rows) > limit else None
        )
        return items, next_cursor

    async def _entries(self, condition: Any) -> list[HistoryEntry]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(workflows.c.document).where(condition))).all()
        return [HistoryEntry.of(Workflow.from_dict(json.loads(r[0]))) for r in rows]

    async def target_history(self, target_key: str, since: datetime) -> list[HistoryEntry]:
        """Workflows on one target created since ``since``, plus any still active."""
        active = sorted(s.value for s in ACTIVE)
        return await self._entries(
            and_(
                workflows.c.target_key == target_key,
                or_(workflows.c.created_at >= _iso(since), workflows.c.status.in_(active)),
            )
        )

    async def dispatched_since(self, since: datetime) -> list[HistoryEntry]:
        return await self._entries(workflows.c.dispatched_at >= _iso(since))

    async def awaiting_until(self, now: datetime) -> list[Workflow]:
        """Workflows awaiting approval whose approval has expired by ``now``."""
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(workflows.c.document).where(
                        and_(
                            workflows.c.status == WorkflowStatus.AWAITING_APPROVAL.value,
                            workflows.c.expires_at <= _iso(now),
                        )
                    )
                )
            ).all()
        return [Workflow.from_dict(json.loads(r[0])) for r in rows]

    # -- outbox --------------------------------------------------------------------

    @staticmethod
    def _job_row(job: Job) -> dict[str, Any]:
        return {
            "job_id": job.job_id,
            "workflow_id": job.workflow_id,
            "kind": job.kind,
            "payload": json.dumps(job.payload, separators=(",", ":")),
            "state": job.state,
            "attempts": job.attempts,
            "next_attempt_at": _iso(job.next_attempt_at),
            "deadline": _iso(job.deadline),
            "last_error": job.last_error,
            "created_at": _iso(job.next_attempt_at),
        }

    @staticmethod
    def _job(row: Any) -> Job:
        return Job(
            job_id=row.job_id,
            workflow_id=row.workflow_id,
            kind=row.kind,
            payload=json.loads(row.payload),
            attempts=row.attempts,
            next_attempt_at=datetime.fromisoformat(row.next_attempt_at),
            deadline=datetime.fromisoformat(row.deadline),
            state=row.state,
            last_error=row.last_error,
        )

    async def enqueue(self, job: Job) -> None:
        async with self.engine.begin() as conn:
            existing = await conn.execute(
                select(outbox.c.job_id).where(outbox.c.job_id == job.job_id)
            )
            if existing.first() is None:
                await conn.execute(outbox.insert().values(**self._job_row(job)))

    async def due_jobs(self, now: datetime, limit: int = 20) -> list[Job]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(outbox)
                    .where(and_(outbox.c.state == "pending", outbox.c.next_attempt_at <= _iso(now)))
                    .order_by(outbox.c.next_attempt_at)
                    .limit(limit)
                )
            ).all()
        return [self._job(r) for r in rows]

    async def next_due(self) -> datetime | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(outbox.c.next_attempt_at)
                    .where(outbox.c.state == "pending")
                    .order_by(outbox.c.next_attempt_at)
                    .limit(1)
                )
            ).first()
        return datetime.fromisoformat(row[0]) if row else None

    async def jobs_for(self, workflow_id: str) -> list[Job]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(select(outbox).where(outbox.c.workflow_id == workflow_id))
            ).all()
        return [self._job(r) for r in rows]

    async def update_job(self, job: Job) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(outbox)
                .where(outbox.c.job_id == job.job_id)
                .values(
                    state=job.state,
                    attempts=job.attempts,
                    next_attempt_at=_iso(job.next_attempt_at),
                    last_error=job.last_error,
                )
            )

    async def pending_count(self) -> int:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(select(outbox.c.job_id).where(outbox.c.state == "pending"))
            ).all()
        return len(rows)
