"""Ollama's native chat API: ``POST {base_url}/api/chat`` with ``stream: false`` and
``format: json``; the answer is ``message.content``. (Ollama's OpenAI-compatible
``/v1`` endpoint is served by ``OpenAIChat``.)"""

from __future__ import annotations

from typing import Any

import httpx

from ...domain.prompt import Prompt
from ...ports import LlmError
from .base import HttpProvider, dig


class OllamaChat(HttpProvider):
    provider_name = "ollama"

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        temperature: float = 0.1,
        max_tokens: int = 1024,
        json_mode: bool = True,
        timeout_seconds: float = 60.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(model=model, timeout_seconds=timeout_seconds, transport=transport)
        self.base_url = base_url.rstrip("/")
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.json_mode = json_mode

    async def complete(self, prompt: Prompt) -> str:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": prompt.system},
                {"role": "user", "content": prompt.user},
            ],
            "stream": False,
            "options": {"temperature": self.temperature, "num_predict": self.max_tokens},
        }
        if self.json_mode:
            body["format"] = "json"
        data = await self.post_json(f"{self.base_url}/api/chat", body, {})
        if isinstance(data, dict) and isinstance(data.get("error"), str):
            raise LlmError(f"ollama: {data['error']}")
        content = dig(data, "message", "content")
        if not isinstance(content, str):
            raise LlmError("ollama: message.content is not text")
        return content
