"""Typed settings of monitor-service (env prefix ``KUBERNAUT_MONITOR_``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, Field

from kubernaut.runtime.settings import ServiceSettings

from .domain.metrics import DEFAULT_METRIC_TEMPLATES


class MetricTemplate(BaseModel):
    """A PromQL query compared before/after; ``{namespace}``, ``{name}``, ``{pod_regex}``
    are filled from the action's target."""

    name: str
    query: str
    better: Literal["lower", "higher"] = "lower"


class Weights(BaseModel):
    health: float = Field(0.40, ge=0)
    alert: float = Field(0.35, ge=0)
    metrics: float = Field(0.25, ge=0)


class ScoreThresholds(BaseModel):
    effective: float = Field(0.70, ge=0, le=1)
    partially_effective: float = Field(0.40, ge=0, le=1)
    min_available_weight: float = Field(0.35, ge=0, le=1)


class KubernetesAccess(BaseModel):
    """How to reach the Kubernetes API (read-only). Nothing set = health unavailable."""

    host: str | None = None
    kubeconfig: str | None = None
    in_cluster: bool = False
    verify_ssl: bool = True
    token: str | None = None
    timeout_seconds: float = Field(10.0, gt=0)


def _default_templates() -> list[MetricTemplate]:
    return [
        MetricTemplate(name=t.name, query=t.query, better=t.better)
        for t in DEFAULT_METRIC_TEMPLATES
    ]


class MonitorSettings(ServiceSettings):
    service: ClassVar[str] = "monitor"

    window_seconds: int = Field(300, ge=0, le=86400, description="default stabilisation window")
    poll_interval_seconds: float = Field(5.0, gt=0, description="scheduler wake-up period")
    prometheus_url: str | None = None
    alertmanager_url: str | None = None
    source_timeout_seconds: float = Field(5.0, gt=0)
    kubernetes: KubernetesAccess = KubernetesAccess()
    metrics_lookback_seconds: float = Field(
        120.0, gt=0, description="averaging span before the action and at the end of the window"
    )
    metrics_step_seconds: float = Field(15.0, gt=0)
    metric_tolerance: float = Field(0.10, ge=0, le=1)
    metric_templates: list[MetricTemplate] = Field(default_factory=_default_templates)
    weights: Weights = Weights()
    thresholds: ScoreThresholds = ScoreThresholds()
    irreversible_actions: list[str] = Field(
        default_factory=lambda: [
            "restart_pod",
            "delete_pod",
            "rollout_restart",
            "collect_diagnostics",
            "notify_only",
        ],
        description="ineffective outcomes of these are notified without an undo proposal",
    )
    feedback_max_attempts: int = Field(8, ge=1)
    feedback_retry_seconds: float = Field(30.0, gt=0)
    notification_channels: list[str] | None = None
    public_url: str | None = Field(None, description="base URL put in notification links")
