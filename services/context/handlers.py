"""HTTP handlers of context-service: parse, call the service layer, map the result."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import datetime
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from generated.models import context as m
from generated.stubs.context import ContextApi
from kubernaut.observe.kubernetes import KubernetesReader, UnsupportedKind, build_api_client
from kubernaut.observe.prometheus import PrometheusClient
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.errors import BadRequest, NotFound, ServiceUnavailable, Unprocessable
from kubernaut.runtime.health import ComponentState
from kubernaut.runtime.operations import Reply

from .adapters.peers import Peers
from .domain.freshness import TTLCache
from .domain.series import SeriesTemplate
from .investigation import ALL_PARTS, investigate
from .service import AllSourcesDown, ContextConfig, ContextService, NotFoundError
from .settings import ContextSettings

M = TypeVar("M", bound=BaseModel)


def _parse_since(since: str | None) -> datetime | None:
    if since is None:
        return None
    try:
        return datetime.fromisoformat(since.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadRequest("since must be an RFC 3339 date-time", {"since": since}) from exc


class Handlers(ContextApi):
    def __init__(self, settings: ContextSettings, runtime: ServiceRuntime) -> None:
        self.settings = settings
        self.runtime = runtime
        self.svc: ContextService | None = None
        self._http: httpx.AsyncClient | None = None
        self._kube: KubernetesReader | None = None
        runtime.on_startup(self.start)
        runtime.on_shutdown(self.stop)
        runtime.health.register("kubernetes", self._kube_state, critical=False)
        runtime.health.register("prometheus", self._prom_state, critical=False)
        for peer in ("ai", "storage", "intelligence"):
            runtime.depend_on(peer)

    async def start(self) -> None:
        s = self.settings
        self._http = httpx.AsyncClient(timeout=s.source_timeout_seconds)
        k = s.kubernetes
        api = build_api_client(k.host, k.kubeconfig, k.in_cluster, k.verify_ssl, k.token)
        self._kube = KubernetesReader(api, timeout=k.timeout_seconds) if api is not None else None
        prom = PrometheusClient(s.prometheus_url, http=self._http) if s.prometheus_url else None
        clients = self.runtime.clients
        peers = Peers(clients.get("storage"), clients.get("intelligence"), clients.get("ai"))
        self.svc = ContextService(
            ContextConfig(
                series=[SeriesTemplate(q.name, q.query, q.unit) for q in s.series],
                enhance=s.enhance_with_ai,
                investigation_range_seconds=s.investigation_range_seconds,
                investigation_step_seconds=s.investigation_step_seconds,
            ),
            TTLCache(s.cache_ttl_seconds, s.cache_max_entries),
            self._kube,
            prom,
            peers,
        )

    async def stop(self) -> None:
        if self._http is not None:
            await self._http.aclose()
        if self._kube is not None:
            self._kube.close()

    async def _kube_state(self) -> ComponentState:
        if self._kube is None:
            return "disabled"
        return "healthy" if await self._kube.reachable() else "unavailable"

    async def _prom_state(self) -> ComponentState:
        url = self.settings.prometheus_url
        if not url or self._http is None:
            return "disabled"
        try:
            resp = await self._http.get(f"{url.rstrip('/')}/-/ready", timeout=1.5)
        except httpx.HTTPError:
            return "unavailable"
        return "healthy" if resp.status_code == 200 else "degraded"

    @property
    def service(self) -> ContextService:
        if self.svc is None:
            raise ServiceUnavailable("context-service is starting")
        return self.svc

    async def _run(self, model: type[M], call: Awaitable[dict[str, Any]]) -> M:
        """Map the service's outcomes onto the error envelope."""
        try:
            return model.model_validate(await call)
        except UnsupportedKind as exc:
            raise Unprocessable(str(exc)) from exc
        except NotFoundError as exc:
            raise NotFound(str(exc)) from exc
        except AllSourcesDown as exc:
            raise ServiceUnavailable(
                f"context source unavailable: {exc}", {"missing": exc.missing, "retry_after": "30s"}
            ) from exc

    async def get_kubernetes_context(
        self, namespace: str, kind: str, name: str, events_limit: int = 20
    ) -> m.KubernetesContext | Reply:
        return await self._run(
            m.KubernetesContext, self.service.kubernetes(namespace, kind, name, events_limit)
        )

    async def get_metrics_context(
        self,
        namespace: str,
        kind: str,
        name: str,
        range_seconds: int = 3600,
        step_seconds: int = 60,
    ) -> m.MetricsContext | Reply:
        if step_seconds > range_seconds:
            raise Unprocessable("step_seconds must not exceed range_seconds")
        return await self._run(
            m.MetricsContext,
            self.service.metrics_context(namespace, kind, name, range_seconds, step_seconds),
        )

    async def get_history_context(
        self,
        limit: int = 20,
        namespace: str | None = None,
        resource: str | None = None,
        alert_name: str | None = None,
        action: str | None = None,
        since: str | None = None,
    ) -> m.HistoryContext | Reply:
        return await self._run(
            m.HistoryContext,
            self.service.history(
                namespace=namespace,
                resource=resource,
                alert_name=alert_name,
                action=action,
                since=_parse_since(since),
                limit=limit,
            ),
        )

    async def get_patterns_context(
        self,
        alert_name: str | None = None,
        resource_kind: str | None = None,
        action: str | None = None,
        namespace: str | None = None,
    ) -> m.PatternsContext | Reply:
        return await self._run(
            m.PatternsContext,
            self.service.patterns(
                alert_name=alert_name,
                resource_kind=resource_kind,
                action=action,
                namespace=namespace,
            ),
        )

    async def get_similar_context(
        self,
        alert_name: str,
        k: int = 5,
        namespace: str | None = None,
        resource: str | None = None,
        severity: str | None = None,
        description: str | None = None,
    ) -> m.SimilarContext | Reply:
        alert: dict[str, Any] = {"name": alert_name}
        alert.update(
            {
                key: v
                for key, v in (
                    ("namespace", namespace),
                    ("resource", resource),
                    ("severity", severity),
                )
                if v
            }
        )
        if description:
            alert["annotations"] = {"description": description}
        return await self._run(m.SimilarContext, self.service.similar(alert, k))

    async def get_investigation_context(
        self,
        namespace: str,
        kind: str,
        name: str,
        include: str = ",".join(ALL_PARTS),
        alert_name: str | None = None,
        investigation_id: str | None = None,
    ) -> m.InvestigationContext | Reply:
        parts = {p for p in include.split(",") if p}
        return await self._run(
            m.InvestigationContext,
            investigate(
                self.service,
                namespace=namespace,
                kind=kind,
                name=name,
                alert_name=alert_name,
                investigation_id=investigation_id,
                include=parts,
            ),
        )
