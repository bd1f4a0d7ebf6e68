"""The routing file: channel definitions plus the route tree.

```yaml
channels:
  slack-ops: {type: slack_webhook, webhook_url_file: /run/secrets/slack-ops}
route:
  channels: [console]
  routes:
    - {match: {severity: critical}, channels: [slack-ops]}
```
Any channel setting `X` may instead be given as `X_file` (read from a file, trailing
newline stripped) or `X_env` (read from an environment variable), so secrets stay out of
the routing file. Secret settings are `SecretStr`: they never print.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, TypeAdapter, ValidationError

from .routing import Route, RoutingError, parse_route

SECRET_FIELDS = ("webhook_url", "token", "password", "routing_key")
EventAction = Literal["trigger", "acknowledge", "resolve"]


class _Channel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    timeout_seconds: float | None = Field(default=None, gt=0, le=120)
    max_attempts: int | None = Field(default=None, ge=1, le=10)


class SlackWebhookChannel(_Channel):
    type: Literal["slack_webhook"]
    webhook_url: SecretStr
    username: str | None = None
    icon_emoji: str | None = None


class SlackApiChannel(_Channel):
    type: Literal["slack_api"]
    token: SecretStr
    channel: str = Field(min_length=1)
    api_url: str = "https://slack.com/api"


class TeamsChannel(_Channel):
    type: Literal["teams"]
    webhook_url: SecretStr


class EmailChannel(_Channel):
    type: Literal["email"]
    host: str = Field(min_length=1)
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password: SecretStr | None = None
    from_addr: str = Field(alias="from", min_length=3)
    to: list[str] = Field(min_length=1)
    ca_file: str | None = None
    verify: bool = True
    subject_prefix: str = "[Kubernaut]"


def _default_event_actions() -> dict[str, EventAction]:
    return {"resolved": "resolve"}


class PagerDutyChannel(_Channel):
    type: Literal["pagerduty"]
    routing_key: SecretStr
    events_url: str = "https://events.pagerduty.com/v2/enqueue"
    source: str = "kubernaut"
    client: str = "Kubernaut"
    client_url: str | None = None
    # notification kind -> Events API v2 event_action; anything else triggers.
    event_actions: dict[str, EventAction] = Field(default_factory=_default_event_actions)


class ConsoleChannel(_Channel):
    type: Literal["console"]
    stream: Literal["stdout", "stderr"] = "stdout"


class FileChannel(_Channel):
    type: Literal["file"]
    path: str = Field(min_length=1)


ChannelConfig = Annotated[
    SlackWebhookChannel
    | SlackApiChannel
    | TeamsChannel
    | EmailChannel
    | PagerDutyChannel
    | ConsoleChannel
    | FileChannel,
    Field(discriminator="type"),
]
_CHANNEL_ADAPTER: TypeAdapter[ChannelConfig] = TypeAdapter(ChannelConfig)


@dataclass(frozen=True)
class RoutingConfig:
    channels: Mapping[str, ChannelConfig]
    root: Route
    source: str

    def secret_values(self) -> list[str]:
        """Every secret of every channel, for the redactor."""
        found: list[str] = []
        for channel in self.channels.values():
            for name in SECRET_FIELDS:
                value = getattr(channel, name, None)
                if isinstance(value, SecretStr) and value.get_secret_value():
                    found.append(value.get_secret_value())
                    if name == "webhook_url":
                        found.extend(_url_secret_parts(value.get_secret_value()))
        return found


def _url_secret_parts(url: str) -> list[str]:
    """The parts of a webhook URL a server may echo back without the host: its path and
    query, and every long path segment (the tokens)."""
    parts = urlsplit(url)
    found = [p for p in (parts.path, parts.query) if len(p) >= 8]
    found += [seg for seg in parts.path.split("/") if len(seg) >= 16]
    found += [kv.split("=", 1)[1] for kv in parts.query.split("&") if "=" in kv and len(kv) > 16]
    return found


def resolve_secret_refs(
    settings: Mapping[str, Any],
    *,
    read_file: Callable[[str], str],
    getenv: Callable[[str], str | None],
) -> dict[str, Any]:
    """Replace `X_file` / `X_env` keys by `X` with the referenced value."""
    resolved: dict[str, Any] = {}
    for key, value in settings.items():
        if key.endswith("_file") and key != "ca_file":
            try:
                resolved[key[: -len("_file")]] = read_file(str(value)).rstrip("\r\n")
            except OSError as exc:
                raise RoutingError(f"{key}: cannot read {value}: {exc.strerror}") from exc
        elif key.endswith("_env"):
            env_value = getenv(str(value))
            if env_value is None:
                raise RoutingError(f"{key}: environment variable {value} is not set")
            resolved[key[: -len("_env")]] = env_value
        else:
            resolved[key] = value
    return resolved


def parse_routing_config(
    data: Any,
    *,
    source: str,
    read_file: Callable[[str], str],
    getenv: Callable[[str], str | None],
) -> RoutingConfig:
    if not isinstance(data, Mapping):
        raise RoutingError("the routing file must be a mapping with `channels` and `route`")
    unknown = set(data) - {"channels", "route"}
    if unknown:
        raise RoutingError(f"unknown top-level keys {sorted(unknown)}")
    raw_channels = data.get("channels") or {}
    if not isinstance(raw_channels, Mapping):
        raise RoutingError("`channels` must map channel names to their settings")
    channels: dict[str, ChannelConfig] = {}
    for name, settings in raw_channels.items():
        if not isinstance(settings, Mapping):
            raise RoutingError(f"channel {name}: settings must be a mapping")
        resolved = resolve_secret_refs(settings, read_file=read_file, getenv=getenv)
        try:
            channels[str(name)] = _CHANNEL_ADAPTER.validate_python(resolved)
        except ValidationError as exc:
            # Only field locations and messages: pydantic's text would echo input values,
            # which may be secrets.
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
            )
            raise RoutingError(f"channel {name}: {problems}") from None
    if "route" not in data:
        raise RoutingError("`route` is required")
    root = parse_route(data["route"])
    missing = sorted(root.channel_names() - set(channels))
    if missing:
        raise RoutingError(f"routes name undefined channels {missing}")
    return RoutingConfig(channels, root, source)


def default_config(file_path: str) -> RoutingConfig:
    """The embedded default: console and a JSON-lines file, no external account needed."""
    channels: dict[str, ChannelConfig] = {
        "console": ConsoleChannel(type="console"),
        "file": FileChannel(type="file", path=file_path),
    }
    root = Route("root", (), ("console", "file"))
    return RoutingConfig(channels, root, "embedded-default")
