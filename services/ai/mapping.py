"""Between the generated API models and the domain's value objects."""

from __future__ import annotations

from typing import Any

from generated.models import ai as m

from .analyzer import AnalysisResult
from .domain.catalogue import ActionSpec
from .domain.models import Alert
from .domain.optimize import Optimized


def alert_from_api(payload: m.AlertPayload) -> Alert:
    return Alert(
        name=payload.name,
        severity=(payload.severity or "warning").strip() or "warning",
        namespace=payload.namespace or None,
        resource=payload.resource or None,
        kind=payload.kind or None,
        labels=_strings(payload.labels.root if payload.labels else {}),
        annotations=_strings(payload.annotations.root if payload.annotations else {}),
        fingerprint=payload.fingerprint or None,
        status=payload.status or "firing",
        starts_at=payload.starts_at,
    )


def _strings(values: dict[str, Any]) -> dict[str, str]:
    return {str(k): str(getattr(v, "root", v)) for k, v in values.items()}


def analysis_to_api(result: AnalysisResult) -> m.AnalyzeAlertResponse:
    return m.AnalyzeAlertResponse.model_validate(
        {
            "action": result.action,
            "confidence": result.confidence,
            "reasoning": {
                "summary": result.summary,
                "primary_reason": result.primary_reason,
                "historical_context": result.historical_context,
                "oscillation_risk": result.oscillation_risk,
            },
            "parameters": result.parameters,
            "decided_by": result.decided_by,
            "risk": result.risk,
            "oscillation_level": result.oscillation_level,
            "decision": result.details,
        }
    )


def action_to_api(spec: ActionSpec) -> m.ActionDefinition:
    return m.ActionDefinition.model_validate(spec.to_dict())


def optimized_to_api(workflow_id: str | None, result: Optimized) -> m.OptimizeWorkflowResponse:
    return m.OptimizeWorkflowResponse.model_validate(
        {
            "workflow_id": workflow_id,
            "steps": [
                {"action": s.action, "parameters": s.parameters, "risk": s.risk}
                for s in result.steps
            ],
            "changes": [
                {"type": c.type, "step_index": c.step_index, "action": c.action, "reason": c.reason}
                for c in result.changes
            ],
            "estimated_risk": result.estimated_risk,
            "requires_approval": result.requires_approval,
            "confidence": result.confidence,
            "historical_context": result.historical_context,
        }
    )
