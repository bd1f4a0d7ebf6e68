"""The audit trail's hash chain.

Each entry's hash is sha256(prev_hash + canonical JSON of the entry's content), so
changing, removing or reordering any stored entry breaks every later link. The
verifier recomputes hashes from the stored columns (never trusts a stored hash).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no whitespace, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def iso(ts: datetime) -> str:
    """UTC ISO-8601 with microseconds, the only timestamp form that enters a hash."""
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=UTC)
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class ChainedEntry:
    """One audit entry as stored (content + its link)."""

    sequence: int
    entry_id: str
    actor: str
    event_type: str
    subject: str | None
    request_id: str | None
    inputs: Mapping[str, Any]
    outputs: Mapping[str, Any]
    occurred_at: datetime
    recorded_at: datetime
    prev_hash: str
    hash: str


def entry_content(
    *,
    sequence: int,
    entry_id: str,
    actor: str,
    event_type: str,
    subject: str | None,
    request_id: str | None,
    inputs: Mapping[str, Any],
    outputs: Mapping[str, Any],
    occurred_at: datetime,
    recorded_at: datetime,
) -> dict[str, Any]:
    """Every field the hash covers (the sequence too, so rows cannot be reordered)."""
    return {
        "sequence": sequence,
        "entry_id": entry_id,
        "actor": actor,
        "event_type": event_type,
        "subject": subject,
        "request_id": request_id,
        "inputs": dict(inputs),
        "outputs": dict(outputs),
        "occurred_at": iso(occurred_at),
        "recorded_at": iso(recorded_at),
    }


def chain_hash(prev_hash: str, content: Mapping[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical_json(content)).encode("utf-8")).hexdigest()


def hash_of(entry: ChainedEntry) -> str:
    content = entry_content(
        sequence=entry.sequence,
        entry_id=entry.entry_id,
        actor=entry.actor,
        event_type=entry.event_type,
        subject=entry.subject,
        request_id=entry.request_id,
        inputs=entry.inputs,
        outputs=entry.outputs,
        occurred_at=entry.occurred_at,
        recorded_at=entry.recorded_at,
    )
    return chain_hash(entry.prev_hash, content)


@dataclass(frozen=True)
class Verification:
    valid: bool
    entries_checked: int
    head_hash: str | None
    first_invalid_sequence: int | None = None
    reason: str | None = None


class ChainVerifier:
    """Incremental verifier so entries can be streamed page by page from the database.

    The first entry seen is anchored on its own prev_hash: after a retention purge the
    chain legitimately starts mid-way (documented limitation: the oldest remaining
    entry's prev_hash is trusted).
    """

    def __init__(self, *, from_genesis: bool = True) -> None:
        self._expected_prev: str | None = GENESIS_HASH if from_genesis else None
        self._expected_seq: int | None = 1 if from_genesis else None
        self.checked = 0
        self.failure: Verification | None = None

    def feed(self, entry: ChainedEntry) -> bool:
        """Check one entry; returns False (and records why) at the first broken link."""
        if self.failure is not None:
            return False
        reason = None
        if self._expected_seq is not None and entry.sequence != self._expected_seq:
            reason = f"sequence gap: expected {self._expected_seq}, found {entry.sequence}"
        elif self._expected_prev is not None and entry.prev_hash != self._expected_prev:
            reason = "prev_hash does not match the previous entry's hash"
        elif hash_of(entry) != entry.hash:
            reason = "hash mismatch (entry content changed)"
        if reason is not None:
            self.failure = Verification(
                valid=False,
                entries_checked=self.checked + 1,
                head_hash=None,
                first_invalid_sequence=entry.sequence,
                reason=reason,
            )
            return False
        self.checked += 1
        self._expected_prev = entry.hash
        self._expected_seq = entry.sequence + 1
        return True

    def result(self) -> Verification:
        if self.failure is not None:
            return self.failure
        return Verification(valid=True, entries_checked=self.checked, head_hash=self._expected_prev)


def verify_chain(entries: Iterable[ChainedEntry], *, from_genesis: bool = True) -> Verification:
    verifier = ChainVerifier(from_genesis=from_genesis)
    for entry in entries:
        if not verifier.feed(entry):
            break
    return verifier.result()
