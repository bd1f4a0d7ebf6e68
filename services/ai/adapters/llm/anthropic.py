"""Anthropic Messages API: ``POST {base_url}/v1/messages`` with ``x-api-key`` and
``anthropic-version``; the system prompt is a top-level field and the answer is the
concatenation of the ``text`` content blocks."""

from __future__ import annotations

from typing import Any

import httpx

from ...domain.prompt import Prompt
from ...ports import LlmError
from .base import HttpProvider, dig


def text_blocks(content: Any, provider: str) -> str:
    """Join the text blocks of a Messages API ``content`` array (also used by Bedrock)."""
    if not isinstance(content, list):
        raise LlmError(f"{provider}: content is not a list of blocks")
    texts = [
        b["text"]
        for b in content
        if isinstance(b, dict) and b.get("type") == "text" and isinstance(b.get("text"), str)
    ]
    if not texts:
        raise LlmError(f"{provider}: no text block in the answer")
    return "".join(texts)


class AnthropicMessages(HttpProvider):
    provider_name = "anthropic"

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None,
        anthropic_version: str = "2023-06-01",
        temperature: float = 0.1,
        max_tokens: int = 1024,
        timeout_seconds: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(model=model, timeout_seconds=timeout_seconds, transport=transport)
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.anthropic_version = anthropic_version
        self.temperature = temperature
        self.max_tokens = max_tokens

    async def complete(self, prompt: Prompt) -> str:
        body = {
            "model": self.model,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "system": prompt.system,
            "messages": [{"role": "user", "content": [{"type": "text", "text": prompt.user}]}],
        }
        headers = {"anthropic-version": self.anthropic_version}
        if self.api_key:
            headers["x-api-key"] = self.api_key
        data = await self.post_json(f"{self.base_url}/v1/messages", body, headers)
        if isinstance(data, dict) and data.get("type") == "error":
            raise LlmError(f"anthropic: {dig(data, 'error', 'message')}")
        return text_blocks(dig(data, "content"), "anthropic")
