"""Requests alert-service sends on each hop, built from an alert record.

Pure: plain JSON data in the shapes of the providers' specs (ai
AnalyzeAlertRequest, workflow ExecuteActionRequest, storage StoreActionRequest
and StoreAlertRequest, notification NotificationRequest). Values are clipped
to the providers' documented bounds so a long label never turns into a 400.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from services.alert.domain.lifecycle import State

MAX_LABELS = 128
MAX_VALUE = 8192

# Workflow statuses (workflow spec `WorkflowStatus`) → alert lifecycle.
EXECUTED_STATUSES = frozenset({"executing", "verifying", "succeeded", "dry_run_completed"})
WAITING_STATUSES = frozenset({"pending", "awaiting_approval", "approved", "queued"})
REFUSED_STATUSES = frozenset({"blocked", "rejected", "expired", "failed"})


def workflow_state(success: bool, status: str) -> State:
    """Where an alert stands after workflow answered with `status`."""
    if not success or status in REFUSED_STATUSES:
        return State.FAILED
    if status in EXECUTED_STATUSES:
        return State.EXECUTED
    return State.ACTION_REQUESTED


def _clip_map(values: Mapping[str, str], max_items: int = MAX_LABELS) -> dict[str, str]:
    return {k: v[:MAX_VALUE] for k, v in list(values.items())[:max_items]}


def action_id(alert_id: str) -> str:
    """The idempotency key of the action taken for an alert episode: a retried
    execute-action (after a restart or an outage) never runs the action twice."""
    return "act-" + hashlib.sha256(alert_id.encode()).hexdigest()[:24]


def _alert_core(record: Mapping[str, Any]) -> dict[str, Any]:
    alert = record["alert"]
    core: dict[str, Any] = {
        "name": alert["name"][:253],
        "severity": alert["severity"],
        "labels": _clip_map(alert["labels"]),
        "annotations": _clip_map(alert["annotations"]),
    }
    if alert.get("namespace"):
        core["namespace"] = alert["namespace"][:63]
    if alert.get("resource"):
        core["resource"] = alert["resource"][:253]
    return core


def analyze_request(
    record: Mapping[str, Any], request_id: str, now: str, owner_min_confidence: float
) -> dict[str, Any]:
    alert = _alert_core(record)
    if record["alert"].get("kind"):
        alert["kind"] = record["alert"]["kind"][:64]
    alert["fingerprint"] = record["fingerprint"][:128]
    alert["status"] = record["status"]
    if record.get("starts_at"):
        alert["starts_at"] = record["starts_at"]
    owner = record.get("owner")
    if owner and owner["confidence"] >= owner_min_confidence:
        # Extra labels (never overwriting the alert's own) tell the analyser
        # which controller owns the pod; the confidence says how sure we are.
        labels = dict(alert["labels"])
        hints = {
            "kubernaut_owner_kind": owner["kind"],
            "kubernaut_owner_name": owner["name"],
            "kubernaut_owner_confidence": f"{owner['confidence']:.2f}",
        }
        for key, value in hints.items():
            if key not in labels and len(labels) < MAX_LABELS:
                labels[key] = value
        alert["labels"] = labels
    return {
        "alert": alert,
        "context": {"request_id": request_id, "timestamp": now, "alert_id": record["alert_id"]},
    }


def execute_request(record: Mapping[str, Any], request_id: str, now: str) -> dict[str, Any]:
    analysis = record["analysis"]
    alert = _alert_core(record)
    alert["fingerprint"] = record["fingerprint"][:128]
    alert["alert_id"] = record["alert_id"]
    if record["alert"].get("kind"):
        alert["kind"] = record["alert"]["kind"]
    return {
        "action": {
            "type": analysis["action"],
            "parameters": dict(analysis.get("parameters") or {}),
            "confidence": analysis["confidence"],
        },
        "alert": alert,
        "context": {
            "request_id": request_id,
            "action_id": record["action_id"],
            "alert_id": record["alert_id"],
            "timestamp": now,
        },
    }


def store_action_request(record: Mapping[str, Any], request_id: str) -> dict[str, Any]:
    analysis = record["analysis"]
    alert = _alert_core(record)
    alert["fingerprint"] = record["fingerprint"][:128]
    alert["alert_id"] = record["alert_id"]
    if record["alert"].get("kind"):
        alert["kind"] = record["alert"]["kind"][:64]
    request: dict[str, Any] = {
        "alert": alert,
        "action": analysis["action"],
        "confidence": analysis["confidence"],
        "parameters": dict(analysis.get("parameters") or {}),
        "request_id": request_id,
        "action_id": record["action_id"],
    }
    reasoning = analysis.get("reasoning")
    if isinstance(reasoning, Mapping):
        request["reasoning"] = {k: str(v)[:MAX_VALUE] for k, v in reasoning.items()}
    if analysis.get("decided_by"):
        request["decided_by"] = str(analysis["decided_by"])[:128]
    return request


def record_alert_request(record: Mapping[str, Any], event_id: str) -> dict[str, Any]:
    alert = record["alert"]
    request: dict[str, Any] = {
        "alert_id": record["alert_id"],
        "fingerprint": record["fingerprint"],
        "name": alert["name"][:253],
        "status": record["status"],
        "severity": alert["severity"],
        "labels": _clip_map(alert["labels"]),
        "annotations": _clip_map(alert["annotations"]),
        "starts_at": record.get("starts_at") or record["created_at"],
        "in_scope": record["in_scope"],
        "state": record["state"],
        "event_id": event_id,
    }
    for key in ("namespace", "resource", "kind"):
        if alert.get(key):
            request[key] = alert[key]
    if record.get("ends_at"):
        request["ends_at"] = record["ends_at"]
    if record.get("scope_reason"):
        request["scope_reason"] = str(record["scope_reason"])[:1024]
    return request


def _notification_kind(record: Mapping[str, Any]) -> str:
    state = State(record["state"])
    if state is State.RESOLVED:
        return "resolved"
    if state is State.OUT_OF_SCOPE:
        return "out_of_scope"
    if state is State.FAILED:
        return "escalation"
    analysis = record.get("analysis") or {}
    if analysis.get("action") == "notify_only":
        return "escalation"
    if state is State.RECEIVED:
        return "alert_received"
    return "action_taken"


def notification_request(record: Mapping[str, Any]) -> dict[str, Any]:
    alert = record["alert"]
    kind = _notification_kind(record)
    where = "/".join(p for p in (alert.get("namespace"), alert.get("resource")) if p)
    target = f" on {where}" if where else ""
    analysis = record.get("analysis") or {}
    workflow = record.get("workflow") or {}
    subjects = {
        "resolved": f"Resolved: {alert['name']}{target}",
        "out_of_scope": f"{alert['name']}{target} is outside the remediation scope",
        "escalation": f"Needs a human: {alert['name']}{target}",
        "alert_received": f"Alert received: {alert['name']}{target}",
        "action_taken": f"{analysis.get('action', 'action')} requested for {alert['name']}{target}",
    }
    lines = [alert["annotations"].get("summary") or alert["annotations"].get("description", "")]
    if kind == "out_of_scope" and record.get("scope_reason"):
        lines.append(f"Scope: {record['scope_reason']}")
    if analysis:
        lines.append(
            f"Decision: {analysis.get('action')} "
            f"(confidence {float(analysis.get('confidence', 0)):.2f}, "
            f"by {analysis.get('decided_by', 'unknown')})"
        )
        reasoning = analysis.get("reasoning") or {}
        if reasoning.get("summary"):
            lines.append(str(reasoning["summary"]))
    if workflow:
        lines.append(f"Workflow {workflow.get('workflow_id', '?')}: {workflow.get('status', '?')}")
    if record.get("error"):
        lines.append(f"Problem: {record['error']}")
    coalesced = record.get("coalesced")
    if coalesced:
        lines.append(
            f"Storm: this notification stands for {coalesced['count']} alerts of the same group"
        )
    context_alert: dict[str, Any] = {
        "alert_id": record["alert_id"],
        "name": alert["name"],
        "fingerprint": record["fingerprint"],
        "severity": alert["severity"],
        "status": record["status"],
        "labels": _clip_map(alert["labels"]),
        "annotations": _clip_map(alert["annotations"]),
    }
    for key in ("namespace", "resource"):
        if alert.get(key):
            context_alert[key] = alert[key]
    for key in ("starts_at", "ends_at"):
        if record.get(key):
            context_alert[key] = record[key]
    context: dict[str, Any] = {"alert": context_alert}
    if analysis and kind in ("action_taken", "escalation"):
        action: dict[str, Any] = {
            "type": analysis["action"],
            "parameters": dict(analysis.get("parameters") or {}),
            "confidence": analysis["confidence"],
        }
        if record.get("action_id"):
            action["action_id"] = record["action_id"]
        if workflow.get("status"):
            action["status"] = workflow["status"]
        context["action"] = action
    if workflow.get("workflow_id"):
        context["workflow"] = {
            k: workflow[k] for k in ("workflow_id", "execution_id", "status") if workflow.get(k)
        }
    severity = "info" if kind == "resolved" else alert["severity"]
    return {
        # One notification per alert and kind: re-sends (retries, restarts, the
        # same action reported twice) are deduplicated by notification-service.
        "notification_id": f"{record['alert_id']}-{kind}",
        "kind": kind,
        "severity": severity,
        "subject": subjects[kind][:500],
        "body": "\n".join(line for line in lines if line)[:20000],
        "context": context,
    }


def observe_request(record: Mapping[str, Any]) -> dict[str, Any]:
    """monitor `AlertEvent`: the resolved event of an alert that was acted on."""
    alert = record["alert"]
    request: dict[str, Any] = {
        "fingerprint": record["fingerprint"][:128],
        "alert_name": alert["name"][:256],
        "status": record["status"],
        "labels": {k: v[:1024] for k, v in list(alert["labels"].items())[:64]},
    }
    for key in ("starts_at", "ends_at"):
        if record.get(key):
            request[key] = record[key]
    return request
