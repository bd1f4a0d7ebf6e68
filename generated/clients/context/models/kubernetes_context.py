from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.freshness import Freshness
    from ..models.k8s_event import K8SEvent
    from ..models.missing_part import MissingPart
    from ..models.object_summary import ObjectSummary
    from ..models.owner_ref import OwnerRef
    from ..models.pod_state import PodState
    from ..models.source_freshness import SourceFreshness


T = TypeVar("T", bound="KubernetesContext")


@_attrs_define
class KubernetesContext:
    """
    Attributes:
        namespace (str):
        kind (str):
        name (str):
        owner_chain (list[OwnerRef]): Owners from the direct owner up to the top controller.
        events (list[K8SEvent]):
        pods (list[PodState]):
        freshness (Freshness): How fresh a piece of context is.
        sources (list[SourceFreshness]):
        partial (bool):
        missing (list[MissingPart]):
        summary (ObjectSummary | Unset):
    """

    namespace: str
    kind: str
    name: str
    owner_chain: list[OwnerRef]
    events: list[K8SEvent]
    pods: list[PodState]
    freshness: Freshness
    sources: list[SourceFreshness]
    partial: bool
    missing: list[MissingPart]
    summary: ObjectSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        kind = self.kind

        name = self.name

        owner_chain = []
        for owner_chain_item_data in self.owner_chain:
            owner_chain_item = owner_chain_item_data.to_dict()
            owner_chain.append(owner_chain_item)

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        pods = []
        for pods_item_data in self.pods:
            pods_item = pods_item_data.to_dict()
            pods.append(pods_item)

        freshness = self.freshness.to_dict()

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        partial = self.partial

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "kind": kind,
                "name": name,
                "owner_chain": owner_chain,
                "events": events,
                "pods": pods,
                "freshness": freshness,
                "sources": sources,
                "partial": partial,
                "missing": missing,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.freshness import Freshness
        from ..models.k8s_event import K8SEvent
        from ..models.missing_part import MissingPart
        from ..models.object_summary import ObjectSummary
        from ..models.owner_ref import OwnerRef
        from ..models.pod_state import PodState
        from ..models.source_freshness import SourceFreshness

        d = dict(src_dict)
        namespace = d.pop("namespace")

        kind = d.pop("kind")

        name = d.pop("name")

        owner_chain = []
        _owner_chain = d.pop("owner_chain")
        for owner_chain_item_data in _owner_chain:
            owner_chain_item = OwnerRef.from_dict(owner_chain_item_data)

            owner_chain.append(owner_chain_item)

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = K8SEvent.from_dict(events_item_data)

            events.append(events_item)

        pods = []
        _pods = d.pop("pods")
        for pods_item_data in _pods:
            pods_item = PodState.from_dict(pods_item_data)

            pods.append(pods_item)

        freshness = Freshness.from_dict(d.pop("freshness"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceFreshness.from_dict(sources_item_data)

            sources.append(sources_item)

        partial = d.pop("partial")

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = MissingPart.from_dict(missing_item_data)

            missing.append(missing_item)

        _summary = d.pop("summary", UNSET)
        summary: ObjectSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = ObjectSummary.from_dict(_summary)

        kubernetes_context = cls(
            namespace=namespace,
            kind=kind,
            name=name,
            owner_chain=owner_chain,
            events=events,
            pods=pods,
            freshness=freshness,
            sources=sources,
            partial=partial,
            missing=missing,
            summary=summary,
        )

        kubernetes_context.additional_properties = d
        return kubernetes_context

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
