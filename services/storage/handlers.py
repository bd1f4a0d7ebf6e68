"""Thin HTTP handlers: parse → repository → response model."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError

from generated.models import storage as m
from generated.stubs.storage import StorageApi
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.errors import BadRequest, Conflict, NotFound
from kubernaut.runtime.operations import Reply
from services.storage.adapters.db import utcnow
from services.storage.adapters.repository import Repository
from services.storage.domain.errors import ConflictError, InvalidInputError, NotFoundError
from services.storage.lifecycle import StorageLifecycle
from services.storage.settings import StorageSettings

M = TypeVar("M", bound=BaseModel)


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="python", exclude_none=True)


def _dt(name: str, value: str | None) -> datetime | None:
    """Query-string timestamps arrive as strings (validated as date-time by Connexion)."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadRequest(f"{name!r} is not an ISO-8601 date-time", {"parameter": name}) from exc
    if parsed.tzinfo is None:
        raise BadRequest(f"{name!r} needs a time zone offset", {"parameter": name})
    return parsed


@contextlib.asynccontextmanager
async def _mapped_errors() -> AsyncIterator[None]:
    try:
        yield
    except NotFoundError as exc:
        raise NotFound(str(exc)) from exc
    except ConflictError as exc:
        raise Conflict(str(exc)) from exc
    except InvalidInputError as exc:
        raise BadRequest(str(exc)) from exc
    except IntegrityError as exc:
        # A concurrent writer stored the same key between our read and our write.
        raise Conflict("conflicting concurrent write; retry the request") from exc


def _consume_exception(task: asyncio.Future[Any]) -> None:
    """An abandoned (shielded) call's error was already answered or nobody waits for it."""
    if not task.cancelled():
        task.exception()


