"""Thin HTTP handlers: parse → engine → map. Executor errors become envelope errors here."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from generated.models import executor as m
from generated.stubs.executor import ExecutorApi
from kubernaut.runtime import context
from kubernaut.runtime import errors as api
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.health import ComponentState
from kubernaut.runtime.operations import Reply

from .adapters.audit import StorageAudit
from .adapters.catalogue import load_catalogue, parameter_schemas
from .adapters.kube import KubeCluster
from .adapters.kubeconfig import ClusterConfig, load
from .adapters.store import SqlExecutionStore
from .domain import errors as ex
from .engine import ExecutionInput, Executor
from .settings import ExecutorSettings

log = logging.getLogger(__name__)

_STATUS: dict[type[ex.ExecutorError], type[api.ApiError]] = {
    # Schema-valid but refused by the catalogue's parameter rules or the action itself.
    ex.InvalidRequest: api.Unprocessable,
    ex.TargetNotFound: api.NotFound,
    ex.PermissionDenied: api.Forbidden,
    ex.ConflictError: api.Conflict,
    ex.PreconditionFailed: api.Conflict,
    ex.ClusterRejected: api.Conflict,
    ex.EvictionBlocked: api.ServiceUnavailable,
    ex.ClusterUnavailable: api.ServiceUnavailable,
}


def to_api_error(exc: ex.ExecutorError) -> api.ApiError:
    """The envelope error for an executor error (the code says what happened)."""
    cls = next((v for k, v in _STATUS.items() if isinstance(exc, k)), api.InternalError)
    return cls(exc.message, {"cause": exc.code, **exc.details})


class _Metrics:
    def __init__(self, runtime: ServiceRuntime) -> None:
        self.label = runtime.metrics.label
        self.total = runtime.metrics.counter(
            "actions_executed_total", "Actions executed", ["action", "status", "dry_run"]
        )
        self.duration = runtime.metrics.histogram(
            "action_execution_duration_seconds",
            "Time to execute an action incl. waiting",
            ["action"],
            buckets=(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600),
        )

    def executed(self, action: str, status: str, dry_run: bool, seconds: float) -> None:
        self.total.labels(self.label, action, status, str(dry_run).lower()).inc()
        self.duration.labels(self.label, action).observe(seconds)


class Handlers(ExecutorApi):
    def __init__(self, settings: ExecutorSettings, runtime: ServiceRuntime) -> None:
        self.settings = settings
        self.metrics = _Metrics(runtime)
        self.config: ClusterConfig | None = None
        self.kube: KubeCluster | None = None
        self.store: SqlExecutionStore | None = None
        self._executor: Executor | None = None
        self._flusher: asyncio.Task[None] | None = None
        self.audit = StorageAudit(runtime.clients) if settings.audit_to_storage else None
        if self.audit is not None:
            runtime.depend_on("storage")
        runtime.on_startup(self.start)
        runtime.on_shutdown(self.stop)
        runtime.health.register("kubernetes", self._kubernetes_health, critical=False)
        runtime.health.register("dry-run-only", self._mode_health, critical=False)
        runtime.health.register("database", self._database_health)

    async def start(self) -> None:
        s = self.settings
        self.config = load(s.kubernetes_mode, s.kubeconfig, s.kube_context, s.connection_retries)
        if self.config.configuration is None:
            log.warning(
                "executor-service: %s — DRY-RUN ONLY, real executions are refused",
                self.config.description,
            )
        else:
            self.kube = KubeCluster(self.config.configuration, s.request_timeout_seconds)
            log.info("executor-service: Kubernetes via %s", self.config.description)
        self.store = SqlExecutionStore(s.resolved_database_url())
        await self.store.start()
        self._executor = Executor(
            self.kube,
            self.store,
            parameter_schemas(load_catalogue(s.catalogue_path)),
            self.metrics,
            s.poll_interval_seconds,
            s.conflict_retries,
            s.check_permissions,
            self.audit,
        )
        interrupted = await self._executor.recover()
        if interrupted:
            log.warning(
                "executor-service: %d executions were interrupted by a restart", interrupted
            )
        if self.audit is not None:
            self._flusher = asyncio.create_task(self._flush_forever(self._executor))

    async def _flush_forever(self, executor: Executor) -> None:
        """Replays audit entries storage-service could not take when they were made."""
        while True:
            await asyncio.sleep(self.settings.audit_retry_seconds)
            token = context.bind(context.background())
            try:
                await executor.flush_audit()
            except Exception:  # a bad round must not end the loop
                log.exception("audit outbox flush failed")
            finally:
                context.unbind(token)

    async def stop(self) -> None:
        if self._executor is not None:
            await self._executor.close()
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
        if self.kube is not None:
            self.kube.close()
        if self.store is not None:
            await self.store.close()

    @property
    def executor(self) -> Executor:
        if self._executor is None:
            raise api.ServiceUnavailable("executor-service is starting")
        return self._executor

    async def _kubernetes_health(self) -> ComponentState:
        if self.kube is None:
            return "disabled"
        try:
            await self.kube.version()
        except ex.ExecutorError:
            return "unavailable"
        return "healthy"

    async def _mode_health(self) -> ComponentState:
        # Present only as a warning sign: without credentials nothing can be changed.
        return "degraded" if self.config is not None and self.kube is None else "disabled"

    async def _database_health(self) -> ComponentState:
        return "healthy" if self.store is not None else "unknown"

    async def execute_kubernetes_action(
        self, body: m.ExecutionRequest
    ) -> m.ExecutionResult | Reply:
        params: dict[str, Any] = body.parameters.model_dump() if body.parameters else {}
        inp = ExecutionInput(
            execution_id=body.execution_id.root,
            action_type=body.action_type.root,
            parameters=params,
            dry_run=bool(body.dry_run),
            timeout_seconds=body.timeout_seconds or 300,
            workflow_id=body.workflow_id,
            action_id=body.action_id,
        )
        wait = body.wait is not False
        try:
            record = await self.executor.execute(inp, wait=wait)
        except ex.ExecutorError as exc:
            raise to_api_error(exc) from exc
        result = m.ExecutionResult.model_validate(record)
        return result if record["status"] != "running" else Reply(result, status=202)

    async def get_execution(self, execution_id: str) -> m.ExecutionResult:
        try:
            return m.ExecutionResult.model_validate(await self.executor.get(execution_id))
        except ex.ExecutorError as exc:
            raise to_api_error(exc) from exc

    async def undo_execution(self, body: m.UndoRequest, execution_id: str) -> m.ExecutionResult:
        try:
            record = await self.executor.undo(
                execution_id, body.dry_run, body.timeout_seconds or 300
            )
        except ex.ExecutorError as exc:
            raise to_api_error(exc) from exc
        return m.ExecutionResult.model_validate(record)

    async def list_executions(
        self,
        limit: int = 50,
        cursor: str | None = None,
        status: str | None = None,
        action_type: str | None = None,
        namespace: str | None = None,
        resource: str | None = None,
        workflow_id: str | None = None,
    ) -> m.ExecutionList:
        filters = {
            k: v
            for k, v in {
                "status": status,
                "action_type": action_type,
                "namespace": namespace,
                "resource": resource,
                "workflow_id": workflow_id,
            }.items()
            if v
        }
        items, next_cursor = await self.executor.list(filters, limit, cursor)
        return m.ExecutionList.model_validate(
            {"items": items, **({"next_cursor": next_cursor} if next_cursor else {})}
        )

    async def get_target_state(self, namespace: str, kind: str, name: str) -> m.TargetState:
        try:
            return m.TargetState.model_validate(
                await self.executor.target_state(namespace, kind, name)
            )
        except ex.ExecutorError as exc:
            raise to_api_error(exc) from exc
