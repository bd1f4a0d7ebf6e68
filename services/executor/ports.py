"""The small interfaces the executor's application layer needs from the outside world."""

from __future__ import annotations

from typing import Protocol

from .domain.model import JsonDict, Patch, Permission


class Cluster(Protocol):
    """The Kubernetes operations the actions use; raises only ``domain.errors`` types."""

    async def get(self, kind: str, name: str, namespace: str | None = None) -> JsonDict: ...

    async def list(
        self,
        kind: str,
        namespace: str | None = None,
        label_selector: str | None = None,
        field_selector: str | None = None,
    ) -> list[JsonDict]: ...

    async def patch(
        self,
        kind: str,
        name: str,
        namespace: str | None,
        body: Patch,
        *,
        dry_run: bool,
        subresource: str | None = None,
    ) -> JsonDict: ...

    async def create(
        self, kind: str, namespace: str | None, body: JsonDict, *, dry_run: bool
    ) -> JsonDict: ...

    async def delete(
        self,
        kind: str,
        name: str,
        namespace: str | None,
        *,
        dry_run: bool,
        grace_period_seconds: int | None = None,
    ) -> JsonDict: ...

    async def evict(
        self, name: str, namespace: str, *, dry_run: bool, grace_period_seconds: int | None = None
    ) -> None: ...

    async def pod_logs(
        self, name: str, namespace: str, container: str | None, tail_lines: int
    ) -> str: ...

    async def access_review(self, permission: Permission) -> tuple[bool, str]: ...

    async def version(self) -> str: ...


class ExecutionStore(Protocol):
    """Durable execution records (idempotency, results, undo snapshots)."""

    async def claim(self, execution_id: str, fingerprint: str, record: JsonDict) -> bool:
        """Insert a running record; False when the id already exists."""
        ...

    async def save(
        self,
        execution_id: str,
        record: JsonDict,
        undo: list[JsonDict] | None = None,
        audit: bool = False,
    ) -> None:
        """Update a record; ``audit`` queues it for the audit trail (durable outbox)."""
        ...

    async def pending_audit(self, limit: int = 50) -> list[JsonDict]: ...

    async def running(self) -> list[JsonDict]: ...

    async def mark_audited(self, execution_id: str) -> None: ...

    async def forget(self, execution_id: str) -> None: ...

    async def get(self, execution_id: str) -> StoredExecution | None: ...

    async def list(
        self, filters: dict[str, str], limit: int, cursor: str | None
    ) -> tuple[list[JsonDict], str | None]: ...


class StoredExecution(Protocol):
    record: JsonDict
    fingerprint: str
    undo: list[JsonDict]


class ExecutionMetrics(Protocol):
    def executed(self, action: str, status: str, dry_run: bool, seconds: float) -> None: ...


class AuditSink(Protocol):
    """The audit trail (storage-service); ``append`` raises when the entry was not stored."""

    async def append(self, entry: JsonDict) -> None: ...
