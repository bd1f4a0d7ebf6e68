"""Contains all the data models used in inputs/outputs"""

from .action_parameters import ActionParameters
from .action_type import ActionType
from .api_call import ApiCall
from .api_call_body import ApiCallBody
from .component_status import ComponentStatus
from .condition_report import ConditionReport
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_envelope import ErrorEnvelope
from .execution_error import ExecutionError
from .execution_list import ExecutionList
from .execution_request import ExecutionRequest
from .execution_result import ExecutionResult
from .execution_result_diagnostics import ExecutionResultDiagnostics
from .execution_status import ExecutionStatus
from .health import Health
from .health_components import HealthComponents
from .health_status import HealthStatus
from .object_condition import ObjectCondition
from .observed import Observed
from .observed_after import ObservedAfter
from .observed_before import ObservedBefore
from .permission_check import PermissionCheck
from .pod_health import PodHealth
from .replica_counts import ReplicaCounts
from .target import Target
from .target_kind import TargetKind
from .target_state import TargetState
from .target_state_details import TargetStateDetails
from .undo_request import UndoRequest

__all__ = (
    "ActionParameters",
    "ActionType",
    "ApiCall",
    "ApiCallBody",
    "ComponentStatus",
    "ConditionReport",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorEnvelope",
    "ExecutionError",
    "ExecutionList",
    "ExecutionRequest",
    "ExecutionResult",
    "ExecutionResultDiagnostics",
    "ExecutionStatus",
    "Health",
    "HealthComponents",
    "HealthStatus",
    "ObjectCondition",
    "Observed",
    "ObservedAfter",
    "ObservedBefore",
    "PermissionCheck",
    "PodHealth",
    "ReplicaCounts",
    "Target",
    "TargetKind",
    "TargetState",
    "TargetStateDetails",
    "UndoRequest",
)
