from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classification import Classification
    from ..models.normalized_alert import NormalizedAlert
    from ..models.owner import Owner
    from ..models.target import Target


T = TypeVar("T", bound="Normalization")


@_attrs_define
class Normalization:
    """
    Attributes:
        alert (NormalizedAlert): The seed's alert shape (§3.1.2) plus the target's kind.
        classification (Classification):
        target (Target | Unset): The Kubernetes object the alert is about, and how it was found.
        owner (Owner | Unset): The controller owning the target when only a pod (or replicaset/job) is known.
    """

    alert: NormalizedAlert
    classification: Classification
    target: Target | Unset = UNSET
    owner: Owner | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert = self.alert.to_dict()

        classification = self.classification.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert": alert,
                "classification": classification,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classification import Classification
        from ..models.normalized_alert import NormalizedAlert
        from ..models.owner import Owner
        from ..models.target import Target

        d = dict(src_dict)
        alert = NormalizedAlert.from_dict(d.pop("alert"))

        classification = Classification.from_dict(d.pop("classification"))

        _target = d.pop("target", UNSET)
        target: Target | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = Target.from_dict(_target)

        _owner = d.pop("owner", UNSET)
        owner: Owner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Owner.from_dict(_owner)

        normalization = cls(
            alert=alert,
            classification=classification,
            target=target,
            owner=owner,
        )

        normalization.additional_properties = d
        return normalization

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
