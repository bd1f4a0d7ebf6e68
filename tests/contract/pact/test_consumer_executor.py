"""executor-service as a consumer of storage-service: the audit entry of each execution,
built by its domain (``audit_entry``) and sent by its ``StorageAudit`` adapter."""

from __future__ import annotations

from pathlib import Path

from generated.clients.storage.models import AuditEntryInput
from services.executor.adapters.audit import StorageAudit
from services.executor.domain.audit import audit_entry
from tests.contract.support.pacts import (
    clients_of,
    new_pact,
    response_shape,
    standard_headers,
    write,
)

RECORD = {
    "execution_id": "exec-7f9c2b1e",
    "workflow_id": "wf-42",
    "action_id": "act-42",
    "action_type": "scale_deployment",
    "parameters": {"namespace": "production", "resource": "api-server", "replicas": 4},
    "dry_run": False,
    "status": "succeeded",
    "target": {"kind": "Deployment", "namespace": "production", "name": "api-server"},
    "message": "scaled production/api-server from 2 to 4 replicas",
    "api_calls": [
        {
            "method": "PATCH",
            "path": "/apis/apps/v1/namespaces/production/deployments/api-server/scale",
            "status_code": 200,
            "dry_run": False,
        }
    ],
    "undo_available": True,
    "finished_at": "2026-11-28T01:50:20+00:00",
}


async def test_executor_audits_what_it_did_to_the_cluster(tmp_path: Path) -> None:
    entry = audit_entry(RECORD)
    pact = new_pact("executor", "storage")
    standard_headers(
        pact.upon_receiving("the audit entry of an executed scale").with_request(
            "POST", "/api/v1/audit"
        ),
        "executor",
    ).with_body(
        AuditEntryInput.from_dict(entry).to_dict(), content_type="application/json"
    ).will_respond_with(201).with_body(
        response_shape("storage", "appendAudit", 201), content_type="application/json"
    )
    with pact.serve(addr="127.0.0.1") as mock:
        async with clients_of("executor", tmp_path, storage=str(mock.url)) as clients:
            await StorageAudit(clients).append(entry)  # raises AuditUnavailable if refused
    write(pact)
