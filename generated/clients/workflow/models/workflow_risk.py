from typing import Literal

WorkflowRisk = Literal["high", "low", "medium"]

WORKFLOW_RISK_VALUES: set[WorkflowRisk] = {
    "high",
    "low",
    "medium",
}


def check_workflow_risk(value: str) -> WorkflowRisk:
    if value in WORKFLOW_RISK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_RISK_VALUES!r}")
