from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRef")


@_attrs_define
class WorkflowRef:
    """What workflow-service answered to execute-action.

    Attributes:
        workflow_id (str | Unset):
        execution_id (str | Unset):
        status (str | Unset):
        success (bool | Unset):
        estimated_duration (str | Unset):
    """

    workflow_id: str | Unset = UNSET
    execution_id: str | Unset = UNSET
    status: str | Unset = UNSET
    success: bool | Unset = UNSET
    estimated_duration: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        execution_id = self.execution_id

        status = self.status

        success = self.success

        estimated_duration = self.estimated_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if status is not UNSET:
            field_dict["status"] = status
        if success is not UNSET:
            field_dict["success"] = success
        if estimated_duration is not UNSET:
            field_dict["estimated_duration"] = estimated_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_id = d.pop("workflow_id", UNSET)

        execution_id = d.pop("execution_id", UNSET)

        status = d.pop("status", UNSET)

        success = d.pop("success", UNSET)

        estimated_duration = d.pop("estimated_duration", UNSET)

        workflow_ref = cls(
            workflow_id=workflow_id,
            execution_id=execution_id,
            status=status,
            success=success,
            estimated_duration=estimated_duration,
        )

        workflow_ref.additional_properties = d
        return workflow_ref

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
