import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.effectiveness_summary import EffectivenessSummary
from ...models.error_envelope import ErrorEnvelope
from ...models.get_effectiveness_summary_group_by import (
    GetEffectivenessSummaryGroupBy,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_by: GetEffectivenessSummaryGroupBy | Unset = "action",
    since: datetime.datetime | Unset = UNSET,
    action_type: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
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

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by

    params["group_by"] = json_group_by

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params["action_type"] = action_type

    params["alert_name"] = alert_name

    params["namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/effectiveness",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EffectivenessSummary | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = EffectivenessSummary.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EffectivenessSummary | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_by: GetEffectivenessSummaryGroupBy | Unset = "action",
    since: datetime.datetime | Unset = UNSET,
    action_type: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[EffectivenessSummary | ErrorEnvelope]:
    """Aggregate effectiveness of completed assessments by action, alert or namespace

    Args:
        group_by (GetEffectivenessSummaryGroupBy | Unset):  Default: 'action'.
        since (datetime.datetime | Unset):
        action_type (str | Unset): Action name from the action catalogue. Example: restart_pod.
        alert_name (str | Unset):
        namespace (str | Unset):
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
        Response[EffectivenessSummary | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        since=since,
        action_type=action_type,
        alert_name=alert_name,
        namespace=namespace,
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
    group_by: GetEffectivenessSummaryGroupBy | Unset = "action",
    since: datetime.datetime | Unset = UNSET,
    action_type: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> EffectivenessSummary | ErrorEnvelope | None:
    """Aggregate effectiveness of completed assessments by action, alert or namespace

    Args:
        group_by (GetEffectivenessSummaryGroupBy | Unset):  Default: 'action'.
        since (datetime.datetime | Unset):
        action_type (str | Unset): Action name from the action catalogue. Example: restart_pod.
        alert_name (str | Unset):
        namespace (str | Unset):
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
        EffectivenessSummary | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        group_by=group_by,
        since=since,
        action_type=action_type,
        alert_name=alert_name,
        namespace=namespace,
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
    group_by: GetEffectivenessSummaryGroupBy | Unset = "action",
    since: datetime.datetime | Unset = UNSET,
    action_type: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[EffectivenessSummary | ErrorEnvelope]:
    """Aggregate effectiveness of completed assessments by action, alert or namespace

    Args:
        group_by (GetEffectivenessSummaryGroupBy | Unset):  Default: 'action'.
        since (datetime.datetime | Unset):
        action_type (str | Unset): Action name from the action catalogue. Example: restart_pod.
        alert_name (str | Unset):
        namespace (str | Unset):
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
        Response[EffectivenessSummary | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        since=since,
        action_type=action_type,
        alert_name=alert_name,
        namespace=namespace,
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
    group_by: GetEffectivenessSummaryGroupBy | Unset = "action",
    since: datetime.datetime | Unset = UNSET,
    action_type: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> EffectivenessSummary | ErrorEnvelope | None:
    """Aggregate effectiveness of completed assessments by action, alert or namespace

    Args:
        group_by (GetEffectivenessSummaryGroupBy | Unset):  Default: 'action'.
        since (datetime.datetime | Unset):
        action_type (str | Unset): Action name from the action catalogue. Example: restart_pod.
        alert_name (str | Unset):
        namespace (str | Unset):
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
        EffectivenessSummary | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            group_by=group_by,
            since=since,
            action_type=action_type,
            alert_name=alert_name,
            namespace=namespace,
            x_request_id=x_request_id,
            x_service_name=x_service_name,
            x_service_version=x_service_version,
            x_trace_id=x_trace_id,
            x_span_id=x_span_id,
            x_parent_span_id=x_parent_span_id,
            x_trace_flags=x_trace_flags,
        )
    ).parsed
