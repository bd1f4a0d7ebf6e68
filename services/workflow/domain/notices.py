"""What workflow-service tells humans, as notification-service requests (plain dicts).

Ids are deterministic (``<workflow_id>-<kind>``) so a replayed outbox job never
notifies twice: notification-service is idempotent on ``notification_id``.
"""

from __future__ import annotations

from typing import Any

from services.workflow.domain.model import Workflow, WorkflowStatus

_ALERT_KEYS = ("name", "severity", "namespace", "resource", "fingerprint", "labels", "annotations")


def _alert(wf: Workflow) -> dict[str, Any]:
    alert = {k: wf.alert[k] for k in _ALERT_KEYS if wf.alert.get(k) is not None}
    for key in ("labels", "annotations"):
        if key in alert:
            alert[key] = {str(k): str(v) for k, v in dict(alert[key]).items()}
    return alert


def _context(wf: Workflow, links: list[dict[str, str]] | None = None) -> dict[str, Any]:
    workflow: dict[str, Any] = {
        "workflow_id": wf.workflow_id,
        "execution_id": wf.execution_id,
        "status": wf.status.value,
    }
    if wf.approval.expires_at is not None and wf.status is WorkflowStatus.AWAITING_APPROVAL:
        workflow["approval_expires_at"] = wf.approval.expires_at.isoformat()
    context: dict[str, Any] = {
        "alert": _alert(wf),
        "action": {
            "action_id": wf.action_id,
            "type": wf.action_type,
            "parameters": wf.parameters,
            "confidence": wf.confidence,
            "risk": wf.risk,
            "dry_run": wf.dry_run,
            "status": wf.status.value,
            **({"result": (wf.reason or "")[:4000]} if wf.reason else {}),
        },
        "workflow": workflow,
    }
    if links:
        context["links"] = links
    return context


def _severity(wf: Workflow) -> str:
    sev = str(wf.alert.get("severity") or "").lower()
    return sev if sev in ("critical", "warning", "info") else "warning"


def approval_needed(
    wf: Workflow, approve_url: str, reject_url: str, workflow_url: str
) -> dict[str, Any]:
    reasons = "\n".join(f"- {r}" for r in wf.approval.reasons)
    expires = wf.approval.expires_at.isoformat() if wf.approval.expires_at else "never"
    body = (
        f"Kubernaut wants to run {wf.action_type} on {wf.target.describe()} "
        f"for alert {wf.alert.get('name', '?')} (confidence {wf.confidence:.2f}, "
        f"risk {wf.risk}{', dry run' if wf.dry_run else ''}).\n"
        f"Approval is needed because:\n{reasons}\n"
        f"The request expires at {expires}.\n"
        f"Approve: POST {approve_url}\nReject: POST {reject_url}"
    )
    context = _context(
        wf,
        [
            {"title": "Approve", "url": approve_url},
            {"title": "Reject", "url": reject_url},
            {"title": "Workflow", "url": workflow_url},
        ],
    )
    # ready-made signed links: notification-service uses them as they are
    context["workflow"].update({"approve_url": approve_url, "reject_url": reject_url})
    return {
        "notification_id": f"{wf.workflow_id}-approval",
        "kind": "approval_needed",
        "severity": _severity(wf),
        "subject": f"Approval needed: {wf.action_type} on {wf.target.describe()}"[:500],
        "body": body,
        "context": context,
    }


def escalation(wf: Workflow, workflow_url: str) -> dict[str, Any]:
    return {
        "notification_id": f"{wf.workflow_id}-escalation",
        "kind": "escalation",
        "severity": "critical" if wf.status is WorkflowStatus.FAILED else _severity(wf),
        "subject": f"Manual attention needed: {wf.action_type} on {wf.target.describe()}"[:500],
        "body": (
            f"Workflow {wf.workflow_id} for alert {wf.alert.get('name', '?')} is "
            f"{wf.status.value}: {wf.reason}"
        ),
        "context": _context(wf, [{"title": "Workflow", "url": workflow_url}]),
    }


def action_taken(wf: Workflow, workflow_url: str) -> dict[str, Any]:
    verb = {
        WorkflowStatus.SUCCEEDED: "succeeded",
        WorkflowStatus.DRY_RUN_COMPLETED: "dry run completed",
        WorkflowStatus.FAILED: "failed",
    }.get(wf.status, wf.status.value)
    return {
        "notification_id": f"{wf.workflow_id}-action",
        "kind": "action_taken",
        "severity": "warning" if wf.status is WorkflowStatus.FAILED else "info",
        "subject": f"{wf.action_type} on {wf.target.describe()} {verb}"[:500],
        "body": f"Workflow {wf.workflow_id}: {wf.reason}",
        "context": _context(wf, [{"title": "Workflow", "url": workflow_url}]),
    }
