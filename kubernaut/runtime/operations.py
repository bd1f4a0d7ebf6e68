"""What the generated stubs describe about an operation, and the handler return wrapper."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from pydantic import BaseModel


@dataclass(frozen=True)
class Operation:
    """One operation of a spec, as the routing adapter needs it."""

    operation_id: str
    handler: str
    method: str
    path: str
    body: type[BaseModel] | None
    responses: Mapping[int, type[BaseModel] | None]
    success_status: int
    params: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    """A handler result with an explicit status and/or extra headers."""

    body: BaseModel | None = None
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
