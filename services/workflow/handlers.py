"""HTTP handlers of workflow-service: parse → call the orchestrator → map the result.

Everything with I/O (database, secret file, background dispatcher) starts in the
startup hook, never at import time or in ``create_app``.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

import httpx

from generated.models import workflow as m
from generated.stubs.workflow import WorkflowApi
from kubernaut.runtime.app import ServiceRuntime
from kubernaut.runtime.db import create_engine, sqlite_url
from kubernaut.runtime.errors import BadRequest, Conflict, Forbidden, NotFound, ServiceUnavailable
from kubernaut.runtime.health import ComponentState
from services.workflow.adapters.catalogue_file import load_catalogue
from services.workflow.adapters.clients import (
    HttpAssessor,
    HttpExecutor,
    HttpNotifier,
    HttpRecorder,
)
from services.workflow.adapters.store import WorkflowStore
from services.workflow.dispatcher import Dispatcher, Ports
from services.workflow.domain import engine, tokens
from services.workflow.domain.clock import Clock, SystemClock
from services.workflow.domain.model import Assessment, AssessmentOutcome, Workflow, WorkflowStatus
from services.workflow.domain.state import InvalidTransition
from services.workflow.orchestrator import RunConfig, WorkflowNotFound, WorkflowService
from services.workflow.settings import WorkflowSettings

S = WorkflowStatus
NOT_SUCCESSFUL = frozenset({S.BLOCKED, S.REJECTED, S.EXPIRED, S.FAILED})
# internal bookkeeping fields that are not part of the API's Workflow object
_INTERNAL = ("dispatched_at", "failure_kind")


def api_workflow(wf: Workflow) -> m.Workflow:
    data = wf.to_dict()
    for key in _INTERNAL:
        data.pop(key, None)
    return m.Workflow.model_validate(data)


class Handlers(WorkflowApi):
    def __init__(
        self, settings: WorkflowSettings, runtime: ServiceRuntime, clock: Clock | None = None
    ) -> None:
        self.settings = settings
        self.runtime = runtime
        self.clock = clock or SystemClock()
        self.service: WorkflowService | None = None
        self.dispatcher: Dispatcher | None = None
        for target in ("executor", "storage", "monitor", "notification"):
            runtime.depend_on(target)
        runtime.health.register("database", self._database_ok)
        runtime.on_startup(self.start)
        runtime.on_shutdown(self.stop)
        label = ["action", "status"]
        self.m_workflows = runtime.metrics.counter(
            "workflows_total", "Workflows by action and status reached", label
        )
        self.m_blocks = runtime.metrics.counter(
            "workflow_gate_blocks_total", "Actions blocked, by gate", ["gate"]
        )

    # -- lifecycle --------------------------------------------------------------------

    def _secret(self) -> bytes:
        configured = self.settings.approval_secret
        if configured is not None:
            return configured.get_secret_value().encode()
        # a key file keeps approval links valid across restarts
        path = self.settings.service_dir / "approval.key"
        if path.exists():
            return path.read_bytes().strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(32).encode()
        path.write_bytes(key)
        path.chmod(0o600)
        return key

    async def start(self) -> None:
        s = self.settings
        s.service_dir.mkdir(parents=True, exist_ok=True)
        url = s.database_url or sqlite_url(s.service_dir / "workflow.db")
        store = WorkflowStore(create_engine(url))
        await store.create_schema()
        public = s.public_url or f"http://{s.host}:{s.port}"
        config = RunConfig(
            approval_secret=self._secret(),
            public_url=public,
            executor_deadline=_td(s.executor_deadline_seconds),
            delivery_deadline=_td(s.delivery_deadline_seconds),
            notify_completion=s.notify_completion,
            require_approval_token=s.require_approval_token,
        )
        self.service = WorkflowService(
            store,
            load_catalogue(s.catalogue_path),
            s.gates.policy(),
            s.dry_run.policy(),
            self.clock,
            config,
            on_status=self._count,
        )
        clients = self.runtime.clients
        executor_client = clients.get("executor").with_timeout(
            httpx.Timeout(s.executor_timeout_seconds + 30.0, connect=s.resilience.timeout)
        )
        ports = Ports(
            executor=HttpExecutor(executor_client, s.executor_timeout_seconds),
            recorder=HttpRecorder(clients.get("storage")),
            assessor=HttpAssessor(clients.get("monitor"), s.assessment_window_seconds),
            notifier=HttpNotifier(clients.get("notification")),
        )
        self._executor_client = executor_client
        self.dispatcher = Dispatcher(
            self.service,
            ports,
            retry_initial=s.retry_initial_seconds,
            retry_max=s.retry_max_seconds,
            poll_interval=s.poll_interval_seconds,
        )
        await self.dispatcher.start()

    async def stop(self) -> None:
        if self.dispatcher is not None:
            await self.dispatcher.stop()
        if self.service is not None:
            await self.service.store.engine.dispose()
        client = getattr(self, "_executor_client", None)
        if client is not None:
            await client.get_async_httpx_client().aclose()

    async def _database_ok(self) -> ComponentState:
        if self.service is None:
            return "unknown"
        try:
            await self.service.store.ping()
        except Exception:
            return "unhealthy"
        return "healthy"

    def _svc(self) -> WorkflowService:
        if self.service is None:
            raise ServiceUnavailable("workflow-service is starting", {"retry_after": "1s"})
        return self.service

    def _count(self, wf: Workflow) -> None:
        self.m_workflows.labels(self.runtime.metrics.label, wf.action_type, wf.status.value).inc()
        if wf.status is S.BLOCKED:
            for gate in wf.gates:
                if gate.outcome.value == "blocked":
                    self.m_blocks.labels(self.runtime.metrics.label, gate.gate).inc()

    async def _load(self, workflow_id: str) -> Workflow:
        try:
            return await self._svc().get(workflow_id)
        except WorkflowNotFound as exc:
            raise NotFound(
                f"workflow {workflow_id} not found", {"workflow_id": workflow_id}
            ) from exc

    # -- operations ---------------------------------------------------------------------

    async def execute_action(self, body: m.ExecuteActionRequest) -> m.ExecuteActionResponse:
        data = body.model_dump(mode="json", exclude_none=True)
        action, ctx = data["action"], data["context"]
        request = engine.ActionRequest(
            action_type=action["type"],
            parameters=action.get("parameters") or {},
            confidence=float(action["confidence"]),
            alert=data["alert"],
            request_id=ctx["request_id"],
            action_id=ctx["action_id"],
            dry_run=data.get("dry_run"),
        )
        try:
            wf = await self._svc().execute_action(request)
        except engine.IdempotencyConflict as exc:
            raise Conflict(str(exc), {"action_id": request.action_id}) from exc
        response: dict[str, Any] = {
            "success": wf.status not in NOT_SUCCESSFUL,
            "workflow_id": wf.workflow_id,
            "execution_id": wf.execution_id,
            "status": wf.status.value,
            "estimated_duration": "0s" if wf.status is S.BLOCKED else wf.estimated_duration,
            "dry_run": wf.dry_run,
            "reason": wf.reason,
        }
        if wf.status is S.AWAITING_APPROVAL and wf.approval.expires_at:
            response["approval_expires_at"] = wf.approval.expires_at
        return m.ExecuteActionResponse.model_validate(
            {k: v for k, v in response.items() if v is not None}
        )

    async def list_workflows(
        self,
        limit: int = 50,
        resource: str | None = None,
        namespace: str | None = None,
        status: str | None = None,
        action: str | None = None,
        cursor: str | None = None,
    ) -> m.WorkflowList:
        try:
            items, next_cursor = await self._svc().store.query(
                resource=resource,
                namespace=namespace,
                status=status,
                action=action,
                limit=limit,
                cursor=cursor,
            )
        except ValueError as exc:
            raise BadRequest(str(exc), {"cursor": cursor}) from exc
        body: dict[str, Any] = {"items": [api_workflow(wf) for wf in items]}
        if next_cursor:
            body["next_cursor"] = next_cursor
        return m.WorkflowList.model_validate(body)

    async def get_workflow(self, workflow_id: str) -> m.Workflow:
        return api_workflow(await self._load(workflow_id))

    async def _decide(
        self, workflow_id: str, decision: str, approver: str, comment: str | None, token: str | None
    ) -> m.Workflow:
        svc = self._svc()
        if token:
            try:
                svc.verify_token(token, workflow_id, decision)
            except tokens.InvalidToken as exc:
                raise Forbidden(str(exc), {"workflow_id": workflow_id}) from exc
        elif svc.config.require_approval_token:
            raise Forbidden("an approval token is required", {"workflow_id": workflow_id})
        try:
            if decision == "approve":
                wf = await svc.approve(workflow_id, approver, comment)
            else:
                wf = await svc.reject(workflow_id, approver, comment)
        except WorkflowNotFound as exc:
            raise NotFound(
                f"workflow {workflow_id} not found", {"workflow_id": workflow_id}
            ) from exc
        except InvalidTransition as exc:
            raise Conflict(
                f"workflow {workflow_id} is {exc.current.value}; it cannot be {decision}d",
                {"workflow_id": workflow_id, "status": exc.current.value},
            ) from exc
        return api_workflow(wf)

    async def approve_workflow(self, body: m.ApprovalDecision, workflow_id: str) -> m.Workflow:
        return await self._decide(workflow_id, "approve", body.approver, body.comment, body.token)

    async def reject_workflow(self, body: m.ApprovalDecision, workflow_id: str) -> m.Workflow:
        return await self._decide(workflow_id, "reject", body.approver, body.comment, body.token)

    def _token(self, token: str) -> tokens.ApprovalToken:
        try:
            return self._svc().verify_token(token)
        except tokens.InvalidToken as exc:
            raise Forbidden(str(exc)) from exc

    async def get_approval_by_token(self, token: str) -> m.ApprovalPreview:
        parsed = self._token(token)
        wf = await self._load(parsed.workflow_id)
        return m.ApprovalPreview.model_validate(
            {
                "workflow_id": wf.workflow_id,
                "decision": parsed.decision,
                "expires_at": parsed.expires_at,
                "workflow_status": wf.status.value,
                "action": {
                    "type": wf.action_type,
                    "parameters": wf.parameters,
                    "confidence": wf.confidence,
                },
                "target": wf.target.to_dict(),
                "reasons": wf.approval.reasons,
                "decide_url": self._svc().approval_url(token),
            }
        )

    async def decide_approval_by_token(self, body: m.TokenDecision, token: str) -> m.Workflow:
        parsed = self._token(token)
        approver = body.approver or "approval-link"
        return await self._decide(
            parsed.workflow_id, parsed.decision, approver, body.comment, token
        )

    async def record_assessment(self, body: m.AssessmentReport, workflow_id: str) -> m.Workflow:
        svc = self._svc()
        wf = await self._load(workflow_id)
        if body.execution_id and body.execution_id != wf.execution_id:
            raise Conflict(
                f"execution {body.execution_id} does not belong to workflow {workflow_id}",
                {"execution_id": wf.execution_id},
            )
        assessment = Assessment(
            assessment_id=body.assessment_id,
            outcome=AssessmentOutcome(body.outcome.root),
            assessed_at=body.assessed_at or svc.clock.now(),
            score=body.score,
            summary=body.summary,
        )
        try:
            wf = await svc.record_assessment(workflow_id, assessment)
        except InvalidTransition as exc:
            raise Conflict(
                f"workflow {workflow_id} is {exc.current.value}; nothing was executed to assess",
                {"status": exc.current.value},
            ) from exc
        return api_workflow(wf)

    async def get_policy(self) -> m.Policy:
        s = self.settings
        g = s.gates
        return m.Policy.model_validate(
            {
                "confidence_floor": g.confidence_floor,
                "approval_actions": g.approval_actions,
                "approval_kinds": g.approval_kinds,
                "approval_risks": g.approval_risks,
                "approval_timeout_seconds": int(g.approval_timeout_seconds),
                "protected_namespaces": g.protected_namespaces,
                "managed_namespaces": g.managed_namespaces,
                "cooldown_seconds": int(g.cooldown_seconds),
                "max_consecutive_failures": g.max_consecutive_failures,
                "failure_block_seconds": int(g.failure_block_seconds),
                "rate_limit_global": g.rate_limit_global,
                "rate_limit_per_namespace": g.rate_limit_per_namespace,
                "rate_limit_window_seconds": int(g.rate_limit_window_seconds),
                "dry_run_default": s.dry_run.default,
                "dry_run_namespaces": s.dry_run.namespaces,
                "dry_run_actions": s.dry_run.actions,
                "executor_deadline_seconds": int(s.executor_deadline_seconds),
            }
        )


def _td(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)
