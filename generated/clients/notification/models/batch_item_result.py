from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_item_result_outcome import (
    BatchItemResultOutcome,
    check_batch_item_result_outcome,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_body import ErrorBody
    from ..models.notification import Notification


T = TypeVar("T", bound="BatchItemResult")


@_attrs_define
class BatchItemResult:
    """
    Attributes:
        notification_id (str):
        outcome (BatchItemResultOutcome):
        notification (Notification | Unset):
        error (ErrorBody | Unset):
    """

    notification_id: str
    outcome: BatchItemResultOutcome
    notification: Notification | Unset = UNSET
    error: ErrorBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_id = self.notification_id

        outcome: str = self.outcome

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notification_id": notification_id,
                "outcome": outcome,
            }
        )
        if notification is not UNSET:
            field_dict["notification"] = notification
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_body import ErrorBody
        from ..models.notification import Notification

        d = dict(src_dict)
        notification_id = d.pop("notification_id")

        outcome = check_batch_item_result_outcome(d.pop("outcome"))

        _notification = d.pop("notification", UNSET)
        notification: Notification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = Notification.from_dict(_notification)

        _error = d.pop("error", UNSET)
        error: ErrorBody | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBody.from_dict(_error)

        batch_item_result = cls(
            notification_id=notification_id,
            outcome=outcome,
            notification=notification,
            error=error,
        )

        batch_item_result.additional_properties = d
        return batch_item_result

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
