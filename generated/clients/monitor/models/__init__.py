"""Contains all the data models used in inputs/outputs"""

from .alert_event import AlertEvent
from .alert_event_ack import AlertEventAck
from .alert_event_labels import AlertEventLabels
from .alert_event_status import AlertEventStatus
from .alert_ref import AlertRef
from .alert_ref_labels import AlertRefLabels
from .assessment import Assessment
from .assessment_list import AssessmentList
from .assessment_status import AssessmentStatus
from .component_status import ComponentStatus
from .effectiveness_group import EffectivenessGroup
from .effectiveness_summary import EffectivenessSummary
from .effectiveness_summary_group_by import EffectivenessSummaryGroupBy
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_envelope import ErrorEnvelope
from .feedback import Feedback
from .feedback_state import FeedbackState
from .get_effectiveness_summary_group_by import GetEffectivenessSummaryGroupBy
from .health import Health
from .health_components import HealthComponents
from .health_status import HealthStatus
from .metric_query import MetricQuery
from .metric_query_better import MetricQueryBetter
from .outcome import Outcome
from .schedule_assessment_request import ScheduleAssessmentRequest
from .schedule_assessment_request_action_parameters import ScheduleAssessmentRequestActionParameters
from .signal import Signal
from .signal_observations import SignalObservations
from .signals import Signals
from .target import Target

__all__ = (
    "AlertEvent",
    "AlertEventAck",
    "AlertEventLabels",
    "AlertEventStatus",
    "AlertRef",
    "AlertRefLabels",
    "Assessment",
    "AssessmentList",
    "AssessmentStatus",
    "ComponentStatus",
    "EffectivenessGroup",
    "EffectivenessSummary",
    "EffectivenessSummaryGroupBy",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorEnvelope",
    "Feedback",
    "FeedbackState",
    "GetEffectivenessSummaryGroupBy",
    "Health",
    "HealthComponents",
    "HealthStatus",
    "MetricQuery",
    "MetricQueryBetter",
    "Outcome",
    "ScheduleAssessmentRequest",
    "ScheduleAssessmentRequestActionParameters",
    "Signal",
    "SignalObservations",
    "Signals",
    "Target",
)
