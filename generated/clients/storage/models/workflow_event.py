from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_object import FreeObject


T = TypeVar("T", bound="WorkflowEvent")


@_attrs_define
class WorkflowEvent:
    """
    Attributes:
        event_id (int):
        workflow_id (str):
        state (str):
        at (datetime.datetime):
        previous_state (str | Unset):
        action_id (str | Unset):
        execution_id (str | Unset):
        detail (FreeObject | Unset): Free-form JSON object.
    """

    event_id: int
    workflow_id: str
    state: str
    at: datetime.datetime
    previous_state: str | Unset = UNSET
    action_id: str | Unset = UNSET
    execution_id: str | Unset = UNSET
    detail: FreeObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        workflow_id = self.workflow_id

        state = self.state

        at = self.at.isoformat()

        previous_state = self.previous_state

        action_id = self.action_id

        execution_id = self.execution_id

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "workflow_id": workflow_id,
                "state": state,
                "at": at,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_object import FreeObject

        d = dict(src_dict)
        event_id = d.pop("event_id")

        workflow_id = d.pop("workflow_id")

        state = d.pop("state")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        previous_state = d.pop("previous_state", UNSET)

        action_id = d.pop("action_id", UNSET)

        execution_id = d.pop("execution_id", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: FreeObject | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = FreeObject.from_dict(_detail)

        workflow_event = cls(
            event_id=event_id,
            workflow_id=workflow_id,
            state=state,
            at=at,
            previous_state=previous_state,
            action_id=action_id,
            execution_id=execution_id,
            detail=detail,
        )

        workflow_event.additional_properties = d
        return workflow_event

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
