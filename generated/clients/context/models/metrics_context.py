from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.freshness import Freshness
    from ..models.metric_series import MetricSeries
    from ..models.missing_part import MissingPart
    from ..models.source_freshness import SourceFreshness


T = TypeVar("T", bound="MetricsContext")


@_attrs_define
class MetricsContext:
    """
    Attributes:
        namespace (str):
        kind (str):
        name (str):
        range_seconds (int):
        step_seconds (int):
        series (list[MetricSeries]):
        freshness (Freshness): How fresh a piece of context is.
        sources (list[SourceFreshness]):
        partial (bool):
        missing (list[MissingPart]):
    """

    namespace: str
    kind: str
    name: str
    range_seconds: int
    step_seconds: int
    series: list[MetricSeries]
    freshness: Freshness
    sources: list[SourceFreshness]
    partial: bool
    missing: list[MissingPart]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        kind = self.kind

        name = self.name

        range_seconds = self.range_seconds

        step_seconds = self.step_seconds

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

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
                "namespace": namespace,
                "kind": kind,
                "name": name,
                "range_seconds": range_seconds,
                "step_seconds": step_seconds,
                "series": series,
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
        from ..models.metric_series import MetricSeries
        from ..models.missing_part import MissingPart
        from ..models.source_freshness import SourceFreshness

        d = dict(src_dict)
        namespace = d.pop("namespace")

        kind = d.pop("kind")

        name = d.pop("name")

        range_seconds = d.pop("range_seconds")

        step_seconds = d.pop("step_seconds")

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = MetricSeries.from_dict(series_item_data)

            series.append(series_item)

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

        metrics_context = cls(
            namespace=namespace,
            kind=kind,
            name=name,
            range_seconds=range_seconds,
            step_seconds=step_seconds,
            series=series,
            freshness=freshness,
            sources=sources,
            partial=partial,
            missing=missing,
        )

        metrics_context.additional_properties = d
        return metrics_context

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
