from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_point import MetricPoint
    from ..models.metric_series_labels import MetricSeriesLabels


T = TypeVar("T", bound="MetricSeries")


@_attrs_define
class MetricSeries:
    """
    Attributes:
        name (str):
        query (str):
        points (list[MetricPoint]):
        labels (MetricSeriesLabels | Unset):
        latest (float | Unset):
        min_ (float | Unset):
        max_ (float | Unset):
        mean (float | Unset):
    """

    name: str
    query: str
    points: list[MetricPoint]
    labels: MetricSeriesLabels | Unset = UNSET
    latest: float | Unset = UNSET
    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
    mean: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        query = self.query

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        latest = self.latest

        min_ = self.min_

        max_ = self.max_

        mean = self.mean

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "query": query,
                "points": points,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels
        if latest is not UNSET:
            field_dict["latest"] = latest
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if mean is not UNSET:
            field_dict["mean"] = mean

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_point import MetricPoint
        from ..models.metric_series_labels import MetricSeriesLabels

        d = dict(src_dict)
        name = d.pop("name")

        query = d.pop("query")

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = MetricPoint.from_dict(points_item_data)

            points.append(points_item)

        _labels = d.pop("labels", UNSET)
        labels: MetricSeriesLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = MetricSeriesLabels.from_dict(_labels)

        latest = d.pop("latest", UNSET)

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        mean = d.pop("mean", UNSET)

        metric_series = cls(
            name=name,
            query=query,
            points=points,
            labels=labels,
            latest=latest,
            min_=min_,
            max_=max_,
            mean=mean,
        )

        metric_series.additional_properties = d
        return metric_series

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
