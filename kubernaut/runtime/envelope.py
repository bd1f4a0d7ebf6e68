"""The one place where every error becomes the seed's error envelope (§4.1.2).

Covers our ``ApiError`` hierarchy, Connexion's problems (validation, 404, 405, 415,
security), Starlette's HTTP exceptions, bodies that are not JSON or not UTF-8, request
bodies the generated models refuse (400), and anything unexpected — including a response
model our own code failed to build — as a 500 that leaks no internals.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException

from . import context
from .errors import ApiError, ValidationFailed

log = logging.getLogger(__name__)

_CODES = {
    400: "VALIDATION_FAILED",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    406: "NOT_ACCEPTABLE",
    409: "CONFLICT",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "UNPROCESSABLE",
    429: "RATE_LIMITED",
    500: "INTERNAL_ERROR",
    501: "NOT_IMPLEMENTED",
    502: "UPSTREAM_ERROR",
    503: "SERVICE_UNAVAILABLE",
    504: "TIMEOUT",
}


def envelope(
    status: int, code: str | None, message: str, details: dict[str, Any] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "code": code or _CODES.get(status, "BAD_REQUEST" if status < 500 else "INTERNAL_ERROR"),
        "message": message,
        "request_id": context.current_request_id(),
        "timestamp": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
    }
    if details:
        body["details"] = details
    return {"error": body}


def envelope_bytes(
    status: int, code: str | None, message: str, details: dict[str, Any] | None = None
) -> bytes:
    return json.dumps(envelope(status, code, message, details), default=str).encode()


def _response(
    status: int,
    code: str | None,
    message: str,
    details: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> ConnexionResponse:
    return ConnexionResponse(
        status_code=status,
        mimetype="application/json",
        content_type="application/json",
        body=envelope_bytes(status, code, message, details),
        headers=headers or {},
    )


def _path(request: ConnexionRequest) -> str:
    return str(request.url.path)


def on_api_error(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, ApiError)
    if exc.status >= 500:
        log.error("%s %s failed: %s", request.method, _path(request), exc.message)
    return _response(exc.status, exc.code, exc.message, exc.details)


def on_problem(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, ProblemException)
    status = exc.status or 500
    detail = exc.detail or exc.title or "request failed"
    code = _CODES.get(status)
    if status == 400 and isinstance(exc.__context__, (json.JSONDecodeError, UnicodeDecodeError)):
        code = "MALFORMED_JSON"
    details: dict[str, Any] = {"path": _path(request)}
    if exc.title and exc.title != detail:
        details["title"] = exc.title
    headers = dict(exc.headers or {})
    headers.pop("Content-Type", None)
    if status >= 500:
        log.error("%s %s: %s", request.method, _path(request), detail)
    return _response(status, code, str(detail), details, headers)


def on_http_exception(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    return _http_exception(request, exc, {})


def _http_exception(
    request: ConnexionRequest, exc: Exception, allowed: Mapping[str, str]
) -> ConnexionResponse:
    assert isinstance(exc, HTTPException)
    # Keep the exception's headers: a 405 must say which methods are allowed (RFC 9110 `Allow`).
    headers = dict(exc.headers or {})
    headers.pop("Content-Type", None)
    if exc.status_code == 405:
        # The router answers for the one route it tried; the path may have more methods.
        for pattern, methods in allowed.items():
            if re.fullmatch(pattern, _path(request)):
                headers["Allow"] = methods
                break
    return _response(exc.status_code, None, str(exc.detail), {"path": _path(request)}, headers)


def allow_table(operations: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``{path regex: "GET, HEAD, POST"}`` from the spec's (method, path template) pairs."""
    by_path: dict[str, set[str]] = {}
    for method, path in operations:
        by_path.setdefault(path, set()).add(method.upper())
    table = {}
    # literal segments win over templates (/alerts/batch before /alerts/{alert_id})
    for path, methods in sorted(by_path.items(), key=lambda item: item[0].count("{")):
        if "GET" in methods:
            methods.add("HEAD")
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path))
        table[pattern] = ", ".join(sorted(methods))
    return table


def on_bad_encoding(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    # Connexion decodes JSON bodies itself and lets these escape as a 500 (upstream #1860).
    return _response(400, "MALFORMED_JSON", f"request body is not valid UTF-8 JSON: {exc}")


def body_validation_error(exc: ValidationError) -> ValidationFailed:
    """A request body the generated model refuses (stricter than the schema): a 400."""
    errors = [
        {"loc": ".".join(str(part) for part in err["loc"]), "msg": err["msg"]}
        for err in exc.errors(include_url=False, include_input=False)
    ]
    return ValidationFailed("request does not match the schema", {"errors": errors})


def on_unexpected(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    log.exception("unhandled error in %s %s", request.method, _path(request), exc_info=exc)
    return _response(
        500, "INTERNAL_ERROR", "unexpected error; see the service log for this request id"
    )


def install(app: Any, allowed: Mapping[str, str] | None = None) -> None:
    """Register every handler on a Connexion app (``allowed``: see ``allow_table``)."""
    table = dict(allowed or {})

    def on_http(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
        return _http_exception(request, exc, table)

    app.add_error_handler(ApiError, on_api_error)
    app.add_error_handler(ProblemException, on_problem)
    app.add_error_handler(HTTPException, on_http)
    app.add_error_handler(UnicodeDecodeError, on_bad_encoding)
    app.add_error_handler(json.JSONDecodeError, on_bad_encoding)
    app.add_error_handler(Exception, on_unexpected)
