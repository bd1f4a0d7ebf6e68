"""Repository behaviour on both databases: what other services store and query."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from services.storage.adapters.repository import Repository
from services.storage.domain.errors import ConflictError, InvalidInputError, NotFoundError
from tests.storage.storage_clock import FakeClock


def decision(action_id: str, **overrides: Any) -> dict[str, Any]:
    alert = {
        "name": "HighMemoryUsage",
        "severity": "critical",
        "namespace": "shop",
        "resource": "web",
        "labels": {"alertname": "HighMemoryUsage", "deployment": "web"},
        "annotations": {"summary": "memory above 90%"},
    }
    alert.update(overrides.pop("alert", {}))
    req = {
        "alert": alert,
        "action": "restart_pod",
        "confidence": 0.8,
        "reasoning": {"summary": "memory"},
        "parameters": {"namespace": alert["namespace"], "resource": alert["resource"]},
        "request_id": f"req-{action_id}",
        "action_id": action_id,
    }
    req.update(overrides)
    return req


async def test_store_action_is_idempotent_and_rejects_a_different_reuse(repo: Repository) -> None:
    record, created = await repo.store_action(decision("a1"))
    assert created and record["resource_kind"] == "Deployment"
    again, created_again = await repo.store_action(decision("a1"))
    assert not created_again and again["action_id"] == "a1"
    with pytest.raises(ConflictError):
        await repo.store_action(decision("a1", action="delete_pod"))


async def test_history_filters_and_paginates_newest_first(
    repo: Repository, clock: FakeClock
) -> None:
    for i in range(7):
        clock.advance(minutes=1)
        ns = "shop" if i % 2 == 0 else "billing"
        await repo.store_action(decision(f"a{i}", alert={"namespace": ns, "resource": f"r{i % 3}"}))
    first, cursor = await repo.query_history(namespace="shop", limit=2)
    assert [e["action_id"] for e in first] == ["a6", "a4"]
    second, cursor2 = await repo.query_history(namespace="shop", limit=2, cursor=cursor)
    assert [e["action_id"] for e in second] == ["a2", "a0"]
    assert cursor2 is None
    by_resource, _ = await repo.query_history(resource="r1")
    assert {e["action_id"] for e in by_resource} == {"a1", "a4"}
    start = clock.now - timedelta(minutes=1, seconds=30)
    recent, _ = await repo.query_history(since=start)
    assert [e["action_id"] for e in recent] == ["a6", "a5"]
    with pytest.raises(InvalidInputError):
        await repo.query_history(cursor="not-a-cursor")
    with pytest.raises(InvalidInputError):
        await repo.query_history(since=clock.now, until=clock.now - timedelta(days=1))


async def test_outcome_follows_execution_then_assessment(repo: Repository) -> None:
    await repo.store_action(decision("a1"))
    await repo.store_execution(
        {"execution_id": "x1", "action_id": "a1", "workflow_id": "w1", "status": "executing"}
    )
    assert (await repo.get_action("a1"))["outcome"] == "pending"
    await repo.store_execution({"execution_id": "x1", "status": "failed", "error": "boom"})
    entry = await repo.get_action("a1")
    assert entry["outcome"] == "failure"
    assert entry["execution"]["workflow_id"] == "w1"  # kept from the first report
    with pytest.raises(ConflictError):
        await repo.store_execution({"execution_id": "x1", "status": "executing"})
    await repo.store_assessment(
        {"assessment_id": "s1", "execution_id": "x1", "outcome": "effective", "score": 0.9}
    )
    failures, _ = await repo.query_history(outcome="failure")
    successes, _ = await repo.query_history(outcome="success")
    assert failures == [] and [e["action_id"] for e in successes] == ["a1"]
    assert (await repo.list_assessments(action_id="a1"))[0][0]["assessment_id"] == "s1"


async def test_time_to_resolution_comes_from_the_linked_alert(
    repo: Repository, clock: FakeClock
) -> None:
    started = clock.now
    stored, created = await repo.store_alert(
        {"fingerprint": "fp1", "name": "HighMemoryUsage", "status": "firing", "starts_at": started,
         "namespace": "shop", "resource": "web"}
    )  # fmt: skip
    assert created and stored["state"] == "received"
    clock.advance(minutes=1)
    await repo.store_action(decision("a1", alert={"fingerprint": "fp1"}))
    clock.advance(minutes=4)
    resolved, created = await repo.store_alert(
        {"fingerprint": "fp1", "name": "HighMemoryUsage", "status": "resolved",
         "starts_at": started, "ends_at": clock.now}
    )  # fmt: skip
    assert not created and resolved["status"] == "resolved"
    assert [ev["state"] for ev in resolved["lifecycle"]] == ["received", "resolved"]
    entry = await repo.get_action("a1")
    assert entry["time_to_resolution_seconds"] == 240.0


async def test_alert_lifecycle_and_batch_upsert(repo: Repository, clock: FakeClock) -> None:
    items = [
        {"fingerprint": f"f{i}", "name": "PodCrashLooping", "status": "firing",
         "starts_at": clock.now, "namespace": "shop"}
        for i in range(3)
    ]  # fmt: skip
    records, created = await repo.store_alert_batch(items)
    assert created == 3 and len({r["alert_id"] for r in records}) == 3
    again, created_again = await repo.store_alert_batch(items)
    assert created_again == 0 and [r["alert_id"] for r in again] == [r["alert_id"] for r in records]
    alert_id = records[0]["alert_id"]
    updated = await repo.update_lifecycle(alert_id, {"state": "analyzing", "detail": {"by": "ai"}})
    assert updated["state"] == "analyzing" and updated["lifecycle"][-1]["detail"] == {"by": "ai"}
    done = await repo.update_lifecycle(alert_id, {"state": "resolved"})
    assert done["status"] == "resolved" and done["resolved_at"] is not None
    firing, _ = await repo.list_alerts(status="firing", namespace="shop")
    assert len(firing) == 2
    with pytest.raises(NotFoundError):
        await repo.update_lifecycle("missing", {"state": "x"})
    with pytest.raises(ConflictError):  # same occurrence under a second id
        await repo.store_alert({**items[1], "alert_id": "another-id"})


async def test_audit_chain_verifies_and_detects_a_tampered_row(repo: Repository) -> None:
    await asyncio.gather(
        *(
            repo.append_audit([{"actor": "ai-service", "event_type": "action_decided",
                                "subject": f"a{i}", "inputs": {"i": i}, "outputs": {"ok": True}}])
            for i in range(10)
        )
    )  # fmt: skip
    await repo.append_audit([{"actor": "workflow-service", "event_type": "approved"}] * 2)
    ok = await repo.verify_audit()
    assert ok.valid and ok.entries_checked == 12
    page, cursor = await repo.list_audit(actor="ai-service", limit=5)
    assert [e["sequence"] for e in page] == [1, 2, 3, 4, 5] and cursor is not None

    async with repo.engine.begin() as conn:  # an attacker edits a stored decision
        await conn.execute(
            sa.text("UPDATE audit_log SET outputs = :o WHERE sequence = 7"), {"o": '{"ok": false}'}
        )
    broken = await repo.verify_audit()
    assert not broken.valid and broken.first_invalid_sequence == 7


async def test_audit_detects_a_deleted_row(repo: Repository) -> None:
    await repo.append_audit(
        [{"actor": "x", "event_type": "e", "inputs": {"n": i}} for i in range(5)]
    )
    async with repo.engine.begin() as conn:
        await conn.execute(sa.text("DELETE FROM audit_log WHERE sequence = 3"))
    result = await repo.verify_audit()
    assert not result.valid and result.first_invalid_sequence == 4


async def test_similarity_returns_the_planted_nearest_incidents(
    repo: Repository, clock: FakeClock
) -> None:
    noise = ["DiskFull", "CertificateExpiring", "NodeNotReady", "HighLatency", "TargetDown"]
    for i, name in enumerate(noise * 3):
        clock.advance(seconds=1)
        await repo.store_action(
            decision(f"n{i}", alert={"name": name, "namespace": f"ns{i}", "resource": f"x{i}",
                                     "labels": {"alertname": name}})
        )  # fmt: skip
    planted = {"p1": "web", "p2": "web-canary"}
    for action_id, resource in planted.items():
        await repo.store_action(
            decision(action_id, alert={"name": "HighMemoryUsage", "resource": resource,
                                       "labels": {"deployment": resource, "container": "app"}})
        )  # fmt: skip
    await repo.store_execution({"execution_id": "xp1", "action_id": "p1", "status": "succeeded"})
    hits = await repo.search_similar(
        {"name": "HighMemoryUsage", "namespace": "shop", "resource": "web",
         "labels": {"deployment": "web", "container": "app", "pod": "web-9"}},
        k=2,
    )  # fmt: skip
    assert [e["action_id"] for _, e in hits] == ["p1", "p2"]
    assert hits[0][0] > hits[1][0] > 0.5
    assert hits[0][1]["execution"]["status"] == "succeeded"
    only_other_ns = await repo.search_similar({"name": "HighMemoryUsage"}, k=3, namespace="ns0")
    assert [e["action_id"] for _, e in only_other_ns] == ["n0"]
    expected = "builtin"
    if repo.dialect == "postgresql":
        async with repo.engine.connect() as conn:
            has_vector = await conn.scalar(
                sa.text("SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'")
            )
        expected = "pgvector" if has_vector else "builtin"  # falls back without the extension
    assert repo.index.name == expected


async def test_patterns_upsert_replace_and_query(repo: Repository) -> None:
    def pat(key: str, support: int, **kw: Any) -> dict[str, Any]:
        return {"pattern_type": "action_effectiveness", "key": key, "support": support,
                "alert_name": key.split("|")[0], "action": "restart_pod", **kw}  # fmt: skip

    stored, removed = await repo.store_patterns(
        [pat("A|Pod|restart_pod", 3, success_rate=0.5), pat("B|Pod|restart_pod", 9),
         {"pattern_type": "seasonality", "key": "A|hour", "support": 4, "data": {"hour": 3}}],
        replace_types=["action_effectiveness"],
    )  # fmt: skip
    assert (stored, removed) == (3, 0)
    stored, removed = await repo.store_patterns(
        [pat("A|Pod|restart_pod", 5, success_rate=0.8)], replace_types=["action_effectiveness"]
    )
    assert (stored, removed) == (1, 1)
    items, _ = await repo.query_patterns(pattern_type="action_effectiveness")
    assert [(p["key"], p["support"], p["success_rate"]) for p in items] == [
        ("A|Pod|restart_pod", 5, 0.8)
    ]
    everything, cursor = await repo.query_patterns(limit=1)
    assert everything[0]["pattern_type"] == "action_effectiveness" and cursor is not None
    rest, _ = await repo.query_patterns(limit=5, cursor=cursor)
    assert [p["key"] for p in rest] == ["A|hour"]


async def test_retention_purges_old_records_but_keeps_the_audit_trail(
    repo: Repository, clock: FakeClock
) -> None:
    await repo.store_action(decision("old"))
    await repo.append_audit([{"actor": "x", "event_type": "e"}])
    await repo.search_similar({"name": "HighMemoryUsage"})  # warm the index cache
    clock.advance(days=40)
    await repo.store_action(decision("new"))
    _cutoff, deleted = await repo.purge(retention_days=30)
    assert deleted["actions"] == 1 and deleted["embeddings"] == 1
    remaining, _ = await repo.query_history()
    assert [e["action_id"] for e in remaining] == ["new"]
    hits = await repo.search_similar({"name": "HighMemoryUsage"}, k=5)
    assert [e["action_id"] for _, e in hits] == ["new"]
    assert (await repo.verify_audit()).entries_checked == 1


async def test_workflow_history_in_order(repo: Repository) -> None:
    for state in ("pending", "approved", "executing", "completed"):
        await repo.store_workflow_event({"workflow_id": "w1", "state": state, "action_id": "a1"})
    await repo.store_workflow_event({"workflow_id": "w2", "state": "pending"})
    page1, cursor = await repo.list_workflow_history(workflow_id="w1", limit=3)
    page2, _ = await repo.list_workflow_history(workflow_id="w1", limit=3, cursor=cursor)
    assert [e["state"] for e in page1 + page2] == ["pending", "approved", "executing", "completed"]


async def test_concurrent_reports_of_one_record_all_land_without_error(repo: Repository) -> None:
    """Retried deliveries race each other; the loser of an insert race updates instead."""
    reports = [
        repo.store_execution({"execution_id": "x-race", "status": "succeeded", "action_id": "a"})
        for _ in range(6)
    ]
    alert = {"fingerprint": "fp-race", "name": "A", "status": "firing", "starts_at": repo.clock()}
    results = await asyncio.gather(*reports, *(repo.store_alert(alert) for _ in range(6)))
    assert {r["status"] for r in results[:6]} == {"succeeded"}
    assert len({r[0]["alert_id"] for r in results[6:]}) == 1
    assert sum(1 for r in results[6:] if r[1]) == 1


async def test_an_action_on_a_workload_is_filed_under_the_workload_not_the_alerting_pod(
    repo: Repository,
) -> None:
    pod_alert = {"resource": "web-7d9f8b6c5-x2x7k", "kind": "Pod", "labels": {"pod": "x"}}
    await repo.store_action(
        decision(
            "w1",
            alert=pod_alert,
            action="increase_resources",
            parameters={"namespace": "shop", "resource": "web", "kind": "Deployment"},
        )
    )
    # The workload's next pod has another name; the fix must be found under the workload.
    [entry], _ = await repo.query_history(resource="web")
    assert entry["action_id"] == "w1" and entry["resource_kind"] == "Deployment"
