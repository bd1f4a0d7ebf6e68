from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_context import ActionContext
    from ..models.alert_context import AlertContext
    from ..models.link import Link
    from ..models.storm_context import StormContext
    from ..models.workflow_context import WorkflowContext


T = TypeVar("T", bound="NotificationContext")


@_attrs_define
class NotificationContext:
    """Structured context used by templates, routing, grouping and channel payloads.

    Attributes:
        alert (AlertContext | Unset):
        action (ActionContext | Unset):
        workflow (WorkflowContext | Unset):
        links (list[Link] | Unset):
        storm (StormContext | Unset): Set by the service on `storm_summary` notifications; ignored in requests.
    """

    alert: AlertContext | Unset = UNSET
    action: ActionContext | Unset = UNSET
    workflow: WorkflowContext | Unset = UNSET
    links: list[Link] | Unset = UNSET
    storm: StormContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alert, Unset):
            alert = self.alert.to_dict()

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow, Unset):
            workflow = self.workflow.to_dict()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        storm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storm, Unset):
            storm = self.storm.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert is not UNSET:
            field_dict["alert"] = alert
        if action is not UNSET:
            field_dict["action"] = action
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if links is not UNSET:
            field_dict["links"] = links
        if storm is not UNSET:
            field_dict["storm"] = storm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_context import ActionContext
        from ..models.alert_context import AlertContext
        from ..models.link import Link
        from ..models.storm_context import StormContext
        from ..models.workflow_context import WorkflowContext

        d = dict(src_dict)
        _alert = d.pop("alert", UNSET)
        alert: AlertContext | Unset
        if isinstance(_alert, Unset):
            alert = UNSET
        else:
            alert = AlertContext.from_dict(_alert)

        _action = d.pop("action", UNSET)
        action: ActionContext | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ActionContext.from_dict(_action)

        _workflow = d.pop("workflow", UNSET)
        workflow: WorkflowContext | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = WorkflowContext.from_dict(_workflow)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        _storm = d.pop("storm", UNSET)
        storm: StormContext | Unset
        if isinstance(_storm, Unset):
            storm = UNSET
        else:
            storm = StormContext.from_dict(_storm)

        notification_context = cls(
            alert=alert,
            action=action,
            workflow=workflow,
            links=links,
            storm=storm,
        )

        notification_context.additional_properties = d
        return notification_context

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
