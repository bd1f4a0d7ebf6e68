"""Grouping, storms, retry delays and the circuit breaker (pure, injected clocks)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

from services.notification.domain.grouping import GroupLeader, group_key, grouped_into
from services.notification.domain.model import Message
from services.notification.domain.redact import Redactor
from services.notification.domain.resilience import BreakerSettings, CircuitBreaker, RetryPolicy
from services.notification.domain.storm import StormDetector

T0 = datetime(2025, 9, 26, 23, 0, tzinfo=UTC)


def test_group_key_uses_fingerprint_then_alert_identity() -> None:
    with_fp = Message("a", "alert_received", "info", "s", context={"alert": {"fingerprint": "f1"}})
    by_name = Message(
        "b",
        "resolved",
        "info",
        "s",
        context={"alert": {"name": "X", "namespace": "n", "resource": "r"}},
    )
    assert group_key(with_fp) == "alert:f1:alert_received"
    assert group_key(by_name) == "alert:X/n/r:resolved"
    assert group_key(Message("c", "escalation", "info", "s")) is None


def test_a_new_status_of_the_same_action_is_not_a_repeat() -> None:
    def taken(status: str) -> Message:
        context = {"alert": {"fingerprint": "f1"}, "action": {"type": "restart_pod"}}
        context["action"]["status"] = status
        return Message(status, "action_taken", "info", "s", context=context)

    assert group_key(taken("executing")) == "alert:f1:action_taken:executing"
    assert group_key(taken("executing")) != group_key(taken("succeeded"))


def test_repeats_within_the_window_fold_into_the_leader() -> None:
    leader = GroupLeader("first", T0)
    window = timedelta(minutes=5)
    assert grouped_into(leader, T0 + timedelta(minutes=4), window) == "first"
    assert grouped_into(leader, T0 + timedelta(minutes=5), window) is None
    assert grouped_into(None, T0, window) is None
    assert grouped_into(leader, T0, timedelta(0)) is None


def detector(threshold: int = 3) -> StormDetector:
    ids = count(1)
    return StormDetector(
        threshold=threshold,
        window=timedelta(seconds=10),
        exempt_kinds=["approval_needed"],
        new_summary_id=lambda: f"s{next(ids)}",
    )


def test_storm_opens_a_summary_after_the_threshold_and_flushes_after_the_window() -> None:
    storm = detector()
    decisions = [storm.admit("alert_received", T0 + timedelta(seconds=i)) for i in range(5)]
    assert [d.summary_id for d in decisions] == [None, None, None, "s1", "s1"]
    assert decisions[3].opened and not decisions[4].opened
    assert storm.admit("approval_needed", T0 + timedelta(seconds=5)).summary_id is None
    assert storm.due(T0 + timedelta(seconds=12)) is None
    assert storm.due(T0 + timedelta(seconds=13)) == "s1"
    assert storm.due(T0 + timedelta(seconds=14)) is None


def test_slow_notifications_never_make_a_storm() -> None:
    storm = detector()
    assert all(
        storm.admit("action_taken", T0 + timedelta(seconds=11 * i)).summary_id is None
        for i in range(10)
    )


def test_retry_delays_grow_exponentially_and_are_capped() -> None:
    policy = RetryPolicy(max_attempts=5, initial_delay=1, max_delay=10)
    assert [policy.delay(n) for n in (1, 2, 3, 4, 5)] == [1, 2, 4, 8, 10]
    assert policy.delay(1, retry_after=30) == 10  # Retry-After honoured, capped
    assert policy.delay(1, retry_after=3) == 3


def test_breaker_opens_after_threshold_then_half_opens_and_closes() -> None:
    now = [0.0]
    breaker = CircuitBreaker(
        BreakerSettings(failure_threshold=5, recovery_timeout=30, half_open_max_calls=3),
        lambda: now[0],
    )
    for _ in range(4):
        assert breaker.allow()
        breaker.record_failure()
    breaker.record_success()  # a success resets the consecutive count
    for _ in range(5):
        breaker.record_failure()
    assert breaker.state == "open" and not breaker.allow()
    assert breaker.retry_in() == 30
    now[0] = 30.0
    assert str(breaker.state) == "half_open"
    assert [breaker.allow() for _ in range(4)] == [True, True, True, False]
    for _ in range(3):
        breaker.record_success()
    assert str(breaker.state) == "closed"


def test_breaker_reopens_on_a_failed_trial_call() -> None:
    now = [0.0]
    breaker = CircuitBreaker(BreakerSettings(1, 5, 2), lambda: now[0])
    breaker.record_failure()
    now[0] = 5.0
    assert breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open"


def test_redactor_masks_known_secrets_and_token_shapes() -> None:
    redact = Redactor(["my-smtp-password", "abc"])
    text = redact(
        "login my-smtp-password failed; posting to https://hooks.slack.com/services/T/B/XYZ "
        "with xoxb-1234-abcd and Authorization: Bearer eyJhbGci; abc stays"
    )
    assert "my-smtp-password" not in text and "T/B/XYZ" not in text
    assert "xoxb-1234" not in text and "eyJhbGci" not in text
    assert "abc stays" in text  # values too short to be secrets are left alone
