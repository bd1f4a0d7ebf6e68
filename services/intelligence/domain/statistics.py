"""Per-action statistics, rebuilt from stored action_effectiveness patterns.

Storage is the source of truth for patterns, so every intelligence replica answers
the same statistics without keeping state of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from services.intelligence.domain.text import historical_context


def statistics_from_pattern(pattern: Mapping[str, Any]) -> dict[str, Any]:
    data = pattern.get("data") or {}
    counts = {k: int(data.get(k, 0)) for k in ("successes", "partial", "failures")}
    stats: dict[str, Any] = {
        "alert_name": pattern.get("alert_name", ""),
        "resource_kind": pattern.get("resource_kind", "unknown"),
        "action": pattern.get("action", ""),
        "total": int(data.get("total", pattern.get("support", 0))),
        **counts,
        "inconclusive": int(data.get("inconclusive", 0)),
        "pending": int(data.get("pending", 0)),
        "success_rate": pattern.get("success_rate"),
        "mean_time_to_resolution_seconds": pattern.get("mean_time_to_resolution_seconds"),
        "last_seen": data.get("last_seen"),
    }
    stats["historical_context"] = historical_context(
        action=stats["action"],
        alert_name=stats["alert_name"],
        resource_kind=stats["resource_kind"],
        total=stats["total"],
        successes=counts["successes"],
        partial=counts["partial"],
        failures=counts["failures"],
        success_rate=stats["success_rate"],
        mttr=stats["mean_time_to_resolution_seconds"],
    )
    return {k: v for k, v in stats.items() if v is not None}
