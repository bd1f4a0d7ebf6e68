"""storage-service application factory (no I/O here: the database opens on start-up)."""

from __future__ import annotations

from kubernaut.runtime.app import ServiceApp, build_app
from services.storage.handlers import Handlers
from services.storage.settings import StorageSettings


def create_app(settings: StorageSettings | None = None) -> ServiceApp:
    settings = settings or StorageSettings()
    return build_app(settings, lambda runtime: Handlers(settings, runtime))
