"""Storm control: token buckets per alert group and globally.

* Per group (Alertmanager groupKey): while the group's bucket has tokens an
  alert is forwarded on its own; beyond that, alerts of the group are
  *coalesced* into one summary event per (group, alertname, status) and
  window, so a burst of thousands becomes a handful of events.
* Global: a bucket paces the forwarder; events it holds back stay in the
  durable queue and are forwarded later (never dropped).

Pure logic: callers pass the current time (monotonic seconds), which keeps the
buckets testable without sleeping.
"""

from __future__ import annotations

import hashlib
import math
from collections import OrderedDict
from dataclasses import dataclass
from enum import StrEnum


class TokenBucket:
    """Classic token bucket. `rate <= 0` means unlimited."""

    __slots__ = ("_stamp", "_tokens", "burst", "rate")

    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.rate = rate
        self.burst = max(burst, 1.0)
        self._tokens = self.burst
        self._stamp = now

    @property
    def unlimited(self) -> bool:
        return self.rate <= 0

    def _refill(self, now: float) -> None:
        if now > self._stamp:
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now

    def available(self, now: float) -> float:
        if self.unlimited:
            return math.inf
        self._refill(now)
        return self._tokens

    def take(self, now: float, amount: float = 1.0) -> bool:
        if self.unlimited:
            return True
        self._refill(now)
        if self._tokens >= amount:
            self._tokens -= amount
            return True
        return False

    def take_up_to(self, now: float, wanted: int) -> int:
        """Take as many whole tokens as are available, at most `wanted`."""
        if self.unlimited:
            return wanted
        self._refill(now)
        granted = min(wanted, int(self._tokens))
        self._tokens -= granted
        return granted

    def seconds_until(self, now: float, amount: float = 1.0) -> float:
        """How long until `amount` tokens are available (0 if they are)."""
        if self.unlimited:
            return 0.0
        self._refill(now)
        missing = amount - self._tokens
        return 0.0 if missing <= 0 else missing / self.rate

    def is_full(self, now: float) -> bool:
        return self.unlimited or self.available(now) >= self.burst


class Admission(StrEnum):
    FORWARD = "forward"
    COALESCE = "coalesce"


@dataclass(frozen=True, slots=True)
class StormSettings:
    group_rate: float = 5.0
    """Alerts per second forwarded individually per group (<= 0: unlimited)."""
    group_burst: float = 50.0
    """Alerts a group may send at once before coalescing starts."""
    window_seconds: float = 30.0
    """How long a storm summary gathers members before it is forwarded."""
    global_rate: float = 50.0
    """Events per second the forwarder sends to alert-service (<= 0: unlimited)."""
    global_burst: float = 200.0
    max_tracked_groups: int = 10_000


class StormControl:
    """Per-group admission. Buckets of idle groups are evicted (a full bucket
    carries no information), so memory stays bounded under label churn."""

    def __init__(self, settings: StormSettings) -> None:
        self.settings = settings
        self._groups: OrderedDict[str, TokenBucket] = OrderedDict()

    def admit(self, group_key: str, now: float) -> Admission:
        bucket = self._groups.get(group_key)
        if bucket is None:
            bucket = TokenBucket(self.settings.group_rate, self.settings.group_burst, now)
            self._groups[group_key] = bucket
            self._evict(now)
        else:
            self._groups.move_to_end(group_key)
        return Admission.FORWARD if bucket.take(now) else Admission.COALESCE

    def _evict(self, now: float) -> None:
        while len(self._groups) > self.settings.max_tracked_groups:
            oldest_key, oldest = next(iter(self._groups.items()))
            hard_limit = 2 * self.settings.max_tracked_groups
            if not oldest.is_full(now) and len(self._groups) <= hard_limit:
                # A busy group is worth more than the bound; tolerate some overshoot.
                break
            del self._groups[oldest_key]

    @property
    def tracked_groups(self) -> int:
        return len(self._groups)


def storm_key(group_key: str, alertname: str, status: str) -> str:
    """Alerts coalesced together: same group, same alert name, same status."""
    return hashlib.sha256(f"{group_key}\x00{alertname}\x00{status}".encode()).hexdigest()[:32]


def summary_event_id(key: str, first_member_event_id: str) -> str:
    """Identity of a storm summary: stable for the members it was opened with."""
    digest = hashlib.sha256(f"{key}|{first_member_event_id}".encode()).hexdigest()[:20]
    return f"evt-storm-{digest}"


MAX_SUMMARY_FINGERPRINTS = 200
"""Members listed by fingerprint in a summary; the count is always exact."""
