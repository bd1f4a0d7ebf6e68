"""Signed, expiring approval tokens for the links of an approval notification.

A token names one workflow and one decision (approve or reject), so an approve link
can never be replayed as anything else; it carries its expiry and an HMAC-SHA256
signature with the service's secret. Pure: the secret and the clock come in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime

DECISIONS = ("approve", "reject")


class InvalidToken(Exception):
    """The token is malformed, forged, expired or for something else."""


@dataclass(frozen=True)
class ApprovalToken:
    workflow_id: str
    decision: str
    expires_at: datetime


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: bytes, payload: str) -> str:
    return _b64(hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest())


def issue(secret: bytes, workflow_id: str, decision: str, expires_at: datetime) -> str:
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}")
    body = {"w": workflow_id, "d": decision, "e": int(expires_at.timestamp())}
    payload = _b64(json.dumps(body, separators=(",", ":"), sort_keys=True).encode())
    return f"{payload}.{_sign(secret, payload)}"


def verify(secret: bytes, token: str, now: datetime) -> ApprovalToken:
    payload, sep, signature = token.partition(".")
    if not sep or not payload or not signature:
        raise InvalidToken("malformed approval token")
    if not hmac.compare_digest(_sign(secret, payload), signature):
        raise InvalidToken("approval token signature is invalid")
    try:
        body = json.loads(_unb64(payload))
        parsed = ApprovalToken(
            workflow_id=str(body["w"]),
            decision=str(body["d"]),
            expires_at=datetime.fromtimestamp(int(body["e"]), tz=UTC),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise InvalidToken("malformed approval token") from exc
    if parsed.decision not in DECISIONS:
        raise InvalidToken("approval token has an unknown decision")
    if now >= parsed.expires_at:
        raise InvalidToken("approval token has expired")
    return parsed
