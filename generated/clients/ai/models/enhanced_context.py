from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enhanced_context_history_item import EnhancedContextHistoryItem
    from ..models.enhanced_context_kubernetes import EnhancedContextKubernetes
    from ..models.enhanced_context_patterns_item import EnhancedContextPatternsItem
    from ..models.enhanced_context_sources import EnhancedContextSources
    from ..models.recommendation import Recommendation


T = TypeVar("T", bound="EnhancedContext")


@_attrs_define
class EnhancedContext:
    """
    Attributes:
        kubernetes (EnhancedContextKubernetes):
        patterns (list[EnhancedContextPatternsItem]):
        history (list[EnhancedContextHistoryItem]):
        recommendations (list[Recommendation]):
        sources (EnhancedContextSources | Unset): Availability of each source consulted (available | unavailable |
            skipped).
    """

    kubernetes: EnhancedContextKubernetes
    patterns: list[EnhancedContextPatternsItem]
    history: list[EnhancedContextHistoryItem]
    recommendations: list[Recommendation]
    sources: EnhancedContextSources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kubernetes = self.kubernetes.to_dict()

        patterns = []
        for patterns_item_data in self.patterns:
            patterns_item = patterns_item_data.to_dict()
            patterns.append(patterns_item)

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        recommendations = []
        for recommendations_item_data in self.recommendations:
            recommendations_item = recommendations_item_data.to_dict()
            recommendations.append(recommendations_item)

        sources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kubernetes": kubernetes,
                "patterns": patterns,
                "history": history,
                "recommendations": recommendations,
            }
        )
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enhanced_context_history_item import EnhancedContextHistoryItem
        from ..models.enhanced_context_kubernetes import EnhancedContextKubernetes
        from ..models.enhanced_context_patterns_item import EnhancedContextPatternsItem
        from ..models.enhanced_context_sources import EnhancedContextSources
        from ..models.recommendation import Recommendation

        d = dict(src_dict)
        kubernetes = EnhancedContextKubernetes.from_dict(d.pop("kubernetes"))

        patterns = []
        _patterns = d.pop("patterns")
        for patterns_item_data in _patterns:
            patterns_item = EnhancedContextPatternsItem.from_dict(patterns_item_data)

            patterns.append(patterns_item)

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = EnhancedContextHistoryItem.from_dict(history_item_data)

            history.append(history_item)

        recommendations = []
        _recommendations = d.pop("recommendations")
        for recommendations_item_data in _recommendations:
            recommendations_item = Recommendation.from_dict(recommendations_item_data)

            recommendations.append(recommendations_item)

        _sources = d.pop("sources", UNSET)
        sources: EnhancedContextSources | Unset
        if isinstance(_sources, Unset):
            sources = UNSET
        else:
            sources = EnhancedContextSources.from_dict(_sources)

        enhanced_context = cls(
            kubernetes=kubernetes,
            patterns=patterns,
            history=history,
            recommendations=recommendations,
            sources=sources,
        )

        enhanced_context.additional_properties = d
        return enhanced_context

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
