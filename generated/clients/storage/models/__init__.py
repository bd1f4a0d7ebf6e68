"""Contains all the data models used in inputs/outputs"""

from .action_record import ActionRecord
from .alert_batch_result import AlertBatchResult
from .alert_page import AlertPage
from .alert_record import AlertRecord
from .alert_ref import AlertRef
from .alert_status import AlertStatus
from .assessment_outcome import AssessmentOutcome
from .assessment_page import AssessmentPage
from .assessment_record import AssessmentRecord
from .audit_batch_request import AuditBatchRequest
from .audit_batch_result import AuditBatchResult
from .audit_entry import AuditEntry
from .audit_entry_input import AuditEntryInput
from .audit_page import AuditPage
from .audit_verification import AuditVerification
from .component_status import ComponentStatus
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_envelope import ErrorEnvelope
from .execution_record import ExecutionRecord
from .execution_status import ExecutionStatus
from .free_object import FreeObject
from .health import Health
from .health_components import HealthComponents
from .health_status import HealthStatus
from .history_entry import HistoryEntry
from .history_page import HistoryPage
from .labels import Labels
from .lifecycle_event import LifecycleEvent
from .lifecycle_event_input import LifecycleEventInput
from .outcome import Outcome
from .pattern import Pattern
from .pattern_input import PatternInput
from .pattern_page import PatternPage
from .pattern_type import PatternType
from .purge_request import PurgeRequest
from .purge_result import PurgeResult
from .purge_result_deleted import PurgeResultDeleted
from .reasoning import Reasoning
from .signals import Signals
from .similar_incident import SimilarIncident
from .similar_query import SimilarQuery
from .similar_result import SimilarResult
from .store_action_request import StoreActionRequest
from .store_alert_batch_request import StoreAlertBatchRequest
from .store_alert_request import StoreAlertRequest
from .store_assessment_request import StoreAssessmentRequest
from .store_execution_request import StoreExecutionRequest
from .store_patterns_request import StorePatternsRequest
from .store_patterns_result import StorePatternsResult
from .target import Target
from .workflow_event import WorkflowEvent
from .workflow_event_input import WorkflowEventInput
from .workflow_event_page import WorkflowEventPage

__all__ = (
    "ActionRecord",
    "AlertBatchResult",
    "AlertPage",
    "AlertRecord",
    "AlertRef",
    "AlertStatus",
    "AssessmentOutcome",
    "AssessmentPage",
    "AssessmentRecord",
    "AuditBatchRequest",
    "AuditBatchResult",
    "AuditEntry",
    "AuditEntryInput",
    "AuditPage",
    "AuditVerification",
    "ComponentStatus",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorEnvelope",
    "ExecutionRecord",
    "ExecutionStatus",
    "FreeObject",
    "Health",
    "HealthComponents",
    "HealthStatus",
    "HistoryEntry",
    "HistoryPage",
    "Labels",
    "LifecycleEvent",
    "LifecycleEventInput",
    "Outcome",
    "Pattern",
    "PatternInput",
    "PatternPage",
    "PatternType",
    "PurgeRequest",
    "PurgeResult",
    "PurgeResultDeleted",
    "Reasoning",
    "Signals",
    "SimilarIncident",
    "SimilarQuery",
    "SimilarResult",
    "StoreActionRequest",
    "StoreAlertBatchRequest",
    "StoreAlertRequest",
    "StoreAssessmentRequest",
    "StoreExecutionRequest",
    "StorePatternsRequest",
    "StorePatternsResult",
    "Target",
    "WorkflowEvent",
    "WorkflowEventInput",
    "WorkflowEventPage",
)
