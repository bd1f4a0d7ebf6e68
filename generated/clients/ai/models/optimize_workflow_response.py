from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level import RiskLevel, check_risk_level
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_change import WorkflowChange
    from ..models.workflow_step import WorkflowStep


T = TypeVar("T", bound="OptimizeWorkflowResponse")


@_attrs_define
class OptimizeWorkflowResponse:
    """
    Attributes:
        steps (list[WorkflowStep]):
        changes (list[WorkflowChange]):
        estimated_risk (RiskLevel):
        requires_approval (bool): True when a step is high risk or confidence is below 0.6.
        confidence (float):
        workflow_id (str | Unset):
        historical_context (str | Unset):
    """

    steps: list[WorkflowStep]
    changes: list[WorkflowChange]
    estimated_risk: RiskLevel
    requires_approval: bool
    confidence: float
    workflow_id: str | Unset = UNSET
    historical_context: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        estimated_risk: str = self.estimated_risk

        requires_approval = self.requires_approval

        confidence = self.confidence

        workflow_id = self.workflow_id

        historical_context = self.historical_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "steps": steps,
                "changes": changes,
                "estimated_risk": estimated_risk,
                "requires_approval": requires_approval,
                "confidence": confidence,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if historical_context is not UNSET:
            field_dict["historical_context"] = historical_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_change import WorkflowChange
        from ..models.workflow_step import WorkflowStep

        d = dict(src_dict)
        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = WorkflowStep.from_dict(steps_item_data)

            steps.append(steps_item)

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = WorkflowChange.from_dict(changes_item_data)

            changes.append(changes_item)

        estimated_risk = check_risk_level(d.pop("estimated_risk"))

        requires_approval = d.pop("requires_approval")

        confidence = d.pop("confidence")

        workflow_id = d.pop("workflow_id", UNSET)

        historical_context = d.pop("historical_context", UNSET)

        optimize_workflow_response = cls(
            steps=steps,
            changes=changes,
            estimated_risk=estimated_risk,
            requires_approval=requires_approval,
            confidence=confidence,
            workflow_id=workflow_id,
            historical_context=historical_context,
        )

        optimize_workflow_response.additional_properties = d
        return optimize_workflow_response

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
