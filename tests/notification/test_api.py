"""notification-service over real HTTP: idempotency, routing, grouping, storms, reloads,
listing and the embedded default sinks."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ServiceFactory
from .receivers import Receiver

ALERT = {
    "name": "KubePodCrashLooping",
    "fingerprint": "fp-1",
    "namespace": "shop",
    "labels": {"alertname": "KubePodCrashLooping", "namespace": "shop", "team": "web"},
}


def hook(receiver: Receiver, path: str = "/hook") -> dict[str, Any]:
    return {"type": "slack_webhook", "webhook_url": f"{receiver.url}{path}"}


async def test_same_notification_id_is_delivered_once(notification_service: ServiceFactory) -> None:
    with Receiver() as slack:
        routes = {"channels": {"slack": hook(slack)}, "route": {"channels": ["slack"]}}
        async with notification_service(routes) as svc:
            first = await svc.notify(notification_id="idem-1", subject="Restarted web")
            await svc.settled("idem-1")
            again = await svc.notify(notification_id="idem-1", subject="Restarted web")
            conflict = await svc.notify(notification_id="idem-1", subject="Something else")
    assert first.status_code == 202
    assert again.status_code == 200
    assert again.json()["status"] == "delivered"
    assert conflict.status_code == 409
    assert conflict.json()["error"]["code"] == "CONFLICT"
    assert len(slack.requests) == 1


async def test_routes_match_severity_namespace_kind_and_labels_with_continue(
    notification_service: ServiceFactory,
) -> None:
    with Receiver() as rx:
        channels = {name: hook(rx, f"/{name}") for name in ("default", "pager", "web", "approvals")}
        routes = {
            "channels": channels,
            "route": {
                "channels": ["default"],
                "routes": [
                    {
                        "name": "approvals",
                        "match": {"kind": "approval_needed"},
                        "channels": ["approvals"],
                    },
                    {
                        "name": "critical-prod",
                        "matchers": ["severity=critical", 'namespace=~"shop|pay"'],
                        "channels": ["pager"],
                        "continue": True,
                    },
                    {"name": "team-web", "match": {"team": "web"}, "channels": ["web"]},
                ],
            },
        }
        async with notification_service(routes) as svc:
            probe = await svc.http.post(
                "/api/v1/routing/test",
                json={
                    "notification_id": "probe",
                    "kind": "escalation",
                    "severity": "critical",
                    "subject": "x",
                    "context": {"alert": ALERT},
                },
            )
            await svc.notify(notification_id="r1", severity="critical", context={"alert": ALERT})
            await svc.notify(
                notification_id="r2",
                severity="info",
                context={"alert": {**ALERT, "fingerprint": "fp-2", "labels": {}}},
            )
            await svc.notify(
                notification_id="r3",
                kind="approval_needed",
                severity="critical",
                context={"alert": {**ALERT, "fingerprint": "fp-3"}},
            )
            r1, r2, r3 = [await svc.settled(n) for n in ("r1", "r2", "r3")]
            explicit = await svc.notify(notification_id="r4", channels=["approvals"])
            unknown = await svc.notify(notification_id="r5", channels=["nope"])
    assert probe.status_code == 200
    assert probe.json() == {
        "routes": ["root", "critical-prod", "team-web"],
        "channels": ["pager", "web"],
    }
    assert [d["channel"] for d in r1["deliveries"]] == ["pager", "web"]
    assert r1["routes"] == ["root", "critical-prod", "team-web"]
    assert [d["channel"] for d in r2["deliveries"]] == ["default"]
    assert [d["channel"] for d in r3["deliveries"]] == ["approvals"]
    assert explicit.status_code == 202 and explicit.json()["routes"] == ["explicit"]
    assert unknown.status_code == 404
    assert unknown.json()["error"]["details"]["unknown_channels"] == ["nope"]


async def test_repeats_for_the_same_alert_and_kind_are_grouped(
    notification_service: ServiceFactory,
) -> None:
    with Receiver() as slack:
        routes = {"channels": {"slack": hook(slack)}, "route": {"channels": ["slack"]}}
        async with notification_service(routes, group_window_seconds=60) as svc:
            first = await svc.notify(
                notification_id="g1", kind="alert_received", context={"alert": ALERT}
            )
            second = await svc.notify(
                notification_id="g2", kind="alert_received", context={"alert": ALERT}
            )
            third = await svc.notify(
                notification_id="g3", kind="alert_received", context={"alert": ALERT}
            )
            other_kind = await svc.notify(
                notification_id="g4", kind="action_taken", context={"alert": ALERT}
            )
            await svc.settled("g4")
            leader = await svc.settled("g1")
            grouped = (
                await svc.http.get("/api/v1/notifications", params={"disposition": "grouped"})
            ).json()
    assert first.json()["disposition"] == "dispatched"
    assert second.status_code == 202
    assert second.json()["disposition"] == "grouped" and second.json()["grouped_into"] == "g1"
    assert third.json()["status"] == "suppressed"
    assert other_kind.json()["disposition"] == "dispatched"
    assert leader["group_count"] == 3
    assert {n["notification_id"] for n in grouped["items"]} == {"g2", "g3"}
    assert len(slack.requests) == 2  # g1 and g4


async def test_storm_is_summarised_into_one_notification(
    notification_service: ServiceFactory,
) -> None:
    with Receiver() as slack:
        routes = {"channels": {"slack": hook(slack)}, "route": {"channels": ["slack"]}}
        async with notification_service(
            routes, storm_threshold=3, storm_window_seconds=2, group_window_seconds=0
        ) as svc:
            answers = []
            for i in range(8):
                alert = {**ALERT, "fingerprint": f"storm-{i}", "name": f"Alert{i}"}
                answers.append(
                    (
                        await svc.notify(
                            notification_id=f"s{i}",
                            severity="critical" if i == 5 else "warning",
                            context={"alert": alert},
                        )
                    ).json()
                )
            approval = await svc.notify(notification_id="s-approval", kind="approval_needed")
            dispositions = [a["disposition"] for a in answers]
            summary_id = answers[3]["summary_id"]
            summary = await svc.settled(summary_id, within=5)
            deadline = time.monotonic() + 5
            while summary["status"] == "pending" and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
                summary = await svc.settled(summary_id)
    assert dispositions == ["dispatched"] * 3 + ["summarised"] * 5
    assert approval.json()["disposition"] == "dispatched"  # approvals are never summarised
    assert {a["summary_id"] for a in answers[3:]} == {summary_id}
    assert summary["kind"] == "storm_summary" and summary["disposition"] == "summary"
    assert summary["summarised_count"] == 5
    assert summary["severity"] == "critical"
    assert summary["status"] == "delivered"
    # 3 individual + 1 approval + 1 summary, not 9 messages
    assert len(slack.requests) == 5
    summary_msg = slack.requests[-1].body
    assert "5 notifications" in summary_msg["text"]
    assert "Alert7" in json.dumps(summary_msg["blocks"])


async def test_routing_file_is_reloaded_when_it_changes(
    notification_service: ServiceFactory, tmp_path: Path
) -> None:
    with Receiver() as a, Receiver() as b:
        routes = {"channels": {"a": hook(a), "b": hook(b)}, "route": {"channels": ["a"]}}
        async with notification_service(routes) as svc:
            await svc.notify(notification_id="rl-1")
            await svc.settled("rl-1")
            routes_file = tmp_path / "routes.yaml"
            routes["route"] = {"channels": ["b"]}
            routes_file.write_text(yaml.safe_dump(routes) + "\n# edited\n")
            await svc.notify(notification_id="rl-2")
            second = await svc.settled("rl-2")
            routes_file.write_text("route: [not, a, mapping")
            await svc.notify(notification_id="rl-3")
            third = await svc.settled("rl-3")
            status = (await svc.http.get("/api/v1/routing")).json()
            forced = (await svc.http.post("/api/v1/routing/reload")).json()
    assert [d["channel"] for d in second["deliveries"]] == ["b"]
    assert [d["channel"] for d in third["deliveries"]] == ["b"]  # broken edit: old routing stays
    assert status["reloads"] == 1 and "not valid YAML" in status["last_error"]
    assert forced["reloaded"] is False
    assert len(a.requests) == 1 and len(b.requests) == 2


async def test_embedded_default_writes_console_and_json_lines(
    notification_service: ServiceFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sink = tmp_path / "out.jsonl"
    async with notification_service(file_sink_path=sink) as svc:
        routing = (await svc.http.get("/api/v1/routing")).json()
        await svc.notify(
            notification_id="def-1",
            kind="out_of_scope",
            severity="info",
            subject="KubeNodeNotReady is out of scope",
            context={"alert": ALERT},
        )
        data = await svc.settled("def-1")
    assert routing["source"] == "embedded-default" and routing["channels"] == ["console", "file"]
    assert data["status"] == "delivered"
    [line] = sink.read_text().splitlines()
    record = json.loads(line)
    assert record["notification_id"] == "def-1" and record["kind"] == "out_of_scope"
    assert record["context"]["alert"]["name"] == "KubePodCrashLooping"
    assert "KubeNodeNotReady is out of scope" in capsys.readouterr().out


async def test_list_filters_paginate_and_bad_input_is_a_400(
    notification_service: ServiceFactory,
) -> None:
    async with notification_service(group_window_seconds=0) as svc:
        batch = await svc.http.post(
            "/api/v1/notify/batch",
            json={
                "notifications": [
                    {
                        "notification_id": f"b{i}",
                        "kind": "alert_received",
                        "severity": "info",
                        "subject": f"n{i}",
                        "context": {"alert": ALERT},
                    }
                    for i in range(5)
                ]
                + [
                    {
                        "notification_id": "b0",
                        "kind": "resolved",
                        "severity": "info",
                        "subject": "changed",
                    },
                    {
                        "notification_id": "bx",
                        "kind": "resolved",
                        "severity": "info",
                        "subject": "x",
                        "channels": ["zzz"],
                    },
                ]
            },
        )
        page1 = (
            await svc.http.get(
                "/api/v1/notifications", params={"limit": 2, "alert_name": "KubePodCrashLooping"}
            )
        ).json()
        page2 = (
            await svc.http.get(
                "/api/v1/notifications",
                params={
                    "limit": 2,
                    "cursor": page1["next_cursor"],
                    "alert_name": "KubePodCrashLooping",
                },
            )
        ).json()
        by_channel = (
            await svc.http.get("/api/v1/notifications", params={"channel": "file"})
        ).json()
        missing = await svc.http.get("/api/v1/notifications/nope")
        invalid = await svc.http.post(
            "/api/v1/notify", json={"notification_id": "bad id!", "kind": "x"}
        )
        bad_cursor = await svc.http.get("/api/v1/notifications", params={"cursor": "abc"})
    assert batch.status_code == 200
    outcomes = [i["outcome"] for i in batch.json()["items"]]
    assert outcomes == ["accepted"] * 5 + ["conflict", "rejected"]
    assert [n["notification_id"] for n in page1["items"]] == ["b4", "b3"]
    assert [n["notification_id"] for n in page2["items"]] == ["b2", "b1"]
    assert len(by_channel["items"]) == 5
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "NOT_FOUND"
    assert invalid.status_code == 400 and "error" in invalid.json()
    assert bad_cursor.status_code == 400
