"""executor-service settings (env prefix ``KUBERNAUT_EXECUTOR_``)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field

from kubernaut.runtime.db import sqlite_url
from kubernaut.runtime.settings import ServiceSettings


class ExecutorSettings(ServiceSettings):
    service: ClassVar[str] = "executor"

    kubernetes_mode: Literal["auto", "in-cluster", "kubeconfig", "none"] = Field(
        "auto",
        description="auto: in-cluster service account when running in a pod, else the "
        "kubeconfig, else none. none: no cluster access; only dry runs are accepted "
        "(validated, nothing sent).",
    )
    kubeconfig: Path | None = Field(
        None, description="kubeconfig file (default $KUBECONFIG or ~/.kube/config)"
    )
    kube_context: str | None = Field(None, description="kubeconfig context (default current)")
    request_timeout_seconds: float = Field(10.0, gt=0, description="per Kubernetes API call")
    connection_retries: int = Field(1, ge=0, description="urllib3 retries on connect errors")
    poll_interval_seconds: float = Field(1.0, gt=0, description="condition polling period")
    conflict_retries: int = Field(3, ge=1, description="attempts on 409 (fresh object each)")
    check_permissions: bool = Field(True, description="SelfSubjectAccessReview before acting")
    database_url: str | None = Field(None, description="default: SQLite under data_dir")
    audit_to_storage: bool = Field(
        True,
        description="append every real change to the audit "
        "trail of storage-service (durable outbox)",
    )
    audit_retry_seconds: float = Field(30.0, gt=0, description="outbox flush period")
    catalogue_path: Path | None = Field(None, description="default: the bundled catalogue")

    def resolved_database_url(self) -> str:
        return self.database_url or sqlite_url(self.service_dir / "executor.db")
