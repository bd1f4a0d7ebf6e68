"""Read-only Kubernetes access through the official `kubernetes` client.

The client is synchronous; calls run in a worker thread. Objects are returned as the
plain JSON the API server sent (``_preload_content=False``), so the domain works on
API dicts and the client's models never leak out of this module.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping
from typing import Any

from kubernetes import client as k8s
from kubernetes import config as k8s_config

from .errors import SourceUnavailable

SOURCE = "kubernetes"

# kind (lower case, with common short names) -> (API class, resource suffix, namespaced)
_KINDS: dict[str, tuple[str, str, bool]] = {
    "deployment": ("AppsV1Api", "deployment", True),
    "statefulset": ("AppsV1Api", "stateful_set", True),
    "daemonset": ("AppsV1Api", "daemon_set", True),
    "replicaset": ("AppsV1Api", "replica_set", True),
    "pod": ("CoreV1Api", "pod", True),
    "service": ("CoreV1Api", "service", True),
    "persistentvolumeclaim": ("CoreV1Api", "persistent_volume_claim", True),
    "node": ("CoreV1Api", "node", False),
    "horizontalpodautoscaler": ("AutoscalingV2Api", "horizontal_pod_autoscaler", True),
    "job": ("BatchV1Api", "job", True),
    "cronjob": ("BatchV1Api", "cron_job", True),
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

    async def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        def run() -> Any:
            resp = fn(*args, _preload_content=False, _request_timeout=self._timeout, **kwargs)
            return json.loads(resp.data)

        try:
            return await asyncio.to_thread(run)
        except k8s.ApiException as exc:
            if exc.status == 404:
                raise LookupError(exc.reason or "not found") from exc
            raise SourceUnavailable(SOURCE, f"HTTP {exc.status}: {exc.reason}") from exc
        except Exception as exc:  # urllib3/socket errors: the API server is unreachable
            raise SourceUnavailable(SOURCE, f"{type(exc).__name__}: {exc}") from exc

    def _method(self, kind: str, verb: str) -> tuple[Callable[..., Any], bool]:
        api_cls, suffix, namespaced = _KINDS[normalise_kind(kind)]
        api = getattr(k8s, api_cls)(self._api)
        name = f"{verb}_namespaced_{suffix}" if namespaced else f"{verb}_{suffix}"
        return getattr(api, name), namespaced

    async def get(self, kind: str, namespace: str | None, name: str) -> dict[str, Any] | None:
        """The object as JSON, or None when it does not exist."""
        fn, namespaced = self._method(kind, "read")
        try:
            if namespaced:
                result: dict[str, Any] = await self._call(fn, name, namespace or "default")
            else:
                result = await self._call(fn, name)
        except LookupError:
            return None
        return result

    async def list_pods(self, namespace: str, selector: Mapping[str, str]) -> list[dict[str, Any]]:
        """Pods matching the label selector. The selector is also applied client-side
        because some API servers (and emulators) ignore it."""
        fn, _ = self._method("pod", "list")
        label_selector = ",".join(f"{k}={v}" for k, v in selector.items())
        try:
            body = await self._call(fn, namespace, label_selector=label_selector)
        except LookupError:
            return []
        items = body.get("items", []) if isinstance(body, dict) else []
        return [p for p in items if _labels_match(p, selector)]

    async def list_events(self, namespace: str) -> list[dict[str, Any]]:
        fn = k8s.CoreV1Api(self._api).list_namespaced_event
        try:
            body = await self._call(fn, namespace)
        except LookupError:
            return []
        return list(body.get("items", [])) if isinstance(body, dict) else []


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
