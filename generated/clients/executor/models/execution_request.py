from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_type import ActionType, check_action_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_parameters import ActionParameters


T = TypeVar("T", bound="ExecutionRequest")


@_attrs_define
class ExecutionRequest:
    """
    Attributes:
        execution_id (str):  Example: exec-7f9c2b1e.
        action_type (ActionType): An action name of contracts/actions/catalogue.yaml.
        parameters (ActionParameters | Unset): The action's parameters; each action's JSON schema in the catalogue is
            authoritative (unknown or ill-typed parameters answer 400 VALIDATION_FAILED).
             Example: {'namespace': 'default', 'resource': 'webapp', 'replicas': 5}.
        dry_run (bool | Unset): Send every mutating call with dryRun=All; nothing is persisted. Default: False.
        timeout_seconds (int | Unset): Upper bound for waiting for the expected condition (and for a drain). Default:
            300.
        workflow_id (str | Unset): The workflow this execution belongs to (for listing and audit).
        action_id (str | Unset): The action decision this execution carries out.
        wait (bool | Unset): true: answer when the action finished (bounded by timeout_seconds).
            false: answer 202 at once with status `running` and finish in the background;
            poll getExecution. Pre-check failures then end as a `failed` record.
             Default: True.
    """

    execution_id: str
    action_type: ActionType
    parameters: ActionParameters | Unset = UNSET
    dry_run: bool | Unset = False
    timeout_seconds: int | Unset = 300
    workflow_id: str | Unset = UNSET
    action_id: str | Unset = UNSET
    wait: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        action_type: str = self.action_type

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        dry_run = self.dry_run

        timeout_seconds = self.timeout_seconds

        workflow_id = self.workflow_id

        action_id = self.action_id

        wait = self.wait

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_id": execution_id,
                "action_type": action_type,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if wait is not UNSET:
            field_dict["wait"] = wait

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_parameters import ActionParameters

        d = dict(src_dict)
        execution_id = d.pop("execution_id")

        action_type = check_action_type(d.pop("action_type"))

        _parameters = d.pop("parameters", UNSET)
        parameters: ActionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ActionParameters.from_dict(_parameters)

        dry_run = d.pop("dry_run", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        workflow_id = d.pop("workflow_id", UNSET)

        action_id = d.pop("action_id", UNSET)

        wait = d.pop("wait", UNSET)

        execution_request = cls(
            execution_id=execution_id,
            action_type=action_type,
            parameters=parameters,
            dry_run=dry_run,
            timeout_seconds=timeout_seconds,
            workflow_id=workflow_id,
            action_id=action_id,
            wait=wait,
        )

        execution_request.additional_properties = d
        return execution_request

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
