"""Jinja2 templates per notification kind and channel.

Lookup for channel family `F` and kind `K`: `F/K<ext>` then `F/default<ext>`, first in the
operator's template directory, then in the built-in templates, so an operator overrides
one kind for one channel by dropping a single file. Templates produce the human text;
the channel payload builders put it into Block Kit, Adaptive Cards, MIME or Events v2.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from .model import Message

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
SEVERITY_EMOJI = {
    "critical": ":red_circle:",
    "warning": ":warning:",
    "info": ":information_source:",
}


def slack_escape(value: object) -> str:
    """Slack mrkdwn control characters (https://api.slack.com/reference/surfaces/formatting)."""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class Rendered:
    text: str
    html: str | None = None


class Renderer:
    def __init__(self, template_dirs: Sequence[Path]) -> None:
        loaders: list[jinja2.BaseLoader] = [
            jinja2.FileSystemLoader(str(d)) for d in (*template_dirs, BUILTIN_TEMPLATES)
        ]
        self._env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
            undefined=jinja2.ChainableUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self._env.filters["slack_escape"] = slack_escape

    def render(
        self, family: str, message: Message, extra: Mapping[str, Any], ext: str = ".j2"
    ) -> str:
        template = self._env.select_template(
            [f"{family}/{message.kind}{ext}", f"{family}/default{ext}"]
        )
        return template.render(template_context(message, extra)).strip()

    def render_email(self, message: Message, extra: Mapping[str, Any]) -> Rendered:
        return Rendered(
            text=self.render("email", message, extra, ".txt.j2"),
            html=self.render("email", message, extra, ".html.j2"),
        )


def template_context(message: Message, extra: Mapping[str, Any]) -> dict[str, Any]:
    context = {
        "notification": {
            "notification_id": message.notification_id,
            "kind": message.kind,
            "severity": message.severity,
            "subject": message.subject,
            "body": message.body,
        },
        "alert": dict(message.alert),
        "action": dict(message.action),
        "workflow": dict(message.workflow),
        "links": list(message.links),
        "storm": dict(message.context.get("storm") or {}),
        "severity_emoji": SEVERITY_EMOJI.get(message.severity, ""),
        "approval": None,
    }
    context.update(extra)
    return context
