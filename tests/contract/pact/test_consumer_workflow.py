"""workflow-service as a consumer: executor (run the action), storage (the execution
record), monitor (schedule the effectiveness assessment) and notification (tell humans),
through its adapters in ``services/workflow/adapters/clients.py``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pact import match

from services.workflow.adapters.clients import (
    HttpAssessor,
    HttpExecutor,
    HttpNotifier,
    HttpRecorder,
)
from services.workflow.domain import notices
from services.workflow.domain.model import StepName, Target, Workflow, WorkflowStatus
from tests.contract.support.pacts import (
    REQUEST_ID,
    clients_of,
    new_pact,
    response_shape,
    standard_headers,
    write,
)

STARTED = datetime(2026, 11, 28, 1, 50, 0, tzinfo=UTC)
FINISHED = datetime(2026, 11, 28, 1, 50, 20, tzinfo=UTC)
PARAMETERS = {"namespace": "production", "resource": "api-server", "kind": "Deployment"}


def workflow(**changes: object) -> Workflow:
    wf = Workflow(
        workflow_id="wf-pact-workflow",
        execution_id="exec-pact-workflow",
        action_id="act-pact-workflow",
        request_id=REQUEST_ID,
        action_type="increase_resources",
        parameters=dict(PARAMETERS),
        confidence=0.85,
        alert={
            "name": "HighMemoryUsage",
            "severity": "warning",
            "namespace": "production",
            "resource": "api-server",
            "fingerprint": "3f2a9c1b7e4d5a60",
            "labels": {"alertname": "HighMemoryUsage"},
        },
        target=Target(kind="Deployment", name="api-server", namespace="production"),
        risk="medium",
        status=WorkflowStatus.SUCCEEDED,
        dry_run=True,
        dry_run_source="policy",
        created_at=STARTED,
        updated_at=FINISHED,
        finished_at=FINISHED,
        result={"status": "succeeded"},
    )
    wf.step(StepName.ACTION).started_at = STARTED
    for key, value in changes.items():
        setattr(wf, key, value)
    return wf


async def test_workflow_runs_the_action_on_executor(tmp_path: Path) -> None:
    pact = new_pact("workflow", "executor")
    standard_headers(
        pact.upon_receiving("a dry run of increase_resources").with_request(
            "POST", "/api/v1/executions"
        ),
        "workflow",
    ).with_body(
        {
            "execution_id": "exec-pact-workflow",
            "action_type": "increase_resources",
            "parameters": PARAMETERS,
            "dry_run": True,
            "timeout_seconds": 120,
            "workflow_id": "wf-pact-workflow",
            "action_id": "act-pact-workflow",
        },
        content_type="application/json",
    ).will_respond_with(200).with_body(
        response_shape(
            "executor",
            "executeKubernetesAction",
            200,
            execution_id="exec-pact-workflow",
            status=match.regex("succeeded", regex=r"^(succeeded|failed|timed_out)$"),
        ),
        content_type="application/json",
    )
    standard_headers(
        pact.upon_receiving("the result of an execution already made")
        .given("execution exec-pact-done was run as a dry run")
        .with_request("GET", "/api/v1/executions/exec-pact-done"),
        "workflow",
    ).will_respond_with(200).with_body(
        response_shape(
            "executor",
            "getExecution",
            200,
            execution_id="exec-pact-done",
            status=match.regex("succeeded", regex=r"^(succeeded|failed|timed_out)$"),
        ),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("workflow", tmp_path, executor=str(mock.url)) as clients:
            executor = HttpExecutor(clients.get("executor"), 120)
            ran = await executor.execute(workflow())
            # the path workflow takes when the executor answers 409 to a replayed job
            recorded = await executor._recorded("exec-pact-done", "409 conflict")
    assert ran.success and recorded.success
    write(pact)


async def test_workflow_records_the_execution_in_storage(tmp_path: Path) -> None:
    pact = new_pact("workflow", "storage")
    standard_headers(
        pact.upon_receiving("a finished dry-run execution").with_request(
            "POST", "/api/v1/store-execution"
        ),
        "workflow",
    ).with_body(
        {
            "workflow_id": "wf-pact-workflow",
            "execution_id": "exec-pact-workflow",
            "action_id": "act-pact-workflow",
            "action_type": "increase_resources",
            "target": {"kind": "Deployment", "namespace": "production", "name": "api-server"},
            "status": "succeeded",
            "dry_run": True,
            "result": {"status": "succeeded"},
            "started_at": STARTED.isoformat(),
            "finished_at": FINISHED.isoformat(),
        },
        content_type="application/json",
    ).will_respond_with(201).with_body(
        response_shape("storage", "storeExecution", 201, execution_id="exec-pact-workflow"),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("workflow", tmp_path, storage=str(mock.url)) as clients:
            await HttpRecorder(clients.get("storage")).store_execution(workflow())
    write(pact)


async def test_workflow_asks_monitor_to_assess_the_action(tmp_path: Path) -> None:
    pact = new_pact("workflow", "monitor")
    standard_headers(
        pact.upon_receiving("an assessment request for a finished action").with_request(
            "POST", "/api/v1/assessments"
        ),
        "workflow",
    ).with_body(
        {
            "workflow_id": "wf-pact-workflow",
            "execution_id": "exec-pact-workflow",
            "action_id": "act-pact-workflow",
            "action_type": "increase_resources",
            "action_parameters": PARAMETERS,
            "target": {"kind": "Deployment", "namespace": "production", "name": "api-server"},
            "alert": {
                "name": "HighMemoryUsage",
                "severity": "warning",
                "fingerprint": "3f2a9c1b7e4d5a60",
                "labels": {"alertname": "HighMemoryUsage"},
            },
            "executed_at": FINISHED.isoformat(),
            "dry_run": True,
            "window_seconds": 300,
        },
        content_type="application/json",
    ).will_respond_with(202).with_body(
        response_shape("monitor", "scheduleAssessment", 202, workflow_id="wf-pact-workflow"),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("workflow", tmp_path, monitor=str(mock.url)) as clients:
            await HttpAssessor(clients.get("monitor"), 300).schedule_assessment(workflow())
    write(pact)


async def test_workflow_tells_humans_the_action_was_taken(tmp_path: Path) -> None:
    payload = notices.action_taken(workflow(), "http://workflow.example/api/v1/workflows/wf")
    pact = new_pact("workflow", "notification")
    standard_headers(
        pact.upon_receiving("an action_taken notification from workflow").with_request(
            "POST", "/api/v1/notify"
        ),
        "workflow",
    ).with_body(payload, content_type="application/json").will_respond_with(202).with_body(
        response_shape("notification", "notify", 202, notification_id=payload["notification_id"]),
        content_type="application/json",
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("workflow", tmp_path, notification=str(mock.url)) as clients:
            await HttpNotifier(clients.get("notification")).notify(payload)
    write(pact)
