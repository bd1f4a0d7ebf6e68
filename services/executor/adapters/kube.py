"""The Kubernetes adapter: the official ``kubernetes`` client behind the ``Cluster`` port.

The client is synchronous; every call runs in a worker thread (``asyncio.to_thread``)
so the event loop stays free. Responses are read as plain JSON dicts
(``_preload_content=False``) because the actions plan patches on dicts and must not
depend on the client's model classes accepting every object the server sends.

Every request is recorded (verb, path, dryRun, body, status) by ``_RecordingApiClient``
into the recorder of the current execution (a ContextVar, which ``to_thread`` carries
into the worker thread). Every client-library error is translated by ``translate``
into the executor's own errors: nothing from ``kubernetes`` or ``urllib3`` leaks out.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import urllib3
from kubernetes import client as k8s
from kubernetes.client.exceptions import ApiException, OpenApiException

from ..domain.errors import (
    ClusterRejected,
    ClusterUnavailable,
    ConflictError,
    EvictionBlocked,
    ExecutorError,
    PermissionDenied,
    TargetNotFound,
)
from ..domain.kinds import KINDS, kind_info
from ..domain.model import ApiCall, JsonDict, Patch, Permission
from ..recording import current_recorder

T = TypeVar("T")
_PLURALS = {info.plural for info in KINDS.values()} | {"selfsubjectaccessreviews"}
MERGE_PATCH = "application/merge-patch+json"


def _verb(method: str, path: str, query: dict[str, list[str]]) -> str:
    last = path.rstrip("/").rsplit("/", 1)[-1]
    if method == "GET":
        if query.get("watch") == ["true"]:
            return "watch"
        return "list" if last in _PLURALS else "get"
    if method == "POST":
        if last == "eviction":
            return "evict"
        if last == "selfsubjectaccessreviews":
            return "access-review"
        return "create"
    return {"PATCH": "patch", "DELETE": "delete", "PUT": "update"}.get(method, method.lower())


class _RecordingApiClient(k8s.ApiClient):
    """The official ApiClient, noting each request's outcome for the execution report."""

    def call_api(
        self,
        method: str,
        url: str,
        header_params: Any = None,
        body: Any = None,
        post_params: Any = None,
        _request_timeout: Any = None,
    ) -> Any:
        calls = current_recorder()
        record: ApiCall | None = None
        if calls is not None:
            parts = urlsplit(url)
            query = parse_qs(parts.query)
            sent: JsonDict | None = None
            if method in ("POST", "PATCH", "PUT") and body is not None:
                sent = body if isinstance(body, dict) else {"json_patch": body}
            record = ApiCall(
                verb=_verb(method, parts.path, query),
                method=method,
                path=parts.path,
                dry_run=query.get("dryRun") == ["All"],
                body=sent,
            )
            calls.append(record)
        try:
            response = super().call_api(
                method, url, header_params, body, post_params, _request_timeout
            )
        except ApiException as exc:
            if record is not None:
                record.status_code = exc.status
            raise
        if record is not None:
            record.status_code = response.status
        return response


def _reason(exc: ApiException) -> str:
    try:
        status = json.loads(exc.body or b"{}")
        if isinstance(status, dict) and status.get("message"):
            return str(status["message"])[:500]
    except (ValueError, TypeError):
        pass
    return str(exc.reason or f"HTTP {exc.status}")


