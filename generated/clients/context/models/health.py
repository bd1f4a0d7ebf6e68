from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_status import HealthStatus, check_health_status

if TYPE_CHECKING:
    from ..models.health_components import HealthComponents


T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """Standard health check body (seed §3.3.2).

    Attributes:
        status (HealthStatus):
        service (str):  Example: ai-service.
        version (str):  Example: 1.0.0.
        components (HealthComponents): State of each dependency, keyed by component name.
        uptime (str): Time since start, Go-duration style (2h30m15s). Example: 2h30m15s.
        last_check (datetime.datetime):
    """

    status: HealthStatus
    service: str
    version: str
    components: HealthComponents
    uptime: str
    last_check: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        service = self.service

        version = self.version

        components = self.components.to_dict()

        uptime = self.uptime

        last_check = self.last_check.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "service": service,
                "version": version,
                "components": components,
                "uptime": uptime,
                "last_check": last_check,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.health_components import HealthComponents

        d = dict(src_dict)
        status = check_health_status(d.pop("status"))

        service = d.pop("service")

        version = d.pop("version")

        components = HealthComponents.from_dict(d.pop("components"))

        uptime = d.pop("uptime")

        last_check = datetime.datetime.fromisoformat(d.pop("last_check"))

        health = cls(
            status=status,
            service=service,
            version=version,
            components=components,
            uptime=uptime,
            last_check=last_check,
        )

        health.additional_properties = d
        return health

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
