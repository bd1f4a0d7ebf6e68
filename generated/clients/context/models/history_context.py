from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.freshness import Freshness
    from ..models.history_item import HistoryItem
    from ..models.missing_part import MissingPart
    from ..models.source_freshness import SourceFreshness


T = TypeVar("T", bound="HistoryContext")


@_attrs_define
class HistoryContext:
    """
    Attributes:
        items (list[HistoryItem]):
        freshness (Freshness): How fresh a piece of context is.
        sources (list[SourceFreshness]):
        partial (bool):
        missing (list[MissingPart]):
    """

    items: list[HistoryItem]
    freshness: Freshness
    sources: list[SourceFreshness]
    partial: bool
    missing: list[MissingPart]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

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
                "items": items,
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
        from ..models.history_item import HistoryItem
        from ..models.missing_part import MissingPart
        from ..models.source_freshness import SourceFreshness

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = HistoryItem.from_dict(items_item_data)

            items.append(items_item)

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

        history_context = cls(
            items=items,
            freshness=freshness,
            sources=sources,
            partial=partial,
            missing=missing,
        )

        history_context.additional_properties = d
        return history_context

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
