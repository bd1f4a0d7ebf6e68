from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_context_risk import ActionContextRisk, check_action_context_risk
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_context_parameters import ActionContextParameters


T = TypeVar("T", bound="ActionContext")


@_attrs_define
class ActionContext:
    """
    Attributes:
        action_id (str | Unset):
        type_ (str | Unset): Catalogue action name.
        parameters (ActionContextParameters | Unset):
        confidence (float | Unset):
        risk (ActionContextRisk | Unset):
        dry_run (bool | Unset):
        status (str | Unset):
        result (str | Unset): Short outcome text.
    """

    action_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    parameters: ActionContextParameters | Unset = UNSET
    confidence: float | Unset = UNSET
    risk: ActionContextRisk | Unset = UNSET
    dry_run: bool | Unset = UNSET
    status: str | Unset = UNSET
    result: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        type_ = self.type_

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        confidence = self.confidence

        risk: str | Unset = UNSET
        if not isinstance(self.risk, Unset):
            risk = self.risk

        dry_run = self.dry_run

        status = self.status

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if risk is not UNSET:
            field_dict["risk"] = risk
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_context_parameters import ActionContextParameters

        d = dict(src_dict)
        action_id = d.pop("action_id", UNSET)

        type_ = d.pop("type", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: ActionContextParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ActionContextParameters.from_dict(_parameters)

        confidence = d.pop("confidence", UNSET)

        _risk = d.pop("risk", UNSET)
        risk: ActionContextRisk | Unset
        if isinstance(_risk, Unset):
            risk = UNSET
        else:
            risk = check_action_context_risk(_risk)

        dry_run = d.pop("dry_run", UNSET)

        status = d.pop("status", UNSET)

        result = d.pop("result", UNSET)

        action_context = cls(
            action_id=action_id,
            type_=type_,
            parameters=parameters,
            confidence=confidence,
            risk=risk,
            dry_run=dry_run,
            status=status,
            result=result,
        )

        action_context.additional_properties = d
        return action_context

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
