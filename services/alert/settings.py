"""Typed settings of alert-service (env prefix ``KUBERNAUT_ALERT_``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import yaml
from pydantic import BaseModel, Field

from kubernaut.runtime.settings import ServiceSettings
from services.alert.domain.classify import ClassificationRule, parse_rules


class ClassificationConfig(BaseModel):
    """Environment/priority rules: inline and/or from a YAML/JSON file (a list of rules,
    or a mapping with a `rules` list). Inline rules are tried first."""

    rules: list[dict[str, Any]] = Field(default_factory=list)
    rules_file: Path | None = None

    def load(self) -> list[ClassificationRule]:
        raw: list[Any] = list(self.rules)
        if self.rules_file is not None:
            data = yaml.safe_load(self.rules_file.read_text(encoding="utf-8")) or []
            if isinstance(data, dict):
                data = data.get("rules") or []
            if not isinstance(data, list):
                raise ValueError(f"{self.rules_file}: expected a list of rules")
            raw.extend(data)
        return parse_rules(raw)


class ProcessingConfig(BaseModel):
    """The background flow (analyse → execute → store → notify)."""

    concurrency: int = Field(4, ge=1, le=64, description="alerts processed at once")
    execute_max_attempts: int = Field(
        5, ge=1, description="tries of workflow execute-action before the alert fails"
    )
    retry_initial_seconds: float = Field(2.0, gt=0)
    retry_max_seconds: float = Field(60.0, gt=0)
    idle_poll_seconds: float = Field(5.0, gt=0)
    workflow_poll_seconds: float = Field(
        10.0, gt=0, description="re-read a queued/awaiting-approval workflow this often"
    )
    workflow_poll_max: int = Field(60, ge=0, description="polls before we stop following it")
    notify_received: bool = Field(
        False, description="also send an alert_received notification for every new alert"
    )


class AlertSettings(ServiceSettings):
    service: ClassVar[str] = "alert"

    database_url: str | None = Field(None, description="default: SQLite in service_dir")
    classification: ClassificationConfig = ClassificationConfig()
    processing: ProcessingConfig = ProcessingConfig()
    retention_days: float = Field(
        30.0, ge=0, description="finished alerts and event ids kept this long; 0 = forever"
    )
    owner_hint_min_confidence: float = Field(
        0.5,
        ge=0,
        le=1,
        description="derived owners at least this sure are passed to ai as kubernaut_owner_* "
        "labels",
    )
