"""Optional pgvector table for the similarity index (PostgreSQL with the extension only).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 02:10:00

On SQLite, or on a PostgreSQL server without the `vector` extension, this migration
does nothing and storage uses its built-in index.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

PGVECTOR_DIM = 512


def _pgvector_available(bind: sa.Connection) -> bool:
    if bind.dialect.name != "postgresql":
        return False
    installed = bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'vector'")).first()
    if installed:
        return True
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")
    ).first()
    if not available:
        return False
    # CREATE EXTENSION may be refused (not superuser); a savepoint keeps the migration's
    # transaction usable so we can fall back to the built-in index.
    nested = bind.begin_nested()
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS vector"))
    except sa.exc.DBAPIError:
        nested.rollback()
        return False
    nested.commit()
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if not _pgvector_available(bind):
        return
    op.execute(
        "CREATE TABLE IF NOT EXISTS embedding_vectors ("
        " action_id VARCHAR(128) PRIMARY KEY,"
        f" embedding vector({PGVECTOR_DIM}) NOT NULL)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS embedding_vectors")
