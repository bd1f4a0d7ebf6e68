"""The storage repository: one object composing every record store, plus its lifecycle."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from services.storage.adapters import migrate
from services.storage.adapters.alerts_repo import AlertStore
from services.storage.adapters.audit_repo import AuditStore
from services.storage.adapters.base import Clock
from services.storage.adapters.db import make_engine, utcnow
from services.storage.adapters.patterns_repo import PatternStore
from services.storage.adapters.vector_index import VectorIndex, choose_index
from services.storage.domain.vectoriser import HashedNgramVectoriser, Vectoriser

log = logging.getLogger(__name__)


class Repository(AlertStore, AuditStore, PatternStore):
    def __init__(
        self,
        engine: AsyncEngine,
        *,
        vectoriser: Vectoriser,
        index: VectorIndex,
        clock: Clock = utcnow,
    ) -> None:
        super().__init__(engine, clock=clock)
        self.vectoriser = vectoriser
        self.index = index
        self._audit_lock = asyncio.Lock()

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as conn:
                await conn.exec_driver_sql("SELECT 1")
        except Exception:  # any driver failure means "database unhealthy"
            log.warning("database ping failed", exc_info=True)
            return False
        return True

    async def close(self) -> None:
        await self.engine.dispose()


@dataclass(frozen=True)
class RepositoryOptions:
    database_url: str
    db_schema: str | None = None
    vector_index: str = "auto"  # auto | builtin | pgvector
    vectoriser: str = "hashed"  # hashed | sentence-transformers:<model name>
    vector_dim: int = 512
    run_migrations: bool = True


def build_vectoriser(spec: str, dim: int) -> Vectoriser:
    if spec.startswith("sentence-transformers:"):
        from services.storage.adapters.sentence_vectoriser import SentenceVectoriser

        return SentenceVectoriser(spec.split(":", 1)[1])
    return HashedNgramVectoriser(dim)


async def open_repository(options: RepositoryOptions, *, clock: Clock = utcnow) -> Repository:
    """Connect, migrate to head (when enabled) and pick the vector index."""
    engine = make_engine(options.database_url, schema=options.db_schema)
    try:
        if options.run_migrations:
            await migrate.upgrade(engine)
        vectoriser = build_vectoriser(options.vectoriser, options.vector_dim)
        index = await choose_index(engine, options.vector_index, vectoriser.dim)
    except BaseException:
        await engine.dispose()
        raise
    log.info("storage ready: index=%s vectoriser=%s", index.name, vectoriser.name)
    return Repository(engine, vectoriser=vectoriser, index=index, clock=clock)


async def purge_forever(
    repo: Repository, *, interval_seconds: float, retention_days: float, audit_days: float
) -> None:
    """Background retention loop; errors are logged and the loop carries on."""
    while True:
        await asyncio.sleep(interval_seconds)
        try:
            await repo.purge(retention_days=retention_days, audit_retention_days=audit_days)
        except Exception:  # keep purging on the next tick; a failed purge loses nothing
            log.exception("retention purge failed")
