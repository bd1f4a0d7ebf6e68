"""alert-service application factory (no I/O here: the store opens on start-up)."""

from __future__ import annotations

from kubernaut.runtime.app import ServiceApp, build_app
from services.alert.handlers import Handlers
from services.alert.settings import AlertSettings


def create_app(settings: AlertSettings | None = None) -> ServiceApp:
    settings = settings or AlertSettings()
    return build_app(settings, lambda runtime: Handlers(settings, runtime))
