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
