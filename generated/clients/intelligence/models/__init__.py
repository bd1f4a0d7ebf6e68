"""Contains all the data models used in inputs/outputs"""

from .action_statistics import ActionStatistics
from .action_statistics_list import ActionStatisticsList
from .component_status import ComponentStatus
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_envelope import ErrorEnvelope
from .free_object import FreeObject
from .health import Health
from .health_components import HealthComponents
from .health_status import HealthStatus
from .pattern import Pattern
from .pattern_list import PatternList
from .pattern_type import PatternType
from .recompute_request import RecomputeRequest
from .recompute_result import RecomputeResult
from .recompute_result_patterns import RecomputeResultPatterns
from .recompute_status import RecomputeStatus

__all__ = (
    "ActionStatistics",
    "ActionStatisticsList",
    "ComponentStatus",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorEnvelope",
    "FreeObject",
    "Health",
    "HealthComponents",
    "HealthStatus",
    "Pattern",
    "PatternList",
    "PatternType",
    "RecomputeRequest",
    "RecomputeResult",
    "RecomputeResultPatterns",
    "RecomputeStatus",
)
