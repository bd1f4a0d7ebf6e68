"""The durable intake queue on real databases: SQLite (default) and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
import pytest_asyncio

from kubernaut.runtime.db import sqlite_url
from services.gateway.adapters.queue import IntakeStore
from services.gateway.domain.alerts import parse_alertmanager_webhook
from services.gateway.domain.intake import Outcome, PreparedEvent, prepare
from services.gateway.domain.scope import ScopePolicy
from services.gateway.domain.storm import Admission
from tests.gateway.gateway_support import pod_alert, webhook

PG_DSN = os.environ.get("KUBERNAUT_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="module")
def pg_schema() -> Iterator[str]:
    """A throw-away schema in the test PostgreSQL (skipped when it is not running)."""
    try:
        with psycopg.connect(PG_DSN, connect_timeout=2, autocommit=True) as conn:
            name = f"kn_gateway_{uuid.uuid4().hex[:10]}"
            conn.execute(f'CREATE SCHEMA "{name}"')
    except psycopg.Error as exc:
        reason = f"PostgreSQL not reachable at {PG_DSN}: {exc}".splitlines()[0]
        if os.environ.get("KUBERNAUT_REQUIRE_SERVICES") == "1":
            pytest.fail(reason + " (KUBERNAUT_REQUIRE_SERVICES=1)")
        pytest.skip(reason)
    yield name
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest_asyncio.fixture(params=["sqlite", "postgresql"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[IntakeStore]:
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "intake.db")
    else:
        schema = request.getfixturevalue("pg_schema")
        # A table per test: drop what an earlier test of the module left behind.
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f'DROP TABLE IF EXISTS "{schema}".gateway_intake_events')
        url = (
            "postgresql+psycopg://"
            + PG_DSN.split("://", 1)[1]
            + f"?options=-csearch_path%3D{schema}"
        )
    intake = IntakeStore(url)
    await intake.open()
    yield intake
    await intake.close()


def events(count: int, group: str = "{}:{g}") -> list[PreparedEvent]:
    alerts = parse_alertmanager_webhook(
        webhook([pod_alert(i) for i in range(count)], group_key=group)
    )
    return prepare(alerts, ScopePolicy(), datetime(2026, 1, 1, tzinfo=UTC), "req-1", "trace-1")


def always(admission: Admission) -> Callable[[str], Admission]:
    return lambda group: admission


async def test_new_events_are_queued_once_and_repeats_are_duplicates(store: IntakeStore) -> None:
    batch = events(3)
    first = await store.accept(batch, always(Admission.FORWARD), 100.0, 30)
    assert [r.outcome for r in first] == [Outcome.QUEUED] * 3
    again = await store.accept(batch, always(Admission.FORWARD), 101.0, 30)
    assert [r.outcome for r in again] == [Outcome.DUPLICATE] * 3
    due = await store.due(now=100.0, limit=10)
    assert [d.event_id for d in due] == [e.event_id for e in batch]  # arrival order
    assert due[0].payload["request_id"] == "req-1"
    assert await store.pending_summary() == (3, 100.0)


async def test_coalesced_events_wait_for_their_summary_window(store: IntakeStore) -> None:
    batch = events(5)
    receipts = await store.accept(batch, always(Admission.COALESCE), 100.0, 30)
    summaries = {r.coalesced_into for r in receipts}
    assert len(summaries) == 1
    assert await store.due(now=110.0, limit=10) == []  # window still open
    assert await store.next_wakeup() == 130.0
    [summary] = await store.due(now=130.0, limit=10)
    assert summary.payload["coalesced"]["count"] == 5
    members, _ = await store.list(state="coalesced", fingerprint=None, limit=10, cursor=None)
    assert len(members) == 5


async def test_failed_deliveries_are_retried_later_and_forwarded_ones_leave_the_queue(
    store: IntakeStore,
) -> None:
    batch = events(2)
    await store.accept(batch, always(Admission.FORWARD), 100.0, 30)
    ids = [e.event_id for e in batch]
    await store.mark_failed(ids, "ConnectError", next_attempt_at=105.0)
    assert await store.due(now=101.0, limit=10) == []
    assert await store.next_wakeup() == 105.0
    assert len(await store.due(now=105.0, limit=10)) == 2
    await store.mark_forwarded(ids[:1], 106.0)
    assert (await store.pending_summary())[0] == 1
    event = await store.get(ids[0])
    assert event is not None
    assert (event["state"], event["attempts"]) == ("forwarded", 2)
    page, cursor = await store.list(state=None, fingerprint=None, limit=1, cursor=None)
    assert len(page) == 1
    assert cursor is not None
    rest, end = await store.list(state=None, fingerprint=None, limit=1, cursor=cursor)
    assert len(rest) == 1
    assert end is None
    assert await store.purge(older_than=200.0) == 1  # only the delivered one
    assert await store.get(ids[0]) is None
    assert await store.get(ids[1]) is not None