def translate(exc: BaseException, what: str) -> ExecutorError:
    """Map a client-library exception onto the executor's own error types."""
    if isinstance(exc, ExecutorError):
        return exc
    if isinstance(exc, ApiException):
        status = exc.status or 0
        details: JsonDict = {"status": status, "operation": what, "reason": _reason(exc)}
        if status == 404:
            return TargetNotFound(f"{what}: not found", details)
        if status in (401, 403):
            return PermissionDenied(f"{what}: forbidden by the API server", details)
        if status == 409:
            return ConflictError(f"{what}: conflict ({_reason(exc)})", details)
        if status == 429:
            return EvictionBlocked(f"{what}: too many requests ({_reason(exc)})", details)
        if status in (400, 405, 415, 422):
            return ClusterRejected(f"{what}: rejected ({_reason(exc)})", details)
        return ClusterUnavailable(f"{what}: API server answered {status or 'nothing'}", details)
    if isinstance(exc, urllib3.exceptions.HTTPError | OSError | TimeoutError):
        return ClusterUnavailable(
            f"{what}: API server unreachable ({type(exc).__name__})", {"operation": what}
        )
    if isinstance(exc, OpenApiException | ValueError | TypeError):
        return ClusterRejected(
            f"{what}: could not build or read the request ({exc})", {"operation": what}
        )
    return ClusterUnavailable(
        f"{what}: unexpected client failure ({type(exc).__name__})", {"operation": what}
    )


def _json(response: Any) -> JsonDict:
    data = json.loads(response.data or b"{}")
    if not isinstance(data, dict):
        raise ValueError("the API server answered with a non-object")
    return data


