"""LLM providers behind ``ports.ChatModel``; ``build_llm`` picks one from settings."""

from __future__ import annotations

import os
from typing import TypedDict

import httpx

from ...ports import ChatModel
from ...settings import LlmSettings
from .anthropic import AnthropicMessages
from .bedrock import BedrockChat
from .ollama import OllamaChat
from .openai import AzureOpenAIChat, OpenAIChat
from .sigv4 import Credentials

__all__ = ["ConfigurationError", "build_llm"]

DEFAULT_URLS = {
    "openai": "https://api.openai.com/v1",
    "vllm": "http://127.0.0.1:8000/v1",
    "ollama": "http://127.0.0.1:11434",
    "anthropic": "https://api.anthropic.com",
}


class _Common(TypedDict):
    temperature: float
    max_tokens: int
    timeout_seconds: float
    transport: httpx.AsyncBaseTransport | None


class ConfigurationError(ValueError):
    """The LLM settings are incomplete (reported at startup, not at the first alert)."""


def build_llm(
    cfg: LlmSettings, *, transport: httpx.AsyncBaseTransport | None = None
) -> ChatModel | None:
    if cfg.provider == "none":
        return None
    key = cfg.api_key.get_secret_value() if cfg.api_key else None
    common: _Common = {
        "temperature": cfg.temperature,
        "max_tokens": cfg.max_tokens,
        "timeout_seconds": cfg.timeout_seconds,
        "transport": transport,
    }
    base = cfg.base_url or DEFAULT_URLS.get(cfg.provider, "")
    if cfg.provider == "azure":
        if not cfg.base_url or not cfg.azure_deployment:
            raise ConfigurationError("azure needs llm.base_url (endpoint) and llm.azure_deployment")
        return AzureOpenAIChat(
            endpoint=cfg.base_url,
            deployment=cfg.azure_deployment,
            api_version=cfg.azure_api_version,
            api_key=key,
            model=cfg.model or None,
            json_mode=cfg.json_mode,
            **common,
        )
    if not cfg.model:
        raise ConfigurationError(f"{cfg.provider} needs llm.model")
    if cfg.provider == "anthropic":
        return AnthropicMessages(
            base_url=base,
            model=cfg.model,
            api_key=key,
            anthropic_version=cfg.anthropic_version,
            **common,
        )
    if cfg.provider == "bedrock":
        region = (
            cfg.aws_region
            or os.environ.get("AWS_REGION")
            or os.environ.get("AWS_DEFAULT_REGION", "")
        )
        access = cfg.aws_access_key_id or os.environ.get("AWS_ACCESS_KEY_ID", "")
        secret = (
            cfg.aws_secret_access_key.get_secret_value()
            if cfg.aws_secret_access_key
            else os.environ.get("AWS_SECRET_ACCESS_KEY", "")
        )
        token = (
            cfg.aws_session_token.get_secret_value()
            if cfg.aws_session_token
            else os.environ.get("AWS_SESSION_TOKEN")
        )
        if not region or not access or not secret:
            raise ConfigurationError(
                "bedrock needs a region and AWS credentials "
                "(llm.aws_* settings or AWS_* environment variables)"
            )
        return BedrockChat(
            region=region,
            model=cfg.model,
            credentials=Credentials(access, secret, token or None),
            api=cfg.bedrock_api,
            endpoint=cfg.base_url or None,
            **common,
        )
    if cfg.provider == "ollama" and cfg.ollama_api == "native":
        return OllamaChat(base_url=base, model=cfg.model, json_mode=cfg.json_mode, **common)
    if cfg.provider == "ollama" and not cfg.base_url:
        base = DEFAULT_URLS["ollama"] + "/v1"
    return OpenAIChat(
        base_url=base,
        model=cfg.model,
        api_key=key,
        json_mode=cfg.json_mode,
        provider_name=cfg.provider,
        **common,
    )
