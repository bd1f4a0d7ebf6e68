"""Signed, expiring approval tokens for the links of an approval notification.

A token names one workflow and one decision (approve or reject), so an approve link
can never be replayed as anything else; it carries its expiry and an HMAC-SHA256
signature with the service's secret. Pure: the secret and the clock come in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from kubernaut.runtime import signing

DECISIONS = ("approve", "reject")


class InvalidToken(Exception):
    """The token is malformed, forged, expired or for something else."""


@dataclass(frozen=True)
class ApprovalToken:
    workflow_id: str
    decision: str
    expires_at: datetime


def issue(secret: bytes, workflow_id: str, decision: str, expires_at: datetime) -> str:
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}")
    return signing.issue(
        secret, {"w": workflow_id, "d": decision, "e": int(expires_at.timestamp())}
    )


def verify(secret: bytes, token: str, now: datetime) -> ApprovalToken:
    payload, sep, signature = token.partition(".")
    if not sep or not payload or not signature:
        raise InvalidToken("malformed approval token")
    body = signing.claims(secret, token)
    if body is None:
        raise InvalidToken("approval token signature is invalid")
    try:
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
