"""Pure gateway logic: parsing, identity, scope and storm control."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from services.gateway.domain.alerts import (
    AlertParseError,
    AlertStatus,
    Source,
    canonical_time,
    dedup_key,
    label_fingerprint,
    parse_alertmanager_webhook,
    parse_seed_alert,
)
from services.gateway.domain.intake import add_to_summary, open_summary
from services.gateway.domain.scope import ScopePolicy
from services.gateway.domain.storm import (
    Admission,
    StormControl,
    StormSettings,
    TokenBucket,
    storm_key,
    summary_event_id,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def load_fixture(name: str) -> dict[str, Any]:
    """Webhooks captured from a real Alertmanager 0.25."""
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


def test_real_alertmanager_firing_webhook_parses_with_zero_endsat_as_open() -> None:
    body = load_fixture("alertmanager-0.25-webhook-firing.json")["body"]
    [alert] = parse_alertmanager_webhook(body)
    assert alert.status is AlertStatus.FIRING
    assert alert.fingerprint == "e798f446aa54d875"
    assert alert.ends_at is None
    assert alert.starts_at == datetime(2026, 11, 28, 1, 42, 53, 422197, tzinfo=UTC)
    assert alert.labels["pod"] == "cart-7d9f-abc"
    assert alert.group_key.startswith("{}:{alertname=")
    assert alert.source is Source.ALERTMANAGER


def test_real_alertmanager_resolved_webhook_keeps_its_end_time() -> None:
    body = load_fixture("alertmanager-0.25-webhook-resolved.json")["body"]
    [alert] = parse_alertmanager_webhook(body)
    assert alert.status is AlertStatus.RESOLVED
    assert alert.ends_at == datetime(2026, 11, 28, 1, 48, 49, tzinfo=UTC)


def test_unknown_fields_from_newer_alertmanagers_are_tolerated() -> None:
    body = load_fixture("alertmanager-0.25-webhook-firing.json")["body"]
    body = {**body, "someNewField": {"x": 1}}
    body["alerts"] = [{**body["alerts"][0], "silencedBy": [], "newThing": 3}]
    assert len(parse_alertmanager_webhook(body)) == 1


def test_fingerprint_matches_alertmanager_for_the_same_labels() -> None:
    for name in ("firing", "resolved"):
        body = load_fixture(f"alertmanager-0.25-webhook-{name}.json")["body"]
        alert = body["alerts"][0]
        assert label_fingerprint(alert["labels"]) == alert["fingerprint"]


def test_missing_fingerprint_is_derived_from_labels() -> None:
    body = {"alerts": [{"status": "firing", "labels": {"alertname": "X", "namespace": "a"}}]}
    [alert] = parse_alertmanager_webhook(body)
    assert alert.fingerprint == label_fingerprint({"alertname": "X", "namespace": "a"})


def test_dedup_key_is_stable_per_alert_and_distinguishes_status_and_start() -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    later = datetime(2026, 1, 2, tzinfo=UTC)
    key = dedup_key("abc", start, AlertStatus.FIRING)
    assert key == dedup_key("abc", start, "firing")
    assert key != dedup_key("abc", start, AlertStatus.RESOLVED)
    assert key != dedup_key("abc", later, AlertStatus.FIRING)
    assert key != dedup_key("abd", start, AlertStatus.FIRING)


def test_nanosecond_and_microsecond_forms_of_the_same_start_share_a_key() -> None:
    body = load_fixture("alertmanager-0.25-webhook-firing.json")["body"]
    [a] = parse_alertmanager_webhook(body)
    again = {**body, "alerts": [{**body["alerts"][0], "startsAt": "2026-11-28T01:42:53.422197Z"}]}
    [b] = parse_alertmanager_webhook(again)
    assert a.event_id == b.event_id


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"alerts": "nope"}, "alerts"),
        ({"alerts": [{"status": "burning", "labels": {"a": "b"}}]}, "status"),
        ({"alerts": [{"status": "firing", "labels": {}}]}, "labels"),
        ({"alerts": [{"status": "firing", "labels": {"a": 1}}]}, "labels.a"),
        (
            {"alerts": [{"status": "firing", "labels": {"a": "b"}, "startsAt": "yesterday"}]},
            "startsAt",
        ),
    ],
)
def test_malformed_alerts_are_rejected_with_the_offending_field(
    payload: dict[str, Any], message: str
) -> None:
    with pytest.raises(AlertParseError, match=message):
        parse_alertmanager_webhook(payload)


def test_seed_shaped_alert_becomes_prometheus_labels() -> None:
    alert = parse_seed_alert(
        {
            "name": "HighMemoryUsage",
            "severity": "critical",
            "namespace": "default",
            "resource": "webapp",
            "labels": {"team": "web"},
            "annotations": {"summary": "high"},
        }
    )
    assert alert.labels == {
        "team": "web",
        "alertname": "HighMemoryUsage",
        "severity": "critical",
        "namespace": "default",
        "resource": "webapp",
    }
    assert alert.status is AlertStatus.FIRING
    assert alert.source is Source.API
    assert alert.fingerprint == label_fingerprint(alert.labels)
    # Re-sending the same seed alert is the same event.
    again = parse_seed_alert(
        {
            "name": "HighMemoryUsage",
            "severity": "critical",
            "namespace": "default",
            "resource": "webapp",
            "labels": {"team": "web"},
        }
    )
    assert again.event_id == alert.event_id


def test_seed_alert_without_name_is_rejected() -> None:
    with pytest.raises(AlertParseError, match="name"):
        parse_seed_alert({"severity": "critical"})


# --- scope ---------------------------------------------------------------


def test_no_restrictions_means_everything_is_in_scope() -> None:
    decision = ScopePolicy().decide({"namespace": "shop"})
    assert decision.in_scope
    assert decision.reason == "no scope restrictions configured"


def test_deny_list_wins_over_allow_list() -> None:
    policy = ScopePolicy(allow_namespaces=("shop*",), deny_namespaces=("shop-secret",))
    assert policy.decide({"namespace": "shop-web"}).in_scope
    denied = policy.decide({"namespace": "shop-secret"})
    assert not denied.in_scope
    assert "denied" in denied.reason


def test_namespace_outside_allow_list_is_out_of_scope() -> None:
    decision = ScopePolicy(allow_namespaces=("shop",)).decide({"namespace": "kube-system"})
    assert not decision.in_scope
    assert "allow list" in decision.reason


def test_cluster_scoped_alerts_follow_their_switch() -> None:
    assert ScopePolicy(allow_namespaces=("shop",)).decide({"node": "n1"}).in_scope
    policy = ScopePolicy(cluster_scoped=False)
    assert not policy.decide({"node": "n1"}).in_scope


@pytest.mark.parametrize(
    "label", ["kubernaut.io/managed", "kubernaut_io_managed", "label_kubernaut_io_managed"]
)
def test_opt_in_label_in_any_prometheus_spelling_brings_alert_into_scope(label: str) -> None:
    policy = ScopePolicy(require_opt_in=True)
    assert policy.decide({"namespace": "shop", label: "true"}).in_scope
    assert not policy.decide({"namespace": "shop", label: "false"}).in_scope
    assert not policy.decide({"namespace": "shop"}).in_scope


def test_opt_in_does_not_override_a_denied_namespace() -> None:
    policy = ScopePolicy(require_opt_in=True, deny_namespaces=("kube-*",))
    assert not policy.decide({"namespace": "kube-system", "kubernaut_io_managed": "true"}).in_scope


# --- storm control -------------------------------------------------------


def test_token_bucket_allows_burst_then_refills_at_rate() -> None:
    bucket = TokenBucket(rate=2.0, burst=3, now=0.0)
    assert [bucket.take(0.0) for _ in range(4)] == [True, True, True, False]
    assert bucket.seconds_until(0.0) == pytest.approx(0.5)
    assert bucket.take(0.5)
    assert not bucket.take(0.5)
    assert bucket.take_up_to(10.0, 10) == 3  # capped at burst


def test_unlimited_bucket_never_holds_back() -> None:
    bucket = TokenBucket(rate=0, burst=1, now=0.0)
    assert all(bucket.take(0.0) for _ in range(1000))
    assert bucket.take_up_to(0.0, 500) == 500


def test_burst_from_one_group_is_coalesced_beyond_its_budget() -> None:
    storm = StormControl(StormSettings(group_rate=1.0, group_burst=10))
    decisions = [storm.admit("g1", now=0.0) for _ in range(1000)]
    assert decisions.count(Admission.FORWARD) == 10
    assert decisions.count(Admission.COALESCE) == 990
    # Another group is not affected by the storm of the first.
    assert storm.admit("g2", now=0.0) is Admission.FORWARD
    # After a quiet second the first group may send one more alert on its own.
    assert storm.admit("g1", now=1.0) is Admission.FORWARD


def test_idle_group_buckets_are_evicted_to_bound_memory() -> None:
    storm = StormControl(StormSettings(group_burst=2, max_tracked_groups=100))
    for i in range(1000):
        storm.admit(f"g{i}", now=float(i))
    assert storm.tracked_groups <= 200


def test_storm_summary_identity_depends_on_group_name_and_status() -> None:
    a = storm_key("g", "KubePodCrashLooping", "firing")
    assert a == storm_key("g", "KubePodCrashLooping", "firing")
    assert a != storm_key("g", "KubePodCrashLooping", "resolved")
    assert a != storm_key("h", "KubePodCrashLooping", "firing")
    assert summary_event_id(a, "evt-1").startswith("evt-storm-")
    assert summary_event_id(a, "evt-1") != summary_event_id(a, "evt-2")


# --- storm summaries ---------------------------------------------------------


def test_storm_summary_counts_every_member_and_turns_out_of_scope_if_any_member_is() -> None:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    first = {"event_id": "evt-1", "fingerprint": "a", "in_scope": True, "scope_reason": "ok"}
    summary = open_summary("evt-storm-x", first, at)
    assert summary["event_id"] == "evt-storm-x"
    assert summary["coalesced"]["count"] == 1
    for i in range(300):
        summary = add_to_summary(summary, {"fingerprint": f"f{i}", "in_scope": True}, at)
    assert summary["coalesced"]["count"] == 301
    assert len(summary["coalesced"]["fingerprints"]) == 200  # bounded list, exact count
    assert summary["in_scope"] is True
    summary = add_to_summary(
        summary, {"fingerprint": "z", "in_scope": False, "scope_reason": "denied"}, at
    )
    assert (summary["in_scope"], summary["scope_reason"]) == (False, "denied")


def test_early_years_are_zero_padded_and_out_of_range_offsets_rejected() -> None:
    body = {
        "alerts": [{"status": "firing", "labels": {"a": "b"}, "startsAt": "0084-11-09T15:57:37Z"}]
    }
    [alert] = parse_alertmanager_webhook(body)
    assert canonical_time(alert.starts_at) == "0084-11-09T15:57:37.000000Z"
    overflow = {
        "alerts": [
            {"status": "firing", "labels": {"a": "b"}, "startsAt": "9999-12-31T23:00:00-05:00"}
        ]
    }
    with pytest.raises(AlertParseError, match="out of range"):
        parse_alertmanager_webhook(overflow)
