from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.metrics_context import MetricsContext
from ...types import UNSET, Response, Unset


def _get_kwargs(
    namespace: str,
    kind: str,
    name: str,
    *,
    range_seconds: int | Unset = 3600,
    step_seconds: int | Unset = 60,
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

    params: dict[str, Any] = {}

    params["range_seconds"] = range_seconds

    params["step_seconds"] = step_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/context/metrics/{namespace}/{kind}/{name}".format(
            namespace=quote(str(namespace), safe=""),
            kind=quote(str(kind), safe=""),
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MetricsContext | None:
    if response.status_code == 200:
        response_200 = MetricsContext.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

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
) -> Response[ErrorEnvelope | MetricsContext]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace: str,
    kind: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    range_seconds: int | Unset = 3600,
    step_seconds: int | Unset = 60,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MetricsContext]:
    """Key metric series of a resource from Prometheus

     Runs the configured PromQL queries for the resource's kind (memory, CPU,
    restarts, readiness...) over the last `range_seconds`. A query that fails is
    named in `missing`; if Prometheus is unreachable the answer is 503.

    Args:
        namespace (str):
        kind (str):
        name (str):
        range_seconds (int | Unset):  Default: 3600.
        step_seconds (int | Unset):  Default: 60.
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MetricsContext]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        kind=kind,
        name=name,
        range_seconds=range_seconds,
        step_seconds=step_seconds,
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
    namespace: str,
    kind: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    range_seconds: int | Unset = 3600,
    step_seconds: int | Unset = 60,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> ErrorEnvelope | MetricsContext | None:
    """Key metric series of a resource from Prometheus

     Runs the configured PromQL queries for the resource's kind (memory, CPU,
    restarts, readiness...) over the last `range_seconds`. A query that fails is
    named in `missing`; if Prometheus is unreachable the answer is 503.

    Args:
        namespace (str):
        kind (str):
        name (str):
        range_seconds (int | Unset):  Default: 3600.
        step_seconds (int | Unset):  Default: 60.
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MetricsContext
    """

    return sync_detailed(
        namespace=namespace,
        kind=kind,
        name=name,
        client=client,
        range_seconds=range_seconds,
        step_seconds=step_seconds,
        x_request_id=x_request_id,
        x_service_name=x_service_name,
        x_service_version=x_service_version,
        x_trace_id=x_trace_id,
        x_span_id=x_span_id,
        x_parent_span_id=x_parent_span_id,
        x_trace_flags=x_trace_flags,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    kind: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    range_seconds: int | Unset = 3600,
    step_seconds: int | Unset = 60,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MetricsContext]:
    """Key metric series of a resource from Prometheus

     Runs the configured PromQL queries for the resource's kind (memory, CPU,
    restarts, readiness...) over the last `range_seconds`. A query that fails is
    named in `missing`; if Prometheus is unreachable the answer is 503.

    Args:
        namespace (str):
        kind (str):
        name (str):
        range_seconds (int | Unset):  Default: 3600.
        step_seconds (int | Unset):  Default: 60.
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MetricsContext]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        kind=kind,
        name=name,
        range_seconds=range_seconds,
        step_seconds=step_seconds,
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
    namespace: str,
    kind: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    range_seconds: int | Unset = 3600,
    step_seconds: int | Unset = 60,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> ErrorEnvelope | MetricsContext | None:
    """Key metric series of a resource from Prometheus

     Runs the configured PromQL queries for the resource's kind (memory, CPU,
    restarts, readiness...) over the last `range_seconds`. A query that fails is
    named in `missing`; if Prometheus is unreachable the answer is 503.

    Args:
        namespace (str):
        kind (str):
        name (str):
        range_seconds (int | Unset):  Default: 3600.
        step_seconds (int | Unset):  Default: 60.
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MetricsContext
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            kind=kind,
            name=name,
            client=client,
            range_seconds=range_seconds,
            step_seconds=step_seconds,
            x_request_id=x_request_id,
            x_service_name=x_service_name,
            x_service_version=x_service_version,
            x_trace_id=x_trace_id,
            x_span_id=x_span_id,
            x_parent_span_id=x_parent_span_id,
            x_trace_flags=x_trace_flags,
        )
    ).parsed
