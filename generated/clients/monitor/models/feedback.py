from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_state import FeedbackState, check_feedback_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Feedback")


@_attrs_define
class Feedback:
    """Delivery of the completed assessment to the other services.

    Attributes:
        storage (FeedbackState | Unset):
        workflow (FeedbackState | Unset):
        notification (FeedbackState | Unset):
    """

    storage: FeedbackState | Unset = UNSET
    workflow: FeedbackState | Unset = UNSET
    notification: FeedbackState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage: str | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage

        workflow: str | Unset = UNSET
        if not isinstance(self.workflow, Unset):
            workflow = self.workflow

        notification: str | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage is not UNSET:
            field_dict["storage"] = storage
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if notification is not UNSET:
            field_dict["notification"] = notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _storage = d.pop("storage", UNSET)
        storage: FeedbackState | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = check_feedback_state(_storage)

        _workflow = d.pop("workflow", UNSET)
        workflow: FeedbackState | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = check_feedback_state(_workflow)

        _notification = d.pop("notification", UNSET)
        notification: FeedbackState | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = check_feedback_state(_notification)

        feedback = cls(
            storage=storage,
            workflow=workflow,
            notification=notification,
        )

        feedback.additional_properties = d
        return feedback

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
