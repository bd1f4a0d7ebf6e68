import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.disposition import Disposition
from ...models.error_envelope import ErrorEnvelope
from ...models.notification_page import NotificationPage
from ...models.notification_status import NotificationStatus
from ...models.record_kind import RecordKind
from ...models.severity import Severity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: RecordKind | Unset = UNSET,
    severity: Severity | Unset = UNSET,
    status: NotificationStatus | Unset = UNSET,
    disposition: Disposition | Unset = UNSET,
    alert_fingerprint: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    channel: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
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

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind

    params["kind"] = json_kind

    json_severity: str | Unset = UNSET
    if not isinstance(severity, Unset):
        json_severity = severity

    params["severity"] = json_severity

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_disposition: str | Unset = UNSET
    if not isinstance(disposition, Unset):
        json_disposition = disposition

    params["disposition"] = json_disposition

    params["alert_fingerprint"] = alert_fingerprint

    params["alert_name"] = alert_name

    params["channel"] = channel

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/notifications",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | NotificationPage | None:
    if response.status_code == 200:
        response_200 = NotificationPage.from_dict(response.json())

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
) -> Response[ErrorEnvelope | NotificationPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: RecordKind | Unset = UNSET,
    severity: Severity | Unset = UNSET,
    status: NotificationStatus | Unset = UNSET,
    disposition: Disposition | Unset = UNSET,
    alert_fingerprint: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    channel: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[ErrorEnvelope | NotificationPage]:
    """List notifications, newest first

    Args:
        kind (RecordKind | Unset): A notification kind, or `storm_summary` for summaries made by
            the service.
        severity (Severity | Unset):
        status (NotificationStatus | Unset): Overall delivery status: `pending` while any channel
            is still being tried (or a
            storm summary is still collecting), `delivered` when every channel succeeded,
            `partial` when some failed, `failed` when all failed, `suppressed` for grouped and
            summarised notifications (sent as part of another one), `no_channels` when no
            channel was routed.
        disposition (Disposition | Unset): `dispatched`: routed to channels; `grouped`: a repeat
            for the same alert and kind
            within the grouping window, folded into `grouped_into`; `summarised`: part of a storm,
            folded into the summary `summary_id`; `summary`: a storm summary made by the service.
        alert_fingerprint (str | Unset):
        alert_name (str | Unset):
        channel (str | Unset):
        since (datetime.datetime | Unset):
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
        Response[ErrorEnvelope | NotificationPage]
    """

    kwargs = _get_kwargs(
        kind=kind,
        severity=severity,
        status=status,
        disposition=disposition,
        alert_fingerprint=alert_fingerprint,
        alert_name=alert_name,
        channel=channel,
        since=since,
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
    kind: RecordKind | Unset = UNSET,
    severity: Severity | Unset = UNSET,
    status: NotificationStatus | Unset = UNSET,
    disposition: Disposition | Unset = UNSET,
    alert_fingerprint: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    channel: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> ErrorEnvelope | NotificationPage | None:
    """List notifications, newest first

    Args:
        kind (RecordKind | Unset): A notification kind, or `storm_summary` for summaries made by
            the service.
        severity (Severity | Unset):
        status (NotificationStatus | Unset): Overall delivery status: `pending` while any channel
            is still being tried (or a
            storm summary is still collecting), `delivered` when every channel succeeded,
            `partial` when some failed, `failed` when all failed, `suppressed` for grouped and
            summarised notifications (sent as part of another one), `no_channels` when no
            channel was routed.
        disposition (Disposition | Unset): `dispatched`: routed to channels; `grouped`: a repeat
            for the same alert and kind
            within the grouping window, folded into `grouped_into`; `summarised`: part of a storm,
            folded into the summary `summary_id`; `summary`: a storm summary made by the service.
        alert_fingerprint (str | Unset):
        alert_name (str | Unset):
        channel (str | Unset):
        since (datetime.datetime | Unset):
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
        ErrorEnvelope | NotificationPage
    """

    return sync_detailed(
        client=client,
        kind=kind,
        severity=severity,
        status=status,
        disposition=disposition,
        alert_fingerprint=alert_fingerprint,
        alert_name=alert_name,
        channel=channel,
        since=since,
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
    kind: RecordKind | Unset = UNSET,
    severity: Severity | Unset = UNSET,
    status: NotificationStatus | Unset = UNSET,
    disposition: Disposition | Unset = UNSET,
    alert_fingerprint: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    channel: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[ErrorEnvelope | NotificationPage]:
    """List notifications, newest first

    Args:
        kind (RecordKind | Unset): A notification kind, or `storm_summary` for summaries made by
            the service.
        severity (Severity | Unset):
        status (NotificationStatus | Unset): Overall delivery status: `pending` while any channel
            is still being tried (or a
            storm summary is still collecting), `delivered` when every channel succeeded,
            `partial` when some failed, `failed` when all failed, `suppressed` for grouped and
            summarised notifications (sent as part of another one), `no_channels` when no
            channel was routed.
        disposition (Disposition | Unset): `dispatched`: routed to channels; `grouped`: a repeat
            for the same alert and kind
            within the grouping window, folded into `grouped_into`; `summarised`: part of a storm,
            folded into the summary `summary_id`; `summary`: a storm summary made by the service.
        alert_fingerprint (str | Unset):
        alert_name (str | Unset):
        channel (str | Unset):
        since (datetime.datetime | Unset):
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
        Response[ErrorEnvelope | NotificationPage]
    """

    kwargs = _get_kwargs(
        kind=kind,
        severity=severity,
        status=status,
        disposition=disposition,
        alert_fingerprint=alert_fingerprint,
        alert_name=alert_name,
        channel=channel,
        since=since,
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
    kind: RecordKind | Unset = UNSET,
    severity: Severity | Unset = UNSET,
    status: NotificationStatus | Unset = UNSET,
    disposition: Disposition | Unset = UNSET,
    alert_fingerprint: str | Unset = UNSET,
    alert_name: str | Unset = UNSET,
    channel: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> ErrorEnvelope | NotificationPage | None:
    """List notifications, newest first

    Args:
        kind (RecordKind | Unset): A notification kind, or `storm_summary` for summaries made by
            the service.
        severity (Severity | Unset):
        status (NotificationStatus | Unset): Overall delivery status: `pending` while any channel
            is still being tried (or a
            storm summary is still collecting), `delivered` when every channel succeeded,
            `partial` when some failed, `failed` when all failed, `suppressed` for grouped and
            summarised notifications (sent as part of another one), `no_channels` when no
            channel was routed.
        disposition (Disposition | Unset): `dispatched`: routed to channels; `grouped`: a repeat
            for the same alert and kind
            within the grouping window, folded into `grouped_into`; `summarised`: part of a storm,
            folded into the summary `summary_id`; `summary`: a storm summary made by the service.
        alert_fingerprint (str | Unset):
        alert_name (str | Unset):
        channel (str | Unset):
        since (datetime.datetime | Unset):
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
        ErrorEnvelope | NotificationPage
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            severity=severity,
            status=status,
            disposition=disposition,
            alert_fingerprint=alert_fingerprint,
            alert_name=alert_name,
            channel=channel,
            since=since,
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
