from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_ref import AlertRef


T = TypeVar("T", bound="SimilarQuery")


@_attrs_define
class SimilarQuery:
    """
    Attributes:
        alert (AlertRef): The alert as the seed §3.1.2 writes it (name, severity, namespace, resource,
            labels, annotations), plus optional identity fields that link it to a stored
            alert record.
        k (int | Unset):  Default: 5.
        min_score (float | Unset):  Default: 0.0.
        namespace (str | Unset): Only incidents in this namespace
        action (str | Unset): Only incidents where this action was taken
        exclude_action_id (str | Unset):  Example: action-0b7c1c7e.
    """

    alert: AlertRef
    k: int | Unset = 5
    min_score: float | Unset = 0.0
    namespace: str | Unset = UNSET
    action: str | Unset = UNSET
    exclude_action_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert = self.alert.to_dict()

        k = self.k

        min_score = self.min_score

        namespace = self.namespace

        action = self.action

        exclude_action_id = self.exclude_action_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert": alert,
            }
        )
        if k is not UNSET:
            field_dict["k"] = k
        if min_score is not UNSET:
            field_dict["min_score"] = min_score
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if action is not UNSET:
            field_dict["action"] = action
        if exclude_action_id is not UNSET:
            field_dict["exclude_action_id"] = exclude_action_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_ref import AlertRef

        d = dict(src_dict)
        alert = AlertRef.from_dict(d.pop("alert"))

        k = d.pop("k", UNSET)

        min_score = d.pop("min_score", UNSET)

        namespace = d.pop("namespace", UNSET)

        action = d.pop("action", UNSET)

        exclude_action_id = d.pop("exclude_action_id", UNSET)

        similar_query = cls(
            alert=alert,
            k=k,
            min_score=min_score,
            namespace=namespace,
            action=action,
            exclude_action_id=exclude_action_id,
        )

        similar_query.additional_properties = d
        return similar_query

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
