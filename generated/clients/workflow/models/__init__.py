"""Contains all the data models used in inputs/outputs"""

from .action_parameters import ActionParameters
from .action_request import ActionRequest
from .alert_ref import AlertRef
from .alert_ref_annotations import AlertRefAnnotations
from .alert_ref_labels import AlertRefLabels
from .approval import Approval
from .approval_decision import ApprovalDecision
from .approval_preview import ApprovalPreview
from .approval_preview_decision import ApprovalPreviewDecision
from .approval_status import ApprovalStatus
from .assessment import Assessment
from .assessment_outcome import AssessmentOutcome
from .assessment_report import AssessmentReport
from .component_status import ComponentStatus
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_envelope import ErrorEnvelope
from .execute_action_request import ExecuteActionRequest
from .execute_action_response import ExecuteActionResponse
from .execute_context import ExecuteContext
from .gate_decision import GateDecision
from .gate_decision_details import GateDecisionDetails
from .gate_outcome import GateOutcome
from .health import Health
from .health_components import HealthComponents
from .health_status import HealthStatus
from .policy import Policy
from .policy_dry_run_actions import PolicyDryRunActions
from .policy_dry_run_namespaces import PolicyDryRunNamespaces
from .queue_state import QueueState
from .step_name import StepName
from .step_status import StepStatus
from .target import Target
from .token_decision import TokenDecision
from .workflow import Workflow
from .workflow_list import WorkflowList
from .workflow_result import WorkflowResult
from .workflow_risk import WorkflowRisk
from .workflow_status import WorkflowStatus
from .workflow_step import WorkflowStep
from .workflow_step_details import WorkflowStepDetails

__all__ = (
    "ActionParameters",
    "ActionRequest",
    "AlertRef",
    "AlertRefAnnotations",
    "AlertRefLabels",
    "Approval",
    "ApprovalDecision",
    "ApprovalPreview",
    "ApprovalPreviewDecision",
    "ApprovalStatus",
    "Assessment",
    "AssessmentOutcome",
    "AssessmentReport",
    "ComponentStatus",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorEnvelope",
    "ExecuteActionRequest",
    "ExecuteActionResponse",
    "ExecuteContext",
    "GateDecision",
    "GateDecisionDetails",
    "GateOutcome",
    "Health",
    "HealthComponents",
    "HealthStatus",
    "Policy",
    "PolicyDryRunActions",
    "PolicyDryRunNamespaces",
    "QueueState",
    "StepName",
    "StepStatus",
    "Target",
    "TokenDecision",
    "Workflow",
    "WorkflowList",
    "WorkflowResult",
    "WorkflowRisk",
    "WorkflowStatus",
    "WorkflowStep",
    "WorkflowStepDetails",
)
