"""Durable local state of monitor-service in its own SQLite file (or any SQLAlchemy URL).

Scheduled assessments live here from the moment they are accepted, so a restart neither
loses nor repeats them; completed assessments stay for listing and aggregation, and their
feedback deliveries (storage, workflow, notification) are retried from here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    func,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

metadata = MetaData()

assessments = Table(
    "monitor_assessments",
    metadata,
    Column("assessment_id", String(64), primary_key=True),
    Column("idem_key", String(300), nullable=False, unique=True),
    Column("status", String(16), nullable=False, index=True),
    Column("workflow_id", String(128), nullable=False, index=True),
    Column("action_type", String(64), nullable=False, index=True),
    Column("alert_name", String(256), nullable=False, index=True),
    Column("fingerprint", String(128), index=True),
    Column("namespace", String(253), index=True),
    Column("outcome", String(32), index=True),
    Column("score", Float),
    Column("due_at", Float, nullable=False, index=True),
    Column("created_at", Float, nullable=False, index=True),
    Column("assessed_at", Float),
    Column("record", Text, nullable=False),
    Column("baseline", Text),
    Column("feedback_attempts", Integer, nullable=False, default=0),
    Column("next_feedback_at", Float, index=True),
)

alert_events = Table(
    "monitor_alert_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fingerprint", String(128), index=True),
    Column("alert_name", String(256), nullable=False, index=True),
    Column("namespace", String(253)),
    Column("status", String(16), nullable=False),
    Column("at", Float, nullable=False),
)


@dataclass(frozen=True)
class Row:
    record: dict[str, Any]
    baseline: dict[str, Any] | None
    feedback_attempts: int


def _row(r: Any) -> Row:
    return Row(
        json.loads(r.record), json.loads(r.baseline) if r.baseline else None, r.feedback_attempts
    )


class MonitorStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def create(self) -> None:
        async with self.engine.begin() as conn:
            await conn.run_sync(metadata.create_all)

    async def recover(self) -> int:
        """Assessments interrupted mid-way by a crash go back to the queue."""
        async with self.engine.begin() as conn:
            res = await conn.execute(
                update(assessments)
                .where(assessments.c.status == "assessing")
                .values(status="scheduled")
            )
            return int(res.rowcount or 0)

    async def insert(
        self,
        record: Mapping[str, Any],
        idem_key: str,
        due_at: float,
        created_at: float,
        baseline: Mapping[str, Any] | None,
    ) -> dict[str, Any] | None:
        """Insert; None when an assessment with the same idempotency key already exists."""
        values = {
            "assessment_id": record["assessment_id"],
            "idem_key": idem_key,
            "status": record["status"],
            "workflow_id": record["workflow_id"],
            "action_type": record["action_type"],
            "alert_name": record["alert"]["name"],
            "fingerprint": record["alert"].get("fingerprint"),
            "namespace": record["target"].get("namespace"),
            "due_at": due_at,
            "created_at": created_at,
            "record": json.dumps(record),
            "baseline": json.dumps(baseline) if baseline else None,
            "feedback_attempts": 0,
        }
        try:
            async with self.engine.begin() as conn:
                await conn.execute(assessments.insert().values(**values))
        except IntegrityError:
            return None
        return dict(record)

    async def by_idem_key(self, idem_key: str) -> dict[str, Any] | None:
        async with self.engine.connect() as conn:
            r = (
                await conn.execute(select(assessments).where(assessments.c.idem_key == idem_key))
            ).first()
        return _row(r).record if r else None

    async def get(self, assessment_id: str) -> Row | None:
        async with self.engine.connect() as conn:
            r = (
                await conn.execute(
                    select(assessments).where(assessments.c.assessment_id == assessment_id)
                )
            ).first()
        return _row(r) if r else None

    async def claim_due(self, now: float, limit: int = 20) -> list[Row]:
        """Move due assessments to 'assessing' (one claimer wins per row) and return them."""
        async with self.engine.begin() as conn:
            ids = (
                (
                    await conn.execute(
                        select(assessments.c.assessment_id)
                        .where(
                            and_(assessments.c.status == "scheduled", assessments.c.due_at <= now)
                        )
                        .order_by(assessments.c.due_at)
                        .limit(limit)
                    )
                )
                .scalars()
                .all()
            )
            claimed: list[Row] = []
            for aid in ids:
                res = await conn.execute(
                    update(assessments)
                    .where(
                        and_(
                            assessments.c.assessment_id == aid, assessments.c.status == "scheduled"
                        )
                    )
                    .values(status="assessing")
                )
                if res.rowcount:
                    r = (
                        await conn.execute(
                            select(assessments).where(assessments.c.assessment_id == aid)
                        )
                    ).one()
                    claimed.append(_row(r))
            return claimed

    async def save(
        self,
        record: Mapping[str, Any],
        *,
        next_feedback_at: float | None,
        feedback_attempts: int | None = None,
    ) -> None:
        values: dict[str, Any] = {
            "status": record["status"],
            "outcome": record.get("outcome"),
            "score": record.get("score"),
            "assessed_at": record.get("_assessed_ts"),
            "record": json.dumps({k: v for k, v in record.items() if not k.startswith("_")}),
            "next_feedback_at": next_feedback_at,
        }
        if feedback_attempts is not None:
            values["feedback_attempts"] = feedback_attempts
        if values["assessed_at"] is None:
            del values["assessed_at"]
        async with self.engine.begin() as conn:
            await conn.execute(
                update(assessments)
                .where(assessments.c.assessment_id == record["assessment_id"])
                .values(**values)
            )

    async def feedback_due(self, now: float, limit: int = 20) -> list[Row]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(assessments)
                    .where(
                        and_(
                            assessments.c.next_feedback_at.is_not(None),
                            assessments.c.next_feedback_at <= now,
                        )
                    )
                    .order_by(assessments.c.next_feedback_at)
                    .limit(limit)
                )
            ).all()
        return [_row(r) for r in rows]

    async def next_due(self) -> float | None:
        async with self.engine.connect() as conn:
            a = (
                await conn.execute(
                    select(func.min(assessments.c.due_at)).where(
                        assessments.c.status == "scheduled"
                    )
                )
            ).scalar()
            b = (await conn.execute(select(func.min(assessments.c.next_feedback_at)))).scalar()
        candidates = [float(x) for x in (a, b) if x is not None]
        return min(candidates) if candidates else None

    async def page(
        self,
        filters: Mapping[str, str | None],
        limit: int,
        offset: int,
    ) -> tuple[list[dict[str, Any]], bool]:
        conds = [getattr(assessments.c, k) == v for k, v in filters.items() if v is not None]
        async with self.engine.connect() as conn:
            rows = (
                (
                    await conn.execute(
                        select(assessments.c.record)
                        .where(and_(True, *conds))
                        .order_by(
                            assessments.c.created_at.desc(), assessments.c.assessment_id.desc()
                        )
                        .offset(offset)
                        .limit(limit + 1)
                    )
                )
                .scalars()
                .all()
            )
        return [json.loads(r) for r in rows[:limit]], len(rows) > limit

    async def completed(
        self,
        filters: Mapping[str, str | None],
        since: float | None,
    ) -> list[tuple[str, str | None, str, str | None, float | None]]:
        """(action_type, namespace, alert_name, outcome, score) of completed assessments."""
        conds: list[Any] = [assessments.c.status == "completed"]
        conds += [getattr(assessments.c, k) == v for k, v in filters.items() if v is not None]
        if since is not None:
            conds.append(assessments.c.assessed_at >= since)
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(
                        assessments.c.action_type,
                        assessments.c.namespace,
                        assessments.c.alert_name,
                        assessments.c.outcome,
                        assessments.c.score,
                    ).where(and_(*conds))
                )
            ).all()
        return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    async def add_event(
        self,
        fingerprint: str | None,
        alert_name: str,
        namespace: str | None,
        status: str,
        at: float,
    ) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                alert_events.insert().values(
                    fingerprint=fingerprint,
                    alert_name=alert_name,
                    namespace=namespace,
                    status=status,
                    at=at,
                )
            )

    async def events_for(
        self,
        alert_name: str,
        fingerprint: str | None,
        namespace: str | None,
        since: float,
    ) -> Sequence[tuple[str, float, str | None]]:
        """(status, at, fingerprint) of events of this alert since a time: the same
        fingerprint, or the same alert name and namespace when either side has no fingerprint."""
        cond: Any = and_(alert_events.c.alert_name == alert_name, alert_events.c.at >= since)
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(select(alert_events).where(cond).order_by(alert_events.c.at))
            ).all()
        out = []
        for r in rows:
            if fingerprint and r.fingerprint:
                if r.fingerprint != fingerprint:
                    continue
            elif namespace and r.namespace and r.namespace != namespace:
                continue
            out.append((r.status, r.at, r.fingerprint))
        return out

    async def count_open_for_alert(
        self, alert_name: str, fingerprint: str | None, namespace: str | None
    ) -> int:
        conds: list[Any] = [
            assessments.c.status == "scheduled",
            assessments.c.alert_name == alert_name,
        ]
        # Same matching rule as events_for: fingerprints when both sides have one,
        # otherwise alert name and namespace.
        by_namespace = (
            or_(assessments.c.namespace.is_(None), assessments.c.namespace == namespace)
            if namespace
            else true()
        )
        if fingerprint:
            conds.append(
                or_(
                    assessments.c.fingerprint == fingerprint,
                    and_(assessments.c.fingerprint.is_(None), by_namespace),
                )
            )
        else:
            conds.append(by_namespace)
        async with self.engine.connect() as conn:
            return int((await conn.execute(select(func.count()).where(and_(*conds)))).scalar() or 0)
