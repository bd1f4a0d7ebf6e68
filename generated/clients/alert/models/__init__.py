"""Contains all the data models used in inputs/outputs"""

from .alert_event import AlertEvent
from .alert_event_batch import AlertEventBatch
from .alert_event_source import AlertEventSource
from .alert_page import AlertPage
from .alert_record import AlertRecord
from .alert_status import AlertStatus
from .analysis import Analysis
from .analysis_parameters import AnalysisParameters
from .analysis_reasoning import AnalysisReasoning
from .classification import Classification
from .classification_priority import ClassificationPriority
from .coalesced_info import CoalescedInfo
from .component_status import ComponentStatus
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_envelope import ErrorEnvelope
from .health import Health
from .health_components import HealthComponents
from .health_status import HealthStatus
from .hop_name import HopName
from .hop_outcome import HopOutcome
from .hop_result import HopResult
from .ingest_outcome import IngestOutcome
from .ingest_receipt import IngestReceipt
from .ingest_result import IngestResult
from .label_set import LabelSet
from .lifecycle_state import LifecycleState
from .normalization import Normalization
from .normalize_request import NormalizeRequest
from .normalized_alert import NormalizedAlert
from .owner import Owner
from .severity import Severity
from .target import Target
from .transition import Transition
from .workflow_ref import WorkflowRef

__all__ = (
    "AlertEvent",
    "AlertEventBatch",
    "AlertEventSource",
    "AlertPage",
    "AlertRecord",
    "AlertStatus",
    "Analysis",
    "AnalysisParameters",
    "AnalysisReasoning",
    "Classification",
    "ClassificationPriority",
    "CoalescedInfo",
    "ComponentStatus",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorEnvelope",
    "Health",
    "HealthComponents",
    "HealthStatus",
    "HopName",
    "HopOutcome",
    "HopResult",
    "IngestOutcome",
    "IngestReceipt",
    "IngestResult",
    "LabelSet",
    "LifecycleState",
    "Normalization",
    "NormalizeRequest",
    "NormalizedAlert",
    "Owner",
    "Severity",
    "Target",
    "Transition",
    "WorkflowRef",
)
