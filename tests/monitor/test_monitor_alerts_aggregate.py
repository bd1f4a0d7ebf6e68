"""Alert signal from Alertmanager/forwarded events, and effectiveness aggregation."""

from datetime import UTC, datetime, timedelta

from services.monitor.domain.aggregate import Scored, summarise
from services.monitor.domain.alerts import AlertEventRecord, assess_alert, matches
from services.monitor.domain.model import AlertRef, Outcome

T0 = datetime(2025, 9, 26, 23, 0, tzinfo=UTC)
REF = AlertRef("HighMemoryUsage", "fp1", {"alertname": "HighMemoryUsage", "namespace": "default"})


def am(fp: str, state: str = "active", **labels: str) -> dict[str, object]:
    return {
        "fingerprint": fp,
        "status": {"state": state},
        "labels": {"alertname": "HighMemoryUsage", **labels},
    }


def test_alert_matches_on_fingerprint_or_on_all_given_labels() -> None:
    assert matches(am("fp1"), REF)
    assert matches(am("other", namespace="default"), REF)
    assert not matches(am("other", namespace="prod"), REF)


def test_alert_absent_from_alertmanager_counts_as_resolved() -> None:
    sig = assess_alert(REF, [am("zzz", namespace="prod")], [], T0)
    assert sig.available and sig.score == 1.0 and sig.conclusive


def test_alert_still_active_is_zero_but_not_conclusive() -> None:
    sig = assess_alert(REF, [am("fp1")], [], T0)
    assert sig.score == 0.0 and not sig.conclusive


def test_without_alertmanager_the_latest_forwarded_event_decides() -> None:
    resolved = AlertEventRecord("resolved", T0 + timedelta(seconds=40))
    refired = AlertEventRecord("firing", T0 + timedelta(seconds=90))
    assert assess_alert(REF, None, [resolved], T0).score == 1.0
    assert assess_alert(REF, None, [resolved, refired], T0).score == 0.0


def test_events_from_before_the_action_are_ignored() -> None:
    old = AlertEventRecord("resolved", T0 - timedelta(minutes=10))
    assert not assess_alert(REF, None, [old], T0).available


def test_alertmanager_state_wins_over_an_earlier_resolved_event() -> None:
    resolved = AlertEventRecord("resolved", T0 + timedelta(seconds=10))
    assert assess_alert(REF, [am("fp1")], [resolved], T0).score == 0.0


def test_summary_counts_outcomes_and_ignores_inconclusive_in_success_rate() -> None:
    rows = [
        Scored("restart_pod", Outcome.EFFECTIVE, 0.9),
        Scored("restart_pod", Outcome.PARTIALLY_EFFECTIVE, 0.5),
        Scored("restart_pod", Outcome.INEFFECTIVE, 0.1),
        Scored("restart_pod", Outcome.INCONCLUSIVE, None),
        Scored("scale_deployment", Outcome.INCONCLUSIVE, 0.3),
    ]
    groups = {g.key: g for g in summarise(rows)}
    rp = groups["restart_pod"]
    assert (rp.total, rp.effective, rp.partially_effective, rp.ineffective, rp.inconclusive) == (
        4,
        1,
        1,
        1,
        1,
    )
    assert rp.success_rate == 0.5
    assert groups["scale_deployment"].success_rate is None
