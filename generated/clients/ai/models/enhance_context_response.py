from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.enhanced_context import EnhancedContext


T = TypeVar("T", bound="EnhanceContextResponse")


@_attrs_define
class EnhanceContextResponse:
    """
    Attributes:
        enhanced_context (EnhancedContext):
        confidence (float):
        processing_time_ms (int):
    """

    enhanced_context: EnhancedContext
    confidence: float
    processing_time_ms: int
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
                "confidence": confidence,
                "processing_time_ms": processing_time_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enhanced_context import EnhancedContext

        d = dict(src_dict)
        enhanced_context = EnhancedContext.from_dict(d.pop("enhanced_context"))

        confidence = d.pop("confidence")

        processing_time_ms = d.pop("processing_time_ms")

        enhance_context_response = cls(
            enhanced_context=enhanced_context,
            confidence=confidence,
            processing_time_ms=processing_time_ms,
        )

        enhance_context_response.additional_properties = d
        return enhance_context_response

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
