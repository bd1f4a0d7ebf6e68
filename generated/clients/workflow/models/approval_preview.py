from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_preview_decision import (
    ApprovalPreviewDecision,
    check_approval_preview_decision,
)
from ..models.workflow_status import WorkflowStatus, check_workflow_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_request import ActionRequest
    from ..models.target import Target


T = TypeVar("T", bound="ApprovalPreview")


@_attrs_define
class ApprovalPreview:
    """
    Attributes:
        workflow_id (str):
        decision (ApprovalPreviewDecision):
        expires_at (datetime.datetime):
        workflow_status (WorkflowStatus):
        action (ActionRequest | Unset):
        target (Target | Unset):
        reasons (list[str] | Unset):
        decide_url (str | Unset): POST here to apply the decision.
    """

    workflow_id: str
    decision: ApprovalPreviewDecision
    expires_at: datetime.datetime
    workflow_status: WorkflowStatus
    action: ActionRequest | Unset = UNSET
    target: Target | Unset = UNSET
    reasons: list[str] | Unset = UNSET
    decide_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        decision: str = self.decision

        expires_at = self.expires_at.isoformat()

        workflow_status: str = self.workflow_status

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        decide_url = self.decide_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "decision": decision,
                "expires_at": expires_at,
                "workflow_status": workflow_status,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if target is not UNSET:
            field_dict["target"] = target
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if decide_url is not UNSET:
            field_dict["decide_url"] = decide_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_request import ActionRequest
        from ..models.target import Target

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        decision = check_approval_preview_decision(d.pop("decision"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        workflow_status = check_workflow_status(d.pop("workflow_status"))

        _action = d.pop("action", UNSET)
        action: ActionRequest | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ActionRequest.from_dict(_action)

        _target = d.pop("target", UNSET)
        target: Target | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = Target.from_dict(_target)

        reasons = cast(list[str], d.pop("reasons", UNSET))

        decide_url = d.pop("decide_url", UNSET)

        approval_preview = cls(
            workflow_id=workflow_id,
            decision=decision,
            expires_at=expires_at,
            workflow_status=workflow_status,
            action=action,
            target=target,
            reasons=reasons,
            decide_url=decide_url,
        )

        approval_preview.additional_properties = d
        return approval_preview

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
