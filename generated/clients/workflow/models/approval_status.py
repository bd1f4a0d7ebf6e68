from typing import Literal

ApprovalStatus = Literal[
    "approved", "expired", "not_required", "pending", "rejected", "waived_dry_run"
]

APPROVAL_STATUS_VALUES: set[ApprovalStatus] = {
    "approved",
    "expired",
    "not_required",
    "pending",
    "rejected",
    "waived_dry_run",
}


def check_approval_status(value: str) -> ApprovalStatus:
    if value in APPROVAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPROVAL_STATUS_VALUES!r}")
