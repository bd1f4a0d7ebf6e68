"""Signed tokens round-trip and refuse anything forged or altered."""

from __future__ import annotations

from kubernaut.runtime import signing

SECRET = b"s3cret"


def test_claims_round_trip() -> None:
    token = signing.issue(SECRET, {"w": "wf-1", "d": "approve", "e": 1900000000})
    assert signing.claims(SECRET, token) == {"w": "wf-1", "d": "approve", "e": 1900000000}


def test_a_token_signed_with_another_secret_is_refused() -> None:
    token = signing.issue(b"other", {"w": "wf-1"})
    assert signing.claims(SECRET, token) is None


def test_an_altered_payload_is_refused() -> None:
    token = signing.issue(SECRET, {"w": "wf-1", "d": "approve"})
    forged = signing.issue(SECRET, {"w": "wf-1", "d": "reject"}).split(".")[0]
    assert signing.claims(SECRET, f"{forged}.{token.split('.')[1]}") is None


def test_garbage_is_refused_without_an_exception() -> None:
    for junk in ("", ".", "abc", "a.b", "!!!.???", "e30.e30"):
        assert signing.claims(SECRET, junk) is None
