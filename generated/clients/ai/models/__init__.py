"""Contains all the data models used in inputs/outputs"""

from .action_definition import ActionDefinition
from .action_definition_parameters import ActionDefinitionParameters
from .action_list import ActionList
from .action_name import ActionName
from .alert_payload import AlertPayload
from .alert_payload_status import AlertPayloadStatus
from .analysis_context import AnalysisContext
from .analyze_alert_request import AnalyzeAlertRequest
from .analyze_alert_response import AnalyzeAlertResponse
from .analyze_alert_response_parameters import AnalyzeAlertResponseParameters
from .component_status import ComponentStatus
from .decided_by import DecidedBy
from .decision_details import DecisionDetails
from .enhance_context_request import EnhanceContextRequest
from .enhance_context_request_context_type import EnhanceContextRequestContextType
from .enhance_context_request_raw_context import EnhanceContextRequestRawContext
from .enhance_context_response import EnhanceContextResponse
from .enhanced_context import EnhancedContext
from .enhanced_context_history_item import EnhancedContextHistoryItem
from .enhanced_context_kubernetes import EnhancedContextKubernetes
from .enhanced_context_patterns_item import EnhancedContextPatternsItem
from .enhanced_context_sources import EnhancedContextSources
from .enhancement_options import EnhancementOptions
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_envelope import ErrorEnvelope
from .health import Health
from .health_components import HealthComponents
from .health_status import HealthStatus
from .optimize_workflow_request import OptimizeWorkflowRequest
from .optimize_workflow_response import OptimizeWorkflowResponse
from .reasoning import Reasoning
from .recommendation import Recommendation
from .recommendation_parameters import RecommendationParameters
from .risk_level import RiskLevel
from .rule_definition import RuleDefinition
from .rule_definition_labels import RuleDefinitionLabels
from .rule_definition_origin import RuleDefinitionOrigin
from .rule_definition_parameters import RuleDefinitionParameters
from .rule_list import RuleList
from .string_map import StringMap
from .workflow_change import WorkflowChange
from .workflow_change_type import WorkflowChangeType
from .workflow_constraints import WorkflowConstraints
from .workflow_step import WorkflowStep
from .workflow_step_input import WorkflowStepInput
from .workflow_step_input_parameters import WorkflowStepInputParameters
from .workflow_step_parameters import WorkflowStepParameters

__all__ = (
    "ActionDefinition",
    "ActionDefinitionParameters",
    "ActionList",
    "ActionName",
    "AlertPayload",
    "AlertPayloadStatus",
    "AnalysisContext",
    "AnalyzeAlertRequest",
    "AnalyzeAlertResponse",
    "AnalyzeAlertResponseParameters",
    "ComponentStatus",
    "DecidedBy",
    "DecisionDetails",
    "EnhanceContextRequest",
    "EnhanceContextRequestContextType",
    "EnhanceContextRequestRawContext",
    "EnhanceContextResponse",
    "EnhancedContext",
    "EnhancedContextHistoryItem",
    "EnhancedContextKubernetes",
    "EnhancedContextPatternsItem",
    "EnhancedContextSources",
    "EnhancementOptions",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorEnvelope",
    "Health",
    "HealthComponents",
    "HealthStatus",
    "OptimizeWorkflowRequest",
    "OptimizeWorkflowResponse",
    "Reasoning",
    "Recommendation",
    "RecommendationParameters",
    "RiskLevel",
    "RuleDefinition",
    "RuleDefinitionLabels",
    "RuleDefinitionOrigin",
    "RuleDefinitionParameters",
    "RuleList",
    "StringMap",
    "WorkflowChange",
    "WorkflowChangeType",
    "WorkflowConstraints",
    "WorkflowStep",
    "WorkflowStepInput",
    "WorkflowStepInputParameters",
    "WorkflowStepParameters",
)
