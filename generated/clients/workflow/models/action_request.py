from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_parameters import ActionParameters


T = TypeVar("T", bound="ActionRequest")


@_attrs_define
class ActionRequest:
    """
    Attributes:
        type_ (str): Action name from the catalogue (`contracts/actions/catalogue.yaml`). Example: restart_pod.
        parameters (ActionParameters): Action parameters as in the catalogue. Every action takes `namespace`
            (except node actions) and `resource` (target object name); `kind` where
            ambiguous.
             Example: {'namespace': 'default', 'resource': 'webapp-deployment', 'strategy': 'rolling_restart'}.
        confidence (float):  Example: 0.85.
    """

    type_: str
    parameters: ActionParameters
    confidence: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        parameters = self.parameters.to_dict()

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "parameters": parameters,
                "confidence": confidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_parameters import ActionParameters

        d = dict(src_dict)
        type_ = d.pop("type")

        parameters = ActionParameters.from_dict(d.pop("parameters"))

        confidence = d.pop("confidence")

        action_request = cls(
            type_=type_,
            parameters=parameters,
            confidence=confidence,
        )

        action_request.additional_properties = d
        return action_request

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
