from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_request import ActionRequest
    from ..models.alert_ref import AlertRef
    from ..models.execute_context import ExecuteContext


T = TypeVar("T", bound="ExecuteActionRequest")


@_attrs_define
class ExecuteActionRequest:
    """
    Attributes:
        action (ActionRequest):
        alert (AlertRef): The alert the action remediates (seed §3.1.2); extra fields are kept.
        context (ExecuteContext):
        dry_run (bool | Unset): Force a dry run for this request (can only make it safer).
    """

    action: ActionRequest
    alert: AlertRef
    context: ExecuteContext
    dry_run: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.to_dict()

        alert = self.alert.to_dict()

        context = self.context.to_dict()

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "alert": alert,
                "context": context,
            }
        )
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_request import ActionRequest
        from ..models.alert_ref import AlertRef
        from ..models.execute_context import ExecuteContext

        d = dict(src_dict)
        action = ActionRequest.from_dict(d.pop("action"))

        alert = AlertRef.from_dict(d.pop("alert"))

        context = ExecuteContext.from_dict(d.pop("context"))

        dry_run = d.pop("dry_run", UNSET)

        execute_action_request = cls(
            action=action,
            alert=alert,
            context=context,
            dry_run=dry_run,
        )

        execute_action_request.additional_properties = d
        return execute_action_request

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
