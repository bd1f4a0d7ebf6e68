"""storage, intelligence and ai through the generated clients; answers as plain JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import httpx

from generated.clients.ai.api.context import enhance_context
from generated.clients.ai.models import EnhanceContextRequest
from generated.clients.intelligence.api.statistics import get_action_statistics
from generated.clients.intelligence.types import UNSET as INTELLIGENCE_UNSET
from generated.clients.storage.api.history import query_history
from generated.clients.storage.api.patterns import query_patterns
from generated.clients.storage.api.similarity import search_similar
from generated.clients.storage.models import SimilarQuery
from generated.clients.storage.types import UNSET as STORAGE_UNSET
from kubernaut.observe.errors import SourceUnavailable


def _opt(value: Any) -> Any:
    """None -> "not sent" (each generated package has its own UNSET sentinel)."""
    return STORAGE_UNSET if value is None else value


def _opt_intel(value: Any) -> Any:
    return INTELLIGENCE_UNSET if value is None else value


def _body(source: str, resp: Any) -> dict[str, Any]:
    if resp.status_code != 200:
        text = resp.content[:200].decode("utf-8", "replace")
        raise SourceUnavailable(source, f"HTTP {resp.status_code}: {text}")
    try:
        body = json.loads(resp.content)
    except ValueError as exc:
        raise SourceUnavailable(source, "non-JSON answer") from exc
    if not isinstance(body, dict):
        raise SourceUnavailable(source, "unexpected answer")
    return body


async def _call(source: str, coro: Any) -> dict[str, Any]:
    try:
        resp = await coro
    except httpx.HTTPError as exc:  # connection errors, timeouts, open circuit
        raise SourceUnavailable(source, f"{type(exc).__name__}: {exc}") from exc
    return _body(source, resp)


class Peers:
    def __init__(self, storage: Any, intelligence: Any, ai: Any) -> None:
        self._storage = storage
        self._intelligence = intelligence
        self._ai = ai

    async def history(
        self,
        *,
        namespace: str | None,
        resource: str | None,
        alert_name: str | None,
        action: str | None,
        since: datetime | None,
        limit: int,
    ) -> list[dict[str, Any]]:
        body = await _call(
            "storage",
            query_history.asyncio_detailed(
                client=self._storage,
                namespace=_opt(namespace),
                resource=_opt(resource),
                alert_name=_opt(alert_name),
                action=_opt(action),
                since=_opt(since),
                limit=limit,
            ),
        )
        return list(body.get("items", []))

    async def patterns(
        self,
        *,
        alert_name: str | None,
        resource_kind: str | None,
        action: str | None,
        namespace: str | None,
    ) -> list[dict[str, Any]]:
        body = await _call(
            "storage",
            query_patterns.asyncio_detailed(
                client=self._storage,
                alert_name=_opt(alert_name),
                resource_kind=_opt(resource_kind),
                action=_opt(action),
                namespace=_opt(namespace),
            ),
        )
        return list(body.get("items", []))

    async def statistics(
        self,
        *,
        alert_name: str | None,
        resource_kind: str | None,
        action: str | None,
    ) -> list[dict[str, Any]]:
        body = await _call(
            "intelligence",
            get_action_statistics.asyncio_detailed(
                client=self._intelligence,
                alert_name=_opt_intel(alert_name),
                resource_kind=_opt_intel(resource_kind),
                action=_opt_intel(action),
            ),
        )
        return list(body.get("items", []))

    async def similar(self, alert: Mapping[str, Any], k: int) -> list[dict[str, Any]]:
        body = await _call(
            "storage",
            search_similar.asyncio_detailed(
                client=self._storage,
                body=SimilarQuery.from_dict({"alert": dict(alert), "k": k}),
            ),
        )
        return [
            {**item.get("incident", {}), "similarity": item.get("score")}
            for item in body.get("items", [])
        ]

    async def enhance(self, request: Mapping[str, Any]) -> dict[str, Any]:
        return await _call(
            "ai",
            enhance_context.asyncio_detailed(
                client=self._ai,
                body=EnhanceContextRequest.from_dict(dict(request)),
            ),
        )
