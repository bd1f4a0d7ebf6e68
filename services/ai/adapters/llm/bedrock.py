"""AWS Bedrock runtime, SigV4-signed: the Converse API
(``POST /model/{modelId}/converse``, answer in ``output.message.content[].text``) or
InvokeModel with the Anthropic body (``POST /model/{modelId}/invoke``,
``anthropic_version: bedrock-2023-05-31``, answer in Messages API content blocks)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import quote

import httpx

from ...domain.prompt import Prompt
from ...ports import LlmError
from .anthropic import text_blocks
from .base import HttpProvider, dig
from .sigv4 import Credentials, sign_request

BEDROCK_ANTHROPIC_VERSION = "bedrock-2023-05-31"


class BedrockChat(HttpProvider):
    provider_name = "bedrock"

    def __init__(
        self,
        *,
        region: str,
        model: str,
        credentials: Credentials,
        api: Literal["converse", "invoke"] = "converse",
        endpoint: str | None = None,
        temperature: float = 0.1,
        max_tokens: int = 1024,
        timeout_seconds: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(model=model, timeout_seconds=timeout_seconds, transport=transport)
        self.region = region
        self.credentials = credentials
        self.api = api
        self.endpoint = (endpoint or f"https://bedrock-runtime.{region}.amazonaws.com").rstrip("/")
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.clock = clock

    def url(self) -> str:
        return f"{self.endpoint}/model/{quote(self.model, safe='')}/{self.api}"

    def body(self, prompt: Prompt) -> dict[str, Any]:
        if self.api == "converse":
            return {
                "system": [{"text": prompt.system}],
                "messages": [{"role": "user", "content": [{"text": prompt.user}]}],
                "inferenceConfig": {"maxTokens": self.max_tokens, "temperature": self.temperature},
            }
        return {
            "anthropic_version": BEDROCK_ANTHROPIC_VERSION,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "system": prompt.system,
            "messages": [{"role": "user", "content": [{"type": "text", "text": prompt.user}]}],
        }

    async def complete(self, prompt: Prompt) -> str:
        body = json.dumps(self.body(prompt)).encode()
        url = self.url()
        headers = sign_request(
            "POST",
            url,
            {"content-type": "application/json", "accept": "application/json"},
            body,
            credentials=self.credentials,
            region=self.region,
            service="bedrock",
            now=self.clock(),
        )
        data = await self.post_json(url, body, headers)
        if self.api == "converse":
            blocks = dig(data, "output", "message", "content")
            if not isinstance(blocks, list):
                raise LlmError("bedrock: output.message.content is not a list")
            texts = [
                b["text"] for b in blocks if isinstance(b, dict) and isinstance(b.get("text"), str)
            ]
            if not texts:
                raise LlmError("bedrock: no text block in the answer")
            return "".join(texts)
        return text_blocks(dig(data, "content"), "bedrock")
