"""Typed settings of storage-service (env prefix KUBERNAUT_STORAGE_)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from kubernaut.runtime.settings import ServiceSettings


class StorageSettings(ServiceSettings):
    service: ClassVar[str] = "storage"

    database_url: str = Field(
        "",
        description="SQLAlchemy async URL; empty = SQLite file storage.db under the data dir. "
        "PostgreSQL: postgresql+psycopg://user@host:5432/db",
    )
    db_schema: str | None = Field(None, description="PostgreSQL schema (search_path) to use")
    run_migrations: bool = Field(True, description="Apply Alembic migrations on start-up")
    vector_index: Literal["auto", "builtin", "pgvector"] = "auto"
    vectoriser: str = Field(
        "hashed", description="hashed | sentence-transformers:<model> (optional extra)"
    )
    vector_dim: int = Field(512, ge=16, le=65536)
    retention_days: float = Field(90.0, ge=0, description="0 = keep records forever")
    audit_retention_days: float = Field(0.0, ge=0, description="0 = keep the audit trail forever")
    purge_interval_seconds: float = Field(3600.0, gt=0)
    connect_retry_seconds: float = Field(
        1.0, gt=0, description="First retry delay while the database is unreachable (doubles)"
    )
