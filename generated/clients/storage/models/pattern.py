from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pattern_type import PatternType, check_pattern_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_object import FreeObject


T = TypeVar("T", bound="Pattern")


@_attrs_define
class Pattern:
    """
    Attributes:
        pattern_id (str):
        pattern_type (PatternType):
        key (str):
        support (int):
        data (FreeObject): Free-form JSON object.
        computed_at (datetime.datetime):
        alert_name (str | Unset):
        resource_kind (str | Unset):
        action (str | Unset):
        namespace (str | Unset):
        resource (str | Unset):
        success_rate (float | Unset):
        mean_time_to_resolution_seconds (float | Unset):
        confidence (float | Unset):
        description (str | Unset):
    """

    pattern_id: str
    pattern_type: PatternType
    key: str
    support: int
    data: FreeObject
    computed_at: datetime.datetime
    alert_name: str | Unset = UNSET
    resource_kind: str | Unset = UNSET
    action: str | Unset = UNSET
    namespace: str | Unset = UNSET
    resource: str | Unset = UNSET
    success_rate: float | Unset = UNSET
    mean_time_to_resolution_seconds: float | Unset = UNSET
    confidence: float | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pattern_id = self.pattern_id

        pattern_type: str = self.pattern_type

        key = self.key

        support = self.support

        data = self.data.to_dict()

        computed_at = self.computed_at.isoformat()

        alert_name = self.alert_name

        resource_kind = self.resource_kind

        action = self.action

        namespace = self.namespace

        resource = self.resource

        success_rate = self.success_rate

        mean_time_to_resolution_seconds = self.mean_time_to_resolution_seconds

        confidence = self.confidence

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pattern_id": pattern_id,
                "pattern_type": pattern_type,
                "key": key,
                "support": support,
                "data": data,
                "computed_at": computed_at,
            }
        )
        if alert_name is not UNSET:
            field_dict["alert_name"] = alert_name
        if resource_kind is not UNSET:
            field_dict["resource_kind"] = resource_kind
        if action is not UNSET:
            field_dict["action"] = action
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if resource is not UNSET:
            field_dict["resource"] = resource
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate
        if mean_time_to_resolution_seconds is not UNSET:
            field_dict["mean_time_to_resolution_seconds"] = mean_time_to_resolution_seconds
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_object import FreeObject

        d = dict(src_dict)
        pattern_id = d.pop("pattern_id")

        pattern_type = check_pattern_type(d.pop("pattern_type"))

        key = d.pop("key")

        support = d.pop("support")

        data = FreeObject.from_dict(d.pop("data"))

        computed_at = datetime.datetime.fromisoformat(d.pop("computed_at"))

        alert_name = d.pop("alert_name", UNSET)

        resource_kind = d.pop("resource_kind", UNSET)

        action = d.pop("action", UNSET)

        namespace = d.pop("namespace", UNSET)

        resource = d.pop("resource", UNSET)

        success_rate = d.pop("success_rate", UNSET)

        mean_time_to_resolution_seconds = d.pop("mean_time_to_resolution_seconds", UNSET)

        confidence = d.pop("confidence", UNSET)

        description = d.pop("description", UNSET)

        pattern = cls(
            pattern_id=pattern_id,
            pattern_type=pattern_type,
            key=key,
            support=support,
            data=data,
            computed_at=computed_at,
            alert_name=alert_name,
            resource_kind=resource_kind,
            action=action,
            namespace=namespace,
            resource=resource,
            success_rate=success_rate,
            mean_time_to_resolution_seconds=mean_time_to_resolution_seconds,
            confidence=confidence,
            description=description,
        )

        pattern.additional_properties = d
        return pattern

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
