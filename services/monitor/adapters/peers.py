"""Feedback to storage, workflow and notification through the generated clients."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generated.clients.notification.api.notifications import notify
from generated.clients.notification.models import NotificationRequest
from generated.clients.storage.api.assessments import store_assessment
from generated.clients.storage.models import StoreAssessmentRequest
from generated.clients.workflow.api.assessments import record_assessment
from generated.clients.workflow.models import AssessmentReport

from ..service import FeedbackRejected


def _check(peer: str, status: int, ok: set[int], content: bytes) -> None:
    if status in ok:
        return
    text = content[:300].decode("utf-8", "replace")
    if 400 <= status < 500 and status not in (408, 429):
        raise FeedbackRejected(f"{peer} answered {status}: {text}")
    raise RuntimeError(f"{peer} answered {status}: {text}")


def storage_payload(record: Mapping[str, Any]) -> dict[str, Any]:
    target, alert = record["target"], record["alert"]
    signals = {
        name: sig["score"]
        for name, sig in (record.get("signals") or {}).items()
        if sig.get("available") and sig.get("score") is not None
    }
    body: dict[str, Any] = {
        "assessment_id": record["assessment_id"],
        "workflow_id": record["workflow_id"],
        "action_type": record["action_type"],
        "alert_name": alert["name"],
        "resource": target["name"],
        "resource_kind": target["kind"],
        "outcome": record["outcome"],
        # storage requires a score; an inconclusive assessment without one stores 0 and
        # says so in details.
        "score": record.get("score", 0.0),
        "signals": signals,
        "details": {
            "reasons": record.get("reasons", []),
            "undo_proposed": record.get("undo_proposed", False),
            "score_available": "score" in record,
            "summaries": {
                n: s.get("summary", "") for n, s in (record.get("signals") or {}).items()
            },
        },
        "executed_at": record["executed_at"],
        "assessed_at": record["assessed_at"],
        "window_seconds": record["window_seconds"],
    }
    for key in ("execution_id", "action_id"):
        if record.get(key):
            body[key] = record[key]
    if alert.get("fingerprint"):
        body["fingerprint"] = alert["fingerprint"]
    if target.get("namespace"):
        body["namespace"] = target["namespace"]
    return body


def workflow_report(record: Mapping[str, Any]) -> dict[str, Any]:
    outcome = str(record["outcome"])
    reasons = list(record.get("reasons", []))
    report: dict[str, Any] = {
        "assessment_id": record["assessment_id"],
        "outcome": outcome,
        "assessed_at": record["assessed_at"],
        "summary": "; ".join(reasons)[:4000],
    }
    if record.get("execution_id"):
        report["execution_id"] = record["execution_id"]
    if "score" in record:
        report["score"] = record["score"]
    return report


def notification_payload(
    record: Mapping[str, Any],
    channels: list[str] | None,
    public_url: str | None,
) -> dict[str, Any]:
    target, alert = record["target"], record["alert"]
    ns = f"{target['namespace']}/" if target.get("namespace") else ""
    where = f"{ns}{target['kind']}/{target['name']}"
    undo = record.get("undo_proposed", False)
    lines = [
        f"Outcome: {record['outcome']} (score {record.get('score', 'n/a')}) after a "
        f"{record['window_seconds']}s stabilisation window.",
        *[f"- {r}" for r in record.get("reasons", [])],
        *[
            f"- {name}: {sig.get('summary', '')}"
            for name, sig in (record.get("signals") or {}).items()
            if sig.get("summary")
        ],
    ]
    if undo:
        execution = record.get("execution_id", "?")
        lines.append(
            f"Proposed: undo execution {execution} of workflow {record['workflow_id']} "
            f"(executor POST /api/v1/executions/{execution}/undo)."
        )
    else:
        lines.append("The action is not reversible: manual investigation is needed.")
    body: dict[str, Any] = {
        "notification_id": f"effectiveness-{record['assessment_id']}",
        "kind": "effectiveness_result",
        "severity": "warning",
        "subject": f"{record['action_type']} on {where} was ineffective"
        + (" - undo proposed" if undo else ""),
        "body": "\n".join(lines)[:20000],
        "context": {
            "alert": {
                k: v
                for k, v in {
                    "name": alert["name"],
                    "fingerprint": alert.get("fingerprint"),
                    "severity": alert.get("severity"),
                    "namespace": target.get("namespace"),
                    "resource": target["name"],
                    "labels": alert.get("labels"),
                }.items()
                if v
            },
            "action": {
                k: v
                for k, v in {
                    "action_id": record.get("action_id"),
                    "type": record["action_type"],
                }.items()
                if v
            },
            "workflow": {
                k: v
                for k, v in {
                    "workflow_id": record["workflow_id"],
                    "execution_id": record.get("execution_id"),
                    "effectiveness": record["outcome"],
                    "score": record.get("score"),
                }.items()
                if v is not None
            },
        },
    }
    if public_url:
        body["context"]["links"] = [
            {
                "title": "Assessment",
                "url": f"{public_url.rstrip('/')}/api/v1/assessments/{record['assessment_id']}",
            }
        ]
    if channels:
        body["channels"] = channels
    return body


class PeerFeedback:
    """Implements the ``Feedback`` port with the runtime's generated clients."""

    def __init__(
        self,
        storage: Any,
        workflow: Any,
        notification: Any,
        channels: list[str] | None = None,
        public_url: str | None = None,
    ) -> None:
        self._storage = storage
        self._workflow = workflow
        self._notification = notification
        self._channels = channels
        self._public_url = public_url

    async def store(self, record: Mapping[str, Any]) -> None:
        resp = await store_assessment.asyncio_detailed(
            client=self._storage, body=StoreAssessmentRequest.from_dict(storage_payload(record))
        )
        _check("storage-service", resp.status_code, {200, 201}, resp.content)

    async def workflow(self, record: Mapping[str, Any]) -> None:
        resp = await record_assessment.asyncio_detailed(
            record["workflow_id"],
            client=self._workflow,
            body=AssessmentReport.from_dict(workflow_report(record)),
        )
        _check("workflow-service", resp.status_code, {200, 201, 202}, resp.content)

    async def notify(self, record: Mapping[str, Any]) -> str:
        payload = notification_payload(record, self._channels, self._public_url)
        resp = await notify.asyncio_detailed(
            client=self._notification, body=NotificationRequest.from_dict(payload)
        )
        _check("notification-service", resp.status_code, {200, 201, 202, 409}, resp.content)
        return str(payload["notification_id"])
