"""Signed, expiring approve/reject links for approval requests.

The link points at workflow-service's approval endpoint and carries
`expires` (unix seconds) and `signature` = hex HMAC-SHA256 over
`"<decision>:<workflow_id>:<expires>"` with the shared approval key, so workflow-service
can check that the link was issued by us, for this workflow and decision, and is fresh.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from urllib.parse import quote, urlencode


def approval_signature(key: bytes, decision: str, workflow_id: str, expires: int) -> str:
    message = f"{decision}:{workflow_id}:{expires}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def verify_approval_signature(
    key: bytes, decision: str, workflow_id: str, expires: int, signature: str, now: float
) -> bool:
    if now > expires:
        return False
    expected = approval_signature(key, decision, workflow_id, expires)
    return hmac.compare_digest(expected, signature)


@dataclass(frozen=True)
class ApprovalLinks:
    approve_url: str
    reject_url: str
    expires: int


def approval_links(
    *,
    key: bytes,
    base_url: str,
    workflow_id: str,
    now: float,
    ttl: float,
    not_after: float | None = None,
) -> ApprovalLinks:
    """Links valid for `ttl` seconds, never beyond the approval's own expiry."""
    expires = int(now + ttl)
    if not_after is not None:
        expires = min(expires, int(not_after))
    base = base_url.rstrip("/")
    wid = quote(workflow_id, safe="")

    def url(decision: str) -> str:
        query = urlencode(
            {
                "expires": expires,
                "signature": approval_signature(key, decision, workflow_id, expires),
            }
        )
        return f"{base}/api/v1/workflows/{wid}/{decision}?{query}"

    return ApprovalLinks(url("approve"), url("reject"), expires)
