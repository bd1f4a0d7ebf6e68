"""Channel payload formats, templates and approval tokens (pure)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from services.notification.domain.model import Message
from services.notification.domain.payloads import (
    email_message,
    pagerduty_dedup_key,
    pagerduty_event,
    slack_payload,
    teams_payload,
)
from services.notification.domain.rendering import Renderer
from services.notification.domain.signing import approval_links, issue_token, read_token
from services.workflow.domain import tokens as workflow_tokens

NOW = datetime(2025, 9, 26, 23, 0, tzinfo=UTC)
MSG = Message(
    "wf-9-approval",
    "approval_needed",
    "critical",
    "Approve drain_node worker-3?",
    "Risky action <drain>",
    context={
        "alert": {"name": "KubeNodeNotReady", "resource": "worker-3", "fingerprint": "abc"},
        "action": {"type": "drain_node", "risk": "high", "confidence": 0.7},
        "workflow": {"workflow_id": "wf-9"},
        "links": [{"title": "Grafana", "url": "https://grafana.example.com/d/1"}],
    },
)
LINKS = approval_links(
    secret=b"k" * 32,
    base_url="https://wf.example.com/",
    workflow_id="wf-9",
    now=NOW.timestamp(),
    ttl=600,
)


def test_approval_tokens_are_the_format_workflow_service_verifies() -> None:
    token = LINKS.approve_url.removeprefix("https://wf.example.com/api/v1/approvals/")
    parsed = workflow_tokens.verify(b"k" * 32, token, NOW)
    assert (parsed.workflow_id, parsed.decision) == ("wf-9", "approve")
    assert int(parsed.expires_at.timestamp()) == LINKS.expires == int(NOW.timestamp()) + 600
    ours = workflow_tokens.issue(b"s" * 16, "wf-1", "reject", NOW)
    assert read_token(b"s" * 16, ours, NOW.timestamp() - 1) == (
        "wf-1",
        "reject",
        int(NOW.timestamp()),
    )


def test_approval_links_never_outlive_the_approval_request() -> None:
    links = approval_links(
        secret=b"k", base_url="http://wf", workflow_id="w", now=1000.0, ttl=3600, not_after=1300.0
    )
    assert links.expires == 1300
    assert read_token(b"k", links.reject_url.rsplit("/", 1)[1], 1301.0) is None  # expired
    forged = issue_token(b"other", "w", "approve", 2000)
    assert read_token(b"k", forged, 1000.0) is None


def test_slack_message_has_header_fields_and_approval_buttons() -> None:
    payload = slack_payload(MSG, "rendered text", LINKS)
    blocks = payload["blocks"]
    assert blocks[0] == {
        "type": "header",
        "text": {
            "type": "plain_text",
            "text": ":red_circle: Approve drain_node worker-3?",
            "emoji": True,
        },
    }
    assert blocks[1]["text"] == {"type": "mrkdwn", "text": "rendered text"}
    fields = [f["text"] for f in blocks[2]["fields"]]
    assert "*Severity*\ncritical" in fields and "*Workflow*\nwf-9" in fields
    buttons = blocks[3]["elements"]
    assert [b["text"]["text"] for b in buttons] == ["Approve", "Reject", "Grafana"]
    assert buttons[0]["url"] == LINKS.approve_url and buttons[1]["url"] == LINKS.reject_url
    assert len({b["action_id"] for b in buttons}) == 3  # Slack requires unique action_ids


def test_teams_card_is_an_adaptive_card_attachment() -> None:
    body = teams_payload(MSG, "text", None)
    attachment = body["attachments"][0]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert card["body"][0]["color"] == "Attention"
    assert card["actions"] == [
        {"type": "Action.OpenUrl", "title": "Grafana", "url": "https://grafana.example.com/d/1"}
    ]


def test_pagerduty_events_v2_trigger_and_resolve() -> None:
    trigger = pagerduty_event(
        MSG,
        routing_key="rk",
        event_action="trigger",
        summary="s" * 2000,
        source="kubernaut",
        client="Kubernaut",
        client_url=None,
        now=NOW,
    )
    assert trigger["dedup_key"] == "kubernaut/abc"
    assert len(trigger["payload"]["summary"]) == 1024
    assert trigger["payload"]["severity"] == "critical"
    assert trigger["links"] == [{"href": "https://grafana.example.com/d/1", "text": "Grafana"}]
    resolve = pagerduty_event(
        MSG,
        routing_key="rk",
        event_action="resolve",
        summary="",
        source="k",
        client="K",
        client_url=None,
        now=NOW,
    )
    assert resolve == {"routing_key": "rk", "event_action": "resolve", "dedup_key": "kubernaut/abc"}
    no_fp = Message(
        "n",
        "escalation",
        "warning",
        "s",
        context={"alert": {"name": "A", "namespace": "ns", "resource": "r"}},
    )
    assert pagerduty_dedup_key(no_fp) == "kubernaut/A/ns/r"


def test_email_is_multipart_alternative_text_then_html() -> None:
    mail = email_message(
        MSG,
        sender="k@example.com",
        recipients=["a@example.com", "b@example.com"],
        subject_prefix="[K]",
        text="plain",
        html="<p>html</p>",
        now=NOW,
    )
    assert mail["Subject"] == "[K] [CRITICAL] Approve drain_node worker-3?"
    assert mail["To"] == "a@example.com, b@example.com"
    parts = [p.get_content_type() for p in mail.iter_parts()]
    assert parts == ["text/plain", "text/html"]


def test_builtin_templates_render_every_channel_family() -> None:
    renderer = Renderer([])
    extra = {
        "approval": {
            "approve_url": "https://a",
            "reject_url": "https://r",
            "expires": 1,
            "expires_iso": "x",
        }
    }
    slack = renderer.render("slack", MSG, extra)
    assert "Approval needed" in slack and "Risky action &lt;drain&gt;" in slack
    email = renderer.render_email(MSG, extra)
    assert "Approve: https://a" in email.text
    assert "Risky action &lt;drain&gt;" in (email.html or "")
    assert renderer.render("pagerduty", MSG, {}) == "Approve drain_node worker-3?"
    assert renderer.render("console", MSG, {}).startswith("CRITICAL approval_needed:")


def test_operator_templates_override_one_kind_for_one_channel(tmp_path: Path) -> None:
    (tmp_path / "slack").mkdir()
    (tmp_path / "slack" / "approval_needed.j2").write_text(
        "Custom: {{ notification.subject }} for {{ workflow.workflow_id }}"
    )
    renderer = Renderer([tmp_path])
    assert renderer.render("slack", MSG, {}) == "Custom: Approve drain_node worker-3? for wf-9"
    other = Message("x", "resolved", "info", "Resolved", "done")
    assert renderer.render("slack", other, {}).startswith("done")  # built-in default still used


def test_storm_summary_lists_its_notifications() -> None:
    summary = Message(
        "storm-1",
        "storm_summary",
        "warning",
        "Notification storm",
        "",
        context={
            "storm": {
                "count": 3,
                "items": [{"kind": "alert_received", "severity": "warning", "subject": "A <1>"}],
            }
        },
    )
    text = Renderer([]).render("slack", summary, {})
    assert "*3 notifications*" in text and "A &lt;1&gt;" in text and "2 more" in text
