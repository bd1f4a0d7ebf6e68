from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_name import ActionName, check_action_name
from ..models.risk_level import RiskLevel, check_risk_level
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recommendation_parameters import RecommendationParameters


T = TypeVar("T", bound="Recommendation")


@_attrs_define
class Recommendation:
    """
    Attributes:
        action (ActionName): Name of a catalogue action (contracts/actions/catalogue.yaml).
        confidence (float):
        reason (str):
        parameters (RecommendationParameters):
        risk (RiskLevel | Unset):
    """

    action: ActionName
    confidence: float
    reason: str
    parameters: RecommendationParameters
    risk: RiskLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        confidence = self.confidence

        reason = self.reason

        parameters = self.parameters.to_dict()

        risk: str | Unset = UNSET
        if not isinstance(self.risk, Unset):
            risk = self.risk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "confidence": confidence,
                "reason": reason,
                "parameters": parameters,
            }
        )
        if risk is not UNSET:
            field_dict["risk"] = risk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recommendation_parameters import RecommendationParameters

        d = dict(src_dict)
        action = check_action_name(d.pop("action"))

        confidence = d.pop("confidence")

        reason = d.pop("reason")

        parameters = RecommendationParameters.from_dict(d.pop("parameters"))

        _risk = d.pop("risk", UNSET)
        risk: RiskLevel | Unset
        if isinstance(_risk, Unset):
            risk = UNSET
        else:
            risk = check_risk_level(_risk)

        recommendation = cls(
            action=action,
            confidence=confidence,
            reason=reason,
            parameters=parameters,
            risk=risk,
        )

        recommendation.additional_properties = d
        return recommendation

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
