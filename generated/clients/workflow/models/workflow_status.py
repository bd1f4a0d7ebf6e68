from typing import Literal

WorkflowStatus = Literal[
    "approved",
    "awaiting_approval",
    "blocked",
    "dry_run_completed",
    "executing",
    "expired",
    "failed",
    "pending",
    "queued",
    "rejected",
    "succeeded",
    "verifying",
]

WORKFLOW_STATUS_VALUES: set[WorkflowStatus] = {
    "approved",
    "awaiting_approval",
    "blocked",
    "dry_run_completed",
    "executing",
    "expired",
    "failed",
    "pending",
    "queued",
    "rejected",
    "succeeded",
    "verifying",
}


def check_workflow_status(value: str) -> WorkflowStatus:
    if value in WORKFLOW_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_STATUS_VALUES!r}")
