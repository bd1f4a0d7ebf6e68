"""The notification repository on SQLite and on the real PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.ext.asyncio import create_async_engine

from kubernaut.runtime.db import create_engine
from services.notification.adapters.repository import (
    DuplicateNotification,
    ListFilter,
    Repository,
)
from services.notification.domain.records import DeliveryRecord, NotificationRecord

PG_DSN = os.environ.get("KUBERNAUT_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")
T0 = datetime(2025, 9, 26, 23, 0, tzinfo=UTC)


def _pg_schema() -> str:
    try:
        with psycopg.connect(PG_DSN, connect_timeout=2, autocommit=True) as conn:
            name = f"kn_notification_{uuid.uuid4().hex[:10]}"
            conn.execute(f'CREATE SCHEMA "{name}"')
            return name
    except psycopg.Error as exc:
        reason = f"PostgreSQL not reachable at {PG_DSN}: {exc}".splitlines()[0]
        if os.environ.get("KUBERNAUT_REQUIRE_SERVICES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.requires_postgres)])
async def repo(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Repository]:
    schema = None
    if request.param == "sqlite":
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'n.db'}")
    else:
        schema = _pg_schema()
        url = "postgresql+psycopg://" + PG_DSN.split("://", 1)[1]
        engine = create_async_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    repository = Repository(engine)
    await repository.create_schema()
    try:
        yield repository
    finally:
        await engine.dispose()
        if schema is not None:
            with psycopg.connect(PG_DSN, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def record(nid: str, at: datetime, **fields: object) -> NotificationRecord:
    values: dict[str, object] = {
        "notification_id": nid,
        "kind": "alert_received",
        "severity": "warning",
        "subject": f"subject {nid}",
        "body": "",
        "requested_channels": None,
        "digest": "d",
        "disposition": "dispatched",
        "status": "pending",
        "created_at": at,
        "updated_at": at,
        "context": {"alert": {"name": "A", "fingerprint": "fp"}},
        "group_key": "alert:fp:alert_received",
    }
    values.update(fields)
    return NotificationRecord(**values)  # type: ignore[arg-type]


async def test_round_trip_keeps_deliveries_and_utc_times(repo: Repository) -> None:
    rec = record(
        "n1",
        T0,
        deliveries=[
            DeliveryRecord("slack", "slack_webhook", updated_at=T0),
            DeliveryRecord("pd", "pagerduty", updated_at=T0),
        ],
    )
    await repo.insert(rec)
    rec.deliveries[0].status, rec.deliveries[0].attempts = "delivered", 2
    rec.deliveries[0].delivered_at = T0 + timedelta(seconds=3)
    await repo.update_delivery("n1", rec.deliveries[0])
    got = await repo.get("n1")
    assert got is not None
    assert got.created_at == T0 and got.created_at.tzinfo is not None
    assert got.context == {"alert": {"name": "A", "fingerprint": "fp"}}
    assert [(d.channel, d.status, d.attempts) for d in got.deliveries] == [
        ("slack", "delivered", 2),
        ("pd", "pending", 0),
    ]
    assert got.deliveries[0].delivered_at == T0 + timedelta(seconds=3)
    assert await repo.unfinished_deliveries() == [("n1", "pd")]
    assert (await repo.channel_counts())["slack"] == {"delivered": 1}
    with pytest.raises(DuplicateNotification):
        await repo.insert(record("n1", T0))


async def test_group_leader_is_the_latest_sent_one_within_the_window(repo: Repository) -> None:
    await repo.insert(record("old", T0))
    await repo.insert(record("new", T0 + timedelta(minutes=2)))
    await repo.insert(record("dup", T0 + timedelta(minutes=3), disposition="grouped"))
    leader = await repo.group_leader("alert:fp:alert_received", T0 + timedelta(minutes=1))
    assert leader is not None and leader.notification_id == "new"
    assert await repo.group_leader("alert:fp:alert_received", T0 + timedelta(minutes=4)) is None
    await repo.bump_group("new", T0)
    got = await repo.get("new")
    assert got is not None and got.group_count == 2


async def test_pages_newest_first_with_filters(repo: Repository) -> None:
    for i in range(5):
        await repo.insert(
            record(f"n{i}", T0 + timedelta(seconds=i), severity="critical" if i % 2 else "info")
        )
    page, cursor = await repo.list_page(ListFilter(), limit=2, after_seq=None)
    assert [r.notification_id for r in page] == ["n4", "n3"] and cursor is not None
    page, cursor = await repo.list_page(ListFilter(), limit=3, after_seq=cursor)
    assert [r.notification_id for r in page] == ["n2", "n1", "n0"] and cursor is None
    critical, _ = await repo.list_page(ListFilter(severity="critical"), limit=10, after_seq=None)
    assert [r.notification_id for r in critical] == ["n3", "n1"]
    recent, _ = await repo.list_page(
        ListFilter(since=T0 + timedelta(seconds=3), alert_name="A"), limit=10, after_seq=None
    )
    assert [r.notification_id for r in recent] == ["n4", "n3"]


async def test_open_storm_summaries_and_their_members(repo: Repository) -> None:
    await repo.insert(record("storm-1", T0, kind="storm_summary", disposition="summary"))
    for i in range(3):
        await repo.insert(
            record(
                f"m{i}",
                T0,
                disposition="summarised",
                summary_id="storm-1",
                status="suppressed",
                planned_channels=["slack"],
            )
        )
    assert await repo.open_summaries() == ["storm-1"]
    members = await repo.summary_members("storm-1")
    assert [m.notification_id for m in members] == ["m0", "m1", "m2"]
    summary = await repo.get("storm-1")
    assert summary is not None
    summary.deliveries = [DeliveryRecord("slack", "slack_webhook", updated_at=T0)]
    summary.summarised_count = 3
    await repo.save_summary(summary)
    assert await repo.open_summaries() == []
