"""Validating an action's parameters against its catalogue JSON schema."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator

from .errors import InvalidRequest
from .model import JsonDict


def validate_parameters(
    action: str, parameters: JsonDict, schemas: Mapping[str, Mapping[str, Any]]
) -> None:
    """Raise InvalidRequest listing every violation (an unknown parameter included)."""
    schema = schemas.get(action)
    if schema is None:
        raise InvalidRequest(f"unknown action {action!r}", {"known": sorted(schemas)})
    errors = sorted(Draft202012Validator(schema).iter_errors(parameters), key=lambda e: e.path)
    if errors:
        raise InvalidRequest(
            f"invalid parameters for {action}: {errors[0].message}",
            {
                "errors": [
                    {"path": "/".join(str(p) for p in e.path) or "parameters", "message": e.message}
                    for e in errors
                ]
            },
        )
