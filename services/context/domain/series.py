"""Key metric series of a resource: PromQL templates and Prometheus matrices → series."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class SeriesTemplate:
    name: str
    query: str
    unit: str = ""


DEFAULT_SERIES: tuple[SeriesTemplate, ...] = (
    SeriesTemplate(
        "memory_working_set_bytes",
        'sum(container_memory_working_set_bytes{namespace="{namespace}",pod=~"{pod_regex}",container!=""})',
        "bytes",
    ),
    SeriesTemplate(
        "cpu_usage_cores",
        'sum(rate(container_cpu_usage_seconds_total{namespace="{namespace}",pod=~"{pod_regex}",container!=""}[5m]))',
        "cores",
    ),
    SeriesTemplate(
        "container_restarts",
        'sum(kube_pod_container_status_restarts_total{namespace="{namespace}",pod=~"{pod_regex}"})',
        "count",
    ),
    SeriesTemplate(
        "pods_ready",
        'sum(kube_pod_status_ready{namespace="{namespace}",pod=~"{pod_regex}",condition="true"})',
        "count",
    ),
)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def pod_regex(kind_key: str, name: str) -> str:
    if kind_key == "pod":
        return name
    if kind_key in {"deployment", "statefulset", "daemonset", "replicaset", "job", "cronjob"}:
        return f"{name}-.*"
    return ""


def render(
    templates: Sequence[SeriesTemplate],
    kind_key: str,
    name: str,
    namespace: str | None,
) -> list[SeriesTemplate]:
    """Fill {namespace}, {name}, {pod_regex}; skip templates the kind cannot fill."""
    regex = pod_regex(kind_key, name)
    out = []
    for t in templates:
        if ("{pod_regex}" in t.query and not regex) or ("{namespace}" in t.query and not namespace):
            continue
        q = t.query.replace("{namespace}", _escape(namespace or "")).replace(
            "{name}", _escape(name)
        )
        out.append(SeriesTemplate(t.name, q.replace("{pod_regex}", _escape(regex)), t.unit))
    return out


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


def to_series(
    template: SeriesTemplate, matrix: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """One output series per Prometheus series, with min/max/mean/latest."""
    out = []
    for item in matrix:
        pairs = [(float(ts), float(raw)) for ts, raw in item.get("values", [])]
        pairs = [(ts, v) for ts, v in pairs if math.isfinite(v)]
        points = [{"timestamp": _iso(ts), "value": v} for ts, v in pairs]
        entry: dict[str, Any] = {"name": template.name, "query": template.query, "points": points}
        labels = {str(k): str(v) for k, v in (item.get("metric") or {}).items()}
        if labels:
            entry["labels"] = labels
        if pairs:
            values = [v for _, v in pairs]
            entry.update(
                latest=values[-1], min=min(values), max=max(values), mean=sum(values) / len(values)
            )
        out.append(entry)
    return out
