from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assessment_report import AssessmentReport
from ...models.error_envelope import ErrorEnvelope
from ...models.workflow import Workflow
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
    *,
    body: AssessmentReport,
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
        "url": "/api/v1/workflows/{workflow_id}/assessment".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Workflow | None:
    if response.status_code == 200:
        response_200 = Workflow.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

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

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | Workflow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssessmentReport,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[ErrorEnvelope | Workflow]:
    """Record the effectiveness outcome of an executed workflow

     monitor-service feeds the outcome back. `ineffective` and `worsened`
    count as failures for the consecutive-failure gate and as links of an
    ineffective chain for the oscillation gate; `effective` and
    `partially_effective` reset the failure count; `inconclusive` counts as
    neither. Recording the same `assessment_id` again is a no-op.

    Args:
        workflow_id (str):
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):
        body (AssessmentReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Workflow]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
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
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssessmentReport,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> ErrorEnvelope | Workflow | None:
    """Record the effectiveness outcome of an executed workflow

     monitor-service feeds the outcome back. `ineffective` and `worsened`
    count as failures for the consecutive-failure gate and as links of an
    ineffective chain for the oscillation gate; `effective` and
    `partially_effective` reset the failure count; `inconclusive` counts as
    neither. Recording the same `assessment_id` again is a no-op.

    Args:
        workflow_id (str):
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):
        body (AssessmentReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Workflow
    """

    return sync_detailed(
        workflow_id=workflow_id,
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
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssessmentReport,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[ErrorEnvelope | Workflow]:
    """Record the effectiveness outcome of an executed workflow

     monitor-service feeds the outcome back. `ineffective` and `worsened`
    count as failures for the consecutive-failure gate and as links of an
    ineffective chain for the oscillation gate; `effective` and
    `partially_effective` reset the failure count; `inconclusive` counts as
    neither. Recording the same `assessment_id` again is a no-op.

    Args:
        workflow_id (str):
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):
        body (AssessmentReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Workflow]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
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
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssessmentReport,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> ErrorEnvelope | Workflow | None:
    """Record the effectiveness outcome of an executed workflow

     monitor-service feeds the outcome back. `ineffective` and `worsened`
    count as failures for the consecutive-failure gate and as links of an
    ineffective chain for the oscillation gate; `effective` and
    `partially_effective` reset the failure count; `inconclusive` counts as
    neither. Recording the same `assessment_id` again is a no-op.

    Args:
        workflow_id (str):
        x_request_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_service_name (str | Unset):
        x_service_version (str | Unset):
        x_trace_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_parent_span_id (str | Unset):  Example: 6f1c1f9e-8d4b-4c55-9a43-0c1f5a3d2b11.
        x_trace_flags (str | Unset):
        body (AssessmentReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Workflow
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
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
