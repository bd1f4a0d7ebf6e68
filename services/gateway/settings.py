"""Typed settings of gateway-service (env prefix ``KUBERNAUT_GATEWAY_``)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, Field, SecretStr

from kubernaut.runtime.settings import ServiceSettings
from services.gateway.domain.scope import DEFAULT_OPT_IN_LABELS, ScopePolicy
from services.gateway.domain.storm import StormSettings


class ScopeConfig(BaseModel):
    """Which alerts may be remediated; the others are recorded and notified only."""

    allow_namespaces: list[str] = Field(
        default_factory=list, description="Shell-style globs; empty = every namespace"
    )
    deny_namespaces: list[str] = Field(default_factory=list, description="Wins over allow")
    require_opt_in: bool = False
    opt_in_labels: list[str] = Field(default_factory=lambda: list(DEFAULT_OPT_IN_LABELS))
    opt_in_value: str = "true"
    cluster_scoped: bool = Field(True, description="Alerts without a namespace are in scope")

    def policy(self) -> ScopePolicy:
        return ScopePolicy(
            allow_namespaces=tuple(self.allow_namespaces),
            deny_namespaces=tuple(self.deny_namespaces),
            require_opt_in=self.require_opt_in,
            opt_in_labels=tuple(self.opt_in_labels),
            opt_in_value=self.opt_in_value,
            cluster_scoped=self.cluster_scoped,
        )


class StormConfig(BaseModel):
    """Storm control (token buckets); a rate <= 0 disables that limit."""

    group_rate: float = Field(5.0, description="alerts/s forwarded individually per group")
    group_burst: float = Field(50.0, ge=1)
    window_seconds: float = Field(30.0, gt=0, description="storm summary collection window")
    global_rate: float = Field(50.0, description="events/s forwarded to alert-service")
    global_burst: float = Field(200.0, ge=1)
    max_tracked_groups: int = Field(10_000, ge=1)

    def settings(self) -> StormSettings:
        return StormSettings(
            group_rate=self.group_rate,
            group_burst=self.group_burst,
            window_seconds=self.window_seconds,
            global_rate=self.global_rate,
            global_burst=self.global_burst,
            max_tracked_groups=self.max_tracked_groups,
        )


class ForwardConfig(BaseModel):
    """The background forwarder to alert-service."""

    batch_size: int = Field(100, ge=1, le=1000)
    retry_initial_seconds: float = Field(0.5, gt=0)
    retry_max_seconds: float = Field(30.0, gt=0)
    idle_poll_seconds: float = Field(5.0, gt=0, description="re-check interval when idle")


class GatewaySettings(ServiceSettings):
    service: ClassVar[str] = "gateway"

    # Alertmanager sends whole groups; a storm can be large.
    max_body_bytes: int = Field(8 * 1_048_576, ge=1024)
    webhook_token: SecretStr | None = Field(
        None, description="Bearer token Alertmanager must send (http_config.authorization)"
    )
    database_url: str | None = Field(None, description="default: SQLite in service_dir")
    dedup_retention_hours: float = Field(
        168.0, gt=0, description="how long delivered events are remembered for dedup"
    )
    scope: ScopeConfig = ScopeConfig()
    storm: StormConfig = StormConfig()
    forward: ForwardConfig = ForwardConfig()
