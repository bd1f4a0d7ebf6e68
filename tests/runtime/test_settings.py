"""Settings come from defaults, a YAML file and the environment, in that order of strength."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest

from kubernaut.runtime.settings import ServiceSettings, base_settings


class DemoSettings(ServiceSettings):
    service: ClassVar[str] = "ai"
    llm_provider: str = "none"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("KUBERNAUT_"):
            monkeypatch.delenv(key)


def test_defaults_are_the_seed_ports_and_local_upstreams() -> None:
    settings = DemoSettings()
    assert (settings.port, settings.metrics_port, settings.health_port) == (8082, 9082, 8182)
    assert settings.upstreams.url("storage") == "http://127.0.0.1:8085"
    assert settings.resilience.failure_threshold == 5
    assert settings.resilience.recovery_timeout == 30


def test_environment_overrides_ports_and_nested_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUBERNAUT_AI_PORT", "18082")
    monkeypatch.setenv("KUBERNAUT_AI_LLM_PROVIDER", "anthropic")
    monkeypatch.setenv("KUBERNAUT_AI_RESILIENCE__MAX_ATTEMPTS", "5")
    settings = DemoSettings()
    assert settings.port == 18082
    assert settings.metrics_port == 9082
    assert settings.llm_provider == "anthropic"
    assert settings.resilience.max_attempts == 5


def test_one_variable_moves_an_upstream_for_every_service(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUBERNAUT_STORAGE_URL", "http://storage.internal:8085/")
    assert DemoSettings().upstreams.url("storage") == "http://storage.internal:8085"
    assert base_settings("workflow").upstreams.url("storage") == "http://storage.internal:8085"


def test_yaml_file_sets_shared_and_per_service_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "kubernaut.yaml"
    config.write_text(
        "data_dir: /var/lib/kubernaut\n"
        "upstreams: {storage: 'http://db-svc:8085'}\n"
        "ai: {port: 28082, llm_provider: openai}\n"
        "gateway: {port: 28080}\n"
    )
    monkeypatch.setenv("KUBERNAUT_CONFIG", str(config))
    settings = DemoSettings()
    assert settings.port == 28082
    assert settings.llm_provider == "openai"
    assert settings.data_dir == Path("/var/lib/kubernaut")
    assert settings.upstreams.url("storage") == "http://db-svc:8085"


def test_environment_beats_the_yaml_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "kubernaut.yaml"
    config.write_text("ai: {port: 28082}\n")
    monkeypatch.setenv("KUBERNAUT_CONFIG", str(config))
    monkeypatch.setenv("KUBERNAUT_AI_PORT", "38082")
    assert DemoSettings().port == 38082


def test_a_malformed_config_file_is_reported_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "kubernaut.yaml"
    config.write_text("- just\n- a list\n")
    monkeypatch.setenv("KUBERNAUT_CONFIG", str(config))
    with pytest.raises(ValueError, match="must be a YAML mapping"):
        DemoSettings()


def test_nothing_is_read_before_settings_are_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUBERNAUT_CONFIG", "/does/not/exist.yaml")
    with pytest.raises(FileNotFoundError):
        DemoSettings()  # read on construction, not when the module was imported
