from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_ref import AlertRef
    from ..models.metric_query import MetricQuery
    from ..models.schedule_assessment_request_action_parameters import (
        ScheduleAssessmentRequestActionParameters,
    )
    from ..models.target import Target


T = TypeVar("T", bound="ScheduleAssessmentRequest")


@_attrs_define
class ScheduleAssessmentRequest:
    """
    Attributes:
        workflow_id (str):
        action_type (str): Action name from the action catalogue. Example: restart_pod.
        target (Target): The Kubernetes object the action acted on.
        alert (AlertRef): The alert that triggered the action.
        executed_at (datetime.datetime):
        execution_id (str | Unset):
        action_id (str | Unset):
        action_parameters (ScheduleAssessmentRequestActionParameters | Unset):
        window_seconds (int | Unset): Stabilisation window; the service default (300) when omitted.
        metrics (list[MetricQuery] | Unset):
        dry_run (bool | Unset): A dry-run execution changed nothing; its assessment is always inconclusive. Default:
            False.
    """

    workflow_id: str
    action_type: str
    target: Target
    alert: AlertRef
    executed_at: datetime.datetime
    execution_id: str | Unset = UNSET
    action_id: str | Unset = UNSET
    action_parameters: ScheduleAssessmentRequestActionParameters | Unset = UNSET
    window_seconds: int | Unset = UNSET
    metrics: list[MetricQuery] | Unset = UNSET
    dry_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        action_type = self.action_type

        target = self.target.to_dict()

        alert = self.alert.to_dict()

        executed_at = self.executed_at.isoformat()

        execution_id = self.execution_id

        action_id = self.action_id

        action_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action_parameters, Unset):
            action_parameters = self.action_parameters.to_dict()

        window_seconds = self.window_seconds

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "action_type": action_type,
                "target": target,
                "alert": alert,
                "executed_at": executed_at,
            }
        )
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if action_parameters is not UNSET:
            field_dict["action_parameters"] = action_parameters
        if window_seconds is not UNSET:
            field_dict["window_seconds"] = window_seconds
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_ref import AlertRef
        from ..models.metric_query import MetricQuery
        from ..models.schedule_assessment_request_action_parameters import (
            ScheduleAssessmentRequestActionParameters,
        )
        from ..models.target import Target

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        action_type = d.pop("action_type")

        target = Target.from_dict(d.pop("target"))

        alert = AlertRef.from_dict(d.pop("alert"))

        executed_at = datetime.datetime.fromisoformat(d.pop("executed_at"))

        execution_id = d.pop("execution_id", UNSET)

        action_id = d.pop("action_id", UNSET)

        _action_parameters = d.pop("action_parameters", UNSET)
        action_parameters: ScheduleAssessmentRequestActionParameters | Unset
        if isinstance(_action_parameters, Unset):
            action_parameters = UNSET
        else:
            action_parameters = ScheduleAssessmentRequestActionParameters.from_dict(
                _action_parameters
            )

        window_seconds = d.pop("window_seconds", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: list[MetricQuery] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = MetricQuery.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        dry_run = d.pop("dry_run", UNSET)

        schedule_assessment_request = cls(
            workflow_id=workflow_id,
            action_type=action_type,
            target=target,
            alert=alert,
            executed_at=executed_at,
            execution_id=execution_id,
            action_id=action_id,
            action_parameters=action_parameters,
            window_seconds=window_seconds,
            metrics=metrics,
            dry_run=dry_run,
        )

        schedule_assessment_request.additional_properties = d
        return schedule_assessment_request

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
