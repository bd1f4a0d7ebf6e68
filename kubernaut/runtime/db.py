"""SQLAlchemy 2 async engines: embedded SQLite by default, PostgreSQL by configuration."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import MetaData, event
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """An async engine; SQLite gets WAL, a busy timeout and foreign keys."""
    if url.startswith("sqlite"):
        database = url.split("///", 1)[-1]
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_async_engine(url, echo=echo, pool_pre_ping=True)


class LocalStore:
    """A service's own small SQL state (queues, lifecycles, schedules).

    The engine is opened and the tables created at start-up (``open``), never at
    construction, and writes are serialised in-process with ``_write``: SQLite has one
    writer, and serialising our own connections avoids "database is locked".
    """

    def __init__(self, url: str, metadata: MetaData, name: str = "store") -> None:
        self._url = url
        self._metadata = metadata
        self._name = name
        self._engine_or_none: AsyncEngine | None = None
        self._write = asyncio.Lock()

    @property
    def _engine(self) -> AsyncEngine:
        if self._engine_or_none is None:
            raise RuntimeError(f"{self._name} used before open()")
        return self._engine_or_none

    async def open(self) -> None:
        self._engine_or_none = create_engine(self._url)
        async with self._engine.begin() as conn:
            await conn.run_sync(self._metadata.create_all)

    async def close(self) -> None:
        if self._engine_or_none is not None:
            await self._engine_or_none.dispose()
            self._engine_or_none = None
