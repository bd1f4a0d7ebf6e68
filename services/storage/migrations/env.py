"""Alembic environment: runs on a connection handed over by services.storage.adapters.migrate.

Standalone use (``alembic -c services/storage/migrations/alembic.ini``) falls back to
``sqlalchemy.url`` with a synchronous driver.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from services.storage.adapters.tables import metadata

config = context.config
target_metadata = metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite needs batch mode for ALTERs
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = engine_from_config(
        config.get_section(config.config_ini_section) or {},
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        _run(conn)
