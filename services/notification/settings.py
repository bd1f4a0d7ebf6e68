"""Typed settings of notification-service (env prefix ``KUBERNAUT_NOTIFICATION_``)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from pydantic import Field, SecretStr

from kubernaut.runtime.settings import ResilienceSettings, ServiceSettings


class NotificationSettings(ServiceSettings):
    service: ClassVar[str] = "notification"

    routes_file: Path | None = Field(
        None, description="Routing file (channels + route tree); none = console and file sinks"
    )
    template_dir: Path | None = Field(
        None, description="Directory whose templates override the built-in ones"
    )
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default SQLite in data_dir/notification/"
    )
    file_sink_path: Path | None = Field(
        None, description="JSON-lines file of the embedded default file channel"
    )
    routes_check_interval: float = Field(1.0, ge=0, description="seconds between mtime checks")
    group_window_seconds: float = Field(300.0, ge=0, description="0 disables grouping")
    group_exempt_kinds: list[str] = Field(default_factory=lambda: ["approval_needed"])
    storm_threshold: int = Field(20, ge=0, description="notifications per window; 0 disables")
    storm_window_seconds: float = Field(60.0, gt=0)
    storm_exempt_kinds: list[str] = Field(default_factory=lambda: ["approval_needed"])
    tick_seconds: float = Field(1.0, gt=0, description="storm flush / reload check period")
    channel_resilience: ResilienceSettings | None = Field(
        None, description="Retry and breaker policy for channels; default: `resilience`"
    )
    approval_secret: SecretStr | None = Field(
        None, description="HMAC secret shared with workflow-service for approval links"
    )
    approval_secret_file: Path | None = None
    approval_link_ttl_seconds: float = Field(3600.0, gt=0)
    workflow_public_url: str | None = Field(
        None, description="Base URL of workflow-service as humans reach it; default upstream"
    )

    def approval_key(self) -> bytes | None:
        if self.approval_secret is not None:
            return self.approval_secret.get_secret_value().encode()
        if self.approval_secret_file is not None:
            return self.approval_secret_file.read_text(encoding="utf-8").strip().encode()
        return None
