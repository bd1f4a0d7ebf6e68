"""Alert records with their lifecycle, workflow history events and assessments."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from services.storage.adapters.actions_repo import ActionStore
from services.storage.adapters.base import (
    Row,
    check_window,
    drop_none,
    jsonable,
    keyset_asc_int,
    keyset_desc,
    page,
    parse_dt,
    retry_on_race,
)
from services.storage.adapters.tables import (
    actions,
    alert_lifecycle,
    alerts,
    assessments,
    executions,
    workflow_events,
)
from services.storage.domain.errors import ConflictError, NotFoundError

_ALERT_FIELDS = (
    "fingerprint", "name", "status", "severity", "namespace", "resource", "kind",
    "generator_url", "event_id", "in_scope", "scope_reason",
)  # fmt: skip


def derived_alert_id(fingerprint: str, starts_at: datetime) -> str:
    """Deterministic id so a retried store of the same occurrence is idempotent."""
    digest = hashlib.sha256(f"{fingerprint}|{starts_at.isoformat()}".encode()).hexdigest()
    return f"alert-{digest[:20]}"


class AlertStore(ActionStore):
    # ------------------------------------------------------------------- alerts
    async def store_alert(self, req: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
        async def once() -> tuple[str, bool]:
            async with self.engine.begin() as conn:
                return await self._upsert_alert(conn, req)

        alert_id, created = await retry_on_race(once)
        return await self.get_alert(alert_id), created

    async def store_alert_batch(
        self, items: Sequence[Mapping[str, Any]]
    ) -> tuple[list[dict[str, Any]], int]:
        """One transaction for the whole batch; returns (records, number created)."""

        async def once() -> tuple[list[str], int]:
            ids: list[str] = []
            created = 0
            async with self.engine.begin() as conn:
                for req in items:
                    alert_id, was_created = await self._upsert_alert(conn, req)
                    ids.append(alert_id)
                    created += int(was_created)
            return ids, created

        ids, created = await retry_on_race(once)
        records = await self._alerts_by_ids(ids)
        return [records[i] for i in ids], created

    async def _upsert_alert(
        self, conn: AsyncConnection, req: Mapping[str, Any]
    ) -> tuple[str, bool]:
        now = self.clock()
        starts_at = parse_dt(req["starts_at"])
        assert starts_at is not None
        ends_at = parse_dt(req.get("ends_at"))
        key = (
            alerts.c.alert_id == req["alert_id"]
            if req.get("alert_id")
            else sa.and_(
                alerts.c.fingerprint == req["fingerprint"], alerts.c.starts_at == starts_at
            )
        )
        current = (await conn.execute(sa.select(alerts).where(key))).mappings().first()
        if current is None and req.get("alert_id"):
            # One occurrence (fingerprint, starts_at) has exactly one alert_id.
            other = (
                await conn.execute(
                    sa.select(alerts.c.alert_id).where(
                        alerts.c.fingerprint == req["fingerprint"], alerts.c.starts_at == starts_at
                    )
                )
            ).first()
            if other is not None:
                raise ConflictError(
                    f"this occurrence (fingerprint, starts_at) is already stored as {other[0]!r}"
                )
        values: dict[str, Any] = {f: req.get(f) for f in _ALERT_FIELDS}
        values.update(
            labels=jsonable(req.get("labels") or {}),
            annotations=jsonable(req.get("annotations") or {}),
            ends_at=ends_at,
            updated_at=now,
        )
        resolved = req["status"] == "resolved"
        events: list[tuple[str, dict[str, Any]]] = []
        if current is None:
            alert_id = req.get("alert_id") or derived_alert_id(req["fingerprint"], starts_at)
            state = "resolved" if resolved else (req.get("state") or "received")
            values.update(
                alert_id=alert_id,
                starts_at=starts_at,
                created_at=now,
                state=state,
                resolved_at=(ends_at or now) if resolved else None,
            )
            await conn.execute(alerts.insert().values(**values))
            events.append((state, {}))
            await self._link_actions(conn, alert_id, req["fingerprint"], starts_at)
        else:
            alert_id = current["alert_id"]
            values = {k: v for k, v in values.items() if v is not None}
            if resolved and current["status"] != "resolved":
                values["resolved_at"] = ends_at or now
                values["state"] = "resolved"
                events.append(("resolved", {}))
            elif req.get("state") and req["state"] != current["state"]:
                values["state"] = req["state"]
                events.append((req["state"], {}))
            await conn.execute(
                alerts.update().where(alerts.c.alert_id == alert_id).values(**values)
            )
        if events:
            await conn.execute(
                alert_lifecycle.insert(),
                [{"alert_id": alert_id, "state": s, "at": now, "detail": d} for s, d in events],
            )
        return alert_id, current is None

    async def _link_actions(
        self, conn: AsyncConnection, alert_id: str, fingerprint: str, starts_at: datetime
    ) -> None:
        """Actions stored before their alert record (a race between services) get linked."""
        await conn.execute(
            actions.update()
            .where(
                actions.c.fingerprint == fingerprint,
                actions.c.alert_id.is_(None),
                actions.c.created_at >= starts_at,
            )
            .values(alert_id=alert_id)
        )

    async def update_lifecycle(self, alert_id: str, req: Mapping[str, Any]) -> dict[str, Any]:
        now = self.clock()
        at = parse_dt(req.get("at")) or now
        state = str(req["state"])
        async with self.engine.begin() as conn:
            current = (
                await conn.execute(sa.select(alerts.c.status).where(alerts.c.alert_id == alert_id))
            ).first()
            if current is None:
                raise NotFoundError(f"alert {alert_id!r} not found")
            changes: dict[str, Any] = {"state": state, "updated_at": now}
            if state == "resolved" and current[0] != "resolved":
                changes.update(status="resolved", resolved_at=at)
            await conn.execute(
                alerts.update().where(alerts.c.alert_id == alert_id).values(**changes)
            )
            await conn.execute(
                alert_lifecycle.insert().values(
                    alert_id=alert_id, state=state, at=at, detail=jsonable(req.get("detail") or {})
                )
            )
        return await self.get_alert(alert_id)

    async def _alerts_by_ids(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        async with self.engine.connect() as conn:
            rows = (
                (await conn.execute(sa.select(alerts).where(alerts.c.alert_id.in_(ids))))
                .mappings()
                .all()
            )
            events = (
                (
                    await conn.execute(
                        sa.select(alert_lifecycle)
                        .where(alert_lifecycle.c.alert_id.in_(ids))
                        .order_by(alert_lifecycle.c.id)
                    )
                )
                .mappings()
                .all()
            )
        lifecycle: dict[str, list[dict[str, Any]]] = {}
        for ev in events:
            lifecycle.setdefault(ev["alert_id"], []).append(
                {"state": ev["state"], "at": ev["at"], "detail": ev["detail"]}
            )
        out = {}
        for row in rows:
            record = drop_none(dict(row))
            record["lifecycle"] = lifecycle.get(row["alert_id"], [])
            out[row["alert_id"]] = record
        return out

    async def get_alert(self, alert_id: str) -> dict[str, Any]:
        found = await self._alerts_by_ids([alert_id])
        if alert_id not in found:
            raise NotFoundError(f"alert {alert_id!r} not found")
        return found[alert_id]

    async def list_alerts(
        self,
        *,
        name: str | None = None,
        namespace: str | None = None,
        resource: str | None = None,
        fingerprint: str | None = None,
        status: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        check_window(since, until)
        conds: list[Any] = [
            col == value
            for col, value in (
                (alerts.c.name, name),
                (alerts.c.namespace, namespace),
                (alerts.c.resource, resource),
                (alerts.c.fingerprint, fingerprint),
                (alerts.c.status, status),
            )
            if value is not None
        ]
        if since is not None:
            conds.append(alerts.c.starts_at >= since)
        if until is not None:
            conds.append(alerts.c.starts_at < until)
        after = keyset_desc(alerts.c.starts_at, alerts.c.alert_id, cursor)
        if after is not None:
            conds.append(after)
        query = (
            sa.select(alerts.c.alert_id, alerts.c.starts_at)
            .where(*conds)
            .order_by(alerts.c.starts_at.desc(), alerts.c.alert_id.desc())
            .limit(limit + 1)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        kept, next_cursor = page(rows, limit, lambda r: (r["starts_at"], r["alert_id"]))
        records = await self._alerts_by_ids([r["alert_id"] for r in kept])
        return [records[r["alert_id"]] for r in kept], next_cursor

    # --------------------------------------------------------- workflow history
    async def store_workflow_event(self, req: Mapping[str, Any]) -> dict[str, Any]:
        values = {
            "workflow_id": req["workflow_id"],
            "state": req["state"],
            "previous_state": req.get("previous_state"),
            "action_id": req.get("action_id"),
            "execution_id": req.get("execution_id"),
            "detail": jsonable(req.get("detail") or {}),
            "at": parse_dt(req.get("at")) or self.clock(),
        }
        async with self.engine.begin() as conn:
            result = await conn.execute(workflow_events.insert().values(**values))
            values["event_id"] = int(result.inserted_primary_key[0])  # type: ignore[index]
        return drop_none(values)

    async def list_workflow_history(
        self,
        *,
        workflow_id: str | None = None,
        action_id: str | None = None,
        since: datetime | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        conds: list[Any] = []
        if workflow_id is not None:
            conds.append(workflow_events.c.workflow_id == workflow_id)
        if action_id is not None:
            conds.append(workflow_events.c.action_id == action_id)
        if since is not None:
            conds.append(workflow_events.c.at >= since)
        after = keyset_asc_int(workflow_events.c.event_id, cursor)
        if after is not None:
            conds.append(after)
        query = (
            sa.select(workflow_events)
            .where(*conds)
            .order_by(workflow_events.c.event_id)
            .limit(limit + 1)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        kept, next_cursor = page(rows, limit, lambda r: (r["event_id"],))
        return [drop_none(dict(r)) for r in kept], next_cursor

    # -------------------------------------------------------------- assessments
    async def store_assessment(self, req: Mapping[str, Any]) -> dict[str, Any]:
        return await retry_on_race(lambda: self._store_assessment_once(req))

    async def _store_assessment_once(self, req: Mapping[str, Any]) -> dict[str, Any]:
        now = self.clock()
        values: dict[str, Any] = {c.name: req.get(c.name) for c in assessments.columns}
        values.update(
            signals=jsonable(req.get("signals") or {}),
            details=jsonable(req.get("details") or {}),
            executed_at=parse_dt(req.get("executed_at")),
            assessed_at=parse_dt(req.get("assessed_at")) or now,
            score=float(req["score"]),
            recorded_at=now,
        )
        async with self.engine.begin() as conn:
            if not values["action_id"] and values["execution_id"]:
                found = (
                    await conn.execute(
                        sa.select(executions.c.action_id).where(
                            executions.c.execution_id == values["execution_id"]
                        )
                    )
                ).first()
                values["action_id"] = found[0] if found else None
            exists = (
                await conn.execute(
                    sa.select(assessments.c.assessment_id).where(
                        assessments.c.assessment_id == values["assessment_id"]
                    )
                )
            ).first()
            if exists:
                await conn.execute(
                    assessments.update()
                    .where(assessments.c.assessment_id == values["assessment_id"])
                    .values(**values)
                )
            else:
                await conn.execute(assessments.insert().values(**values))
            if values["action_id"]:
                await self._refresh_action_outcome(
                    conn, values["action_id"], assessment=(values["outcome"], values["score"])
                )
        return drop_none(values)

    async def get_assessment(self, assessment_id: str) -> dict[str, Any]:
        async with self.engine.connect() as conn:
            found = (
                (
                    await conn.execute(
                        sa.select(assessments).where(assessments.c.assessment_id == assessment_id)
                    )
                )
                .mappings()
                .first()
            )
        if found is None:
            raise NotFoundError(f"assessment {assessment_id!r} not found")
        return drop_none(dict(found))

    async def list_assessments(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 50,
        cursor: str | None = None,
        **filters: str | None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        check_window(since, until)
        conds: list[Any] = [
            assessments.c[name] == value for name, value in filters.items() if value is not None
        ]
        if since is not None:
            conds.append(assessments.c.assessed_at >= since)
        if until is not None:
            conds.append(assessments.c.assessed_at < until)
        after = keyset_desc(assessments.c.assessed_at, assessments.c.assessment_id, cursor)
        if after is not None:
            conds.append(after)
        query = (
            sa.select(assessments)
            .where(*conds)
            .order_by(assessments.c.assessed_at.desc(), assessments.c.assessment_id.desc())
            .limit(limit + 1)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        kept: list[Row]
        kept, next_cursor = page(rows, limit, lambda r: (r["assessed_at"], r["assessment_id"]))
        return [drop_none(dict(r)) for r in kept], next_cursor
