from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level import RiskLevel, check_risk_level

if TYPE_CHECKING:
    from ..models.action_definition_parameters import ActionDefinitionParameters


T = TypeVar("T", bound="ActionDefinition")


@_attrs_define
class ActionDefinition:
    """
    Attributes:
        name (str):
        description (str):
        risk (RiskLevel):
        target_kinds (list[str]):
        mutating (bool):
        reversible (bool):
        parameters (ActionDefinitionParameters): JSON Schema of the action's parameters.
    """

    name: str
    description: str
    risk: RiskLevel
    target_kinds: list[str]
    mutating: bool
    reversible: bool
    parameters: ActionDefinitionParameters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        risk: str = self.risk

        target_kinds = self.target_kinds

        mutating = self.mutating

        reversible = self.reversible

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "risk": risk,
                "target_kinds": target_kinds,
                "mutating": mutating,
                "reversible": reversible,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_definition_parameters import ActionDefinitionParameters

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        risk = check_risk_level(d.pop("risk"))

        target_kinds = cast(list[str], d.pop("target_kinds"))

        mutating = d.pop("mutating")

        reversible = d.pop("reversible")

        parameters = ActionDefinitionParameters.from_dict(d.pop("parameters"))

        action_definition = cls(
            name=name,
            description=description,
            risk=risk,
            target_kinds=target_kinds,
            mutating=mutating,
            reversible=reversible,
            parameters=parameters,
        )

        action_definition.additional_properties = d
        return action_definition

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
