"""Per-request correlation state (request id, trace, span), carried in contextvars.

Set by the headers middleware for inbound requests and read by the logging filter and
the outbound client hooks, so ids propagate without being passed through every call.
"""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar
from dataclasses import dataclass, field

_VALID_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def new_id() -> str:
    return str(uuid.uuid4())


def valid_id(value: str | None) -> str | None:
    """Return ``value`` when it is an acceptable correlation id, else None."""
    return value if value is not None and _VALID_ID.match(value) else None


@dataclass(frozen=True)
class RequestContext:
    request_id: str
    trace_id: str
    span_id: str
    parent_span_id: str | None = None
    trace_flags: str = "01"
    caller: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


_current: ContextVar[RequestContext | None] = ContextVar("kubernaut_request", default=None)


def current() -> RequestContext | None:
    return _current.get()


def current_request_id() -> str:
    ctx = _current.get()
    return ctx.request_id if ctx else "-"


def bind(ctx: RequestContext) -> object:
    return _current.set(ctx)


def unbind(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]


def background(request_id: str | None = None) -> RequestContext:
    """A context for work not triggered by a request (schedulers, replays)."""
    rid = request_id or new_id()
    return RequestContext(request_id=rid, trace_id=rid, span_id=new_id())
