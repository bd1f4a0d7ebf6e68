from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enhanced_context_enhanced_context import EnhancedContextEnhancedContext


T = TypeVar("T", bound="EnhancedContext")


@_attrs_define
class EnhancedContext:
    """What ai-service enhance-context answered (seed §3.2.2).

    Attributes:
        enhanced_context (EnhancedContextEnhancedContext):
        confidence (float | Unset):
        processing_time_ms (int | Unset):
    """

    enhanced_context: EnhancedContextEnhancedContext
    confidence: float | Unset = UNSET
    processing_time_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enhanced_context = self.enhanced_context.to_dict()

        confidence = self.confidence

        processing_time_ms = self.processing_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enhanced_context": enhanced_context,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if processing_time_ms is not UNSET:
            field_dict["processing_time_ms"] = processing_time_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enhanced_context_enhanced_context import EnhancedContextEnhancedContext

        d = dict(src_dict)
        enhanced_context = EnhancedContextEnhancedContext.from_dict(d.pop("enhanced_context"))

        confidence = d.pop("confidence", UNSET)

        processing_time_ms = d.pop("processing_time_ms", UNSET)

        enhanced_context = cls(
            enhanced_context=enhanced_context,
            confidence=confidence,
            processing_time_ms=processing_time_ms,
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
