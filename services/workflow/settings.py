"""Typed settings of workflow-service (env prefix ``KUBERNAUT_WORKFLOW_``).

Nested groups use ``__`` in environment variables, e.g.
``KUBERNAUT_WORKFLOW_GATES__CONFIDENCE_FLOOR=0.8`` or
``KUBERNAUT_WORKFLOW_DRY_RUN__NAMESPACES='{"staging": false}'``.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import ClassVar

from pydantic import BaseModel, Field, SecretStr

from kubernaut.runtime.settings import ServiceSettings
from services.workflow.domain.policy import DryRunPolicy, GatePolicy


class GateSettings(BaseModel):
    """Every safety gate's switch and threshold (see docs/workflow.md)."""

    confidence_gate: bool = True
    confidence_floor: float = Field(0.7, ge=0, le=1)
    risk_gate: bool = True
    approval_actions: list[str] = ["drain_node", "rollback_deployment"]
    approval_risks: list[str] = ["high"]
    approval_kinds: list[str] = ["Node", "StatefulSet"]
    approval_timeout_seconds: float = Field(1800, gt=0)
    dry_run_requires_approval: bool = False
    protected_namespaces: list[str] = ["kube-system"]
    managed_namespaces: list[str] = Field(
        ["*"], description="glob patterns of namespaces Kubernaut may act in (opt-in scope)"
    )
    concurrency_gate: bool = True
    cooldown_seconds: float = Field(300, ge=0)
    max_consecutive_failures: int = Field(3, ge=0)
    failure_block_seconds: float = Field(3600, ge=0)
    oscillation_gate: bool = True
    oscillation_window_seconds: float = Field(3600, gt=0)
    scale_reversals: int = Field(2, ge=0)
    ineffective_chain: int = Field(2, ge=0)
    ineffective_window_seconds: float = Field(14400, gt=0)
    restart_limit: int = Field(3, ge=0)
    restart_actions: list[str] = ["restart_pod", "delete_pod", "rollout_restart"]
    rate_limit_global: int = Field(20, ge=0)
    rate_limit_per_namespace: int = Field(5, ge=0)
    rate_limit_window_seconds: float = Field(600, gt=0)

    def policy(self) -> GatePolicy:
        s = timedelta
        return GatePolicy(
            confidence_gate=self.confidence_gate,
            confidence_floor=self.confidence_floor,
            risk_gate=self.risk_gate,
            approval_actions=frozenset(self.approval_actions),
            approval_risks=frozenset(self.approval_risks),
            approval_kinds=frozenset(self.approval_kinds),
            approval_timeout=s(seconds=self.approval_timeout_seconds),
            dry_run_requires_approval=self.dry_run_requires_approval,
            protected_namespaces=frozenset(self.protected_namespaces),
            managed_namespaces=tuple(self.managed_namespaces),
            concurrency_gate=self.concurrency_gate,
            cooldown=s(seconds=self.cooldown_seconds),
            max_consecutive_failures=self.max_consecutive_failures,
            failure_block=s(seconds=self.failure_block_seconds),
            oscillation_gate=self.oscillation_gate,
            oscillation_window=s(seconds=self.oscillation_window_seconds),
            scale_reversals=self.scale_reversals,
            ineffective_chain=self.ineffective_chain,
            ineffective_window=s(seconds=self.ineffective_window_seconds),
            restart_limit=self.restart_limit,
            restart_actions=frozenset(self.restart_actions),
            rate_limit_global=self.rate_limit_global,
            rate_limit_per_namespace=self.rate_limit_per_namespace,
            rate_limit_window=s(seconds=self.rate_limit_window_seconds),
        )


class DryRunSettings(BaseModel):
    """Dry-run is the embedded default: set ``default: false`` (or opt namespaces or
    actions in with ``false``) to let Kubernaut change the cluster."""

    default: bool = True
    namespaces: dict[str, bool] = {}
    actions: dict[str, bool] = {}

    def policy(self) -> DryRunPolicy:
        return DryRunPolicy(self.default, dict(self.namespaces), dict(self.actions))


class WorkflowSettings(ServiceSettings):
    service: ClassVar[str] = "workflow"

    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default sqlite file data_dir/workflow/workflow.db"
    )
    catalogue_path: Path | None = Field(
        None, description="action catalogue YAML; default contracts/actions/catalogue.yaml"
    )
    public_url: str | None = Field(
        None, description="base URL humans reach this service at (approval links)"
    )
    approval_secret: SecretStr | None = Field(
        None, description="HMAC key of approval tokens; default a key file in the data dir"
    )
    require_approval_token: bool = False
    gates: GateSettings = GateSettings()
    dry_run: DryRunSettings = DryRunSettings()
    executor_timeout_seconds: int = Field(300, ge=1, le=3600)
    executor_deadline_seconds: float = Field(900, gt=0)
    delivery_deadline_seconds: float = Field(3600, gt=0)
    retry_initial_seconds: float = Field(1.0, gt=0)
    retry_max_seconds: float = Field(30.0, gt=0)
    poll_interval_seconds: float = Field(1.0, gt=0)
    assessment_window_seconds: int | None = Field(None, ge=0, le=86400)
    notify_completion: bool = True
