"""notification-service application factory (no I/O here: everything opens on start-up)."""

from __future__ import annotations

from kubernaut.runtime.app import ServiceApp, build_app
from services.notification.handlers import Handlers
from services.notification.settings import NotificationSettings


def create_app(settings: NotificationSettings | None = None) -> ServiceApp:
    settings = settings or NotificationSettings()
    return build_app(settings, lambda runtime: Handlers(settings, runtime))
