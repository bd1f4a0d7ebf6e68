from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enhance_context_request_context_type import (
    EnhanceContextRequestContextType,
    check_enhance_context_request_context_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enhance_context_request_raw_context import EnhanceContextRequestRawContext
    from ..models.enhancement_options import EnhancementOptions


T = TypeVar("T", bound="EnhanceContextRequest")


@_attrs_define
class EnhanceContextRequest:
    """
    Attributes:
        context_type (EnhanceContextRequestContextType):
        raw_context (EnhanceContextRequestRawContext): Free-form context. Recognised keys: namespace, resource_type /
            kind,
            resource_name / resource / name, alert_name, labels, metrics, events.
        investigation_id (str | Unset):
        enhancement_options (EnhancementOptions | Unset):
    """

    context_type: EnhanceContextRequestContextType
    raw_context: EnhanceContextRequestRawContext
    investigation_id: str | Unset = UNSET
    enhancement_options: EnhancementOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_type: str = self.context_type

        raw_context = self.raw_context.to_dict()

        investigation_id = self.investigation_id

        enhancement_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enhancement_options, Unset):
            enhancement_options = self.enhancement_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context_type": context_type,
                "raw_context": raw_context,
            }
        )
        if investigation_id is not UNSET:
            field_dict["investigation_id"] = investigation_id
        if enhancement_options is not UNSET:
            field_dict["enhancement_options"] = enhancement_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enhance_context_request_raw_context import EnhanceContextRequestRawContext
        from ..models.enhancement_options import EnhancementOptions

        d = dict(src_dict)
        context_type = check_enhance_context_request_context_type(d.pop("context_type"))

        raw_context = EnhanceContextRequestRawContext.from_dict(d.pop("raw_context"))

        investigation_id = d.pop("investigation_id", UNSET)

        _enhancement_options = d.pop("enhancement_options", UNSET)
        enhancement_options: EnhancementOptions | Unset
        if isinstance(_enhancement_options, Unset):
            enhancement_options = UNSET
        else:
            enhancement_options = EnhancementOptions.from_dict(_enhancement_options)

        enhance_context_request = cls(
            context_type=context_type,
            raw_context=raw_context,
            investigation_id=investigation_id,
            enhancement_options=enhancement_options,
        )

        enhance_context_request.additional_properties = d
        return enhance_context_request

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
