"""monitor-service application factory (no I/O at import time or in create_app)."""

from __future__ import annotations

from kubernaut.runtime.app import ServiceApp, build_app

from .handlers import Handlers
from .settings import MonitorSettings


def create_app(settings: MonitorSettings | None = None) -> ServiceApp:
    settings = settings or MonitorSettings()
    return build_app(settings, lambda runtime: Handlers(settings, runtime))
