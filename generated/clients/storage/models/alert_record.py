from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_status import AlertStatus, check_alert_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.labels import Labels
    from ..models.lifecycle_event import LifecycleEvent


T = TypeVar("T", bound="AlertRecord")


@_attrs_define
class AlertRecord:
    """
    Attributes:
        alert_id (str):
        fingerprint (str):
        name (str):
        status (AlertStatus):
        starts_at (datetime.datetime):
        state (str):
        lifecycle (list[LifecycleEvent]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        severity (str | Unset):
        namespace (str | Unset):
        resource (str | Unset):
        kind (str | Unset):
        labels (Labels | Unset): Free-form string map (Prometheus labels or annotations).
        annotations (Labels | Unset): Free-form string map (Prometheus labels or annotations).
        ends_at (datetime.datetime | Unset):
        resolved_at (datetime.datetime | Unset):
        generator_url (str | Unset):
        event_id (str | Unset):
        in_scope (bool | Unset):
        scope_reason (str | Unset):
    """

    alert_id: str
    fingerprint: str
    name: str
    status: AlertStatus
    starts_at: datetime.datetime
    state: str
    lifecycle: list[LifecycleEvent]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    severity: str | Unset = UNSET
    namespace: str | Unset = UNSET
    resource: str | Unset = UNSET
    kind: str | Unset = UNSET
    labels: Labels | Unset = UNSET
    annotations: Labels | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    resolved_at: datetime.datetime | Unset = UNSET
    generator_url: str | Unset = UNSET
    event_id: str | Unset = UNSET
    in_scope: bool | Unset = UNSET
    scope_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        fingerprint = self.fingerprint

        name = self.name

        status: str = self.status

        starts_at = self.starts_at.isoformat()

        state = self.state

        lifecycle = []
        for lifecycle_item_data in self.lifecycle:
            lifecycle_item = lifecycle_item_data.to_dict()
            lifecycle.append(lifecycle_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        severity = self.severity

        namespace = self.namespace

        resource = self.resource

        kind = self.kind

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        resolved_at: str | Unset = UNSET
        if not isinstance(self.resolved_at, Unset):
            resolved_at = self.resolved_at.isoformat()

        generator_url = self.generator_url

        event_id = self.event_id

        in_scope = self.in_scope

        scope_reason = self.scope_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert_id": alert_id,
                "fingerprint": fingerprint,
                "name": name,
                "status": status,
                "starts_at": starts_at,
                "state": state,
                "lifecycle": lifecycle,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if severity is not UNSET:
            field_dict["severity"] = severity
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if resource is not UNSET:
            field_dict["resource"] = resource
        if kind is not UNSET:
            field_dict["kind"] = kind
        if labels is not UNSET:
            field_dict["labels"] = labels
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if resolved_at is not UNSET:
            field_dict["resolved_at"] = resolved_at
        if generator_url is not UNSET:
            field_dict["generator_url"] = generator_url
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if in_scope is not UNSET:
            field_dict["in_scope"] = in_scope
        if scope_reason is not UNSET:
            field_dict["scope_reason"] = scope_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labels import Labels
        from ..models.lifecycle_event import LifecycleEvent

        d = dict(src_dict)
        alert_id = d.pop("alert_id")

        fingerprint = d.pop("fingerprint")

        name = d.pop("name")

        status = check_alert_status(d.pop("status"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        state = d.pop("state")

        lifecycle = []
        _lifecycle = d.pop("lifecycle")
        for lifecycle_item_data in _lifecycle:
            lifecycle_item = LifecycleEvent.from_dict(lifecycle_item_data)

            lifecycle.append(lifecycle_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        severity = d.pop("severity", UNSET)

        namespace = d.pop("namespace", UNSET)

        resource = d.pop("resource", UNSET)

        kind = d.pop("kind", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: Labels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = Labels.from_dict(_labels)

        _annotations = d.pop("annotations", UNSET)
        annotations: Labels | Unset
        if isinstance(_annotations, Unset):
            annotations = UNSET
        else:
            annotations = Labels.from_dict(_annotations)

        _ends_at = d.pop("ends_at", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        _resolved_at = d.pop("resolved_at", UNSET)
        resolved_at: datetime.datetime | Unset
        if isinstance(_resolved_at, Unset):
            resolved_at = UNSET
        else:
            resolved_at = datetime.datetime.fromisoformat(_resolved_at)

        generator_url = d.pop("generator_url", UNSET)

        event_id = d.pop("event_id", UNSET)

        in_scope = d.pop("in_scope", UNSET)

        scope_reason = d.pop("scope_reason", UNSET)

        alert_record = cls(
            alert_id=alert_id,
            fingerprint=fingerprint,
            name=name,
            status=status,
            starts_at=starts_at,
            state=state,
            lifecycle=lifecycle,
            created_at=created_at,
            updated_at=updated_at,
            severity=severity,
            namespace=namespace,
            resource=resource,
            kind=kind,
            labels=labels,
            annotations=annotations,
            ends_at=ends_at,
            resolved_at=resolved_at,
            generator_url=generator_url,
            event_id=event_id,
            in_scope=in_scope,
            scope_reason=scope_reason,
        )

        alert_record.additional_properties = d
        return alert_record

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
