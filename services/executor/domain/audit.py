"""The audit-trail entry describing what an execution did to the cluster."""

from __future__ import annotations

from .model import JsonDict

ACTOR = "executor-service"
_MUTATING = ("POST", "PUT", "PATCH", "DELETE")


def changed_cluster(record: JsonDict) -> bool:
    """Whether a recorded execution had a real (not dry-run) mutating call accepted."""
    return any(
        c.get("method") in _MUTATING
        and not c.get("dry_run")
        and c.get("verb") != "access-review"
        and 200 <= int(c.get("status_code") or 0) < 300
        for c in record.get("api_calls") or []
    )


def audit_entry(record: JsonDict) -> JsonDict:
    """An ``AuditEntryInput`` of storage-service for a completed execution or undo."""
    undo_of = record.get("undo_of")
    inputs: JsonDict = {
        "action_type": record.get("action_type"),
        "parameters": record.get("parameters") or {},
        "dry_run": bool(record.get("dry_run")),
    }
    for key in ("workflow_id", "action_id", "undo_of"):
        if record.get(key):
            inputs[key] = record[key]
    outputs: JsonDict = {
        "status": record.get("status"),
        "target": record.get("target") or {},
        "message": record.get("message", ""),
        "api_calls": [
            f"{c.get('method')} {c.get('path')}"
            f"{'?dryRun=All' if c.get('dry_run') else ''} -> "
            f"{c.get('status_code', 'no answer')}"
            for c in record.get("api_calls") or []
        ],
        "undo_available": bool(record.get("undo_available")),
    }
    entry: JsonDict = {
        "actor": ACTOR,
        "event_type": "kubernetes_action_undone" if undo_of else "kubernetes_action_executed",
        "subject": record.get("execution_id"),
        "inputs": inputs,
        "outputs": outputs,
    }
    if record.get("finished_at"):
        entry["occurred_at"] = record["finished_at"]
    return entry
