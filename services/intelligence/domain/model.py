"""The mining inputs and outputs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

PatternType = Literal[
    "action_effectiveness",
    "recurring_incident",
    "follow_up_alert",
    "cross_namespace_cluster",
    "seasonality",
]
UNKNOWN_KIND = "unknown"


@dataclass(frozen=True)
class Incident:
    """One action decision with its outcome (a storage history entry)."""

    action_id: str
    alert_name: str
    action: str
    created_at: datetime
    outcome: str  # success | partial | failure | inconclusive | pending
    namespace: str = ""
    resource: str = ""
    resource_kind: str = UNKNOWN_KIND
    time_to_resolution_seconds: float | None = None


@dataclass(frozen=True)
class AlertOccurrence:
    """One firing of an alert on a target (a storage alert record)."""

    name: str
    starts_at: datetime
    namespace: str = ""
    resource: str = ""
    fingerprint: str = ""


@dataclass(frozen=True)
class MinedPattern:
    pattern_type: PatternType
    key: str
    support: int
    alert_name: str | None = None
    resource_kind: str | None = None
    action: str | None = None
    namespace: str | None = None
    resource: str | None = None
    success_rate: float | None = None
    mean_time_to_resolution_seconds: float | None = None
    confidence: float | None = None
    description: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MiningConfig:
    recurrence_window_seconds: float = 86_400.0
    follow_up_window_seconds: float = 3_600.0
    cluster_window_seconds: float = 900.0
    min_support: int = 2
    min_cluster_namespaces: int = 2
    seasonality_min_support: int = 8
    # A peak hour/day must hold at least this multiple of a uniform share.
    seasonality_peak_factor: float = 3.0
