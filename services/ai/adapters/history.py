"""History from storage-service (query-history) and intelligence-service (statistics),
through the generated clients. Never raises: a source that cannot answer is reported in
the ``HistoryView`` and the analysis goes on without it (seed §4.2.2)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx

from generated.clients.intelligence.api.statistics import get_action_statistics
from generated.clients.intelligence.types import UNSET as I_UNSET
from generated.clients.intelligence.types import Unset as IUnset
from generated.clients.storage.api.history import query_history
from generated.clients.storage.types import UNSET, Unset

from ..domain.models import ActionStatistic, HistoryRecord, HistoryView, Outcome

if TYPE_CHECKING:
    from generated.clients import intelligence as intelligence_client
    from generated.clients import storage as storage_client

log = logging.getLogger(__name__)

_OUTCOMES: dict[str, Outcome] = {
    "success": "success",
    "partial": "partial",
    "failure": "failure",
    "inconclusive": "inconclusive",
    "pending": "pending",
}


class ServiceHistory:
    """``HistorySource`` over storage-service and intelligence-service."""

    def __init__(
        self,
        storage: storage_client.Client | None,
        intelligence: intelligence_client.Client | None,
        *,
        lookback: timedelta = timedelta(days=7),
        limit: int = 100,
        timeout_seconds: float = 5.0,
    ) -> None:
        self.storage = storage
        self.intelligence = intelligence
        self.lookback = lookback
        self.limit = limit
        self.timeout = timeout_seconds

    async def fetch(
        self,
        *,
        alert_name: str,
        namespace: str | None,
        resource: str | None,
        kind: str | None,
    ) -> HistoryView:
        records, stats = await asyncio.gather(
            self._guard("storage-service", self._records(alert_name, namespace, resource)),
            self._guard("intelligence-service", self._statistics(alert_name, kind)),
        )
        return HistoryView(
            records=records[0],
            statistics=stats[0],
            history_error=records[1],
            statistics_error=stats[1],
        )

    async def _guard(self, name: str, work: Any) -> tuple[Any, str | None]:
        try:
            return await asyncio.wait_for(work, self.timeout), None
        except TimeoutError:
            return None, f"{name} did not answer within {self.timeout:g}s"
        except httpx.HTTPError as exc:
            return None, f"{name} unreachable: {type(exc).__name__}"
        except _Unexpected as exc:
            return None, f"{name} answered {exc}"

    async def _records(
        self, alert_name: str, namespace: str | None, resource: str | None
    ) -> tuple[HistoryRecord, ...] | None:
        if self.storage is None:
            raise _Unexpected("nothing: not configured")
        if not resource and not alert_name:
            return ()  # nothing identifies what to look for
        since = datetime.now(UTC) - self.lookback
        # Everything done to the target (any alert) matters for oscillation; without a
        # target, the alert's own history is the best we have.
        response = await query_history.asyncio_detailed(
            client=self.storage,
            resource=resource if resource else UNSET,
            namespace=namespace if namespace else UNSET,
            alert_name=alert_name if alert_name and not resource else UNSET,
            since=since,
            limit=self.limit,
        )
        if (
            response.status_code != 200
            or response.parsed is None
            or not hasattr(response.parsed, "items")
        ):
            raise _Unexpected(f"HTTP {response.status_code}")
        # A dry run changed nothing: it is neither a failure, a success nor oscillation.
        return tuple(_record(entry) for entry in response.parsed.items if not _dry_run(entry))

    async def _statistics(
        self, alert_name: str, kind: str | None
    ) -> tuple[ActionStatistic, ...] | None:
        if self.intelligence is None:
            raise _Unexpected("nothing: not configured")
        response = await get_action_statistics.asyncio_detailed(
            client=self.intelligence,
            alert_name=alert_name or I_UNSET,
            resource_kind=kind if kind else I_UNSET,
        )
        if (
            response.status_code != 200
            or response.parsed is None
            or not hasattr(response.parsed, "items")
        ):
            raise _Unexpected(f"HTTP {response.status_code}")
        out = []
        for item in response.parsed.items:
            rate = item.success_rate
            decided = item.successes + item.partial + item.failures
            if isinstance(rate, IUnset) or decided == 0:
                continue
            out.append(
                ActionStatistic(
                    action=item.action,
                    total=decided,
                    success_rate=float(rate),
                    alert_name=item.alert_name,
                )
            )
        return tuple(out)


class _Unexpected(Exception):
    pass


def _dry_run(entry: Any) -> bool:
    execution = getattr(entry, "execution", UNSET)
    return not isinstance(execution, Unset) and execution is not None and bool(execution.dry_run)


def _record(entry: Any) -> HistoryRecord:
    outcome: Outcome = _OUTCOMES.get(str(getattr(entry.outcome, "value", entry.outcome)), "unknown")
    assessed = entry.assessment_outcome
    if (
        not isinstance(assessed, Unset)
        and str(getattr(assessed, "value", assessed)) == "ineffective"
    ):
        outcome = "ineffective"
    params = entry.parameters.to_dict() if hasattr(entry.parameters, "to_dict") else {}
    alert = entry.alert
    resource = params.get("resource")
    if not isinstance(resource, str):
        resource = None if isinstance(alert.resource, Unset) else alert.resource
    namespace = params.get("namespace")
    if not isinstance(namespace, str):
        namespace = None if isinstance(alert.namespace, Unset) else alert.namespace
    created = entry.created_at
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return HistoryRecord(
        action=entry.action,
        outcome=outcome,
        timestamp=created,
        resource=resource,
        namespace=namespace,
        alert_name=alert.name,
        parameters=params,
    )
