"""kmock's KubernetesEmulator, extended to answer like a real API server where we need it.

What kmock 0.8 does itself: create/get/list/merge- and JSON-patch/delete of stored objects,
discovery, request recording. What this subclass adds (each answering as the real API
server documents it):

- ``dryRun=All`` on POST/PATCH/DELETE (and evictions, scale): validated, answered with the
  would-be object, **nothing stored**; any other dryRun value is a 400.
- ``metadata.resourceVersion``: bumped on every write; a patch whose result carries a
  different resourceVersion than the stored object is refused with 409 Conflict (the API
  server's optimistic concurrency). ``metadata.generation`` increments on spec changes.
- ``selfsubjectaccessreviews``: answered (201) with ``status.allowed`` from ``denied``
  instead of being stored.
- ``pods/{name}/eviction``: 404 for a missing pod; 429 TooManyRequests when a matching
  PodDisruptionBudget has ``status.disruptionsAllowed`` < 1; otherwise the pod is deleted
  and the budget's allowance decremented.
- ``{deployments,statefulsets}/{name}/scale``: GET/PATCH an ``autoscaling/v1`` Scale view.
- ``pods/{name}/log``: text from ``logs[(namespace, pod, container)]`` honouring tailLines.
- Minimal controllers (``controllers=True``): a workload's status follows its spec at once
  (ready = updated = available = replicas, observedGeneration = generation) unless it is
  in ``stalled``; a deleted pod owned by a controller gets a ready replacement; a PVC's
  capacity follows its request.
- ``GET /version/`` (with the trailing slash the official client uses).
- ``rbac``: ClusterRole rules enforced on every request (403 otherwise) and used to answer
  SelfSubjectAccessReviews, like the RBAC authorizer.
- ``failures``: a given method+path answers a given status (e.g. 500) instead.
- ``interfere``: another writer's change applied just before our next PATCH of an object,
  to show the 409-and-retry path.
"""

from __future__ import annotations

import copy
import itertools
import json
from typing import Any

import aiohttp.web
import attrs
import kmock
from kmock._internal import dicts as kmock_dicts
from kmock._internal.rendering import Request

from services.executor.domain.selectors import matches

WORKLOADS = {"deployments", "statefulsets", "daemonsets", "replicasets"}
RESOURCES = [
    "v1/pods",
    "v1/services",
    "v1/events",
    "v1/nodes",
    "v1/persistentvolumeclaims",
    "apps/v1/deployments",
    "apps/v1/statefulsets",
    "apps/v1/daemonsets",
    "apps/v1/replicasets",
    "autoscaling/v2/horizontalpodautoscalers",
    "storage.k8s.io/v1/storageclasses",
    "networking.k8s.io/v1/networkpolicies",
    "policy/v1/poddisruptionbudgets",
    "batch/v1/jobs",
]


def status(code: int, reason: str, message: str) -> aiohttp.web.Response:
    return aiohttp.web.json_response(
        {
            "apiVersion": "v1",
            "kind": "Status",
            "metadata": {},
            "status": "Failure",
            "message": message,
            "reason": reason,
            "code": code,
        },
        status=code,
    )


