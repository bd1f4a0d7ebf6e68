from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_payload import AlertPayload
    from ..models.analysis_context import AnalysisContext


T = TypeVar("T", bound="AnalyzeAlertRequest")


@_attrs_define
class AnalyzeAlertRequest:
    """
    Attributes:
        alert (AlertPayload): The alert in the seed's §3.1.2 shape, plus optional identity fields.
        context (AnalysisContext | Unset):
    """

    alert: AlertPayload
    context: AnalysisContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert = self.alert.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert": alert,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_payload import AlertPayload
        from ..models.analysis_context import AnalysisContext

        d = dict(src_dict)
        alert = AlertPayload.from_dict(d.pop("alert"))

        _context = d.pop("context", UNSET)
        context: AnalysisContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = AnalysisContext.from_dict(_context)

        analyze_alert_request = cls(
            alert=alert,
            context=context,
        )

        analyze_alert_request.additional_properties = d
        return analyze_alert_request

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
