"""The all-in-one investigation bundle for HolmesGPT: every part, then ai enrichment."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from datetime import timedelta
from typing import Any

from kubernaut.observe.errors import SourceUnavailable
from kubernaut.observe.kubernetes import UnsupportedKind

from .domain.freshness import Part, describe
from .service import AllSourcesDown, ContextService, NotFoundError

ALL_PARTS = ("kubernetes", "metrics", "history", "patterns", "similar", "enhanced")
SOURCES = {
    "kubernetes": "kubernetes",
    "metrics": "prometheus",
    "history": "storage",
    "patterns": "multiple",
    "similar": "storage",
    "enhanced": "ai",
}


def _digest(result: Mapping[str, Any]) -> dict[str, Any]:
    """What ai enhance-context gets: a compact view of the gathered parts."""
    raw: dict[str, Any] = {}
    kube = result.get("kubernetes")
    if kube:
        raw["kubernetes"] = {
            "summary": kube.get("summary"),
            "owner_chain": kube.get("owner_chain"),
            "pods": [
                {k: p.get(k) for k in ("name", "phase", "ready", "restarts")}
                for p in kube.get("pods", [])
            ][:20],
        }
        raw["events"] = kube.get("events", [])[:20]
    metrics = result.get("metrics")
    if metrics:
        raw["metrics"] = {
            s["name"]: s.get("latest") for s in metrics.get("series", []) if "latest" in s
        }
    if result.get("history"):
        raw["recent_actions"] = result["history"]["items"][:10]
    return raw


async def investigate(
    svc: ContextService,
    *,
    namespace: str,
    kind: str,
    name: str,
    alert_name: str | None,
    investigation_id: str | None,
    include: set[str],
) -> dict[str, Any]:
    result: dict[str, Any] = {"namespace": namespace, "kind": kind, "name": name}
    if alert_name:
        result["alert_name"] = alert_name
    failures: list[Part] = []
    cfg = svc.config

    async def gather(part: str, call: Callable[[], Awaitable[dict[str, Any]]]) -> None:
        try:
            result[part] = await call()
        except AllSourcesDown as exc:
            failures.extend(
                Part(
                    part if m["part"] == part else f"{part}.{m['part']}",
                    m["source"],
                    error=m["reason"],
                )
                for m in exc.missing
            )
        except NotFoundError as exc:
            failures.append(Part(part, SOURCES[part], error=str(exc)))
        except UnsupportedKind as exc:
            failures.append(Part(part, SOURCES[part], error=str(exc)))

    tasks = []
    if "kubernetes" in include:
        tasks.append(gather("kubernetes", lambda: svc.kubernetes(namespace, kind, name)))
    if "metrics" in include:
        tasks.append(
            gather(
                "metrics",
                lambda: svc.metrics_context(
                    namespace,
                    kind,
                    name,
                    cfg.investigation_range_seconds,
                    cfg.investigation_step_seconds,
                ),
            )
        )
    if "history" in include:
        tasks.append(
            gather(
                "history",
                lambda: svc.history(
                    namespace=namespace,
                    resource=name,
                    alert_name=None,
                    action=None,
                    since=None,
                    limit=20,
                ),
            )
        )
    if "patterns" in include:
        tasks.append(
            gather(
                "patterns",
                lambda: svc.patterns(
                    alert_name=alert_name, resource_kind=result["kind"], action=None, namespace=None
                ),
            )
        )
    if "similar" in include:
        if alert_name:
            alert = {"name": alert_name, "namespace": namespace, "resource": name, "kind": kind}
            tasks.append(gather("similar", lambda: svc.similar(alert, 5)))
        else:
            failures.append(Part("similar", "storage", error="needs alert_name"))
    await asyncio.gather(*tasks)
    if result.get("kubernetes"):
        result["kind"] = result["kubernetes"]["kind"]

    parts: list[Part] = []
    now = svc.clock()
    for part in ("kubernetes", "metrics", "history", "patterns", "similar"):
        sub = result.get(part)
        if sub:
            for src in sub.get("sources", []):
                parts.append(
                    Part(
                        f"{part}.{src['part']}" if src["part"] != part else part,
                        src["source"],
                        True,
                        now - _age(src),
                        cached=src["cached"],
                    )
                )
            for miss in sub.get("missing", []):
                parts.append(Part(f"{part}.{miss['part']}", miss["source"], error=miss["reason"]))
    parts.extend(failures)

    if "enhanced" in include and cfg.enhance and svc.peers is not None:
        request = {
            "context_type": "investigation",
            "raw_context": {
                "namespace": namespace,
                "resource_type": result["kind"].lower(),
                "resource_name": name,
                **({"alert_name": alert_name} if alert_name else {}),
                **_digest(result),
            },
            "enhancement_options": {
                "include_patterns": True,
                "include_history": True,
                "max_depth": 3,
            },
        }
        if investigation_id:
            request["investigation_id"] = investigation_id
        try:
            answer = await svc.peers.enhance(request)
        except SourceUnavailable as exc:
            parts.append(Part("enhanced", "ai", error=exc.reason))
        else:
            result["enhanced"] = {
                k: answer[k]
                for k in ("enhanced_context", "confidence", "processing_time_ms")
                if k in answer
            }
            parts.append(Part("enhanced", "ai", True, svc.clock()))
    elif "enhanced" in include and not cfg.enhance:
        pass  # disabled by configuration: not a missing part
    result.update(describe(parts, svc.clock()))
    return result


def _age(src: Mapping[str, Any]) -> timedelta:
    return timedelta(seconds=float(src.get("age_seconds", 0.0)))
