"""Alert signal: has the triggering alert resolved since the action?"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .model import AlertRef, SignalResult


@dataclass(frozen=True)
class AlertEventRecord:
    """A firing/resolved event forwarded by alert-service."""

    status: str
    at: datetime
    fingerprint: str | None = None


def matches(alert: Mapping[str, Any], ref: AlertRef) -> bool:
    """Does an Alertmanager v2 alert denote the alert that triggered the action?

    The fingerprint is exact; without it the alert name and every label we were
    given must agree (labels define an alert's identity in Prometheus)."""
    if ref.fingerprint and alert.get("fingerprint") == ref.fingerprint:
        return True
    labels = alert.get("labels") if isinstance(alert.get("labels"), Mapping) else {}
    assert isinstance(labels, Mapping)
    if labels.get("alertname") != ref.name:
        return False
    if ref.fingerprint and not ref.labels:
        return False
    return all(labels.get(k) == v for k, v in ref.labels.items())


def _is_active(alert: Mapping[str, Any]) -> bool:
    status = alert.get("status")
    state = status.get("state") if isinstance(status, Mapping) else None
    return state in (None, "active", "unprocessed", "suppressed")


def assess_alert(
    ref: AlertRef,
    am_alerts: Sequence[Mapping[str, Any]] | None,
    events: Sequence[AlertEventRecord],
    executed_at: datetime,
) -> SignalResult:
    """Score 1 when resolved, 0 (not conclusive) when still firing.

    ``am_alerts`` is None when Alertmanager is not configured or unreachable; then
    the forwarded events decide. Alertmanager's current state wins over events,
    because a resolved event may be followed by the alert firing again."""
    after = sorted((e for e in events if e.at >= executed_at), key=lambda e: e.at)
    last_event = after[-1] if after else None
    if am_alerts is not None:
        firing = [a for a in am_alerts if matches(a, ref) and _is_active(a)]
        if firing:
            return SignalResult(
                True,
                0.0,
                f"{ref.name} still firing",
                {"source": "alertmanager", "firing": len(firing)},
                conclusive=False,
            )
        return SignalResult(
            True, 1.0, f"{ref.name} resolved", {"source": "alertmanager", "firing": 0}
        )
    if last_event is None:
        return SignalResult.unavailable(
            "alert state unknown (no Alertmanager, no event since the action)"
        )
    if last_event.status == "resolved":
        return SignalResult(
            True,
            1.0,
            f"{ref.name} resolved",
            {"source": "alert-event", "at": last_event.at.isoformat()},
        )
    return SignalResult(
        True,
        0.0,
        f"{ref.name} still firing",
        {"source": "alert-event", "at": last_event.at.isoformat()},
        conclusive=False,
    )
