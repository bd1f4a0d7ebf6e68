"""intelligence-service application factory (no I/O here)."""

from __future__ import annotations

from kubernaut.runtime.app import ServiceApp, build_app
from services.intelligence.handlers import Handlers
from services.intelligence.settings import IntelligenceSettings


def create_app(settings: IntelligenceSettings | None = None) -> ServiceApp:
    settings = settings or IntelligenceSettings()
    return build_app(settings, lambda runtime: Handlers(settings, runtime))
