"""Pluggable nearest-neighbour index over alert embeddings.

The `embeddings` table is always the source of truth. The built-in index keeps an
in-memory copy synchronised by the table's increasing `seq` and searches by brute
force (sparse cosine: ~10k incidents in well under 100 ms). On PostgreSQL with the
pgvector extension (migration 0002 created `embedding_vectors`), searches run in the
database with the `<=>` cosine-distance operator instead.
"""

from __future__ import annotations

import asyncio
import heapq
from dataclasses import dataclass
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from services.storage.adapters.tables import embeddings
from services.storage.domain.vectoriser import SparseVector, cosine, decode_sparse, to_dense

PGVECTOR_DIM = 512


@dataclass(frozen=True)
class SearchFilter:
    namespace: str | None = None
    action: str | None = None
    exclude_action_id: str | None = None


class VectorIndex(Protocol):
    name: str

    async def add(self, conn: AsyncConnection, action_id: str, vec: SparseVector) -> None:
        """Called inside the transaction that stored the embedding row."""

    async def search(
        self, vec: SparseVector, k: int, flt: SearchFilter
    ) -> list[tuple[str, float]]: ...

    def invalidate(self) -> None:
        """Forget cached vectors (after a purge)."""


@dataclass
class _Item:
    vec: SparseVector
    namespace: str | None
    action: str | None


class BuiltinIndex:
    name = "builtin"

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._items: dict[str, _Item] = {}
        self._last_seq = 0
        self._lock = asyncio.Lock()

    async def add(self, conn: AsyncConnection, action_id: str, vec: SparseVector) -> None:
        # Nothing to do: the next search picks the row up through its seq.
        return None

    def invalidate(self) -> None:
        self._items.clear()
        self._last_seq = 0

    async def _sync(self) -> None:
        async with self._lock:
            query = (
                sa.select(
                    embeddings.c.seq,
                    embeddings.c.action_id,
                    embeddings.c.namespace,
                    embeddings.c.action,
                    embeddings.c.vector,
                )
                .where(embeddings.c.seq > self._last_seq)
                .order_by(embeddings.c.seq)
            )
            async with self._engine.connect() as conn:
                result = await conn.stream(query)
                async for row in result:
                    self._items[row.action_id] = _Item(
                        decode_sparse(row.vector), row.namespace, row.action
                    )
                    self._last_seq = max(self._last_seq, row.seq)

    async def search(self, vec: SparseVector, k: int, flt: SearchFilter) -> list[tuple[str, float]]:
        await self._sync()
        scored = (
            (cosine(vec, item.vec), action_id)
            for action_id, item in self._items.items()
            if (flt.namespace is None or item.namespace == flt.namespace)
            and (flt.action is None or item.action == flt.action)
            and action_id != flt.exclude_action_id
        )
        best = heapq.nlargest(k, scored)
        return [(action_id, score) for score, action_id in best]


class PgVectorIndex:
    name = "pgvector"

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def add(self, conn: AsyncConnection, action_id: str, vec: SparseVector) -> None:
        await conn.execute(
            sa.text(
                "INSERT INTO embedding_vectors (action_id, embedding)"
                " VALUES (:id, CAST(:v AS vector))"
                " ON CONFLICT (action_id) DO UPDATE SET embedding = EXCLUDED.embedding"
            ),
            {"id": action_id, "v": _literal(vec)},
        )

    def invalidate(self) -> None:
        return None

    async def search(self, vec: SparseVector, k: int, flt: SearchFilter) -> list[tuple[str, float]]:
        sql = (
            "SELECT v.action_id, 1 - (v.embedding <=> CAST(:q AS vector)) AS score"
            " FROM embedding_vectors v JOIN embeddings e ON e.action_id = v.action_id"
            " WHERE (CAST(:ns AS text) IS NULL OR e.namespace = :ns)"
            " AND (CAST(:act AS text) IS NULL OR e.action = :act)"
            " AND (CAST(:ex AS text) IS NULL OR v.action_id <> :ex)"
            " ORDER BY v.embedding <=> CAST(:q AS vector) LIMIT :k"
        )
        params = {
            "q": _literal(vec),
            "ns": flt.namespace,
            "act": flt.action,
            "ex": flt.exclude_action_id,
            "k": k,
        }
        async with self._engine.connect() as conn:
            rows = (await conn.execute(sa.text(sql), params)).all()
        return [(str(r[0]), max(0.0, min(1.0, float(r[1])))) for r in rows]


def _literal(vec: SparseVector) -> str:
    return "[" + ",".join(f"{v:.7g}" for v in to_dense(vec, PGVECTOR_DIM)) + "]"


async def pgvector_ready(engine: AsyncEngine) -> bool:
    """True when migration 0002 created the pgvector table (server has the extension)."""
    if engine.dialect.name != "postgresql":
        return False
    async with engine.connect() as conn:
        return bool(
            await conn.run_sync(lambda sync: sa.inspect(sync).has_table("embedding_vectors"))
        )


async def choose_index(engine: AsyncEngine, preference: str, vector_dim: int) -> VectorIndex:
    """`auto` uses pgvector when available (and dimensions match), else the built-in."""
    wants = preference in {"auto", "pgvector"} and vector_dim == PGVECTOR_DIM
    if wants and await pgvector_ready(engine):
        return PgVectorIndex(engine)
    return BuiltinIndex(engine)
