"""Action decisions, executions, history queries and similarity search."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from services.storage.adapters.base import (
    RepoBase,
    Row,
    check_window,
    content_hash,
    drop_none,
    jsonable,
    keyset_desc,
    page,
    parse_dt,
    retry_on_race,
)
from services.storage.adapters.tables import actions, alerts, embeddings, executions
from services.storage.adapters.vector_index import SearchFilter, VectorIndex
from services.storage.domain.errors import ConflictError, NotFoundError
from services.storage.domain.records import (
    derive_outcome,
    execution_may_replace,
    infer_resource_kind,
    time_to_resolution,
)
from services.storage.domain.vectoriser import AlertText, Vectoriser, encode_sparse

# Without a fingerprint an action is linked to the latest alert of the same name on
# the same target that started at most this long before the decision.
LINK_WINDOW = timedelta(hours=24)


def alert_text(alert: Mapping[str, Any]) -> AlertText:
    return AlertText(
        name=str(alert.get("name", "")),
        namespace=str(alert.get("namespace") or ""),
        resource=str(alert.get("resource") or ""),
        kind=str(alert.get("kind") or ""),
        labels=dict(alert.get("labels") or {}),
        annotations=dict(alert.get("annotations") or {}),
    )


def action_record(row: Row) -> dict[str, Any]:
    return drop_none(
        {
            "action_id": row["action_id"],
            "request_id": row["request_id"],
            "alert": row["alert"],
            "action": row["action"],
            "confidence": row["confidence"],
            "reasoning": row["reasoning"],
            "parameters": row["parameters"],
            "resource_kind": row["resource_kind"],
            "decided_by": row["decided_by"],
            "created_at": row["created_at"],
        }
    )


def execution_record(row: Row) -> dict[str, Any]:
    return drop_none({c.name: row[c.name] for c in executions.columns})


class ActionStore(RepoBase):
    vectoriser: Vectoriser
    index: VectorIndex

    # ------------------------------------------------------------------ actions
    async def store_action(self, req: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
        """Returns (record, created). Identical replays return the stored record."""
        alert = dict(req["alert"])
        parameters = dict(req.get("parameters") or {})
        digest = content_hash({k: v for k, v in req.items() if k != "created_at"})
        created_at = parse_dt(req.get("created_at")) or self.clock()
        # An action is filed under what it acted on: a Deployment changed because of a pod
        # alert belongs to the Deployment's history, where the next decision looks for it.
        target = parameters.get("resource")
        on_alert_object = not target or target == alert.get("resource")
        explicit_kind = alert.get("kind") if on_alert_object else parameters.get("kind")
        kind = infer_resource_kind(explicit_kind, parameters, alert.get("labels") or {})
        row = {
            "action_id": req["action_id"],
            "request_id": req.get("request_id"),
            "fingerprint": alert.get("fingerprint"),
            "alert_name": alert["name"],
            "namespace": alert.get("namespace") or parameters.get("namespace"),
            "resource": target or alert.get("resource"),
            "resource_kind": kind,
            "alert": jsonable(alert),
            "action": req["action"],
            "confidence": float(req["confidence"]),
            "reasoning": jsonable(req.get("reasoning") or {}),
            "parameters": jsonable(parameters),
            "decided_by": req.get("decided_by"),
            "content_hash": digest,
            "created_at": created_at,
            "outcome": "pending",
        }
        vec = self.vectoriser.embed(alert_text(alert))
        try:
            async with self.engine.begin() as conn:
                row["alert_id"] = alert.get("alert_id") or await self._find_alert(conn, row)
                await conn.execute(actions.insert().values(**row))
                await conn.execute(
                    embeddings.insert().values(
                        action_id=row["action_id"],
                        vectoriser=self.vectoriser.name,
                        namespace=row["namespace"],
                        action=row["action"],
                        vector=encode_sparse(vec),
                        created_at=created_at,
                    )
                )
                await self.index.add(conn, row["action_id"], vec)
        except IntegrityError:
            existing = await self._action_row(req["action_id"])
            if existing is None:  # pragma: no cover - a concurrent purge
                raise
            if existing["content_hash"] != digest:
                raise ConflictError(
                    f"action_id {req['action_id']!r} already stores a different decision"
                ) from None
            return action_record(existing), False
        return action_record(row), True

    async def _find_alert(self, conn: AsyncConnection, row: Mapping[str, Any]) -> str | None:
        query = sa.select(alerts.c.alert_id).where(alerts.c.starts_at <= row["created_at"])
        if row["fingerprint"]:
            query = query.where(alerts.c.fingerprint == row["fingerprint"])
        elif row["resource"]:
            query = query.where(
                alerts.c.name == row["alert_name"],
                alerts.c.resource == row["resource"],
                alerts.c.starts_at >= row["created_at"] - LINK_WINDOW,
            )
            if row["namespace"]:
                query = query.where(alerts.c.namespace == row["namespace"])
        else:
            return None
        found = (await conn.execute(query.order_by(alerts.c.starts_at.desc()).limit(1))).first()
        return None if found is None else str(found[0])

    async def _action_row(self, action_id: str) -> Row | None:
        async with self.engine.connect() as conn:
            result = await conn.execute(sa.select(actions).where(actions.c.action_id == action_id))
            return result.mappings().first()

    async def get_action(self, action_id: str) -> dict[str, Any]:
        entries = await self._history_by_ids([action_id])
        if not entries:
            raise NotFoundError(f"action {action_id!r} not found")
        return entries[0]

    # --------------------------------------------------------------- executions
    async def store_execution(self, req: Mapping[str, Any]) -> dict[str, Any]:
        return await retry_on_race(lambda: self._store_execution_once(req))

    async def _store_execution_once(self, req: Mapping[str, Any]) -> dict[str, Any]:
        now = self.clock()
        values = {
            "execution_id": req["execution_id"],
            "workflow_id": req.get("workflow_id"),
            "action_id": req.get("action_id"),
            "action_type": req.get("action_type"),
            "status": req["status"],
            "result": jsonable(req.get("result") or {}),
            "error": req.get("error"),
            "dry_run": bool(req.get("dry_run", False)),
            "target": jsonable(req["target"]) if req.get("target") else None,
            "started_at": parse_dt(req.get("started_at")),
            "finished_at": parse_dt(req.get("finished_at")),
            "recorded_at": now,
        }
        async with self.engine.begin() as conn:
            current = (
                (
                    await conn.execute(
                        sa.select(executions).where(
                            executions.c.execution_id == values["execution_id"]
                        )
                    )
                )
                .mappings()
                .first()
            )
            if current is None:
                await conn.execute(executions.insert().values(**values))
            else:
                if not execution_may_replace(current["status"], values["status"]):
                    raise ConflictError(
                        f"execution {values['execution_id']!r} is already {current['status']}"
                    )
                # Later partial reports must not erase what an earlier report said.
                merged = {k: v for k, v in values.items() if v is not None}
                for key in ("workflow_id", "action_id", "action_type"):
                    merged.setdefault(key, current[key])
                await conn.execute(
                    executions.update()
                    .where(executions.c.execution_id == values["execution_id"])
                    .values(**merged)
                )
                values = {**dict(current), **merged}
            if values.get("action_id") and values["dry_run"]:
                # Linked, so history shows the dry run, but a dry run decides no outcome.
                await conn.execute(
                    actions.update()
                    .where(actions.c.action_id == values["action_id"])
                    .values(execution_id=values["execution_id"])
                )
            elif values.get("action_id"):
                await self._refresh_action_outcome(
                    conn, values["action_id"], execution=(values["execution_id"], values["status"])
                )
        return execution_record(values)

    async def _refresh_action_outcome(
        self,
        conn: AsyncConnection,
        action_id: str,
        *,
        execution: tuple[str, str] | None = None,
        assessment: tuple[str, float] | None = None,
    ) -> None:
        current = (
            await conn.execute(
                sa.select(actions.c.execution_status, actions.c.assessment_outcome).where(
                    actions.c.action_id == action_id
                )
            )
        ).first()
        if current is None:
            return
        changes: dict[str, Any] = {}
        status, assessed = current[0], current[1]
        if execution is not None:
            changes["execution_id"], changes["execution_status"] = execution
            status = execution[1]
        if assessment is not None:
            changes["assessment_outcome"], changes["assessment_score"] = assessment
            assessed = assessment[0]
        changes["outcome"] = derive_outcome(assessed, status)
        await conn.execute(
            actions.update().where(actions.c.action_id == action_id).values(**changes)
        )

    async def get_execution(self, execution_id: str) -> dict[str, Any]:
        async with self.engine.connect() as conn:
            found = (
                (
                    await conn.execute(
                        sa.select(executions).where(executions.c.execution_id == execution_id)
                    )
                )
                .mappings()
                .first()
            )
        if found is None:
            raise NotFoundError(f"execution {execution_id!r} not found")
        return execution_record(found)

    # ------------------------------------------------------------------ history
    def _history_select(self) -> sa.Select[Any]:
        return (
            sa.select(
                actions,
                alerts.c.starts_at.label("alert_started_at"),
                alerts.c.resolved_at.label("alert_resolved_at"),
                *[c.label(f"x_{c.name}") for c in executions.columns],
            )
            .select_from(actions)
            .outerjoin(alerts, alerts.c.alert_id == actions.c.alert_id)
            .outerjoin(executions, executions.c.execution_id == actions.c.execution_id)
        )

    @staticmethod
    def _history_entry(row: Row) -> dict[str, Any]:
        entry = action_record(row)
        entry["outcome"] = row["outcome"]
        if row["x_execution_id"] is not None:
            entry["execution"] = execution_record(
                {c.name: row[f"x_{c.name}"] for c in executions.columns}
            )
        entry["assessment_outcome"] = row["assessment_outcome"]
        entry["assessment_score"] = row["assessment_score"]
        entry["alert_started_at"] = row["alert_started_at"]
        entry["alert_resolved_at"] = row["alert_resolved_at"]
        entry["time_to_resolution_seconds"] = time_to_resolution(
            row["created_at"], row["alert_resolved_at"]
        )
        return drop_none(entry)

    async def _history_by_ids(self, ids: list[str]) -> list[dict[str, Any]]:
        if not ids:
            return []
        async with self.engine.connect() as conn:
            rows = (
                (await conn.execute(self._history_select().where(actions.c.action_id.in_(ids))))
                .mappings()
                .all()
            )
        by_id = {r["action_id"]: self._history_entry(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    async def query_history(
        self,
        *,
        resource: str | None = None,
        namespace: str | None = None,
        alert_name: str | None = None,
        action: str | None = None,
        resource_kind: str | None = None,
        fingerprint: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        outcome: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        check_window(since, until)
        conds: list[Any] = []
        for col, value in (
            (actions.c.resource, resource),
            (actions.c.namespace, namespace),
            (actions.c.alert_name, alert_name),
            (actions.c.action, action),
            (actions.c.resource_kind, resource_kind),
            (actions.c.fingerprint, fingerprint),
            (actions.c.outcome, outcome),
        ):
            if value is not None:
                conds.append(col == value)
        if since is not None:
            conds.append(actions.c.created_at >= since)
        if until is not None:
            conds.append(actions.c.created_at < until)
        after = keyset_desc(actions.c.created_at, actions.c.action_id, cursor)
        if after is not None:
            conds.append(after)
        query = (
            self._history_select()
            .where(*conds)
            .order_by(actions.c.created_at.desc(), actions.c.action_id.desc())
            .limit(limit + 1)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        kept, next_cursor = page(rows, limit, lambda r: (r["created_at"], r["action_id"]))
        return [self._history_entry(r) for r in kept], next_cursor

    # --------------------------------------------------------------- similarity
    async def search_similar(
        self,
        alert: Mapping[str, Any],
        *,
        k: int = 5,
        min_score: float = 0.0,
        namespace: str | None = None,
        action: str | None = None,
        exclude_action_id: str | None = None,
    ) -> list[tuple[float, dict[str, Any]]]:
        vec = self.vectoriser.embed(alert_text(alert))
        hits = await self.index.search(vec, k, SearchFilter(namespace, action, exclude_action_id))
        hits = [(i, s) for i, s in hits if s >= min_score]
        entries = {e["action_id"]: e for e in await self._history_by_ids([i for i, _ in hits])}
        return [(round(s, 6), entries[i]) for i, s in hits if i in entries]
