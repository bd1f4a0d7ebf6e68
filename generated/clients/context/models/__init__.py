"""Contains all the data models used in inputs/outputs"""

from .component_status import ComponentStatus
from .condition import Condition
from .container_state import ContainerState
from .container_state_state import ContainerStateState
from .enhanced_context import EnhancedContext
from .enhanced_context_enhanced_context import EnhancedContextEnhancedContext
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_envelope import ErrorEnvelope
from .freshness import Freshness
from .health import Health
from .health_components import HealthComponents
from .health_status import HealthStatus
from .history_context import HistoryContext
from .history_item import HistoryItem
from .investigation_context import InvestigationContext
from .k8s_event import K8SEvent
from .kubernetes_context import KubernetesContext
from .metric_point import MetricPoint
from .metric_series import MetricSeries
from .metric_series_labels import MetricSeriesLabels
from .metrics_context import MetricsContext
from .missing_part import MissingPart
from .object_summary import ObjectSummary
from .object_summary_labels import ObjectSummaryLabels
from .object_summary_selector import ObjectSummarySelector
from .object_summary_status import ObjectSummaryStatus
from .owner_ref import OwnerRef
from .pattern_item import PatternItem
from .patterns_context import PatternsContext
from .pod_state import PodState
from .replicas import Replicas
from .similar_context import SimilarContext
from .similar_incident import SimilarIncident
from .source_freshness import SourceFreshness
from .statistic_item import StatisticItem

__all__ = (
    "ComponentStatus",
    "Condition",
    "ContainerState",
    "ContainerStateState",
    "EnhancedContext",
    "EnhancedContextEnhancedContext",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorEnvelope",
    "Freshness",
    "Health",
    "HealthComponents",
    "HealthStatus",
    "HistoryContext",
    "HistoryItem",
    "InvestigationContext",
    "K8SEvent",
    "KubernetesContext",
    "MetricPoint",
    "MetricSeries",
    "MetricSeriesLabels",
    "MetricsContext",
    "MissingPart",
    "ObjectSummary",
    "ObjectSummaryLabels",
    "ObjectSummarySelector",
    "ObjectSummaryStatus",
    "OwnerRef",
    "PatternItem",
    "PatternsContext",
    "PodState",
    "Replicas",
    "SimilarContext",
    "SimilarIncident",
    "SourceFreshness",
    "StatisticItem",
)
