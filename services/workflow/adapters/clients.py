"""Outbound calls of workflow-service through the generated clients.

Each adapter turns a transport failure or a 5xx into ``DependencyUnavailable``
(the outbox replays it) and a definitive 4xx into ``DependencyRejected``. Bodies
are read from the raw response so an unexpected but valid answer never crashes us.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from generated.clients.executor import Client as ExecutorClient
from generated.clients.executor.api.executions import execute_kubernetes_action, get_execution
from generated.clients.executor.models import ExecutionRequest
from generated.clients.monitor import Client as MonitorClient
from generated.clients.monitor.api.assessments import schedule_assessment
from generated.clients.monitor.models import ScheduleAssessmentRequest
from generated.clients.notification import Client as NotificationClient
from generated.clients.notification.api.notifications import notify
from generated.clients.notification.models import NotificationRequest
from generated.clients.storage import Client as StorageClient
from generated.clients.storage.api.executions import store_execution
from generated.clients.storage.models import StoreExecutionRequest
from services.workflow.domain.model import StepName, Workflow, WorkflowStatus
from services.workflow.ports import DependencyRejected, DependencyUnavailable, ExecutorOutcome

# Failures that say "try again later" rather than "this request is wrong".
_RETRYABLE = frozenset({408, 425, 429, 500, 502, 503, 504})


def _body(response: Any) -> dict[str, Any]:
    try:
        data = json.loads(response.content or b"{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _error_text(data: Mapping[str, Any], status: int) -> str:
    error = data.get("error")
    if isinstance(error, Mapping):
        return f"{error.get('code', status)}: {error.get('message', '')}"
    return f"HTTP {status}"


def _check(service: str, response: Any, ok: frozenset[int]) -> dict[str, Any]:
    data = _body(response)
    status = int(response.status_code)
    if status in ok:
        return data
    text = f"{service} answered {_error_text(data, status)}"
    if status in _RETRYABLE or status >= 500:
        raise DependencyUnavailable(text)
    raise DependencyRejected(text, {"status": status, "body": data})


def _transport_error(service: str, exc: Exception) -> DependencyUnavailable:
    return DependencyUnavailable(f"{service} unreachable: {type(exc).__name__} {exc}".strip())


def outcome_of(result: Mapping[str, Any]) -> ExecutorOutcome:
    """Read executor-service's ExecutionResult (see contracts/openapi/executor.yaml)."""
    status = str(result.get("status", "failed"))
    message = str(result.get("message") or status)
    condition = (result.get("observed") or {}).get("condition") or {}
    if status == "failed":
        error = result.get("error") or {}
        detail = f"{message} ({error.get('message')})" if error.get("message") else message
        return ExecutorOutcome(False, detail, dict(result))
    if status == "timed_out":
        why = str(condition.get("last_seen") or condition.get("description") or "")
        return ExecutorOutcome(
            True,
            message,
            dict(result),
            False,
            f"expected condition not reached in time {why}".strip(),
        )
    if condition and condition.get("reached") is False:
        return ExecutorOutcome(
            True, message, dict(result), False, str(condition.get("description"))
        )
    verdict = str(condition.get("description") or "executor reported success")
    return ExecutorOutcome(True, message, dict(result), True, verdict)


