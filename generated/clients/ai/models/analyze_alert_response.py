from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_name import ActionName, check_action_name
from ..models.decided_by import DecidedBy, check_decided_by
from ..models.risk_level import RiskLevel, check_risk_level
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analyze_alert_response_parameters import AnalyzeAlertResponseParameters
    from ..models.decision_details import DecisionDetails
    from ..models.reasoning import Reasoning


T = TypeVar("T", bound="AnalyzeAlertResponse")


@_attrs_define
class AnalyzeAlertResponse:
    """
    Attributes:
        action (ActionName): Name of a catalogue action (contracts/actions/catalogue.yaml).
        confidence (float):
        reasoning (Reasoning):
        parameters (AnalyzeAlertResponseParameters): Parameters of the action, valid against its catalogue schema.
        decided_by (DecidedBy): Which path produced the decision: `rules` (rule engine, no LLM configured or
            rules chosen by configuration), `llm` (a validated LLM answer), `cache` (an
            earlier decision for the same alert identity), `fallback` (an LLM was configured
            but failed or answered invalid output twice, so the rules decided).
        risk (RiskLevel | Unset):
        oscillation_level (RiskLevel | Unset):
        decision (DecisionDetails | Unset): How the decision was reached.
    """

    action: ActionName
    confidence: float
    reasoning: Reasoning
    parameters: AnalyzeAlertResponseParameters
    decided_by: DecidedBy
    risk: RiskLevel | Unset = UNSET
    oscillation_level: RiskLevel | Unset = UNSET
    decision: DecisionDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        confidence = self.confidence

        reasoning = self.reasoning.to_dict()

        parameters = self.parameters.to_dict()

        decided_by: str = self.decided_by

        risk: str | Unset = UNSET
        if not isinstance(self.risk, Unset):
            risk = self.risk

        oscillation_level: str | Unset = UNSET
        if not isinstance(self.oscillation_level, Unset):
            oscillation_level = self.oscillation_level

        decision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.decision, Unset):
            decision = self.decision.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "confidence": confidence,
                "reasoning": reasoning,
                "parameters": parameters,
                "decided_by": decided_by,
            }
        )
        if risk is not UNSET:
            field_dict["risk"] = risk
        if oscillation_level is not UNSET:
            field_dict["oscillation_level"] = oscillation_level
        if decision is not UNSET:
            field_dict["decision"] = decision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analyze_alert_response_parameters import AnalyzeAlertResponseParameters
        from ..models.decision_details import DecisionDetails
        from ..models.reasoning import Reasoning

        d = dict(src_dict)
        action = check_action_name(d.pop("action"))

        confidence = d.pop("confidence")

        reasoning = Reasoning.from_dict(d.pop("reasoning"))

        parameters = AnalyzeAlertResponseParameters.from_dict(d.pop("parameters"))

        decided_by = check_decided_by(d.pop("decided_by"))

        _risk = d.pop("risk", UNSET)
        risk: RiskLevel | Unset
        if isinstance(_risk, Unset):
            risk = UNSET
        else:
            risk = check_risk_level(_risk)

        _oscillation_level = d.pop("oscillation_level", UNSET)
        oscillation_level: RiskLevel | Unset
        if isinstance(_oscillation_level, Unset):
            oscillation_level = UNSET
        else:
            oscillation_level = check_risk_level(_oscillation_level)

        _decision = d.pop("decision", UNSET)
        decision: DecisionDetails | Unset
        if isinstance(_decision, Unset):
            decision = UNSET
        else:
            decision = DecisionDetails.from_dict(_decision)

        analyze_alert_response = cls(
            action=action,
            confidence=confidence,
            reasoning=reasoning,
            parameters=parameters,
            decided_by=decided_by,
            risk=risk,
            oscillation_level=oscillation_level,
            decision=decision,
        )

        analyze_alert_response.additional_properties = d
        return analyze_alert_response

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
