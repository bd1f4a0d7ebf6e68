"""Which execution the Kubernetes calls being made belong to.

The engine opens a recorder around an action; the Kubernetes adapter appends every
request it sends. A ContextVar carries the recorder into ``asyncio.to_thread`` workers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from .domain.model import ApiCall

_recorder: ContextVar[list[ApiCall] | None] = ContextVar("executor_api_calls", default=None)


@contextlib.contextmanager
def recording() -> Iterator[list[ApiCall]]:
    """Collect every API call made (in this task and its worker threads) into a list."""
    calls: list[ApiCall] = []
    token = _recorder.set(calls)
    try:
        yield calls
    finally:
        _recorder.reset(token)


def current_recorder() -> list[ApiCall] | None:
    return _recorder.get()
