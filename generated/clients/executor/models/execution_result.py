from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_type import ActionType, check_action_type
from ..models.execution_status import ExecutionStatus, check_execution_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_parameters import ActionParameters
    from ..models.api_call import ApiCall
    from ..models.execution_error import ExecutionError
    from ..models.execution_result_diagnostics import ExecutionResultDiagnostics
    from ..models.observed import Observed
    from ..models.permission_check import PermissionCheck
    from ..models.target import Target


T = TypeVar("T", bound="ExecutionResult")


@_attrs_define
class ExecutionResult:
    """
    Attributes:
        execution_id (str):  Example: exec-7f9c2b1e.
        action_type (ActionType): An action name of contracts/actions/catalogue.yaml.
        status (ExecutionStatus): succeeded — every call was accepted and the expected condition was reached
            (or, in dry run, every call was accepted by the API server);
            failed — a call failed after the action started (see `error`);
            timed_out — the changes were made but the condition was not reached in time;
            running — still executing (only seen by getExecution during a run).
        dry_run (bool):
        api_calls (list[ApiCall]):
        undo_available (bool): True when undoExecution can restore the recorded previous state.
        message (str):
        parameters (ActionParameters | Unset): The action's parameters; each action's JSON schema in the catalogue is
            authoritative (unknown or ill-typed parameters answer 400 VALIDATION_FAILED).
             Example: {'namespace': 'default', 'resource': 'webapp', 'replicas': 5}.
        target (Target | Unset):
        permission_checks (list[PermissionCheck] | Unset):
        observed (Observed | Unset):
        diagnostics (ExecutionResultDiagnostics | Unset): collect_diagnostics only — events, logs per container,
            describe-like summary.
        undo_token (str | Unset): Present when undo is available; equals execution_id (pass it to undoExecution).
        undo_of (str | Unset): For an undo execution, the execution it reverted.
        undone_by (str | Unset): The undo execution that reverted this one.
        error (ExecutionError | Unset):
        workflow_id (str | Unset):
        action_id (str | Unset):
        started_at (datetime.datetime | Unset):
        finished_at (datetime.datetime | Unset):
        duration_ms (int | Unset):
    """

    execution_id: str
    action_type: ActionType
    status: ExecutionStatus
    dry_run: bool
    api_calls: list[ApiCall]
    undo_available: bool
    message: str
    parameters: ActionParameters | Unset = UNSET
    target: Target | Unset = UNSET
    permission_checks: list[PermissionCheck] | Unset = UNSET
    observed: Observed | Unset = UNSET
    diagnostics: ExecutionResultDiagnostics | Unset = UNSET
    undo_token: str | Unset = UNSET
    undo_of: str | Unset = UNSET
    undone_by: str | Unset = UNSET
    error: ExecutionError | Unset = UNSET
    workflow_id: str | Unset = UNSET
    action_id: str | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    duration_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        action_type: str = self.action_type

        status: str = self.status

        dry_run = self.dry_run

        api_calls = []
        for api_calls_item_data in self.api_calls:
            api_calls_item = api_calls_item_data.to_dict()
            api_calls.append(api_calls_item)

        undo_available = self.undo_available

        message = self.message

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        permission_checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permission_checks, Unset):
            permission_checks = []
            for permission_checks_item_data in self.permission_checks:
                permission_checks_item = permission_checks_item_data.to_dict()
                permission_checks.append(permission_checks_item)

        observed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.observed, Unset):
            observed = self.observed.to_dict()

        diagnostics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diagnostics, Unset):
            diagnostics = self.diagnostics.to_dict()

        undo_token = self.undo_token

        undo_of = self.undo_of

        undone_by = self.undone_by

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        workflow_id = self.workflow_id

        action_id = self.action_id

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_id": execution_id,
                "action_type": action_type,
                "status": status,
                "dry_run": dry_run,
                "api_calls": api_calls,
                "undo_available": undo_available,
                "message": message,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if target is not UNSET:
            field_dict["target"] = target
        if permission_checks is not UNSET:
            field_dict["permission_checks"] = permission_checks
        if observed is not UNSET:
            field_dict["observed"] = observed
        if diagnostics is not UNSET:
            field_dict["diagnostics"] = diagnostics
        if undo_token is not UNSET:
            field_dict["undo_token"] = undo_token
        if undo_of is not UNSET:
            field_dict["undo_of"] = undo_of
        if undone_by is not UNSET:
            field_dict["undone_by"] = undone_by
        if error is not UNSET:
            field_dict["error"] = error
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_parameters import ActionParameters
        from ..models.api_call import ApiCall
        from ..models.execution_error import ExecutionError
        from ..models.execution_result_diagnostics import ExecutionResultDiagnostics
        from ..models.observed import Observed
        from ..models.permission_check import PermissionCheck
        from ..models.target import Target

        d = dict(src_dict)
        execution_id = d.pop("execution_id")

        action_type = check_action_type(d.pop("action_type"))

        status = check_execution_status(d.pop("status"))

        dry_run = d.pop("dry_run")

        api_calls = []
        _api_calls = d.pop("api_calls")
        for api_calls_item_data in _api_calls:
            api_calls_item = ApiCall.from_dict(api_calls_item_data)

            api_calls.append(api_calls_item)

        undo_available = d.pop("undo_available")

        message = d.pop("message")

        _parameters = d.pop("parameters", UNSET)
        parameters: ActionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ActionParameters.from_dict(_parameters)

        _target = d.pop("target", UNSET)
        target: Target | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = Target.from_dict(_target)

        _permission_checks = d.pop("permission_checks", UNSET)
        permission_checks: list[PermissionCheck] | Unset = UNSET
        if _permission_checks is not UNSET:
            permission_checks = []
            for permission_checks_item_data in _permission_checks:
                permission_checks_item = PermissionCheck.from_dict(permission_checks_item_data)

                permission_checks.append(permission_checks_item)

        _observed = d.pop("observed", UNSET)
        observed: Observed | Unset
        if isinstance(_observed, Unset):
            observed = UNSET
        else:
            observed = Observed.from_dict(_observed)

        _diagnostics = d.pop("diagnostics", UNSET)
        diagnostics: ExecutionResultDiagnostics | Unset
        if isinstance(_diagnostics, Unset):
            diagnostics = UNSET
        else:
            diagnostics = ExecutionResultDiagnostics.from_dict(_diagnostics)

        undo_token = d.pop("undo_token", UNSET)

        undo_of = d.pop("undo_of", UNSET)

        undone_by = d.pop("undone_by", UNSET)

        _error = d.pop("error", UNSET)
        error: ExecutionError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ExecutionError.from_dict(_error)

        workflow_id = d.pop("workflow_id", UNSET)

        action_id = d.pop("action_id", UNSET)

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

        duration_ms = d.pop("duration_ms", UNSET)

        execution_result = cls(
            execution_id=execution_id,
            action_type=action_type,
            status=status,
            dry_run=dry_run,
            api_calls=api_calls,
            undo_available=undo_available,
            message=message,
            parameters=parameters,
            target=target,
            permission_checks=permission_checks,
            observed=observed,
            diagnostics=diagnostics,
            undo_token=undo_token,
            undo_of=undo_of,
            undone_by=undone_by,
            error=error,
            workflow_id=workflow_id,
            action_id=action_id,
            started_at=started_at,
            finished_at=finished_at,
            duration_ms=duration_ms,
        )

        execution_result.additional_properties = d
        return execution_result

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
