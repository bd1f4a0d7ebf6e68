"""Prometheus HTTP API client (range queries) over httpx."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx

from .errors import QueryRejected, SourceUnavailable

SOURCE = "prometheus"


class PrometheusClient:
    def __init__(self, base_url: str, http: httpx.AsyncClient) -> None:
        self._base = base_url.rstrip("/")
        self._http = http

    async def query_range(
        self, promql: str, start: datetime, end: datetime, step_seconds: float
    ) -> list[dict[str, Any]]:
        """The result matrix of /api/v1/query_range (each item: metric, values)."""
        params = {
            "query": promql,
            "start": f"{start.timestamp():.3f}",
            "end": f"{end.timestamp():.3f}",
            "step": f"{max(step_seconds, 0.001):g}",
        }
        try:
            resp = await self._http.get(f"{self._base}/api/v1/query_range", params=params)
        except httpx.HTTPError as exc:
            raise SourceUnavailable(SOURCE, f"{type(exc).__name__}: {exc}") from exc
        try:
            body = resp.json()
        except ValueError as exc:
            raise SourceUnavailable(SOURCE, f"HTTP {resp.status_code}, non-JSON body") from exc
        if resp.status_code in (400, 422):
            raise QueryRejected(SOURCE, str(body.get("error", "query rejected")))
        if resp.status_code >= 300 or body.get("status") != "success":
            raise SourceUnavailable(SOURCE, f"HTTP {resp.status_code}: {body.get('error', '')}")
        return list(body.get("data", {}).get("result", []))
