"""Contains all the data models used in inputs/outputs"""

from .action_context import ActionContext
from .action_context_parameters import ActionContextParameters
from .action_context_risk import ActionContextRisk
from .alert_context import AlertContext
from .alert_context_status import AlertContextStatus
from .batch_item_result import BatchItemResult
from .batch_item_result_outcome import BatchItemResultOutcome
from .channel_delivery import ChannelDelivery
from .channel_info import ChannelInfo
from .channel_info_circuit_state import ChannelInfoCircuitState
from .channel_list import ChannelList
from .channel_type import ChannelType
from .component_status import ComponentStatus
from .delivery_status import DeliveryStatus
from .disposition import Disposition
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_envelope import ErrorEnvelope
from .health import Health
from .health_components import HealthComponents
from .health_status import HealthStatus
from .link import Link
from .notification import Notification
from .notification_context import NotificationContext
from .notification_kind import NotificationKind
from .notification_page import NotificationPage
from .notification_request import NotificationRequest
from .notification_status import NotificationStatus
from .notify_batch_request import NotifyBatchRequest
from .notify_batch_response import NotifyBatchResponse
from .record_kind import RecordKind
from .route_test_result import RouteTestResult
from .routing_status import RoutingStatus
from .severity import Severity
from .storm_context import StormContext
from .storm_context_by_kind import StormContextByKind
from .storm_context_by_severity import StormContextBySeverity
from .storm_item import StormItem
from .string_map import StringMap
from .workflow_context import WorkflowContext

__all__ = (
    "ActionContext",
    "ActionContextParameters",
    "ActionContextRisk",
    "AlertContext",
    "AlertContextStatus",
    "BatchItemResult",
    "BatchItemResultOutcome",
    "ChannelDelivery",
    "ChannelInfo",
    "ChannelInfoCircuitState",
    "ChannelList",
    "ChannelType",
    "ComponentStatus",
    "DeliveryStatus",
    "Disposition",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorEnvelope",
    "Health",
    "HealthComponents",
    "HealthStatus",
    "Link",
    "Notification",
    "NotificationContext",
    "NotificationKind",
    "NotificationPage",
    "NotificationRequest",
    "NotificationStatus",
    "NotifyBatchRequest",
    "NotifyBatchResponse",
    "RecordKind",
    "RouteTestResult",
    "RoutingStatus",
    "Severity",
    "StormContext",
    "StormContextByKind",
    "StormContextBySeverity",
    "StormItem",
    "StringMap",
    "WorkflowContext",
)
