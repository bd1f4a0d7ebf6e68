from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_set import LabelSet


T = TypeVar("T", bound="NormalizeRequest")


@_attrs_define
class NormalizeRequest:
    """
    Attributes:
        labels (LabelSet):
        annotations (LabelSet | Unset):
    """

    labels: LabelSet
    annotations: LabelSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels = self.labels.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labels": labels,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_set import LabelSet

        d = dict(src_dict)
        labels = LabelSet.from_dict(d.pop("labels"))

        _annotations = d.pop("annotations", UNSET)
        annotations: LabelSet | Unset
        if isinstance(_annotations, Unset):
            annotations = UNSET
        else:
            annotations = LabelSet.from_dict(_annotations)

        normalize_request = cls(
            labels=labels,
            annotations=annotations,
        )

        normalize_request.additional_properties = d
        return normalize_request

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
