import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assessment_outcome import AssessmentOutcome
from ...models.assessment_page import AssessmentPage
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    outcome: AssessmentOutcome | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
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

    params["action_id"] = action_id

    params["workflow_id"] = workflow_id

    params["execution_id"] = execution_id

    params["action_type"] = action_type

    params["alert_name"] = alert_name

    params["namespace"] = namespace

    params["resource"] = resource

    json_outcome: str | Unset = UNSET
    if not isinstance(outcome, Unset):
        json_outcome = outcome

    params["outcome"] = json_outcome

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/assessments",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssessmentPage | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AssessmentPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

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
) -> Response[AssessmentPage | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    outcome: AssessmentOutcome | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[AssessmentPage | ErrorEnvelope]:
    """Stored assessments, newest first

    Args:
        action_id (str | Unset):  Example: action-0b7c1c7e.
        workflow_id (str | Unset):  Example: action-0b7c1c7e.
        execution_id (str | Unset):  Example: action-0b7c1c7e.
        action_type (str | Unset):
        alert_name (str | Unset):
        namespace (str | Unset):
        resource (str | Unset):
        outcome (AssessmentOutcome | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
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
        Response[AssessmentPage | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        action_id=action_id,
        workflow_id=workflow_id,
        execution_id=execution_id,
        action_type=action_type,
        alert_name=alert_name,
        namespace=namespace,
        resource=resource,
        outcome=outcome,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
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
    action_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    outcome: AssessmentOutcome | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> AssessmentPage | ErrorEnvelope | None:
    """Stored assessments, newest first

    Args:
        action_id (str | Unset):  Example: action-0b7c1c7e.
        workflow_id (str | Unset):  Example: action-0b7c1c7e.
        execution_id (str | Unset):  Example: action-0b7c1c7e.
        action_type (str | Unset):
        alert_name (str | Unset):
        namespace (str | Unset):
        resource (str | Unset):
        outcome (AssessmentOutcome | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
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
        AssessmentPage | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        action_id=action_id,
        workflow_id=workflow_id,
        execution_id=execution_id,
        action_type=action_type,
        alert_name=alert_name,
        namespace=namespace,
        resource=resource,
        outcome=outcome,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
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
    action_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    outcome: AssessmentOutcome | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[AssessmentPage | ErrorEnvelope]:
    """Stored assessments, newest first

    Args:
        action_id (str | Unset):  Example: action-0b7c1c7e.
        workflow_id (str | Unset):  Example: action-0b7c1c7e.
        execution_id (str | Unset):  Example: action-0b7c1c7e.
        action_type (str | Unset):
        alert_name (str | Unset):
        namespace (str | Unset):
        resource (str | Unset):
        outcome (AssessmentOutcome | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
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
        Response[AssessmentPage | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        action_id=action_id,
        workflow_id=workflow_id,
        execution_id=execution_id,
        action_type=action_type,
        alert_name=alert_name,
        namespace=namespace,
        resource=resource,
        outcome=outcome,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
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
    action_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    outcome: AssessmentOutcome | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> AssessmentPage | ErrorEnvelope | None:
    """Stored assessments, newest first

    Args:
        action_id (str | Unset):  Example: action-0b7c1c7e.
        workflow_id (str | Unset):  Example: action-0b7c1c7e.
        execution_id (str | Unset):  Example: action-0b7c1c7e.
        action_type (str | Unset):
        alert_name (str | Unset):
        namespace (str | Unset):
        resource (str | Unset):
        outcome (AssessmentOutcome | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
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
        AssessmentPage | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            action_id=action_id,
            workflow_id=workflow_id,
            execution_id=execution_id,
            action_type=action_type,
            alert_name=alert_name,
            namespace=namespace,
            resource=resource,
            outcome=outcome,
            since=since,
            until=until,
            limit=limit,
            cursor=cursor,
            x_request_id=x_request_id,
            x_service_name=x_service_name,
            x_service_version=x_service_version,
            x_trace_id=x_trace_id,
            x_span_id=x_span_id,
            x_parent_span_id=x_parent_span_id,
            x_trace_flags=x_trace_flags,
        )
    ).parsed
