"""Reads remediation history from storage-service and writes patterns back.

Only the generated storage client is used (the runtime's factory adds request ids,
retries and the circuit breaker); vendor errors become `SourceUnavailable`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any, Protocol

import httpx

from generated.clients.storage import Client
from generated.clients.storage.api.alerts import list_alert_records
from generated.clients.storage.api.assessments import list_assessments
from generated.clients.storage.api.history import query_history
from generated.clients.storage.api.patterns import query_patterns, store_patterns
from generated.clients.storage.models import StorePatternsRequest
from generated.clients.storage.types import UNSET, Unset
from services.intelligence.domain.model import (
    UNKNOWN_KIND,
    AlertOccurrence,
    Incident,
    MinedPattern,
    PatternType,
)

PAGE = 500


class SourceUnavailable(Exception):
    """storage-service could not be reached or answered an error."""


class HistorySource(Protocol):
    async def incidents(self, since: datetime, max_records: int) -> list[Incident]: ...

    async def alerts(self, since: datetime, max_records: int) -> list[AlertOccurrence]: ...

    async def change_marker(self) -> tuple[str, ...]: ...

    async def write_patterns(
        self, patterns: Sequence[MinedPattern], replace: Sequence[PatternType], at: datetime
    ) -> None: ...

    async def patterns(self, **filters: Any) -> tuple[list[dict[str, Any]], str | None]: ...


def _opt(value: Any) -> Any:
    return UNSET if value is None else value


class SourceRejected(Exception):
    """storage-service refused the query as invalid (e.g. a bad cursor): the caller's fault."""


def _parsed(response: Any, expected: int = 200) -> Any:
    if response.status_code == 400:
        message = "storage-service rejected the query"
        parsed = response.parsed
        error = getattr(parsed, "error", None)
        if error is not None and getattr(error, "message", None):
            message = str(error.message)
        raise SourceRejected(message)
    if response.status_code != expected or response.parsed is None:
        raise SourceUnavailable(f"storage-service answered {response.status_code}")
    return response.parsed


def _incident(entry: dict[str, Any]) -> Incident:
    alert = entry.get("alert") or {}
    return Incident(
        action_id=entry["action_id"],
        alert_name=alert.get("name", ""),
        action=entry["action"],
        created_at=datetime.fromisoformat(entry["created_at"]),
        outcome=entry.get("outcome", "pending"),
        namespace=alert.get("namespace") or entry.get("parameters", {}).get("namespace", ""),
        resource=alert.get("resource") or entry.get("parameters", {}).get("resource", ""),
        resource_kind=entry.get("resource_kind") or UNKNOWN_KIND,
        time_to_resolution_seconds=entry.get("time_to_resolution_seconds"),
    )


def _occurrence(record: dict[str, Any]) -> AlertOccurrence:
    return AlertOccurrence(
        name=record["name"],
        starts_at=datetime.fromisoformat(record["starts_at"]),
        namespace=record.get("namespace", ""),
        resource=record.get("resource", ""),
        fingerprint=record.get("fingerprint", ""),
    )


class StorageSource:
    def __init__(self, client: Client) -> None:
        self._client = client

    async def incidents(self, since: datetime, max_records: int) -> list[Incident]:
        items = await self._pages(query_history.asyncio_detailed, since, max_records)
        return [_incident(e) for e in items]

    async def alerts(self, since: datetime, max_records: int) -> list[AlertOccurrence]:
        items = await self._pages(list_alert_records.asyncio_detailed, since, max_records)
        return [_occurrence(r) for r in items]

    async def _pages(
        self, fetch: Callable[..., Awaitable[Any]], since: datetime, max_records: int
    ) -> list[dict[str, Any]]:
        """Items of a paginated storage listing since ``since``, following cursors."""
        out: list[dict[str, Any]] = []
        cursor: str | Unset = UNSET
        try:
            while len(out) < max_records:
                page = _parsed(
                    await fetch(client=self._client, since=since, limit=PAGE, cursor=cursor)
                ).to_dict()
                out += page["items"]
                if not page.get("next_cursor"):
                    break
                cursor = page["next_cursor"]
        except httpx.HTTPError as exc:
            raise SourceUnavailable(str(exc) or type(exc).__name__) from exc
        return out[:max_records]

    async def change_marker(self) -> tuple[str, ...]:
        """Identity of the newest action, assessment and alert: equal markers = no change."""
        try:
            history = _parsed(await query_history.asyncio_detailed(client=self._client, limit=1))
            assessed = _parsed(
                await list_assessments.asyncio_detailed(client=self._client, limit=1)
            )
            alerts = _parsed(
                await list_alert_records.asyncio_detailed(client=self._client, limit=1)
            )
        except httpx.HTTPError as exc:
            raise SourceUnavailable(str(exc) or type(exc).__name__) from exc
        marker: list[str] = []
        for page, fields in (
            (history, ("action_id", "outcome")),
            (assessed, ("assessment_id", "recorded_at")),
            (alerts, ("alert_id", "updated_at")),
        ):
            items = page.to_dict()["items"]
            marker.append("|".join(str(items[0].get(f, "")) for f in fields) if items else "")
        return tuple(marker)

    async def write_patterns(
        self, patterns: Sequence[MinedPattern], replace: Sequence[PatternType], at: datetime
    ) -> None:
        body = StorePatternsRequest.from_dict(
            {
                "patterns": [
                    {k: v for k, v in asdict(p).items() if v is not None and v != ""}
                    for p in patterns
                ],
                "replace_types": list(replace),
                "computed_at": at.isoformat(),
            }
        )
        try:
            _parsed(await store_patterns.asyncio_detailed(client=self._client, body=body))
        except httpx.HTTPError as exc:
            raise SourceUnavailable(str(exc) or type(exc).__name__) from exc

    async def patterns(self, **filters: Any) -> tuple[list[dict[str, Any]], str | None]:
        try:
            page = _parsed(
                await query_patterns.asyncio_detailed(
                    client=self._client, **{k: _opt(v) for k, v in filters.items()}
                )
            ).to_dict()
        except httpx.HTTPError as exc:
            raise SourceUnavailable(str(exc) or type(exc).__name__) from exc
        return page["items"], page.get("next_cursor")
