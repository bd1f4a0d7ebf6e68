"""Opaque keyset-pagination cursors: url-safe base64 of a small JSON array."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any


class InvalidCursor(ValueError):
    """The cursor was not produced by this service (or was altered)."""


def encode_cursor(*values: str | int | float) -> str:
    raw = json.dumps(list(values), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, arity: int) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise InvalidCursor("cursor is not valid") from exc
    if not isinstance(values, list) or len(values) != arity:
        raise InvalidCursor("cursor is not valid")
    if not all(isinstance(v, str | int | float) for v in values):
        raise InvalidCursor("cursor is not valid")
    return values
