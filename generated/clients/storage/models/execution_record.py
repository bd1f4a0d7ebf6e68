from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_status import ExecutionStatus, check_execution_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_object import FreeObject
    from ..models.target import Target


T = TypeVar("T", bound="ExecutionRecord")


@_attrs_define
class ExecutionRecord:
    """
    Attributes:
        execution_id (str):
        status (ExecutionStatus):
        dry_run (bool):
        recorded_at (datetime.datetime):
        workflow_id (str | Unset):
        action_id (str | Unset):
        action_type (str | Unset):
        result (FreeObject | Unset): Free-form JSON object.
        error (str | Unset):
        target (Target | Unset):
        started_at (datetime.datetime | Unset):
        finished_at (datetime.datetime | Unset):
    """

    execution_id: str
    status: ExecutionStatus
    dry_run: bool
    recorded_at: datetime.datetime
    workflow_id: str | Unset = UNSET
    action_id: str | Unset = UNSET
    action_type: str | Unset = UNSET
    result: FreeObject | Unset = UNSET
    error: str | Unset = UNSET
    target: Target | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        status: str = self.status

        dry_run = self.dry_run

        recorded_at = self.recorded_at.isoformat()

        workflow_id = self.workflow_id

        action_id = self.action_id

        action_type = self.action_type

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        error = self.error

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_id": execution_id,
                "status": status,
                "dry_run": dry_run,
                "recorded_at": recorded_at,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error
        if target is not UNSET:
            field_dict["target"] = target
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_object import FreeObject
        from ..models.target import Target

        d = dict(src_dict)
        execution_id = d.pop("execution_id")

        status = check_execution_status(d.pop("status"))

        dry_run = d.pop("dry_run")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        workflow_id = d.pop("workflow_id", UNSET)

        action_id = d.pop("action_id", UNSET)

        action_type = d.pop("action_type", UNSET)

        _result = d.pop("result", UNSET)
        result: FreeObject | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = FreeObject.from_dict(_result)

        error = d.pop("error", UNSET)

        _target = d.pop("target", UNSET)
        target: Target | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = Target.from_dict(_target)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _finished_at = d.pop("finished_at", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        execution_record = cls(
            execution_id=execution_id,
            status=status,
            dry_run=dry_run,
            recorded_at=recorded_at,
            workflow_id=workflow_id,
            action_id=action_id,
            action_type=action_type,
            result=result,
            error=error,
            target=target,
            started_at=started_at,
            finished_at=finished_at,
        )

        execution_record.additional_properties = d
        return execution_record

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
