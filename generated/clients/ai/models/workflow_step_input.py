from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_step_input_parameters import WorkflowStepInputParameters


T = TypeVar("T", bound="WorkflowStepInput")


@_attrs_define
class WorkflowStepInput:
    """
    Attributes:
        action (str): Catalogue action name (unknown names are reported and dropped).
        parameters (WorkflowStepInputParameters | Unset):
    """

    action: str
    parameters: WorkflowStepInputParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_step_input_parameters import WorkflowStepInputParameters

        d = dict(src_dict)
        action = d.pop("action")

        _parameters = d.pop("parameters", UNSET)
        parameters: WorkflowStepInputParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = WorkflowStepInputParameters.from_dict(_parameters)

        workflow_step_input = cls(
            action=action,
            parameters=parameters,
        )

        workflow_step_input.additional_properties = d
        return workflow_step_input

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
