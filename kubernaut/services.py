"""Where the CLI and tests find each service (the only module that imports services)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, Protocol

from kubernaut.runtime.app import ServiceApp
from kubernaut.runtime.ports import SERVICE_NAMES
from kubernaut.runtime.settings import ServiceSettings


class AppFactory(Protocol):
    def __call__(self) -> ServiceApp: ...


def _check(name: str) -> None:
    if name not in SERVICE_NAMES:
        raise KeyError(f"unknown service {name!r}; known: {', '.join(SERVICE_NAMES)}")


def app_factory(name: str) -> AppFactory:
    _check(name)
    module = importlib.import_module(f"services.{name}.app")
    factory: AppFactory = module.create_app
    return factory


def settings_class(name: str) -> type[ServiceSettings]:
    """The ``ServiceSettings`` subclass in ``services/<name>/settings.py``."""
    _check(name)
    module = importlib.import_module(f"services.{name}.settings")
    for value in vars(module).values():
        if (
            isinstance(value, type)
            and issubclass(value, ServiceSettings)
            and getattr(value, "service", "") == name
        ):
            return value
    raise LookupError(f"services/{name}/settings.py defines no settings for {name}")


def build_for_test(name: str, data_dir: Path, **overrides: Any) -> ServiceApp:
    """Service ``name`` with test settings (free ports, response validation, fast retries)."""
    from kubernaut.runtime.testing import settings_for_test

    module = importlib.import_module(f"services.{name}.app")
    settings = settings_for_test(settings_class(name), data_dir, **overrides)
    app: ServiceApp = module.create_app(settings)
    return app
