"""Typed settings of context-service (env prefix ``KUBERNAUT_CONTEXT_``)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, Field

from kubernaut.runtime.settings import ServiceSettings

from .domain.series import DEFAULT_SERIES


class SeriesQuery(BaseModel):
    """A PromQL template; ``{namespace}``, ``{name}``, ``{pod_regex}`` come from the resource."""

    name: str
    query: str
    unit: str = ""


class KubernetesAccess(BaseModel):
    """How to reach the Kubernetes API (read-only). Nothing set = Kubernetes context unavailable."""

    host: str | None = None
    kubeconfig: str | None = None
    in_cluster: bool = False
    verify_ssl: bool = True
    token: str | None = None
    timeout_seconds: float = Field(10.0, gt=0)


def _default_series() -> list[SeriesQuery]:
    return [SeriesQuery(name=t.name, query=t.query, unit=t.unit) for t in DEFAULT_SERIES]


class ContextSettings(ServiceSettings):
    service: ClassVar[str] = "context"

    cache_ttl_seconds: float = Field(30.0, ge=0, description="0 disables the cache")
    cache_max_entries: int = Field(1024, ge=1)
    prometheus_url: str | None = None
    source_timeout_seconds: float = Field(5.0, gt=0)
    kubernetes: KubernetesAccess = KubernetesAccess()
    series: list[SeriesQuery] = Field(default_factory=_default_series)
    enhance_with_ai: bool = Field(
        True, description="ask ai-service enhance-context in investigations"
    )
    investigation_range_seconds: int = Field(3600, ge=10)
    investigation_step_seconds: int = Field(60, ge=1)
