"""Compact signed tokens: ``<payload>.<signature>``, both base64url without padding.

The payload is the canonical JSON of a small claims object, the signature its
HMAC-SHA256 with a shared secret. Approval links use it: workflow-service issues and
verifies them, notification-service issues them for callers that send no links, so the
format must live in exactly one place.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: bytes, payload: str) -> str:
    return _b64(hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest())


def issue(secret: bytes, claims: dict[str, Any]) -> str:
    payload = _b64(json.dumps(claims, separators=(",", ":"), sort_keys=True).encode())
    return f"{payload}.{_sign(secret, payload)}"


def claims(secret: bytes, token: str) -> dict[str, Any] | None:
    """The claims of a token signed with ``secret``; None when malformed or forged."""
    payload, sep, signature = token.partition(".")
    if not sep or not payload or not signature:
        return None
    if not hmac.compare_digest(_sign(secret, payload), signature):
        return None
    try:
        body = json.loads(_unb64(payload))
    except ValueError:
        return None
    return body if isinstance(body, dict) else None
