from typing import Literal

ApprovalPreviewDecision = Literal["approve", "reject"]

APPROVAL_PREVIEW_DECISION_VALUES: set[ApprovalPreviewDecision] = {
    "approve",
    "reject",
}


def check_approval_preview_decision(value: str) -> ApprovalPreviewDecision:
    if value in APPROVAL_PREVIEW_DECISION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPROVAL_PREVIEW_DECISION_VALUES!r}"
    )
