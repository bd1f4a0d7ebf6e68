from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enhanced_context import EnhancedContext
    from ..models.freshness import Freshness
    from ..models.history_context import HistoryContext
    from ..models.kubernetes_context import KubernetesContext
    from ..models.metrics_context import MetricsContext
    from ..models.missing_part import MissingPart
    from ..models.patterns_context import PatternsContext
    from ..models.similar_context import SimilarContext
    from ..models.source_freshness import SourceFreshness


T = TypeVar("T", bound="InvestigationContext")


@_attrs_define
class InvestigationContext:
    """
    Attributes:
        namespace (str):
        kind (str):
        name (str):
        freshness (Freshness): How fresh a piece of context is.
        sources (list[SourceFreshness]):
        partial (bool):
        missing (list[MissingPart]):
        alert_name (str | Unset):
        kubernetes (KubernetesContext | Unset):
        metrics (MetricsContext | Unset):
        history (HistoryContext | Unset):
        patterns (PatternsContext | Unset):
        similar (SimilarContext | Unset):
        enhanced (EnhancedContext | Unset): What ai-service enhance-context answered (seed §3.2.2).
    """

    namespace: str
    kind: str
    name: str
    freshness: Freshness
    sources: list[SourceFreshness]
    partial: bool
    missing: list[MissingPart]
    alert_name: str | Unset = UNSET
    kubernetes: KubernetesContext | Unset = UNSET
    metrics: MetricsContext | Unset = UNSET
    history: HistoryContext | Unset = UNSET
    patterns: PatternsContext | Unset = UNSET
    similar: SimilarContext | Unset = UNSET
    enhanced: EnhancedContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        kind = self.kind

        name = self.name

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

        alert_name = self.alert_name

        kubernetes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kubernetes, Unset):
            kubernetes = self.kubernetes.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        history: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = self.history.to_dict()

        patterns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patterns, Unset):
            patterns = self.patterns.to_dict()

        similar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.similar, Unset):
            similar = self.similar.to_dict()

        enhanced: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enhanced, Unset):
            enhanced = self.enhanced.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "kind": kind,
                "name": name,
                "freshness": freshness,
                "sources": sources,
                "partial": partial,
                "missing": missing,
            }
        )
        if alert_name is not UNSET:
            field_dict["alert_name"] = alert_name
        if kubernetes is not UNSET:
            field_dict["kubernetes"] = kubernetes
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if history is not UNSET:
            field_dict["history"] = history
        if patterns is not UNSET:
            field_dict["patterns"] = patterns
        if similar is not UNSET:
            field_dict["similar"] = similar
        if enhanced is not UNSET:
            field_dict["enhanced"] = enhanced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enhanced_context import EnhancedContext
        from ..models.freshness import Freshness
        from ..models.history_context import HistoryContext
        from ..models.kubernetes_context import KubernetesContext
        from ..models.metrics_context import MetricsContext
        from ..models.missing_part import MissingPart
        from ..models.patterns_context import PatternsContext
        from ..models.similar_context import SimilarContext
        from ..models.source_freshness import SourceFreshness

        d = dict(src_dict)
        namespace = d.pop("namespace")

        kind = d.pop("kind")

        name = d.pop("name")

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

        alert_name = d.pop("alert_name", UNSET)

        _kubernetes = d.pop("kubernetes", UNSET)
        kubernetes: KubernetesContext | Unset
        if isinstance(_kubernetes, Unset):
            kubernetes = UNSET
        else:
            kubernetes = KubernetesContext.from_dict(_kubernetes)

        _metrics = d.pop("metrics", UNSET)
        metrics: MetricsContext | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = MetricsContext.from_dict(_metrics)

        _history = d.pop("history", UNSET)
        history: HistoryContext | Unset
        if isinstance(_history, Unset):
            history = UNSET
        else:
            history = HistoryContext.from_dict(_history)

        _patterns = d.pop("patterns", UNSET)
        patterns: PatternsContext | Unset
        if isinstance(_patterns, Unset):
            patterns = UNSET
        else:
            patterns = PatternsContext.from_dict(_patterns)

        _similar = d.pop("similar", UNSET)
        similar: SimilarContext | Unset
        if isinstance(_similar, Unset):
            similar = UNSET
        else:
            similar = SimilarContext.from_dict(_similar)

        _enhanced = d.pop("enhanced", UNSET)
        enhanced: EnhancedContext | Unset
        if isinstance(_enhanced, Unset):
            enhanced = UNSET
        else:
            enhanced = EnhancedContext.from_dict(_enhanced)

        investigation_context = cls(
            namespace=namespace,
            kind=kind,
            name=name,
            freshness=freshness,
            sources=sources,
            partial=partial,
            missing=missing,
            alert_name=alert_name,
            kubernetes=kubernetes,
            metrics=metrics,
            history=history,
            patterns=patterns,
            similar=similar,
            enhanced=enhanced,
        )

        investigation_context.additional_properties = d
        return investigation_context

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
