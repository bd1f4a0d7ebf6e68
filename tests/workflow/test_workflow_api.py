"""workflow-service over real HTTP: execution, gates, approvals, idempotency.

Real storage-, notification- and monitor-service apps receive what the workflow
sends; the executor is ``ContractExecutor`` (speaks and checks executor's spec).
Tests sharing an app use their own target names, so their histories never meet.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from services.workflow.domain.clock import ManualClock
from services.workflow.settings import DryRunSettings, GateSettings
from tests.workflow.conftest import Backends, WorkflowUnderTest
from tests.workflow.wf_support import ContractExecutor

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _get(base: str, path: str) -> httpx.Response:
    async with httpx.AsyncClient(base_url=base, timeout=5) as http:
        return await http.get(path)


async def _notification(backends: Backends, notification_id: str) -> dict[str, Any]:
    """Notifications leave through the outbox: wait for notification-service to have it."""
    for _ in range(100):
        response = await _get(backends.notification, f"/api/v1/notifications/{notification_id}")
        if response.status_code == 200:
            return dict(response.json())
        await asyncio.sleep(0.05)
    raise AssertionError(f"notification {notification_id} never arrived")


def _gate(wf: dict[str, Any], name: str) -> dict[str, Any]:
    return next(g for g in wf["gates"] if g["gate"] == name)


def _clock(wut: WorkflowUnderTest) -> ManualClock:
    assert isinstance(wut.clock, ManualClock)
    return wut.clock


async def test_a_safe_action_runs_is_stored_assessed_and_notified(
    shared_wf: WorkflowUnderTest, executor: ContractExecutor, backends: Backends
) -> None:
    response = await shared_wf.execute(action_id="ok-1", resource="safe-1")
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is True and body["status"] in ("queued", "executing")
    assert body["estimated_duration"] == "30s" and body["dry_run"] is False

    wf = await shared_wf.wait_for(body["workflow_id"], record_done=True)
    assert wf["status"] == "succeeded"
    assert [(s["name"], s["status"]) for s in wf["steps"]] == [
        ("pre_checks", "succeeded"),
        ("action", "succeeded"),
        ("verification", "succeeded"),
        ("record", "succeeded"),
    ]
    assert all(s["started_at"] <= s["finished_at"] for s in wf["steps"])
    assert wf["result"]["status"] == "succeeded"
    # the executor got the execution id as its idempotency key, in real mode
    [sent] = executor.sent_for(body["workflow_id"])
    assert sent["execution_id"] == body["execution_id"] and sent["dry_run"] is False
    assert sent["parameters"] == {"namespace": "default", "resource": "safe-1"}
    # storage recorded the execution, monitor scheduled its assessment
    stored = await _get(backends.storage, f"/api/v1/executions/{body['execution_id']}")
    assert stored.status_code == 200 and stored.json()["status"] == "succeeded"
    found = await _get(backends.monitor, f"/api/v1/assessments?workflow_id={body['workflow_id']}")
    assert [a["workflow_id"] for a in found.json()["items"]] == [body["workflow_id"]]
    # and a human was told
    note = await _notification(backends, f"{body['workflow_id']}-action")
    assert note["kind"] == "action_taken"


async def test_execute_action_is_idempotent_on_action_id(
    shared_wf: WorkflowUnderTest, executor: ContractExecutor
) -> None:
    first = (await shared_wf.execute(action_id="idem-1", resource="idem")).json()
    await shared_wf.wait_for(first["workflow_id"])
    again = await shared_wf.execute(action_id="idem-1", resource="idem")
    assert again.status_code == 200
    assert again.json()["workflow_id"] == first["workflow_id"]
    assert again.json()["execution_id"] == first["execution_id"]
    assert len(executor.sent_for(first["workflow_id"])) == 1
    listed = (await shared_wf.client.get("/api/v1/workflows?resource=idem")).json()["items"]
    assert len(listed) == 1
    # the same action id for another target is refused
    other = await shared_wf.execute(action_id="idem-1", resource="other-pod")
    assert other.status_code == 409
    assert other.json()["error"]["code"] == "CONFLICT"
    assert "already used by workflow" in other.json()["error"]["message"]


async def test_concurrent_retries_create_one_workflow(
    shared_wf: WorkflowUnderTest, executor: ContractExecutor
) -> None:
    answers = await asyncio.gather(
        *(shared_wf.execute(action_id="race-1", resource="race") for _ in range(5))
    )
    assert {a.json()["workflow_id"] for a in answers} != set()
    assert len({a.json()["workflow_id"] for a in answers}) == 1
    wf = await shared_wf.wait_for(answers[0].json()["workflow_id"])
    assert len(executor.sent_for(wf["workflow_id"])) == 1


async def test_bad_requests_get_the_error_envelope(shared_wf: WorkflowUnderTest) -> None:
    http = shared_wf.client
    r = await http.post("/api/v1/execute-action", json={"action": {"type": "restart_pod"}})
    assert r.status_code == 400 and r.json()["error"]["code"] in (
        "VALIDATION_FAILED",
        "BAD_REQUEST",
    )
    r = await shared_wf.execute(action_id="bad-1", confidence=1.5)
    assert r.status_code == 400
    r = await http.get("/api/v1/workflows/wf-missing")
    assert r.status_code == 404 and r.json()["error"]["code"] == "NOT_FOUND"
    r = await http.get("/api/v1/workflows?cursor=%%%")
    assert r.status_code == 400
    r = await http.post("/api/v1/workflows/wf-missing/approve", json={"approver": "a"})
    assert r.status_code == 404


async def test_every_blocking_gate_records_its_reason(
    make_workflow: Any, executor: ContractExecutor
) -> None:
    wut: WorkflowUnderTest = await make_workflow(
        executor.url,
        gates=GateSettings(
            managed_namespaces=["default", "kube-system", "prod"],
            rate_limit_per_namespace=2,
            restart_limit=0,
        ),
    )

    async def blocked(expected_gate: str, **kwargs: Any) -> dict[str, Any]:
        r = await wut.execute(**kwargs)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["success"] is False and body["status"] == "blocked", body
        assert body["estimated_duration"] == "0s"
        assert body["reason"].startswith(f"{expected_gate}: "), body["reason"]
        wf = await wut.workflow(body["workflow_id"])
        assert _gate(wf, expected_gate)["outcome"] == "blocked"
        assert wf["steps"][0]["status"] == "failed" and wf["steps"][1]["status"] == "skipped"
        return wf

    await blocked("alert", action_id="a0", alert={"name": "PodCrash", "status": "resolved"})
    await blocked("protected_namespace", action_id="a1", namespace="kube-system")
    await blocked("scope", action_id="a2", namespace="team-x")
    await blocked("catalogue", action_id="a3", action="format_disk")

    ok = (await wut.execute(action_id="a4")).json()
    await blocked("concurrency", action_id="a5", action="delete_pod")
    await wut.wait_for(ok["workflow_id"])
    wf = await blocked("cooldown", action_id="a6")
    assert "next allowed at" in wf["reason"] and _gate(wf, "cooldown")["until"]
    # rate limit: 2 actions per namespace per window
    second = (await wut.execute(action_id="a7", resource="webapp-2")).json()
    await wut.wait_for(second["workflow_id"])
    await blocked("rate_limit", action_id="a8", resource="webapp-3")
    listed = (await wut.client.get("/api/v1/workflows?status=blocked")).json()["items"]
    assert len(listed) == 7


async def test_consecutive_failures_block_the_target_for_an_hour(
    clocked_wf: WorkflowUnderTest, executor: ContractExecutor
) -> None:
    clock = _clock(clocked_wf)
    executor.behaviour = "fail"
    try:
        for i in range(3):
            r = (await clocked_wf.execute(action_id=f"f{i}", resource="flaky")).json()
            wf = await clocked_wf.wait_for(r["workflow_id"], record_done=True)
            assert wf["status"] == "failed" and "action failed" in wf["reason"]
            clock.advance(301)
    finally:
        executor.behaviour = "succeed"
    r = (await clocked_wf.execute(action_id="f3", resource="flaky")).json()
    assert r["status"] == "blocked"
    assert r["reason"].startswith("consecutive_failures: 3 consecutive failed or ineffective")
    clock.advance(3600)
    r = (await clocked_wf.execute(action_id="f4", resource="flaky")).json()
    assert r["status"] != "blocked"
    assert (await clocked_wf.wait_for(r["workflow_id"]))["status"] == "succeeded"


async def test_scale_thrash_is_blocked_and_escalated(
    clocked_wf: WorkflowUnderTest, backends: Backends
) -> None:
    clock = _clock(clocked_wf)
    for i, replicas in enumerate((5, 2, 5)):
        clock.advance(301)
        r = (
            await clocked_wf.execute(
                "scale_deployment", action_id=f"s{i}", resource="thrash", replicas=replicas
            )
        ).json()
        assert (await clocked_wf.wait_for(r["workflow_id"]))["status"] == "succeeded"
    clock.advance(301)
    r = (
        await clocked_wf.execute("scale_deployment", action_id="s3", resource="thrash", replicas=2)
    ).json()
    assert r["status"] == "blocked" and r["reason"].startswith("oscillation: scale thrash")
    wf = await clocked_wf.workflow(r["workflow_id"])
    assert wf["escalated"] is True
    assert _gate(wf, "oscillation")["details"] == {"pattern": "scale_thrash", "escalate": True}
    note = await _notification(backends, f"{r['workflow_id']}-escalation")
    assert note["kind"] == "escalation" and "scale thrash" in note["body"]


async def test_ineffective_assessments_feed_the_oscillation_gate(
    clocked_wf: WorkflowUnderTest,
) -> None:
    clock = _clock(clocked_wf)
    for i in range(2):
        r = (await clocked_wf.execute(action_id=f"i{i}", resource="stubborn")).json()
        await clocked_wf.wait_for(r["workflow_id"])
        recorded = await clocked_wf.client.post(
            f"/api/v1/workflows/{r['workflow_id']}/assessment",
            json={
                "assessment_id": f"asm-{i}",
                "execution_id": r["execution_id"],
                "outcome": "ineffective",
                "score": 0.1,
            },
        )
        assert recorded.status_code == 200
        assert recorded.json()["assessment"]["outcome"] == "ineffective"
        clock.advance(400)
    r = (await clocked_wf.execute(action_id="i2", resource="stubborn")).json()
    assert r["status"] == "blocked"
    assert "restart_pod was already ineffective 2 times within 4h" in r["reason"]
    # an assessment for a workflow that never ran is a conflict
    refused = await clocked_wf.client.post(
        f"/api/v1/workflows/{r['workflow_id']}/assessment",
        json={"assessment_id": "x", "outcome": "effective"},
    )
    assert refused.status_code == 409


async def test_unanswered_approval_expires(clocked_wf: WorkflowUnderTest) -> None:
    r = (await clocked_wf.execute(action_id="e1", resource="expiring", confidence=0.2)).json()
    assert r["status"] == "awaiting_approval"
    _clock(clocked_wf).advance(1801)
    wf = await clocked_wf.wait_for(r["workflow_id"], {"expired"})
    assert wf["approval"]["status"] == "expired" and wf["reason"].startswith("no approval decision")
    late = await clocked_wf.client.post(
        f"/api/v1/workflows/{r['workflow_id']}/approve", json={"approver": "alice"}
    )
    assert late.status_code == 409 and "expired" in late.json()["error"]["message"]
    listed = (await clocked_wf.client.get("/api/v1/workflows?status=expired")).json()["items"]
    assert r["workflow_id"] in [w["workflow_id"] for w in listed]


async def test_low_confidence_waits_for_approval_and_runs_once_approved(
    shared_wf: WorkflowUnderTest, executor: ContractExecutor, backends: Backends
) -> None:
    r = (await shared_wf.execute(action_id="ap-1", resource="approve-me", confidence=0.5)).json()
    assert r["status"] == "awaiting_approval" and r["success"] is True
    assert "below the floor 0.70" in r["reason"] and r["approval_expires_at"]
    # the approval request reached notification-service with signed links
    note = await _notification(backends, f"{r['workflow_id']}-approval")
    assert note["kind"] == "approval_needed"
    links = {link["title"]: link["url"] for link in note["context"]["links"]}
    assert links["Approve"].startswith(f"http://127.0.0.1:{shared_wf.port}/api/v1/approvals/")
    assert executor.sent_for(r["workflow_id"]) == []

    approved = await shared_wf.client.post(
        f"/api/v1/workflows/{r['workflow_id']}/approve",
        json={"approver": "alice@example.com", "comment": "go"},
    )
    assert approved.status_code == 200
    wf = approved.json()
    assert wf["approval"]["decided_by"] == "alice@example.com"
    assert _gate(wf, "confidence")["outcome"] == "approved"
    assert (await shared_wf.wait_for(r["workflow_id"]))["status"] == "succeeded"
    again = await shared_wf.client.post(
        f"/api/v1/workflows/{r['workflow_id']}/approve", json={"approver": "bob"}
    )
    assert again.status_code == 409


async def test_approval_links_preview_then_decide(
    shared_wf: WorkflowUnderTest, executor: ContractExecutor, backends: Backends
) -> None:
    r = (
        await shared_wf.execute("drain_node", action_id="dr-1", resource="worker-1", namespace=None)
    ).json()
    assert r["status"] == "awaiting_approval"
    assert "drain_node always needs approval" in r["reason"]
    note = await _notification(backends, f"{r['workflow_id']}-approval")
    links = {link["title"]: link["url"] for link in note["context"]["links"]}
    async with httpx.AsyncClient(timeout=5) as http:
        preview = await http.get(links["Reject"])
        assert preview.status_code == 200
        assert preview.json()["decision"] == "reject"
        assert preview.json()["workflow_status"] == "awaiting_approval"
        # a preview changes nothing
        assert (await shared_wf.workflow(r["workflow_id"]))["status"] == "awaiting_approval"
        forged = await http.post(links["Approve"][:-4] + "AAAA", json={})
        assert forged.status_code == 403
        # an approve token cannot be used to reject through the API either
        token = links["Approve"].rsplit("/", 1)[1]
        wrong = await shared_wf.client.post(
            f"/api/v1/workflows/{r['workflow_id']}/reject", json={"approver": "eve", "token": token}
        )
        assert wrong.status_code == 403
        decided = await http.post(
            links["Reject"], json={"approver": "bob", "comment": "no drains today"}
        )
    assert decided.status_code == 200
    wf = decided.json()
    assert wf["status"] == "rejected" and wf["reason"] == "rejected by bob: no drains today"
    assert executor.sent_for(r["workflow_id"]) == []


async def test_dry_run_is_the_embedded_default(
    make_workflow: Any, executor: ContractExecutor
) -> None:
    wut: WorkflowUnderTest = await make_workflow(
        executor.url, dry_run=DryRunSettings(namespaces={"prod": False})
    )
    r = (await wut.execute(action_id="d1", confidence=0.4)).json()
    assert r["dry_run"] is True and r["status"] != "awaiting_approval"
    wf = await wut.wait_for(r["workflow_id"])
    assert wf["status"] == "dry_run_completed" and wf["dry_run_source"] == "global"
    assert wf["approval"]["status"] == "waived_dry_run"
    assert executor.sent_for(r["workflow_id"])[0]["dry_run"] is True
    # a namespace that opted in runs for real; a request can still force a dry run
    real = (await wut.execute(action_id="d2", namespace="prod")).json()
    assert real["dry_run"] is False
    assert (await wut.workflow(real["workflow_id"]))["dry_run_source"] == "namespace:prod"
    policy = (await wut.client.get("/api/v1/policy")).json()
    assert policy["dry_run_default"] is True and policy["dry_run_namespaces"] == {"prod": False}


async def test_list_filters_and_pagination(shared_wf: WorkflowUnderTest) -> None:
    for i, (ns, res) in enumerate([("lists", "la"), ("lists", "lb"), ("lists2", "la")]):
        await shared_wf.execute(
            "collect_diagnostics", action_id=f"l{i}", namespace=ns, resource=res
        )
    q = shared_wf.client.get
    assert len((await q("/api/v1/workflows?namespace=lists")).json()["items"]) == 2
    assert len((await q("/api/v1/workflows?resource=la")).json()["items"]) == 2
    both = (await q("/api/v1/workflows?action=collect_diagnostics")).json()["items"]
    assert len(both) == 3
    page = (await q("/api/v1/workflows?action=collect_diagnostics&limit=2")).json()
    rest = (
        await q(
            f"/api/v1/workflows?action=collect_diagnostics&limit=2&cursor={page['next_cursor']}"
        )
    ).json()
    ids = [w["workflow_id"] for w in page["items"] + rest["items"]]
    assert len(set(ids)) == 3 and "next_cursor" not in rest


async def test_health_and_metrics_show_the_database_and_workflow_outcomes(
    shared_wf: WorkflowUnderTest,
) -> None:
    health = (await shared_wf.client.get("/health")).json()
    assert health["service"] == "workflow-service" and health["components"]["database"] == "healthy"
    assert {"executor-service", "storage-service", "notification-service"} <= set(
        health["components"]
    )
    r = (await shared_wf.execute(action_id="m-1", namespace="kube-system")).json()
    assert r["status"] == "blocked"
    metrics = (await shared_wf.client.get(shared_wf.metrics_url)).text
    assert (
        'workflow_gate_blocks_total{gate="protected_namespace",service="workflow-service"}'
        in metrics
        or 'workflow_gate_blocks_total{service="workflow-service",gate="protected_namespace"}'
        in metrics
    ), [line for line in metrics.splitlines() if "workflow" in line]
    assert 'status="blocked"' in metrics


async def test_a_long_execution_is_looked_up_not_run_twice(
    shared_wf: WorkflowUnderTest, executor: ContractExecutor
) -> None:
    executor.behaviour = "busy"
    try:
        r = (await shared_wf.execute(action_id="long-1", resource="slow-pod")).json()
        for _ in range(100):
            wf = await shared_wf.workflow(r["workflow_id"])
            if "still running" in wf["steps"][1].get("message", ""):
                break
            await asyncio.sleep(0.05)
        assert wf["status"] in ("queued", "executing"), wf["reason"]
        executor.finish(r["execution_id"])
    finally:
        executor.behaviour = "succeed"
    done = await shared_wf.wait_for(r["workflow_id"])
    assert (
        done["status"] == "succeeded" and done["result"]["message"] == "finished after a long wait"
    )
    assert executor.performed().count(r["execution_id"]) == 1
