from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_call_body import ApiCallBody


T = TypeVar("T", bound="ApiCall")


@_attrs_define
class ApiCall:
    """One request the executor sent to the Kubernetes API server.

    Attributes:
        verb (str): Kubernetes verb (get, list, create, patch, delete, evict). Example: patch.
        method (str):  Example: PATCH.
        path (str):  Example: /apis/apps/v1/namespaces/default/deployments/webapp/scale.
        dry_run (bool):
        status_code (int | Unset): HTTP status of the answer (absent when the server was unreachable).
        body (ApiCallBody | Unset): The patch or object sent, for mutating calls.
    """

    verb: str
    method: str
    path: str
    dry_run: bool
    status_code: int | Unset = UNSET
    body: ApiCallBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verb = self.verb

        method = self.method

        path = self.path

        dry_run = self.dry_run

        status_code = self.status_code

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verb": verb,
                "method": method,
                "path": path,
                "dry_run": dry_run,
            }
        )
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_call_body import ApiCallBody

        d = dict(src_dict)
        verb = d.pop("verb")

        method = d.pop("method")

        path = d.pop("path")

        dry_run = d.pop("dry_run")

        status_code = d.pop("status_code", UNSET)

        _body = d.pop("body", UNSET)
        body: ApiCallBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ApiCallBody.from_dict(_body)

        api_call = cls(
            verb=verb,
            method=method,
            path=path,
            dry_run=dry_run,
            status_code=status_code,
            body=body,
        )

        api_call.additional_properties = d
        return api_call

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
