from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition
    from ..models.object_summary_labels import ObjectSummaryLabels
    from ..models.object_summary_selector import ObjectSummarySelector
    from ..models.object_summary_status import ObjectSummaryStatus
    from ..models.replicas import Replicas


T = TypeVar("T", bound="ObjectSummary")


@_attrs_define
class ObjectSummary:
    """
    Attributes:
        kind (str):
        name (str):
        namespace (str | Unset):
        uid (str | Unset):
        created_at (datetime.datetime | Unset):
        labels (ObjectSummaryLabels | Unset):
        replicas (Replicas | Unset):
        conditions (list[Condition] | Unset):
        images (list[str] | Unset):
        phase (str | Unset): Pod/PVC phase when the object has one.
        selector (ObjectSummarySelector | Unset):
        status (ObjectSummaryStatus | Unset): Kind-specific status fields not covered above (node unschedulable, HPA
            replicas...).
    """

    kind: str
    name: str
    namespace: str | Unset = UNSET
    uid: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    labels: ObjectSummaryLabels | Unset = UNSET
    replicas: Replicas | Unset = UNSET
    conditions: list[Condition] | Unset = UNSET
    images: list[str] | Unset = UNSET
    phase: str | Unset = UNSET
    selector: ObjectSummarySelector | Unset = UNSET
    status: ObjectSummaryStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        name = self.name

        namespace = self.namespace

        uid = self.uid

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        replicas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replicas, Unset):
            replicas = self.replicas.to_dict()

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        phase = self.phase

        selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selector, Unset):
            selector = self.selector.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "name": name,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if uid is not UNSET:
            field_dict["uid"] = uid
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if labels is not UNSET:
            field_dict["labels"] = labels
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if images is not UNSET:
            field_dict["images"] = images
        if phase is not UNSET:
            field_dict["phase"] = phase
        if selector is not UNSET:
            field_dict["selector"] = selector
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition import Condition
        from ..models.object_summary_labels import ObjectSummaryLabels
        from ..models.object_summary_selector import ObjectSummarySelector
        from ..models.object_summary_status import ObjectSummaryStatus
        from ..models.replicas import Replicas

        d = dict(src_dict)
        kind = d.pop("kind")

        name = d.pop("name")

        namespace = d.pop("namespace", UNSET)

        uid = d.pop("uid", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _labels = d.pop("labels", UNSET)
        labels: ObjectSummaryLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = ObjectSummaryLabels.from_dict(_labels)

        _replicas = d.pop("replicas", UNSET)
        replicas: Replicas | Unset
        if isinstance(_replicas, Unset):
            replicas = UNSET
        else:
            replicas = Replicas.from_dict(_replicas)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[Condition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = Condition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        images = cast(list[str], d.pop("images", UNSET))

        phase = d.pop("phase", UNSET)

        _selector = d.pop("selector", UNSET)
        selector: ObjectSummarySelector | Unset
        if isinstance(_selector, Unset):
            selector = UNSET
        else:
            selector = ObjectSummarySelector.from_dict(_selector)

        _status = d.pop("status", UNSET)
        status: ObjectSummaryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ObjectSummaryStatus.from_dict(_status)

        object_summary = cls(
            kind=kind,
            name=name,
            namespace=namespace,
            uid=uid,
            created_at=created_at,
            labels=labels,
            replicas=replicas,
            conditions=conditions,
            images=images,
            phase=phase,
            selector=selector,
            status=status,
        )

        object_summary.additional_properties = d
        return object_summary

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
