from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.purge_result_deleted import PurgeResultDeleted


T = TypeVar("T", bound="PurgeResult")


@_attrs_define
class PurgeResult:
    """
    Attributes:
        cutoff (datetime.datetime):
        deleted (PurgeResultDeleted):
    """

    cutoff: datetime.datetime
    deleted: PurgeResultDeleted
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cutoff = self.cutoff.isoformat()

        deleted = self.deleted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cutoff": cutoff,
                "deleted": deleted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purge_result_deleted import PurgeResultDeleted

        d = dict(src_dict)
        cutoff = datetime.datetime.fromisoformat(d.pop("cutoff"))

        deleted = PurgeResultDeleted.from_dict(d.pop("deleted"))

        purge_result = cls(
            cutoff=cutoff,
            deleted=deleted,
        )

        purge_result.additional_properties = d
        return purge_result

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
