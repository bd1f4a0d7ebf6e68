from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_kind import TargetKind, check_target_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_condition import ObjectCondition
    from ..models.pod_health import PodHealth
    from ..models.replica_counts import ReplicaCounts
    from ..models.target_state_details import TargetStateDetails


T = TypeVar("T", bound="TargetState")


@_attrs_define
class TargetState:
    """
    Attributes:
        kind (TargetKind):
        name (str):
        exists (bool):
        healthy (bool): All desired replicas ready (pods ready / node Ready and schedulable / PVC Bound).
        restarts_total (int):
        oom_killed (bool): A container's last termination reason was OOMKilled.
        crash_looping (bool): A container is waiting in CrashLoopBackOff.
        pods (list[PodHealth]):
        observed_at (datetime.datetime):
        namespace (str | Unset):
        replicas (ReplicaCounts | Unset):
        conditions (list[ObjectCondition] | Unset):
        details (TargetStateDetails | Unset): Kind-specific extras (node unschedulable, PVC capacity, HPA bounds).
    """

    kind: TargetKind
    name: str
    exists: bool
    healthy: bool
    restarts_total: int
    oom_killed: bool
    crash_looping: bool
    pods: list[PodHealth]
    observed_at: datetime.datetime
    namespace: str | Unset = UNSET
    replicas: ReplicaCounts | Unset = UNSET
    conditions: list[ObjectCondition] | Unset = UNSET
    details: TargetStateDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        name = self.name

        exists = self.exists

        healthy = self.healthy

        restarts_total = self.restarts_total

        oom_killed = self.oom_killed

        crash_looping = self.crash_looping

        pods = []
        for pods_item_data in self.pods:
            pods_item = pods_item_data.to_dict()
            pods.append(pods_item)

        observed_at = self.observed_at.isoformat()

        namespace = self.namespace

        replicas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replicas, Unset):
            replicas = self.replicas.to_dict()

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "exists": exists,
                "healthy": healthy,
                "restarts_total": restarts_total,
                "oom_killed": oom_killed,
                "crash_looping": crash_looping,
                "pods": pods,
                "observed_at": observed_at,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_condition import ObjectCondition
        from ..models.pod_health import PodHealth
        from ..models.replica_counts import ReplicaCounts
        from ..models.target_state_details import TargetStateDetails

        d = dict(src_dict)
        kind = check_target_kind(d.pop("kind"))

        name = d.pop("name")

        exists = d.pop("exists")

        healthy = d.pop("healthy")

        restarts_total = d.pop("restarts_total")

        oom_killed = d.pop("oom_killed")

        crash_looping = d.pop("crash_looping")

        pods = []
        _pods = d.pop("pods")
        for pods_item_data in _pods:
            pods_item = PodHealth.from_dict(pods_item_data)

            pods.append(pods_item)

        observed_at = datetime.datetime.fromisoformat(d.pop("observed_at"))

        namespace = d.pop("namespace", UNSET)

        _replicas = d.pop("replicas", UNSET)
        replicas: ReplicaCounts | Unset
        if isinstance(_replicas, Unset):
            replicas = UNSET
        else:
            replicas = ReplicaCounts.from_dict(_replicas)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[ObjectCondition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = ObjectCondition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        _details = d.pop("details", UNSET)
        details: TargetStateDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = TargetStateDetails.from_dict(_details)

        target_state = cls(
            kind=kind,
            name=name,
            exists=exists,
            healthy=healthy,
            restarts_total=restarts_total,
            oom_killed=oom_killed,
            crash_looping=crash_looping,
            pods=pods,
            observed_at=observed_at,
            namespace=namespace,
            replicas=replicas,
            conditions=conditions,
            details=details,
        )

        target_state.additional_properties = d
        return target_state

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
