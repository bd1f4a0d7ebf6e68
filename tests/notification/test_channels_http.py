"""Each channel delivers its real wire format to a local server that checks it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from services.notification.domain.signing import read_token

from .conftest import ServiceFactory
from .receivers import Receiver, Reply
from .smtp_server import PASSWORD, USER, SmtpServer, make_certificate

ALERT = {
    "name": "KubePodCrashLooping",
    "fingerprint": "5f2a1c0e9b7d3a41",
    "severity": "critical",
    "namespace": "shop",
    "resource": "web-7d9c8b6f5-x2x7k",
    "status": "firing",
    "labels": {"alertname": "KubePodCrashLooping", "namespace": "shop", "team": "web"},
}


def _routes(channels: dict[str, Any]) -> dict[str, Any]:
    return {"channels": channels, "route": {"channels": list(channels)}}


def _texts(blocks: list[dict[str, Any]]) -> str:
    parts = []
    for block in blocks:
        if "text" in block:
            parts.append(block["text"]["text"])
        parts += [f["text"] for f in block.get("fields", [])]
        parts += [
            e.get("text", "") if isinstance(e.get("text"), str) else ""
            for e in block.get("elements", [])
        ]
    return "\n".join(parts)


async def test_slack_webhook_receives_block_kit_message(
    notification_service: ServiceFactory,
) -> None:
    with Receiver() as slack:
        routes = _routes(
            {"slack": {"type": "slack_webhook", "webhook_url": f"{slack.url}/services/T1/B2/XYZ"}}
        )
        async with notification_service(routes) as svc:
            response = await svc.notify(
                notification_id="n-slack-1",
                kind="action_taken",
                severity="critical",
                subject="Restarted shop/web",
                body="rollout_restart <done> & verified",
                context={
                    "alert": ALERT,
                    "action": {"type": "rollout_restart", "confidence": 0.9},
                    "links": [{"title": "Runbook", "url": "https://runbooks.example.com/crash"}],
                },
            )
            assert response.status_code == 202, response.text
            data = await svc.settled("n-slack-1")
    assert data["status"] == "delivered"
    assert data["deliveries"][0]["channel"] == "slack"
    assert data["deliveries"][0]["attempts"] == 1
    [request] = slack.requests
    assert request.path == "/services/T1/B2/XYZ"
    assert request.headers["content-type"].startswith("application/json")
    payload = request.body
    assert "Restarted shop/web" in payload["text"]
    types = [b["type"] for b in payload["blocks"]]
    assert types[0] == "header" and "actions" in types and types[-1] == "context"
    assert payload["blocks"][0]["text"]["type"] == "plain_text"
    text = _texts(payload["blocks"])
    # mrkdwn control characters from user data are escaped
    assert "rollout_restart &lt;done&gt; &amp; verified" in text
    assert "KubePodCrashLooping" in text and "shop" in text
    [actions] = [b for b in payload["blocks"] if b["type"] == "actions"]
    assert actions["elements"][0]["url"] == "https://runbooks.example.com/crash"


async def test_slack_api_posts_with_bearer_token_and_signed_approval_buttons(
    notification_service: ServiceFactory,
) -> None:
    secret = "approval-secret-shared-with-workflow"
    answer = {"ok": True, "channel": "C123", "ts": "1503435956.000247"}
    with Receiver(Reply(200, answer)) as slack:
        routes = _routes(
            {
                "approvals": {
                    "type": "slack_api",
                    "token": "xoxb-test-token-123",
                    "channel": "#ops",
                    "api_url": f"{slack.url}/api",
                }
            }
        )
        async with notification_service(
            routes, approval_secret=secret, workflow_public_url="https://kubernaut.example.com"
        ) as svc:
            await svc.notify(
                notification_id="wf-42-approval",
                kind="approval_needed",
                severity="critical",
                subject="Approve rollback_deployment of shop/web?",
                context={
                    "alert": ALERT,
                    "workflow": {"workflow_id": "wf-42"},
                    "action": {"type": "rollback_deployment", "risk": "medium"},
                },
            )
            data = await svc.settled("wf-42-approval")
    assert data["status"] == "delivered"
    assert data["deliveries"][0]["external_ref"] == "1503435956.000247"
    [request] = slack.requests
    assert request.path == "/api/chat.postMessage"
    assert request.headers["authorization"] == "Bearer xoxb-test-token-123"
    assert request.body["channel"] == "#ops"
    [actions] = [b for b in request.body["blocks"] if b["type"] == "actions"]
    approve, reject = actions["elements"][:2]
    assert approve["style"] == "primary" and reject["style"] == "danger"
    prefix = "https://kubernaut.example.com/api/v1/approvals/"
    assert approve["url"].startswith(prefix) and reject["url"].startswith(prefix)
    found = read_token(secret.encode(), approve["url"].removeprefix(prefix), time.time())
    assert found is not None and found[:2] == ("wf-42", "approve")
    assert time.time() < found[2] <= time.time() + 3600 + 1
    rejected = read_token(secret.encode(), reject["url"].removeprefix(prefix), time.time())
    assert rejected is not None and rejected[1] == "reject"
    assert read_token(b"another-secret", approve["url"].removeprefix(prefix), time.time()) is None


async def test_slack_api_error_answer_is_a_failed_delivery(
    notification_service: ServiceFactory,
) -> None:
    with Receiver(Reply(200, {"ok": False, "error": "channel_not_found"})) as slack:
        routes = _routes(
            {
                "s": {
                    "type": "slack_api",
                    "token": "xoxb-1",
                    "channel": "#nope",
                    "api_url": f"{slack.url}/api",
                }
            }
        )
        async with notification_service(routes) as svc:
            await svc.notify(notification_id="n-slack-err")
            data = await svc.settled("n-slack-err")
    assert data["status"] == "failed"
    # not retryable: Slack would answer the same again
    assert data["deliveries"][0]["attempts"] == 1
    assert "channel_not_found" in data["deliveries"][0]["last_error"]


async def test_teams_webhook_receives_adaptive_card(notification_service: ServiceFactory) -> None:
    with Receiver(Reply(202, "1")) as teams:
        routes = _routes(
            {"teams": {"type": "teams", "webhook_url": f"{teams.url}/workflows/abc?sig=s3cr3t"}}
        )
        async with notification_service(
            routes, approval_secret="k" * 32, workflow_public_url="https://k.example.com"
        ) as svc:
            await svc.notify(
                notification_id="n-teams-1",
                kind="approval_needed",
                severity="warning",
                subject="Approve scale_deployment?",
                body="Confidence 0.6",
                context={"alert": ALERT, "workflow": {"workflow_id": "wf-7"}},
            )
            data = await svc.settled("n-teams-1")
    assert data["status"] == "delivered"
    [request] = teams.requests
    body = request.body
    assert body["type"] == "message"
    [attachment] = body["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.4"
    assert card["$schema"] == "http://adaptivecards.io/schemas/adaptive-card.json"
    assert card["body"][0]["text"] == "Approve scale_deployment?"
    facts = {
        f["title"]: f["value"] for b in card["body"] if b["type"] == "FactSet" for f in b["facts"]
    }
    assert facts["Alert"] == "KubePodCrashLooping" and facts["Namespace"] == "shop"
    titles = [a["title"] for a in card["actions"]]
    assert titles[:2] == ["Approve", "Reject"]
    assert all(a["type"] == "Action.OpenUrl" for a in card["actions"])
    assert card["actions"][0]["url"].startswith("https://k.example.com/api/v1/approvals/")


async def test_pagerduty_trigger_then_resolve_share_the_dedup_key(
    notification_service: ServiceFactory,
) -> None:
    answer = {"status": "success", "message": "Event processed", "dedup_key": "x"}
    with Receiver(Reply(202, answer)) as pd:
        routes = _routes(
            {
                "pager": {
                    "type": "pagerduty",
                    "routing_key": "R0UTINGKEY0000000000000000000000",
                    "events_url": f"{pd.url}/v2/enqueue",
                }
            }
        )
        async with notification_service(routes) as svc:
            await svc.notify(
                notification_id="pd-1",
                kind="escalation",
                severity="critical",
                subject="Manual intervention needed",
                body="restart did not help",
                context={"alert": ALERT},
            )
            first = await svc.settled("pd-1")
            resolved_alert = {**ALERT, "status": "resolved"}
            await svc.notify(
                notification_id="pd-2",
                kind="resolved",
                severity="info",
                subject="KubePodCrashLooping resolved",
                context={"alert": resolved_alert},
            )
            second = await svc.settled("pd-2")
    assert first["status"] == second["status"] == "delivered"
    trigger, resolve = pd.bodies("/v2/enqueue")
    assert trigger["routing_key"] == resolve["routing_key"] == "R0UTINGKEY0000000000000000000000"
    assert trigger["event_action"] == "trigger"
    assert resolve["event_action"] == "resolve"
    assert trigger["dedup_key"] == resolve["dedup_key"] == "kubernaut/5f2a1c0e9b7d3a41"
    payload = trigger["payload"]
    assert payload["severity"] == "critical"
    assert payload["source"] == "kubernaut"
    assert payload["summary"].startswith("Manual intervention needed")
    assert payload["component"] == "web-7d9c8b6f5-x2x7k" and payload["group"] == "shop"
    assert payload["class"] == "KubePodCrashLooping"
    assert payload["timestamp"]
    assert payload["custom_details"]["labels"]["team"] == "web"
    assert "payload" not in resolve
    assert first["deliveries"][0]["external_ref"] == "kubernaut/5f2a1c0e9b7d3a41"


async def test_email_goes_through_starttls_and_auth_as_multipart(
    notification_service: ServiceFactory, tmp_path: Path
) -> None:
    cert, key = make_certificate(tmp_path)
    password_file = tmp_path / "smtp-password"
    password_file.write_text(PASSWORD + "\n")
    with SmtpServer(cert, key) as smtp:
        routes = _routes(
            {
                "mail": {
                    "type": "email",
                    "host": "127.0.0.1",
                    "port": smtp.port,
                    "security": "starttls",
                    "username": USER,
                    "password_file": str(password_file),
                    "ca_file": str(cert),
                    "from": "kubernaut@example.com",
                    "to": ["oncall@example.com", "sre@example.com"],
                }
            }
        )
        async with notification_service(routes) as svc:
            await svc.notify(
                notification_id="mail-1",
                kind="effectiveness_result",
                severity="info",
                subject="Restart of shop/web was effective",
                body="alert <resolved>",
                context={
                    "alert": ALERT,
                    "workflow": {"workflow_id": "wf-1", "effectiveness": "effective", "score": 0.9},
                },
            )
            data = await svc.settled("mail-1")
    assert data["status"] == "delivered", data
    assert smtp.inbox.logins == [USER]
    assert smtp.inbox.tls_sessions == [True]
    [mail] = smtp.inbox.messages
    assert smtp.inbox.envelopes[0] == (
        "kubernaut@example.com",
        ["oncall@example.com", "sre@example.com"],
    )
    assert mail["Subject"] == "[Kubernaut] [INFO] Restart of shop/web was effective"
    assert mail["X-Kubernaut-Notification-ID"] == "mail-1"
    assert mail.get_content_type() == "multipart/alternative"
    plain = mail.get_body(preferencelist=("plain",))
    html = mail.get_body(preferencelist=("html",))
    assert plain is not None and html is not None
    assert "alert <resolved>" in plain.get_content()
    assert "alert &lt;resolved&gt;" in html.get_content()  # HTML is escaped
    assert data["deliveries"][0]["external_ref"] == mail["Message-ID"]


async def test_email_with_wrong_password_fails_without_retrying_or_leaking_it(
    notification_service: ServiceFactory, tmp_path: Path
) -> None:
    cert, key = make_certificate(tmp_path)
    with SmtpServer(cert, key) as smtp:
        routes = _routes(
            {
                "mail": {
                    "type": "email",
                    "host": "127.0.0.1",
                    "port": smtp.port,
                    "username": USER,
                    "password": "wrong-password-123",
                    "ca_file": str(cert),
                    "from": "kubernaut@example.com",
                    "to": ["oncall@example.com"],
                }
            }
        )
        async with notification_service(routes) as svc:
            await svc.notify(notification_id="mail-bad")
            data = await svc.settled("mail-bad")
    assert data["status"] == "failed"
    delivery = data["deliveries"][0]
    assert delivery["attempts"] == 1
    assert "authentication failed" in delivery["last_error"]
    assert "wrong-password-123" not in str(data)
    assert smtp.inbox.messages == []
