"""Payloads in each channel's real wire format."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from .model import Message
from .rendering import SEVERITY_EMOJI, slack_escape
from .signing import ApprovalLinks

_TEAMS_COLOR = {"critical": "Attention", "warning": "Warning", "info": "Accent"}
_PD_SEVERITY = {"critical": "critical", "warning": "warning", "info": "info"}


def _facts(message: Message) -> list[tuple[str, str]]:
    alert = message.alert
    facts = [("Severity", message.severity), ("Kind", message.kind.replace("_", " "))]
    for title, value in (
        ("Alert", message.alert_name),
        ("Namespace", message.namespace),
        ("Resource", str(alert.get("resource") or "")),
        ("Action", str(message.action.get("type") or "")),
        ("Workflow", str(message.workflow.get("workflow_id") or "")),
    ):
        if value:
            facts.append((title, value))
    return facts


def slack_payload(message: Message, text: str, approval: ApprovalLinks | None) -> dict[str, Any]:
    """Block Kit message (https://api.slack.com/block-kit); `text` is the notification
    fallback Slack shows where blocks cannot be displayed."""
    emoji = SEVERITY_EMOJI.get(message.severity, "")
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {
                "type": "plain_text",
                "text": f"{emoji} {message.subject}"[:150],
                "emoji": True,
            },
        },
    ]
    if text:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}})
    blocks.append(
        {
            "type": "section",
            "fields": [
                {"type": "mrkdwn", "text": f"*{title}*\n{slack_escape(value)}"[:2000]}
                for title, value in _facts(message)[:10]
            ],
        }
    )
    elements: list[dict[str, Any]] = []
    if approval is not None:
        elements += [
            {
                "type": "button",
                "action_id": "kubernaut_approve",
                "text": {"type": "plain_text", "text": "Approve"},
                "style": "primary",
                "url": approval.approve_url,
            },
            {
                "type": "button",
                "action_id": "kubernaut_reject",
                "text": {"type": "plain_text", "text": "Reject"},
                "style": "danger",
                "url": approval.reject_url,
            },
        ]
    for i, link in enumerate(message.links[: 25 - len(elements)]):
        elements.append(
            {
                "type": "button",
                "action_id": f"kubernaut_link_{i}",
                "text": {"type": "plain_text", "text": str(link["title"])[:75]},
                "url": str(link["url"]),
            }
        )
    if elements:
        blocks.append({"type": "actions", "elements": elements})
    footer = f"Kubernaut · `{slack_escape(message.notification_id)}`"
    if approval is not None:
        footer += f" · links expire <!date^{approval.expires}^{{date_short_pretty}} {{time}}|soon>"
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": footer}]})
    return {"text": f"{emoji} {message.subject}".strip()[:3000], "blocks": blocks}


def teams_payload(message: Message, text: str, approval: ApprovalLinks | None) -> dict[str, Any]:
    """A message with one Adaptive Card attachment, as Teams incoming webhooks and
    Workflows ("When a Teams webhook request is received") accept it."""
    body: list[dict[str, Any]] = [
        {
            "type": "TextBlock",
            "text": message.subject,
            "weight": "Bolder",
            "size": "Medium",
            "wrap": True,
            "color": _TEAMS_COLOR.get(message.severity, "Default"),
        }
    ]
    if text:
        body.append({"type": "TextBlock", "text": text, "wrap": True})
    body.append(
        {"type": "FactSet", "facts": [{"title": t, "value": v} for t, v in _facts(message)]}
    )
    actions: list[dict[str, Any]] = []
    if approval is not None:
        actions += [
            {
                "type": "Action.OpenUrl",
                "title": "Approve",
                "url": approval.approve_url,
                "style": "positive",
            },
            {
                "type": "Action.OpenUrl",
                "title": "Reject",
                "url": approval.reject_url,
                "style": "destructive",
            },
        ]
    actions += [
        {"type": "Action.OpenUrl", "title": str(link["title"]), "url": str(link["url"])}
        for link in message.links
    ]
    card: dict[str, Any] = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": body,
        "msteams": {"width": "Full"},
    }
    if actions:
        card["actions"] = actions
    return {
        "type": "message",
        "attachments": [
            {
                "contentType": "application/vnd.microsoft.card.adaptive",
                "contentUrl": None,
                "content": card,
            }
        ],
    }


def pagerduty_dedup_key(message: Message) -> str:
    """Stable per alert, so the resolve for an alert closes the incident its trigger opened."""
    alert = message.alert
    if alert.get("fingerprint"):
        key = f"kubernaut/{alert['fingerprint']}"
    elif message.alert_name:
        key = f"kubernaut/{message.alert_name}/{message.namespace}/{alert.get('resource') or ''}"
    else:
        key = f"kubernaut/notification/{message.notification_id}"
    return key[:255]


def pagerduty_event(
    message: Message,
    *,
    routing_key: str,
    event_action: str,
    summary: str,
    source: str,
    client: str,
    client_url: str | None,
    now: datetime,
) -> dict[str, Any]:
    """Events API v2 (https://developer.pagerduty.com/docs/events-api-v2/overview/)."""
    event: dict[str, Any] = {
        "routing_key": routing_key,
        "event_action": event_action,
        "dedup_key": pagerduty_dedup_key(message),
    }
    if event_action != "trigger":
        # acknowledge/resolve only need the dedup_key; PagerDuty ignores a payload there.
        return event
    alert = message.alert
    details: dict[str, Any] = {
        "notification_id": message.notification_id,
        "kind": message.kind,
        "body": message.body,
    }
    for key in ("labels", "annotations"):
        if alert.get(key):
            details[key] = dict(alert[key])
    if message.action:
        details["action"] = dict(message.action)
    if message.workflow:
        details["workflow"] = dict(message.workflow)
    payload: dict[str, Any] = {
        "summary": (summary or message.subject)[:1024],
        "source": source,
        "severity": _PD_SEVERITY.get(message.severity, "info"),
        "timestamp": now.isoformat(),
        "custom_details": details,
    }
    if alert.get("resource"):
        payload["component"] = str(alert["resource"])
    if message.namespace:
        payload["group"] = message.namespace
    if message.alert_name:
        payload["class"] = message.alert_name
    event["payload"] = payload
    event["client"] = client
    if client_url:
        event["client_url"] = client_url
    if message.links:
        event["links"] = [
            {"href": str(link["url"]), "text": str(link["title"])} for link in message.links
        ]
    return event


def email_message(
    message: Message,
    *,
    sender: str,
    recipients: list[str],
    subject_prefix: str,
    text: str,
    html: str,
    now: datetime,
) -> EmailMessage:
    """multipart/alternative: plain text first, HTML second (clients show the last they
    can render)."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = ", ".join(recipients)
    prefix = f"{subject_prefix} " if subject_prefix else ""
    mail["Subject"] = f"{prefix}[{message.severity.upper()}] {message.subject}"
    mail["Date"] = format_datetime(now)
    mail["Message-ID"] = make_msgid(domain="kubernaut.local")
    mail["X-Kubernaut-Notification-ID"] = message.notification_id
    mail["X-Kubernaut-Kind"] = message.kind
    mail.set_content(text or message.subject)
    mail.add_alternative(html or f"<p>{message.subject}</p>", subtype="html")
    return mail


def file_record(message: Message, text: str, now: datetime) -> Mapping[str, Any]:
    return {
        "timestamp": now.isoformat(),
        "notification_id": message.notification_id,
        "kind": message.kind,
        "severity": message.severity,
        "subject": message.subject,
        "body": message.body,
        "text": text,
        "context": dict(message.context),
    }
