"""Alembic migrations go up and down cleanly on SQLite and PostgreSQL."""

from __future__ import annotations

from services.storage.adapters import migrate
from services.storage.adapters.db import make_engine
from services.storage.adapters.tables import ALL_TABLES


async def test_migrations_upgrade_downgrade_and_upgrade_again(
    backend: tuple[str, str | None],
) -> None:
    url, schema = backend
    engine = make_engine(url, schema=schema)
    try:
        assert await migrate.current_revision(engine) is None
        await migrate.upgrade(engine)
        assert await migrate.current_revision(engine) == "0002"
        assert set(ALL_TABLES) <= await migrate.table_names(engine)

        await migrate.downgrade(engine, "0001")
        assert await migrate.current_revision(engine) == "0001"
        await migrate.downgrade(engine, "base")
        assert await migrate.table_names(engine) <= {"alembic_version"}

        await migrate.upgrade(engine)
        assert set(ALL_TABLES) <= await migrate.table_names(engine)
    finally:
        await engine.dispose()
