from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_name import ActionName, check_action_name
from ..models.risk_level import RiskLevel, check_risk_level

if TYPE_CHECKING:
    from ..models.workflow_step_parameters import WorkflowStepParameters


T = TypeVar("T", bound="WorkflowStep")


@_attrs_define
class WorkflowStep:
    """
    Attributes:
        action (ActionName): Name of a catalogue action (contracts/actions/catalogue.yaml).
        parameters (WorkflowStepParameters):
        risk (RiskLevel):
    """

    action: ActionName
    parameters: WorkflowStepParameters
    risk: RiskLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        parameters = self.parameters.to_dict()

        risk: str = self.risk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "parameters": parameters,
                "risk": risk,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_step_parameters import WorkflowStepParameters

        d = dict(src_dict)
        action = check_action_name(d.pop("action"))

        parameters = WorkflowStepParameters.from_dict(d.pop("parameters"))

        risk = check_risk_level(d.pop("risk"))

        workflow_step = cls(
            action=action,
            parameters=parameters,
            risk=risk,
        )

        workflow_step.additional_properties = d
        return workflow_step

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
