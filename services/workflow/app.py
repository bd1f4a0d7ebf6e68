"""workflow-service: ``create_app(settings)`` builds the service; no I/O here."""

from __future__ import annotations

from kubernaut.runtime.app import ServiceApp, build_app
from services.workflow.domain.clock import Clock
from services.workflow.handlers import Handlers
from services.workflow.settings import WorkflowSettings


def create_app(settings: WorkflowSettings | None = None, clock: Clock | None = None) -> ServiceApp:
    """``clock`` is injectable so tests can drive cooldowns and expiries."""
    resolved = settings or WorkflowSettings()
    return build_app(resolved, lambda runtime: Handlers(resolved, runtime, clock))
