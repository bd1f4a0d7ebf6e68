"""Signed, expiring approve/reject links for approval requests.

The token is `kubernaut.runtime.signing`'s, with the claims workflow-service verifies
(services/workflow/domain/tokens.py): `{"d": decision, "e": expires_unix, "w": workflow_id}`,
signed with the approval secret both services share. The link is
`<workflow url>/api/v1/approvals/<token>`: GET previews, POST decides. A token names one
workflow and one decision, so an approve link can never be replayed as a reject or for
another workflow, and it stops working at its expiry.
"""

from __future__ import annotations

from dataclasses import dataclass

from kubernaut.runtime import signing

DECISIONS = ("approve", "reject")


def issue_token(secret: bytes, workflow_id: str, decision: str, expires: int) -> str:
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}")
    return signing.issue(secret, {"w": workflow_id, "d": decision, "e": expires})


def read_token(secret: bytes, token: str, now: float) -> tuple[str, str, int] | None:
    """(workflow_id, decision, expires) of a valid, unexpired token; None otherwise."""
    body = signing.claims(secret, token)
    if body is None:
        return None
    try:
        found = (str(body["w"]), str(body["d"]), int(body["e"]))
    except (ValueError, KeyError, TypeError):
        return None
    if found[1] not in DECISIONS or now >= found[2]:
        return None
    return found


@dataclass(frozen=True)
class ApprovalLinks:
    approve_url: str
    reject_url: str
    expires: int


def approval_links(
    *,
    secret: bytes,
    base_url: str,
    workflow_id: str,
    now: float,
    ttl: float,
    not_after: float | None = None,
) -> ApprovalLinks:
    """Links valid for `ttl` seconds, never beyond the approval request's own expiry."""
    expires = int(now + ttl)
    if not_after is not None:
        expires = min(expires, int(not_after))
    base = base_url.rstrip("/")

    def url(decision: str) -> str:
        return f"{base}/api/v1/approvals/{issue_token(secret, workflow_id, decision, expires)}"

    return ApprovalLinks(url("approve"), url("reject"), expires)
