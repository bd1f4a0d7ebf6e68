"""Builds monitor-service's adapters and background scheduler at start-up (no I/O before)."""

from __future__ import annotations

import logging

import httpx
from sqlalchemy import text

from kubernaut.observe.kubernetes import KubernetesReader, build_api_client
from kubernaut.observe.prometheus import PrometheusClient
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.db import create_engine, sqlite_url
from kubernaut.runtime.health import ComponentState

from .adapters.alertmanager import AlertmanagerClient
from .adapters.peers import PeerFeedback
from .adapters.store import MonitorStore
from .assessor import Assessor, AssessorConfig
from .domain.metrics import MetricSpec
from .domain.scoring import Thresholds
from .scheduler import Scheduler
from .service import MonitorConfig, MonitorService
from .settings import MonitorSettings

log = logging.getLogger(__name__)


class Wiring:
    def __init__(self, settings: MonitorSettings, runtime: ServiceRuntime) -> None:
        self.settings = settings
        self.runtime = runtime
        self.service: MonitorService | None = None
        self.scheduler: Scheduler | None = None
        self._store: MonitorStore | None = None
        self._prom: PrometheusClient | None = None
        self._am: AlertmanagerClient | None = None
        self._kube: KubernetesReader | None = None
        self._http: httpx.AsyncClient | None = None

    def _database_url(self) -> str:
        return sqlite_url(self.settings.service_dir / "monitor.db")

    async def start(self) -> None:
        s = self.settings
        self._store = MonitorStore(create_engine(self._database_url()))
        await self._store.create()
        timeout = s.source_timeout_seconds
        self._http = httpx.AsyncClient(timeout=timeout)
        if s.prometheus_url:
            self._prom = PrometheusClient(s.prometheus_url, http=self._http)
        if s.alertmanager_url:
            self._am = AlertmanagerClient(s.alertmanager_url, http=self._http)
        k = s.kubernetes
        api = build_api_client(k.host, k.kubeconfig, k.in_cluster, k.verify_ssl, k.token)
        if api is not None:
            self._kube = KubernetesReader(api, timeout=k.timeout_seconds)
        w = s.weights
        assessor = Assessor(
            AssessorConfig(
                weights={"health": w.health, "alert": w.alert, "metrics": w.metrics},
                thresholds=Thresholds(**s.thresholds.model_dump()),
                templates=[MetricSpec(t.name, t.query, t.better) for t in s.metric_templates],
                lookback_seconds=s.metrics_lookback_seconds,
                step_seconds=s.metrics_step_seconds,
                tolerance=s.metric_tolerance,
            ),
            workloads=self._kube,
            alerts=self._am,
            metrics=self._prom,
        )
        clients = self.runtime.clients
        feedback = PeerFeedback(
            clients.get("storage"),
            clients.get("workflow"),
            clients.get("notification"),
            channels=s.notification_channels,
            public_url=s.public_url,
        )
        self.service = MonitorService(
            self._store,
            assessor,
            feedback,
            MonitorConfig(
                default_window_seconds=s.window_seconds,
                irreversible_actions=frozenset(s.irreversible_actions),
                feedback_max_attempts=s.feedback_max_attempts,
                feedback_retry_seconds=s.feedback_retry_seconds,
            ),
        )
        self.scheduler = Scheduler(self.service, s.poll_interval_seconds)
        await self.scheduler.start()

    async def stop(self) -> None:
        if self.scheduler is not None:
            await self.scheduler.stop()
        if self._http is not None:
            await self._http.aclose()
        if self._kube is not None:
            self._kube.close()
        if self._store is not None:
            await self._store.engine.dispose()

    def poke(self) -> None:
        if self.scheduler is not None:
            self.scheduler.poke()

    async def db_ok(self) -> bool:
        if self._store is None:
            return False
        try:
            async with self._store.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        except Exception:
            return False
        return True

    async def source_state(self, name: str) -> ComponentState:
        s = self.settings
        url = {"prometheus": s.prometheus_url, "alertmanager": s.alertmanager_url}.get(name)
        if name == "kubernetes":
            if self._kube is None:
                return "disabled"
            return "healthy" if await self._kube.reachable() else "unavailable"
        if not url or self._http is None:
            return "disabled"
        try:
            resp = await self._http.get(f"{url.rstrip('/')}/-/ready", timeout=1.5)
        except httpx.HTTPError:
            return "unavailable"
        return "healthy" if resp.status_code == 200 else "degraded"
