from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionDetails")


@_attrs_define
class DecisionDetails:
    """How the decision was reached.

    Attributes:
        rule_id (str | Unset): Id of the rule that matched (rules/fallback paths).
        provider (str | Unset): LLM provider kind (openai, azure, ollama, vllm, anthropic, bedrock).
        model (str | Unset):
        llm_calls (int | Unset): LLM calls made for this request (0 on cache hits and rules).
        fallback_reason (str | Unset): Why the LLM answer was not used.
        adjustments (list[str] | Unset): Confidence/action adjustments made from history and statistics.
        base_action (str | Unset): Action chosen before history escalated it (when it did).
    """

    rule_id: str | Unset = UNSET
    provider: str | Unset = UNSET
    model: str | Unset = UNSET
    llm_calls: int | Unset = UNSET
    fallback_reason: str | Unset = UNSET
    adjustments: list[str] | Unset = UNSET
    base_action: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_id = self.rule_id

        provider = self.provider

        model = self.model

        llm_calls = self.llm_calls

        fallback_reason = self.fallback_reason

        adjustments: list[str] | Unset = UNSET
        if not isinstance(self.adjustments, Unset):
            adjustments = self.adjustments

        base_action = self.base_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if llm_calls is not UNSET:
            field_dict["llm_calls"] = llm_calls
        if fallback_reason is not UNSET:
            field_dict["fallback_reason"] = fallback_reason
        if adjustments is not UNSET:
            field_dict["adjustments"] = adjustments
        if base_action is not UNSET:
            field_dict["base_action"] = base_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_id = d.pop("rule_id", UNSET)

        provider = d.pop("provider", UNSET)

        model = d.pop("model", UNSET)

        llm_calls = d.pop("llm_calls", UNSET)

        fallback_reason = d.pop("fallback_reason", UNSET)

        adjustments = cast(list[str], d.pop("adjustments", UNSET))

        base_action = d.pop("base_action", UNSET)

        decision_details = cls(
            rule_id=rule_id,
            provider=provider,
            model=model,
            llm_calls=llm_calls,
            fallback_reason=fallback_reason,
            adjustments=adjustments,
            base_action=base_action,
        )

        decision_details.additional_properties = d
        return decision_details

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
