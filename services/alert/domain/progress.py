"""What the background flow does next for a record, and when.

One pure function decides the next piece of work from the record alone, so the
flow can be resumed after a restart from whatever was saved, and a concurrent
change (a resolved event arriving mid-flow) is honoured at the next step.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from services.alert.domain.lifecycle import Progress, State, Step, next_step
from services.alert.domain.records import PROC
from services.alert.domain.requests import WAITING_STATUSES

SIDE_STATES = frozenset({State.RESOLVED, State.OUT_OF_SCOPE, State.FAILED})


class Work(StrEnum):
    ANALYZE = "analyze"
    EXECUTE = "execute"
    STORE = "store"
    NOTIFY = "notify"
    RECORD = "record"
    OBSERVE = "observe"
    POLL = "poll"
    NONE = "none"


def _waiting_for_workflow(record: Mapping[str, Any], max_polls: int) -> bool:
    workflow = record.get("workflow") or {}
    return (
        State(record["state"]) is State.ACTION_REQUESTED
        and str(workflow.get("status", "")) in WAITING_STATUSES
        and bool(workflow.get("workflow_id"))
        and int(record[PROC].get("polls", 0)) < max_polls
    )


def next_work(record: Mapping[str, Any], max_polls: int) -> Work:
    proc = record[PROC]
    state = State(record["state"])
    if state in SIDE_STATES:
        if not proc.get("notified"):
            return Work.NOTIFY
        if state is State.RESOLVED and record.get("workflow") and not proc.get("observed"):
            # An alert we acted on resolved: monitor counts it for the assessment.
            return Work.OBSERVE
        if not proc.get("recorded"):
            return Work.RECORD
        return Work.NONE
    analysis = record.get("analysis") or {}
    step = next_step(
        Progress(
            state=state,
            action=analysis.get("action"),
            stored=bool(proc.get("stored")),
            notified=bool(proc.get("notified")),
        )
    )
    if step is not Step.DONE:
        return Work(step.value)
    if not proc.get("recorded"):
        return Work.RECORD
    if _waiting_for_workflow(record, max_polls):
        return Work.POLL
    return Work.NONE


def due_at(record: Mapping[str, Any], now: float, max_polls: int) -> float | None:
    """When the flow should next look at the record (None: nothing left to do)."""
    work = next_work(record, max_polls)
    proc = record[PROC]
    if work is Work.NONE:
        return None
    if work is Work.POLL:
        return float(proc.get("poll_at") or now)
    if work is Work.EXECUTE:
        # An outage of workflow-service: the action waits (seed §4.2.2 "queue actions").
        return max(now, float(proc.get("retry_at") or 0.0))
    return now
