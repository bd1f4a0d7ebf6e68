from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_name import ActionName, check_action_name
from ..models.rule_definition_origin import RuleDefinitionOrigin, check_rule_definition_origin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_definition_labels import RuleDefinitionLabels
    from ..models.rule_definition_parameters import RuleDefinitionParameters


T = TypeVar("T", bound="RuleDefinition")


@_attrs_define
class RuleDefinition:
    """
    Attributes:
        id (str):
        origin (RuleDefinitionOrigin):
        action (ActionName): Name of a catalogue action (contracts/actions/catalogue.yaml).
        target (str): Which object of the alert the action targets (pod, workload, node, ...).
        confidence (float):
        alertnames (list[str]): Accepted alert names ("~regex" entries are regular expressions); empty = any.
        severities (list[str]):
        labels (RuleDefinitionLabels): Label matchers, each a list of accepted values or "~regex".
        parameters (RuleDefinitionParameters):
        reason (str | Unset):
    """

    id: str
    origin: RuleDefinitionOrigin
    action: ActionName
    target: str
    confidence: float
    alertnames: list[str]
    severities: list[str]
    labels: RuleDefinitionLabels
    parameters: RuleDefinitionParameters
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        origin: str = self.origin

        action: str = self.action

        target = self.target

        confidence = self.confidence

        alertnames = self.alertnames

        severities = self.severities

        labels = self.labels.to_dict()

        parameters = self.parameters.to_dict()

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "origin": origin,
                "action": action,
                "target": target,
                "confidence": confidence,
                "alertnames": alertnames,
                "severities": severities,
                "labels": labels,
                "parameters": parameters,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_definition_labels import RuleDefinitionLabels
        from ..models.rule_definition_parameters import RuleDefinitionParameters

        d = dict(src_dict)
        id = d.pop("id")

        origin = check_rule_definition_origin(d.pop("origin"))

        action = check_action_name(d.pop("action"))

        target = d.pop("target")

        confidence = d.pop("confidence")

        alertnames = cast(list[str], d.pop("alertnames"))

        severities = cast(list[str], d.pop("severities"))

        labels = RuleDefinitionLabels.from_dict(d.pop("labels"))

        parameters = RuleDefinitionParameters.from_dict(d.pop("parameters"))

        reason = d.pop("reason", UNSET)

        rule_definition = cls(
            id=id,
            origin=origin,
            action=action,
            target=target,
            confidence=confidence,
            alertnames=alertnames,
            severities=severities,
            labels=labels,
            parameters=parameters,
            reason=reason,
        )

        rule_definition.additional_properties = d
        return rule_definition

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
