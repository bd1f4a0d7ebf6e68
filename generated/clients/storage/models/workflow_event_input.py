from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_object import FreeObject


T = TypeVar("T", bound="WorkflowEventInput")


@_attrs_define
class WorkflowEventInput:
    """
    Attributes:
        workflow_id (str):  Example: action-0b7c1c7e.
        state (str):
        previous_state (str | Unset):
        action_id (str | Unset):  Example: action-0b7c1c7e.
        execution_id (str | Unset):  Example: action-0b7c1c7e.
        detail (FreeObject | Unset): Free-form JSON object.
        at (datetime.datetime | Unset):
    """

    workflow_id: str
    state: str
    previous_state: str | Unset = UNSET
    action_id: str | Unset = UNSET
    execution_id: str | Unset = UNSET
    detail: FreeObject | Unset = UNSET
    at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        state = self.state

        previous_state = self.previous_state

        action_id = self.action_id

        execution_id = self.execution_id

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "state": state,
            }
        )
        if previous_state is not UNSET:
            field_dict["previous_state"] = previous_state
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if detail is not UNSET:
            field_dict["detail"] = detail
        if at is not UNSET:
            field_dict["at"] = at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_object import FreeObject

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        state = d.pop("state")

        previous_state = d.pop("previous_state", UNSET)

        action_id = d.pop("action_id", UNSET)

        execution_id = d.pop("execution_id", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: FreeObject | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = FreeObject.from_dict(_detail)

        _at = d.pop("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at, Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)

        workflow_event_input = cls(
            workflow_id=workflow_id,
            state=state,
            previous_state=previous_state,
            action_id=action_id,
            execution_id=execution_id,
            detail=detail,
            at=at,
        )

        workflow_event_input.additional_properties = d
        return workflow_event_input

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
