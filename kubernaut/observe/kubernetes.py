"""Read-only Kubernetes access through the official `kubernetes` client.

Requests go through the client's ``ApiClient`` (configuration, kubeconfig/in-cluster auth,
TLS) but by resource path, without the typed ``*Api`` classes: those import hundreds of
pydantic models (seconds of start-up), and the domain wants the API server's plain JSON
anyway. The client is synchronous; calls run in a worker thread.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from kubernetes import client as k8s
from kubernetes import config as k8s_config

from .errors import SourceUnavailable

SOURCE = "kubernetes"

# kind (lower case) -> (API prefix, plural, namespaced)
_KINDS: dict[str, tuple[str, str, bool]] = {
    "deployment": ("/apis/apps/v1", "deployments", True),
    "statefulset": ("/apis/apps/v1", "statefulsets", True),
    "daemonset": ("/apis/apps/v1", "daemonsets", True),
    "replicaset": ("/apis/apps/v1", "replicasets", True),
    "pod": ("/api/v1", "pods", True),
    "service": ("/api/v1", "services", True),
    "persistentvolumeclaim": ("/api/v1", "persistentvolumeclaims", True),
    "node": ("/api/v1", "nodes", False),
    "horizontalpodautoscaler": ("/apis/autoscaling/v2", "horizontalpodautoscalers", True),
    "job": ("/apis/batch/v1", "jobs", True),
    "cronjob": ("/apis/batch/v1", "cronjobs", True),
    "event": ("/api/v1", "events", True),
}
_ALIASES = {
    "deploy": "deployment",
    "deployments": "deployment",
    "sts": "statefulset",
    "ds": "daemonset",
    "rs": "replicaset",
    "pods": "pod",
    "po": "pod",
    "svc": "service",
    "pvc": "persistentvolumeclaim",
    "no": "node",
    "nodes": "node",
    "hpa": "horizontalpodautoscaler",
    "jobs": "job",
    "cj": "cronjob",
}
CANONICAL_KIND = {
    "deployment": "Deployment",
    "statefulset": "StatefulSet",
    "daemonset": "DaemonSet",
    "replicaset": "ReplicaSet",
    "pod": "Pod",
    "service": "Service",
    "persistentvolumeclaim": "PersistentVolumeClaim",
    "node": "Node",
    "horizontalpodautoscaler": "HorizontalPodAutoscaler",
    "job": "Job",
    "cronjob": "CronJob",
    "event": "Event",
}


class UnsupportedKind(ValueError):
    pass


def normalise_kind(kind: str) -> str:
    """Lower-case canonical kind key ("deploy" -> "deployment"); raises UnsupportedKind."""
    k = kind.lower()
    k = _ALIASES.get(k, k)
    if k not in _KINDS:
        raise UnsupportedKind(
            f"unsupported kind {kind!r}; known: {', '.join(sorted(CANONICAL_KIND.values()))}"
        )
    return k


def build_api_client(
    host: str | None = None,
    kubeconfig: str | None = None,
    in_cluster: bool = False,
    verify_ssl: bool = True,
    token: str | None = None,
) -> k8s.ApiClient | None:
    """An ApiClient from an explicit host, a kubeconfig file or the in-cluster service
    account; None when nothing is configured (Kubernetes signals are then unavailable)."""
    cfg = k8s.Configuration()
    if in_cluster:
        k8s_config.load_incluster_config(client_configuration=cfg)  # type: ignore[no-untyped-call]
    elif kubeconfig:
        k8s_config.load_kube_config(  # type: ignore[no-untyped-call]
            config_file=kubeconfig, client_configuration=cfg
        )
    elif host:
        cfg.host = host.rstrip("/")
        cfg.verify_ssl = verify_ssl
        if token:
            cfg.api_key = {"authorization": f"Bearer {token}"}
    else:
        return None
    return k8s.ApiClient(cfg)


class KubernetesReader:
    def __init__(self, api: k8s.ApiClient, timeout: float = 10.0) -> None:
        self._api = api
        self._timeout = timeout

    def close(self) -> None:
        self._api.close()  # type: ignore[no-untyped-call]

    def _get_json(self, path: str, query: list[tuple[str, str]]) -> Any:
        method, url, headers, body, post = self._api.param_serialize(
            "GET",
            path,
            query_params=query,
            header_params={"Accept": "application/json"},
            auth_settings=["BearerToken"],
        )
        resp = self._api.call_api(method, url, headers, body, post, _request_timeout=self._timeout)
        data = resp.read()  # type: ignore[no-untyped-call]
        if resp.status == 404:
            raise LookupError(path)
        if resp.status >= 300:
            text = data[:200].decode("utf-8", "replace") if isinstance(data, bytes) else ""
            raise SourceUnavailable(SOURCE, f"HTTP {resp.status}: {text}")
        return json.loads(data)

    async def _call(self, path: str, query: list[tuple[str, str]] | None = None) -> Any:
        try:
            return await asyncio.to_thread(self._get_json, path, query or [])
        except (LookupError, SourceUnavailable):
            raise
        except Exception as exc:  # urllib3/socket/TLS errors: the API server is unreachable
            raise SourceUnavailable(SOURCE, f"{type(exc).__name__}: {exc}") from exc

    @staticmethod
    def _path(kind: str, namespace: str | None, name: str | None = None) -> str:
        prefix, plural, namespaced = _KINDS[normalise_kind(kind)]
        path = prefix
        if namespaced:
            path += f"/namespaces/{quote(namespace or 'default', safe='')}"
        path += f"/{plural}"
        return path + (f"/{quote(name, safe='')}" if name else "")

    async def get(self, kind: str, namespace: str | None, name: str) -> dict[str, Any] | None:
        """The object as JSON, or None when it does not exist."""
        try:
            result: dict[str, Any] = await self._call(self._path(kind, namespace, name))
        except LookupError:
            return None
        return result

    async def _list(
        self, kind: str, namespace: str, query: list[tuple[str, str]]
    ) -> list[dict[str, Any]]:
        try:
            body = await self._call(self._path(kind, namespace), query)
        except LookupError:
            return []
        return list(body.get("items", [])) if isinstance(body, dict) else []

    async def list_pods(self, namespace: str, selector: Mapping[str, str]) -> list[dict[str, Any]]:
        """Pods matching the label selector. The selector is also applied client-side
        because some API servers (and emulators) ignore it."""
        label_selector = ",".join(f"{k}={v}" for k, v in selector.items())
        items = await self._list("pod", namespace, [("labelSelector", label_selector)])
        return [p for p in items if _labels_match(p, selector)]

    async def list_events(self, namespace: str) -> list[dict[str, Any]]:
        return await self._list("event", namespace, [])

    async def reachable(self) -> bool:
        """For /health: does the API server answer /version?"""
        try:
            await self._call("/version")
        except (LookupError, SourceUnavailable):
            return False
        return True


def _labels_match(obj: Mapping[str, Any], selector: Mapping[str, str]) -> bool:
    labels = (obj.get("metadata") or {}).get("labels") or {}
    return all(labels.get(k) == v for k, v in selector.items())


def pod_selector(obj: Mapping[str, Any]) -> dict[str, str]:
    """matchLabels of a workload's selector (matchExpressions are not evaluated)."""
    sel = (obj.get("spec") or {}).get("selector") or {}
    labels = sel.get("matchLabels") if isinstance(sel, Mapping) else None
    return {str(k): str(v) for k, v in (labels or {}).items()}


def controller_of(obj: Mapping[str, Any]) -> tuple[str, str] | None:
    """(kind, name) of the object's controlling owner, if any."""
    for ref in (obj.get("metadata") or {}).get("ownerReferences") or []:
        if ref.get("controller"):
            return str(ref.get("kind")), str(ref.get("name"))
    return None
