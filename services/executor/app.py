"""executor-service application factory (no I/O here: credentials load on start-up)."""

from __future__ import annotations

from kubernaut.runtime.app import ServiceApp, build_app

from .handlers import Handlers
from .settings import ExecutorSettings


def create_app(settings: ExecutorSettings | None = None) -> ServiceApp:
    settings = settings or ExecutorSettings()
    return build_app(settings, lambda runtime: Handlers(settings, runtime))
