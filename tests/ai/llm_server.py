"""A real HTTP server on loopback that plays an LLM provider.

It records every request (method, path, query, headers, body) and answers from a queue
of replies the test prepares in the provider's own wire format. No code of ours runs in
it: the adapters under test talk to it over TCP exactly as to the real provider.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn

Reply = tuple[int, Any]


@dataclass
class Recorded:
    method: str
    path: str
    raw_path: str
    query: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class ProviderServer:
    replies: list[Reply | Callable[[Recorded], Reply]] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)
    default: Reply = (500, {"error": {"message": "no reply queued"}})
    url: str = ""

    def queue(self, *replies: Reply | Callable[[Recorded], Reply]) -> None:
        self.replies.extend(replies)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        recorded = Recorded(
            method=scope["method"],
            path=scope["path"],
            raw_path=scope.get("raw_path", b"").decode(),
            query=scope.get("query_string", b"").decode(),
            headers={k.decode().lower(): v.decode() for k, v in scope["headers"]},
            body=body,
        )
        self.requests.append(recorded)
        reply = self.replies.pop(0) if self.replies else self.default
        status, payload = reply(recorded) if callable(reply) else reply
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": data})


class _Quiet(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self):  # type: ignore[no-untyped-def]
        yield


@contextlib.asynccontextmanager
async def serving(server: ProviderServer) -> AsyncIterator[ProviderServer]:
    config = uvicorn.Config(
        server,
        host="127.0.0.1",
        port=0,
        log_level="warning",
        access_log=False,
        log_config=None,
        lifespan="off",
    )
    uv = _Quiet(config)
    task = asyncio.create_task(uv.serve())
    while not uv.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    port = uv.servers[0].sockets[0].getsockname()[1]
    server.url = f"http://127.0.0.1:{port}"
    try:
        yield server
    finally:
        uv.should_exit = True
        await task


# --- answers in each provider's real format ---------------------------------------------


def openai_answer(content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-123",
        "object": "chat.completion",
        "created": 1727391600,
        "model": "gpt-4o-mini",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": content, "refusal": None},
            }
        ],
        "usage": {"prompt_tokens": 900, "completion_tokens": 80, "total_tokens": 980},
    }


def ollama_answer(content: str) -> dict[str, Any]:
    return {
        "model": "llama3.1",
        "created_at": "2025-09-26T23:00:00.000Z",
        "message": {"role": "assistant", "content": content},
        "done": True,
        "done_reason": "stop",
        "total_duration": 4883583458,
        "prompt_eval_count": 900,
        "eval_count": 80,
    }


def anthropic_answer(content: str) -> dict[str, Any]:
    return {
        "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
        "type": "message",
        "role": "assistant",
        "model": "claude-3-5-haiku-20241022",
        "content": [{"type": "text", "text": content}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 900, "output_tokens": 80},
    }


def bedrock_converse_answer(content: str) -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": content}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": 900, "outputTokens": 80, "totalTokens": 980},
        "metrics": {"latencyMs": 812},
    }


def decision_json(
    action: str, params: dict[str, Any], confidence: float = 0.8, summary: str = "LLM analysis"
) -> str:
    return json.dumps(
        {
            "action": action,
            "confidence": confidence,
            "parameters": params,
            "reasoning": {"summary": summary, "primary_reason": "because"},
        }
    )
