from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_status import AlertStatus, check_alert_status
from ..models.lifecycle_state import LifecycleState, check_lifecycle_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis import Analysis
    from ..models.classification import Classification
    from ..models.coalesced_info import CoalescedInfo
    from ..models.hop_result import HopResult
    from ..models.normalized_alert import NormalizedAlert
    from ..models.owner import Owner
    from ..models.target import Target
    from ..models.transition import Transition
    from ..models.workflow_ref import WorkflowRef


T = TypeVar("T", bound="AlertRecord")


@_attrs_define
class AlertRecord:
    """
    Attributes:
        alert_id (str):
        fingerprint (str):
        status (AlertStatus):
        state (LifecycleState):
        in_scope (bool):
        alert (NormalizedAlert): The seed's alert shape (§3.1.2) plus the target's kind.
        classification (Classification):
        event_ids (list[str]):
        hops (list[HopResult]):
        history (list[Transition]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        starts_at (datetime.datetime | Unset):
        ends_at (datetime.datetime | Unset):
        scope_reason (str | Unset):
        target (Target | Unset): The Kubernetes object the alert is about, and how it was found.
        owner (Owner | Unset): The controller owning the target when only a pod (or replicaset/job) is known.
        coalesced (CoalescedInfo | Unset): Present when the event is a storm summary standing for several alerts of one
            group.
        request_id (str | Unset): Request id carried by every hop of this alert's flow (from the intake request).
        trace_id (str | Unset):
        action_id (str | Unset):
        analysis (Analysis | Unset): What ai-service decided (seed §3.1.2 response).
        workflow (WorkflowRef | Unset): What workflow-service answered to execute-action.
        error (str | Unset):
    """

    alert_id: str
    fingerprint: str
    status: AlertStatus
    state: LifecycleState
    in_scope: bool
    alert: NormalizedAlert
    classification: Classification
    event_ids: list[str]
    hops: list[HopResult]
    history: list[Transition]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    scope_reason: str | Unset = UNSET
    target: Target | Unset = UNSET
    owner: Owner | Unset = UNSET
    coalesced: CoalescedInfo | Unset = UNSET
    request_id: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    action_id: str | Unset = UNSET
    analysis: Analysis | Unset = UNSET
    workflow: WorkflowRef | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        fingerprint = self.fingerprint

        status: str = self.status

        state: str = self.state

        in_scope = self.in_scope

        alert = self.alert.to_dict()

        classification = self.classification.to_dict()

        event_ids = self.event_ids

        hops = []
        for hops_item_data in self.hops:
            hops_item = hops_item_data.to_dict()
            hops.append(hops_item)

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        scope_reason = self.scope_reason

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        coalesced: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coalesced, Unset):
            coalesced = self.coalesced.to_dict()

        request_id = self.request_id

        trace_id = self.trace_id

        action_id = self.action_id

        analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis, Unset):
            analysis = self.analysis.to_dict()

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow, Unset):
            workflow = self.workflow.to_dict()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert_id": alert_id,
                "fingerprint": fingerprint,
                "status": status,
                "state": state,
                "in_scope": in_scope,
                "alert": alert,
                "classification": classification,
                "event_ids": event_ids,
                "hops": hops,
                "history": history,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if scope_reason is not UNSET:
            field_dict["scope_reason"] = scope_reason
        if target is not UNSET:
            field_dict["target"] = target
        if owner is not UNSET:
            field_dict["owner"] = owner
        if coalesced is not UNSET:
            field_dict["coalesced"] = coalesced
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis import Analysis
        from ..models.classification import Classification
        from ..models.coalesced_info import CoalescedInfo
        from ..models.hop_result import HopResult
        from ..models.normalized_alert import NormalizedAlert
        from ..models.owner import Owner
        from ..models.target import Target
        from ..models.transition import Transition
        from ..models.workflow_ref import WorkflowRef

        d = dict(src_dict)
        alert_id = d.pop("alert_id")

        fingerprint = d.pop("fingerprint")

        status = check_alert_status(d.pop("status"))

        state = check_lifecycle_state(d.pop("state"))

        in_scope = d.pop("in_scope")

        alert = NormalizedAlert.from_dict(d.pop("alert"))

        classification = Classification.from_dict(d.pop("classification"))

        event_ids = cast(list[str], d.pop("event_ids"))

        hops = []
        _hops = d.pop("hops")
        for hops_item_data in _hops:
            hops_item = HopResult.from_dict(hops_item_data)

            hops.append(hops_item)

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = Transition.from_dict(history_item_data)

            history.append(history_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _ends_at = d.pop("ends_at", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        scope_reason = d.pop("scope_reason", UNSET)

        _target = d.pop("target", UNSET)
        target: Target | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = Target.from_dict(_target)

        _owner = d.pop("owner", UNSET)
        owner: Owner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Owner.from_dict(_owner)

        _coalesced = d.pop("coalesced", UNSET)
        coalesced: CoalescedInfo | Unset
        if isinstance(_coalesced, Unset):
            coalesced = UNSET
        else:
            coalesced = CoalescedInfo.from_dict(_coalesced)

        request_id = d.pop("request_id", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        action_id = d.pop("action_id", UNSET)

        _analysis = d.pop("analysis", UNSET)
        analysis: Analysis | Unset
        if isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            analysis = Analysis.from_dict(_analysis)

        _workflow = d.pop("workflow", UNSET)
        workflow: WorkflowRef | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = WorkflowRef.from_dict(_workflow)

        error = d.pop("error", UNSET)

        alert_record = cls(
            alert_id=alert_id,
            fingerprint=fingerprint,
            status=status,
            state=state,
            in_scope=in_scope,
            alert=alert,
            classification=classification,
            event_ids=event_ids,
            hops=hops,
            history=history,
            created_at=created_at,
            updated_at=updated_at,
            starts_at=starts_at,
            ends_at=ends_at,
            scope_reason=scope_reason,
            target=target,
            owner=owner,
            coalesced=coalesced,
            request_id=request_id,
            trace_id=trace_id,
            action_id=action_id,
            analysis=analysis,
            workflow=workflow,
            error=error,
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
