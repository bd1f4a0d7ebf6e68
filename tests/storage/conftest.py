"""Storage test fixtures: every repository test runs on SQLite and on the real PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest

from services.storage.adapters.repository import Repository, RepositoryOptions, open_repository
from tests.storage.storage_clock import FakeClock

PG_DSN = os.environ.get("KUBERNAUT_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE = os.environ.get("KUBERNAUT_REQUIRE_SERVICES") == "1"


def postgres_reachable() -> str | None:
    """None when reachable, else the reason."""
    try:
        with psycopg.connect(PG_DSN, connect_timeout=2) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"PostgreSQL not reachable at {PG_DSN}: {exc}".splitlines()[0]
    return None


@pytest.fixture(scope="session")
def pg_schema_factory() -> Iterator[object]:
    """Creates uniquely named schemas in the `test` database; drops them at the end."""
    reason = postgres_reachable()
    if reason is not None:
        if REQUIRE:
            pytest.fail(reason + " (KUBERNAUT_REQUIRE_SERVICES=1)")
        pytest.skip(reason)
    created: list[str] = []

    def make() -> str:
        name = f"kn_storage_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
        created.append(name)
        return name

    yield make
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        for name in created:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def sqlalchemy_pg_url() -> str:
    return "postgresql+psycopg://" + PG_DSN.split("://", 1)[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str | None]:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'storage.db'}", None
    factory = request.getfixturevalue("pg_schema_factory")
    return sqlalchemy_pg_url(), factory()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def repo(backend: tuple[str, str | None], clock: FakeClock) -> AsyncIterator[Repository]:
    url, schema = backend
    repository = await open_repository(RepositoryOptions(url, db_schema=schema), clock=clock)
    try:
        yield repository
    finally:
        await repository.close()
