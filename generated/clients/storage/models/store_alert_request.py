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


T = TypeVar("T", bound="StoreAlertRequest")


@_attrs_define
class StoreAlertRequest:
    """
    Attributes:
        fingerprint (str):
        name (str):
        status (AlertStatus):
        starts_at (datetime.datetime):
        alert_id (str | Unset):  Example: action-0b7c1c7e.
        severity (str | Unset):
        namespace (str | Unset):
        resource (str | Unset):
        kind (str | Unset):
        labels (Labels | Unset): Free-form string map (Prometheus labels or annotations).
        annotations (Labels | Unset): Free-form string map (Prometheus labels or annotations).
        ends_at (datetime.datetime | Unset):
        generator_url (str | Unset):
        event_id (str | Unset):
        in_scope (bool | Unset):
        scope_reason (str | Unset):
        state (str | Unset):
    """

    fingerprint: str
    name: str
    status: AlertStatus
    starts_at: datetime.datetime
    alert_id: str | Unset = UNSET
    severity: str | Unset = UNSET
    namespace: str | Unset = UNSET
    resource: str | Unset = UNSET
    kind: str | Unset = UNSET
    labels: Labels | Unset = UNSET
    annotations: Labels | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    generator_url: str | Unset = UNSET
    event_id: str | Unset = UNSET
    in_scope: bool | Unset = UNSET
    scope_reason: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fingerprint = self.fingerprint

        name = self.name

        status: str = self.status

        starts_at = self.starts_at.isoformat()

        alert_id = self.alert_id

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

        generator_url = self.generator_url

        event_id = self.event_id

        in_scope = self.in_scope

        scope_reason = self.scope_reason

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fingerprint": fingerprint,
                "name": name,
                "status": status,
                "starts_at": starts_at,
            }
        )
        if alert_id is not UNSET:
            field_dict["alert_id"] = alert_id
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
        if generator_url is not UNSET:
            field_dict["generator_url"] = generator_url
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if in_scope is not UNSET:
            field_dict["in_scope"] = in_scope
        if scope_reason is not UNSET:
            field_dict["scope_reason"] = scope_reason
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labels import Labels

        d = dict(src_dict)
        fingerprint = d.pop("fingerprint")

        name = d.pop("name")

        status = check_alert_status(d.pop("status"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        alert_id = d.pop("alert_id", UNSET)

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

        generator_url = d.pop("generator_url", UNSET)

        event_id = d.pop("event_id", UNSET)

        in_scope = d.pop("in_scope", UNSET)

        scope_reason = d.pop("scope_reason", UNSET)

        state = d.pop("state", UNSET)

        store_alert_request = cls(
            fingerprint=fingerprint,
            name=name,
            status=status,
            starts_at=starts_at,
            alert_id=alert_id,
            severity=severity,
            namespace=namespace,
            resource=resource,
            kind=kind,
            labels=labels,
            annotations=annotations,
            ends_at=ends_at,
            generator_url=generator_url,
            event_id=event_id,
            in_scope=in_scope,
            scope_reason=scope_reason,
            state=state,
        )

        store_alert_request.additional_properties = d
        return store_alert_request

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
