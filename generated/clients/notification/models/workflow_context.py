from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowContext")


@_attrs_define
class WorkflowContext:
    """
    Attributes:
        workflow_id (str | Unset):
        execution_id (str | Unset):
        status (str | Unset):
        effectiveness (str | Unset): Effectiveness outcome for `effectiveness_result` (effective, ineffective,
            inconclusive, ...).
        score (float | Unset):
        approval_expires_at (datetime.datetime | Unset): For `approval_needed`, when the approval request expires (caps
            the link lifetime).
        approve_url (str | Unset): Ready-made signed approve link (workflow-service's `/api/v1/approvals/{token}`).
            When absent, notification-service signs one itself with the shared approval secret.
        reject_url (str | Unset):
    """

    workflow_id: str | Unset = UNSET
    execution_id: str | Unset = UNSET
    status: str | Unset = UNSET
    effectiveness: str | Unset = UNSET
    score: float | Unset = UNSET
    approval_expires_at: datetime.datetime | Unset = UNSET
    approve_url: str | Unset = UNSET
    reject_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        execution_id = self.execution_id

        status = self.status

        effectiveness = self.effectiveness

        score = self.score

        approval_expires_at: str | Unset = UNSET
        if not isinstance(self.approval_expires_at, Unset):
            approval_expires_at = self.approval_expires_at.isoformat()

        approve_url = self.approve_url

        reject_url = self.reject_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if status is not UNSET:
            field_dict["status"] = status
        if effectiveness is not UNSET:
            field_dict["effectiveness"] = effectiveness
        if score is not UNSET:
            field_dict["score"] = score
        if approval_expires_at is not UNSET:
            field_dict["approval_expires_at"] = approval_expires_at
        if approve_url is not UNSET:
            field_dict["approve_url"] = approve_url
        if reject_url is not UNSET:
            field_dict["reject_url"] = reject_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_id = d.pop("workflow_id", UNSET)

        execution_id = d.pop("execution_id", UNSET)

        status = d.pop("status", UNSET)

        effectiveness = d.pop("effectiveness", UNSET)

        score = d.pop("score", UNSET)

        _approval_expires_at = d.pop("approval_expires_at", UNSET)
        approval_expires_at: datetime.datetime | Unset
        if isinstance(_approval_expires_at, Unset):
            approval_expires_at = UNSET
        else:
            approval_expires_at = datetime.datetime.fromisoformat(_approval_expires_at)

        approve_url = d.pop("approve_url", UNSET)

        reject_url = d.pop("reject_url", UNSET)

        workflow_context = cls(
            workflow_id=workflow_id,
            execution_id=execution_id,
            status=status,
            effectiveness=effectiveness,
            score=score,
            approval_expires_at=approval_expires_at,
            approve_url=approve_url,
            reject_url=reject_url,
        )

        workflow_context.additional_properties = d
        return workflow_context

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
