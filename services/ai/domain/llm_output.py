"""Parse and validate what an LLM answered; anything doubtful is rejected, never repaired
into an action.

Accepted: one JSON object (bare, in a ```json fence, or embedded in prose) with a
catalogue action, parameters valid for it, a confidence in [0, 1] and a reasoning. The
action must also stay on the alert: ``namespace`` must be the alert's namespace and
``resource`` one of the alert's candidate targets, so that text injected into an
annotation cannot redirect an action to another object.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from .catalogue import Catalogue
from .models import Decision, Target

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.DOTALL)


class InvalidLlmOutput(ValueError):
    """The answer is not a valid decision; the message says why (sent back on retry)."""


def extract_json(text: str) -> dict[str, Any]:
    if not isinstance(text, str) or not text.strip():
        raise InvalidLlmOutput("empty answer")
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    decoder = json.JSONDecoder()
    for candidate in candidates:
        candidate = candidate.strip()
        for start in [i for i, ch in enumerate(candidate) if ch == "{"][:20]:
            try:
                value, _ = decoder.raw_decode(candidate, start)
            except json.JSONDecodeError:
                continue
            if isinstance(value, dict):
                return value
    raise InvalidLlmOutput("no JSON object found in the answer")


def parse_decision(
    text: str,
    catalogue: Catalogue,
    *,
    namespace: str | None,
    targets: Iterable[Target],
    provider: str,
    model: str,
) -> Decision:
    data = extract_json(text)
    action = data.get("action")
    if not isinstance(action, str) or action not in catalogue:
        raise InvalidLlmOutput(
            f"'action' must be one of {', '.join(catalogue.names())}, got {action!r}"
        )
    params = data.get("parameters", {})
    if not isinstance(params, dict):
        raise InvalidLlmOutput("'parameters' must be a JSON object")
    confidence = data.get("confidence")
    if isinstance(confidence, bool) or not isinstance(confidence, int | float):
        raise InvalidLlmOutput("'confidence' must be a number between 0 and 1")
    if not 0 <= confidence <= 1:
        raise InvalidLlmOutput(f"'confidence' {confidence} is outside [0, 1]")
    summary, primary = _reasoning(data.get("reasoning"))
    errors = catalogue.validate(action, params)
    if errors:
        raise InvalidLlmOutput(f"invalid parameters for {action}: " + "; ".join(errors))
    scope_error = out_of_scope(catalogue, action, params, namespace=namespace, targets=targets)
    if scope_error:
        raise InvalidLlmOutput(scope_error)
    return Decision(
        action=action,
        confidence=float(confidence),
        parameters=params,
        summary=summary.strip()[:2000],
        primary_reason=primary.strip()[:2000],
        decided_by="llm",
        provider=provider,
        model=model,
    )


def out_of_scope(
    catalogue: Catalogue,
    action: str,
    params: dict[str, Any],
    *,
    namespace: str | None,
    targets: Iterable[Target],
) -> str | None:
    """Why the parameters point outside the alert, or None when they stay on it."""
    spec = catalogue.get(action)
    if action == "notify_only" or spec is None:
        return None  # notify_only touches nothing; unknown actions fail validation
    kinds = set(spec.target_kinds)
    target_list = [t for t in targets if not kinds or t.kind in kinds]
    ns = params.get("namespace")
    if ns is not None and namespace is not None and ns != namespace:
        return f"namespace {ns!r} is not the alert's namespace {namespace!r}"
    resource = params.get("resource")
    allowed = {t.name for t in target_list}
    if resource is not None and resource not in allowed:
        return (
            f"resource {resource!r} is not a target of this alert "
            f"(candidates: {', '.join(sorted(allowed)) or 'none'})"
        )
    return None


def _reasoning(reasoning: Any) -> tuple[str, str]:
    if isinstance(reasoning, str) and reasoning.strip():
        return reasoning, reasoning
    if isinstance(reasoning, dict):
        summary = reasoning.get("summary")
        primary = reasoning.get("primary_reason", summary)
        if isinstance(summary, str) and isinstance(primary, str) and summary.strip():
            return summary, primary
    raise InvalidLlmOutput("'reasoning' needs text 'summary' and 'primary_reason'")
