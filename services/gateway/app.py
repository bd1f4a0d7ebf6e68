"""gateway-service application factory (no I/O here: the queue opens on start-up)."""

from __future__ import annotations

from kubernaut.runtime.app import ServiceApp, build_app
from services.gateway.handlers import Handlers
from services.gateway.settings import GatewaySettings


def create_app(settings: GatewaySettings | None = None) -> ServiceApp:
    settings = settings or GatewaySettings()
    return build_app(settings, lambda runtime: Handlers(settings, runtime))
