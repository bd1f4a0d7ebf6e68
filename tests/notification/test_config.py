from __future__ import annotations

import os
from pathlib import Path

import pytest

from services.notification.adapters.routing_source import RoutingSource, load_routing_file
from services.notification.domain.config import SlackWebhookChannel, parse_routing_config
from services.notification.domain.routing import RoutingError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "notification-routes.yaml"


def parse(data: object) -> object:
    return parse_routing_config(
        data, source="test", read_file=lambda p: Path(p).read_text(), getenv=os.environ.get
    )


def test_secrets_come_from_files_and_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "url").write_text("https://hooks.slack.com/services/T1/B2/abcdefabcdefabcdef\n")
    monkeypatch.setenv("PD_KEY", "pd-routing-key-0123456789")
    config = parse(
        {
            "channels": {
                "slack": {"type": "slack_webhook", "webhook_url_file": str(tmp_path / "url")},
                "pd": {"type": "pagerduty", "routing_key_env": "PD_KEY"},
            },
            "route": {"channels": ["slack", "pd"]},
        }
    )
    slack = config.channels["slack"]  # type: ignore[attr-defined]
    assert isinstance(slack, SlackWebhookChannel)
    assert slack.webhook_url.get_secret_value().endswith("abcdefabcdefabcdef")
    assert "abcdef" not in repr(slack)  # SecretStr never prints
    secrets = config.secret_values()  # type: ignore[attr-defined]
    assert "pd-routing-key-0123456789" in secrets and "abcdefabcdefabcdef" in secrets


def test_invalid_channel_settings_are_reported_without_their_values() -> None:
    with pytest.raises(RoutingError) as info:
        parse(
            {
                "channels": {
                    "mail": {
                        "type": "email",
                        "host": "smtp",
                        "port": "not-a-port",
                        "password": "hunter2-secret",
                        "from": "a@b.c",
                        "to": [],
                    }
                },
                "route": {"channels": ["mail"]},
            }
        )
    assert "port" in str(info.value) and "to" in str(info.value)
    assert "hunter2-secret" not in str(info.value)


def test_routes_must_name_defined_channels() -> None:
    with pytest.raises(RoutingError, match="undefined channels"):
        parse({"channels": {"c": {"type": "console"}}, "route": {"channels": ["c", "slack"]}})


def test_missing_secret_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RoutingError, match="cannot read"):
        parse(
            {
                "channels": {"t": {"type": "teams", "webhook_url_file": str(tmp_path / "none")}},
                "route": {"channels": ["t"]},
            }
        )


def test_example_routing_file_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "SLACK_OPS_WEBHOOK_URL",
        "SLACK_BOT_TOKEN",
        "TEAMS_WEBHOOK_URL",
        "PAGERDUTY_ROUTING_KEY",
        "SMTP_PASSWORD",
    ):
        monkeypatch.setenv(name, f"value-of-{name.lower()}-0123456789")
    config = load_routing_file(EXAMPLE)
    assert {"console", "slack-ops", "pagerduty", "email-oncall"} <= set(config.channels)


def test_routing_source_reloads_on_change_and_keeps_the_old_config_on_errors(
    tmp_path: Path,
) -> None:
    path = tmp_path / "routes.yaml"
    path.write_text("channels: {c: {type: console}}\nroute: {channels: [c]}\n")
    now = [0.0]
    source = RoutingSource(path, default_file_sink="x", check_interval=1.0, clock=lambda: now[0])
    assert source.check() is False  # unchanged
    path.write_text("channels: {c: {type: console}, d: {type: console}}\nroute: {channels: [d]}\n")
    assert source.check() is False  # checked at most once per interval
    now[0] = 2.0
    assert source.check() is True
    assert source.config.root.channels == ("d",) and source.reloads == 1
    path.write_text("channels: {c: {type: console}}\nroute: {channels: [missing]}\n")
    now[0] = 4.0
    assert source.check() is False
    assert source.config.root.channels == ("d",)
    assert source.last_error is not None and "undefined channels" in source.last_error


def test_invalid_yaml_error_does_not_quote_the_file(tmp_path: Path) -> None:
    path = tmp_path / "routes.yaml"
    path.write_text("channels:\n  s: {type: slack_webhook, webhook_url: 'https://x/SECRETSECRET'\n")
    with pytest.raises(RoutingError) as info:
        load_routing_file(path)
    assert "SECRETSECRET" not in str(info.value)


def test_no_routing_file_means_console_and_file_sinks() -> None:
    source = RoutingSource(None, default_file_sink="/tmp/n.jsonl")
    assert source.config.source == "embedded-default"
    assert set(source.config.channels) == {"console", "file"}
