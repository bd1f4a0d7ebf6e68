"""Health of a service (seed §3.3.2): a registry of component checks and the body.

Checks are async callables returning a component status; they run concurrently with a
timeout, and a check that raises or times out reports ``unhealthy``. Components marked
non-critical only degrade the service.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from .metrics import HEALTH_VALUES, Metrics
from .ports import display_name

ComponentState = Literal["healthy", "degraded", "unhealthy", "unavailable", "disabled", "unknown"]
Check = Callable[[], Awaitable[ComponentState]]
log = logging.getLogger(__name__)


def format_uptime(seconds: float) -> str:
    """Go-duration style, as in the seed: 2h30m15s."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes}m{secs}s"
    if minutes:
        return f"{minutes}m{secs}s"
    return f"{secs}s"


@dataclass
class _Component:
    check: Check
    critical: bool


class HealthRegistry:
    def __init__(self, service: str, version: str, metrics: Metrics, timeout: float = 2.0) -> None:
        self.service = service
        self.version = version
        self.metrics = metrics
        self.timeout = timeout
        self.started = time.monotonic()
        self._components: dict[str, _Component] = {}

    def register(self, name: str, check: Check, *, critical: bool = True) -> None:
        """Add a component; critical components make the service unhealthy when they fail."""
        self._components[name] = _Component(check, critical)

    async def _run(self, name: str, component: _Component) -> ComponentState:
        try:
            return await asyncio.wait_for(component.check(), self.timeout)
        except Exception:
            log.warning("health check %s failed", name, exc_info=True)
            return "unhealthy"

    async def report(self) -> tuple[dict[str, Any], int]:
        """The health body and its HTTP status (200 healthy/degraded, 503 unhealthy)."""
        names = list(self._components)
        states = await asyncio.gather(*(self._run(n, self._components[n]) for n in names))
        components = dict(zip(names, states, strict=True))
        status = "healthy"
        for name, state in components.items():
            if state in ("healthy", "disabled", "unknown"):
                continue
            if self._components[name].critical and state in ("unhealthy", "unavailable"):
                status = "unhealthy"
                break
            status = "degraded"
        label = display_name(self.service)
        for name, state in components.items():
            self.metrics.health_status.labels(label, name).set(HEALTH_VALUES.get(state, 0.0))
        body = {
            "status": status,
            "service": label,
            "version": self.version,
            "components": components,
            "uptime": format_uptime(time.monotonic() - self.started),
            "last_check": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        }
        return body, 503 if status == "unhealthy" else 200
