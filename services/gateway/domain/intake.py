"""From a parsed alert to the event the gateway stores and forwards.

Pure: the event payload is the alert-service `AlertEvent` shape as plain JSON
data, so the store can keep it verbatim and the forwarder can replay it after a
restart without re-deriving anything.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from services.gateway.domain.alerts import IncomingAlert, canonical_time
from services.gateway.domain.scope import ScopeDecision, ScopePolicy
from services.gateway.domain.storm import MAX_SUMMARY_FINGERPRINTS, storm_key


class Outcome(StrEnum):
    QUEUED = "queued"
    COALESCED = "coalesced"
    DUPLICATE = "duplicate"


class DeliveryState(StrEnum):
    PENDING = "pending"
    FORWARDED = "forwarded"
    COALESCED = "coalesced"
    COLLECTING = "collecting"


@dataclass(frozen=True, slots=True)
class PreparedEvent:
    event_id: str
    alert: IncomingAlert
    scope: ScopeDecision
    storm_key: str
    payload: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class EventReceipt:
    event_id: str
    fingerprint: str
    status: str
    outcome: Outcome
    in_scope: bool
    scope_reason: str
    coalesced_into: str | None = None


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def event_payload(
    alert: IncomingAlert,
    scope: ScopeDecision,
    received_at: datetime,
    request_id: str = "",
    trace_id: str = "",
) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "event_id": alert.event_id,
        "fingerprint": alert.fingerprint,
        "status": alert.status.value,
        "labels": dict(alert.labels),
        "annotations": dict(alert.annotations),
        "source": alert.source.value,
        "in_scope": scope.in_scope,
        "scope_reason": scope.reason,
        "received_at": _iso(received_at),
    }
    if alert.starts_at is not None:
        payload["starts_at"] = canonical_time(alert.starts_at)
    if alert.ends_at is not None:
        payload["ends_at"] = canonical_time(alert.ends_at)
    for key, value in (
        ("generator_url", alert.generator_url),
        ("group_key", alert.group_key),
        ("receiver", alert.receiver),
        ("external_url", alert.external_url),
        # The intake request's ids travel with the event through the queue, so the
        # whole flow downstream is correlated with the webhook that brought it.
        ("request_id", request_id),
        ("trace_id", trace_id),
    ):
        if value:
            payload[key] = value
    return payload


def prepare(
    alerts: Sequence[IncomingAlert],
    policy: ScopePolicy,
    received_at: datetime,
    request_id: str = "",
    trace_id: str = "",
) -> list[PreparedEvent]:
    prepared: list[PreparedEvent] = []
    for alert in alerts:
        scope = policy.decide(alert.labels)
        prepared.append(
            PreparedEvent(
                event_id=alert.event_id,
                alert=alert,
                scope=scope,
                storm_key=storm_key(alert.group_key, alert.alertname, alert.status.value),
                payload=event_payload(alert, scope, received_at, request_id, trace_id),
            )
        )
    return prepared


def open_summary(summary_id: str, first: Mapping[str, Any], at: datetime) -> dict[str, Any]:
    """A storm summary starts as a copy of its first member, standing for one alert."""
    summary = dict(first)
    summary["event_id"] = summary_id
    summary["coalesced"] = {
        "count": 1,
        "fingerprints": [first["fingerprint"]],
        "first_at": _iso(at),
        "last_at": _iso(at),
    }
    return summary


def add_to_summary(
    summary: Mapping[str, Any], member: Mapping[str, Any], at: datetime
) -> dict[str, Any]:
    updated = dict(summary)
    info = dict(updated.get("coalesced") or {"count": 0, "fingerprints": []})
    info["count"] = int(info.get("count", 0)) + 1
    fingerprints = list(info.get("fingerprints") or [])
    fp = member["fingerprint"]
    if fp not in fingerprints and len(fingerprints) < MAX_SUMMARY_FINGERPRINTS:
        fingerprints.append(fp)
    info["fingerprints"] = fingerprints
    info["last_at"] = _iso(at)
    updated["coalesced"] = info
    # Scope of a summary: in scope only when every member is, so one
    # out-of-scope member can never be remediated through its group's summary.
    if not member.get("in_scope", True) and updated.get("in_scope", True):
        updated["in_scope"] = False
        updated["scope_reason"] = member.get("scope_reason", "a member is out of scope")
    return updated
