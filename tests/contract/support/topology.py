"""How each service is started for the contract tests: its settings and real downstreams.

A service under test gets its own real storage (SQLite in a temp dir). Downstream
services are either started for real (listed in ``real``) or unreachable, in which case
the service must still answer as its spec says (typically 503 with the error envelope).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp

from kubernaut.runtime.app import ServiceApp
from kubernaut.runtime.ports import SERVICE_NAMES
from kubernaut.runtime.server import Endpoints
from kubernaut.runtime.testing import upstreams_for

from .live import UNREACHABLE, LiveServices


@dataclass(frozen=True)
class Setup:
    real: tuple[str, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)


def _overrides(name: str, data_dir: Path) -> dict[str, Any]:
    """Settings that keep a service off anything outside the test (clusters, channels)."""
    if name == "executor":
        return {"kubernetes_mode": "none"}
    if name == "notification":
        return {"file_sink_path": data_dir / "notifications.jsonl"}
    if name == "intelligence":
        return {"recompute_interval_seconds": 0}
    return {}


# Storage is the shared data layer: started for real behind every service that uses it, so
# the positive paths (record, read back) run end to end. Other peers are unreachable.
SETUPS: dict[str, Setup] = {
    "gateway": Setup(),
    "alert": Setup(real=("storage",)),
    "ai": Setup(real=("storage",)),
    "workflow": Setup(real=("storage",)),
    "executor": Setup(real=("storage",)),
    "storage": Setup(),
    "intelligence": Setup(real=("storage",)),
    "monitor": Setup(real=("storage",)),
    "context": Setup(real=("storage",)),
    "notification": Setup(),
}


def start_service(
    live: LiveServices,
    name: str,
    data_dir: Path,
    *,
    real: tuple[str, ...] | None = None,
    wrap: Callable[[ASGIApp], ASGIApp] | None = None,
) -> tuple[ServiceApp, Endpoints]:
    """Start ``name`` (and its real downstreams) on ``live``; everything else unreachable."""
    setup = SETUPS[name]
    urls = dict.fromkeys(SERVICE_NAMES, UNREACHABLE)
    for peer in setup.real if real is None else real:
        peer_dir = data_dir / f"peer-{peer}"
        _, endpoints = live.start(
            peer,
            peer_dir,
            upstreams=upstreams_for(dict(urls)),
            **_overrides(peer, peer_dir),
        )
        urls[peer] = endpoints.api
    return live.start(
        name,
        data_dir / name,
        wrap,
        upstreams=upstreams_for(urls),
        **{**_overrides(name, data_dir), **setup.settings},
    )
