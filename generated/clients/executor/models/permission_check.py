from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PermissionCheck")


@_attrs_define
class PermissionCheck:
    """One SelfSubjectAccessReview made before acting.

    Attributes:
        verb (str):  Example: patch.
        resource (str):  Example: deployments.
        allowed (bool):
        group (str | Unset):  Example: apps.
        subresource (str | Unset):  Example: scale.
        namespace (str | Unset):
        reason (str | Unset):
    """

    verb: str
    resource: str
    allowed: bool
    group: str | Unset = UNSET
    subresource: str | Unset = UNSET
    namespace: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verb = self.verb

        resource = self.resource

        allowed = self.allowed

        group = self.group

        subresource = self.subresource

        namespace = self.namespace

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verb": verb,
                "resource": resource,
                "allowed": allowed,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group
        if subresource is not UNSET:
            field_dict["subresource"] = subresource
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verb = d.pop("verb")

        resource = d.pop("resource")

        allowed = d.pop("allowed")

        group = d.pop("group", UNSET)

        subresource = d.pop("subresource", UNSET)

        namespace = d.pop("namespace", UNSET)

        reason = d.pop("reason", UNSET)

        permission_check = cls(
            verb=verb,
            resource=resource,
            allowed=allowed,
            group=group,
            subresource=subresource,
            namespace=namespace,
            reason=reason,
        )

        permission_check.additional_properties = d
        return permission_check

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