class HttpExecutor:
    def __init__(self, client: ExecutorClient, timeout_seconds: int) -> None:
        self.client = client
        self.timeout_seconds = timeout_seconds

    async def execute(self, wf: Workflow) -> ExecutorOutcome:
        try:
            request = ExecutionRequest.from_dict(
                {
                    "execution_id": wf.execution_id,
                    "action_type": wf.action_type,
                    "parameters": wf.parameters,
                    "dry_run": wf.dry_run,
                    "timeout_seconds": self.timeout_seconds,
                    "workflow_id": wf.workflow_id,
                    "action_id": wf.action_id,
                }
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise DependencyRejected(f"executor cannot take this action: {exc}") from exc
        try:
            response = await execute_kubernetes_action.asyncio_detailed(
                client=self.client, body=request
            )
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise _transport_error("executor-service", exc) from exc
        if response.status_code == 409:
            # Either our own earlier attempt is still running or finished (the call is
            # idempotent on execution_id), or a real conflict: look the execution up.
            return await self._recorded(wf.execution_id, _error_text(_body(response), 409))
        return outcome_of(_check("executor-service", response, frozenset({200})))

    async def _recorded(self, execution_id: str, conflict: str) -> ExecutorOutcome:
        try:
            response = await get_execution.asyncio_detailed(execution_id, client=self.client)
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise _transport_error("executor-service", exc) from exc
        if response.status_code == 404:
            raise DependencyRejected(f"executor-service answered {conflict}")
        data = _check("executor-service", response, frozenset({200}))
        if data.get("status") == "running":
            raise DependencyUnavailable("execution still running on executor-service")
        return outcome_of(data)


class HttpRecorder:
    def __init__(self, client: StorageClient) -> None:
        self.client = client

    async def store_execution(self, wf: Workflow) -> None:
        status = {
            WorkflowStatus.SUCCEEDED: "succeeded",
            WorkflowStatus.DRY_RUN_COMPLETED: "succeeded",
            WorkflowStatus.FAILED: "failed",
        }.get(wf.status, "executing")
        action = wf.step(StepName.ACTION).started_at
        payload: dict[str, Any] = {
            "workflow_id": wf.workflow_id,
            "execution_id": wf.execution_id,
            "action_id": wf.action_id,
            "action_type": wf.action_type,
            "target": wf.target.to_dict(),
            "status": status,
            "dry_run": wf.dry_run,
            "result": wf.result or {},
        }
        if action is not None:
            payload["started_at"] = action.isoformat()
        if wf.finished_at is not None:
            payload["finished_at"] = wf.finished_at.isoformat()
        if wf.status is WorkflowStatus.FAILED and wf.reason:
            payload["error"] = wf.reason[:8000]
        try:
            response = await store_execution.asyncio_detailed(
                client=self.client, body=StoreExecutionRequest.from_dict(payload)
            )
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise _transport_error("storage-service", exc) from exc
        # 409: already stored by an earlier attempt of this same job
        _check("storage-service", response, frozenset({200, 201, 409}))


class HttpAssessor:
    def __init__(self, client: MonitorClient, window_seconds: int | None) -> None:
        self.client = client
        self.window_seconds = window_seconds

    async def schedule_assessment(self, wf: Workflow) -> None:
        alert = {k: wf.alert[k] for k in ("name", "severity", "fingerprint") if wf.alert.get(k)}
        labels = wf.alert.get("labels")
        if isinstance(labels, Mapping):
            alert["labels"] = {str(k): str(v) for k, v in labels.items()}
        payload: dict[str, Any] = {
            "workflow_id": wf.workflow_id,
            "execution_id": wf.execution_id,
            "action_id": wf.action_id,
            "action_type": wf.action_type,
            "action_parameters": wf.parameters,
            "target": wf.target.to_dict(),
            "alert": alert,
            "executed_at": (wf.finished_at or wf.updated_at).isoformat(),
            "dry_run": wf.dry_run,
        }
        if self.window_seconds is not None:
            payload["window_seconds"] = self.window_seconds
        try:
            response = await schedule_assessment.asyncio_detailed(
                client=self.client, body=ScheduleAssessmentRequest.from_dict(payload)
            )
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise _transport_error("monitor-service", exc) from exc
        _check("monitor-service", response, frozenset({200, 201, 202, 409}))


class HttpNotifier:
    def __init__(self, client: NotificationClient) -> None:
        self.client = client

    async def notify(self, payload: dict[str, Any]) -> None:
        try:
            response = await notify.asyncio_detailed(
                client=self.client, body=NotificationRequest.from_dict(payload)
            )
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise _transport_error("notification-service", exc) from exc
        # 409: this notification_id was already accepted (a replayed job)
        _check("notification-service", response, frozenset({200, 201, 202, 409}))
