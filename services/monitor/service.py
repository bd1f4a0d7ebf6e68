"""Application layer of monitor-service: schedule, assess when due, feed back, aggregate.

Everything durable goes through ``MonitorStore``; every external read through the
``Assessor``'s sources; every outbound feedback through a ``Feedback`` port.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from .adapters.store import MonitorStore, Row
from .assessor import Assessor
from .domain.aggregate import Scored, summarise
from .domain.alerts import AlertEventRecord
from .domain.metrics import MetricSpec
from .domain.model import AlertRef, Outcome, Target
from .domain.timeparse import parse_time

log = logging.getLogger(__name__)
CHANNELS = ("storage", "workflow", "notification")


class FeedbackRejected(Exception):
    """The peer refused the feedback for good (e.g. unknown workflow): do not retry."""


class Feedback(Protocol):
    async def store(self, record: Mapping[str, Any]) -> None: ...
    async def workflow(self, record: Mapping[str, Any]) -> None: ...
    async def notify(self, record: Mapping[str, Any]) -> str: ...


def utcnow() -> datetime:
    return datetime.now(UTC)


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass
class MonitorConfig:
    default_window_seconds: int = 300
    irreversible_actions: frozenset[str] = frozenset()
    feedback_max_attempts: int = 8
    feedback_retry_seconds: float = 30.0
    baseline_timeout_seconds: float = 3.0
    new_id: Callable[[], str] = field(default=lambda: f"asm-{uuid.uuid4().hex[:16]}")


class MonitorService:
    def __init__(
        self,
        store: MonitorStore,
        assessor: Assessor,
        feedback: Feedback | None,
        config: MonitorConfig,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.assessor = assessor
        self.feedback = feedback
        self.config = config
        self.clock = clock

    # -- scheduling --------------------------------------------------------------------
    async def schedule(self, request: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
        """Persist a scheduled assessment; (record, created). Idempotent per execution."""
        idem_key = (
            f"exec:{request['execution_id']}"
            if request.get("execution_id")
            else f"wf:{request['workflow_id']}"
        )
        existing = await self.store.by_idem_key(idem_key)
        if existing is not None:
            return existing, False
        now = self.clock()
        executed_at = parse_time(request["executed_at"]) or now
        window = request.get("window_seconds")
        window = self.config.default_window_seconds if window is None else int(window)
        due = executed_at + timedelta(seconds=window)
        target = request["target"]
        record: dict[str, Any] = {
            "assessment_id": self.config.new_id(),
            "status": "scheduled",
            "workflow_id": request["workflow_id"],
            "action_type": request["action_type"],
            "target": {k: v for k, v in target.items() if v is not None},
            "alert": {k: v for k, v in request["alert"].items() if v is not None},
            "executed_at": _iso(executed_at),
            "window_seconds": window,
            "due_at": _iso(due),
            "created_at": _iso(now),
            "undo_proposed": False,
        }
        for key in ("execution_id", "action_id"):
            if request.get(key):
                record[key] = request[key]
        subject = Target(target["kind"], target["name"], target.get("namespace"))
        try:
            # Bounded: the caller (workflow-service) is waiting for this answer.
            baseline = await asyncio.wait_for(
                self.assessor.baseline(subject), self.config.baseline_timeout_seconds
            )
        except TimeoutError:
            baseline = {"subject": dict(target), "restarts": {}, "note": "baseline timed out"}
        baseline["request"] = {
            "action_parameters": request.get("action_parameters") or {},
            "metrics": list(request.get("metrics") or []),
            "dry_run": bool(request.get("dry_run")),
        }
        stored = await self.store.insert(
            record, idem_key, due.timestamp(), now.timestamp(), baseline
        )
        if stored is None:  # a concurrent request with the same key won the race
            again = await self.store.by_idem_key(idem_key)
            assert again is not None
            return again, False
        return stored, True

    async def get(self, assessment_id: str) -> dict[str, Any] | None:
        row = await self.store.get(assessment_id)
        return row.record if row else None

    async def page(
        self,
        filters: Mapping[str, str | None],
        limit: int,
        cursor: str | None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        offset = int(cursor) if cursor else 0  # ValueError -> 400 in the handler
        if offset < 0:
            raise ValueError("negative cursor")
        items, more = await self.store.page(filters, limit, offset)
        return items, (str(offset + limit) if more else None)

    async def summary(
        self,
        group_by: str,
        since: datetime | None,
        filters: Mapping[str, str | None],
    ) -> dict[str, Any]:
        rows = await self.store.completed(filters, since.timestamp() if since else None)
        index = {"action": 0, "namespace": 1, "alert": 2}[group_by]
        scored = [Scored(str(r[index] or "_cluster"), Outcome(r[3]), r[4]) for r in rows if r[3]]
        groups = summarise(scored)
        return {
            "group_by": group_by,
            "total": len(scored),
            "groups": [
                {k: v for k, v in g.__dict__.items() if not (k == "success_rate" and v is None)}
                for g in groups
            ],
        }

    async def observe(self, event: Mapping[str, Any]) -> int:
        """Record a forwarded alert event; returns how many scheduled assessments it concerns."""
        labels = event.get("labels") or {}
        now = self.clock()
        # A resolved alert carries its end time; a firing event says "firing now" (its
        # starts_at may predate the action, yet it still fires after it).
        at = parse_time(event.get("ends_at")) if event["status"] == "resolved" else None
        at = now if at is None or at > now else at
        await self.store.add_event(
            event.get("fingerprint"),
            event["alert_name"],
            labels.get("namespace"),
            event["status"],
            at.timestamp(),
        )
        return await self.store.count_open_for_alert(
            event["alert_name"], event.get("fingerprint"), labels.get("namespace")
        )

    # -- processing ----------------------------------------------------------------------
    async def run_due(self) -> list[str]:
        done = []
        for row in await self.store.claim_due(self.clock().timestamp()):
            await self._assess(row)
            done.append(row.record["assessment_id"])
        return done

    async def _assess(self, row: Row) -> None:
        record = dict(row.record)
        baseline = row.baseline or {"subject": record["target"], "restarts": {}}
        req = baseline.get("request") or {}
        now = self.clock()
        executed_at = parse_time(record["executed_at"]) or now
        target = Target(
            record["target"]["kind"], record["target"]["name"], record["target"].get("namespace")
        )
        alert = record["alert"]
        ref = AlertRef(alert["name"], alert.get("fingerprint"), dict(alert.get("labels") or {}))
        try:
            if req.get("dry_run"):
                record.update(
                    outcome=Outcome.INCONCLUSIVE.value, reasons=["dry run: nothing was changed"]
                )
            else:
                events = [
                    AlertEventRecord(status, datetime.fromtimestamp(at, UTC), fp)
                    for status, at, fp in await self.store.events_for(
                        ref.name, ref.fingerprint, target.namespace, executed_at.timestamp()
                    )
                ]
                extra = [
                    MetricSpec(m["name"], m["query"], m.get("better", "lower"))
                    for m in req.get("metrics", [])
                ]
                result = await self.assessor.assess(
                    target, ref, baseline, executed_at, now, events, extra
                )
                verdict = result.verdict
                record.update(
                    outcome=verdict.outcome.value,
                    reasons=list(verdict.reasons),
                    signals={
                        name: {
                            "available": sig.available,
                            **(
                                {"score": sig.score}
                                if sig.available and sig.score is not None
                                else {}
                            ),
                            "weight": round(verdict.weights.get(name, 0.0), 4),
                            "summary": sig.summary,
                            "observations": dict(sig.observations),
                        }
                        for name, sig in result.signals.items()
                    },
                )
                if verdict.score is not None:
                    record["score"] = verdict.score
        except Exception as exc:  # an assessment bug must not kill the scheduler
            log.exception("assessment %s failed", record["assessment_id"])
            record.update(
                status="failed", error=f"{type(exc).__name__}: {exc}", assessed_at=_iso(now)
            )
            await self.store.save(record, next_feedback_at=None)
            return
        ineffective = record["outcome"] == Outcome.INEFFECTIVE.value
        record.update(
            status="completed",
            assessed_at=_iso(now),
            _assessed_ts=now.timestamp(),
            undo_proposed=ineffective
            and record["action_type"] not in self.config.irreversible_actions,
            feedback={
                "storage": "pending",
                # A dry run executed nothing: workflow has no outcome to gate on.
                "workflow": "not_needed" if req.get("dry_run") else "pending",
                "notification": "pending" if ineffective else "not_needed",
            },
        )
        if self.feedback is None:
            record["feedback"] = {
                k: ("failed" if v == "pending" else v) for k, v in record["feedback"].items()
            }
            await self.store.save(record, next_feedback_at=None)
            return
        await self.store.save(record, next_feedback_at=now.timestamp(), feedback_attempts=0)
        await self._deliver(record, 0)

    async def deliver_due(self) -> None:
        for row in await self.store.feedback_due(self.clock().timestamp()):
            await self._deliver(dict(row.record), row.feedback_attempts)

    async def _deliver(self, record: dict[str, Any], attempts: int) -> None:
        assert self.feedback is not None
        state = dict(record.get("feedback") or {})
        senders = {"storage": self.feedback.store, "workflow": self.feedback.workflow}
        for channel in CHANNELS:
            if state.get(channel) != "pending":
                continue
            try:
                if channel == "notification":
                    record["notification_id"] = await self.feedback.notify(record)
                else:
                    await senders[channel](record)
                state[channel] = "delivered"
            except FeedbackRejected as exc:
                log.warning("feedback %s of %s rejected: %s", channel, record["assessment_id"], exc)
                state[channel] = "failed"
            except Exception as exc:
                log.warning("feedback %s of %s failed: %s", channel, record["assessment_id"], exc)
        attempts += 1
        pending = [c for c in CHANNELS if state.get(c) == "pending"]
        next_at: float | None = None
        if pending and attempts >= self.config.feedback_max_attempts:
            state.update(dict.fromkeys(pending, "failed"))
        elif pending:
            next_at = self.clock().timestamp() + self.config.feedback_retry_seconds
        record["feedback"] = state
        await self.store.save(record, next_feedback_at=next_at, feedback_attempts=attempts)

    async def next_wakeup(self) -> float | None:
        return await self.store.next_due()
