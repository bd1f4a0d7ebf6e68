"""Typed settings of ai-service (env prefix ``KUBERNAUT_AI_``, nested with ``__``).

Examples: ``KUBERNAUT_AI_LLM__PROVIDER=anthropic``, ``KUBERNAUT_AI_LLM__API_KEY=...``,
``KUBERNAUT_AI_RULES_FILE=/etc/kubernaut/rules.yaml``; or the ``ai:`` section of the
YAML file named by ``KUBERNAUT_CONFIG``.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from pydantic import BaseModel, Field, SecretStr

from kubernaut.runtime.settings import ServiceSettings

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CATALOGUE = PACKAGE_DIR.parents[1] / "contracts" / "actions" / "catalogue.yaml"
BUILTIN_RULES = PACKAGE_DIR / "builtin_rules.yaml"

Provider = Literal["none", "openai", "azure", "ollama", "vllm", "anthropic", "bedrock"]


class LlmSettings(BaseModel):
    """The LLM provider. ``none`` (the default) means the rule engine alone decides."""

    provider: Provider = "none"
    model: str = ""
    base_url: str = Field(
        "",
        description="API base URL; defaults: openai https://api.openai.com/v1, vllm "
        "http://127.0.0.1:8000/v1, ollama http://127.0.0.1:11434, anthropic "
        "https://api.anthropic.com, azure: your resource endpoint (required), bedrock "
        "https://bedrock-runtime.<region>.amazonaws.com",
    )
    api_key: SecretStr | None = None
    timeout_seconds: float = Field(30.0, gt=0, le=600)
    temperature: float = Field(0.1, ge=0, le=2)
    max_tokens: int = Field(1024, ge=64, le=32768)
    json_mode: bool = Field(True, description="ask for a JSON object (response_format / format)")
    # Azure OpenAI
    azure_deployment: str = ""
    azure_api_version: str = "2024-10-21"
    # Anthropic
    anthropic_version: str = "2023-06-01"
    # Ollama: its OpenAI-compatible /v1 API or the native /api/chat
    ollama_api: Literal["openai", "native"] = "native"
    # AWS Bedrock (credentials default to the standard AWS_* environment variables)
    aws_region: str = ""
    aws_access_key_id: str = ""
    aws_secret_access_key: SecretStr | None = None
    aws_session_token: SecretStr | None = None
    bedrock_api: Literal["converse", "invoke"] = "converse"
    # Cost bounds
    max_calls_per_alert: int = Field(4, ge=0, le=100)
    call_window_seconds: float = Field(3600.0, gt=0)
    cache_ttl_seconds: float = Field(600.0, ge=0)
    cache_max_entries: int = Field(10_000, ge=0)
    skip_at_confidence: float = Field(
        0.95, ge=0, le=1.01, description="rule decisions this confident do not ask the LLM"
    )


class HistorySettings(BaseModel):
    escalate_after: int = Field(3, ge=1, le=100, description="consecutive failures → notify_only")
    chain_window_seconds: float = Field(4 * 3600.0, gt=0)
    oscillation_window_seconds: float = Field(3600.0, gt=0)
    lookback_days: float = Field(7.0, gt=0)
    limit: int = Field(100, ge=1, le=500)
    timeout_seconds: float = Field(5.0, gt=0)


class AiSettings(ServiceSettings):
    service: ClassVar[str] = "ai"

    catalogue_file: Path = DEFAULT_CATALOGUE
    rules_file: Path | None = Field(
        None, description="user rules (YAML), evaluated before the built-in ones"
    )
    llm: LlmSettings = LlmSettings()
    history: HistorySettings = HistorySettings()
    use_history: bool = Field(True, description="ask storage/intelligence for history")
