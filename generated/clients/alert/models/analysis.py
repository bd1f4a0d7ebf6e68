from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_parameters import AnalysisParameters
    from ..models.analysis_reasoning import AnalysisReasoning


T = TypeVar("T", bound="Analysis")


@_attrs_define
class Analysis:
    """What ai-service decided (seed §3.1.2 response).

    Attributes:
        action (str):
        confidence (float):
        reasoning (AnalysisReasoning | Unset):
        parameters (AnalysisParameters | Unset):
        decided_by (str | Unset):
    """

    action: str
    confidence: float
    reasoning: AnalysisReasoning | Unset = UNSET
    parameters: AnalysisParameters | Unset = UNSET
    decided_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        confidence = self.confidence

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        decided_by = self.decided_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "confidence": confidence,
            }
        )
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_parameters import AnalysisParameters
        from ..models.analysis_reasoning import AnalysisReasoning

        d = dict(src_dict)
        action = d.pop("action")

        confidence = d.pop("confidence")

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: AnalysisReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = AnalysisReasoning.from_dict(_reasoning)

        _parameters = d.pop("parameters", UNSET)
        parameters: AnalysisParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = AnalysisParameters.from_dict(_parameters)

        decided_by = d.pop("decided_by", UNSET)

        analysis = cls(
            action=action,
            confidence=confidence,
            reasoning=reasoning,
            parameters=parameters,
            decided_by=decided_by,
        )

        analysis.additional_properties = d
        return analysis

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
