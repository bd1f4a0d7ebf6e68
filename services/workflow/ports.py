"""The small interfaces the workflow orchestration needs from the outside world.

Adapters in ``adapters/`` implement them with the generated clients; the
orchestrator only sees these Protocols and two exception types that say whether
a failed call may be retried.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from services.workflow.domain.model import Workflow


class DependencyUnavailable(Exception):
    """The other service could not be reached or asked us to retry: replay later."""


class DependencyRejected(Exception):
    """The other service answered with a definitive refusal (4xx): do not retry."""

    def __init__(self, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.details = details or {}


@dataclass(frozen=True)
class ExecutorOutcome:
    success: bool
    message: str
    result: dict[str, Any] = field(default_factory=dict)
    verified: bool = True
    verification: str = "executor reported success"


class Executor(Protocol):
    async def execute(self, wf: Workflow) -> ExecutorOutcome: ...


class Recorder(Protocol):
    async def store_execution(self, wf: Workflow) -> None: ...


class Assessor(Protocol):
    async def schedule_assessment(self, wf: Workflow) -> None: ...


class Notifier(Protocol):
    async def notify(self, payload: dict[str, Any]) -> None: ...
