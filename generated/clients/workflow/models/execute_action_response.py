from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_status import WorkflowStatus, check_workflow_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteActionResponse")


@_attrs_define
class ExecuteActionResponse:
    """
    Attributes:
        success (bool): False when the workflow was blocked, rejected, expired or failed.
        workflow_id (str):  Example: wf-8f14e45f.
        execution_id (str):  Example: exec-c9f0f895.
        status (WorkflowStatus):
        estimated_duration (str): Go-duration style, e.g. 30s Example: 30s.
        dry_run (bool | Unset):
        reason (str | Unset): Why the workflow is in this status.
        approval_expires_at (datetime.datetime | Unset):
    """

    success: bool
    workflow_id: str
    execution_id: str
    status: WorkflowStatus
    estimated_duration: str
    dry_run: bool | Unset = UNSET
    reason: str | Unset = UNSET
    approval_expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        workflow_id = self.workflow_id

        execution_id = self.execution_id

        status: str = self.status

        estimated_duration = self.estimated_duration

        dry_run = self.dry_run

        reason = self.reason

        approval_expires_at: str | Unset = UNSET
        if not isinstance(self.approval_expires_at, Unset):
            approval_expires_at = self.approval_expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "workflow_id": workflow_id,
                "execution_id": execution_id,
                "status": status,
                "estimated_duration": estimated_duration,
            }
        )
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if reason is not UNSET:
            field_dict["reason"] = reason
        if approval_expires_at is not UNSET:
            field_dict["approval_expires_at"] = approval_expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        workflow_id = d.pop("workflow_id")

        execution_id = d.pop("execution_id")

        status = check_workflow_status(d.pop("status"))

        estimated_duration = d.pop("estimated_duration")

        dry_run = d.pop("dry_run", UNSET)

        reason = d.pop("reason", UNSET)

        _approval_expires_at = d.pop("approval_expires_at", UNSET)
        approval_expires_at: datetime.datetime | Unset
        if isinstance(_approval_expires_at, Unset):
            approval_expires_at = UNSET
        else:
            approval_expires_at = datetime.datetime.fromisoformat(_approval_expires_at)

        execute_action_response = cls(
            success=success,
            workflow_id=workflow_id,
            execution_id=execution_id,
            status=status,
            estimated_duration=estimated_duration,
            dry_run=dry_run,
            reason=reason,
            approval_expires_at=approval_expires_at,
        )

        execute_action_response.additional_properties = d
        return execute_action_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
