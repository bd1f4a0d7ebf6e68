"""Provider states: real set-up through the provider's own storage or API, no mocks.

Each state name a consumer uses in ``.given(...)`` maps to a coroutine that puts the
running provider into that state. They run on the services' event loop (the provider's
database engine lives there).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from kubernaut.runtime.app import ServiceApp
from kubernaut.runtime.server import Endpoints

StateSetup = Callable[[ServiceApp, Endpoints, dict[str, Any]], Awaitable[None]]
STATES: dict[str, dict[str, StateSetup]] = {}


def state(provider: str, name: str) -> Callable[[StateSetup], StateSetup]:
    def register(fn: StateSetup) -> StateSetup:
        STATES.setdefault(provider, {})[name] = fn
        return fn

    return register


async def _post(endpoints: Endpoints, path: str, body: dict[str, Any]) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=endpoints.api, timeout=10) as http:
        response = await http.post(path, json=body)
    if response.status_code >= 300:
        raise RuntimeError(f"state set-up {path} answered {response.status_code}: {response.text}")
    data: dict[str, Any] = response.json()
    return data


async def _workflow(app: ServiceApp, workflow_id: str) -> None:
    """A finished workflow in workflow-service's own store (its ids are server-made)."""
    from services.workflow.domain.model import Target, Workflow, WorkflowStatus

    now = datetime.now(UTC)
    wf = Workflow(
        workflow_id=workflow_id,
        execution_id=f"exec-{workflow_id}",
        action_id=f"act-{workflow_id}",
        request_id="0f6d3c1e-5a27-4c39-9d8e-2b1c7a9e4f10",
        action_type="increase_resources",
        parameters={"namespace": "production", "resource": "api-server", "kind": "Deployment"},
        confidence=0.85,
        alert={"name": "HighMemoryUsage", "severity": "warning", "namespace": "production"},
        target=Target(kind="Deployment", name="api-server", namespace="production"),
        risk="medium",
        status=WorkflowStatus.SUCCEEDED,
        dry_run=False,
        dry_run_source="request",
        created_at=now - timedelta(minutes=6),
        updated_at=now - timedelta(minutes=5),
        finished_at=now - timedelta(minutes=5),
        result={"status": "succeeded"},
    )
    handlers: Any = app.handlers
    await handlers.service.store.insert(wf)


@state("workflow", "workflow wf-pact-alert exists")
async def _workflow_for_alert(app: ServiceApp, ep: Endpoints, params: dict[str, Any]) -> None:
    await _workflow(app, "wf-pact-alert")


@state("workflow", "workflow wf-pact-monitor has executed its action")
async def _workflow_for_monitor(app: ServiceApp, ep: Endpoints, params: dict[str, Any]) -> None:
    await _workflow(app, "wf-pact-monitor")


@state("storage", "storage holds the history of one remediated alert")
async def _history(app: ServiceApp, ep: Endpoints, params: dict[str, Any]) -> None:
    """An alert, the action decided for it, its execution and its assessment — all
    stored through storage-service's own API, as alert, workflow and monitor do."""
    alert = {
        "name": "HighMemoryUsage",
        "severity": "warning",
        "namespace": "production",
        "resource": "api-server",
        "kind": "Deployment",
        "fingerprint": "3f2a9c1b7e4d5a60",
    }
    now = datetime.now(UTC)
    await _post(
        ep,
        "/api/v1/alerts",
        {
            "alert_id": "alt-pact-1",
            "fingerprint": "3f2a9c1b7e4d5a60",
            "name": "HighMemoryUsage",
            "status": "firing",
            "severity": "warning",
            "namespace": "production",
            "resource": "api-server",
            "kind": "Deployment",
            "starts_at": (now - timedelta(minutes=10)).isoformat(),
        },
    )
    await _post(
        ep,
        "/api/v1/store-action",
        {
            "alert": alert,
            "action": "increase_resources",
            "confidence": 0.85,
            "action_id": "act-pact-1",
            "parameters": {"namespace": "production", "resource": "api-server"},
            "reasoning": {"summary": "memory pressure"},
        },
    )
    await _post(
        ep,
        "/api/v1/store-execution",
        {
            "execution_id": "exec-pact-1",
            "action_id": "act-pact-1",
            "workflow_id": "wf-pact-1",
            "action_type": "increase_resources",
            "status": "succeeded",
            "dry_run": False,
        },
    )
    await _post(
        ep,
        "/api/v1/assessments",
        {
            "assessment_id": "asm-pact-1",
            "action_id": "act-pact-1",
            "workflow_id": "wf-pact-1",
            "action_type": "increase_resources",
            "alert_name": "HighMemoryUsage",
            "outcome": "effective",
            "score": 0.9,
        },
    )


@state("storage", "storage holds mined patterns")
async def _patterns(app: ServiceApp, ep: Endpoints, params: dict[str, Any]) -> None:
    async with httpx.AsyncClient(base_url=ep.api, timeout=10) as http:
        response = await http.put(
            "/api/v1/patterns",
            json={
                "patterns": [
                    {
                        "pattern_type": "action_effectiveness",
                        "key": "HighMemoryUsage|Deployment|increase_resources",
                        "support": 3,
                        "alert_name": "HighMemoryUsage",
                        "resource_kind": "Deployment",
                        "action": "increase_resources",
                        "success_rate": 0.67,
                    }
                ]
            },
        )
    if response.status_code >= 300:
        raise RuntimeError(f"storing patterns answered {response.status_code}: {response.text}")


@state("executor", "execution exec-pact-done was run as a dry run")
async def _execution(app: ServiceApp, ep: Endpoints, params: dict[str, Any]) -> None:
    await _post(
        ep,
        "/api/v1/executions",
        {
            "execution_id": "exec-pact-done",
            "action_type": "increase_resources",
            "parameters": {
                "namespace": "production",
                "resource": "api-server",
                "kind": "Deployment",
            },
            "dry_run": True,
        },
    )
