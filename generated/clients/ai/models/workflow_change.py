from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_change_type import WorkflowChangeType, check_workflow_change_type

T = TypeVar("T", bound="WorkflowChange")


@_attrs_define
class WorkflowChange:
    """
    Attributes:
        type_ (WorkflowChangeType):
        step_index (int): Index of the step in the request (or in the answer for added steps).
        action (str):
        reason (str):
    """

    type_: WorkflowChangeType
    step_index: int
    action: str
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        step_index = self.step_index

        action = self.action

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "step_index": step_index,
                "action": action,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_workflow_change_type(d.pop("type"))

        step_index = d.pop("step_index")

        action = d.pop("action")

        reason = d.pop("reason")

        workflow_change = cls(
            type_=type_,
            step_index=step_index,
            action=action,
            reason=reason,
        )

        workflow_change.additional_properties = d
        return workflow_change

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
