"""OpenAI-compatible chat completions: OpenAI, vLLM, Ollama's /v1, and Azure OpenAI.

``POST {base_url}/chat/completions`` with ``Authorization: Bearer``; Azure OpenAI uses
``POST {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=...``
with an ``api-key`` header. The answer is ``choices[0].message.content``.
"""

from __future__ import annotations

from typing import Any

import httpx

from ...domain.prompt import Prompt
from ...ports import LlmError
from .base import HttpProvider, dig


class OpenAIChat(HttpProvider):
    provider_name = "openai"

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None = None,
        temperature: float = 0.1,
        max_tokens: int = 1024,
        json_mode: bool = True,
        timeout_seconds: float = 30.0,
        provider_name: str = "openai",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(model=model, timeout_seconds=timeout_seconds, transport=transport)
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.json_mode = json_mode
        self.provider_name = provider_name

    def url(self) -> str:
        return f"{self.base_url}/chat/completions"

    def headers(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    def query(self) -> dict[str, str] | None:
        return None

    def body(self, prompt: Prompt) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": prompt.system},
                {"role": "user", "content": prompt.user},
            ],
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }
        if self.json_mode:
            body["response_format"] = {"type": "json_object"}
        return body

    async def complete(self, prompt: Prompt) -> str:
        data = await self.post_json(self.url(), self.body(prompt), self.headers(), self.query())
        message = dig(data, "choices", 0, "message")
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, str):
            refusal = message.get("refusal") if isinstance(message, dict) else None
            raise LlmError(
                f"{self.provider_name}: no text content"
                + (f" (refusal: {refusal})" if refusal else "")
            )
        return content


class AzureOpenAIChat(OpenAIChat):
    """Azure OpenAI: the deployment is in the path, the key in ``api-key``."""

    def __init__(
        self,
        *,
        endpoint: str,
        deployment: str,
        api_version: str,
        api_key: str | None,
        model: str | None = None,
        temperature: float = 0.1,
        max_tokens: int = 1024,
        json_mode: bool = True,
        timeout_seconds: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url=endpoint,
            model=model or deployment,
            api_key=api_key,
            temperature=temperature,
            max_tokens=max_tokens,
            json_mode=json_mode,
            timeout_seconds=timeout_seconds,
            provider_name="azure",
            transport=transport,
        )
        self.deployment = deployment
        self.api_version = api_version

    def url(self) -> str:
        return f"{self.base_url}/openai/deployments/{self.deployment}/chat/completions"

    def headers(self) -> dict[str, str]:
        return {"api-key": self.api_key} if self.api_key else {}

    def query(self) -> dict[str, str] | None:
        return {"api-version": self.api_version}

    def body(self, prompt: Prompt) -> dict[str, Any]:
        body = super().body(prompt)
        body.pop("model")  # Azure routes by deployment; the model is fixed by it
        return body
