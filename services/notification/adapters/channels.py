"""Channel senders speaking each provider's real protocol.

Every sender raises `DeliveryError` with `retryable` telling the dispatcher whether another
attempt can help (timeouts, 5xx, 429) or not (bad credentials, invalid payload).
"""

from __future__ import annotations

import asyncio
import json
import ssl
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx

from ..domain.config import (
    ChannelConfig,
    ConsoleChannel,
    EmailChannel,
    FileChannel,
    PagerDutyChannel,
    SlackApiChannel,
    SlackWebhookChannel,
    TeamsChannel,
)
from ..domain.model import ChannelType, Message
from ..domain.payloads import (
    email_message,
    file_record,
    pagerduty_dedup_key,
    pagerduty_event,
    slack_payload,
    teams_payload,
)
from ..domain.rendering import Renderer
from ..domain.signing import ApprovalLinks
from .errors import DeliveryError
from .smtp import send_mail

_RETRYABLE_SLACK_ERRORS = {
    "ratelimited",
    "internal_error",
    "fatal_error",
    "service_unavailable",
    "request_timeout",
}


class Channel(Protocol):
    name: str
    type: ChannelType
    target: str

    async def send(self, message: Message, approval: ApprovalLinks | None) -> str | None:
        """Deliver; answer a provider reference (Slack ts, dedup_key, Message-ID) or None."""
        ...


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _check(response: httpx.Response, what: str) -> None:
    if response.is_success:
        return
    status = response.status_code
    retryable = status in (408, 425, 429) or status >= 500
    raise DeliveryError(
        f"HTTP {status} from {what}: {response.text[:200]}",
        retryable=retryable,
        retry_after=_retry_after(response) if retryable else None,
    )


async def _post(client: httpx.AsyncClient, url: str, what: str, **kwargs: Any) -> httpx.Response:
    try:
        return await client.post(url, **kwargs)
    except httpx.TimeoutException as exc:
        raise DeliveryError(f"timeout talking to {what}", retryable=True) from exc
    except httpx.HTTPError as exc:
        # The message of a transport error can contain the URL; the dispatcher redacts it.
        raise DeliveryError(
            f"{type(exc).__name__} talking to {what}: {exc}", retryable=True
        ) from exc


def _approval_extra(approval: ApprovalLinks | None) -> dict[str, Any]:
    if approval is None:
        return {}
    return {
        "approval": {
            "approve_url": approval.approve_url,
            "reject_url": approval.reject_url,
            "expires": approval.expires,
            "expires_iso": datetime.fromtimestamp(approval.expires, UTC).isoformat(),
        }
    }


def _host(url: str) -> str:
    return urlsplit(url).hostname or "?"


class SlackWebhookSender:
    type: ChannelType = "slack_webhook"

    def __init__(
        self, name: str, cfg: SlackWebhookChannel, renderer: Renderer, client: httpx.AsyncClient
    ) -> None:
        self.name, self._cfg, self._renderer, self._client = name, cfg, renderer, client
        self.target = _host(cfg.webhook_url.get_secret_value())

    async def send(self, message: Message, approval: ApprovalLinks | None) -> str | None:
        text = self._renderer.render("slack", message, _approval_extra(approval))
        payload = slack_payload(message, text, approval)
        if self._cfg.username:
            payload["username"] = self._cfg.username
        if self._cfg.icon_emoji:
            payload["icon_emoji"] = self._cfg.icon_emoji
        response = await _post(
            self._client, self._cfg.webhook_url.get_secret_value(), "Slack webhook", json=payload
        )
        _check(response, "Slack webhook")
        return None


class SlackApiSender:
    type: ChannelType = "slack_api"

    def __init__(
        self, name: str, cfg: SlackApiChannel, renderer: Renderer, client: httpx.AsyncClient
    ) -> None:
        self.name, self._cfg, self._renderer, self._client = name, cfg, renderer, client
        self.target = f"{_host(cfg.api_url)} #{cfg.channel.lstrip('#')}"

    async def send(self, message: Message, approval: ApprovalLinks | None) -> str | None:
        text = self._renderer.render("slack", message, _approval_extra(approval))
        payload = {"channel": self._cfg.channel, **slack_payload(message, text, approval)}
        url = f"{self._cfg.api_url.rstrip('/')}/chat.postMessage"
        response = await _post(
            self._client,
            url,
            "Slack chat.postMessage",
            json=payload,
            headers={"Authorization": f"Bearer {self._cfg.token.get_secret_value()}"},
        )
        _check(response, "Slack chat.postMessage")
        try:
            answer = response.json()
        except ValueError as exc:
            raise DeliveryError("Slack answered with invalid JSON", retryable=True) from exc
        if not answer.get("ok"):
            error = str(answer.get("error", "unknown_error"))
            raise DeliveryError(
                f"Slack chat.postMessage error: {error}", retryable=error in _RETRYABLE_SLACK_ERRORS
            )
        ts = answer.get("ts")
        return str(ts) if ts is not None else None


