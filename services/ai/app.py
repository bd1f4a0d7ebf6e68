"""ai-service application factory (no I/O here: catalogue and rules load on start-up)."""

from __future__ import annotations

from kubernaut.runtime.app import ServiceApp, build_app
from services.ai.handlers import Handlers
from services.ai.settings import AiSettings


def create_app(settings: AiSettings | None = None) -> ServiceApp:
    settings = settings or AiSettings()
    return build_app(settings, lambda runtime: Handlers(settings, runtime))
