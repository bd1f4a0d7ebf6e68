"""The notification as the domain sees it, independent of the HTTP models."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal[
    "action_taken",
    "approval_needed",
    "escalation",
    "effectiveness_result",
    "out_of_scope",
    "resolved",
    "alert_received",
    "storm_summary",
]
Severity = Literal["critical", "warning", "info"]
ChannelType = Literal[
    "slack_webhook", "slack_api", "teams", "email", "pagerduty", "console", "file"
]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "critical": 2}


@dataclass(frozen=True)
class Message:
    """One notification to route and render.

    `context` keeps the caller's structure ({alert, action, workflow, links}) as plain
    data: templates and payload builders read it, nothing here interprets it further.
    """

    notification_id: str
    kind: Kind
    severity: Severity
    subject: str
    body: str = ""
    context: Mapping[str, Any] = field(default_factory=dict)
    channels: tuple[str, ...] | None = None

    @property
    def alert(self) -> Mapping[str, Any]:
        value = self.context.get("alert")
        return value if isinstance(value, Mapping) else {}

    @property
    def workflow(self) -> Mapping[str, Any]:
        value = self.context.get("workflow")
        return value if isinstance(value, Mapping) else {}

    @property
    def action(self) -> Mapping[str, Any]:
        value = self.context.get("action")
        return value if isinstance(value, Mapping) else {}

    @property
    def links(self) -> list[Mapping[str, Any]]:
        value = self.context.get("links")
        if not isinstance(value, list):
            return []
        return [link for link in value if isinstance(link, Mapping)]

    @property
    def alert_labels(self) -> Mapping[str, str]:
        labels = self.alert.get("labels")
        if not isinstance(labels, Mapping):
            return {}
        return {str(k): str(v) for k, v in labels.items()}

    @property
    def alert_name(self) -> str:
        return str(self.alert.get("name") or self.alert_labels.get("alertname") or "")

    @property
    def namespace(self) -> str:
        return str(self.alert.get("namespace") or self.alert_labels.get("namespace") or "")

    def routing_labels(self) -> dict[str, str]:
        """The label set routes match on: the alert's labels plus our own fields.

        Our fields win over alert labels of the same name, so a route on `severity`
        always sees the notification's severity.
        """
        labels = dict(self.alert_labels)
        labels.update(
            {
                "kind": self.kind,
                "severity": self.severity,
                "namespace": self.namespace,
                "alertname": self.alert_name,
                "alert_name": self.alert_name,
            }
        )
        if self.alert.get("severity"):
            labels["alert_severity"] = str(self.alert["severity"])
        if self.alert.get("resource"):
            labels["resource"] = str(self.alert["resource"])
        return labels

    def content_digest(self) -> str:
        """A stable hash of what the caller sent, to tell a replay from a conflicting reuse
        of the same notification_id."""
        canonical = json.dumps(
            {
                "kind": self.kind,
                "severity": self.severity,
                "subject": self.subject,
                "body": self.body,
                "context": self.context,
                "channels": list(self.channels) if self.channels is not None else None,
            },
            sort_keys=True,
            default=str,
            separators=(",", ":"),
        )
        return hashlib.sha256(canonical.encode()).hexdigest()


def max_severity(severities: list[str]) -> Severity:
    best: Severity = "info"
    for sev in severities:
        if SEVERITY_RANK.get(sev, 0) > SEVERITY_RANK[best]:
            best = sev  # type: ignore[assignment]
    return best