class KubeCluster:
    """``Cluster`` implemented with the official client's typed API classes."""

    def __init__(self, configuration: k8s.Configuration, request_timeout: float = 10.0) -> None:
        self.api_client = _RecordingApiClient(configuration)
        self.request_timeout = request_timeout
        self.server = str(configuration.host)

    def close(self) -> None:
        self.api_client.close()  # type: ignore[no-untyped-call]

    def _api(self, class_name: str) -> Any:
        return getattr(k8s, class_name)(self.api_client)

    async def _call(self, what: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        kwargs.setdefault("_request_timeout", self.request_timeout)
        try:
            return await asyncio.to_thread(fn, *args, **kwargs)
        except Exception as exc:  # every vendor error is translated right here
            raise translate(exc, what) from exc

    def _method(self, kind: str, action: str) -> tuple[Any, bool]:
        info = kind_info(kind)
        return getattr(self._api(info.api_class), f"{action}_{info.suffix}"), info.namespaced

    @staticmethod
    def _where(kind: str, name: str | None, namespace: str | None) -> str:
        ns = f"{namespace}/" if namespace else ""
        return f"{kind} {ns}{name}" if name else f"{kind} in {namespace or 'all namespaces'}"

    async def get(self, kind: str, name: str, namespace: str | None = None) -> JsonDict:
        fn, namespaced = self._method(kind, "read")
        args = (name, namespace) if namespaced else (name,)
        what = f"get {self._where(kind, name, namespace)}"
        response = await self._call(what, fn, *args, _preload_content=False)
        return await self._decode(what, response)

    async def _decode(self, what: str, response: Any) -> JsonDict:
        try:
            return _json(response)
        except ValueError as exc:
            raise ClusterUnavailable(f"{what}: unreadable answer", {"operation": what}) from exc

    async def list(
        self,
        kind: str,
        namespace: str | None = None,
        label_selector: str | None = None,
        field_selector: str | None = None,
    ) -> list[JsonDict]:
        info = kind_info(kind)
        api = self._api(info.api_class)
        kwargs: dict[str, Any] = {"_preload_content": False}
        if label_selector:
            kwargs["label_selector"] = label_selector
        if field_selector:
            kwargs["field_selector"] = field_selector
        plain = info.suffix.removeprefix("namespaced_")
        what = f"list {self._where(info.plural, None, namespace)}"
        if info.namespaced and namespace:
            response = await self._call(
                what, getattr(api, f"list_{info.suffix}"), namespace, **kwargs
            )
        elif info.namespaced:
            response = await self._call(
                what, getattr(api, f"list_{plain}_for_all_namespaces"), **kwargs
            )
        else:
            response = await self._call(what, getattr(api, f"list_{info.suffix}"), **kwargs)
        items = (await self._decode(what, response)).get("items") or []
        return [item for item in items if isinstance(item, dict)]

    async def patch(
        self,
        kind: str,
        name: str,
        namespace: str | None,
        body: Patch,
        *,
        dry_run: bool,
        subresource: str | None = None,
    ) -> JsonDict:
        info = kind_info(kind)
        suffix = f"{info.suffix}_{subresource}" if subresource else info.suffix
        fn = getattr(self._api(info.api_class), f"patch_{suffix}")
        args = (name, namespace, body) if info.namespaced else (name, body)
        kwargs: dict[str, Any] = {"_preload_content": False}
        if dry_run:
            kwargs["dry_run"] = "All"
        if isinstance(body, dict):
            # Merge patch: maps merge, null deletes a key; identical on every server.
            kwargs["_content_type"] = MERGE_PATCH
        what = f"patch {self._where(kind, name, namespace)}"
        response = await self._call(what, fn, *args, **kwargs)
        return await self._decode(what, response)

    async def create(
        self, kind: str, namespace: str | None, body: JsonDict, *, dry_run: bool
    ) -> JsonDict:
        fn, namespaced = self._method(kind, "create")
        args = (namespace, body) if namespaced else (body,)
        kwargs: dict[str, Any] = {"_preload_content": False}
        if dry_run:
            kwargs["dry_run"] = "All"
        name = (body.get("metadata") or {}).get("name")
        what = f"create {self._where(kind, name, namespace)}"
        response = await self._call(what, fn, *args, **kwargs)
        return await self._decode(what, response)

    async def delete(
        self,
        kind: str,
        name: str,
        namespace: str | None,
        *,
        dry_run: bool,
        grace_period_seconds: int | None = None,
    ) -> JsonDict:
        fn, namespaced = self._method(kind, "delete")
        args = (name, namespace) if namespaced else (name,)
        kwargs: dict[str, Any] = {"_preload_content": False}
        if dry_run:
            kwargs["dry_run"] = "All"
        if grace_period_seconds is not None:
            kwargs["grace_period_seconds"] = grace_period_seconds
        what = f"delete {self._where(kind, name, namespace)}"
        response = await self._call(what, fn, *args, **kwargs)
        return await self._decode(what, response)

    async def evict(
        self, name: str, namespace: str, *, dry_run: bool, grace_period_seconds: int | None = None
    ) -> None:
        from ..domain.drain import eviction_body  # local: keeps the adapter's imports small

        body = eviction_body(name, namespace, grace_period_seconds)
        kwargs: dict[str, Any] = {"_preload_content": False}
        if dry_run:
            kwargs["dry_run"] = "All"
        fn = self._api("CoreV1Api").create_namespaced_pod_eviction
        await self._call(f"evict pod {namespace}/{name}", fn, name, namespace, body, **kwargs)

    async def pod_logs(
        self, name: str, namespace: str, container: str | None, tail_lines: int
    ) -> str:
        kwargs: dict[str, Any] = {"_preload_content": False, "tail_lines": tail_lines}
        if container:
            kwargs["container"] = container
        fn = self._api("CoreV1Api").read_namespaced_pod_log
        response = await self._call(
            f"logs of pod {namespace}/{name}", fn, name, namespace, **kwargs
        )
        return bytes(response.data or b"").decode("utf-8", errors="replace")

    async def access_review(self, permission: Permission) -> tuple[bool, str]:
        attributes: JsonDict = {
            "verb": permission.verb,
            "group": permission.group,
            "resource": permission.resource,
        }
        if permission.namespace:
            attributes["namespace"] = permission.namespace
        if permission.subresource:
            attributes["subresource"] = permission.subresource
        body = {
            "apiVersion": "authorization.k8s.io/v1",
            "kind": "SelfSubjectAccessReview",
            "spec": {"resourceAttributes": attributes},
        }
        fn = self._api("AuthorizationV1Api").create_self_subject_access_review
        what = f"access review {permission.verb} {permission.resource}"
        review = await self._decode(what, await self._call(what, fn, body, _preload_content=False))
        status = review.get("status") or {}
        reason = str(status.get("reason") or status.get("evaluationError") or "")
        return bool(status.get("allowed")), reason

    async def version(self) -> str:
        fn = self._api("VersionApi").get_code
        info = await self._decode(
            "version", await self._call("version", fn, _preload_content=False)
        )
        return str(info.get("gitVersion", "unknown"))
