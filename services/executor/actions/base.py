"""What every action gets (``ActionContext``) and how it is declared (``ActionSpec``)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from ..domain.errors import ConflictError, InvalidRequest
from ..domain.kinds import kind_info
from ..domain.model import ActionOutcome, ConditionReport, JsonDict, Permission
from ..ports import Cluster

T = TypeVar("T")
Probe = Callable[[], Awaitable[tuple[bool, str]]]


@dataclass
class ActionContext:
    cluster: Cluster
    params: JsonDict
    dry_run: bool
    timeout_seconds: int
    poll_interval: float = 0.5
    conflict_retries: int = 3
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    def str_param(self, name: str, default: str | None = None) -> str:
        value = self.params.get(name, default)
        if not isinstance(value, str) or not value:
            raise InvalidRequest(f"parameter {name!r} is required", {"parameter": name})
        return value

    def opt(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)

    def now_iso(self) -> str:
        return self.clock().astimezone(UTC).isoformat().replace("+00:00", "Z")

    async def wait_for(
        self, description: str, probe: Probe, limit_seconds: float | None = None
    ) -> ConditionReport | None:
        """Poll ``probe`` until it reports success or the timeout; None in dry run."""
        if self.dry_run:
            return None  # nothing was persisted, so there is nothing to wait for
        limit = float(limit_seconds if limit_seconds is not None else self.timeout_seconds)
        start = time.monotonic()
        while True:
            reached, seen = await probe()
            waited = time.monotonic() - start
            if reached or waited >= limit:
                return ConditionReport(description, reached, waited, int(limit), seen)
            await asyncio.sleep(min(self.poll_interval, max(limit - waited, 0.01)))

    async def retry_on_conflict(self, attempt: Callable[[], Awaitable[T]]) -> T:
        """Run read-plan-write again with a fresh object when the write hit a 409."""
        for left in range(self.conflict_retries, 0, -1):
            try:
                return await attempt()
            except ConflictError:
                if left == 1:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover


Runner = Callable[[ActionContext], Awaitable[ActionOutcome]]
Permissions = Callable[[JsonDict], list[Permission]]


@dataclass(frozen=True)
class ActionSpec:
    name: str
    run: Runner
    permissions: Permissions
    mutating: bool


def perm(verb: str, kind: str, namespace: str | None, subresource: str | None = None) -> Permission:
    info = kind_info(kind)
    return Permission(
        verb, info.group, info.plural, namespace if info.namespaced else None, subresource
    )


def workload_kind(params: JsonDict, allowed: tuple[str, ...]) -> str:
    kind = params.get("kind")
    for name in allowed:
        if isinstance(kind, str) and kind.lower() == name.lower():
            return name
    raise InvalidRequest(f"kind must be one of {', '.join(allowed)}", {"kind": kind})
