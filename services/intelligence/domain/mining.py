"""Pattern mining over remediation history. Every function is pure and deterministic."""

from __future__ import annotations

import itertools
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import timedelta

from services.intelligence.domain.model import (
    UNKNOWN_KIND,
    AlertOccurrence,
    Incident,
    MinedPattern,
    MiningConfig,
)
from services.intelligence.domain.text import duration, historical_context

# Confidence in a rate grows with the number of assessed cases: n / (n + PRIOR).
CONFIDENCE_PRIOR = 5
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def success_rate(successes: int, partial: int, failures: int) -> float | None:
    """A partial success counts half; inconclusive and pending outcomes are not decided."""
    decided = successes + partial + failures
    if decided == 0:
        return None
    return round((successes + 0.5 * partial) / decided, 4)


def action_effectiveness(incidents: Iterable[Incident]) -> list[MinedPattern]:
    """Success rate and mean time to resolution per (alert name, resource kind, action)."""
    groups: dict[tuple[str, str, str], list[Incident]] = defaultdict(list)
    for inc in incidents:
        groups[(inc.alert_name, inc.resource_kind or UNKNOWN_KIND, inc.action)].append(inc)
    patterns = []
    for (alert, kind, action), items in sorted(groups.items()):
        counts = Counter(i.outcome for i in items)
        ok, part, bad = counts["success"], counts["partial"], counts["failure"]
        rate = success_rate(ok, part, bad)
        ttrs = [
            i.time_to_resolution_seconds for i in items if i.time_to_resolution_seconds is not None
        ]
        mttr = round(statistics.fmean(ttrs), 3) if ttrs else None
        decided = ok + part + bad
        patterns.append(
            MinedPattern(
                pattern_type="action_effectiveness",
                key=f"{alert}|{kind}|{action}",
                support=len(items),
                alert_name=alert,
                resource_kind=kind,
                action=action,
                success_rate=rate,
                mean_time_to_resolution_seconds=mttr,
                confidence=round(decided / (decided + CONFIDENCE_PRIOR), 4),
                description=historical_context(
                    action=action,
                    alert_name=alert,
                    resource_kind=kind,
                    total=len(items),
                    successes=ok,
                    partial=part,
                    failures=bad,
                    success_rate=rate,
                    mttr=mttr,
                ),
                data={
                    "total": len(items),
                    "successes": ok,
                    "partial": part,
                    "failures": bad,
                    "inconclusive": counts["inconclusive"],
                    "pending": counts["pending"],
                    "resolved_samples": len(ttrs),
                    "last_seen": max(i.created_at for i in items).isoformat(),
                },
            )
        )
    return patterns


def recurring_incidents(
    alerts: Iterable[AlertOccurrence], config: MiningConfig
) -> list[MinedPattern]:
    """The same alert on the same target again within the recurrence window."""
    window = timedelta(seconds=config.recurrence_window_seconds)
    groups: dict[tuple[str, str, str], list[AlertOccurrence]] = defaultdict(list)
    for occ in alerts:
        groups[(occ.name, occ.namespace, occ.resource)].append(occ)
    patterns = []
    for (name, ns, res), items in sorted(groups.items()):
        starts = sorted({o.starts_at for o in items})
        gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(starts)]
        recurrences = [g for g in gaps if g <= window.total_seconds()]
        if len(recurrences) + 1 < config.min_support or not recurrences:
            continue
        median_gap = statistics.median(recurrences)
        target = f"{ns}/{res}" if ns else res
        patterns.append(
            MinedPattern(
                pattern_type="recurring_incident",
                key=f"{name}|{ns}|{res}",
                support=len(starts),
                alert_name=name,
                namespace=ns or None,
                resource=res or None,
                description=(
                    f"{name} recurred {len(recurrences)} time(s) on {target} within "
                    f"{duration(config.recurrence_window_seconds)}"
                    f" (median gap {duration(median_gap)})"
                ),
                data={
                    "occurrences": len(starts),
                    "recurrences": len(recurrences),
                    "median_interval_seconds": median_gap,
                    "window_seconds": config.recurrence_window_seconds,
                    "first_seen": starts[0].isoformat(),
                    "last_seen": starts[-1].isoformat(),
                },
            )
        )
    return patterns


def follow_up_alerts(
    incidents: Sequence[Incident], alerts: Sequence[AlertOccurrence], config: MiningConfig
) -> list[MinedPattern]:
    """Actions that tend to be followed by a new alert on the same target."""
    window = timedelta(seconds=config.follow_up_window_seconds)
    by_target: dict[tuple[str, str], list[AlertOccurrence]] = defaultdict(list)
    for occ in alerts:
        by_target[(occ.namespace, occ.resource)].append(occ)
    totals: Counter[tuple[str, str]] = Counter()
    followed: Counter[tuple[str, str, str]] = Counter()
    for inc in incidents:
        totals[(inc.action, inc.alert_name)] += 1
        if not inc.resource:
            continue
        after = {
            occ.name
            for occ in by_target.get((inc.namespace, inc.resource), [])
            if inc.created_at < occ.starts_at <= inc.created_at + window
        }
        for name in after:
            followed[(inc.action, inc.alert_name, name)] += 1
    patterns = []
    for (action, trigger, follow), count in sorted(followed.items()):
        if count < config.min_support:
            continue
        total = totals[(action, trigger)]
        rate = round(count / total, 4)
        patterns.append(
            MinedPattern(
                pattern_type="follow_up_alert",
                key=f"{action}|{trigger}|{follow}",
                support=count,
                alert_name=trigger,
                action=action,
                confidence=rate,
                description=(
                    f"{action} for {trigger} was followed by {follow} within "
                    f"{duration(config.follow_up_window_seconds)} in {count} of {total} cases"
                ),
                data={
                    "follow_up_alert": follow,
                    "followed": count,
                    "actions": total,
                    "rate": rate,
                    "window_seconds": config.follow_up_window_seconds,
                },
            )
        )
    return patterns


