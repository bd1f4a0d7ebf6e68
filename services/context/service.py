"""Application layer of context-service: gather parts concurrently, cache, report freshness.

A part that fails becomes a ``missing`` entry; only a request whose every source is
down fails (503), and the investigation bundle never fails for a source.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from kubernaut.observe.errors import QueryRejected, SourceUnavailable
from kubernaut.observe.kubernetes import CANONICAL_KIND, controller_of, normalise_kind, pod_selector

from .domain.freshness import Part, TTLCache, describe
from .domain.kube import REPLICATED, object_summary, pod_state, relevant_events
from .domain.series import SeriesTemplate, render, to_series


class NotFoundError(LookupError):
    pass


class AllSourcesDown(Exception):
    def __init__(self, missing: Sequence[Mapping[str, str]]) -> None:
        super().__init__("; ".join(f"{m['source']}: {m['reason']}" for m in missing))
        self.missing = list(missing)


class KubeSource(Protocol):
    async def get(self, kind: str, namespace: str | None, name: str) -> dict[str, Any] | None: ...
    async def list_pods(
        self, namespace: str, selector: Mapping[str, str]
    ) -> list[dict[str, Any]]: ...
    async def list_events(self, namespace: str) -> list[dict[str, Any]]: ...


class MetricsSource(Protocol):
    async def query_range(
        self, promql: str, start: datetime, end: datetime, step_seconds: float
    ) -> list[dict[str, Any]]: ...


class PeerSource(Protocol):
    async def history(
        self,
        *,
        namespace: str | None,
        resource: str | None,
        alert_name: str | None,
        action: str | None,
        since: datetime | None,
        limit: int,
    ) -> list[dict[str, Any]]: ...
    async def patterns(
        self,
        *,
        alert_name: str | None,
        resource_kind: str | None,
        action: str | None,
        namespace: str | None,
    ) -> list[dict[str, Any]]: ...
    async def statistics(
        self,
        *,
        alert_name: str | None,
        resource_kind: str | None,
        action: str | None,
    ) -> list[dict[str, Any]]: ...
    async def similar(self, alert: Mapping[str, Any], k: int) -> list[dict[str, Any]]: ...
    async def enhance(self, request: Mapping[str, Any]) -> dict[str, Any]: ...


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class ContextConfig:
    series: Sequence[SeriesTemplate]
    enhance: bool = True
    investigation_range_seconds: int = 3600
    investigation_step_seconds: int = 60


class ContextService:
    def __init__(
        self,
        config: ContextConfig,
        cache: TTLCache,
        kube: KubeSource | None,
        metrics: MetricsSource | None,
        peers: PeerSource | None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.config = config
        self.cache = cache
        self.kube = kube
        self.metrics = metrics
        self.peers = peers
        self.clock = clock

    async def _part(
        self,
        part: str,
        source: str,
        key: Hashable | None,
        fetch: Callable[[], Awaitable[Any]],
    ) -> Part:
        """Fetch one part through the cache; source failures become an error Part."""
        now = self.clock()
        if key is not None:
            hit = self.cache.get(key, now)
            if hit is not None:
                return Part(part, source, hit[1], hit[0], cached=True)
        try:
            value = await fetch()
        except (SourceUnavailable, QueryRejected) as exc:
            return Part(part, source, error=exc.reason)
        if key is not None:
            self.cache.put(key, now, value)
        return Part(part, source, value, now)

    # -- Kubernetes ---------------------------------------------------------------------
    async def kubernetes(
        self, namespace: str | None, kind: str, name: str, events_limit: int = 20
    ) -> dict[str, Any]:
        """Raises UnsupportedKind (422), NotFoundError (404) or AllSourcesDown (503)."""
        kind_key = normalise_kind(kind)
        canonical = CANONICAL_KIND[kind_key]
        ns = namespace if namespace not in (None, "_") else None
        if self.kube is None:
            raise AllSourcesDown(
                [{"part": "object", "source": "kubernetes", "reason": "kubernetes not configured"}]
            )
        kube = self.kube
        obj_part = await self._part(
            "object",
            "kubernetes",
            ("k8s-object", kind_key, ns, name),
            lambda: kube.get(kind_key, ns, name),
        )
        if not obj_part.ok:
            raise AllSourcesDown(describe([obj_part], self.clock())["missing"])
        if obj_part.value is None:
            raise NotFoundError(f"{canonical} {ns + '/' if ns else ''}{name} not found")
        obj: dict[str, Any] = obj_part.value
        owners_part, pods_part = await asyncio.gather(
            self._part(
                "owner_chain",
                "kubernetes",
                ("k8s-owners", kind_key, ns, name),
                lambda: self._owners(obj, ns),
            ),
            self._part(
                "pods",
                "kubernetes",
                ("k8s-pods", kind_key, ns, name),
                lambda: self._pods(kind_key, obj, ns),
            ),
        )
        parts = [obj_part, owners_part, pods_part]
        pods: list[dict[str, Any]] = pods_part.value or []
        events: list[dict[str, Any]] = []
        if ns:
            ev_part = await self._part(
                "events", "kubernetes", ("k8s-events", ns), lambda: kube.list_events(ns)
            )
            parts.append(ev_part)
            related = [("Pod", str((p.get("metadata") or {}).get("name"))) for p in pods]
            related += [(o["kind"], o["name"]) for o in owners_part.value or []]
            rs_names = {
                c[1] for p in pods if (c := controller_of(p)) is not None and c[0] == "ReplicaSet"
            }
            related += [("ReplicaSet", n) for n in rs_names]
            events = relevant_events(ev_part.value or [], canonical, name, related, events_limit)
        return {
            "namespace": ns or "_",
            "kind": canonical,
            "name": name,
            "summary": object_summary(kind_key, canonical, obj),
            "owner_chain": owners_part.value or [],
            "events": events,
            "pods": [pod_state(p) for p in pods],
            **describe(parts, self.clock()),
        }

    async def _owners(self, obj: Mapping[str, Any], ns: str | None) -> list[dict[str, str]]:
        assert self.kube is not None
        chain: list[dict[str, str]] = []
        current: Mapping[str, Any] | None = obj
        for _ in range(5):  # Pod -> ReplicaSet -> Deployment is the deepest common chain
            owner = controller_of(current) if current else None
            if owner is None:
                break
            okind, oname = owner
            ref: Mapping[str, Any] = next(
                (
                    r
                    for r in (current or {}).get("metadata", {}).get("ownerReferences", [])
                    if r.get("name") == oname
                ),
                {},
            )
            entry = {"kind": okind, "name": oname}
            if ref.get("uid"):
                entry["uid"] = str(ref["uid"])
            chain.append(entry)
            try:
                current = await self.kube.get(okind, ns, oname)
            except ValueError:  # an owner kind we do not read (custom resource): stop here
                break
        return chain

    async def _pods(
        self, kind_key: str, obj: Mapping[str, Any], ns: str | None
    ) -> list[dict[str, Any]]:
        assert self.kube is not None
        if kind_key == "pod":
            return [dict(obj)]
        if ns and (kind_key in REPLICATED or kind_key == "service"):
            selector = (
                pod_selector(obj)
                if kind_key != "service"
                else {
                    str(k): str(v)
                    for k, v in ((obj.get("spec") or {}).get("selector") or {}).items()
                }
            )
            if selector:
                return await self.kube.list_pods(ns, selector)
        return []

    # -- metrics ------------------------------------------------------------------------
    async def metrics_context(
        self,
        namespace: str | None,
        kind: str,
        name: str,
        range_seconds: int,
        step_seconds: int,
    ) -> dict[str, Any]:
        kind_key = normalise_kind(kind)
        ns = namespace if namespace not in (None, "_") else None
        if self.metrics is None:
            raise AllSourcesDown(
                [{"part": "metrics", "source": "prometheus", "reason": "prometheus not configured"}]
            )
        metrics = self.metrics
        templates = render(self.config.series, kind_key, name, ns)
        now = self.clock()
        start = now - timedelta(seconds=range_seconds)

        def fetch(t: SeriesTemplate) -> Callable[[], Awaitable[Any]]:
            async def run() -> list[dict[str, Any]]:
                return to_series(t, await metrics.query_range(t.query, start, now, step_seconds))

            return run

        parts = await asyncio.gather(
            *(
                self._part(
                    f"metrics:{t.name}",
                    "prometheus",
                    ("prom", t.query, range_seconds, step_seconds),
                    fetch(t),
                )
                for t in templates
            )
        )
        if parts and not any(p.ok for p in parts):
            raise AllSourcesDown(describe(parts, self.clock())["missing"])
        series = [s for p in parts if p.ok for s in p.value]
        return {
            "namespace": ns or "_",
            "kind": CANONICAL_KIND[kind_key],
            "name": name,
            "range_seconds": range_seconds,
            "step_seconds": step_seconds,
            "series": series,
            **describe(parts, self.clock(), default_source="prometheus"),
        }

    # -- storage / intelligence ---------------------------------------------------------
    def _peers(self) -> PeerSource:
        if self.peers is None:
            raise AllSourcesDown(
                [{"part": "peers", "source": "storage", "reason": "not configured"}]
            )
        return self.peers

    async def history(self, **filters: Any) -> dict[str, Any]:
        peers = self._peers()
        key = ("history", *sorted((k, str(v)) for k, v in filters.items()))
        part = await self._part("history", "storage", key, lambda: peers.history(**filters))
        if not part.ok:
            raise AllSourcesDown(describe([part], self.clock())["missing"])
        return {"items": part.value, **describe([part], self.clock())}

    async def patterns(self, **filters: Any) -> dict[str, Any]:
        peers = self._peers()
        key = tuple(sorted((k, str(v)) for k, v in filters.items()))
        stat_filters = {k: v for k, v in filters.items() if k != "namespace"}
        p, s = await asyncio.gather(
            self._part(
                "patterns", "storage", ("patterns", *key), lambda: peers.patterns(**filters)
            ),
            self._part(
                "statistics",
                "intelligence",
                ("stats", *key),
                lambda: peers.statistics(**stat_filters),
            ),
        )
        if not p.ok and not s.ok:
            raise AllSourcesDown(describe([p, s], self.clock())["missing"])
        return {
            "patterns": p.value or [],
            "statistics": s.value or [],
            **describe([p, s], self.clock()),
        }

    async def similar(self, alert: Mapping[str, Any], k: int) -> dict[str, Any]:
        peers = self._peers()
        key = ("similar", k, *sorted((a, str(b)) for a, b in alert.items()))
        part = await self._part("similar", "storage", key, lambda: peers.similar(alert, k))
        if not part.ok:
            raise AllSourcesDown(describe([part], self.clock())["missing"])
        return {"items": part.value, **describe([part], self.clock())}
