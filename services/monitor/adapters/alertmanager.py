"""Alertmanager API v2 client: the currently active alerts, filtered by label matchers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from kubernaut.observe.errors import SourceUnavailable

SOURCE = "alertmanager"


def _matcher(name: str, value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{name}="{escaped}"'


class AlertmanagerClient:
    def __init__(self, base_url: str, timeout: float = 5.0, http: httpx.AsyncClient | None = None):
        self._base = base_url.rstrip("/")
        self._http = http or httpx.AsyncClient(timeout=timeout)
        self._owned = http is None

    async def aclose(self) -> None:
        if self._owned:
            await self._http.aclose()

    async def alerts(self, matchers: Mapping[str, str]) -> list[dict[str, Any]]:
        """GET /api/v2/alerts?filter=...; resolved alerts are not returned by Alertmanager."""
        params = {
            "filter": [_matcher(k, v) for k, v in matchers.items()],
            "active": "true",
            "silenced": "true",
            "inhibited": "true",
        }
        try:
            resp = await self._http.get(f"{self._base}/api/v2/alerts", params=params)
        except httpx.HTTPError as exc:
            raise SourceUnavailable(SOURCE, f"{type(exc).__name__}: {exc}") from exc
        if resp.status_code != 200:
            raise SourceUnavailable(SOURCE, f"HTTP {resp.status_code}: {resp.text[:200]}")
        try:
            body = resp.json()
        except ValueError as exc:
            raise SourceUnavailable(SOURCE, "non-JSON body") from exc
        if not isinstance(body, list):
            raise SourceUnavailable(SOURCE, "unexpected body (expected a list of alerts)")
        return [a for a in body if isinstance(a, dict)]
