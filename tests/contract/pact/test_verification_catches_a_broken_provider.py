"""Proof that provider verification bites: a provider that drops a field its consumer
relies on fails verification, and the failure names the pact and the interaction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tests.contract.pact.test_providers import pacts_naming, verify
from tests.contract.support.live import LiveServices
from tests.contract.support.topology import start_service


def dropping(field: str, path: str) -> object:
    """An ASGI layer standing for a provider change that removed ``field`` from ``path``."""

    def wrap(app: ASGIApp) -> ASGIApp:
        async def broken(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http" or scope["path"] != path:
                await app(scope, receive, send)
                return
            start: dict[str, Message] = {}
            chunks: list[bytes] = []

            async def capture(message: Message) -> None:
                if message["type"] == "http.response.start":
                    start["message"] = message
                    return
                chunks.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                body = json.loads(b"".join(chunks))
                body.pop(field, None)
                raw = json.dumps(body).encode()
                headers = [(k, v) for k, v in start["message"]["headers"] if k != b"content-length"]
                headers.append((b"content-length", str(len(raw)).encode()))
                await send({**start["message"], "headers": headers})
                await send({"type": "http.response.body", "body": raw})

            await app(scope, receive, capture)

        return broken

    return wrap


def test_a_provider_that_drops_a_consumed_field_fails_verification_naming_it(
    live: LiveServices, tmp_path: Path
) -> None:
    pacts = [p for p in pacts_naming("ai") if p.name == "alert-ai.json"]
    assert pacts, "pacts/alert-ai.json is missing"
    app, endpoints = start_service(
        live,
        "ai",
        tmp_path,
        wrap=dropping("confidence", "/api/v1/analyze-alert"),  # type: ignore[arg-type]
    )
    with pytest.raises(AssertionError) as failure:
        verify(live, "ai", app, endpoints, pacts)
    message = str(failure.value)
    assert "Verifying a pact between alert and ai" in message
    assert "an analysis request for a firing memory alert" in message
    assert "confidence" in message
