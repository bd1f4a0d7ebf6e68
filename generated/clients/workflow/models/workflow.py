from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_risk import WorkflowRisk, check_workflow_risk
from ..models.workflow_status import WorkflowStatus, check_workflow_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_request import ActionRequest
    from ..models.alert_ref import AlertRef
    from ..models.approval import Approval
    from ..models.assessment import Assessment
    from ..models.gate_decision import GateDecision
    from ..models.queue_state import QueueState
    from ..models.target import Target
    from ..models.workflow_result import WorkflowResult
    from ..models.workflow_step import WorkflowStep


T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """
    Attributes:
        workflow_id (str):
        execution_id (str):
        action_id (str):
        action (ActionRequest):
        alert (AlertRef): The alert the action remediates (seed §3.1.2); extra fields are kept.
        target (Target):
        risk (WorkflowRisk):
        status (WorkflowStatus):
        dry_run (bool):
        gates (list[GateDecision]):
        steps (list[WorkflowStep]): pre_checks → action → verification → record, in order.
        escalated (bool): True when a human was asked to look (oscillation, manual intervention).
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        request_id (str | Unset):
        reason (str | Unset): Why the workflow is in this status.
        dry_run_source (str | Unset): Which policy level decided dry_run (request, action:<name>, namespace:<ns>,
            global).
        approval (Approval | Unset):
        queue (QueueState | Unset): Delivery state of the executor call in the durable queue.
        result (WorkflowResult | Unset): What executor-service reported (observed state, API calls, undo token...).
        assessment (Assessment | Unset):
        estimated_duration (str | Unset):
        finished_at (datetime.datetime | Unset):
    """

    workflow_id: str
    execution_id: str
    action_id: str
    action: ActionRequest
    alert: AlertRef
    target: Target
    risk: WorkflowRisk
    status: WorkflowStatus
    dry_run: bool
    gates: list[GateDecision]
    steps: list[WorkflowStep]
    escalated: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    request_id: str | Unset = UNSET
    reason: str | Unset = UNSET
    dry_run_source: str | Unset = UNSET
    approval: Approval | Unset = UNSET
    queue: QueueState | Unset = UNSET
    result: WorkflowResult | Unset = UNSET
    assessment: Assessment | Unset = UNSET
    estimated_duration: str | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        execution_id = self.execution_id

        action_id = self.action_id

        action = self.action.to_dict()

        alert = self.alert.to_dict()

        target = self.target.to_dict()

        risk: str = self.risk

        status: str = self.status

        dry_run = self.dry_run

        gates = []
        for gates_item_data in self.gates:
            gates_item = gates_item_data.to_dict()
            gates.append(gates_item)

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        escalated = self.escalated

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        request_id = self.request_id

        reason = self.reason

        dry_run_source = self.dry_run_source

        approval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval, Unset):
            approval = self.approval.to_dict()

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        assessment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assessment, Unset):
            assessment = self.assessment.to_dict()

        estimated_duration = self.estimated_duration

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "execution_id": execution_id,
                "action_id": action_id,
                "action": action,
                "alert": alert,
                "target": target,
                "risk": risk,
                "status": status,
                "dry_run": dry_run,
                "gates": gates,
                "steps": steps,
                "escalated": escalated,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if dry_run_source is not UNSET:
            field_dict["dry_run_source"] = dry_run_source
        if approval is not UNSET:
            field_dict["approval"] = approval
        if queue is not UNSET:
            field_dict["queue"] = queue
        if result is not UNSET:
            field_dict["result"] = result
        if assessment is not UNSET:
            field_dict["assessment"] = assessment
        if estimated_duration is not UNSET:
            field_dict["estimated_duration"] = estimated_duration
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_request import ActionRequest
        from ..models.alert_ref import AlertRef
        from ..models.approval import Approval
        from ..models.assessment import Assessment
        from ..models.gate_decision import GateDecision
        from ..models.queue_state import QueueState
        from ..models.target import Target
        from ..models.workflow_result import WorkflowResult
        from ..models.workflow_step import WorkflowStep

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        execution_id = d.pop("execution_id")

        action_id = d.pop("action_id")

        action = ActionRequest.from_dict(d.pop("action"))

        alert = AlertRef.from_dict(d.pop("alert"))

        target = Target.from_dict(d.pop("target"))

        risk = check_workflow_risk(d.pop("risk"))

        status = check_workflow_status(d.pop("status"))

        dry_run = d.pop("dry_run")

        gates = []
        _gates = d.pop("gates")
        for gates_item_data in _gates:
            gates_item = GateDecision.from_dict(gates_item_data)

            gates.append(gates_item)

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = WorkflowStep.from_dict(steps_item_data)

            steps.append(steps_item)

        escalated = d.pop("escalated")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        request_id = d.pop("request_id", UNSET)

        reason = d.pop("reason", UNSET)

        dry_run_source = d.pop("dry_run_source", UNSET)

        _approval = d.pop("approval", UNSET)
        approval: Approval | Unset
        if isinstance(_approval, Unset):
            approval = UNSET
        else:
            approval = Approval.from_dict(_approval)

        _queue = d.pop("queue", UNSET)
        queue: QueueState | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = QueueState.from_dict(_queue)

        _result = d.pop("result", UNSET)
        result: WorkflowResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = WorkflowResult.from_dict(_result)

        _assessment = d.pop("assessment", UNSET)
        assessment: Assessment | Unset
        if isinstance(_assessment, Unset):
            assessment = UNSET
        else:
            assessment = Assessment.from_dict(_assessment)

        estimated_duration = d.pop("estimated_duration", UNSET)

        _finished_at = d.pop("finished_at", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        workflow = cls(
            workflow_id=workflow_id,
            execution_id=execution_id,
            action_id=action_id,
            action=action,
            alert=alert,
            target=target,
            risk=risk,
            status=status,
            dry_run=dry_run,
            gates=gates,
            steps=steps,
            escalated=escalated,
            created_at=created_at,
            updated_at=updated_at,
            request_id=request_id,
            reason=reason,
            dry_run_source=dry_run_source,
            approval=approval,
            queue=queue,
            result=result,
            assessment=assessment,
            estimated_duration=estimated_duration,
            finished_at=finished_at,
        )

        workflow.additional_properties = d
        return workflow

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
