"""Value objects of the ai-service domain: alerts, targets, decisions, history.

Plain frozen dataclasses: no I/O, no pydantic, no knowledge of the HTTP models. The
handlers map the generated request models onto these and the results back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

DecidedBy = Literal["rules", "llm", "cache", "fallback"]
RiskLevel = Literal["low", "medium", "high"]
Outcome = Literal[
    "success", "partial", "failure", "ineffective", "inconclusive", "pending", "unknown"
]

RISK_ORDER: dict[str, int] = {"low": 0, "medium": 1, "high": 2}


@dataclass(frozen=True)
class Alert:
    """An alert in the seed's §3.1.2 shape. Labels and annotations are untrusted data."""

    name: str
    severity: str = "warning"
    namespace: str | None = None
    resource: str | None = None
    kind: str | None = None
    labels: Mapping[str, str] = field(default_factory=dict)
    annotations: Mapping[str, str] = field(default_factory=dict)
    fingerprint: str | None = None
    status: str = "firing"
    starts_at: datetime | None = None

    def identity(self) -> str:
        """Stable key of "the same alert": Alertmanager's fingerprint, or a hash of the
        label set (what Alertmanager fingerprints) plus name/namespace/resource."""
        if self.fingerprint:
            return f"fp:{self.fingerprint}"
        material = json.dumps(
            {
                "name": self.name,
                "namespace": self.namespace,
                "resource": self.resource,
                "labels": dict(sorted(self.labels.items())),
            },
            sort_keys=True,
        )
        return "h:" + hashlib.sha256(material.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Target:
    """The Kubernetes object an action would touch."""

    kind: str
    name: str
    namespace: str | None = None

    def describe(self) -> str:
        where = f"{self.namespace}/" if self.namespace else ""
        return f"{self.kind} {where}{self.name}"


@dataclass(frozen=True)
class Decision:
    """A remediation decision before it is turned into the API answer."""

    action: str
    confidence: float
    parameters: dict[str, Any]
    summary: str
    primary_reason: str
    decided_by: DecidedBy = "rules"
    rule_id: str | None = None
    provider: str | None = None
    model: str | None = None
    llm_calls: int = 0
    fallback_reason: str | None = None


@dataclass(frozen=True)
class HistoryRecord:
    """One past action (storage-service query-history), reduced to what the analysis needs."""

    action: str
    outcome: Outcome
    timestamp: datetime
    resource: str | None = None
    namespace: str | None = None
    alert_name: str | None = None
    parameters: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ActionStatistic:
    """Success statistics of one action (intelligence-service), optionally per alert."""

    action: str
    total: int
    success_rate: float
    alert_name: str | None = None


@dataclass(frozen=True)
class HistoryView:
    """What the history sources answered. ``None`` lists mean the source was unreachable."""

    records: tuple[HistoryRecord, ...] | None
    statistics: tuple[ActionStatistic, ...] | None
    history_error: str | None = None
    statistics_error: str | None = None

    @classmethod
    def empty(cls) -> HistoryView:
        return cls(records=(), statistics=())


@dataclass(frozen=True)
class Assessment:
    """History's verdict on a decision: the adjusted decision and the texts for reasoning."""

    action: str
    confidence: float
    parameters: dict[str, Any]
    historical_context: str
    oscillation_risk: str
    oscillation_level: RiskLevel
    adjustments: tuple[str, ...] = ()
    base_action: str | None = None