@attrs.define(kw_only=True)
class ClusterEmulator(kmock.KubernetesEmulator):
    denied: set[tuple[str, str, str]] = attrs.field(factory=set)  # (verb, resource, subresource)
    logs: dict[tuple[str, str, str], str] = attrs.field(factory=dict)
    stalled: set[tuple[str, str]] = attrs.field(factory=set)  # (plural, name): status frozen
    controllers: bool = True
    # (plural, name) → a merge patch "another writer" applies just before our next PATCH.
    interfere: dict[tuple[str, str], dict[str, Any]] = attrs.field(factory=dict)
    # (METHOD, path) → HTTP status answered instead (a server-side failure).
    failures: dict[tuple[str, str], int] = attrs.field(factory=dict)
    # RBAC rules (ClusterRole ``rules``) enforced on every request when set; the
    # (group, resource, verb) triples that authorised something are collected in ``used``.
    rbac: list[dict[str, Any]] | None = None
    used: set[tuple[str, str, str]] = attrs.field(factory=set)
    _rv: Any = attrs.field(factory=lambda: itertools.count(100))
    _uid: Any = attrs.field(factory=lambda: itertools.count(1))

    def declare(self) -> None:
        for name in RESOURCES:
            self.resources[name] = kmock.ResourceInfo()
        # The official client asks for "/version/" (trailing slash); kmock routes "/version".
        self.fallback["get /version/"] << self._serve_server_version

    # --- seeding helpers -------------------------------------------------------------

    def seed(self, resource: str, obj: dict[str, Any]) -> dict[str, Any]:
        obj = copy.deepcopy(obj)
        meta = obj.setdefault("metadata", {})
        meta.setdefault("uid", f"uid-{next(self._uid)}")
        meta["resourceVersion"] = str(next(self._rv))
        meta.setdefault("generation", 1)
        self.objects[resource, meta.get("namespace"), meta["name"]] = obj
        return obj

    def obj(self, resource: str, namespace: str | None, name: str) -> dict[str, Any] | None:
        """The stored object (a copy), or None when absent or deleted."""
        return self._stored((kmock.resource(resource), namespace, name))

    def _stored(self, key: Any) -> dict[str, Any] | None:
        if key not in self.objects or self.objects[key].deleted:
            return None
        return dict(copy.deepcopy(self.objects[key].raw))

    def _write(self, key: Any, obj: dict[str, Any]) -> dict[str, Any]:
        obj["metadata"]["resourceVersion"] = str(next(self._rv))
        self.objects[key].history.append(obj)
        return obj

    # --- request dispatch ------------------------------------------------------------

    async def _handle(self, request: Request) -> aiohttp.web.StreamResponse:
        if request.resource is None:
            return await super()._handle(request)
        dry_run = request.params.get("dryRun")
        if dry_run is not None and dry_run != "All":
            return status(400, "BadRequest", f"Invalid dry run value: {dry_run!r}")
        dry, method = dry_run == "All", request.method.value
        plural, sub = request.resource.plural, request.subresource
        failure = self.failures.get((method, request.url.path))
        if failure is not None:
            return status(failure, "InternalError", "injected failure")
        if self.rbac is not None:
            verb = {
                "GET": "get" if request.name else "list",
                "POST": "create",
                "PATCH": "patch",
                "DELETE": "delete",
                "PUT": "update",
            }.get(method, method)
            resource = f"{plural}/{sub}" if sub else str(plural)
            if not self._authorized(verb, request.resource.group or "", resource):
                return status(
                    403,
                    "Forbidden",
                    f'cannot {verb} resource "{resource}" in API group "{request.resource.group}"',
                )
        if plural == "selfsubjectaccessreviews" and method == "POST":
            return self._review(request.data or {})
        if plural == "pods" and sub == "eviction" and method == "POST":
            return self._evict(request, dry)
        if plural == "pods" and sub == "log" and method == "GET":
            return self._log(request)
        if sub == "scale" and method in ("GET", "PATCH"):
            return self._scale(request, dry)
        key = (request.resource, request.namespace, request.name)
        if method == "PATCH" and request.name:
            return self._patch(key, request.data, dry)
        if method == "DELETE" and request.name:
            return self._delete(key, dry)
        if method == "POST" and not request.name:
            return self._create(request, dry)
        return await super()._handle(request)

    def _authorized(self, verb: str, group: str, resource: str) -> bool:
        for rule in self.rbac or []:
            if (
                group in rule.get("apiGroups", [])
                and resource in rule.get("resources", [])
                and verb in rule.get("verbs", [])
            ):
                self.used.add((group, resource, verb))
                return True
        return False

    def _review(self, body: dict[str, Any]) -> aiohttp.web.Response:
        attrs_ = (body.get("spec") or {}).get("resourceAttributes") or {}
        verdict = (
            attrs_.get("verb", ""),
            attrs_.get("resource", ""),
            attrs_.get("subresource", ""),
        )
        allowed = verdict not in self.denied
        if self.rbac is not None:
            resource = "/".join(filter(None, (attrs_.get("resource"), attrs_.get("subresource"))))
            allowed = self._authorized(attrs_.get("verb", ""), attrs_.get("group", ""), resource)
        review = {
            **body,
            "status": {
                "allowed": allowed,
                **({} if allowed else {"reason": "denied by test RBAC"}),
            },
        }
        return aiohttp.web.json_response(review, status=201)

    def _patch(self, key: Any, body: Any, dry: bool) -> aiohttp.web.Response:
        other = self.interfere.pop((key[0].plural, key[2]), None)
        if other is not None and self._stored(key) is not None:
            self._write(key, dict(kmock_dicts.patch_dict(self._stored(key) or {}, other)))
        current = self._stored(key)
        if current is None:
            return status(404, "NotFound", f'{key[0].plural} "{key[2]}" not found')
        try:
            new = dict(kmock_dicts.patch_dict(copy.deepcopy(current), body))
        except Exception as exc:  # an invalid JSON patch is the client's error
            return status(422, "Invalid", f"the patch could not be applied: {exc}")
        new_meta = new.setdefault("metadata", {})
        if new_meta.get("resourceVersion") != current["metadata"].get("resourceVersion"):
            return status(
                409,
                "Conflict",
                "the object has been modified; please apply your "
                "changes to the latest version and try again",
            )
        if new.get("spec") != current.get("spec"):
            new_meta["generation"] = int(current["metadata"].get("generation", 1)) + 1
        if dry:
            return aiohttp.web.json_response(new)
        new = self._write(key, new)
        self._reconcile(key)
        return aiohttp.web.json_response(self._stored(key))

    def _delete(self, key: Any, dry: bool) -> aiohttp.web.Response:
        current = self._stored(key)
        if current is None:
            return status(404, "NotFound", f'{key[0].plural} "{key[2]}" not found')
        if not dry:
            self.objects[key].delete()
            if key[0].plural == "pods":
                self._replace_pod(current)
        return aiohttp.web.json_response(current)

    def _create(self, request: Request, dry: bool) -> aiohttp.web.Response:
        body = copy.deepcopy(request.data or {})
        meta = body.setdefault("metadata", {})
        namespace = request.namespace or meta.get("namespace")
        key: Any = (request.resource, namespace, meta.get("name"))
        if self._stored(key) is not None:
            return status(409, "AlreadyExists", f'"{key[2]}" already exists')
        meta.setdefault("namespace", namespace)
        if dry:
            return aiohttp.web.json_response(body, status=201)
        meta["uid"] = f"uid-{next(self._uid)}"
        meta["resourceVersion"] = str(next(self._rv))
        self.objects[key] = body
        return aiohttp.web.json_response(body, status=201)

    def _evict(self, request: Request, dry: bool) -> aiohttp.web.Response:
        key: Any = (kmock.resource("v1/pods"), request.namespace, request.name)
        pod = self._stored(key)
        if pod is None:
            return status(404, "NotFound", f'pods "{request.name}" not found')
        labels = pod["metadata"].get("labels") or {}
        budgets = [
            k
            for k in list(self.objects)
            if k[0] == kmock.resource("policy/v1/poddisruptionbudgets")
            and k[1] == request.namespace
            and self._stored(k) is not None
            and matches((self._stored(k) or {}).get("spec", {}).get("selector"), labels)
        ]
        for bkey in budgets:
            if (
                int(((self._stored(bkey) or {}).get("status") or {}).get("disruptionsAllowed", 0))
                < 1
            ):
                return status(
                    429,
                    "TooManyRequests",
                    "Cannot evict pod as it would violate the pod's disruption budget.",
                )
        if not dry:
            for bkey in budgets:
                budget = self._stored(bkey) or {}
                budget["status"]["disruptionsAllowed"] -= 1
                self._write(bkey, budget)
            self.objects[key].delete()
            self._replace_pod(pod, on_node=False)
        return aiohttp.web.json_response(
            {"apiVersion": "v1", "kind": "Status", "status": "Success", "code": 201}, status=201
        )

    def _log(self, request: Request) -> aiohttp.web.StreamResponse:
        pod = self._stored((kmock.resource("v1/pods"), request.namespace, request.name))
        if pod is None:
            return status(404, "NotFound", f'pods "{request.name}" not found')
        container = request.params.get("container") or pod["spec"]["containers"][0]["name"]
        text = self.logs.get((request.namespace or "", request.name or "", container))
        if text is None:
            return status(
                400, "BadRequest", f"container {container} is not valid for pod {request.name}"
            )
        tail = int(request.params.get("tailLines", "0") or 0)
        lines = text.splitlines()[-tail:] if tail else text.splitlines()
        return aiohttp.web.Response(text="\n".join(lines), content_type="text/plain")

    def _scale(self, request: Request, dry: bool) -> aiohttp.web.Response:
        key = (request.resource, request.namespace, request.name)
        obj = self._stored(key)
        if obj is None:
            return status(
                404,
                "NotFound",
                f'{request.resource.plural if request.resource else ""} "{request.name}" not found',
            )
        if request.method.value == "PATCH":
            replicas = ((request.data or {}).get("spec") or {}).get("replicas")
            if not isinstance(replicas, int) or replicas < 0:
                return status(422, "Invalid", "spec.replicas must be a non-negative integer")
            obj["spec"]["replicas"] = replicas
            if obj["spec"] != (self._stored(key) or {}).get("spec"):
                obj["metadata"]["generation"] = int(obj["metadata"].get("generation", 1)) + 1
            if not dry:
                self._write(key, obj)
                self._reconcile(key)
                obj = self._stored(key) or obj
        return aiohttp.web.json_response(
            {
                "apiVersion": "autoscaling/v1",
                "kind": "Scale",
                "metadata": {
                    k: obj["metadata"].get(k) for k in ("name", "namespace", "resourceVersion")
                },
                "spec": {"replicas": obj["spec"].get("replicas")},
                "status": {"replicas": (obj.get("status") or {}).get("replicas", 0)},
            }
        )

    # --- minimal controllers ---------------------------------------------------------

    def _reconcile(self, key: Any) -> None:
        plural, name = key[0].plural, key[2]
        if not self.controllers or (plural, name) in self.stalled:
            return
        obj = self._stored(key)
        if obj is None:
            return
        gen = obj["metadata"].get("generation", 1)
        if plural in ("deployments", "statefulsets", "replicasets"):
            n = obj["spec"].get("replicas", 1)
            obj["status"] = {
                **(obj.get("status") or {}),
                "replicas": n,
                "readyReplicas": n,
                "availableReplicas": n,
                "updatedReplicas": n,
                "observedGeneration": gen,
            }
        elif plural == "daemonsets":
            st = obj.get("status") or {}
            n = st.get("desiredNumberScheduled", 1)
            obj["status"] = {
                **st,
                "updatedNumberScheduled": n,
                "numberAvailable": n,
                "numberReady": n,
                "observedGeneration": gen,
            }
        elif plural == "persistentvolumeclaims":
            size = obj["spec"]["resources"]["requests"]["storage"]
            obj["status"] = {**(obj.get("status") or {}), "capacity": {"storage": size}}
        else:
            return
        self._write(key, obj)

    def _replace_pod(self, pod: dict[str, Any], on_node: bool = True) -> None:
        owner = next(
            (r for r in pod["metadata"].get("ownerReferences") or [] if r.get("controller")), None
        )
        if not self.controllers or owner is None or owner.get("kind") == "DaemonSet":
            return
        fresh = copy.deepcopy(pod)
        fresh["metadata"]["name"] = f"{pod['metadata']['name']}-r{next(self._uid)}"
        fresh["metadata"].pop("uid", None)
        if not on_node:
            fresh["spec"].pop("nodeName", None)
        fresh["status"] = {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}
        self.seed("v1/pods", fresh)


def request_lines(emulator: ClusterEmulator) -> list[str]:
    """Every request the emulator received, as ``METHOD path[?dryRun=All]``."""
    out = []
    for req in emulator:
        dry = "?dryRun=All" if req.params.get("dryRun") else ""
        out.append(f"{req.method.value} {req.url.path}{dry}")
    return out


def bodies(emulator: ClusterEmulator, method: str) -> list[Any]:
    return [json.loads(req.body) for req in emulator if req.method.value == method and req.body]