def cross_namespace_clusters(
    alerts: Iterable[AlertOccurrence], config: MiningConfig
) -> list[MinedPattern]:
    """The same alert firing in several namespaces at about the same time (a shared cause).

    Occurrences of one alert name are swept in time order; an episode is a run whose
    consecutive starts are within the cluster window, and it counts when it spans at
    least `min_cluster_namespaces` namespaces.
    """
    window = timedelta(seconds=config.cluster_window_seconds)
    by_name: dict[str, list[AlertOccurrence]] = defaultdict(list)
    for occ in alerts:
        by_name[occ.name].append(occ)
    patterns = []
    for name, items in sorted(by_name.items()):
        items.sort(key=lambda o: o.starts_at)
        episodes: list[list[AlertOccurrence]] = []
        current: list[AlertOccurrence] = []
        for occ in items:
            if current and occ.starts_at - current[-1].starts_at > window:
                episodes.append(current)
                current = []
            current.append(occ)
        if current:
            episodes.append(current)
        wide = [
            e for e in episodes if len({o.namespace for o in e}) >= config.min_cluster_namespaces
        ]
        if not wide:
            continue
        namespaces = sorted({o.namespace for e in wide for o in e})
        patterns.append(
            MinedPattern(
                pattern_type="cross_namespace_cluster",
                key=name,
                support=len(wide),
                alert_name=name,
                description=(
                    f"{name} fired across {len(namespaces)} namespaces together "
                    f"in {len(wide)} episode(s)"
                ),
                data={
                    "episodes": [
                        {
                            "start": e[0].starts_at.isoformat(),
                            "end": e[-1].starts_at.isoformat(),
                            "namespaces": sorted({o.namespace for o in e}),
                            "alerts": len(e),
                        }
                        for e in wide[-20:]  # the most recent ones are enough
                    ],
                    "namespaces": namespaces,
                    "window_seconds": config.cluster_window_seconds,
                },
            )
        )
    return patterns


def seasonality(alerts: Iterable[AlertOccurrence], config: MiningConfig) -> list[MinedPattern]:
    """Alerts concentrated on an hour of the day or a day of the week (UTC)."""
    by_name: dict[str, list[AlertOccurrence]] = defaultdict(list)
    for occ in alerts:
        by_name[occ.name].append(occ)
    patterns = []
    for name, items in sorted(by_name.items()):
        total = len(items)
        if total < config.seasonality_min_support:
            continue
        hours = Counter(o.starts_at.hour for o in items)
        days = Counter(o.starts_at.weekday() for o in items)
        peak_hour, hour_count = max(hours.items(), key=lambda kv: (kv[1], -kv[0]))
        peak_day, day_count = max(days.items(), key=lambda kv: (kv[1], -kv[0]))
        hour_share, day_share = hour_count / total, day_count / total
        hourly = hour_share >= config.seasonality_peak_factor / 24
        daily = day_share >= min(0.99, config.seasonality_peak_factor / 7)
        if not (hourly or daily):
            continue
        parts = []
        if hourly:
            parts.append(f"{round(hour_share * 100)}% at {peak_hour:02d}:00 UTC")
        if daily:
            parts.append(f"{round(day_share * 100)}% on {WEEKDAYS[peak_day]}")
        patterns.append(
            MinedPattern(
                pattern_type="seasonality",
                key=name,
                support=total,
                alert_name=name,
                confidence=round(max(hour_share, day_share), 4),
                description=f"{name} fires {' and '.join(parts)} ({total} occurrences)",
                data={
                    "by_hour": [hours.get(h, 0) for h in range(24)],
                    "by_weekday": [days.get(d, 0) for d in range(7)],
                    "peak_hour": peak_hour if hourly else None,
                    "peak_weekday": WEEKDAYS[peak_day] if daily else None,
                    "peak_hour_share": round(hour_share, 4),
                    "peak_weekday_share": round(day_share, 4),
                },
            )
        )
    return patterns


def mine_all(
    incidents: Sequence[Incident], alerts: Sequence[AlertOccurrence], config: MiningConfig
) -> list[MinedPattern]:
    return [
        *action_effectiveness(incidents),
        *recurring_incidents(alerts, config),
        *follow_up_alerts(incidents, alerts, config),
        *cross_namespace_clusters(alerts, config),
        *seasonality(alerts, config),
    ]
