from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_query_better import MetricQueryBetter, check_metric_query_better
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricQuery")


@_attrs_define
class MetricQuery:
    """An extra PromQL query to compare before and after the action.

    Attributes:
        name (str):
        query (str):
        better (MetricQueryBetter | Unset): Which direction counts as an improvement. Default: 'lower'.
    """

    name: str
    query: str
    better: MetricQueryBetter | Unset = "lower"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        query = self.query

        better: str | Unset = UNSET
        if not isinstance(self.better, Unset):
            better = self.better

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "query": query,
            }
        )
        if better is not UNSET:
            field_dict["better"] = better

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        query = d.pop("query")

        _better = d.pop("better", UNSET)
        better: MetricQueryBetter | Unset
        if isinstance(_better, Unset):
            better = UNSET
        else:
            better = check_metric_query_better(_better)

        metric_query = cls(
            name=name,
            query=query,
            better=better,
        )

        metric_query.additional_properties = d
        return metric_query

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
