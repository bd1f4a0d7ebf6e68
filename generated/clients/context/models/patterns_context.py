from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.freshness import Freshness
    from ..models.missing_part import MissingPart
    from ..models.pattern_item import PatternItem
    from ..models.source_freshness import SourceFreshness
    from ..models.statistic_item import StatisticItem


T = TypeVar("T", bound="PatternsContext")


@_attrs_define
class PatternsContext:
    """
    Attributes:
        patterns (list[PatternItem]):
        statistics (list[StatisticItem]):
        freshness (Freshness): How fresh a piece of context is.
        sources (list[SourceFreshness]):
        partial (bool):
        missing (list[MissingPart]):
    """

    patterns: list[PatternItem]
    statistics: list[StatisticItem]
    freshness: Freshness
    sources: list[SourceFreshness]
    partial: bool
    missing: list[MissingPart]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patterns = []
        for patterns_item_data in self.patterns:
            patterns_item = patterns_item_data.to_dict()
            patterns.append(patterns_item)

        statistics = []
        for statistics_item_data in self.statistics:
            statistics_item = statistics_item_data.to_dict()
            statistics.append(statistics_item)

        freshness = self.freshness.to_dict()

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        partial = self.partial

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patterns": patterns,
                "statistics": statistics,
                "freshness": freshness,
                "sources": sources,
                "partial": partial,
                "missing": missing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.freshness import Freshness
        from ..models.missing_part import MissingPart
        from ..models.pattern_item import PatternItem
        from ..models.source_freshness import SourceFreshness
        from ..models.statistic_item import StatisticItem

        d = dict(src_dict)
        patterns = []
        _patterns = d.pop("patterns")
        for patterns_item_data in _patterns:
            patterns_item = PatternItem.from_dict(patterns_item_data)

            patterns.append(patterns_item)

        statistics = []
        _statistics = d.pop("statistics")
        for statistics_item_data in _statistics:
            statistics_item = StatisticItem.from_dict(statistics_item_data)

            statistics.append(statistics_item)

        freshness = Freshness.from_dict(d.pop("freshness"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceFreshness.from_dict(sources_item_data)

            sources.append(sources_item)

        partial = d.pop("partial")

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = MissingPart.from_dict(missing_item_data)

            missing.append(missing_item)

        patterns_context = cls(
            patterns=patterns,
            statistics=statistics,
            freshness=freshness,
            sources=sources,
            partial=partial,
            missing=missing,
        )

        patterns_context.additional_properties = d
        return patterns_context

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
