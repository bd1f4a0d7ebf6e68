"""Shared repository plumbing: engine, clock, keyset pagination, value helpers."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from services.storage.adapters.db import utcnow
from services.storage.domain.audit_chain import canonical_json
from services.storage.domain.cursor import InvalidCursor, decode_cursor, encode_cursor
from services.storage.domain.errors import InvalidInputError

Clock = Callable[[], datetime]
Row = Mapping[Any, Any]


class RepoBase:
    def __init__(self, engine: AsyncEngine, *, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.clock = clock

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name


T = TypeVar("T")
RACE_ATTEMPTS = 3


async def retry_on_race(attempt: Callable[[], Awaitable[T]]) -> T:
    """Re-run a read-then-write upsert that lost a race to a concurrent insert of the same
    key: the next attempt reads the winner's row and updates it instead."""
    for i in range(RACE_ATTEMPTS):
        try:
            return await attempt()
        except IntegrityError:
            if i == RACE_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def parse_dt(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def keyset_desc(ts_col: Any, id_col: Any, cursor: str | None) -> sa.ColumnElement[bool] | None:
    """Rows strictly after the cursor in (ts DESC, id DESC) order."""
    if not cursor:
        return None
    try:
        ts_raw, ident = decode_cursor(cursor, 2)
        ts = datetime.fromisoformat(str(ts_raw))
    except (InvalidCursor, ValueError) as exc:
        raise InvalidInputError("cursor is not valid") from exc
    return sa.or_(ts_col < ts, sa.and_(ts_col == ts, id_col < ident))


def keyset_asc_int(id_col: Any, cursor: str | None) -> sa.ColumnElement[bool] | None:
    if not cursor:
        return None
    try:
        (last,) = decode_cursor(cursor, 1)
        last_int = int(last)
    except (InvalidCursor, ValueError, TypeError) as exc:
        raise InvalidInputError("cursor is not valid") from exc
    cond: sa.ColumnElement[bool] = id_col > last_int
    return cond


def page(
    rows: Sequence[Row], limit: int, key: Callable[[Row], tuple[Any, ...]]
) -> tuple[list[Row], str | None]:
    """Cut a limit+1 fetch into a page and the cursor of the next one."""
    if len(rows) <= limit:
        return list(rows), None
    kept = list(rows[:limit])
    last = key(kept[-1])
    values = [v.isoformat() if isinstance(v, datetime) else v for v in last]
    return kept, encode_cursor(*values)


def check_window(since: datetime | None, until: datetime | None) -> None:
    if since is not None and until is not None and since > until:
        raise InvalidInputError("'since' must not be after 'until'")


def content_hash(payload: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(jsonable(payload)).encode()).hexdigest()


def jsonable(value: Any) -> Any:
    """Datetimes to ISO strings, recursively, so payloads can be hashed or stored as JSON."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def drop_none(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}
