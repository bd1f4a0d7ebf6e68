from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from kubernaut.runtime.app import ServiceApp
from kubernaut.runtime.server import Endpoints, running
from kubernaut.runtime.testing import settings_for_test
from services.notification.app import create_app
from services.notification.settings import NotificationSettings


@dataclass
class Service:
    app: ServiceApp
    endpoints: Endpoints
    http: httpx.AsyncClient
    settings: NotificationSettings

    async def notify(self, **fields: Any) -> httpx.Response:
        body = {"kind": "action_taken", "severity": "warning", "subject": "test", **fields}
        return await self.http.post("/api/v1/notify", json=body)

    async def settled(self, notification_id: str, within: float = 10.0) -> dict[str, Any]:
        """The notification once no delivery is pending any more."""
        deadline = time.monotonic() + within
        while True:
            response = await self.http.get(f"/api/v1/notifications/{notification_id}")
            assert response.status_code == 200, response.text
            data: dict[str, Any] = response.json()
            if data["status"] != "pending" or time.monotonic() > deadline:
                return data
            await asyncio.sleep(0.02)


ServiceFactory = Callable[..., contextlib.AbstractAsyncContextManager[Service]]


@pytest.fixture
def notification_service(tmp_path: Path) -> ServiceFactory:
    @contextlib.asynccontextmanager
    async def start(
        routes: dict[str, Any] | None = None, **overrides: Any
    ) -> AsyncIterator[Service]:
        values: dict[str, Any] = {"tick_seconds": 0.05, "routes_check_interval": 0.0}
        if routes is not None:
            routes_file = tmp_path / "routes.yaml"
            routes_file.write_text(yaml.safe_dump(routes), encoding="utf-8")
            values["routes_file"] = routes_file
        values.update(overrides)
        settings = settings_for_test(NotificationSettings, tmp_path / "data", **values)
        app = create_app(settings)
        async with running(app) as endpoints, httpx.AsyncClient(base_url=endpoints.api) as http:
            yield Service(app, endpoints, http, settings)

    return start