class Handlers(StorageApi):
    def __init__(self, settings: StorageSettings, runtime: ServiceRuntime) -> None:
        self.settings = settings
        self.life = StorageLifecycle(settings)
        runtime.health.register("database", self.life.state)
        self._writes = runtime.metrics.counter(
            "storage_records_written_total", "Records written, by record type", ["record"]
        )
        self._label = runtime.metrics.label
        runtime.on_startup(self.life.start)
        runtime.on_shutdown(self.life.stop)

    @property
    def repo(self) -> Repository:
        return self.life.repo

    async def _call(self, fn: Callable[[], Awaitable[Any]]) -> Any:
        # Shielded: when the caller disconnects or times out, the database work still
        # finishes (or rolls back) cleanly instead of being torn mid-transaction; callers
        # retry idempotently.
        task = asyncio.ensure_future(fn())
        task.add_done_callback(_consume_exception)
        async with _mapped_errors():
            return await asyncio.shield(task)

    def _wrote(self, record: str, count: int = 1) -> None:
        self._writes.labels(self._label, record).inc(count)

    # ------------------------------------------------------------------ actions
    async def store_action(self, body: m.StoreActionRequest) -> m.ActionRecord | Reply:
        record, created = await self._call(lambda: self.repo.store_action(_dump(body)))
        self._wrote("action", int(created))
        return Reply(m.ActionRecord.model_validate(record), status=201 if created else 200)

    async def get_action_record(self, action_id: str) -> m.HistoryEntry | Reply:
        entry = await self._call(lambda: self.repo.get_action(action_id))
        return m.HistoryEntry.model_validate(entry)

    async def store_execution(self, body: m.StoreExecutionRequest) -> m.ExecutionRecord | Reply:
        record = await self._call(lambda: self.repo.store_execution(_dump(body)))
        self._wrote("execution")
        return m.ExecutionRecord.model_validate(record)

    async def get_execution_record(self, execution_id: str) -> m.ExecutionRecord | Reply:
        record = await self._call(lambda: self.repo.get_execution(execution_id))
        return m.ExecutionRecord.model_validate(record)

    async def query_history(
        self,
        limit: int = 50,
        resource: str | None = None,
        namespace: str | None = None,
        alert_name: str | None = None,
        action: str | None = None,
        resource_kind: str | None = None,
        fingerprint: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outcome: str | None = None,
        cursor: str | None = None,
    ) -> m.HistoryPage | Reply:
        items, next_cursor = await self._call(
            lambda: self.repo.query_history(
                resource=resource,
                namespace=namespace,
                alert_name=alert_name,
                action=action,
                resource_kind=resource_kind,
                fingerprint=fingerprint,
                since=_dt("since", since),
                until=_dt("until", until),
                outcome=outcome,
                limit=limit,
                cursor=cursor,
            )
        )
        return m.HistoryPage.model_validate({"items": items, "next_cursor": next_cursor})

    # ------------------------------------------------------------------- alerts
    async def list_alert_records(
        self,
        limit: int = 50,
        name: str | None = None,
        namespace: str | None = None,
        resource: str | None = None,
        fingerprint: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        cursor: str | None = None,
    ) -> m.AlertPage | Reply:
        items, next_cursor = await self._call(
            lambda: self.repo.list_alerts(
                name=name,
                namespace=namespace,
                resource=resource,
                fingerprint=fingerprint,
                status=status,
                since=_dt("since", since),
                until=_dt("until", until),
                limit=limit,
                cursor=cursor,
            )
        )
        return m.AlertPage.model_validate({"items": items, "next_cursor": next_cursor})

    async def store_alert(self, body: m.StoreAlertRequest) -> m.AlertRecord | Reply:
        record, created = await self._call(lambda: self.repo.store_alert(_dump(body)))
        self._wrote("alert")
        return Reply(m.AlertRecord.model_validate(record), status=201 if created else 200)

    async def store_alert_batch(self, body: m.StoreAlertBatchRequest) -> m.AlertBatchResult | Reply:
        items = [_dump(i) for i in body.items]
        records, created = await self._call(lambda: self.repo.store_alert_batch(items))
        self._wrote("alert", len(records))
        return m.AlertBatchResult.model_validate(
            {"items": records, "created": created, "updated": len(records) - created}
        )

    async def get_alert_record(self, alert_id: str) -> m.AlertRecord | Reply:
        return m.AlertRecord.model_validate(await self._call(lambda: self.repo.get_alert(alert_id)))

    async def update_alert_lifecycle(
        self, body: m.LifecycleEventInput, alert_id: str
    ) -> m.AlertRecord | Reply:
        record = await self._call(lambda: self.repo.update_lifecycle(alert_id, _dump(body)))
        return m.AlertRecord.model_validate(record)

    # ---------------------------------------------------------------- workflows
    async def list_workflow_history(
        self,
        limit: int = 50,
        workflow_id: str | None = None,
        action_id: str | None = None,
        since: str | None = None,
        cursor: str | None = None,
    ) -> m.WorkflowEventPage | Reply:
        items, next_cursor = await self._call(
            lambda: self.repo.list_workflow_history(
                workflow_id=workflow_id,
                action_id=action_id,
                since=_dt("since", since),
                limit=limit,
                cursor=cursor,
            )
        )
        return m.WorkflowEventPage.model_validate({"items": items, "next_cursor": next_cursor})

    async def store_workflow_event(self, body: m.WorkflowEventInput) -> m.WorkflowEvent | Reply:
        event = await self._call(lambda: self.repo.store_workflow_event(_dump(body)))
        self._wrote("workflow_event")
        return m.WorkflowEvent.model_validate(event)

    # -------------------------------------------------------------- assessments
    async def list_assessments(
        self,
        limit: int = 50,
        action_id: str | None = None,
        workflow_id: str | None = None,
        execution_id: str | None = None,
        action_type: str | None = None,
        alert_name: str | None = None,
        namespace: str | None = None,
        resource: str | None = None,
        outcome: str | None = None,
        since: str | None = None,
        until: str | None = None,
        cursor: str | None = None,
    ) -> m.AssessmentPage | Reply:
        items, next_cursor = await self._call(
            lambda: self.repo.list_assessments(
                since=_dt("since", since),
                until=_dt("until", until),
                limit=limit,
                cursor=cursor,
                action_id=action_id,
                workflow_id=workflow_id,
                execution_id=execution_id,
                action_type=action_type,
                alert_name=alert_name,
                namespace=namespace,
                resource=resource,
                outcome=outcome,
            )
        )
        return m.AssessmentPage.model_validate({"items": items, "next_cursor": next_cursor})

    async def store_assessment(self, body: m.StoreAssessmentRequest) -> m.AssessmentRecord | Reply:
        record = await self._call(lambda: self.repo.store_assessment(_dump(body)))
        self._wrote("assessment")
        return m.AssessmentRecord.model_validate(record)

    async def get_assessment_record(self, assessment_id: str) -> m.AssessmentRecord | Reply:
        record = await self._call(lambda: self.repo.get_assessment(assessment_id))
        return m.AssessmentRecord.model_validate(record)

    # -------------------------------------------------------------------- audit
    async def list_audit(
        self,
        limit: int = 50,
        actor: str | None = None,
        event_type: str | None = None,
        subject: str | None = None,
        request_id: str | None = None,
        since: str | None = None,
        until: str | None = None,
        cursor: str | None = None,
    ) -> m.AuditPage | Reply:
        items, next_cursor = await self._call(
            lambda: self.repo.list_audit(
                actor=actor,
                event_type=event_type,
                subject=subject,
                request_id=request_id,
                since=_dt("since", since),
                until=_dt("until", until),
                limit=limit,
                cursor=cursor,
            )
        )
        return m.AuditPage.model_validate({"items": items, "next_cursor": next_cursor})

    async def append_audit(self, body: m.AuditEntryInput) -> m.AuditEntry | Reply:
        (entry,) = await self._call(lambda: self.repo.append_audit([_dump(body)]))
        self._wrote("audit")
        return m.AuditEntry.model_validate(entry)

    async def append_audit_batch(self, body: m.AuditBatchRequest) -> m.AuditBatchResult | Reply:
        entries = await self._call(lambda: self.repo.append_audit([_dump(i) for i in body.items]))
        self._wrote("audit", len(entries))
        return m.AuditBatchResult.model_validate({"items": entries})

    async def verify_audit(self) -> m.AuditVerification | Reply:
        result = await self._call(self.repo.verify_audit)
        return m.AuditVerification.model_validate({**vars(result), "verified_at": utcnow()})

    # ---------------------------------------------------------- similar/patterns
    async def search_similar(self, body: m.SimilarQuery) -> m.SimilarResult | Reply:
        hits = await self._call(
            lambda: self.repo.search_similar(
                _dump(body.alert),
                k=body.k or 5,
                min_score=body.min_score or 0.0,
                namespace=body.namespace,
                action=body.action,
                exclude_action_id=body.exclude_action_id.root if body.exclude_action_id else None,
            )
        )
        return m.SimilarResult.model_validate(
            {
                "items": [{"score": s, "incident": e} for s, e in hits],
                "vectoriser": self.repo.vectoriser.name,
                "index": self.repo.index.name,
            }
        )

    async def query_patterns(
        self,
        limit: int = 50,
        pattern_type: str | None = None,
        alert_name: str | None = None,
        action: str | None = None,
        resource_kind: str | None = None,
        namespace: str | None = None,
        resource: str | None = None,
        min_support: int | None = None,
        cursor: str | None = None,
    ) -> m.PatternPage | Reply:
        items, next_cursor = await self._call(
            lambda: self.repo.query_patterns(
                pattern_type=pattern_type,
                alert_name=alert_name,
                action=action,
                resource_kind=resource_kind,
                namespace=namespace,
                resource=resource,
                min_support=min_support,
                limit=limit,
                cursor=cursor,
            )
        )
        return m.PatternPage.model_validate({"items": items, "next_cursor": next_cursor})

    async def store_patterns(self, body: m.StorePatternsRequest) -> m.StorePatternsResult | Reply:
        data = _dump(body)
        stored, removed = await self._call(
            lambda: self.repo.store_patterns(
                data.get("patterns", []),
                replace_types=data.get("replace_types", []),
                computed_at=data.get("computed_at"),
            )
        )
        self._wrote("pattern", stored)
        return m.StorePatternsResult(stored=stored, removed=removed)

    async def purge_expired(self, body: m.PurgeRequest) -> m.PurgeResult | Reply:
        days = body.retention_days
        audit = body.audit_retention_days
        cutoff, deleted = await self._call(
            lambda: self.repo.purge(
                retention_days=self.settings.retention_days if days is None else days,
                audit_retention_days=self.settings.audit_retention_days if audit is None else audit,
            )
        )
        return m.PurgeResult.model_validate({"cutoff": cutoff, "deleted": deleted})
