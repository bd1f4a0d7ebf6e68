"""The alert record: what alert-service knows about one alert episode.

A record is plain JSON data in the API's `AlertRecord` shape plus a private
`_proc` section (what the background flow has done). These functions build
and change records; they never do I/O, so the rules "a resolved alert is
never remediated" and "an out-of-scope alert is never acted on" live here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from services.alert.domain.classify import Classification
from services.alert.domain.lifecycle import State, alert_id, can_transition
from services.alert.domain.normalize import NormalizedAlert

PROC = "_proc"


@dataclass(frozen=True, slots=True)
class Applied:
    """What ingesting one event did to a record."""

    record: dict[str, Any]
    created: bool
    needs_processing: bool


def episode_id(event: Mapping[str, Any]) -> str:
    return alert_id(str(event["fingerprint"]), str(event.get("starts_at") or ""))


def normalization_doc(norm: NormalizedAlert, cls: Classification) -> dict[str, Any]:
    alert: dict[str, Any] = {
        "name": norm.name,
        "severity": norm.severity,
        "labels": dict(norm.labels),
        "annotations": dict(norm.annotations),
    }
    for key, value in (
        ("namespace", norm.namespace),
        ("resource", norm.resource),
        ("kind", norm.kind),
    ):
        if value:
            alert[key] = value
    doc: dict[str, Any] = {
        "alert": alert,
        "classification": {
            "environment": cls.environment,
            "priority": cls.priority,
            "matched_rule": cls.matched_rule,
        },
    }
    if norm.target is not None:
        target: dict[str, Any] = {
            "kind": norm.target.kind,
            "name": norm.target.name,
            "source": norm.target.source,
            "confidence": norm.target.confidence,
        }
        if norm.target.namespace:
            target["namespace"] = norm.target.namespace
        if norm.target.container:
            target["container"] = norm.target.container
        doc["target"] = target
    if norm.owner is not None:
        doc["owner"] = {
            "kind": norm.owner.kind,
            "name": norm.owner.name,
            "confidence": norm.owner.confidence,
            "method": norm.owner.method,
        }
    return doc


def _history(record: dict[str, Any], state: State, at: str, detail: str = "") -> None:
    entry: dict[str, Any] = {"state": state.value, "at": at}
    if detail:
        entry["detail"] = detail
    record["history"].append(entry)


def move(record: dict[str, Any], target: State, at: str, detail: str = "") -> bool:
    """Apply a lifecycle transition if it is legal; report whether it happened."""
    current = State(record["state"])
    if current is target or not can_transition(current, target):
        return False
    record["state"] = target.value
    record["updated_at"] = at
    _history(record, target, at, detail)
    # Entering a new state means its notification and record are still to do.
    proc = record[PROC]
    proc["notified"] = False
    proc["recorded"] = False
    return True


def new_record(
    event: Mapping[str, Any], norm: NormalizedAlert, cls: Classification, at: str
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "alert_id": episode_id(event),
        "fingerprint": event["fingerprint"],
        "status": "firing",
        "state": State.RECEIVED.value,
        "in_scope": bool(event.get("in_scope", True)),
        "event_ids": [],
        "hops": [],
        "history": [],
        "created_at": at,
        "updated_at": at,
        PROC: {"stored": False, "notified": False, "recorded": False, "attempts": 0},
        **normalization_doc(norm, cls),
    }
    for key in ("starts_at", "ends_at", "scope_reason", "coalesced"):
        if event.get(key) is not None:
            record[key] = event[key]
    _history(record, State.RECEIVED, at)
    return record


def apply_event(
    existing: dict[str, Any] | None,
    event: Mapping[str, Any],
    norm: NormalizedAlert,
    cls: Classification,
    at: str,
) -> Applied:
    """Fold one (new, non-duplicate) event into its episode's record."""
    created = existing is None
    record = new_record(event, norm, cls, at) if existing is None else existing
    record["event_ids"].append(event["event_id"])
    record["updated_at"] = at
    if event["status"] == "resolved":
        record["status"] = "resolved"
        if event.get("ends_at"):
            record["ends_at"] = event["ends_at"]
        moved = move(record, State.RESOLVED, at, "alert resolved")
        return Applied(record, created, moved)
    if created and not record["in_scope"]:
        move(record, State.OUT_OF_SCOPE, at, str(event.get("scope_reason") or "out of scope"))
        return Applied(record, created, True)
    if not created and event.get("coalesced"):
        record["coalesced"] = event["coalesced"]
    # A firing event for a known episode (e.g. a storm summary standing for it
    # again) adds no work; a new episode is processed.
    return Applied(record, created, created)


def public(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record as the API shows it (without the private processing state)."""
    return {key: value for key, value in record.items() if key != PROC}


def add_hop(
    record: dict[str, Any],
    hop: str,
    outcome: str,
    at: str,
    detail: str = "",
    status_code: int | None = None,
) -> None:
    entry: dict[str, Any] = {"hop": hop, "outcome": outcome, "at": at}
    if detail:
        entry["detail"] = detail[:2000]
    if status_code is not None:
        entry["status_code"] = status_code
    record["hops"].append(entry)
    record["updated_at"] = at
