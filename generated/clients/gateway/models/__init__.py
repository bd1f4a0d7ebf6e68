"""Contains all the data models used in inputs/outputs"""

from .alert_labels import AlertLabels
from .alert_status import AlertStatus
from .alertmanager_alert import AlertmanagerAlert
from .alertmanager_webhook import AlertmanagerWebhook
from .component_status import ComponentStatus
from .delivery_state import DeliveryState
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_envelope import ErrorEnvelope
from .event_receipt import EventReceipt
from .health import Health
from .health_components import HealthComponents
from .health_status import HealthStatus
from .intake_event import IntakeEvent
from .intake_event_page import IntakeEventPage
from .intake_outcome import IntakeOutcome
from .intake_receipt import IntakeReceipt
from .intake_stats import IntakeStats
from .intake_stats_downstream import IntakeStatsDownstream
from .label_set import LabelSet
from .seed_alert import SeedAlert
from .single_alert_context import SingleAlertContext
from .single_alert_request import SingleAlertRequest

__all__ = (
    "AlertLabels",
    "AlertStatus",
    "AlertmanagerAlert",
    "AlertmanagerWebhook",
    "ComponentStatus",
    "DeliveryState",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorEnvelope",
    "EventReceipt",
    "Health",
    "HealthComponents",
    "HealthStatus",
    "IntakeEvent",
    "IntakeEventPage",
    "IntakeOutcome",
    "IntakeReceipt",
    "IntakeStats",
    "IntakeStatsDownstream",
    "LabelSet",
    "SeedAlert",
    "SingleAlertContext",
    "SingleAlertRequest",
)
