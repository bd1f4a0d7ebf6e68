from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_payload import AlertPayload
    from ..models.workflow_constraints import WorkflowConstraints
    from ..models.workflow_step_input import WorkflowStepInput


T = TypeVar("T", bound="OptimizeWorkflowRequest")


@_attrs_define
class OptimizeWorkflowRequest:
    """
    Attributes:
        steps (list[WorkflowStepInput]):
        workflow_id (str | Unset):
        alert (AlertPayload | Unset): The alert in the seed's §3.1.2 shape, plus optional identity fields.
        constraints (WorkflowConstraints | Unset):
    """

    steps: list[WorkflowStepInput]
    workflow_id: str | Unset = UNSET
    alert: AlertPayload | Unset = UNSET
    constraints: WorkflowConstraints | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        workflow_id = self.workflow_id

        alert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alert, Unset):
            alert = self.alert.to_dict()

        constraints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = self.constraints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "steps": steps,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if alert is not UNSET:
            field_dict["alert"] = alert
        if constraints is not UNSET:
            field_dict["constraints"] = constraints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_payload import AlertPayload
        from ..models.workflow_constraints import WorkflowConstraints
        from ..models.workflow_step_input import WorkflowStepInput

        d = dict(src_dict)
        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = WorkflowStepInput.from_dict(steps_item_data)

            steps.append(steps_item)

        workflow_id = d.pop("workflow_id", UNSET)

        _alert = d.pop("alert", UNSET)
        alert: AlertPayload | Unset
        if isinstance(_alert, Unset):
            alert = UNSET
        else:
            alert = AlertPayload.from_dict(_alert)

        _constraints = d.pop("constraints", UNSET)
        constraints: WorkflowConstraints | Unset
        if isinstance(_constraints, Unset):
            constraints = UNSET
        else:
            constraints = WorkflowConstraints.from_dict(_constraints)

        optimize_workflow_request = cls(
            steps=steps,
            workflow_id=workflow_id,
            alert=alert,
            constraints=constraints,
        )

        optimize_workflow_request.additional_properties = d
        return optimize_workflow_request

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
