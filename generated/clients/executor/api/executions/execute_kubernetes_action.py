from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.execution_request import ExecutionRequest
from ...models.execution_result import ExecutionResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExecutionRequest,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    if not isinstance(x_service_name, Unset):
        headers["X-Service-Name"] = x_service_name

    if not isinstance(x_service_version, Unset):
        headers["X-Service-Version"] = x_service_version

    if not isinstance(x_trace_id, Unset):
        headers["X-Trace-ID"] = x_trace_id

    if not isinstance(x_span_id, Unset):
        headers["X-Span-ID"] = x_span_id

    if not isinstance(x_parent_span_id, Unset):
        headers["X-Parent-Span-ID"] = x_parent_span_id

    if not isinstance(x_trace_flags, Unset):
        headers["X-Trace-Flags"] = x_trace_flags

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/executions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ExecutionResult | None:
    if response.status_code == 200:
        response_200 = ExecutionResult.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = ExecutionResult.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorEnvelope.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorEnvelope.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ExecutionResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExecutionRequest,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ExecutionResult]:
    """Execute one catalogue action against the cluster

     Runs the action synchronously (bounded by `timeout_seconds`) and answers with the
    full result. Idempotent on `execution_id`: a repeated request with the same id and
    the same action/parameters/dry_run returns the recorded result without touching
    the cluster again; the same id with a different request is a 409. While the first
    request is still running a duplicate answers 409 (or 202 with `wait: false`).
    Records left `running` by a crash are marked `failed` (error INTERRUPTED) when the
    service starts again.

    Errors that happen before anything changed (unknown target → 404, permission
    denied by SelfSubjectAccessReview or the API server → 403, invalid parameters
    → 400, cluster unreachable or no credentials for a real run → 503, StorageClass
    not allowing expansion or no previous revision → 409) answer with the error
    envelope and are not recorded as completed, so they may be retried.
    Once a mutating call has been accepted, the outcome is always a 200 result whose
    `status` says `succeeded`, `failed` (a later call failed; see `error`) or
    `timed_out` (the changes were made but the expected condition was not reached
    in time).

    Args:
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):
        body (ExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ExecutionResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_request_id=x_request_id,
        x_service_name=x_service_name,
        x_service_version=x_service_version,
        x_trace_id=x_trace_id,
        x_span_id=x_span_id,
        x_parent_span_id=x_parent_span_id,
        x_trace_flags=x_trace_flags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExecutionRequest,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> ErrorEnvelope | ExecutionResult | None:
    """Execute one catalogue action against the cluster

     Runs the action synchronously (bounded by `timeout_seconds`) and answers with the
    full result. Idempotent on `execution_id`: a repeated request with the same id and
    the same action/parameters/dry_run returns the recorded result without touching
    the cluster again; the same id with a different request is a 409. While the first
    request is still running a duplicate answers 409 (or 202 with `wait: false`).
    Records left `running` by a crash are marked `failed` (error INTERRUPTED) when the
    service starts again.

    Errors that happen before anything changed (unknown target → 404, permission
    denied by SelfSubjectAccessReview or the API server → 403, invalid parameters
    → 400, cluster unreachable or no credentials for a real run → 503, StorageClass
    not allowing expansion or no previous revision → 409) answer with the error
    envelope and are not recorded as completed, so they may be retried.
    Once a mutating call has been accepted, the outcome is always a 200 result whose
    `status` says `succeeded`, `failed` (a later call failed; see `error`) or
    `timed_out` (the changes were made but the expected condition was not reached
    in time).

    Args:
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):
        body (ExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ExecutionResult
    """

    return sync_detailed(
        client=client,
        body=body,
        x_request_id=x_request_id,
        x_service_name=x_service_name,
        x_service_version=x_service_version,
        x_trace_id=x_trace_id,
        x_span_id=x_span_id,
        x_parent_span_id=x_parent_span_id,
        x_trace_flags=x_trace_flags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExecutionRequest,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ExecutionResult]:
    """Execute one catalogue action against the cluster

     Runs the action synchronously (bounded by `timeout_seconds`) and answers with the
    full result. Idempotent on `execution_id`: a repeated request with the same id and
    the same action/parameters/dry_run returns the recorded result without touching
    the cluster again; the same id with a different request is a 409. While the first
    request is still running a duplicate answers 409 (or 202 with `wait: false`).
    Records left `running` by a crash are marked `failed` (error INTERRUPTED) when the
    service starts again.

    Errors that happen before anything changed (unknown target → 404, permission
    denied by SelfSubjectAccessReview or the API server → 403, invalid parameters
    → 400, cluster unreachable or no credentials for a real run → 503, StorageClass
    not allowing expansion or no previous revision → 409) answer with the error
    envelope and are not recorded as completed, so they may be retried.
    Once a mutating call has been accepted, the outcome is always a 200 result whose
    `status` says `succeeded`, `failed` (a later call failed; see `error`) or
    `timed_out` (the changes were made but the expected condition was not reached
    in time).

    Args:
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):
        body (ExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ExecutionResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_request_id=x_request_id,
        x_service_name=x_service_name,
        x_service_version=x_service_version,
        x_trace_id=x_trace_id,
        x_span_id=x_span_id,
        x_parent_span_id=x_parent_span_id,
        x_trace_flags=x_trace_flags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExecutionRequest,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> ErrorEnvelope | ExecutionResult | None:
    """Execute one catalogue action against the cluster

     Runs the action synchronously (bounded by `timeout_seconds`) and answers with the
    full result. Idempotent on `execution_id`: a repeated request with the same id and
    the same action/parameters/dry_run returns the recorded result without touching
    the cluster again; the same id with a different request is a 409. While the first
    request is still running a duplicate answers 409 (or 202 with `wait: false`).
    Records left `running` by a crash are marked `failed` (error INTERRUPTED) when the
    service starts again.

    Errors that happen before anything changed (unknown target → 404, permission
    denied by SelfSubjectAccessReview or the API server → 403, invalid parameters
    → 400, cluster unreachable or no credentials for a real run → 503, StorageClass
    not allowing expansion or no previous revision → 409) answer with the error
    envelope and are not recorded as completed, so they may be retried.
    Once a mutating call has been accepted, the outcome is always a 200 result whose
    `status` says `succeeded`, `failed` (a later call failed; see `error`) or
    `timed_out` (the changes were made but the expected condition was not reached
    in time).

    Args:
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):
        body (ExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ExecutionResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_request_id=x_request_id,
            x_service_name=x_service_name,
            x_service_version=x_service_version,
            x_trace_id=x_trace_id,
            x_span_id=x_span_id,
            x_parent_span_id=x_parent_span_id,
            x_trace_flags=x_trace_flags,
        )
    ).parsed
