"""Kubernaut's error hierarchy. Every one of them becomes the seed's error envelope.

Handlers and domain code raise these; the runtime maps them (and Connexion's problems,
Starlette's HTTP errors, malformed bodies and anything unexpected) to the envelope in
one place: ``kubernaut.runtime.envelope``.
"""

from __future__ import annotations

from typing import Any, ClassVar


class ApiError(Exception):
    """An error with an HTTP status and a machine-readable code."""

    status: ClassVar[int] = 500
    code: ClassVar[str] = "INTERNAL_ERROR"

    def __init__(self, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class BadRequest(ApiError):
    status, code = 400, "BAD_REQUEST"


class ValidationFailed(BadRequest):
    code = "VALIDATION_FAILED"


class Unauthorized(ApiError):
    status, code = 401, "UNAUTHORIZED"


class Forbidden(ApiError):
    status, code = 403, "FORBIDDEN"


class NotFound(ApiError):
    status, code = 404, "NOT_FOUND"


class Conflict(ApiError):
    status, code = 409, "CONFLICT"


class PayloadTooLarge(ApiError):
    status, code = 413, "PAYLOAD_TOO_LARGE"


class Unprocessable(ApiError):
    status, code = 422, "UNPROCESSABLE"


class TooManyRequests(ApiError):
    status, code = 429, "RATE_LIMITED"


class InternalError(ApiError):
    status, code = 500, "INTERNAL_ERROR"


class NotImplementedYet(ApiError):
    status, code = 501, "NOT_IMPLEMENTED"


class UpstreamError(ApiError):
    status, code = 502, "UPSTREAM_ERROR"


class ServiceUnavailable(ApiError):
    status, code = 503, "SERVICE_UNAVAILABLE"


class GatewayTimeout(ApiError):
    status, code = 504, "TIMEOUT"
