from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storm_context_by_kind import StormContextByKind
    from ..models.storm_context_by_severity import StormContextBySeverity
    from ..models.storm_item import StormItem


T = TypeVar("T", bound="StormContext")


@_attrs_define
class StormContext:
    """Set by the service on `storm_summary` notifications; ignored in requests.

    Attributes:
        count (int | Unset):
        by_kind (StormContextByKind | Unset):
        by_severity (StormContextBySeverity | Unset):
        alerts (list[str] | Unset):
        items (list[StormItem] | Unset):
    """

    count: int | Unset = UNSET
    by_kind: StormContextByKind | Unset = UNSET
    by_severity: StormContextBySeverity | Unset = UNSET
    alerts: list[str] | Unset = UNSET
    items: list[StormItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        by_kind: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_kind, Unset):
            by_kind = self.by_kind.to_dict()

        by_severity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_severity, Unset):
            by_severity = self.by_severity.to_dict()

        alerts: list[str] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = self.alerts

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if by_kind is not UNSET:
            field_dict["by_kind"] = by_kind
        if by_severity is not UNSET:
            field_dict["by_severity"] = by_severity
        if alerts is not UNSET:
            field_dict["alerts"] = alerts
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storm_context_by_kind import StormContextByKind
        from ..models.storm_context_by_severity import StormContextBySeverity
        from ..models.storm_item import StormItem

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        _by_kind = d.pop("by_kind", UNSET)
        by_kind: StormContextByKind | Unset
        if isinstance(_by_kind, Unset):
            by_kind = UNSET
        else:
            by_kind = StormContextByKind.from_dict(_by_kind)

        _by_severity = d.pop("by_severity", UNSET)
        by_severity: StormContextBySeverity | Unset
        if isinstance(_by_severity, Unset):
            by_severity = UNSET
        else:
            by_severity = StormContextBySeverity.from_dict(_by_severity)

        alerts = cast(list[str], d.pop("alerts", UNSET))

        _items = d.pop("items", UNSET)
        items: list[StormItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = StormItem.from_dict(items_item_data)

                items.append(items_item)

        storm_context = cls(
            count=count,
            by_kind=by_kind,
            by_severity=by_severity,
            alerts=alerts,
            items=items,
        )

        storm_context.additional_properties = d
        return storm_context

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
