"""Prometheus HTTP API client (/api/v1/query and /api/v1/query_range) over httpx."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

import httpx

from .errors import QueryRejected, SourceUnavailable

SOURCE = "prometheus"


class PrometheusClient:
    def __init__(self, base_url: str, timeout: float = 5.0, http: httpx.AsyncClient | None = None):
        self._base = base_url.rstrip("/")
        self._http = http or httpx.AsyncClient(timeout=timeout)
        self._owned = http is None

    async def aclose(self) -> None:
        if self._owned:
            await self._http.aclose()

    async def _get(self, path: str, params: dict[str, str]) -> Any:
        try:
            resp = await self._http.get(f"{self._base}{path}", params=params)
        except httpx.HTTPError as exc:
            raise SourceUnavailable(SOURCE, f"{type(exc).__name__}: {exc}") from exc
        try:
            body = resp.json()
        except ValueError as exc:
            raise SourceUnavailable(SOURCE, f"HTTP {resp.status_code}, non-JSON body") from exc
        if resp.status_code in (400, 422) or (
            isinstance(body, dict) and body.get("status") == "error"
        ):
            reason = (
                body.get("error", "query rejected") if isinstance(body, dict) else "query rejected"
            )
            if resp.status_code >= 500:
                raise SourceUnavailable(SOURCE, str(reason))
            raise QueryRejected(SOURCE, str(reason))
        if resp.status_code >= 300:
            raise SourceUnavailable(SOURCE, f"HTTP {resp.status_code}")
        return body.get("data", {})

    async def query(self, promql: str, at: datetime | None = None) -> list[dict[str, Any]]:
        """Instant query; returns the result vector (each item: metric, value)."""
        params = {"query": promql}
        if at is not None:
            params["time"] = f"{at.timestamp():.3f}"
        data = await self._get("/api/v1/query", params)
        result = data.get("result", [])
        if data.get("resultType") == "scalar":
            return [{"metric": {}, "value": result}]
        return list(result)

    async def query_range(
        self, promql: str, start: datetime, end: datetime, step_seconds: float
    ) -> list[dict[str, Any]]:
        """Range query; returns the result matrix (each item: metric, values)."""
        params = {
            "query": promql,
            "start": f"{start.timestamp():.3f}",
            "end": f"{end.timestamp():.3f}",
            "step": f"{max(step_seconds, 0.001):g}",
        }
        data = await self._get("/api/v1/query_range", params)
        return list(data.get("result", []))

    async def mean_over(
        self, promql: str, start: datetime, end: datetime, step_seconds: float
    ) -> float | None:
        """Mean over time of the query, summed across series; None without data.

        Summing keeps one number per workload even when a template returns a series per pod."""
        matrix = await self.query_range(promql, start, end, step_seconds)
        per_ts: dict[float, float] = {}
        for series in matrix:
            for ts, raw in series.get("values", []):
                value = float(raw)
                if math.isnan(value):
                    continue
                per_ts[float(ts)] = per_ts.get(float(ts), 0.0) + value
        if not per_ts:
            return None
        return sum(per_ts.values()) / len(per_ts)
