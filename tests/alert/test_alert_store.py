"""The lifecycle store on a real SQLite file: idempotency, survival, retention."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from kubernaut.runtime.db import sqlite_url
from services.alert.adapters.store import AlertStore

PG_DSN = os.environ.get("KUBERNAUT_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database: a SQLite file, or a throw-away schema in the test PostgreSQL."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "alerts.db")
        return
    name = f"kn_alert_{uuid.uuid4().hex[:10]}"
    try:
        with psycopg.connect(PG_DSN, connect_timeout=2, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
    except psycopg.Error as exc:
        reason = f"PostgreSQL not reachable at {PG_DSN}: {exc}".splitlines()[0]
        if os.environ.get("KUBERNAUT_REQUIRE_SERVICES") == "1":
            pytest.fail(reason + " (KUBERNAUT_REQUIRE_SERVICES=1)")
        pytest.skip(reason)
    yield "postgresql+psycopg://" + PG_DSN.split("://", 1)[1] + f"?options=-csearch_path%3D{name}"
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def doc(alert_id: str, state: str = "received") -> dict[str, Any]:
    return {
        "alert_id": alert_id,
        "fingerprint": "fp",
        "status": "firing",
        "state": state,
        "in_scope": True,
        "alert": {"name": "X", "severity": "warning", "namespace": "ns"},
    }


async def test_events_are_idempotent_and_records_survive_reopening(database_url: str) -> None:
    url = database_url
    store = AlertStore(url)
    await store.open()
    try:
        first = await store.ingest(
            [
                ("evt-1", "alt-1", lambda cur: (doc("alt-1"), True)),
                ("evt-1", "alt-1", lambda cur: (doc("alt-1"), True)),
            ],
            now=100.0,
        )
        assert first == [True, False]
        assert await store.due(100.0, 10, set()) == ["alt-1"]
    finally:
        await store.close()
    reopened = AlertStore(url)
    await reopened.open()
    try:
        assert (await reopened.load("alt-1") or {})["state"] == "received"
        assert await reopened.ingest(
            [("evt-1", "alt-1", lambda cur: (doc("alt-1"), True))], now=101.0
        ) == [False]
        assert await reopened.due(100.0, 10, set()) == ["alt-1"]  # still to process
    finally:
        await reopened.close()


async def test_retention_forgets_finished_alerts_but_keeps_unfinished_work(
    database_url: str,
) -> None:
    store = AlertStore(database_url)
    await store.open()
    try:
        await store.ingest(
            [
                ("evt-old-done", "alt-done", lambda cur: (doc("alt-done", "resolved"), False)),
                ("evt-old-busy", "alt-busy", lambda cur: (doc("alt-busy"), True)),
            ],
            now=100.0,
        )
        assert await store.purge(older_than=200.0) == 1
        assert await store.load("alt-done") is None
        assert await store.load("alt-busy") is not None
        # The forgotten event id is no longer remembered either.
        again = await store.ingest(
            [("evt-old-done", "alt-done", lambda cur: (doc("alt-done"), False))], now=300.0
        )
        assert again == [True]
    finally:
        await store.close()
