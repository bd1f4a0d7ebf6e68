"""Helpers for tests that run real services over real HTTP on loopback."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from .settings import ResilienceSettings, ServiceSettings, Upstreams

S = TypeVar("S", bound=ServiceSettings)

FAST_RESILIENCE = ResilienceSettings(
    failure_threshold=5,
    recovery_timeout=0.5,
    half_open_max_calls=3,
    timeout=5.0,
    max_attempts=3,
    initial_delay=0.01,
    max_delay=0.05,
)


def settings_for_test(cls: type[S], data_dir: Path, **overrides: Any) -> S:
    """Settings on free ports, with response validation on and fast retries.

    Pass ``upstreams=upstreams_for({...})`` to point the service at other test servers.
    """
    values: dict[str, Any] = {
        "port": 0,
        "metrics_port": 0,
        "health_port": 0,
        "data_dir": data_dir,
        "validate_responses": True,
        "resilience": FAST_RESILIENCE,
    }
    values.update(overrides)
    return cls(**values)


def upstreams_for(urls: dict[str, str]) -> Upstreams:
    """Upstreams where the named services live at the given base URLs."""
    return Upstreams(**urls)
