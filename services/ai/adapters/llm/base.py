"""What every LLM provider adapter shares: the httpx client, error mapping, JSON access."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ...ports import LlmError


class HttpProvider:
    """Base of the providers: one pooled ``httpx.AsyncClient`` and uniform errors."""

    provider_name = "llm"

    def __init__(
        self,
        *,
        model: str,
        timeout_seconds: float,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._model = model
        self._http = httpx.AsyncClient(timeout=timeout_seconds, transport=transport)

    @property
    def provider(self) -> str:
        return self.provider_name

    @property
    def model(self) -> str:
        return self._model

    async def aclose(self) -> None:
        await self._http.aclose()

    async def post_json(
        self,
        url: str,
        body: dict[str, Any] | bytes,
        headers: dict[str, str],
        params: dict[str, str] | None = None,
    ) -> Any:
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        try:
            response = await self._http.post(
                url,
                content=content,
                headers={"content-type": "application/json", **headers},
                params=params,
            )
        except httpx.HTTPError as exc:
            raise LlmError(f"{self.provider_name}: {type(exc).__name__}: {exc}") from exc
        if response.status_code != 200:
            raise LlmError(
                f"{self.provider_name}: HTTP {response.status_code}: {_error_text(response)}"
            )
        try:
            return response.json()
        except ValueError as exc:
            raise LlmError(f"{self.provider_name}: response is not JSON") from exc


def _error_text(response: httpx.Response) -> str:
    """The provider's error message (all of them nest it under ``error.message`` or
    ``message``), else the start of the body."""
    try:
        data = response.json()
    except ValueError:
        return response.text[:300]
    if isinstance(data, dict):
        err = data.get("error")
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return str(err["message"])[:300]
        if isinstance(err, str):
            return err[:300]
        if isinstance(data.get("message"), str):
            return str(data["message"])[:300]
    return json.dumps(data)[:300]


def dig(data: Any, *path: str | int) -> Any:
    """``data[path[0]][path[1]]...`` or raise LlmError naming the missing piece."""
    current = data
    for key in path:
        try:
            current = current[key]
        except (KeyError, IndexError, TypeError) as exc:
            where = "/".join(str(p) for p in path)
            raise LlmError(f"unexpected response shape: no {where}") from exc
    return current
