"""Human-readable renderings used in pattern descriptions and historical context."""

from __future__ import annotations


def duration(seconds: float) -> str:
    """Go-duration style like the rest of Kubernaut: 3m30s, 2h5m, 45s."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes}m" if minutes else f"{hours}h"
    if minutes:
        return f"{minutes}m{secs}s" if secs else f"{minutes}m"
    return f"{secs}s"


def historical_context(
    *,
    action: str,
    alert_name: str,
    resource_kind: str,
    total: int,
    successes: int,
    partial: int,
    failures: int,
    success_rate: float | None,
    mttr: float | None,
) -> str:
    where = f"{action} on {alert_name} ({resource_kind})"
    decided = successes + partial + failures
    if decided == 0:
        return f"{where}: {total} past decision(s), no assessed outcome yet"
    rate = f"{round((success_rate or 0.0) * 100)}%"
    text = f"{where} succeeded in {successes} of {decided} assessed cases ({rate})"
    if partial:
        text += f", partially in {partial}"
    if mttr is not None:
        text += f", mean time to resolution {duration(mttr)}"
    return text