class TeamsSender:
    type: ChannelType = "teams"

    def __init__(
        self, name: str, cfg: TeamsChannel, renderer: Renderer, client: httpx.AsyncClient
    ) -> None:
        self.name, self._cfg, self._renderer, self._client = name, cfg, renderer, client
        self.target = _host(cfg.webhook_url.get_secret_value())

    async def send(self, message: Message, approval: ApprovalLinks | None) -> str | None:
        text = self._renderer.render("teams", message, _approval_extra(approval))
        response = await _post(
            self._client,
            self._cfg.webhook_url.get_secret_value(),
            "Teams webhook",
            json=teams_payload(message, text, approval),
        )
        _check(response, "Teams webhook")
        return None


class PagerDutySender:
    type: ChannelType = "pagerduty"

    def __init__(
        self,
        name: str,
        cfg: PagerDutyChannel,
        renderer: Renderer,
        client: httpx.AsyncClient,
        clock: Callable[[], datetime],
    ) -> None:
        self.name, self._cfg, self._renderer, self._client = name, cfg, renderer, client
        self._clock = clock
        self.target = _host(cfg.events_url)

    async def send(self, message: Message, approval: ApprovalLinks | None) -> str | None:
        summary = self._renderer.render("pagerduty", message, _approval_extra(approval))
        event = pagerduty_event(
            message,
            routing_key=self._cfg.routing_key.get_secret_value(),
            event_action=self._cfg.event_actions.get(message.kind, "trigger"),
            summary=" ".join(summary.split()),
            source=self._cfg.source,
            client=self._cfg.client,
            client_url=self._cfg.client_url,
            now=self._clock(),
        )
        response = await _post(
            self._client, self._cfg.events_url, "PagerDuty Events API", json=event
        )
        _check(response, "PagerDuty Events API")
        return pagerduty_dedup_key(message)


class EmailSender:
    type: ChannelType = "email"

    def __init__(
        self,
        name: str,
        cfg: EmailChannel,
        renderer: Renderer,
        clock: Callable[[], datetime],
        timeout: float,
    ) -> None:
        self.name, self._cfg, self._renderer, self._clock = name, cfg, renderer, clock
        self._timeout = timeout
        self.target = f"{cfg.host}:{cfg.port}"

    async def send(self, message: Message, approval: ApprovalLinks | None) -> str | None:
        rendered = self._renderer.render_email(message, _approval_extra(approval))
        cfg = self._cfg
        mail = email_message(
            message,
            sender=cfg.from_addr,
            recipients=cfg.to,
            subject_prefix=cfg.subject_prefix,
            text=rendered.text,
            html=rendered.html or "",
            now=self._clock(),
        )
        context = ssl.create_default_context(cafile=cfg.ca_file)
        if not cfg.verify:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        await asyncio.to_thread(
            send_mail,
            mail,
            host=cfg.host,
            port=cfg.port,
            security=cfg.security,
            username=cfg.username,
            password=cfg.password.get_secret_value() if cfg.password else None,
            context=context,
            timeout=self._timeout,
        )
        return str(mail["Message-ID"])


class ConsoleSender:
    type: ChannelType = "console"

    def __init__(self, name: str, cfg: ConsoleChannel, renderer: Renderer) -> None:
        self.name, self._cfg, self._renderer = name, cfg, renderer
        self.target: str = cfg.stream

    async def send(self, message: Message, approval: ApprovalLinks | None) -> str | None:
        text = self._renderer.render("console", message, _approval_extra(approval))
        stream = sys.stdout if self._cfg.stream == "stdout" else sys.stderr
        print(f"[notification] {text}", file=stream, flush=True)
        return None


class FileSender:
    type: ChannelType = "file"

    def __init__(
        self, name: str, cfg: FileChannel, renderer: Renderer, clock: Callable[[], datetime]
    ) -> None:
        self.name, self._cfg, self._renderer, self._clock = name, cfg, renderer, clock
        self.target = cfg.path
        self._lock = asyncio.Lock()

    async def send(self, message: Message, approval: ApprovalLinks | None) -> str | None:
        text = self._renderer.render("console", message, _approval_extra(approval))
        line = json.dumps(file_record(message, text, self._clock()), default=str) + "\n"
        path = Path(self._cfg.path)
        async with self._lock:
            try:
                await asyncio.to_thread(_append, path, line)
            except OSError as exc:
                raise DeliveryError(f"cannot write {path}: {exc.strerror}", retryable=True) from exc
        return None


def _append(path: Path, line: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line)


def build_channel(
    name: str,
    cfg: ChannelConfig,
    *,
    renderer: Renderer,
    client: httpx.AsyncClient,
    clock: Callable[[], datetime],
    timeout: float,
) -> Channel:
    if isinstance(cfg, SlackWebhookChannel):
        return SlackWebhookSender(name, cfg, renderer, client)
    if isinstance(cfg, SlackApiChannel):
        return SlackApiSender(name, cfg, renderer, client)
    if isinstance(cfg, TeamsChannel):
        return TeamsSender(name, cfg, renderer, client)
    if isinstance(cfg, PagerDutyChannel):
        return PagerDutySender(name, cfg, renderer, client, clock)
    if isinstance(cfg, EmailChannel):
        return EmailSender(name, cfg, renderer, clock, cfg.timeout_seconds or timeout)
    if isinstance(cfg, ConsoleChannel):
        return ConsoleSender(name, cfg, renderer)
    return FileSender(name, cfg, renderer, clock)
