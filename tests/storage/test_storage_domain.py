"""Pure storage logic: vectoriser, audit chain, derived outcomes, cursors."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from services.storage.domain.audit_chain import (
    GENESIS_HASH,
    ChainedEntry,
    chain_hash,
    entry_content,
    verify_chain,
)
from services.storage.domain.cursor import InvalidCursor, decode_cursor, encode_cursor
from services.storage.domain.records import (
    derive_outcome,
    execution_may_replace,
    infer_resource_kind,
)
from services.storage.domain.vectoriser import AlertText, HashedNgramVectoriser, cosine

VEC = HashedNgramVectoriser()


def test_same_problem_on_another_pod_is_nearly_identical() -> None:
    a = AlertText("HighMemoryUsage", "shop", "web", labels={"pod": "web-1", "severity": "critical"})
    b = AlertText("HighMemoryUsage", "shop", "web", labels={"pod": "web-2", "severity": "critical"})
    assert cosine(VEC.embed(a), VEC.embed(b)) > 0.99


def test_related_alert_names_are_closer_than_unrelated_ones() -> None:
    base = VEC.embed(AlertText("HighMemoryUsage", "shop", "web"))
    related = VEC.embed(AlertText("MemoryUsageWarning", "shop", "api"))
    unrelated = VEC.embed(AlertText("DiskFull", "infra", "node-3"))
    assert cosine(base, related) > cosine(base, unrelated)


def test_vectors_are_unit_length_and_similarity_is_bounded() -> None:
    vec = VEC.embed(AlertText("X", annotations={"summary": "pod restarted many times"}))
    assert abs(sum(v * v for v in vec.values()) - 1.0) < 1e-9
    assert 0.0 <= cosine(vec, vec) <= 1.0
    assert cosine({}, vec) == 0.0


def _chain(n: int) -> list[ChainedEntry]:
    entries = []
    prev = GENESIS_HASH
    ts = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(1, n + 1):
        fields = {
            "sequence": i,
            "entry_id": f"e{i}",
            "actor": "ai-service",
            "event_type": "action_decided",
            "subject": f"a{i}",
            "request_id": None,
            "inputs": {"i": i},
            "outputs": {"action": "restart_pod"},
            "occurred_at": ts,
            "recorded_at": ts,
        }
        digest = chain_hash(prev, entry_content(**fields))  # type: ignore[arg-type]
        entries.append(ChainedEntry(**fields, prev_hash=prev, hash=digest))  # type: ignore[arg-type]
        prev = digest
    return entries


def test_intact_chain_verifies() -> None:
    result = verify_chain(_chain(5))
    assert result.valid and result.entries_checked == 5
    assert result.head_hash == _chain(5)[-1].hash


def test_changed_content_is_detected_at_that_entry() -> None:
    chain = _chain(5)
    chain[2] = replace(chain[2], outputs={"action": "delete_pod"})
    result = verify_chain(chain)
    assert not result.valid and result.first_invalid_sequence == 3
    assert "hash mismatch" in (result.reason or "")


def test_removed_entry_is_detected() -> None:
    chain = _chain(5)
    del chain[1]
    result = verify_chain(chain)
    assert not result.valid and result.first_invalid_sequence == 3


def test_outcome_prefers_the_assessment_over_the_execution() -> None:
    assert derive_outcome("ineffective", "succeeded") == "failure"
    assert derive_outcome("partially_effective", None) == "partial"
    assert derive_outcome(None, "failed") == "failure"
    assert derive_outcome(None, "succeeded") == "pending"


def test_resource_kind_comes_from_explicit_then_parameters_then_labels() -> None:
    assert infer_resource_kind("Pod", {"kind": "Deployment"}, {}) == "Pod"
    assert infer_resource_kind(None, {"kind": "StatefulSet"}, {"pod": "x"}) == "StatefulSet"
    assert infer_resource_kind(None, {}, {"deployment": "web", "pod": "web-1"}) == "Deployment"
    assert infer_resource_kind(None, {}, {}) is None


def test_terminal_execution_status_is_final() -> None:
    assert execution_may_replace("executing", "succeeded")
    assert execution_may_replace("succeeded", "succeeded")
    assert not execution_may_replace("succeeded", "executing")
    assert not execution_may_replace("rolled_back", "succeeded")
    assert execution_may_replace("succeeded", "rolled_back")  # an undo after the fact


def test_cursor_round_trips_and_rejects_garbage() -> None:
    assert decode_cursor(encode_cursor("2026-01-01T00:00:00+00:00", "a1"), 2) == [
        "2026-01-01T00:00:00+00:00",
        "a1",
    ]
    for bad in ("!!!", encode_cursor("x"), "e30"):
        with pytest.raises(InvalidCursor):
            decode_cursor(bad, 2)
