from typing import Literal

WorkflowChangeType = Literal[
    "added_diagnostics",
    "removed_duplicate",
    "removed_invalid",
    "reordered",
    "replaced",
    "truncated",
]

WORKFLOW_CHANGE_TYPE_VALUES: set[WorkflowChangeType] = {
    "added_diagnostics",
    "removed_duplicate",
    "removed_invalid",
    "reordered",
    "replaced",
    "truncated",
}


def check_workflow_change_type(value: str) -> WorkflowChangeType:
    if value in WORKFLOW_CHANGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_CHANGE_TYPE_VALUES!r}")
