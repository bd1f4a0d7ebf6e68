from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.kubernetes_context import KubernetesContext
from ...types import UNSET, Response, Unset


def _get_kwargs(
    namespace: str,
    kind: str,
    name: str,
    *,
    events_limit: int | Unset = 20,
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

    params["events_limit"] = events_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/context/kubernetes/{namespace}/{kind}/{name}".format(
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
) -> ErrorEnvelope | KubernetesContext | None:
    if response.status_code == 200:
        response_200 = KubernetesContext.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

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
) -> Response[ErrorEnvelope | KubernetesContext]:
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
    events_limit: int | Unset = 20,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[ErrorEnvelope | KubernetesContext]:
    """Kubernetes context of a resource

     Object summary, owner chain up to the top controller, recent events of the
    object and of its pods, and the state of its pods. `kind` is case-insensitive
    (deployment, Deployment, deploy). Use `_` as namespace for cluster-scoped kinds (Node).

    Args:
        namespace (str):
        kind (str):
        name (str):
        events_limit (int | Unset):  Default: 20.
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
        Response[ErrorEnvelope | KubernetesContext]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        kind=kind,
        name=name,
        events_limit=events_limit,
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
    events_limit: int | Unset = 20,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> ErrorEnvelope | KubernetesContext | None:
    """Kubernetes context of a resource

     Object summary, owner chain up to the top controller, recent events of the
    object and of its pods, and the state of its pods. `kind` is case-insensitive
    (deployment, Deployment, deploy). Use `_` as namespace for cluster-scoped kinds (Node).

    Args:
        namespace (str):
        kind (str):
        name (str):
        events_limit (int | Unset):  Default: 20.
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
        ErrorEnvelope | KubernetesContext
    """

    return sync_detailed(
        namespace=namespace,
        kind=kind,
        name=name,
        client=client,
        events_limit=events_limit,
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
    events_limit: int | Unset = 20,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> Response[ErrorEnvelope | KubernetesContext]:
    """Kubernetes context of a resource

     Object summary, owner chain up to the top controller, recent events of the
    object and of its pods, and the state of its pods. `kind` is case-insensitive
    (deployment, Deployment, deploy). Use `_` as namespace for cluster-scoped kinds (Node).

    Args:
        namespace (str):
        kind (str):
        name (str):
        events_limit (int | Unset):  Default: 20.
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
        Response[ErrorEnvelope | KubernetesContext]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        kind=kind,
        name=name,
        events_limit=events_limit,
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
    events_limit: int | Unset = 20,
    x_request_id: str | Unset = UNSET,
    x_service_name: str | Unset = UNSET,
    x_service_version: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    x_span_id: str | Unset = UNSET,
    x_parent_span_id: str | Unset = UNSET,
    x_trace_flags: str | Unset = UNSET,
) -> ErrorEnvelope | KubernetesContext | None:
    """Kubernetes context of a resource

     Object summary, owner chain up to the top controller, recent events of the
    object and of its pods, and the state of its pods. `kind` is case-insensitive
    (deployment, Deployment, deploy). Use `_` as namespace for cluster-scoped kinds (Node).

    Args:
        namespace (str):
        kind (str):
        name (str):
        events_limit (int | Unset):  Default: 20.
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
        ErrorEnvelope | KubernetesContext
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            kind=kind,
            name=name,
            client=client,
            events_limit=events_limit,
            x_request_id=x_request_id,
            x_service_name=x_service_name,
            x_service_version=x_service_version,
            x_trace_id=x_trace_id,
            x_span_id=x_span_id,
            x_parent_span_id=x_parent_span_id,
            x_trace_flags=x_trace_flags,
        )
    ).parsed
