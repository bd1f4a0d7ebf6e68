"""The executor's own error hierarchy.

Every failure of a Kubernetes call (``ApiException``, urllib3 errors, decoding errors)
is translated into one of these by the Kubernetes adapter, so no client-library
exception ever crosses the adapter boundary; handlers map them onto the runtime's
envelope errors in one table.
"""

from __future__ import annotations

from typing import Any, ClassVar


class ExecutorError(Exception):
    """Base class: a message safe to show to an operator plus structured details."""

    code: ClassVar[str] = "INTERNAL_ERROR"

    def __init__(self, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class InvalidRequest(ExecutorError):
    """The action or its parameters are invalid (before anything was sent)."""

    code = "VALIDATION_FAILED"


class TargetNotFound(ExecutorError):
    """The target (or an object it needs) does not exist."""

    code = "NOT_FOUND"


class PermissionDenied(ExecutorError):
    """A SelfSubjectAccessReview or the API server refused a verb (401/403)."""

    code = "FORBIDDEN"


class ConflictError(ExecutorError):
    """Concurrent modification that persisted after retries with a fresh resourceVersion."""

    code = "CONFLICT"


class PreconditionFailed(ExecutorError):
    """The target is not in a state the action can apply to (no previous revision, ...)."""

    code = "CONFLICT"


class EvictionBlocked(ExecutorError):
    """An eviction was refused with 429 (a PodDisruptionBudget would be violated)."""

    code = "RATE_LIMITED"


class ClusterRejected(ExecutorError):
    """The API server refused the request as invalid (400/422)."""

    code = "UPSTREAM_ERROR"


class ClusterUnavailable(ExecutorError):
    """The API server could not be reached, timed out or answered 5xx."""

    code = "SERVICE_UNAVAILABLE"


class AuditUnavailable(ExecutorError):
    """storage-service did not take the audit entry (it stays in the outbox)."""

    code = "SERVICE_UNAVAILABLE"
