"""Parsing of incoming alerts into one internal shape, and their identity.

Pure: no I/O. Accepts JSON-like mappings (what a webhook body decodes to) so the
same code handles Alertmanager v4 webhooks and the seed's single-alert shape.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

# Alertmanager marks "not ended yet" with Go's zero time (year 1).
_ZERO_TIME_YEAR = 1

# FNV-1a 64-bit, as Prometheus' model.LabelSet.Fingerprint uses it.
_FNV_OFFSET = 14695981039346656037
_FNV_PRIME = 1099511628211
_SEPARATOR = b"\xff"


class AlertStatus(StrEnum):
    FIRING = "firing"
    RESOLVED = "resolved"


class Source(StrEnum):
    ALERTMANAGER = "alertmanager"
    API = "api"


class AlertParseError(ValueError):
    """The payload is well-formed JSON but not an alert we can accept."""


@dataclass(frozen=True, slots=True)
class IncomingAlert:
    """One alert as received, before dedup/scope/storm decisions."""

    fingerprint: str
    status: AlertStatus
    labels: Mapping[str, str]
    annotations: Mapping[str, str]
    starts_at: datetime | None
    ends_at: datetime | None
    source: Source
    generator_url: str = ""
    group_key: str = ""
    receiver: str = ""
    external_url: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def alertname(self) -> str:
        return self.labels.get("alertname", "")

    @property
    def namespace(self) -> str:
        return self.labels.get("namespace", "")

    @property
    def severity(self) -> str:
        return self.labels.get("severity", "")

    @property
    def event_id(self) -> str:
        return dedup_key(self.fingerprint, self.starts_at, self.status)


def label_fingerprint(labels: Mapping[str, str]) -> str:
    """Alertmanager's fingerprint of a label set (model.LabelSet.Fingerprint).

    Computing the same value lets a seed-shaped alert and an Alertmanager alert
    with identical labels share one identity.
    """
    h = _FNV_OFFSET
    for name in sorted(labels):
        for chunk in (name.encode(), _SEPARATOR, labels[name].encode(), _SEPARATOR):
            for byte in chunk:
                h ^= byte
                h = (h * _FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def canonical_time(value: datetime | None) -> str:
    """A stable text form (UTC, microseconds) used in identities."""
    if value is None:
        return ""
    # isoformat, not strftime: strftime does not zero-pad years before 1000.
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def dedup_key(fingerprint: str, starts_at: datetime | None, status: AlertStatus | str) -> str:
    """Identity of one alert *event*: the same alert resent by Alertmanager maps to
    the same key; firing and resolved are distinct events."""
    raw = f"{fingerprint}|{canonical_time(starts_at)}|{AlertStatus(status).value}"
    return "evt-" + hashlib.sha256(raw.encode()).hexdigest()[:24]


def parse_time(value: Any, field_name: str) -> datetime | None:
    """Parse an RFC 3339 time; Go's zero time and empty values mean "absent"."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError as exc:
            raise AlertParseError(f"{field_name}: not an RFC 3339 time: {value!r}") from exc
    else:
        raise AlertParseError(f"{field_name}: expected a time string")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed.year <= _ZERO_TIME_YEAR:
        return None
    try:
        return parsed.astimezone(UTC)
    except OverflowError as exc:  # e.g. 9999-12-31T23:00:00-05:00
        raise AlertParseError(f"{field_name}: time out of range: {value!r}") from exc


def _string_map(value: Any, field_name: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise AlertParseError(f"{field_name}: expected an object of strings")
    out: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise AlertParseError(f"{field_name}.{key}: expected a string value")
        out[key] = item
    return out


def _status(value: Any, field_name: str) -> AlertStatus:
    try:
        return AlertStatus(value)
    except ValueError as exc:
        raise AlertParseError(f"{field_name}: must be 'firing' or 'resolved'") from exc


def parse_alertmanager_webhook(payload: Mapping[str, Any]) -> list[IncomingAlert]:
    """Alertmanager webhook v4 → alerts. Unknown fields are ignored on purpose:
    newer Alertmanagers add fields and must keep working."""
    raw_alerts = payload.get("alerts")
    if not isinstance(raw_alerts, list):
        raise AlertParseError("alerts: expected a list")
    group_key = str(payload.get("groupKey") or "")
    receiver = str(payload.get("receiver") or "")
    external_url = str(payload.get("externalURL") or "")
    common_annotations = _string_map(payload.get("commonAnnotations"), "commonAnnotations")
    alerts: list[IncomingAlert] = []
    for index, raw in enumerate(raw_alerts):
        where = f"alerts[{index}]"
        if not isinstance(raw, Mapping):
            raise AlertParseError(f"{where}: expected an object")
        labels = _string_map(raw.get("labels"), f"{where}.labels")
        if not labels:
            raise AlertParseError(f"{where}.labels: an alert needs at least one label")
        annotations = _string_map(raw.get("annotations"), f"{where}.annotations")
        fingerprint = str(raw.get("fingerprint") or "") or label_fingerprint(labels)
        alerts.append(
            IncomingAlert(
                fingerprint=fingerprint,
                status=_status(raw.get("status"), f"{where}.status"),
                labels=labels,
                annotations=annotations or common_annotations,
                starts_at=parse_time(raw.get("startsAt"), f"{where}.startsAt"),
                ends_at=parse_time(raw.get("endsAt"), f"{where}.endsAt"),
                source=Source.ALERTMANAGER,
                generator_url=str(raw.get("generatorURL") or ""),
                group_key=group_key,
                receiver=receiver,
                external_url=external_url,
            )
        )
    return alerts


def parse_seed_alert(alert: Mapping[str, Any]) -> IncomingAlert:
    """The seed's §3.1.2 alert object → alert.

    name/severity/namespace/resource become the usual Prometheus labels so the
    rest of the pipeline sees one shape; explicit labels win over the derived
    ones only where they do not contradict the named fields.
    """
    name = alert.get("name")
    if not isinstance(name, str) or not name:
        raise AlertParseError("alert.name: required")
    labels = _string_map(alert.get("labels"), "alert.labels")
    labels["alertname"] = name
    for key in ("severity", "namespace"):
        value = alert.get(key)
        if isinstance(value, str) and value:
            labels[key] = value
    resource = alert.get("resource")
    if isinstance(resource, str) and resource and "resource" not in labels:
        labels["resource"] = resource
    fingerprint = str(alert.get("fingerprint") or "") or label_fingerprint(labels)
    status = _status(alert.get("status", "firing"), "alert.status")
    return IncomingAlert(
        fingerprint=fingerprint,
        status=status,
        labels=labels,
        annotations=_string_map(alert.get("annotations"), "alert.annotations"),
        starts_at=parse_time(alert.get("starts_at"), "alert.starts_at"),
        ends_at=parse_time(alert.get("ends_at"), "alert.ends_at"),
        source=Source.API,
        generator_url=str(alert.get("generator_url") or ""),
        # A single alert has no Alertmanager group: group it by name+namespace
        # so storm control still works for senders that are not Alertmanager.
        group_key=f"api:{{alertname={name!r}, namespace={labels.get('namespace', '')!r}}}",
    )
