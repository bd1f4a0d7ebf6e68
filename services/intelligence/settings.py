"""Typed settings of intelligence-service (env prefix KUBERNAUT_INTELLIGENCE_)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from kubernaut.runtime.settings import ServiceSettings


class IntelligenceSettings(ServiceSettings):
    service: ClassVar[str] = "intelligence"

    lookback_days: float = Field(30.0, gt=0, description="History window mined on each run")
    recompute_interval_seconds: float = Field(
        300.0, ge=0, description="Scheduled recompute period; 0 disables the schedule"
    )
    max_records: int = Field(50_000, ge=1, description="Cap on incidents/alerts read per run")
    recurrence_window_seconds: float = Field(86_400.0, gt=0)
    follow_up_window_seconds: float = Field(3_600.0, gt=0)
    cluster_window_seconds: float = Field(900.0, gt=0)
    min_support: int = Field(2, ge=1)
    min_cluster_namespaces: int = Field(2, ge=2)
    seasonality_min_support: int = Field(8, ge=1)
    seasonality_peak_factor: float = Field(3.0, gt=1)
