"""Pattern mining: the findings an operator (and ai-service) relies on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.intelligence.domain.mining import (
    action_effectiveness,
    cross_namespace_clusters,
    follow_up_alerts,
    mine_all,
    recurring_incidents,
    seasonality,
    success_rate,
)
from services.intelligence.domain.model import AlertOccurrence, Incident, MiningConfig
from services.intelligence.domain.statistics import statistics_from_pattern
from services.intelligence.domain.text import duration

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday
CFG = MiningConfig()


def inc(i: int, outcome: str, **kw: object) -> Incident:
    defaults: dict[str, object] = {
        "action_id": f"a{i}", "alert_name": "HighMemoryUsage", "action": "restart_pod",
        "created_at": T0 + timedelta(hours=i), "outcome": outcome, "namespace": "shop",
        "resource": "web", "resource_kind": "Deployment",
    }  # fmt: skip
    defaults.update(kw)
    return Incident(**defaults)  # type: ignore[arg-type]


def occ(name: str, at: datetime, ns: str = "shop", res: str = "web") -> AlertOccurrence:
    return AlertOccurrence(name=name, starts_at=at, namespace=ns, resource=res)


def test_success_rate_counts_partial_as_half_and_ignores_undecided() -> None:
    assert success_rate(3, 2, 1) == round(4 / 6, 4)
    assert success_rate(0, 0, 0) is None


def test_effectiveness_per_alert_kind_and_action_with_mttr() -> None:
    incidents = [
        inc(1, "success", time_to_resolution_seconds=120),
        inc(2, "success", time_to_resolution_seconds=240),
        inc(3, "failure"),
        inc(4, "pending"),
        inc(5, "success", resource_kind="Pod"),
        inc(6, "failure", action="scale_deployment"),
    ]
    by_key = {p.key: p for p in action_effectiveness(incidents)}
    assert set(by_key) == {
        "HighMemoryUsage|Deployment|restart_pod",
        "HighMemoryUsage|Pod|restart_pod",
        "HighMemoryUsage|Deployment|scale_deployment",
    }
    main = by_key["HighMemoryUsage|Deployment|restart_pod"]
    assert main.support == 4 and main.success_rate == round(2 / 3, 4)
    assert main.mean_time_to_resolution_seconds == 180.0
    assert main.data["pending"] == 1 and main.data["failures"] == 1
    assert "succeeded in 2 of 3 assessed cases (67%)" in main.description
    assert "mean time to resolution 3m" in main.description
    # More evidence → more confidence in the rate.
    assert by_key["HighMemoryUsage|Pod|restart_pod"].confidence < main.confidence  # type: ignore[operator]


def test_recurring_incident_needs_a_repeat_within_the_window() -> None:
    alerts = [
        occ("PodCrashLooping", T0),
        occ("PodCrashLooping", T0 + timedelta(hours=2)),
        occ("PodCrashLooping", T0 + timedelta(hours=5)),
        occ("PodCrashLooping", T0 + timedelta(days=10), res="other"),
        occ("DiskFull", T0), occ("DiskFull", T0 + timedelta(days=3)),  # too far apart
    ]  # fmt: skip
    (pattern,) = recurring_incidents(alerts, CFG)
    assert pattern.key == "PodCrashLooping|shop|web"
    assert pattern.data["recurrences"] == 2 and pattern.support == 3
    assert pattern.data["median_interval_seconds"] == 2.5 * 3600


def test_actions_followed_by_new_alerts_on_the_same_target() -> None:
    incidents = [inc(i * 10, "success", action="scale_deployment") for i in range(3)]
    alerts = [occ("HighLatency", i.created_at + timedelta(minutes=10)) for i in incidents[:2]]
    alerts.append(occ("HighLatency", incidents[2].created_at + timedelta(hours=3)))  # too late
    alerts.append(occ("HighLatency", incidents[2].created_at + timedelta(minutes=5), res="api"))
    (pattern,) = follow_up_alerts(incidents, alerts, CFG)
    assert pattern.key == "scale_deployment|HighMemoryUsage|HighLatency"
    assert pattern.data["followed"] == 2 and pattern.data["actions"] == 3
    assert pattern.confidence == round(2 / 3, 4)


def test_cluster_of_one_alert_across_namespaces() -> None:
    alerts = [
        occ("NodeMemoryPressure", T0, ns="a"),
        occ("NodeMemoryPressure", T0 + timedelta(minutes=3), ns="b"),
        occ("NodeMemoryPressure", T0 + timedelta(minutes=6), ns="c"),
        occ("NodeMemoryPressure", T0 + timedelta(days=1), ns="a"),  # alone: no cluster
        occ("HighLatency", T0, ns="a"), occ("HighLatency", T0 + timedelta(minutes=1), ns="a"),
    ]  # fmt: skip
    (pattern,) = cross_namespace_clusters(alerts, CFG)
    assert pattern.key == "NodeMemoryPressure" and pattern.support == 1
    assert pattern.data["episodes"][0]["namespaces"] == ["a", "b", "c"]


def test_seasonality_finds_the_nightly_peak_and_ignores_uniform_noise() -> None:
    nightly = [occ("BackupSlow", T0.replace(hour=3) + timedelta(days=d)) for d in range(10)]
    uniform = [occ("Noise", T0 + timedelta(hours=7 * h)) for h in range(24)]
    (pattern,) = seasonality(nightly + uniform, CFG)
    assert pattern.key == "BackupSlow" and pattern.data["peak_hour"] == 3
    assert pattern.data["by_hour"][3] == 10 and "100% at 03:00 UTC" in pattern.description


def test_mine_all_and_statistics_round_trip() -> None:
    patterns = mine_all([inc(1, "success", time_to_resolution_seconds=90)], [], CFG)
    (pattern,) = patterns
    stats = statistics_from_pattern(
        {"alert_name": pattern.alert_name, "resource_kind": pattern.resource_kind,
         "action": pattern.action, "support": pattern.support, "data": pattern.data,
         "success_rate": pattern.success_rate,
         "mean_time_to_resolution_seconds": pattern.mean_time_to_resolution_seconds}
    )  # fmt: skip
    assert stats["successes"] == 1 and stats["success_rate"] == 1.0
    assert stats["historical_context"].startswith("restart_pod on HighMemoryUsage (Deployment)")


def test_durations_read_like_go_durations() -> None:
    assert [duration(s) for s in (45, 210, 3600, 7500)] == ["45s", "3m30s", "1h", "2h5m"]
