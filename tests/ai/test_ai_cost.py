"""LLM cost bounds: the decision cache and the per-alert call budget."""

from __future__ import annotations

from services.ai.domain.cost import CallBudget, DecisionCache
from services.ai.domain.models import Alert, Decision

D = Decision(action="notify_only", confidence=0.5, parameters={}, summary="s", primary_reason="r")


def test_cache_answers_until_the_ttl_expires() -> None:
    cache = DecisionCache(ttl_seconds=10, max_entries=10)
    cache.put("a", D, now=100)
    assert cache.get("a", now=109.9) == D
    assert cache.get("a", now=110) is None


def test_cache_evicts_the_least_recently_used_entry() -> None:
    cache = DecisionCache(ttl_seconds=100, max_entries=2)
    cache.put("a", D, 0)
    cache.put("b", D, 0)
    cache.get("a", 1)
    cache.put("c", D, 2)
    assert cache.get("b", 3) is None
    assert cache.get("a", 3) == D and cache.get("c", 3) == D


def test_budget_allows_max_calls_per_window_per_alert() -> None:
    budget = CallBudget(max_calls=2, window_seconds=60)
    budget.record("a", 0)
    budget.record("a", 10)
    assert budget.remaining("a", 20) == 0
    assert budget.remaining("b", 20) == 2
    assert budget.remaining("a", 60.5) == 1


def test_alert_identity_is_the_fingerprint_or_the_label_set() -> None:
    a = Alert(name="X", namespace="n", labels={"pod": "p", "x": "1"})
    b = Alert(name="X", namespace="n", labels={"x": "1", "pod": "p"}, annotations={"d": "other"})
    c = Alert(name="X", namespace="n", labels={"pod": "q"})
    assert a.identity() == b.identity() != c.identity()
    assert Alert(name="X", fingerprint="abc").identity() == "fp:abc"
