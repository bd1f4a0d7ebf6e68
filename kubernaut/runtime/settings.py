"""Typed settings shared by every service; each service subclasses ``ServiceSettings``.

Sources, highest priority first: constructor arguments, environment variables
(``KUBERNAUT_<SERVICE>_<FIELD>``, nested with ``__``; upstream URLs also as
``KUBERNAUT_<TARGET>_URL`` for all services at once), then the YAML file named by
``KUBERNAUT_CONFIG`` (top-level ``upstreams``/``resilience``/``data_dir`` shared by all,
and one section per service), then defaults. Nothing is read at import time.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar, Literal

import yaml
from pydantic import BaseModel, Field, SecretStr
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from .ports import DEFAULT_PORTS, SERVICE_NAMES

CONFIG_ENV = "KUBERNAUT_CONFIG"
SHARED_SECTIONS = ("upstreams", "resilience", "data_dir", "log_level", "log_format", "auth")


class ResilienceSettings(BaseModel):
    """Circuit breaker and retry policy for outbound calls (seed §4.2.1)."""

    failure_threshold: int = Field(5, ge=1)
    recovery_timeout: float = Field(30.0, gt=0, description="seconds the breaker stays open")
    half_open_max_calls: int = Field(3, ge=1)
    timeout: float = Field(10.0, gt=0, description="seconds per attempt")
    max_attempts: int = Field(3, ge=1)
    initial_delay: float = Field(1.0, ge=0)
    max_delay: float = Field(10.0, ge=0)


def _default_url(name: str) -> str:
    return f"http://127.0.0.1:{DEFAULT_PORTS[name].api}"


class Upstreams(BaseModel):
    """Base URL of every service, for the ones this service may call."""

    gateway: str = _default_url("gateway")
    alert: str = _default_url("alert")
    ai: str = _default_url("ai")
    workflow: str = _default_url("workflow")
    executor: str = _default_url("executor")
    storage: str = _default_url("storage")
    intelligence: str = _default_url("intelligence")
    monitor: str = _default_url("monitor")
    context: str = _default_url("context")
    notification: str = _default_url("notification")

    def url(self, service: str) -> str:
        return str(getattr(self, service)).rstrip("/")


class AuthSettings(BaseModel):
    """Service-to-service bearer token (seed §5.1); empty = no token sent or required."""

    service_token: SecretStr | None = None


class _YamlSource(PydanticBaseSettingsSource):
    """Reads the shared sections and the service's own section of the YAML config file."""

    def __init__(self, settings_cls: type[BaseSettings], service: str) -> None:
        super().__init__(settings_cls)
        self.service = service

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # whole-document source: see __call__

    def __call__(self) -> dict[str, Any]:
        path = os.environ.get(CONFIG_ENV)
        if not path:
            return {}
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path}: the configuration must be a YAML mapping")
        merged = {key: data[key] for key in SHARED_SECTIONS if key in data}
        section = data.get(self.service) or {}
        if not isinstance(section, dict):
            raise ValueError(f"{path}: section {self.service!r} must be a mapping")
        return {**merged, **section}


class _UpstreamEnvSource(PydanticBaseSettingsSource):
    """``KUBERNAUT_<TARGET>_URL`` sets one upstream for every service at once."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        urls = {
            name: os.environ[f"KUBERNAUT_{name.upper()}_URL"]
            for name in SERVICE_NAMES
            if f"KUBERNAUT_{name.upper()}_URL" in os.environ
        }
        return {"upstreams": urls} if urls else {}


class ServiceSettings(BaseSettings):
    """Settings every service has. Subclasses set ``service`` and the port defaults."""

    model_config = SettingsConfigDict(env_nested_delimiter="__", extra="ignore")
    service: ClassVar[str] = ""

    host: str = "127.0.0.1"
    port: int = Field(0, ge=0, le=65535, description="API port")
    metrics_port: int = Field(0, ge=0, le=65535)
    health_port: int = Field(0, ge=0, le=65535)
    version: str = "1.0.0"
    data_dir: Path = Path(".kubernaut")
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"
    max_body_bytes: int = Field(1_048_576, ge=1024)
    validate_responses: bool = False
    upstreams: Upstreams = Upstreams()
    resilience: ResilienceSettings = ResilienceSettings()
    auth: AuthSettings = AuthSettings()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.service:
            cls.model_config = {
                **cls.model_config,
                "env_prefix": f"KUBERNAUT_{cls.service.upper()}_",
            }

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            _UpstreamEnvSource(settings_cls),
            _YamlSource(settings_cls, cls.service),
            file_secret_settings,
        )

    def model_post_init(self, context: Any, /) -> None:
        defaults = DEFAULT_PORTS.get(self.service)
        # 0 means "the service's default port" only when nothing was configured at all.
        if defaults and "port" not in self.model_fields_set:
            self.port = defaults.api
        if defaults and "metrics_port" not in self.model_fields_set:
            self.metrics_port = defaults.metrics
        if defaults and "health_port" not in self.model_fields_set:
            self.health_port = defaults.health

    @property
    def service_dir(self) -> Path:
        """Where this service keeps its local files (SQLite databases, queues)."""
        return self.data_dir / self.service


def base_settings(service: str) -> ServiceSettings:
    """The common settings of ``service`` (ports, URLs) without its own fields.

    For tools that need to know where a service listens without importing it.
    """
    cls: type[ServiceSettings] = type(
        f"{service.capitalize()}BaseSettings", (ServiceSettings,), {"service": service}
    )
    return cls()
