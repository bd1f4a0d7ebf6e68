"""ai-service configuration from the environment and the YAML file."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.ai.adapters.llm import build_llm
from services.ai.adapters.llm.anthropic import AnthropicMessages
from services.ai.adapters.llm.bedrock import BedrockChat
from services.ai.settings import AiSettings


def test_llm_provider_is_selected_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUBERNAUT_AI_LLM__PROVIDER", "anthropic")
    monkeypatch.setenv("KUBERNAUT_AI_LLM__MODEL", "claude-3-5-haiku-latest")
    monkeypatch.setenv("KUBERNAUT_AI_LLM__API_KEY", "sk-ant-x")
    monkeypatch.setenv("KUBERNAUT_AI_LLM__MAX_CALLS_PER_ALERT", "2")
    settings = AiSettings()
    assert settings.llm.max_calls_per_alert == 2
    llm = build_llm(settings.llm)
    assert isinstance(llm, AnthropicMessages)
    assert (llm.provider, llm.model, llm.api_key) == (
        "anthropic",
        "claude-3-5-haiku-latest",
        "sk-ant-x",
    )


def test_bedrock_takes_standard_aws_environment_credentials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
    settings = AiSettings(llm={"provider": "bedrock", "model": "amazon.nova-lite-v1:0"})
    llm = build_llm(settings.llm)
    assert isinstance(llm, BedrockChat)
    assert llm.url() == (
        "https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.nova-lite-v1%3A0/converse"
    )
    assert llm.credentials.access_key_id == "AKIDENV"


def test_rules_file_and_llm_come_from_the_yaml_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "kubernaut.yaml"
    config.write_text(
        "ai:\n"
        f"  rules_file: {tmp_path / 'rules.yaml'}\n"
        "  llm: {provider: ollama, model: llama3.1}\n"
        "  history: {escalate_after: 5}\n"
    )
    monkeypatch.setenv("KUBERNAUT_CONFIG", str(config))
    settings = AiSettings()
    assert settings.rules_file == tmp_path / "rules.yaml"
    assert settings.llm.provider == "ollama" and settings.history.escalate_after == 5


def test_default_is_rules_only() -> None:
    assert AiSettings().llm.provider == "none"
    assert build_llm(AiSettings().llm) is None
